"""Round 23 (sp4): the word analysis that every matcher shares carries the text's distinct words and the gaps between
its words, read by ``LexiconMatcher.find_all`` instead of a ``set(words)`` and a slice of the view per trie step.

These tests pin that the shared fields are exactly what they stand for (also for a text with a URL, whose words are
read with the URL blanked but whose gaps must be the view's own characters), and that matching across such gaps is
what it was."""

from __future__ import annotations

from rasd.text.matcher import LexiconMatcher, _analyze, cached_view
from rasd.text.normalize import normalize_view


def _check(text: str) -> None:
    view = normalize_view(text)
    an = _analyze(view)
    assert an.types == frozenset(an.words)
    assert len(an.gaps) == max(len(an.words) - 1, 0)
    for k, gap in enumerate(an.gaps):
        assert gap == view.text[an.ends[k] : an.starts[k + 1]]


def test_gaps_and_types_plain_text() -> None:
    _check("قال مسؤول في وزارة الداخلية إن 12 شخصا قتلوا في انفجار بمدينة حمص، وأصيب 30 آخرون.")


def test_gaps_and_types_with_url_and_edges() -> None:
    _check("  تابعوا الخبر على https://example.com/news/2016 أو www.example.org ثم  اقرأوا البيان ")
    _check("")
    _check("؟!")
    _check("كلمة")


def test_entry_does_not_match_across_a_url() -> None:
    # the URL is blanked for the words, but the characters between "شارع" and "الملك" are the URL's: no match
    matcher = LexiconMatcher([("شارع الملك", "street")])
    text = "أغلق شارع t.co/abc الملك أمس"
    assert matcher.find_all(text) == []
    assert [m.value for m in matcher.find_all("أغلق شارع الملك أمس")] == ["street"]


def test_gap_kinds_hyphen_newline_and_punctuation() -> None:
    matcher = LexiconMatcher([("ريف حماة", "rif"), ("U.S. Army", "army")])
    assert [m.value for m in matcher.find_all("اشتباكات في #ريف_حماة الشمالي")] == ["rif"]
    assert [m.value for m in matcher.find_all("اشتباكات في ريف-حماة")] == ["rif"]
    assert matcher.find_all("اشتباكات في ريف\nحماة") == []
    assert [m.value for m in matcher.find_all("قال متحدث باسم U.S. Army أمس")] == ["army"]
    assert matcher.find_all("قال متحدث باسم U S Army أمس") == []


def test_cached_analysis_serves_several_matchers_and_a_full_cache() -> None:
    # two matchers over one cached view: each fills its own readings from the shared distinct words, also after
    # one of them has evicted part of its cache
    text = "وصل وفد إلى دمشق قادما من بيروت، ثم غادر دمشق إلى عمان."
    view = cached_view(text)
    places = LexiconMatcher([("دمشق", "DAM"), ("بيروت", "BEY"), ("عمان", "AMM")])
    verbs = LexiconMatcher([("وصل", "arrive"), ("غادر", "leave")])
    first = [(m.start, m.value) for m in places.find_all(view)]
    assert [v for _, v in first] == ["DAM", "BEY", "DAM", "AMM"]
    assert [m.value for m in verbs.find_all(view)] == ["arrive", "leave"]
    places._cache.clear()
    assert [(m.start, m.value) for m in places.find_all(view)] == first
