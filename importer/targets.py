"""Which report an import is meant for, whether it may change it, and what would change.

An import changes only a report it was clearly meant for:

- by its *import key* (the title given at import, else the file's name): a key with no
  letter or digit in it is refused, so that a nameless file never finds a report;
- by *content alone* (the same export under another name) only within the same
  municipality and, when a title is given, the same project; such an update needs the
  operator's confirmation, after a dry run that lists what it would change;
- never a report a project leader sent in online, nor one in the review workflow (under
  review or returned): an import neither overwrites nor publishes it.
"""

from dataclasses import dataclass, field

from reports import questionnaire
from reports.models import ProjectReportPage

# Swedish (the admin) and English (the command), by reason; `{title}` and `{place}` are
# the report's, `{key}` the import key and `{municipality}` the one chosen for the import.
REFUSALS = {
    "blank_key": (
        "Filen saknar namn, så ingen rapport kan kännas igen på det. Ge filen ett namn och "
        "importera igen.",
        "the file has no name, so no report can be known by it: name the file (or give "
        "--title) and import again",
    ),
    "sent_in": (
        "Rapporten ”{title}” ({place}) lämnades in på webben av en projektledare och skrivs "
        "aldrig över av en import.",
        "report '{title}' ({place}) was sent in online by a project leader; an import never "
        "overwrites it",
    ),
    "in_review": (
        "Rapporten ”{title}” ({place}) är i granskningsflödet (granskas eller har "
        "returnerats) och skrivs inte över av en import. Importera igen när granskningen är "
        "klar.",
        "report '{title}' ({place}) is in the review workflow (under review or returned); an "
        "import never overwrites or publishes it. Import again once the review is finished",
    ),
    "other_municipality": (
        "Rapporten ”{title}” med samma importnyckel ({key}) hör till {place}, inte "
        "{municipality}. Är det ett annat projekt: byt namn på filen och importera igen.",
        "report '{title}' with the same import key ({key}) belongs to {place}, not "
        "{municipality}: if this is another project, rename the file (or give --title)",
    ),
}
NO_MUNICIPALITY = ("utan kommun", "no municipality")


class Refused(Exception):
    """The import may not change the report it would change (`reason`: a REFUSALS key)."""

    def __init__(self, reason, report=None, draft=None):
        super().__init__(reason)
        self.reason, self.report, self.draft = reason, report, draft

    def message(self, english=False, key="", municipality=None):
        draft = self.draft or self.report
        template = REFUSALS[self.reason][1 if english else 0]
        return template.format(
            title=draft.title if draft else "",
            place=place(draft, english) if draft else "",
            key=key,
            municipality=municipality.name if municipality else "",
        )


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str
    english: tuple = ()  # (label, old, new) for the command, where they are not data

    def __str__(self):
        return f"{self.label}: {_short(self.old)} → {_short(self.new)}"

    def in_english(self):
        label, old, new = self.english or (self.label, self.old, self.new)
        return f"{label}: {_short(old)} → {_short(new)}"


@dataclass
class Target:
    report: ProjectReportPage | None = None  # None: the import creates a new report
    draft: ProjectReportPage | None = None  # the report's latest revision
    match: str = ""  # "" | "key" | "content"
    changes: list = field(default_factory=list)


def place(report, english=False):
    if report is not None and report.municipality_id:
        return report.municipality.name
    return NO_MUNICIPALITY[1 if english else 0]


def usable_key(key):
    return any(char.isalnum() for char in key)


def find_target(key, digest, *, municipality=None, title=None):
    """The report an import with this key and content hash is for (Refused if none may be)."""
    if not usable_key(key):
        raise Refused("blank_key")
    by_key = ProjectReportPage.objects.filter(import_key=key).order_by("pk").first()
    if by_key is not None:
        draft = by_key.get_latest_revision_as_object()
        _refuse_protected(by_key, draft)
        if municipality is not None and _other_municipality(by_key, draft, municipality):
            raise Refused("other_municipality", by_key, draft)
        return Target(by_key, draft, "key")
    for candidate in ProjectReportPage.objects.filter(source_hash=digest).order_by("pk"):
        draft = candidate.get_latest_revision_as_object()
        if municipality is not None and _other_municipality(candidate, draft, municipality):
            continue  # never across municipalities
        if title and draft.title != title:
            continue  # nor across projects
        _refuse_protected(candidate, draft)
        return Target(candidate, draft, "content")
    return Target()


def _other_municipality(report, draft, municipality):
    return any(page.municipality_id not in (None, municipality.pk) for page in (report, draft))


def _refuse_protected(report, draft):
    if ProjectReportPage.objects.filter(pk=report.pk, submission__isnull=False).exists():
        raise Refused("sent_in", report, draft)
    if report.current_workflow_state is not None:
        raise Refused("in_review", report, draft)


def changes(target, parsed, *, municipality=None, title=None, publish=False):
    """What importing `parsed` would change on the target report, field by field."""
    draft, found = target.draft, []
    if title and draft.title != title:
        found.append(Change("Titel", draft.title, title, ("Title", draft.title, title)))
    if municipality is not None and draft.municipality_id != municipality.pk:
        english = ("Municipality", place(draft, english=True), municipality.name)
        found.append(Change("Kommun", place(draft), municipality.name, english))
    for question in questionnaire.SURVEY_QUESTIONS:
        old, new = getattr(draft, question.key) or "", parsed.answers.get(question.key, "")
        if old != new:
            found.append(Change(question.label, old, new))
    for key, new in parsed.key_figures.items():
        old = getattr(draft, key)
        if old is None or old != new:
            found.append(Change(questionnaire.QUESTIONS_BY_KEY[key].label, _text(old), str(new)))
    old_extras = [(extra.question_text, extra.answer) for extra in draft.extra_answers.all()]
    new_extras = [(extra.question_text, extra.answer) for extra in parsed.extras]
    if old_extras != new_extras:
        counts = len(old_extras), len(new_extras)
        english = ("Extra answers", *(f"{count} answers" for count in counts))
        found.append(Change("Övriga svar", *(f"{count} svar" for count in counts), english))
    if publish and not target.report.live:
        english = ("Publication", "not published", "published")
        found.append(Change("Publicering", "opublicerad", "publiceras", english))
    return found


def _text(value):
    return "" if value is None else str(value)


def _short(value, limit=60):
    value = " ".join(str(value).split())
    if not value:
        return "–"
    return f"”{value[:limit]}…”" if len(value) > limit else f"”{value}”"
