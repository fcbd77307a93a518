"""Shared pytest fixtures: the demo site built from the seeds, users and clients."""

import os

import pytest

SEED_REPORT_URL = "/slutrapporter/elever-med-hog-franvaro-vaxjo/"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per test database; each test rolls back its changes.
    PORTAL_TESTS_WITHOUT_DEMO=1 leaves it out: tests built from factories must pass both
    ways (they never count what they did not build)."""
    if os.environ.get("PORTAL_TESTS_WITHOUT_DEMO"):
        return
    from demo.loader import DemoLoader

    with django_db_blocker.unblock():
        DemoLoader().load()


@pytest.fixture
def demo_site(db):
    """The demo site exactly as `manage.py load_demo` builds it (idempotent re-check)."""
    from demo.loader import DemoLoader
    from home.models import HomePage

    DemoLoader().load()
    return HomePage.objects.get()


@pytest.fixture
def seed_report(demo_site):
    from reports.models import ProjectReportPage

    return ProjectReportPage.objects.get(slug="elever-med-hog-franvaro-vaxjo")


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("redaktor", "redaktor@example.se", "hemligt-losen-123")
    user.groups.add(Group.objects.get(name="Redaktörer"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def admin_client_wagtail(client, admin_user):
    client.force_login(admin_user)
    return client
