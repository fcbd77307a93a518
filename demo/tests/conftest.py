"""The demo's own tests: the demo site exactly as `manage.py load_demo` builds it."""

import pytest

from demo.loader import DemoLoader
from home.models import HomePage


@pytest.fixture
def demo_site(db):
    DemoLoader().load()
    return HomePage.objects.get()
