"""Shared pytest fixtures: users and clients. Each test builds its own content with the
factories (`testing/`); only the demo's own tests load the demo (demo/tests/conftest.py)."""

import pytest


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
