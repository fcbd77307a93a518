"""Fixtures for the submission tests: the report index sent-in reports go to, an editor
in a browser of their own, a signed-in leader. Content comes from factories
(`testing.fixtures`, `testing.factories`), not from the demo."""

import pytest
from django.test import Client

from submissions.services import review_workflow
from testing.factories import report_index
from testing.fixtures import *  # noqa: F403
from testing.submissions import accept, invite


@pytest.fixture
def reports_index(db):
    """Where sent-in reports go: the first report index, as the services choose it (built
    under the default site's home when there is none), reviewed by the workflow."""
    index = report_index()
    review_workflow()
    return index


@pytest.fixture
def reviewer_client(editor):
    """An editor in a browser of their own (`editor_client` shares the `client`)."""
    reviewer = Client()
    reviewer.force_login(editor)
    return reviewer


@pytest.fixture
def leader_submission(client, reviewer_client, reports_index):
    """A project leader who accepted an invitation, signed in on `client`."""
    _, link = invite(reviewer_client)
    return accept(client, link)
