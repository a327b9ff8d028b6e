"""The web app in a real browser: Playwright for Python driving Debian's ``chromium`` against ``rasd serve``.

The server is the real command (``python -m rasd.cli serve``) on a free loopback port, over a temporary store
ingested from the bundled example articles. Skipped, with the reason shown, when Playwright or a ``chromium``
executable is missing (``.ci/run`` installs chromium with apt where it can). Screenshots go to a temporary folder
(printed in the test output); with ``RASD_SCREENSHOTS=DIR`` they are also copied there (``docs/img`` holds the
copies the docs show).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import EXAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright

    HAVE_PLAYWRIGHT = True
except ImportError:  # pragma: no cover - the test extra has it
    HAVE_PLAYWRIGHT = False

pytestmark = [
    pytest.mark.skipif(not HAVE_PLAYWRIGHT, reason="playwright is not installed (it is in the test extra)"),
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no chromium executable on PATH: the browser tests need Debian's chromium (apt-get install chromium; "
        ".ci/run installs it when it runs as root with apt)",
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read().decode("utf-8"))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``rasd serve`` over the example articles; yields its base URL."""
    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "examples.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("RASD_TILES_URL", None)
    ingest = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "ingest", str(EXAMPLES), "--db", str(db), "--jobs", "1", "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert ingest.returncode == 0, ingest.stderr
    port = _free_port()
    log = (tmp / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "rasd.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get_json(base + "/api")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(f"rasd serve did not start:\n{(tmp / 'serve.log').read_text()}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("screenshots")
    yield folder
    print(f"\nbrowser screenshots in {folder}")
    copy_to = os.environ.get("RASD_SCREENSHOTS")
    if copy_to:
        Path(copy_to).mkdir(parents=True, exist_ok=True)
        for png in folder.glob("*.png"):
            shutil.copy2(png, Path(copy_to) / png.name)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 1000}, locale="ar")
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    external: list[str] = []
    p.on("request", lambda r: external.append(r.url) if not r.url.startswith("http://127.0.0.1:") else None)
    yield p
    context.close()
    assert not errors, f"errors in the browser console: {errors}"
    assert not external, f"the page reached outside the server (it must work offline): {external}"


def _wait_loaded(page: Any) -> None:
    page.wait_for_selector("#events-count[data-loaded]", timeout=20000)
    assert page.get_attribute("#events-count", "data-loaded") == "1", page.inner_text("#events-count")


def test_dashboard_shows_the_events_on_the_map_and_the_timeline(server: str, page: Any, shots: Path) -> None:
    page.goto(server + "/")
    assert page.get_attribute("html", "dir") == "rtl" and page.get_attribute("html", "lang") == "ar"
    _wait_loaded(page)
    located = [e for e in _get_json(server + "/api/events?limit=1000")["items"] if e["lat"] is not None]
    assert located, "the examples have located events"
    assert int(page.get_attribute("#map", "data-markers") or 0) == len(located)
    page.wait_for_selector(".leaflet-marker-icon", timeout=10000)
    assert page.locator(".leaflet-marker-icon").count() > 0
    # the offline base layer: world-atlas's countries drawn from the vendored TopoJSON (about 240 of them)
    page.wait_for_function("document.querySelectorAll('#map .leaflet-overlay-pane path').length > 150", timeout=10000)
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("#events-table tbody tr").count() == min(50, _get_json(server + "/api/events")["total"])
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)


def test_dashboard_filter_by_type(server: str, page: Any, shots: Path) -> None:
    page.goto(server + "/")
    _wait_loaded(page)
    total_all = int(page.get_attribute("#events-count", "data-total") or 0)
    want = _get_json(server + "/api/events?type=Battles&limit=1000")
    assert 0 < want["total"] < total_all
    page.select_option("#f-type", "Battles")
    page.wait_for_function(
        "n => document.querySelector('#events-count').getAttribute('data-total') === String(n) && "
        "document.querySelector('#events-count').getAttribute('data-loaded') === '1'",
        arg=want["total"],
        timeout=20000,
    )
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == want["total"]
    assert {rows.nth(i).get_attribute("data-type") for i in range(rows.count())} == {"Battles"}
    located = sum(1 for e in want["items"] if e["lat"] is not None)
    assert int(page.get_attribute("#map", "data-markers") or 0) == located
    assert "type=Battles" in page.url
    page.screenshot(path=str(shots / "dashboard-battles.png"), full_page=True)


def test_event_page_highlights_the_evidence_by_its_spans(server: str, page: Any, shots: Path) -> None:
    page.goto(server + "/events?type=Shelling%2Fartillery%2Fmissile+attack")
    page.locator("#events-table tbody tr a").first.click()
    page.wait_for_selector("#article-text")
    article, event_id = page.url.rstrip("/").split("/")[-2:]
    detail = _get_json(f"{server}/api/events/{article}/{event_id}")
    evidence = detail["event"]["evidence"]
    assert detail["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    marked = "".join(page.locator("#article-text mark.hl-evidence").all_inner_texts())
    assert evidence["text"] in marked
    trigger = detail["event"]["trigger"]["text"]
    assert trigger in page.locator("#article-text mark.hl-trigger").all_inner_texts()
    if "place" in detail["entities"]:
        assert detail["entities"]["place"]["text"] in page.locator("#article-text mark.hl-place").all_inner_texts()
    # the page shows the article's whole text, character for character
    assert page.inner_text("#article-text").split() == detail["text"].split()
    page.locator("#article-text mark.hl-evidence").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "event.png"), full_page=True)


def test_search_an_inflected_form_shows_highlighted_snippets(server: str, page: Any, shots: Path) -> None:
    page.goto(server + "/search")
    page.fill("#q", "بالقصف")
    page.press("#q", "Enter")
    page.wait_for_selector("#hits-count")
    hits = page.locator("#hits li.hit-item")
    assert hits.count() >= 2
    marks = page.locator("#hits mark.hit").all_inner_texts()
    assert marks and all("قصف" in m for m in marks), marks
    assert "القصف" in marks or "بقصف" in marks  # other inflections than the one typed
    page.screenshot(path=str(shots / "search.png"), full_page=True)


def test_map_popup_leads_to_the_event(server: str, page: Any) -> None:
    page.goto(server + "/?type=Air%2Fdrone+strike")
    _wait_loaded(page)
    markers = page.locator(".leaflet-marker-icon.ev-marker")
    clusters = page.locator(".leaflet-marker-icon.marker-cluster")
    if markers.count() == 0:
        clusters.first.click()
        page.wait_for_selector(".leaflet-marker-icon.ev-marker", timeout=10000)
    # a click that lands while the map still animates (a cluster spreading, a zoom) opens no popup: click the
    # marker again until its popup shows (three tries), then follow the popup's link
    marker = page.locator(".leaflet-marker-icon.ev-marker").first
    link = page.locator(".leaflet-popup a.open-event")
    for _ in range(3):
        marker.click()
        try:
            link.wait_for(state="visible", timeout=5000)
            break
        except PlaywrightTimeoutError:
            continue
    link.click()
    page.wait_for_selector("#article-text mark.hl-evidence")
    assert "/events/" in page.url
