"""Round 18's speed changes keep what they replaced: the numbers tokenizer by one ``re.split``, the place reader's
descriptors cached, the matcher's single candidate taken without ``min``, and the word caches' use counts taken
from a sample of the texts (what the caches give never depends on them)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from rasd.geo.recognize.recognizer import Recognizer, get_recognizer
from rasd.ner import features as F
from rasd.text import _numbers_scanner as NS
from rasd.text import matcher as M
from rasd.text.matcher import LexiconMatcher
from rasd.text.normalize import normalize

# pieces of realistic news text: Arabic words with proclitics, numbers in several writings, dates, Latin, symbols
_PIECES = [
    "قتل",
    "ثلاثة",
    "وثلاثين",
    "مدنيين",
    "في",
    "بمدينة",
    "والمحافظة",
    "قرية",
    "الريف",
    "إدلب",
    "يوم",
    "الأحد",
    "الساعة",
    "مايو",
    "2019",
    "20/5/2019",
    "1,500",
    "1.500.000,5",
    "2.5",
    "٣٠٠",
    "10:30",
    "F16",
    "Reuters",
    "a_b",
    "½",
    "²",
    "،",
    ".",
    "«",
    "»",
    "%",
    "$",
    "-",
    "(",
    "؟",
    "ـ",
    "\u064b",
]
_GAPS = [" ", " ", " ", "", "\n", "  ", "\t", ","]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        k = rng.randint(0, 120)
        out.append("".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(k)))
    return out


_OLD_KINDS = {"d": NS._DIG, "w": NS._WORD, "p": NS._PUNCT, None: NS._PUNCT}


def _old_numbers_tokenize(text: str) -> list[NS._Tok]:
    """The numbers tokenizer as it was before round 18 (fields read from the match objects): the reference."""
    return [NS._Tok(m.start(), m.end(), m.group(), _OLD_KINDS[m.lastgroup]) for m in NS._TOKEN_RE.finditer(text)]


def test_numbers_tokenizer_is_the_match_loop() -> None:
    for text in _texts(1500, 18):
        for s in (text, normalize(text)):
            assert NS._tokenize(s) == _old_numbers_tokenize(s)


def test_numbers_token_kinds() -> None:
    toks = NS._tokenize("قتل 1,500 و3 ½ ٣ ، a_b")
    assert [(t.text, t.kind) for t in toks] == [
        ("قتل", NS._WORD),
        ("1,500", NS._DIG),
        ("و", NS._WORD),
        ("3", NS._DIG),
        ("½", NS._WORD),
        ("٣", NS._PUNCT),
        ("،", NS._PUNCT),
        ("a", NS._WORD),
        ("_", NS._PUNCT),
        ("b", NS._WORD),
    ]


def test_place_descriptor_cache_answers_as_computed() -> None:
    rec = get_recognizer()
    words = ["بمدينة", "مدينة", "والمحافظة", "قرية", "وقرية", "الريف", "إدلب", "في", "مدينه", "بلدة", "قتل"]
    fresh = Recognizer.__new__(Recognizer)
    fresh.lex, fresh._descriptors = rec.lex, {}
    for w in [normalize(w) for w in words] * 2:
        expected = None
        for prefix, stem in rec._stems(w):
            kind = rec.lex.descriptors.get(stem)
            if kind is not None:
                expected = (kind, stem, len(prefix))
                break
        assert rec._descriptor(w) == expected
        assert fresh._descriptor(w) == expected
    assert fresh._descriptor(normalize("بمدينة")) == ("city", "مدينه", 1)


def test_matcher_single_and_several_candidates() -> None:
    m = LexiconMatcher([("مدينة", "a"), ("مدينة نصر", "b"), ("نصر", "c")])
    text = "وصل إلى مدينة نصر ثم إلى المدينة وإلى نصر"
    found = [(text[x.start : x.end], x.value) for x in m.find_all(text)]
    # the longest entry at a word wins; the article is read off (the span starts after them)
    assert found == [("مدينة نصر", "b"), ("مدينة", "a"), ("نصر", "c")]
    assert [x.prefix for x in m.find_all(text)] == ["", "ال", ""]


def test_seen_counts_a_sample_of_the_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: Counter[str] = Counter()
    monkeypatch.setattr(M, "_SEEN", seen)
    M._count_seen(["قصف", "مدفعي", "على", "حلب"])  # 4 words: counted
    M._count_seen(["قصف", "على", "حلب"])  # 3 words: not counted
    M._count_seen(["قصف"] * 8)
    assert seen == Counter({"قصف": 9, "مدفعي": 1, "على": 1, "حلب": 1})


def test_matches_do_not_depend_on_the_counts_or_evictions(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = [("مدينة حلب", "city"), ("ريف إدلب", "rural"), ("الجيش", "army"), ("حلب", "aleppo")]
    text = "قصف الجيش بالمدفعية أحياء في مدينة حلب وريف إدلب، وقال الجيش إن حلب آمنة"
    cold = LexiconMatcher(entries).find_all(text)
    m = LexiconMatcher(entries)
    monkeypatch.setattr(M, "_CACHE_LIMIT", 3)  # an eviction at every text
    for other in _texts(40, 21):
        m.find_all(normalize(other) + " " + text)
    assert m.find_all(text) == cold


def test_records_counted_in_one_document_of_four(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(F, "_CACHE_LIMIT", 4)  # half full from the third word type on
    fx = F.FeatureExtractor(lexical=False)
    doc = [["قال", "الرئيس", "السوري"], ["قال", "الوزير"]]
    plain = [fx.record(w) for s in doc for w in s]
    for _ in range(8):
        _, recs = fx.document_records(doc)
        assert [r for s in recs for r in s] == plain
    assert fx._uses["قال"] == 4  # documents 4 and 8 counted, twice each: the counts evictions rank by
