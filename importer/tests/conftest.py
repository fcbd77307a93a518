"""Content for these tests comes from factories (`testing.fixtures`), not from the demo.

`import_index` is where the importer puts the reports it creates: the first report
index, built under the default site's home page when there is none. Reports that an
import finds again are built here, with export texts of their own (`export_text`), so
that no other report in the database has the same content."""

import pytest

from testing.factories import ImportedReportFactory, export_text, report_index
from testing.fixtures import *  # noqa: F403


@pytest.fixture
def import_index(db):
    """The report index imports go to (the first one, built when missing)."""
    return report_index()


@pytest.fixture
def own_export():
    """A survey export of the test's own (realistic answers, a tips answer written here):
    no other report in the database has this content."""
    tips = {"tips": "Planera med skolan från första dagen."}
    return export_text(tips, marker="Importens eget test.").encode("utf-8")


@pytest.fixture
def vaxjo_report(import_index, own_export):
    """A published report imported from `own_export` as vaxjo_2014.txt, in Växjö."""
    return ImportedReportFactory(name="vaxjo_2014.txt", text=own_export, municipality_code="0780")
