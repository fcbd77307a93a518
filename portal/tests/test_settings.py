"""Production settings take every secret from the environment and refuse to start without."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "portal.example.se",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/db",
}


def load_production_settings(env):
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    clean_env = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean_env, "DJANGO_SETTINGS_MODULE": "portal.settings.production", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_load_with_all_required_variables():
    result = load_production_settings(REQUIRED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_settings_refuse_to_start_without(missing):
    env = {k: v for k, v in REQUIRED.items() if k != missing}
    result = load_production_settings(env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set" in result.stderr


def test_base_settings_hold_no_secret_key():
    base = (ROOT / "portal" / "settings" / "base.py").read_text()
    assert "SECRET_KEY" not in base
