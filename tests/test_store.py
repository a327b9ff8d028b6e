"""The store: idempotent ingest, revisions, kill -9 and resume, Arabic search, bad articles, exports (articles
written for rasd)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.cli import main
from rasd.errors import ConfigError, InputError
from rasd.settings import Settings
from rasd.store import SCHEMA_VERSION, Filters, export_store, ingest_paths, open_store, search
from rasd.store.analyze import parse_query, query_stem, word_readings

from .conftest import EXAMPLES, ROOT

# Short articles in the style of the examples; each is one JSONL line.
STRIKE = {
    "id": "strike",
    "title": "مقتل خمسة مدنيين في الغارات على أريحا",
    "published": "2021-03-14",
    "url": "https://news.example/strike",
    "source": "news.example",
    "text": "قتل خمسة مدنيين، يوم أمس السبت، في غارات شنها الطيران الروسي على مدينة أريحا جنوبي إدلب.",
}
SHELLING = {
    "id": "shelling",
    "title": "قصف مدفعي على بلدة في ريف حماة",
    "published": "2021-04-02",
    "url": "https://news.example/shelling",
    "source": "other.example",
    "text": "وأفاد ناشطون بأن قوات النظام قصفت بالمدفعية بلدة كفرزيتا في ريف حماة بالتزامن مع الغارة على أطرافها.",
}
PROTEST = {
    "id": "protest",
    "title": "تظاهرة في السويداء",
    "published": "2021-05-10",
    "url": "https://news.example/protest",
    "source": "news.example",
    "text": "تظاهر المئات في مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية، ورفعوا لافتات تندد بالغلاء.",
}
CAVE = {  # مغارة (a cave) is not غارة (a raid)
    "id": "cave",
    "title": "اكتشاف مغارة أثرية",
    "published": "2021-06-01",
    "url": "https://news.example/cave",
    "source": "news.example",
    "text": "أعلنت مديرية الآثار اكتشاف مغارة أثرية قرب مدينة صافيتا تعود إلى العصر الروماني.",
}


def _jsonl(path: Path, articles: list[dict[str, Any]], *, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(a, ensure_ascii=False) for a in articles] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dump(db_file: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the FTS shadow tables included), to compare two states of a store."""
    conn = sqlite3.connect(db_file)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    conn.close()
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store")
    src = _jsonl(root / "news.jsonl", [STRIKE, SHELLING, PROTEST, CAVE])
    db = root / "rasd.db"
    report = ingest_paths([src], db=db, jobs=1)
    assert (report.new, report.unchanged, report.revised, report.total) == (4, 0, 0, 4)
    return db


# ----------------------------------------------------------------------------------------------- analysis
@pytest.mark.parametrize(
    ("words", "stem"),
    [
        (("غارة", "الغارات", "غارات", "والغارات", "بالغارات", "بالغارة", "للغارات"), "غار"),
        (("أحمد", "احمد", "أحْمَد"), "احمد"),
        (("إدلب", "ادلب"), "ادلب"),
        (("القوات", "قوات", "قوة"), "قو"),
        (("المسلحين", "مسلحون", "مسلحين"), "مسلح"),
    ],
)
def test_inflections_share_one_query_stem(words: tuple[str, ...], stem: str) -> None:
    assert {query_stem(w) for w in words} == {stem}


@pytest.mark.parametrize(("word", "other"), [("مغارة", "غارة"), ("بلد", "لد"), ("وزير", "زير")])
def test_a_word_that_only_looks_inflected_keeps_its_own_stem(word: str, other: str) -> None:
    assert query_stem(word) != query_stem(other)


_PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "وبال", "ولل"]


@given(st.sampled_from(_PROCLITICS), st.sampled_from(["غارة", "لبنان", "قوات", "إدلب", "مسلحين", "حماة", "وزير"]))
def test_the_query_stem_of_a_word_is_a_reading_of_every_prefixed_form(prefix: str, word: str) -> None:
    assert query_stem(word) in word_readings(prefix + word)


def test_a_query_without_words_fails_at_once_and_quotes_are_never_fts_syntax() -> None:
    with pytest.raises(ConfigError, match="no word"):
        parse_query('" ؟ - "')
    q = parse_query('غارة "ريف حماة" OR NEAR(')
    assert q.phrases == (("ريف", "حما"),) and "or" in q.words and '"' not in "".join(q.words)


# ----------------------------------------------------------------------------------------------- ingest
def test_ingesting_the_same_articles_again_changes_nothing(store: Path, tmp_path: Path) -> None:
    before = _dump(store)
    again = _jsonl(tmp_path / "again.jsonl", [STRIKE, SHELLING, PROTEST, CAVE])
    report = ingest_paths([again], db=store, jobs=1)
    assert (report.new, report.unchanged, report.revised) == (0, 4, 0)
    assert _dump(store) == before


def test_a_new_text_at_a_stored_url_is_a_revision(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    first = _jsonl(tmp_path / "v1.jsonl", [STRIKE])
    ingest_paths([first], db=db, jobs=1)
    fixed = {**STRIKE, "text": STRIKE["text"].replace("خمسة", "سبعة")}
    report = ingest_paths([_jsonl(tmp_path / "v2.jsonl", [fixed])], db=db, jobs=1)
    assert (report.new, report.revised) == (0, 1)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT revision, latest, previous, text, key FROM articles ORDER BY revision").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(1, 0), (2, 1)] and "سبعة" in rows[1][3]
    assert rows[1][2] == conn.execute("SELECT key FROM articles WHERE revision = 1").fetchone()[0]
    s = open_store(db)
    hits = search(s, "غارات")
    exported = io.StringIO()
    export_store(s, exported, fmt="jsonl")
    s.close()
    assert len(hits) == 1 and hits[0].key == rows[1][4]  # only the latest revision is searched
    (line,) = exported.getvalue().splitlines()  # and exported
    assert "سبعة" in json.loads(line)["text"]


def test_bad_articles_are_stored_with_their_error(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "bad.jsonl", [STRIKE], extra_lines=("{not json", "", '{"id": "x", "text": 5}'))
    db = tmp_path / "b.db"
    report = ingest_paths([src], db=db, jobs=1)
    assert (report.total, report.new, report.errors) == (4, 4, 3)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT origin, errors FROM articles WHERE n_errors > 0 ORDER BY origin").fetchall()
    assert [r[0].rsplit(":", 1)[1] for r in rows] == ["2", "3", "4"]  # three bad lines, three rows
    assert "not valid JSON" in json.loads(rows[0][1])[0]["message"]
    assert ingest_paths([src], db=db, jobs=1).unchanged == 4  # and a rerun keeps them once


def test_bad_calls_fail_at_once(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no file matches"):
        ingest_paths([str(tmp_path / "*.jsonl")], db=tmp_path / "x.db")
    with pytest.raises(ConfigError, match="--jobs"):
        ingest_paths([EXAMPLES], db=tmp_path / "x.db", jobs=0)
    with pytest.raises(ConfigError, match="no store"):
        open_store(tmp_path / "missing.db", create=False)
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ConfigError, match="not a rasd store"):
        open_store(tmp_path / "junk.db")


def test_store_is_wal_with_a_schema_version(store: Path) -> None:
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION >= 2
    n_events = conn.execute("SELECT sum(n_events) FROM articles").fetchone()[0]
    assert n_events and n_events == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    doc = json.loads(conn.execute("SELECT json FROM articles WHERE input_id = 'strike'").fetchone()[0])
    assert doc["schema"] == "rasd/1" and doc["events"]  # the whole rasd/1 document is kept
    spans = conn.execute(
        "SELECT a.text, m.start, m.end, m.text FROM event_mentions m JOIN articles a ON a.key = m.article"
    )
    assert all(text[s:e] == t for text, s, e, t in spans)


# ----------------------------------------------------------------------------------------------- search
@pytest.mark.parametrize("query", ["غارة", "الغارات", "غارات", "بالغارة", "والغارات"])
def test_search_finds_the_same_articles_across_inflections(store: Path, query: str) -> None:
    db = open_store(store)
    hits = search(db, query)
    db.close()
    assert {h.url.rsplit("/", 1)[1] for h in hits if h.url} == {"strike", "shelling"}
    assert all("[" in h.snippet for h in hits)


def test_search_never_finds_a_word_that_only_looks_alike(store: Path) -> None:
    db = open_store(store)
    cave = search(db, "مغارة")
    assert [h.url for h in cave] == [CAVE["url"]] and "[مغارة]" in cave[0].snippet
    assert search(db, "غارة مغارة") == []  # every word must be found
    assert [h.url for h in search(db, '"ريف حماة"')] == [SHELLING["url"]]
    assert search(db, 'غارة" OR ) NEAR(* "') == []  # FTS5 syntax in a query is read as words, never as syntax
    db.close()


def test_search_filters(store: Path) -> None:
    db = open_store(store)

    def urls(query: str, **kw: Any) -> set[str]:
        return {h.url.rsplit("/", 1)[1] for h in search(db, query, filters=Filters(**kw)) if h.url}

    assert urls("مدينة", source="news.example") == {"strike", "protest", "cave"}
    assert urls("مدينة", date_from="2021-05-01") == {"protest", "cave"}
    assert urls("مدينة", date_to="2021-03-31") == {"strike"}
    assert urls("مدينة", place="أريحا") == {"strike"}
    assert urls("مدينة", event_type="Protests") == {"protest"}
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        Filters(date_from="14/03/2021")
    db.close()


def test_search_command(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "بالغارة", "--db", str(store), "--json", "--limit", "1"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    text = sqlite3.connect(store).execute("SELECT text FROM articles WHERE key = ?", [hit["id"]]).fetchone()[0]
    assert hit["highlights"] and all(query_stem(text[s:e]) == "غار" for s, e in hit["highlights"])
    assert main(["search", "كلمةغائبة", "--db", str(store)]) == 1
    assert main(["search", "غارة", "--db", str(tmp_path / "none.db")]) == 2
    assert "no store" in capsys.readouterr().err


# ----------------------------------------------------------------------------------------------- exports
def _rows(text: str) -> list[dict[str, str]]:
    return [{k: v for k, v in r.items() if k != "timestamp"} for r in csv.DictReader(io.StringIO(text))]


def test_exports_equal_rasd_extract_on_the_same_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "e.db")
    inputs = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".md", ".html", ".jsonl"))
    assert main(["ingest", *inputs, "--db", db, "--jobs", "1", "--quiet"]) == 0
    assert "new" in capsys.readouterr().out
    for fmt in ("acled-csv", "geojson", "jsonl"):
        assert main(["extract", *inputs, "--format", fmt, "-o", str(tmp_path / f"x.{fmt}")]) == 0
        assert main(["export", "--format", fmt, "--db", db, "-o", str(tmp_path / f"s.{fmt}")]) == 0
        want, got = (tmp_path / f"x.{fmt}").read_text("utf-8"), (tmp_path / f"s.{fmt}").read_text("utf-8")
        if fmt == "acled-csv":
            assert _rows(got) == _rows(want) and len(_rows(got)) >= 5
        elif fmt == "geojson":
            assert json.loads(got) == json.loads(want) and json.loads(got)["features"]
        else:
            assert got == want
    monkeypatch.setenv("RASD_DB", db)  # the store named by the environment
    assert main(["export", "--format", "jsonl", "--type", "air/drone strike"]) == 0
    strikes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert strikes and all(any(e["acled_sub_event_type"] == "Air/drone strike" for e in d["events"]) for d in strikes)
    assert len(strikes) < len((tmp_path / "s.jsonl").read_text("utf-8").splitlines())


# ----------------------------------------------------------------------------------------------- kill -9
def test_a_kill_in_the_middle_leaves_a_consistent_store_and_a_rerun_completes_it(tmp_path: Path) -> None:
    n = 300
    articles = [
        {
            "id": f"a{i}",
            "title": f"خبر رقم {i}",
            "url": f"https://news.example/{i}",
            "text": f"قتل {i % 9 + 2} مدنيين في غارة على بلدة في ريف إدلب يوم الأحد، بحسب الدفاع المدني. رقم {i}",
        }
        for i in range(n)
    ]
    src = _jsonl(tmp_path / "many.jsonl", articles)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(src), "--db", str(db), "--jobs", "1", "--batch-size", "5"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:  # the schema is being created
                stored = 0
            if stored >= 10:
                break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < n and stored % 5 == 0  # whole batches only
    assert conn.execute("SELECT count(*) FROM article_index").fetchone()[0] == stored
    assert (
        conn.execute("SELECT sum(n_events) FROM articles").fetchone()[0]
        == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    )
    conn.close()
    report = ingest_paths([src], db=db, jobs=1, settings=Settings())
    assert (report.unchanged, report.new) == (stored, n - stored)
    s = open_store(db)
    assert len(search(s, "الغارات", limit=1000)) == n
    s.close()
