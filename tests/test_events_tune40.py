"""Round 30's BLIND events file of SHORTER articles (benchmarks/data/events_tune40.jsonl, helper bt26): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune40.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, and a third-from-last in 0-7, a, b,
:data:`draws.ROUND30_EVENTS_THIRD`: round 30's claims check29 takes 8, 9, c-f there), articles of 250-3,000
characters, disjoint from every other annotated file of benchmarks/data/ (also by url without its query string, by
text, by content hash and by six-word runs: select_events_tune40.near_copies), the draw re-run giving exactly its
articles, and read by bench_events' --split tune40. Nothing here runs rasd on it."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.blind_file_checks import (
    _check_blind_long_draw_rule,
    assert_disjoint_from_every_other_file,
    check_bench_reads,
    check_blind_file,
    check_long_article_file,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE40 = (14, 4, 23, 12)
#: decided before the draw from the lead's counts after ROUND30_FILES (this range: yemen 22, syria 1, negatives 202,
#: the other place pools empty): the one syria article, yemen 10 (about half its pool), the negatives keep 4
SIZES = {"yemen": 10, "syria": 1, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: what each pool gave (after the copy exclusions: yemen 13, syria 0, negative 160; the syria article was a
#: bare-url/text copy of an annotated one and the pool gave nothing)
POOLS = {"yemen": 10, "negative": 4}
CHARS = (250, 3000)
RELEASED = frozenset({"events_tune39.jsonl", "claims_check28.jsonl", "events_rowjudge7.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune40.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune40")


def test_tune40_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE40
    check_blind_file("tune40", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune40", "01234567ab", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune40_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    for r in _records("events_tune40.jsonl"):
        assert r["notes"]
        for e in r["events"]:
            assert e["country_iso3"] and e["note"] and e["location"] and e["location"]["name"]
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            location = e["location"]
            assert (location["lat"] is None) == (location["lon"] is None)
            assert location["lat"] is None or location["geo_precision"] in (1, 2)
            scored = e["granularity"] == "discrete" and not e["historical"]
            assert e["admin1"] or not scored
            if e["date"]:
                assert len(e["date"]) == 10 and e["date"] <= r["published"]
                if scored:
                    assert e["date"][:7] in {r["published"][:7], "2015-07"}


def test_tune40_disjoint_from_every_other_annotated_file() -> None:
    assert_disjoint_from_every_other_file("events_tune40.jsonl")
    # round 27's lesson: no url of another annotated file equals one of these without its query string either;
    # round 29's: no annotated record carries the content hash of one of these
    bare_url = _select().bare_url
    bare = {bare_url(r["key"]["url"]) for r in _records("events_tune40.jsonl")}
    hashes = {r["content_sha1"] for r in _records("events_tune40.jsonl")}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != "events_tune40.jsonl":
            records = _records(path.name)
            urls = {r["key"]["url"] for r in records if isinstance(r.get("key"), dict)}
            assert not bare & {bare_url(u) for u in urls}, path.name
            assert not hashes & {r.get("content_sha1") for r in records}, path.name


_TEXT = "قالت مصادر محلية إن طائرات التحالف شنت غارات على مواقع المسلحين شرق المدينة صباح اليوم وأسفرت عن مقتل عدد منهم"


_OWN = (
    "وأوضح المتحدث في مؤتمر صحفي عقده مساء أمس أن فرق الإسعاف نقلت الجرحى إلى مستشفى المدينة المركزي وأن السلطات "
    "فتحت تحقيقا في ملابسات الحادث ودعت السكان إلى الابتعاد عن المواقع العسكرية حتى إشعار آخر"
)


def test_near_copies_skip_an_article_sharing_half_its_six_word_runs_with_one_annotated_text() -> None:
    """Round 30's content check (round 29's lesson: tune39 drew an 88 % copy of a tune19 text): an article half or
    more of whose distinct six-word runs occur in ONE annotated text is skipped, under any url and zip date; an
    article sharing less, or sharing runs spread over two texts none of which holds half, is kept."""
    near_copies = _select().near_copies
    other = (
        "وفي سياق آخر أعلنت الحكومة عن خطة جديدة لإعادة إعمار المدارس والمستشفيات في المحافظات الجنوبية خلال العام "
        "المقبل"
    )
    words = _TEXT.split()
    rows = [
        ("2015-07-20", {"url": "http://a.example/annotated", "content": _TEXT}),
        ("2015-07-21", {"url": "http://a.example/second", "content": other}),
        # the agency story again in another paper, with a sentence of its own: most of its runs are the text's
        ("2015-07-22", {"url": "http://b.example/copy", "content": _TEXT + " وأضافت المصادر أن الوضع هادئ"}),
        # a short quote of the text inside a long story of its own: under half
        ("2015-07-22", {"url": "http://c.example/quote", "content": " ".join(words[:8]) + " " + _OWN}),
        # half of one text and half of the other, each under half of the article's runs
        (
            "2015-07-23",
            {"url": "http://d.example/mix", "content": " ".join(words[:9]) + " كما " + " ".join(other.split()[:9])},
        ),
    ]
    skip = {("2015-07-20", "http://a.example/annotated"), ("2015-07-21", "http://a.example/second")}
    assert near_copies(rows, skip) == {("2015-07-22", "http://b.example/copy")}
    # a text of a url given apart (the claims judgments' articles) counts as annotated too
    assert near_copies(rows[2:], set(), frozenset({"http://a.example/annotated"})) == set()
    assert near_copies(rows, set(), frozenset({"http://a.example/annotated"})) == {
        ("2015-07-22", "http://b.example/copy")
    }


def test_tune39_copy_exclusions_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tune38's bare-url/text copies and tune39's content-hash copies are still left out, and every annotated file's
    hashes are read, tune39's (released at round 30's start) among them."""
    sel = _select()
    rows = [
        ("2015-07-20", {"url": "http://a.example/n/1", "content": " نص الخبر الأول "}),
        ("2015-07-21", {"url": "http://a.example/n/1?weekly", "content": "نص آخر"}),
        ("2015-07-22", {"url": "http://b.example/x", "content": "نص الخبر الأول"}),
        ("2015-07-22", {"url": "http://c.example/y", "content": "خبر ثالث"}),
    ]
    assert sel.copies_of_excluded(rows, {("2015-07-20", "http://a.example/n/1")}) == {
        ("2015-07-21", "http://a.example/n/1?weekly"),
        ("2015-07-22", "http://b.example/x"),
    }
    assert sel.copies_by_hash(rows, {sel.sha12("خبر ثالث")}) == {("2015-07-22", "http://c.example/y")}
    tune39 = {r["content_sha1"] for r in _records("events_tune39.jsonl")}
    assert tune39 <= sel.excluded_hashes(sel.EXCLUDED_FILES)
    (tmp_path / "claims_judged18.jsonl").write_text(
        json.dumps({"article": {"zip": "2015-07-20", "url": "http://j.example/1"}, "verdict": "x"}) + "\n",
        encoding="utf-8",
    )
    sel.judged_urls.cache_clear()
    try:
        with monkeypatch.context() as patch:
            select_claims_check28 = importlib.import_module("select_claims_check28")

            patch.setattr(select_claims_check28, "DATA", tmp_path)
            assert sel.judged_urls() == frozenset({"http://j.example/1"})
    finally:
        sel.judged_urls.cache_clear()


def test_tune40_draw_rule_is_the_committed_one() -> None:
    """tune39's rule with round 30's constants: the seed, the sizes, a-f second-to-last and a third-from-last in 0-7,
    a, b (``draws.ROUND30_EVENTS_THIRD``; round 30's claims check29 takes 8, 9, c-f, so the two cannot meet), every
    annotated file at round 30's start excluded (``draws.ROUND30_FILES``, round 29's released files among them),
    and the six-word-run share of check28 (one half)."""
    import draws

    sel = _check_blind_long_draw_rule(
        "tune40",
        "01234567ab",
        RELEASED,
        draws.ROUND30_FILES,
        seed=20302040,
        negatives=4,
        sizes=SIZES,
        chars=CHARS,
    )
    assert sel.THIRD_DIGITS == draws.ROUND30_EVENTS_THIRD
    assert not sel.THIRD_DIGITS & draws.ROUND30_CLAIMS_THIRD
    assert not sel.HASH_DIGITS & frozenset("0123456789")
    assert sel.SHARE == 0.5


@pytest.mark.skipif(not any((SHARED / "data" / "news" / "saudinewsnet").glob("*.zip")), reason="no corpus")
def test_tune40_draw_gives_the_files_articles() -> None:
    check_draw_gives(_select(), DATA / "events_tune40.jsonl")


def test_bench_reads_tune40() -> None:
    check_bench_reads("tune40")
