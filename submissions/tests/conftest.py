"""Fixtures for the submission tests: an editor in a browser of their own, a signed-in leader."""

import pytest
from django.test import Client

from testing.submissions import accept, invite


@pytest.fixture
def reviewer_client(editor):
    """An editor in a browser of their own (`editor_client` shares the `client`)."""
    reviewer = Client()
    reviewer.force_login(editor)
    return reviewer


@pytest.fixture
def leader_submission(client, reviewer_client, demo_site):
    """A project leader who accepted an invitation, signed in on `client`."""
    _, link = invite(reviewer_client)
    return accept(client, link)
