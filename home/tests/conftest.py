"""Content for these tests comes from factories (`testing.fixtures`), not from the demo."""

from testing.fixtures import *  # noqa: F403
