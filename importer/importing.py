"""Import legacy survey exports as report pages: one service for the command, the admin
view and the background task, with the same guarantees everywhere.

- One file is one transaction: it is imported whole or not at all.
- A report is identified by its import key: the title given at import, else the
  file's name. Importing the same file again updates that report (a new revision);
  an identical file is reported as unchanged and writes nothing.
- A file whose content alone matches a report (a renamed copy) updates it only within
  its municipality and project, and only when confirmed (`importer.targets`).
- Reports sent in online or in the review workflow are never overwritten or published.
- Drafts unless `publish` is asked for.
"""

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

from importer.mapping import plan_placement, redirect_old_address
from importer.parsing import ExportError, ParsedReport, decode_export, parse_export_text
from importer.targets import Refused, changes, find_target
from importer.uploads import MAX_FILE_BYTES, MAX_FILES, UploadError, safe_name
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import apply_parsed_report, create_report_page
from workshops.services import ensure_workshop

__all__ = [
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "ImportOutcome",
    "UploadError",
    "check_file",
    "content_hash",
    "import_file",
    "import_key_for",
    "plan_file",
    "report_index",
]


@dataclass
class ImportOutcome:
    name: str  # safe to show and store: an identity number in it is masked
    status: str  # valid | created | updated | unchanged | skipped | failed
    answers: int = 0
    warnings: list = field(default_factory=list)
    error: str = ""  # Swedish
    error_english: str = ""  # for the command, where the reason is the importer's own
    report: ProjectReportPage | None = None  # the report written, or that would be
    parsed: ParsedReport | None = field(default=None, repr=False)
    text: str = field(default="", repr=False)
    action: str = ""  # the plan: create | update | unchanged | confirm
    match: str = ""  # how the report was found: "" (new) | key | content
    changes: list = field(default_factory=list)  # importer.targets.Change
    placement: object = None  # importer.mapping.PlacementPlan, with a mapping file's row

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


def check_file(name, data):
    """Parse without writing: the dry-run result for one file (name and content)."""
    name, name_error = safe_name(name)
    if name_error:
        return ImportOutcome(name, "failed", error=name_error)
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


def plan_file(
    name, data, *, publish=False, municipality=None, title=None, confirmed=None, placement=None
):
    """The dry run of `import_file`: what importing would do, writing nothing.

    `outcome.action` is create, update, unchanged or confirm (a report found by content
    alone that would change, and the update is not confirmed); `outcome.report` the
    report it would change and `outcome.changes` what would change on it. With a mapping
    file's `placement` (importer.mapping), `outcome.placement` says what else it does.
    """
    outcome = check_file(name, data)
    if not outcome.failed:
        options = {"publish": publish, "municipality": municipality, "title": title}
        _plan(outcome, confirmed=confirmed, placement=placement, **options)
    return outcome


def import_file(
    name,
    data,
    *,
    publish=False,
    municipality=None,
    title=None,
    user=None,
    confirmed=None,
    placement=None,
):
    """Import one export file; returns what happened. Never raises for bad input.

    `confirmed` allows updating a report found by content alone: True for any, or the
    id of the one report the operator confirmed in a dry run. Without it such a file is
    `skipped` and nothing is written. A `placement` (a mapping file's row) puts a new
    report under its workshop (made when missing) with its kind and date, and redirects
    its old address to it.
    """
    outcome = check_file(name, data)
    if outcome.failed:
        return outcome
    if placement is not None:
        municipality = placement.municipality
    options = {"publish": publish, "municipality": municipality, "title": title}
    try:
        with transaction.atomic():
            _plan(outcome, confirmed=confirmed, placement=placement, **options)
            if not outcome.failed:
                outcome.status = _save(outcome, user=user, **options)
    except UploadError as error:
        return ImportOutcome(outcome.name, "failed", error=f"{outcome.name}: {error}")
    return outcome


def _plan(outcome, *, placement=None, **options):
    if placement is not None:
        options["municipality"] = placement.municipality
    draft = _plan_report(outcome, **options)
    if placement is None or outcome.failed:
        return
    outcome.placement, found = plan_placement(placement, outcome.parsed, outcome.report, draft)
    outcome.changes += found
    if outcome.action == "unchanged" and (found or outcome.placement.redirect):
        confirmed = _is_confirmed(options["confirmed"], outcome.report)
        outcome.action = "confirm" if outcome.match == "content" and not confirmed else "update"


def _plan_report(outcome, *, publish, municipality, title, confirmed):
    """Plan the report itself; returns its latest revision (None for a new report)."""
    key = import_key_for(outcome.name, title)
    try:
        target = find_target(
            key, content_hash(outcome.text), municipality=municipality, title=title
        )
    except Refused as refusal:
        outcome.status = "failed"
        outcome.error = f"{outcome.name}: {refusal.message(key=key, municipality=municipality)}"
        outcome.error_english = refusal.message(True, key=key, municipality=municipality)
        return None
    outcome.report, outcome.match = target.report, target.match
    if target.report is None:
        outcome.action = "create"
        return None
    outcome.changes = changes(
        target, outcome.parsed, municipality=municipality, title=title, publish=publish
    )
    if target.match == "content":
        outcome.action = "update" if outcome.changes else "unchanged"
        if outcome.changes and not _is_confirmed(confirmed, target.report):
            outcome.action = "confirm"
        return target.draft
    unchanged = (
        target.draft.source_hash == content_hash(outcome.text)
        and (not publish or target.report.live)
        and (municipality is None or target.draft.municipality_id == municipality.pk)
    )
    outcome.action = "unchanged" if unchanged else "update"
    return target.draft


def _is_confirmed(confirmed, report):
    return confirmed is True or (bool(confirmed) and confirmed == report.pk)


def _save(outcome, *, publish, municipality, title, user):
    if outcome.action == "confirm":
        return "skipped"
    if outcome.action == "unchanged":
        return "unchanged"
    fields = {"source_hash": content_hash(outcome.text)}
    if municipality is not None:
        fields["municipality"] = municipality
    if outcome.match != "content":  # a report found by content keeps its key and file
        fields["source_name"] = PurePath(outcome.name).name[:255]
        fields["import_key"] = import_key_for(outcome.name, title)
    plan = outcome.placement
    if plan is not None:
        fields.update(plan.report_fields())
    if outcome.action == "create":
        outcome.report = _create(outcome, title=title, publish=publish, user=user, **fields)
        status = "created"
    else:
        draft = outcome.report.get_latest_revision_as_object()
        apply_parsed_report(draft, outcome.parsed)
        for attribute, value in fields.items():
            setattr(draft, attribute, value)
        if title:
            draft.title = title
        revision = draft.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
        status = "updated"
    if plan is not None:
        redirect_old_address(plan.placement, outcome.report)
    return status


def _create(outcome, *, title, publish, user, **fields):
    """A new report: under the report index, or under its workshop (made when missing)
    with a mapping file's row."""
    plan = outcome.placement
    if plan is None:
        parent, report_title = report_index(), title or default_title(outcome.name)
    else:
        placement = plan.placement
        parent = ensure_workshop(placement.workshop, placement.municipality)
        report_title = title or placement.report_title(outcome.parsed)
    return create_report_page(
        parent,
        title=report_title,
        slug=find_available_slug(parent, slugify(report_title)[:200] or "slutrapport"),
        parsed=outcome.parsed,
        publish=publish,
        user=user,
        **fields,
    )
