"""Open data: every published report with every answer, as CSV or JSON.

Drafts, unpublished and password-protected reports never appear (`published_reports`).
The whole download costs four queries whatever the number of reports. In the CSV, a text
cell that a spreadsheet would read as a formula is written as text (`csv_cell`).
"""

from methods.models import MethodPage
from reports import questionnaire
from reports.models import ProjectReportPage

# Report metadata columns, then one column per question (key figures and answers).
METADATA = (
    ("id", "Sid-id"),
    ("title", "Projektnamn"),
    ("url", "Adress"),
    ("municipality_code", "Kommunkod"),
    ("municipality", "Kommun"),
    ("county_code", "Länskod"),
    ("county", "Län"),
    ("organisation_type", "Organisationstyp"),
    ("plugin_round", "Plug In-omgång"),
    ("period_start", "Projektstart"),
    ("period_end", "Projektslut"),
    ("published_at", "Publicerad"),
    ("methods", "Metoder"),
    ("tags", "Målgrupper och ämnen"),
)
COLUMNS = (*METADATA, *((q.key, q.label) for q in questionnaire.QUESTIONS))

_VALUES = {
    "id": "pk",
    "title": "title",
    "url_path": "url_path",
    "municipality_code": "municipality__code",
    "municipality": "municipality__name",
    "county_code": "municipality__county__code",
    "county": "municipality__county__name",
    "organisation_type": "organisation_type",
    "plugin_round": "plugin_round",
    "period_start": "period_start",
    "period_end": "period_end",
    "published_at": "first_published_at",
}


def _names_by_report(through, report_ids, field, label, **conditions):
    names = {}
    rows = through.objects.filter(**{f"{field}__in": report_ids}, **conditions).order_by(label)
    for report_id, name in rows.values_list(field, label):
        names.setdefault(report_id, []).append(name)
    return names


def report_rows(reports, site_root_path, base_url):
    """One dict per report, keyed by column key, in the order of `reports`."""
    report_ids = reports.order_by().values("pk")
    methods = _names_by_report(
        ProjectReportPage.methods.through,
        report_ids,
        "projectreportpage_id",
        "methodpage__title",
        methodpage__in=MethodPage.objects.live().public(),
    )
    tags = _names_by_report(
        ProjectReportPage.tags.through, report_ids, "content_object_id", "tag__name"
    )
    fields = [*_VALUES.values(), *questionnaire.QUESTIONS_BY_KEY]
    for values in reports.values(*fields).iterator(chunk_size=500):
        row = {key: values[field] for key, field in _VALUES.items() if key != "url_path"}
        path = values["url_path"]
        relative = path[len(site_root_path) - 1 :] if path.startswith(site_root_path) else path
        row["url"] = f"{base_url}{relative}"
        row["methods"] = methods.get(values["pk"], [])
        row["tags"] = tags.get(values["pk"], [])
        for key in questionnaire.QUESTIONS_BY_KEY:
            row[key] = values[key]
        yield row


# OWASP's CSV-injection rule: a spreadsheet reads a cell that begins with one of these
# as a formula (or drops the character). Such a text cell gets a leading single quote,
# so that it is shown as the text it is. Only in the CSV: the JSON keeps every value.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return _as_text("; ".join(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str):
        return _as_text(value)
    return str(value)  # numbers: a minus sign is the number's own


def _as_text(text):
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def json_value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if value.__class__.__name__ == "Decimal":
        return float(value)
    return value


def question_schema():
    """What each answer column means: for the JSON download and the README."""
    return [
        {
            "key": question.key,
            "label": question.label,
            "section": questionnaire.section_of(question.key).title,
            "type": question.type.value,
            **({"values": list(question.scale.values)} if question.scale else {}),
        }
        for question in questionnaire.QUESTIONS
    ]
