"""Run against a migrated database (in a subprocess): render pages and say which class
loads each page.

    DATABASE_URL=sqlite:////path/db.sqlite3 python -m portal.tests.upgrade.probe IN.json OUT.json

IN.json is {url: title}. OUT.json holds, per URL, the status code and whether the title
is in the body; per page id, the dotted path of the class `Page.specific` loads and of
`Page.specific_class`.
"""

import json
import os
import sys


def dotted(klass):
    return f"{klass.__module__}.{klass.__qualname__}" if klass else None


def renders(titles):
    from django.test import Client
    from django.utils.html import escape

    client = Client()
    result = {}
    for url, title in titles.items():
        response = client.get(url)
        body = response.content.decode(response.charset or "utf-8", errors="replace")
        result[url] = {
            "status": response.status_code,
            "title_shown": title in body or escape(title) in body,
        }
    return result


def page_classes():
    from wagtail.models import Page

    result = {}
    for page in Page.objects.order_by("pk"):
        try:
            loaded = dotted(type(page.specific))
        except Exception as exc:  # noqa: BLE001 (reported, the test compares it)
            loaded = f"error: {type(exc).__name__}: {exc}"
        result[str(page.pk)] = {"specific": loaded, "specific_class": dotted(page.specific_class)}
    return result


def main(argv):
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()  # the test client's host, and e-mail kept in memory
    with open(argv[1], encoding="utf-8") as handle:
        titles = json.load(handle)
    data = {"renders": renders(titles), "page_classes": page_classes()}
    with open(argv[2], "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
