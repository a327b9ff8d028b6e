"""``rasd serve``'s JSON API and pages through FastAPI's TestClient, over a store ingested from the bundled examples
plus one article whose text and title carry HTML (``<script>``), which every page must show as text."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.errors import ConfigError

from .conftest import EXAMPLES

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that httpx will be replaced some day
    from fastapi.testclient import TestClient

from rasd.web.app import create_app
from rasd.web.highlight import HIT_CLOSE, HIT_OPEN, highlight, snippet_html

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE_TEXT = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف حياً سكنياً في مدينة تعز اليمنية يوم الاثنين. "
    "<script>alert('rasd')</script> وقال مصدر طبي إن <b>القصف</b> & الغارات مستمرة."
)
HOSTILE_TITLE = "<script>alert('title')</script> قصف على تعز"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from rasd.store.ingest import ingest_paths

    tmp = tmp_path_factory.mktemp("webapi")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(
        json.dumps(
            {
                "id": "hostile-1",
                "title": HOSTILE_TITLE,
                "published": "2023-11-20",
                "url": "https://hostile.example/1",
                "source": "hostile.example",
                "text": HOSTILE_TEXT,
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    db = tmp / "store.db"
    ingest_paths([str(EXAMPLES), str(hostile)], db=db, jobs=1)
    return db


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store, tiles_url="")) as c:
        yield c


@pytest.fixture(scope="module")
def sql(store: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(store)
    yield conn
    conn.close()


def _hostile_key(sql: sqlite3.Connection) -> str:
    return str(sql.execute("SELECT key FROM articles WHERE url = 'https://hostile.example/1'").fetchone()[0])


def assert_error(r: Any, status: int | tuple[int, ...], code: str | None = None) -> dict[str, Any]:
    """The response is a 4xx with the one error shape."""
    statuses = (status,) if isinstance(status, int) else status
    assert r.status_code in statuses, (r.status_code, r.text[:300])
    body = r.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "detail"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return dict(body["error"])


# ---- the API ----------------------------------------------------------------------------------------------------


def test_api_index_openapi_and_offline_docs(client: TestClient) -> None:
    assert "/api/events" in client.get("/api").json()["endpoints"]
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{key}", "/api/events", "/api/events/{article}/{event_id}",
                 "/api/entities", "/api/search", "/api/export", "/api/stats"):  # fmt: skip
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", docs.text)
    assert assets and all(a.startswith("/static/") or a == "/openapi.json" for a in assets), assets
    for a in assets:
        assert client.get(a).status_code == 200, a


def test_articles_list_counts_and_pages(client: TestClient, sql: sqlite3.Connection) -> None:
    n = sql.execute("SELECT count(*) FROM articles WHERE latest = 1").fetchone()[0]
    body = client.get("/api/articles", params={"limit": 3}).json()
    assert body["total"] == n and len(body["items"]) == 3
    rest = client.get("/api/articles", params={"limit": 100, "offset": 3}).json()["items"]
    ids = [a["id"] for a in body["items"]] + [a["id"] for a in rest]
    assert len(ids) == len(set(ids)) == n
    battles = client.get("/api/articles", params={"type": "Battles"}).json()
    want = sql.execute(
        "SELECT count(DISTINCT article) FROM events WHERE acled_event_type = 'Battles' OR acled_sub_event_type = "
        "'Battles'"
    ).fetchone()[0]
    assert battles["total"] == want > 0


def test_article_by_id_and_unknown_id(client: TestClient, sql: sqlite3.Connection) -> None:
    key = _hostile_key(sql)
    art = client.get(f"/api/articles/{key}").json()
    assert HOSTILE_TEXT in art["text"] and art["title"] == HOSTILE_TITLE
    for e in art["entities"]:
        assert art["text"][e["start"] : e["end"]] == e["text"]
    err = assert_error(client.get("/api/articles/0000000000000000000000000000000000000000"), 404, "not_found")
    assert "0000000000" in err["message"]


def test_events_filters_agree_with_sql(client: TestClient, sql: sqlite3.Connection) -> None:
    total = sql.execute("SELECT count(*) FROM events").fetchone()[0]
    assert client.get("/api/events").json()["total"] == total
    for t in ("Battles", "Air/drone strike", "battles"):
        items = client.get("/api/events", params={"type": t, "limit": 1000}).json()["items"]
        assert items and all(t.lower() in (i["acled_event_type"].lower(), i["acled_sub_event_type"].lower())
                             for i in items)  # fmt: skip
    none = client.get("/api/events", params={"type": "none"}).json()["items"]
    assert none and all(not i["acled_event_type"] for i in none)
    dated = client.get("/api/events", params={"from": "2024-01-01", "to": "2024-03-31", "limit": 1000}).json()
    assert dated["items"] and all("2024-01-01" <= i["date"][:10] <= "2024-03-31" for i in dated["items"])
    outside = sql.execute("SELECT count(*) FROM events WHERE date >= '2024-04' OR date < '2024'").fetchone()[0]
    assert dated["total"] < total - outside + 1
    dara = client.get("/api/events", params={"admin1": "dara"}).json()["items"]
    assert dara and {i["admin1"] for i in dara} == {"Dara"}
    houthi_en = client.get("/api/events", params={"actor": "Houthi"}).json()["items"]
    houthi_ar = client.get("/api/events", params={"actor": "جماعة الحوثي"}).json()["items"]
    assert houthi_en and [(i["article"], i["id"]) for i in houthi_en] == [(i["article"], i["id"]) for i in houthi_ar]
    src = client.get("/api/events", params={"source": "example-news.org"}).json()["items"]
    assert src and {i["article_source"] for i in src} == {"example-news.org"}
    rows = client.get("/api/events", params={"acled_row": "true", "limit": 1000}).json()
    assert rows["total"] == sql.execute("SELECT count(*) FROM events WHERE acled_row = 1").fetchone()[0]
    assert all(i["acled_row"] for i in rows["items"])


def test_event_by_id_with_mentions_claims_entities(client: TestClient, sql: sqlite3.Connection) -> None:
    article, event_id = sql.execute(
        "SELECT article, id FROM events WHERE acled_sub_event_type = 'Shelling/artillery/missile attack' AND "
        "actor1 LIKE '%Houthi%'"
    ).fetchone()
    d = client.get(f"/api/events/{article}/{event_id}").json()
    text = d["text"]
    assert d["mentions"] and all(text[m["start"] : m["end"]] == m["text"] for m in d["mentions"])
    assert d["claims"], "the Taiz shelling has its claims"
    for c in d["claims"]:
        assert text[c["content"]["start"] : c["content"]["end"]] == c["content"]["text"]
    actor1 = d["entities"]["actor1"]
    assert actor1["id"] == d["event"]["actor1"]["entity"] and text[actor1["start"] : actor1["end"]] == actor1["text"]
    assert d["entities"]["place"]["text"] in text
    roles = {s["role"] for s in d["spans"]}
    assert {"evidence", "trigger", "place", "actor", "claim"} <= roles
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in d["spans"])
    assert_error(client.get(f"/api/events/{article}/V999"), 404, "not_found")
    assert_error(client.get(f"/api/events/nope/{event_id}"), 404, "not_found")


def test_entities_grouped(client: TestClient) -> None:
    body = client.get("/api/entities", params={"type": "GPE", "limit": 5}).json()
    assert body["total"] > 5 and len(body["items"]) == 5
    assert all(i["type"] == "GPE" for i in body["items"])
    counts = [i["mentions"] for i in body["items"]]
    assert counts == sorted(counts, reverse=True)
    tafas = client.get("/api/entities", params={"name": "طفس"}).json()["items"]
    assert tafas and tafas[0]["name"] == "Tafas" and tafas[0]["articles"] >= 2


@pytest.mark.parametrize("form", ["الغارات", "غارة", "غارات", "والغارات", "بالغارة"])
def test_search_finds_every_inflection(client: TestClient, form: str) -> None:
    body = client.get("/api/search", params={"q": form}).json()
    titles = [h["title"] for h in body["items"]]
    assert any("غارة بطائرة مسيّرة" in (t or "") for t in titles), (form, titles)
    for h in body["items"]:
        assert h["highlights"] and "[" in h["snippet"]


def test_search_equals_the_store_search(client: TestClient, store: Path) -> None:
    from rasd.store.query import Filters, search
    from rasd.store.schema import open_store

    db = open_store(store, create=False)
    try:
        want = [h.to_dict() for h in search(db, "القصف", filters=Filters(event_type="Battles"), limit=20)]
    finally:
        db.close()
    got = client.get("/api/search", params={"q": "القصف", "type": "Battles"}).json()["items"]
    assert got == want


INJECTIONS = [
    '"',
    '""',
    '"غارة',
    'غارة"',
    '"غارة" "',
    "*",
    "غار*",
    "NEAR(غارة قصف)",
    "NEAR(",
    "غارة OR قصف",
    "OR",
    "AND NOT",
    "غارة NOT",
    "^غارة",
    "readings:غارة",
    "stems : قصف",
    "{readings stems}: غارة",
    "-غارة",
    "+",
    "(",
    ")",
    "غارة)",
    "'; DROP TABLE articles; --",
    "1' OR '1'='1",
    '" OR 1=1 --',
    "x UNION SELECT key FROM articles",
    "%",
    "_",
    "\\",
    "\x00",
    "غارة\x00قصف",
    "؟؟؟",
    "«",
    "«غارة",
    "﴾غارة﴿",
    "ﺍﻟﻐﺎﺭﺍﺕ",
    "ـــ",
    "ً",
    " ",
    "غ" * 500,
]


@pytest.mark.parametrize("q", INJECTIONS)
def test_search_injection_is_a_result_or_a_4xx_never_a_500(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    if r.status_code == 200:
        assert isinstance(r.json()["items"], list)
    else:
        assert_error(r, (400, 422), "invalid_parameter")
    page = client.get("/search", params={"q": q})
    assert page.status_code in (200, 400, 422), page.status_code


def test_search_edge_cases(client: TestClient) -> None:
    assert_error(client.get("/api/search"), 422, "invalid_parameter")  # no q
    assert_error(client.get("/api/search", params={"q": ""}), 422, "invalid_parameter")
    assert_error(client.get("/api/search", params={"q": "غ" * 501}), 422, "invalid_parameter")
    assert_error(client.get("/api/search", params={"q": "*"}), 400, "invalid_parameter")
    assert client.get("/api/search", params={"q": "'; DROP TABLE articles; --"}).json()["items"] == []
    assert client.get("/api/articles").json()["total"] > 0  # and the table is still there


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(min_size=1, max_size=60))
def test_search_any_text_never_500(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code < 500, (q, r.text[:200])
    if r.status_code != 200:
        assert_error(r, (400, 422))


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/events", {"from": "2024-13-01"}),
        ("/api/events", {"from": "yesterday"}),
        ("/api/events", {"to": "2024/01/01"}),
        ("/api/events", {"to": "2024-02-30"}),
        ("/api/events", {"from": "٢٠٢٤-٠١-٠١x"}),
        ("/api/articles", {"from": "2024-1-1x"}),
        ("/api/search", {"q": "غارة", "to": "not-a-date"}),
        ("/api/stats", {"from": "2024-00-10"}),
        ("/api/export", {"format": "jsonl", "from": "20240101T"}),
        ("/api/events", {"from": "9" * 50}),
    ],
)
def test_malformed_dates_are_422(client: TestClient, url: str, params: dict[str, str]) -> None:
    assert_error(client.get(url, params=params), 422, "invalid_parameter")


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/events", {"limit": "0"}),
        ("/api/events", {"limit": "-1"}),
        ("/api/events", {"limit": "abc"}),
        ("/api/events", {"limit": "100001"}),
        ("/api/events", {"offset": "-5"}),
        ("/api/events", {"acled_row": "maybe"}),
        ("/api/articles", {"limit": "1e9"}),
        ("/api/export", {}),
        ("/api/export", {"format": "xlsx"}),
        ("/api/entities", {"type": "x" * 50}),
        ("/api/events", {"type": "x" * 201}),
    ],
)
def test_bad_parameters_are_422_with_the_error_shape(client: TestClient, url: str, params: dict[str, str]) -> None:
    err = assert_error(client.get(url, params=params), 422, "invalid_parameter")
    assert isinstance(err["detail"], list) and err["detail"][0]["loc"]


def test_unknown_paths_and_methods(client: TestClient) -> None:
    assert_error(client.get("/api/nothing"), 404, "not_found")
    assert_error(client.get("/api/events/only-one-part"), 404, "not_found")
    assert_error(client.post("/api/events"), 405, "method_not_allowed")
    assert_error(client.get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 404, "not_found")
    assert client.get("/static/../app.py").status_code == 404


def test_export_formats(client: TestClient, store: Path) -> None:
    from rasd.export.acled import COLUMNS
    from rasd.store.export import export_store
    from rasd.store.query import Filters
    from rasd.store.schema import open_store

    r = client.get("/api/export", params={"format": "acled-csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert tuple(rows[0]) == COLUMNS and len(rows) > 1
    db = open_store(store, create=False)
    try:
        buf = io.StringIO()
        export_store(db, buf, fmt="acled-csv")
    finally:
        db.close()
    assert r.text == buf.getvalue()
    geo = client.get("/api/export", params={"format": "geojson", "type": "Battles"}).json()
    assert geo["type"] == "FeatureCollection"
    # the filters of `rasd export` are per article: the articles that have a battle, with all their events
    assert "Battles" in {f["properties"]["acled_event_type"] for f in geo["features"]}
    db = open_store(store, create=False)
    try:
        buf = io.StringIO()
        export_store(db, buf, fmt="geojson", filters=Filters(event_type="Battles"))
    finally:
        db.close()
    assert geo == json.loads(buf.getvalue())
    everything = client.get("/api/export", params={"format": "geojson"}).json()
    assert len(everything["features"]) > len(geo["features"])
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == client.get("/api/articles").json()["total"]
    assert all(json.loads(x)["schema"] == "rasd/1" for x in lines)


def test_stats_add_up(client: TestClient, sql: sqlite3.Connection) -> None:
    s = client.get("/api/stats").json()
    total = sql.execute("SELECT count(*) FROM events").fetchone()[0]
    assert s["totals"]["events"] == total == sum(r["n"] for r in s["by_type"]) == sum(r["n"] for r in s["by_admin1"])
    assert sum(r["n"] for r in s["by_day"]) == sum(r["n"] for r in s["by_day_type"])
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) for r in s["by_day"])
    day_total = sql.execute("SELECT count(*) FROM events WHERE length(date) >= 10").fetchone()[0]
    assert sum(r["n"] for r in s["by_day"]) == day_total
    b = client.get("/api/stats", params={"type": "Battles"}).json()
    assert [r["type"] for r in b["by_type"]] == ["Battles"]


# ---- the pages --------------------------------------------------------------------------------------------------


def test_pages_are_arabic_rtl_with_a_content_security_policy(client: TestClient, sql: sqlite3.Connection) -> None:
    article, event_id = sql.execute("SELECT article, id FROM events LIMIT 1").fetchone()
    for url in ("/", "/events", "/articles", "/search", "/search?q=قصف", f"/articles/{article}",
                f"/events/{article}/{event_id}"):  # fmt: skip
        r = client.get(url)
        assert r.status_code == 200, url
        assert '<html lang="ar" dir="rtl">' in r.text, url
        assert "script-src 'self'" in r.headers["content-security-policy"], url
        assert not re.search(r"<script(?![^>]*(src=\"/static/|type=\"application/json\"))", r.text), url


def test_page_errors_are_html_with_the_status(client: TestClient) -> None:
    r = client.get("/events/nope/V1")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "nope" in r.text
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/events", params={"from": "2024-99-99"}).status_code == 422
    assert client.get("/nothing-here").status_code == 404


def test_event_page_marks_the_evidence_by_its_span(client: TestClient) -> None:
    d = client.get("/api/events", params={"actor": "Houthi"}).json()["items"][0]
    detail = client.get(f"/api/events/{d['article']}/{d['id']}").json()
    html = client.get(d["url"]).text
    body = html[html.index('id="article-text"') :]
    ev = detail["event"]["evidence"]
    # the evidence is covered by marks carrying hl-evidence, in order, with nothing else between them
    pieces = re.findall(r'<mark class="hl ([^"]*)"[^>]*>([^<]*)</mark>', body)
    covered = "".join(t for cls, t in pieces if "hl-evidence" in cls.split())
    assert ev["text"].replace("&", "&amp;") in covered
    assert any("hl-trigger" in cls.split() and t == detail["event"]["trigger"]["text"] for cls, t in pieces)


def test_article_with_html_is_shown_as_text(client: TestClient, sql: sqlite3.Connection) -> None:
    key = _hostile_key(sql)
    events = client.get("/api/articles/" + key).json()["events"]
    assert events, "the hostile article has an event, so its event page is tested too"
    pages = [f"/articles/{key}", events[0]["url"], "/search?q=القصف", "/articles", "/events"]
    for url in pages:
        html = client.get(url).text
        assert "<script>alert" not in html and "<b>القصف</b>" not in html, url
        assert "&lt;script&gt;alert(" in html, url
    html = client.get(f"/articles/{key}").text
    assert "&lt;b&gt;" in html and "&amp; " in html


# ---- highlighting -----------------------------------------------------------------------------------------------


def test_highlight_nests_overlapping_spans_and_escapes() -> None:
    text = "أ<b>ب & ج</b>د"
    html = str(highlight(text, [(0, 8, "evidence", "دليل"), (1, 4, "trigger", '"x"<y>'), (20, 30, "place", "out")]))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'class="hl hl-evidence hl-trigger"' in html
    assert "&#34;x&#34;&lt;y&gt;" in html  # the label too
    stripped = re.sub(r"<[^>]+>", "", html)
    import html as htmlmod

    assert htmlmod.unescape(stripped) == text  # every character, once, in order
    assert str(highlight("abc", [(2, 1, "x", "bad"), (-1, 2, "x", "bad")])) == "abc"
    assert 'class="hl hl-scriptalert1"' in str(highlight("abc", [(0, 1, "<script>alert(1)", "x")]))


def test_snippet_html_escapes_and_pairs_marks() -> None:
    s = f"a <i> {HIT_OPEN}غارة{HIT_CLOSE} & {HIT_CLOSE}{HIT_OPEN}x"
    html = str(snippet_html(s))
    assert html == 'a &lt;i&gt; <mark class="hit">غارة</mark> &amp; <mark class="hit">x</mark>'


def test_a_missing_or_foreign_store_is_a_clear_error(tmp_path: Path) -> None:
    from rasd.cli import main

    with pytest.raises(ConfigError, match="no store"):
        create_app(tmp_path / "none.db")
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ConfigError, match="not a rasd store"):
        create_app(tmp_path / "junk.db")
    assert main(["serve", "--db", str(tmp_path / "none.db"), "--port", "0"]) == 2


def test_serving_never_writes_the_store(store: Path, client: TestClient) -> None:
    before = store.read_bytes()
    for url in ("/api/events", "/api/search?q=قصف", "/api/export?format=jsonl", "/", "/events"):
        client.get(url)
    assert store.read_bytes() == before


def test_event_shows_its_merged_event_when_the_store_has_one(client: TestClient, sql: sqlite3.Connection) -> None:
    tables = {r[0] for r in sql.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"merged_events", "merged_reports"} <= tables:
        pytest.skip("this store has no merge tables (the web app reads them only when present)")
    article, event_id, merged = sql.execute("SELECT article, event, merged FROM merged_reports LIMIT 1").fetchone()
    d = client.get(f"/api/events/{article}/{event_id}").json()
    n = sql.execute("SELECT count(*) FROM merged_reports WHERE merged = ?", [merged]).fetchone()[0]
    assert d["merged"]["id"] == merged and len(d["merged"]["reports"]) == n
    assert (article, event_id) in {(r["article"], r["event"]) for r in d["merged"]["reports"]}


def test_the_wheel_carries_the_templates_and_static_files() -> None:
    """Every file of the web app matches pyproject's package-data (tests/test_wheel.py builds the wheel itself)."""
    import glob
    import tomllib

    from .conftest import ROOT

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["rasd"]
    web = ROOT / "src" / "rasd" / "web"
    files = [p for d in ("templates", "static") for p in (web / d).rglob("*") if p.is_file()]
    assert len(files) > 20
    rel = [str(p.relative_to(ROOT / "src" / "rasd")) for p in files]
    package = ROOT / "src" / "rasd"
    matched = {m for pat in patterns for m in glob.glob(pat, root_dir=package, recursive=True)}
    missing = [r for r in rel if r not in matched]
    assert not missing, f"package-data misses {missing}"


def test_vendored_files_carry_their_licence_and_source() -> None:
    from .conftest import ROOT

    vendor = ROOT / "src" / "rasd" / "web" / "static" / "vendor"
    versions = (vendor / "VERSIONS.md").read_text(encoding="utf-8")
    folders = [p for p in vendor.iterdir() if p.is_dir()]
    assert {p.name for p in folders} >= {"leaflet", "leaflet.markercluster", "topojson-client", "world-atlas"}
    for folder in folders:
        assert (folder / "LICENSE").stat().st_size > 100, folder.name
        source = (folder / "SOURCE").read_text(encoding="utf-8")
        assert f"npm pack {folder.name}@" in source and "sha512-" in source
        assert f"| {folder.name} |" in versions


def test_tiles_are_off_by_default_and_an_option(
    store: Path, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def config(html: str) -> dict[str, Any]:
        block = re.search(r'<script type="application/json" id="config">(.*?)</script>', html, flags=re.S)
        assert block
        return dict(json.loads(block.group(1)))

    r = client.get("/")
    assert config(r.text)["tiles"] is None
    assert "img-src 'self' data:;" in r.headers["content-security-policy"]
    monkeypatch.setenv("RASD_TILES_URL", "https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    with TestClient(create_app(store)) as tiled:
        r = tiled.get("/")
    assert config(r.text)["tiles"] == "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    assert "img-src 'self' data: https://*.tiles.example.org;" in r.headers["content-security-policy"]
    assert client.head("/").status_code == 200 and client.head("/events").status_code == 200
