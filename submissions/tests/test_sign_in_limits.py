"""Sign-in and password reset against guessing and flooding, over HTTP: per user name and
address, per address across user names (password spraying), behind a proxy by the
forwarded address, and "Glömt lösenord" per e-mail address and per client."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
SIGN_IN = "/konto/logga-in/"
RESET = "/konto/glomt-losenord/"
PASSWORD = "Ett-bra-lösenord-2026"
WRONG = "fel-lösenord-123"
ATTACKER = "198.51.100.66"


@pytest.fixture(autouse=True)
def empty_cache():
    """The password-reset counts live in the cache, shared by the tests of a process."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anna(db):
    return User.objects.create_user("anna@example.se", "anna@example.se", PASSWORD)


def sign_in(client, username, password=WRONG):
    return client.post(SIGN_IN, {"username": username, "password": password})


def locked(response):
    return response.status_code == 429 and "Inloggningen är spärrad" in response.content.decode()


# --- Sign-in -------------------------------------------------------------------------


def test_password_spraying_across_user_names_locks_the_address(anna, settings):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for number in range(settings.PORTAL_SIGN_IN_FAILURES_PER_ADDRESS - 1):
        assert sign_in(attacker, f"person{number}@example.se").status_code == 200
    # Below the limit a right password still works from that address ...
    assert sign_in(Client(REMOTE_ADDR=ATTACKER), anna.username, PASSWORD).status_code == 302
    # ... the failure that reaches it locks the address: no user name signs in from
    # there, not even with the right password.
    assert locked(sign_in(attacker, "ytterligare@example.se"))
    assert locked(sign_in(attacker, "en-till@example.se"))
    assert locked(sign_in(Client(REMOTE_ADDR=ATTACKER), anna.username, PASSWORD))
    admin = Client(REMOTE_ADDR=ATTACKER)
    assert locked(admin.post("/admin/login/", {"username": "x", "password": "y"}))
    # Other addresses are not affected.
    assert sign_in(Client(REMOTE_ADDR="198.51.100.7"), anna.username, PASSWORD).status_code == 302


def test_one_user_name_is_still_locked_after_five_failures(anna):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for _ in range(4):
        assert sign_in(attacker, anna.username).status_code == 200
    assert locked(sign_in(attacker, anna.username))
    assert locked(sign_in(attacker, anna.username, PASSWORD))
    assert sign_in(attacker, "annan@example.se").status_code == 200  # the address is not


def test_signing_in_to_an_own_account_keeps_the_address_count(anna, settings):
    """django-axes resets every failure of the address on a successful sign-in; an
    attacker with an account of their own could spray without end."""
    own = User.objects.create_user("egen@example.se", "egen@example.se", PASSWORD)
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for number in range(settings.PORTAL_SIGN_IN_FAILURES_PER_ADDRESS - 1):
        sign_in(attacker, f"person{number}@example.se")
    assert sign_in(Client(REMOTE_ADDR=ATTACKER), own.username, PASSWORD).status_code == 302
    assert locked(sign_in(attacker, "person-sist@example.se"))
    assert locked(sign_in(attacker, anna.username, PASSWORD))


def test_behind_a_proxy_visitors_are_told_apart_by_the_forwarded_address(anna, settings):
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_REAL_IP", "REMOTE_ADDR"]
    proxy = "10.0.0.1"
    attacker = Client(REMOTE_ADDR=proxy, HTTP_X_REAL_IP=ATTACKER)
    for _ in range(5):
        sign_in(attacker, anna.username)
    assert locked(sign_in(attacker, anna.username, PASSWORD))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    visitor = Client(REMOTE_ADDR=proxy, HTTP_X_REAL_IP="198.51.100.8")
    assert sign_in(visitor, anna.username, PASSWORD).status_code == 302


def test_the_proxy_header_is_read_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.AXES_IPWARE_META_PRECEDENCE_ORDER, settings.AXES_IPWARE_PROXY_COUNT)"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "AXES_IPWARE_META_PRECEDENCE_ORDER": "HTTP_X_FORWARDED_FOR, REMOTE_ADDR",
        "AXES_IPWARE_PROXY_COUNT": "0",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert "['HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR'] 0" in result.stdout


# --- Glömt lösenord ------------------------------------------------------------------


def ask_for_reset(client, email):
    return client.post(RESET, {"email": email})


def test_reset_e_mails_to_one_address_are_limited(anna, settings):
    for number in range(settings.PORTAL_PASSWORD_RESETS_PER_EMAIL):
        client = Client(REMOTE_ADDR=f"198.51.100.{number + 10}")  # from anywhere
        assert ask_for_reset(client, anna.email).status_code == 302
    assert len(mail.outbox) == settings.PORTAL_PASSWORD_RESETS_PER_EMAIL
    response = ask_for_reset(Client(REMOTE_ADDR="198.51.100.99"), anna.email.upper())
    assert response.status_code == 429
    html = response.content.decode()
    assert "Vänta en stund" in html and 'role="alert"' in html
    assert len(mail.outbox) == settings.PORTAL_PASSWORD_RESETS_PER_EMAIL
    # Another address is not limited by it.
    User.objects.create_user("bo@example.se", "bo@example.se", PASSWORD)
    assert ask_for_reset(Client(), "bo@example.se").status_code == 302


def test_reset_requests_from_one_client_are_limited(anna, settings):
    flooder = Client(REMOTE_ADDR=ATTACKER)
    for number in range(settings.PORTAL_PASSWORD_RESETS_PER_CLIENT):
        assert ask_for_reset(flooder, f"person{number}@example.se").status_code == 302
    response = ask_for_reset(flooder, anna.email)
    assert response.status_code == 429 and "Vänta en stund" in response.content.decode()
    assert mail.outbox == []
    assert ask_for_reset(Client(REMOTE_ADDR="198.51.100.7"), anna.email).status_code == 302
    assert len(mail.outbox) == 1
