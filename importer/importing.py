"""Import legacy survey exports as report pages: one service for the command, the admin
view and the background task, with the same guarantees everywhere.

- One file is one transaction: it is imported whole or not at all.
- A report is identified by its import key: the title given at import, else the
  file's name. Importing the same file again updates that report (a new revision);
  an identical file is reported as unchanged and writes nothing.
- Drafts unless `publish` is asked for.
"""

import hashlib
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

from importer.parsing import ExportError, ParsedReport, decode_export, parse_export_text
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import apply_parsed_report, create_report_page

MAX_FILE_BYTES = 2 * 1024 * 1024  # a final report export is a few kB
MAX_FILES = 2000
MAX_ZIP_BYTES = 200 * 1024 * 1024  # uncompressed total of one zip


class UploadError(Exception):
    """An upload that cannot be read at all (Swedish message, for editors)."""


@dataclass
class ImportOutcome:
    name: str
    status: str  # valid | created | updated | unchanged | failed
    answers: int = 0
    warnings: list = field(default_factory=list)
    error: str = ""
    report: ProjectReportPage | None = None
    parsed: ParsedReport | None = field(default=None, repr=False)
    text: str = field(default="", repr=False)

    @property
    def failed(self):
        return self.status == "failed"


def default_title(name):
    stem = PurePath(name).stem.replace("_", " ").replace("-", " ").strip()
    return f"Slutrapport {stem}" if stem else "Slutrapport"


def import_key_for(name, title=None):
    return (title or PurePath(name).name).strip()[:255]


def content_hash(text):
    """Hash of the export's content, blind to encoding, line endings and spacing."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    normalised = unicodedata.normalize("NFC", "\n".join(line for line in lines if line))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def report_index():
    index = ReportIndexPage.objects.first()
    if index is None:
        raise UploadError("Det finns ingen sida för slutrapporter att importera till.")
    return index


def expand_upload(name, data):
    """(name, bytes) for a file, or for every file in a zip. Refuses oversized input."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return [(name, data)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not PurePath(info.filename).name.startswith(".")
            and "__MACOSX" not in info.filename
        ]
        if len(members) > MAX_FILES:
            raise UploadError(f"{name}: zip-filen innehåller fler än {MAX_FILES} filer.")
        if sum(info.file_size for info in members) > MAX_ZIP_BYTES:
            raise UploadError(f"{name}: zip-filen är för stor uppackad.")
        return [(f"{name}/{info.filename}", archive.read(info)) for info in members]
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError) as error:
        raise UploadError(f"{name}: zip-filen går inte att packa upp ({error}).") from None


def check_file(name, data):
    """Parse without writing: the dry-run result for one file."""
    if len(data) > MAX_FILE_BYTES:
        return ImportOutcome(name, "failed", error=f"{name}: filen är större än 2 MB.")
    try:
        text = decode_export(data)
        parsed = parse_export_text(text)
    except ExportError as error:
        return ImportOutcome(name, "failed", error=f"{name}: {error}")
    return ImportOutcome(
        name, "valid", parsed.answer_count, list(parsed.warnings), parsed=parsed, text=text
    )


def import_file(name, data, *, publish=False, municipality=None, title=None, user=None):
    """Import one export file; returns what happened. Never raises for bad input."""
    outcome = check_file(name, data)
    if outcome.failed:
        return outcome
    try:
        with transaction.atomic():
            outcome.status, outcome.report = _save(
                outcome, publish=publish, municipality=municipality, title=title, user=user
            )
    except UploadError as error:
        return ImportOutcome(name, "failed", error=f"{name}: {error}")
    return outcome


def _save(outcome, *, publish, municipality, title, user):
    key = import_key_for(outcome.name, title)
    digest = content_hash(outcome.text)
    existing = (
        ProjectReportPage.objects.filter(import_key=key).order_by("pk").first()
        or ProjectReportPage.objects.filter(source_hash=digest).order_by("pk").first()
    )
    fields = {
        "source_name": PurePath(outcome.name).name[:255],
        "import_key": key,
        "source_hash": digest,
    }
    if municipality is not None:
        fields["municipality"] = municipality
    if existing is None:
        report_title = title or default_title(outcome.name)
        index = report_index()
        report = create_report_page(
            index,
            title=report_title,
            slug=find_available_slug(index, slugify(report_title)[:200] or "slutrapport"),
            parsed=outcome.parsed,
            publish=publish,
            user=user,
            **fields,
        )
        return "created", report
    draft = existing.get_latest_revision_as_object()
    unchanged = (
        draft.source_hash == digest
        and (not publish or existing.live)
        and (municipality is None or draft.municipality_id == municipality.pk)
    )
    if unchanged:
        return "unchanged", existing
    apply_parsed_report(draft, outcome.parsed)
    for attribute, value in fields.items():
        setattr(draft, attribute, value)
    if title:
        draft.title = title
    revision = draft.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return "updated", existing
