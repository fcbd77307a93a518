"""The mapping file of a batch import (`import_reports --mapping archive.csv FILES…`, and
the admin importer's second upload): where each export file's report belongs.

UTF-8 CSV (a BOM is allowed) with the header `file,workshop,municipality,kind,date,old_url`
and one row per file: the file's name; the workshop's name (made, published, under the
workshop index when the municipality has none of that name); the municipality's name or
SCB code; `delrapport`, `utvardering` or `slutrapport` (empty: the kind the export's
heading names, else a final report); an ISO date (may be empty); the report's address on
the old PlugInnovation.se (may be empty), which gets a permanent redirect to the report.

Bad input is refused whole, before anything is written, with the row it is on.
"""

import csv
import io
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import PurePath
from urllib.parse import urlsplit

from wagtail.contrib.redirects.models import Redirect

from core.models import Municipality
from importer.targets import Change
from importer.uploads import UploadError, identity_numbers_in_name
from reports.models import ReportKind
from workshops.services import workshop_named

HEADER = ("file", "workshop", "municipality", "kind", "date", "old_url")
KINDS = {kind.value: str(kind.label) for kind in ReportKind}


class MappingError(UploadError):
    """A mapping file that cannot be used: nothing of the import is written."""

    def __init__(self, row, swedish, english):
        at_sv, at_en = (f"rad {row}: ", f"row {row}: ") if row else ("", "")
        super().__init__(f"Mappningsfilen, {at_sv}{swedish}", f"mapping file, {at_en}{english}")


@dataclass(frozen=True)
class Placement:
    """One mapping row: where a file's report goes."""

    row: int
    file: str
    workshop: str
    municipality_id: int
    kind: str = ""
    date: str = ""  # ISO
    old_path: str = ""  # normalised as Wagtail's redirects store it

    @property
    def municipality(self):
        return Municipality.objects.get(pk=self.municipality_id)

    @property
    def report_date(self):
        return date.fromisoformat(self.date) if self.date else None

    def kind_for(self, parsed):
        """The mapping's kind, else the one the export's heading names, else ""."""
        return self.kind or (parsed.kind if parsed is not None else None) or ""

    def report_title(self, parsed):
        kind = KINDS[self.kind_for(parsed) or ReportKind.FINAL]
        return " ".join(part for part in (self.workshop, "–", kind, self.date) if part)

    def as_json(self):
        return asdict(self)

    @classmethod
    def from_json(cls, data):
        return cls(**data) if data else None


def file_key(name):
    return PurePath(name).name


def read_mapping(data):
    """{file name: Placement} from the mapping file's bytes (MappingError if bad)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MappingError(0, "filen är inte UTF-8.", "the file is not UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    _refuse_identity_numbers(1, header or [])
    if tuple(cell.strip().lower() for cell in header or []) != HEADER:
        found = ",".join(header or [])
        raise MappingError(
            1,
            f"okänd rubrikrad ”{found}”: den ska vara {','.join(HEADER)}.",
            f"unknown header '{found}': expected {','.join(HEADER)}",
        )
    placements = {}
    for cells in reader:
        row = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        placement = _placement(row, cells)
        key = file_key(placement.file)
        if key in placements:
            raise MappingError(
                row,
                f"filen ”{key}” står redan på rad {placements[key].row}.",
                f"file '{key}' is already named on row {placements[key].row}",
            )
        placements[key] = placement
    return placements


def check_files(placements, names):
    """Every row names a file of the import (MappingError for the first that does not)."""
    given = {file_key(name) for name in names}
    for key, placement in placements.items():
        if key not in given:
            raise MappingError(
                placement.row,
                f"filen ”{key}” finns inte bland filerna som importeras.",
                f"file '{key}' is not among the files given",
            )


def _refuse_identity_numbers(row, cells):
    for cell in cells:
        found = identity_numbers_in_name(cell)  # also behind "/", "-", "_" (an address)
        if found:
            kind, number = found[0].kind, cell[found[0].start : found[0].end]
            masked = number[:-4] + "****"
            raise MappingError(
                row,
                f"innehåller ett {kind} ({masked}). Personuppgifter får inte finnas i importen.",
                f"holds a {kind} ({masked}); an import never holds a personal identity number",
            )


def _placement(row, cells):
    _refuse_identity_numbers(row, cells)
    if len(cells) != len(HEADER):
        raise MappingError(
            row,
            f"{len(cells)} fält, men {len(HEADER)} ska det vara.",
            f"{len(cells)} fields, expected {len(HEADER)}",
        )
    name, workshop, municipality, kind, day, old_url = (cell.strip() for cell in cells)
    if not name or not workshop:
        missing = ("fil", "file") if not name else ("projektverkstad", "workshop")
        raise MappingError(row, f"{missing[0]} saknas.", f"no {missing[1]}")
    if kind.lower() not in ("", *KINDS):
        raise MappingError(
            row,
            f"okänd rapporttyp ”{kind}” (delrapport, utvardering eller slutrapport).",
            f"unknown kind '{kind}' (delrapport, utvardering or slutrapport)",
        )
    try:
        day = date.fromisoformat(day).isoformat() if day else ""
    except ValueError:
        raise MappingError(
            row,
            f"ogiltigt datum ”{day}” (ÅÅÅÅ-MM-DD).",
            f"bad date '{day}' (YYYY-MM-DD)",
        ) from None
    old_path = urlsplit(old_url).path if old_url else ""
    return Placement(
        row=row,
        file=name,
        workshop=workshop,
        municipality_id=_municipality(row, municipality).pk,
        kind=kind.lower(),
        date=day,
        old_path=Redirect.normalise_path(old_path) if old_path.strip("/") else "",
    )


def _municipality(row, value):
    if value.isdigit():
        found = Municipality.objects.filter(code=value.zfill(4)).first()
    else:
        wanted = value.casefold()
        found = next((m for m in Municipality.objects.all() if m.name.casefold() == wanted), None)
    if found is None:
        raise MappingError(
            row,
            f"okänd kommun ”{value}” (namn eller SCB-kod, t.ex. 0780).",
            f"unknown municipality '{value}' (a name or an SCB code such as 0780)",
        )
    return found


# --- What a placement does to a file's import ----------------------------------------


@dataclass
class PlacementPlan:
    """What importing with a placement does besides the report itself."""

    placement: Placement
    workshop: object = None  # the existing workshop, or None: it is made
    new_report: bool = True  # an existing report is updated where it stands
    kind: str = ""
    redirect: bool = False  # the old address's redirect is made or changed

    def report_fields(self):
        """The report's fields the placement sets (kind and date, where it gives them)."""
        fields = {"kind": self.kind} if self.kind else {}
        if self.placement.date:
            fields["report_date"] = self.placement.report_date
        return fields

    def describe(self, english=False):
        placement = self.placement
        municipality = placement.municipality.name
        name = f"'{placement.workshop}'" if english else f"”{placement.workshop}”"
        parts = []
        if self.new_report:
            if self.workshop is None:
                label = "under new workshop" if english else "under ny projektverkstad"
            else:
                label = "under workshop" if english else "under projektverkstaden"
            parts.append(f"{label} {name} ({municipality})")
        if self.new_report or self.kind:
            parts.append(self.kind or ReportKind.FINAL.value)
        if placement.date:
            parts.append(placement.date)
        if placement.old_path:
            done = "" if self.redirect else (" (exists)" if english else " (finns)")
            label = "redirect from" if english else "omdirigering från"
            parts.append(f"{label} {placement.old_path}{done}")
        return ", ".join(parts)


def plan_placement(placement, parsed, report, draft):
    """The placement's plan for a new report (`report` None) or an existing one, and
    what it changes on that one (importer.targets.Change)."""
    plan = PlacementPlan(placement, kind=placement.kind_for(parsed), new_report=report is None)
    if report is None:
        plan.workshop = workshop_named(placement.workshop, placement.municipality)
    plan.redirect = bool(placement.old_path) and not _redirect_exists(placement, report)
    found = []
    if draft is not None:
        if plan.kind and draft.kind != plan.kind:
            english = ("Kind", draft.kind, plan.kind)
            found.append(Change("Typ av rapport", draft.kind, plan.kind, english))
        old_date = draft.report_date.isoformat() if draft.report_date else ""
        if placement.date and old_date != placement.date:
            english = ("Report date", old_date, placement.date)
            found.append(Change("Rapportdatum", old_date, placement.date, english))
    return plan, found


def _redirect_exists(placement, report):
    if report is None:
        return False
    return Redirect.objects.filter(
        old_path=placement.old_path, site=None, redirect_page=report, is_permanent=True
    ).exists()


def redirect_old_address(placement, report):
    """A permanent redirect (on every site) from the placement's old address to `report`."""
    if not placement.old_path:
        return None
    redirect, _created = Redirect.objects.update_or_create(
        old_path=placement.old_path,
        site=None,
        defaults={
            "redirect_page": report,
            "redirect_link": "",
            "is_permanent": True,
            "automatically_created": False,
        },
    )
    return redirect
