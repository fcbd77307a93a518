"""Every public page type is valid HTML: the Nu Html Checker (vnu.jar) finds no errors or
warnings in the HTML the live server sends."""

import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser_tests.pages import PAGES

ROOT = Path(__file__).resolve().parents[1]
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / "tools/node_modules/vnu-jar/build/dist/vnu.jar"))


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 (the local live server)
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is a page too
        return error.read()


@pytest.fixture(scope="module")
def vnu_messages(portal_server, tmp_path_factory):
    if not VNU_JAR.exists() or not shutil.which("java"):
        pytest.fail(f"vnu.jar ({VNU_JAR}) or java missing: run `make test-browser`")
    folder = tmp_path_factory.mktemp("html")
    for case in PAGES:
        (folder / f"{case.id}.html").write_bytes(fetch(portal_server.url + case.path))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", *[str(p) for p in folder.iterdir()]],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    by_page = {case.id: [] for case in PAGES}
    for message in messages:
        if message.get("type") == "info" and message.get("subType") != "warning":
            continue
        # vnu names files as "file:/tmp/.../<case id>.html"; anything else is a failure too.
        page_id = Path(urlparse(message.get("url", "")).path).stem
        by_page.setdefault(page_id, []).append(message)
    assert set(by_page) == {case.id for case in PAGES}, by_page
    return by_page


@pytest.mark.parametrize("case", PAGES, ids=[case.id for case in PAGES])
def test_page_is_valid_html(vnu_messages, case):
    problems = [
        f"line {m.get('lastLine')}: {m.get('type')}/{m.get('subType', '')}: {m['message']}"
        for m in vnu_messages[case.id]
    ]
    assert problems == [], f"{case.path}\n" + "\n".join(problems)
