"""README.md's table of questions is the declaration's (manage.py questionnaire_table)."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from reports.management.commands.questionnaire_table import END, START, replace_table

README = Path(settings.BASE_DIR) / "README.md"
REGENERATE = ".venv/bin/python manage.py questionnaire_table --write"


def command_output(*args):
    out = StringIO()
    call_command("questionnaire_table", *args, stdout=out)
    return out.getvalue()


def readme_table():
    readme = README.read_text(encoding="utf-8")
    assert START in readme and END in readme, f"README.md lacks the markers {START} … {END}"
    return readme[readme.index(START) + len(START) : readme.index(END)].removeprefix("\n")


def test_readme_table_is_the_declaration():
    assert readme_table() == command_output(), (
        "README.md's questionnaire table differs from the declaration in "
        f"reports/questionnaire/: regenerate it with `{REGENERATE}`."
    )


def test_table_lists_every_question_and_every_scale_value():
    table = command_output()
    lines = table.splitlines()
    question_rows = [line for line in lines if line.startswith("| ") and "`" in line.split("|")[2]]
    assert len(question_rows) == 73  # 8 key figures and 65 survey questions
    assert (
        "| Resultat för målgruppen (`target_group`) | `attendance_change` | Hur har närvaron "
        "utvecklats under perioden för projektets genomförande för de elever som ingår i Plug "
        "In? | scale: Förändring | `TARGET_GROUP.attendance` |"
    ) in lines
    assert "| Förändring | Har ej mätt | `CHANGE.not_measured` | an answer, never ranked |" in lines
    assert "| Utsträckning | Vet ej | `EXTENT.dont_know` | an answer, never ranked |" in lines
    unchanged = (
        "| Förändring | Oförändrat | `CHANGE.unchanged` | exports may spell it “Oförändrad” |"
    )
    assert unchanged in lines
    assert any("Tillfredsställande" in line for line in lines)


def test_write_puts_the_table_between_the_markers(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    (tmp_path / "README.md").write_text(f"# Title\n\n{START}\nold\n{END}\n\nAfter.\n")
    command_output("--write")
    written = (tmp_path / "README.md").read_text()
    assert written == f"# Title\n\n{START}\n{command_output()}{END}\n\nAfter.\n"


def test_write_refuses_a_readme_without_markers():
    with pytest.raises(CommandError):
        replace_table("# No markers here\n", "| table |\n")
