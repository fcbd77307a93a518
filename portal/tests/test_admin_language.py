"""The admin is Swedish everywhere an editor looks.

Wagtail, django-taggit and django-filter lack Swedish for some of their strings; the
project's own catalogue (`locale/sv/LC_MESSAGES`) gives them, and its compiled `.mo` is
kept in the repository (README, "Reporting online"). These tests fail when an upgrade
brings a string without Swedish, when the `.mo` is older than its `.po`, or when a page
an editor opens shows one of those packages' English sentences.
"""

import ast
import gettext
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils.translation.trans_real import DjangoTranslation

from testing.helpers import publish_report

# Packages whose strings editors see in the admin (their apps that are installed).
PACKAGES = ("wagtail", "taggit", "django_filters")
OWN_CATALOGUES = Path(settings.BASE_DIR) / "locale" / "sv" / "LC_MESSAGES"


def read_po(path):
    """[(context, msgid, msgid_plural, [msgstr, ...])] of a .po file (no obsolete entries)."""
    entries, entry, key = [], None, None
    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip() or line.startswith("#"):
            if entry and not line.startswith("#"):
                entries.append(entry)
                entry = None
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            entry[key] += ast.literal_eval(line)
            continue
        entry = entry or {"msgctxt": None, "msgid_plural": None}
        key = keyword
        entry[key] = ast.literal_eval(rest)
    return [
        (
            e["msgctxt"],
            e["msgid"],
            e["msgid_plural"],
            [e[k] for k in sorted(e) if k.startswith("msgstr")],
        )
        for e in entries
        if e.get("msgid")
    ]


def source_catalogues():
    """(app label, domain, .po holding every msgid) for each installed app of PACKAGES."""
    for config in apps.get_app_configs():
        if not config.name.startswith(PACKAGES):
            continue
        locale = Path(config.path) / "locale"
        for domain in ("django", "djangojs"):
            # The English catalogue lists every msgid; django-filter ships none, any will do.
            candidates = sorted(locale.glob(f"*/LC_MESSAGES/{domain}.po"))
            english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
            source = english if english.exists() else (candidates[0] if candidates else None)
            if source is not None:
                yield config.label, domain, source, locale


def catalogue_key(context, msgid):
    return f"{context}\x04{msgid}" if context else msgid


def test_every_string_of_the_admin_packages_has_swedish():
    missing = []
    django_catalogue = DjangoTranslation("sv")._catalog
    for label, domain, source, locale in source_catalogues():
        if domain == "django":
            catalogue = django_catalogue
        else:  # the admin's JavaScript catalogue, as /admin/jsi18n/ builds it
            catalogue = DjangoTranslation("sv", domain=domain, localedirs=[locale])._catalog
        for context, msgid, plural, _ in read_po(source):
            key = catalogue_key(context, msgid)
            if ((key, 0) if plural else key) not in catalogue:
                missing.append(f"{label} ({domain}): {msgid!r}")
    assert not missing, f"{len(missing)} strings without Swedish:\n" + "\n".join(missing)


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_catalogue_matches_its_po(domain):
    with open(OWN_CATALOGUES / f"{domain}.mo", "rb") as compiled:
        mo = gettext.GNUTranslations(compiled)
    for context, msgid, plural, strings in read_po(OWN_CATALOGUES / f"{domain}.po"):
        if plural:
            translated = [
                mo.npgettext(context, msgid, plural, n)
                if context
                else mo.ngettext(msgid, plural, n)
                for n in (1, 2)
            ]
            assert translated == strings, msgid
        else:
            translated = mo.pgettext(context, msgid) if context else mo.gettext(msgid)
            assert translated == strings[0], msgid


# --- What an editor sees ---------------------------------------------------------------


def visible_text(html):
    html = re.sub(r"<(script|template|svg|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'")


def english_sentences():
    """The packages' English strings of two words or more, without placeholders or
    markup, except those whose Swedish is the same: none may be left on a page."""
    sentences = set()
    catalogue = DjangoTranslation("sv")._catalog
    for _, domain, source, _ in source_catalogues():
        for context, msgid, plural, _ in read_po(source):
            if domain != "django" or plural or re.search(r"[%{<]", msgid):
                continue
            if len(msgid.split()) >= 2 and catalogue.get(catalogue_key(context, msgid)) != msgid:
                sentences.add(msgid.strip())
    return sentences


def admin_pages(site_pages):
    """The admin pages an editor opens, on the content `site_pages` built."""
    report, method, index = site_pages.report, site_pages.method, site_pages.reports
    search = urlencode({"q": method.title.split()[0]})
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[index.pk]),
        reverse("wagtailadmin_pages:edit", args=[report.pk]),
        reverse("wagtailadmin_pages:edit", args=[method.pk]),
        reverse("wagtailadmin_pages:history", args=[report.pk]),
        f"{reverse('wagtailadmin_pages:search')}?{search}",
        "/admin/slutrapporter/",
        "/admin/slutrapporter/?needs_review=true",
        "/admin/projektledare/",
        "/admin/projektledare/new/",
        "/admin/projektledare/?q=zzz",
        "/admin/snippets/taggit/tag/",
        "/admin/snippets/core/municipality/?q=vax",
        "/admin/reports/workflow/",
        "/admin/reports/aging-pages/",
        "/admin/searchpicks/",
        "/admin/documents/",
        "/admin/images/",
    ]


def test_no_english_sentence_on_the_pages_an_editor_opens(editor_client, site_pages):
    sentences = english_sentences()
    found = {}
    for url in admin_pages(site_pages):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        left = sorted(sentence for sentence in sentences if sentence in text)
        if left:
            found[url] = left
    assert not found, found


def test_empty_listings_and_counts_are_swedish(editor_client, site_pages):
    text = visible_text(editor_client.get("/admin/projektledare/").content.decode())
    assert "Det finns inga inbjudningar att visa" in text
    assert "There are no" not in text
    text = visible_text(editor_client.get("/admin/projektledare/?q=zzz").content.decode())
    assert "Inga inbjudningar matchade din sökning" in text
    index = site_pages.reports
    assert [page.pk for page in index.get_children()] == [site_pages.report.pk]
    publish_report("En andra rapport", parent=index)
    text = visible_text(editor_client.get(f"/admin/pages/{index.pk}/").content.decode())
    assert "1–2 av 2 sidor" in text and " of " not in text
    assert re.search(
        r"\d+–\d+ av \d+ slutrapporter",
        visible_text(editor_client.get("/admin/slutrapporter/").content.decode()),
    )


def test_the_admin_scripts_speak_swedish(editor_client):
    response = editor_client.get(reverse("wagtailadmin_javascript_catalog"))
    assert "Sparar automatiskt" in response.content.decode()
