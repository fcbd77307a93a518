"""Print the questionnaire as Markdown tables: every question, then every scale value.

README.md holds this output between the markers below (section "The questionnaire,
declared once"); a test fails when they differ. `--write` updates README.md in place.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports import questionnaire
from reports.questionnaire import scales, sections

START = "<!-- questionnaire-table:start -->"
END = "<!-- questionnaire-table:end -->"


def _cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def _row(*cells):
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _names(module, kind):
    """{id(object): name} of the declaration's named objects of one kind."""
    return {id(value): name for name, value in vars(module).items() if isinstance(value, kind)}


def _answer(question):
    if question.is_scale:
        return f"scale: {question.scale.name}"
    if question.is_number and question.decimals:
        return f"number ({question.decimals} decimal)"
    return question.type.value


def question_rows():
    section_names = _names(sections, questionnaire.Section)
    rows = [
        _row("Section", "Key", "Label (as worded in the survey)", "Answer", "In code"),
        "|---|---|---|---|---|",
    ]
    for section in questionnaire.SECTIONS:
        for question in section.questions:
            in_code = (
                f"`{section_names[id(section)]}.{question.role}`"
                if question.role and id(section) in section_names
                else ""
            )
            key = f"`{question.key}`"
            title = f"{section.title} (`{section.key}`)"
            rows.append(_row(title, key, question.label, _answer(question), in_code))
    return rows


def _note(scale, value):
    notes = []
    if value in scale.positive:
        notes.append("a good outcome")
    if value in scale.unranked:
        notes.append("an answer, never ranked")
    notes += [f"exports may spell it “{spelling}”" for spelling, v in scale.aliases if v == value]
    return "; ".join(notes)


def scale_rows():
    scale_names = _names(scales, questionnaire.Scale)
    rows = [_row("Scale", "Value", "In code", "Note"), "|---|---|---|---|"]
    for scale in questionnaire.SCALES:
        for name, value in scale.named_values:
            in_code = f"`{scale_names[id(scale)]}.{name}`"
            rows.append(_row(scale.name, value, in_code, _note(scale, value)))
    return rows


def questionnaire_table():
    """The Markdown that README.md holds between the markers (without them)."""
    return "\n".join([*question_rows(), "", *scale_rows()]) + "\n"


def replace_table(readme, table):
    """README text with `table` between the markers; CommandError without markers."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise CommandError(f"README.md has no {START} … {END} markers.")
    return f"{readme[: start + len(START)]}\n{table}{readme[end:]}"


def readme_table(readme):
    """The text between the markers of README.md (without them), or None."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        return None
    return readme[start + len(START) : end].removeprefix("\n")


class Command(BaseCommand):
    help = (
        "Print every questionnaire question (section, key, label, answer type) and every "
        "scale value as Markdown tables, from the declaration in reports/questionnaire/. "
        "--write puts them into README.md between the questionnaire-table markers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--write", action="store_true", help="update README.md instead of printing"
        )

    def handle(self, *args, **options):
        table = questionnaire_table()
        if not options["write"]:
            self.stdout.write(table, ending="")
            return
        path = settings.BASE_DIR / "README.md"
        path.write_text(replace_table(path.read_text(encoding="utf-8"), table), encoding="utf-8")
        self.stdout.write(f"Updated the questionnaire table in {path}.")
