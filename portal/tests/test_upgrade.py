"""Upgrading a database made before the restructure (commit 3334a68) to today's code.

Models moved between apps keeping their tables (portal -> core and home; reports ->
evidence, importer and submissions; search.IndexVersion -> core.ContentVersion). The
fixture in portal/tests/upgrade/ (see its README) holds reports imported and sent in,
invitations, drafts and search documents, made with the old code; before.json is its
snapshot taken with the old code. Here the dump is restored, migrated with today's code
and snapshotted again, and every report's answers, every page and every user must be
as before.

Django runs only in subprocesses, on this test's own SQLite files with
portal.settings.dev (manage.py's default) and an environment that inherits neither the
suite's DATABASE_URL nor its settings module: the test runs the same on the SQLite and
the PostgreSQL suite.
"""

import copy
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from portal.tests.upgrade.restore import restore
from reports import questionnaire

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "upgrade"
DUMP = FIXTURE / "db_3334a68.sql.gz"
BEFORE = FIXTURE / "before.json"
TIMEOUT = 600
# The only variables the subprocesses inherit; the project's settings variables
# (DATABASE_URL, REDIS_URL, search engine, ...) are not among them.
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "SYSTEMROOT")

# Content types that must be renamed in place: (app_label, model) before -> after.
MOVED = {
    ("portal", "county"): ("core", "county"),
    ("portal", "municipality"): ("core", "municipality"),
    ("search", "indexversion"): ("core", "contentversion"),
    ("portal", "homepage"): ("home", "homepage"),
    ("portal", "homepagefeaturedmethod"): ("home", "homepagefeaturedmethod"),
    ("portal", "standardpage"): ("home", "standardpage"),
    ("portal", "accessibilitystatementpage"): ("home", "accessibilitystatementpage"),
    ("portal", "accessibilityproblemreport"): ("home", "accessibilityproblemreport"),
    ("reports", "statisticspage"): ("evidence", "statisticspage"),
    ("reports", "importbatch"): ("importer", "importbatch"),
    ("reports", "importfile"): ("importer", "importfile"),
    ("reports", "invitation"): ("submissions", "invitation"),
    ("reports", "submission"): ("submissions", "submission"),
}
# The class that must load each page, by its class name in before.json.
PAGE_CLASSES = {
    "Page": "wagtail.models.Page",
    "HomePage": "home.models.HomePage",
    "StandardPage": "home.models.StandardPage",
    "AccessibilityStatementPage": "home.models.AccessibilityStatementPage",
    "StatisticsPage": "evidence.models.StatisticsPage",
    "SuccessFactorIndexPage": "methods.models.SuccessFactorIndexPage",
    "SuccessFactorPage": "methods.models.SuccessFactorPage",
    "MethodIndexPage": "methods.models.MethodIndexPage",
    "MethodPage": "methods.models.MethodPage",
    "ReportIndexPage": "reports.models.ReportIndexPage",
    "ProjectReportPage": "reports.models.ProjectReportPage",
}
MOVED_PAGE_TYPES = {"HomePage", "StandardPage", "AccessibilityStatementPage", "StatisticsPage"}
# Rendered after the upgrade: the moved page types' pages and one published report.
URLS = (
    "/",
    "/om-portalen/",
    "/tillganglighetsredogorelse/",
    "/resultat-i-siffror/",
    "/slutrapporter/narvaroteam-i-malmo/",
)


def subprocess_env(db_path, var_dir):
    env = {name: os.environ[name] for name in INHERITED if name in os.environ}
    env.update(
        DATABASE_URL=f"sqlite:///{db_path}",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        PORTAL_VAR_DIR=str(var_dir),
        PYTHONIOENCODING="utf-8",
    )
    return env


def python(env, *args):
    """Run the project's Python in the project directory; the finished process."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


def required(result):
    if result.returncode != 0:
        pytest.fail(f"{' '.join(result.args[1:])} failed:\n{result.stdout}\n{result.stderr}")
    return result


def content_types(db_path):
    """{(app_label, model): id} of every row of django_content_type."""
    connection = sqlite3.connect(db_path)
    try:
        query = "SELECT app_label, model, id FROM django_content_type"
        return {(app, model): pk for app, model, pk in connection.execute(query)}
    finally:
        connection.close()


def _rows(connection, query, *params):
    return [list(row) for row in connection.execute(query, params)]


def schema(db_path):
    """{table: columns, foreign keys, indexes} of every table in sqlite_master (and the
    definition of the virtual ones: the FTS5 options)."""
    connection = sqlite3.connect(db_path)
    try:
        tables = _rows(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        result = {}
        for name, sql in tables:
            indexes = _rows(
                connection,
                'SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name',
                name,
            )
            result[name] = {
                "virtual": sql if sql.startswith("CREATE VIRTUAL TABLE") else None,
                "columns": _rows(connection, "SELECT * FROM pragma_table_info(?)", name),
                "foreign_keys": _rows(
                    connection, "SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq", name
                ),
                "indexes": {
                    index: [flags, _rows(connection, "SELECT * FROM pragma_index_info(?)", index)]
                    for index, *flags in indexes
                },
            }
        return result
    finally:
        connection.close()


def permissions(db_path):
    """Every permission as app_label.model.codename (by label: ids may differ)."""
    connection = sqlite3.connect(db_path)
    try:
        query = (
            "SELECT c.app_label || '.' || c.model || '.' || p.codename FROM auth_permission p "
            "JOIN django_content_type c ON c.id = p.content_type_id"
        )
        return sorted(label for (label,) in connection.execute(query))
    finally:
        connection.close()


def page_titles(before):
    """{url: title} for URLS, each a live page in the fixture."""
    live = {page["url"]: page for page in before["pages"] if page["live"]}
    missing = [url for url in URLS if url not in live]
    assert not missing, f"not live pages in the fixture: {missing}"
    moved = {
        page["url"] for page in live.values() if page["content_type_class"] in MOVED_PAGE_TYPES
    }
    assert moved <= set(URLS), f"moved page types' pages not rendered: {moved - set(URLS)}"
    return {url: live[url]["title"] for url in URLS}


@pytest.fixture(scope="module")
def upgrade(tmp_path_factory):
    """Restore the dump, migrate it, snapshot and probe it; migrate a fresh database."""
    work = tmp_path_factory.mktemp("upgrade")
    old_db, fresh_db = work / "old.sqlite3", work / "fresh.sqlite3"
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    restore(DUMP, old_db)
    env = subprocess_env(old_db, work / "var")
    fresh = subprocess.Popen(  # in parallel: a new database, migrated with today's code
        [sys.executable, "manage.py", "migrate", "--no-input"],
        cwd=ROOT,
        env=subprocess_env(fresh_db, work / "var"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
    )
    try:
        content_types_before = content_types(old_db)
        required(python(env, "manage.py", "migrate", "--no-input"))
        snapshot_env = {**env, "PORTAL_SNAPSHOT_ANSWER_KEYS": ",".join(answer_keys(before))}
        snapshot = ("-m", "portal.tests.upgrade.snapshot", str(work / "after.json"))
        required(python(snapshot_env, *snapshot))
        (work / "urls.json").write_text(json.dumps(page_titles(before)), encoding="utf-8")
        probe_args = [str(work / "urls.json"), str(work / "probe.json")]
        required(python(env, "-m", "portal.tests.upgrade.probe", *probe_args))
        migrate_check = python(env, "manage.py", "migrate", "--check")
        makemigrations_check = python(env, "manage.py", "makemigrations", "--check", "--dry-run")
    finally:
        fresh_out, fresh_err = fresh.communicate(timeout=TIMEOUT)
    assert fresh.returncode == 0, f"fresh migrate failed:\n{fresh_out}\n{fresh_err}"
    return SimpleNamespace(
        before=before,
        after=json.loads((work / "after.json").read_text(encoding="utf-8")),
        probe=json.loads((work / "probe.json").read_text(encoding="utf-8")),
        content_types_before=content_types_before,
        content_types_after=content_types(old_db),
        schema=schema(old_db),
        fresh_schema=schema(fresh_db),
        permissions=permissions(old_db),
        fresh_permissions=permissions(fresh_db),
        fresh_content_types=content_types(fresh_db),
        migrate_check=migrate_check,
        makemigrations_check=makemigrations_check,
    )


def answer_keys(before):
    """The questions the old code declared (every report lists each of them)."""
    return list(before["reports"][0]["answers"]) if before["reports"] else []


def expected_after(before):
    """before.json with the differences the restructure is meant to make, and no others."""
    expected = copy.deepcopy(before)
    # IndexVersion is core.ContentVersion now: its content type row keeps its id and is
    # renamed in place, so [id, model, class] has the new model name and class.
    for entry in expected["project_content_types"]:
        if entry[1:] == ["indexversion", "IndexVersion"]:
            entry[1:] = ["contentversion", "ContentVersion"]
    # Permissions are checked with the model's new app label and name, and Django's
    # default codenames follow the model's name: add_contentversion, not add_indexversion.
    for user in expected["users"]:
        checks = user["model_permission_checks"]
        if "IndexVersion" in checks:
            checks["IndexVersion"] = sorted(
                codename.replace("_indexversion", "_contentversion")
                for codename in checks["IndexVersion"]
            )
    # Report fields added since: every report from before is a final report without a
    # date, with the questions declared since empty.
    for page in expected["pages"]:
        if page["specific_class"] == "ProjectReportPage" and page["fields"] is not None:
            page["fields"].update(kind="slutrapport", report_date=None)
            for key in questionnaire.QUESTIONS_BY_KEY:
                page["fields"].setdefault(key, "")
    # Questions declared since are empty on every report from before.
    declared = [question.key for question in questionnaire.QUESTIONS]
    for report in expected["reports"]:
        for key in declared:
            report["answers"].setdefault(key, "")
    # Imported files gained the mapping file's row (none before).
    for import_file in expected["import_files"]:
        import_file["placement"] = {}
    # Drafts gained a version number (a stale tab cannot overwrite newer text): every
    # draft from before starts at 1.
    for submission in expected["submissions"]:
        submission["version"] = 1
    # Invitations gained the project workshop the report is created under: none for
    # every invitation from before (their reports stay under the report index).
    for invitation in expected["invitations"]:
        invitation["workshop_id"] = None
    return expected


def _label(item, index):
    if isinstance(item, dict):
        for key in ("id", "username", "name", "page_id"):
            if key in item:
                return f"[{key}={item[key]}]"
    return f"[{index}]"


def differences(expected, actual, path="$"):
    """Where actual differs from expected, one line per difference."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(expected.keys() | actual.keys()):
            where = f"{path}.{key}"
            if key not in actual:
                yield f"{where}: missing after the upgrade (was {expected[key]!r:.200})"
            elif key not in expected:
                yield f"{where}: new after the upgrade: {actual[key]!r:.200}"
            else:
                yield from differences(expected[key], actual[key], where)
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (old, new) in enumerate(zip(expected, actual, strict=True)):
            yield from differences(old, new, path + _label(old, index))
    elif expected != actual:
        yield f"{path}: {_contrast(expected, actual)}"


def _contrast(expected, actual):
    """expected vs actual, strings from just before the first character that differs."""
    if not (isinstance(expected, str) and isinstance(actual, str)):
        return f"expected {expected!r:.300}, got {actual!r:.300}"
    start = next(
        (i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
        min(len(expected), len(actual)),
    )
    start = max(start - 30, 0)
    return (
        f"strings differ from character {start} (lengths {len(expected)}, {len(actual)}): "
        f"expected {expected[start : start + 120]!r}, got {actual[start : start + 120]!r}"
    )


def assert_same(expected, actual, what):
    found = list(differences(expected, actual))
    if found:
        more = f"\n... {len(found) - 60} more" if len(found) > 60 else ""
        pytest.fail(f"{what}: {len(found)} differences\n" + "\n".join(found[:60]) + more)


def test_reports_pages_and_users_are_unchanged_by_the_upgrade(upgrade):
    assert_same(expected_after(upgrade.before), upgrade.after, "snapshot after the upgrade")


# Apps whose models came after the dump: their content types are new rows, as on a fresh
# database (checked by the test after the next one).
APPS_ADDED_SINCE_THE_DUMP = {"workshops", "articles"}


def test_moved_models_keep_their_content_types(upgrade):
    before, after = upgrade.content_types_before, upgrade.content_types_after
    assert set(MOVED) <= set(before), "the fixture lacks content types the test expects"
    # Renamed in place: every row keeps its id, nothing is added or left behind.
    expected = {MOVED.get(key, key): pk for key, pk in before.items()}
    kept = {key: pk for key, pk in after.items() if key[0] not in APPS_ADDED_SINCE_THE_DUMP}
    assert_same(
        {f"{app}.{model}": pk for (app, model), pk in expected.items()},
        {f"{app}.{model}": pk for (app, model), pk in kept.items()},
        "django_content_type after the upgrade",
    )


def test_migrations_are_complete_after_the_upgrade(upgrade):
    check = upgrade.migrate_check
    assert check.returncode == 0, f"migrate --check:\n{check.stdout}\n{check.stderr}"
    check = upgrade.makemigrations_check
    assert check.returncode == 0, f"makemigrations --check:\n{check.stdout}\n{check.stderr}"


def test_upgraded_schema_is_that_of_a_fresh_database(upgrade):
    assert_same(upgrade.fresh_schema, upgrade.schema, "schema (upgraded vs fresh)")


def test_upgraded_content_types_and_permissions_are_those_of_a_fresh_database(upgrade):
    # By label: a fresh database numbers its rows in another order.
    assert sorted(upgrade.content_types_after) == sorted(upgrade.fresh_content_types)
    # A permission duplicated onto a new content type, or one left behind, shows here.
    assert upgrade.permissions == upgrade.fresh_permissions


def test_pages_render_and_load_the_new_classes(upgrade):
    failed = {
        url: render
        for url, render in upgrade.probe["renders"].items()
        if render != {"status": 200, "title_shown": True}
    }
    assert not failed, f"pages that do not render after the upgrade: {failed}"
    expected = {
        str(page["id"]): {"specific": PAGE_CLASSES[name], "specific_class": PAGE_CLASSES[name]}
        for page in upgrade.before["pages"]
        for name in [page["content_type_class"]]
    }
    assert_same(expected, upgrade.probe["page_classes"], "classes loading the pages")
