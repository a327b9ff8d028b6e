"""The actor matcher in ``openers_only`` mode (round 30, helper sp10; docs/measurements.md "Round 30: the entity
matchers in openers_only mode"; the place recognizer's too at first, undone by the lead at round 30's end): it keeps
the readings of the words that may open one of its entries only, and finds what a matcher with the growing cache
built from the same entries finds (so do the place, role and withholding matchers' entries built either way) on
sentences written for the project, on strings of the lexicons' own words behind proclitics, and on a few thousand
words of news read at run time from the SaudiNewsNet zips under ../shared when they are there (never copied here)."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest

from rasd.geo.recognize.recognizer import get_recognizer
from rasd.ner.lexicon import load_lexicon
from rasd.text.matcher import _PROCLITICS, LexiconMatcher

#: Sentences written for this test (none taken from an article): actors, roles, withholding words, places.
WRITTEN = [
    "قال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن قوات الأمن ألقت القبض على خمسة مطلوبين في القطيف.",
    "وأعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف مسجدا في الدمام، فيما نفت جماعة الحوثي أي صلة لها بالهجوم.",
    "وذكر مصدر عسكري طلب عدم الكشف عن اسمه أن طائرات التحالف قصفت مواقع للحوثيين وقوات صالح في صنعاء وتعز.",
    "وأكد وزير الخارجية عادل الجبير أن المملكة لن تقبل بالتدخل الإيراني في شؤون اليمن والبحرين.",
    "ونقلت وكالة الأنباء السعودية عن قائد حرس الحدود بمنطقة جازان قوله إن دورية تعرضت لإطلاق نار.",
    "وقالت مصادر في المقاومة الشعبية إن مسلحين من القاعدة انسحبوا من مدينة المكلا بعد اشتباكات مع الجيش الوطني.",
    "وصرح مسؤول أمني رفض ذكر اسمه بأن الشرطة فرقت متظاهرين في البصرة وبغداد، وأصيب عشرة منهم.",
    "وبحث ولي العهد الأمير محمد بن سلمان مع الرئيس الأمريكي في واشنطن الأوضاع في سوريا والعراق ولبنان.",
    "واتهم الجيش السوري الحر قوات النظام وحزب الله بقصف ريف حلب وإدلب بالبراميل المتفجرة.",
    "وللمرة الثانية، أغارت مقاتلات إسرائيلية على غزة وخان يونس، بحسب وزارة الصحة الفلسطينية وحركة حماس.",
]


def _entries(matcher: LexiconMatcher[Any]) -> list[tuple[str, object]]:
    """A matcher's entries as it was built from them (its nodes' keys and values)."""
    out: list[tuple[str, object]] = []
    stack = list(matcher._root.values())
    while stack:
        node = stack.pop()
        out.extend((node.key, v) for v in node.values)
        stack.extend(node.children.values())
    return out


def _matchers() -> dict[str, LexiconMatcher[Any]]:
    lex = load_lexicon()
    return {
        "actor": lex.actor_matcher,
        "role": lex.role_matcher,
        "withholding": lex.withholding_matcher,
        "place": get_recognizer().matcher,
    }


def _plain(name: str, matcher: LexiconMatcher[Any]) -> LexiconMatcher[Any]:
    """The same entries in a matcher with the growing cache (the mode before round 30)."""
    return LexiconMatcher(
        _entries(matcher),
        clitics=matcher.clitics,
        article_optional=matcher.article_optional,
        min_len=matcher.min_len,
        keep_whole=matcher._keep_whole,
    )


def _matches(matcher: LexiconMatcher[Any], text: str, overlapping: bool) -> list[tuple[object, ...]]:
    return [
        (m.start, m.end, repr(m.value), m.key, m.prefix, m.prefix_start)
        for m in matcher.find_all(text, overlapping=overlapping)
    ]


def _word_strings(matcher: LexiconMatcher[Any], n: int) -> list[str]:
    """Strings of the lexicon's entries and first words behind proclitics, with the article, cut short, and fillers."""
    rng = random.Random(30)
    bare = sorted(matcher._bare)
    procs = sorted(_PROCLITICS)
    keys = sorted({key for key, _ in _entries(matcher)})
    filler = ["في", "من", "على", "قال", "إن", "أن", "الذي", "بعد", "مع", "عن", "اليوم", "قوات", "مدينة"]
    out = []
    for _ in range(n):
        words = []
        for _ in range(12):
            b = rng.choice(bare)
            words.append(
                rng.choice(
                    [
                        b,
                        rng.choice(procs) + b,
                        rng.choice(keys),
                        rng.choice(procs) + rng.choice(keys),
                        "ال" + b,
                        b[:-1],
                        b + "ة",
                        rng.choice(filler),
                        rng.choice(filler),
                    ]
                )
            )
        out.append(" ".join(words))
    return out


def _news(n_words: int) -> list[str]:
    """News bodies read at run time from the SaudiNewsNet zips (some thousands of words), or none without them."""
    here = [Path(__file__).resolve().parents[2], Path.cwd().resolve().parent]
    folders = [r / "shared" / "data" / "news" / "saudinewsnet" for r in here]
    folder = next((f for f in folders if f.is_dir()), folders[0])
    texts: list[str] = []
    count = 0
    for path in sorted(folder.glob("*.zip"))[:3]:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for article in json.loads(zf.read(name)):
                    body = article.get("content") if isinstance(article, dict) else None
                    if isinstance(body, str) and body.strip():
                        texts.append(body)
                        count += len(body.split())
                        if count >= n_words:
                            return texts
    return texts


def test_the_place_matcher_keeps_the_growing_cache() -> None:
    # (the lead, round 30's end) the place recognizer's openers are 188,590 words: built at its first use they cost
    # ~29 MB of peak memory (172 -> 201 MB fast, over the batch worker's 300 MB with the rest) and ~0.17 s of every
    # cold start, for ~0.1 s per 1,000 articles — so the place matcher stays as it was; its matches are the same
    # either way (test below)
    assert not _matchers()["place"]._openers_only


@pytest.mark.parametrize("name", ["actor"])
def test_the_actor_matcher_is_built_in_openers_only_mode(name: str) -> None:
    matcher = _matchers()[name]
    assert matcher._openers_only
    # (the role and withholding matchers are no stage's: they stay as they were, and are checked below all the same)
    # its openers are every first word (or one without its ال) alone and behind each proclitic string
    assert matcher._bare <= matcher._openers()
    assert len(matcher._openers()) == len({p + b for p in ("", *_PROCLITICS) for b in matcher._bare})


@pytest.mark.parametrize("name", ["actor", "role", "withholding", "place"])
def test_openers_only_finds_what_the_growing_cache_finds(name: str) -> None:
    live = _matchers()[name]
    built = LexiconMatcher(
        _entries(live),
        clitics=live.clitics,
        article_optional=live.article_optional,
        min_len=live.min_len,
        keep_whole=live._keep_whole,
        openers_only=True,
    )
    plain = _plain(name, live)
    texts = WRITTEN + _word_strings(live, 200) + _news(4000)
    assert sum(len(t.split()) for t in texts) > 2000
    found = 0
    for text in texts:
        for overlapping in (False, True):
            want = _matches(plain, text, overlapping)
            assert _matches(built, text, overlapping) == want, text
            assert _matches(live, text, overlapping) == want, text
            found += len(want)
    assert found > 100
    # the openers' cache keeps no word outside the openers, and fewer words than the growing cache
    assert set(built._cache) <= built._openers()
    assert len(built._cache) < len(plain._cache)


def test_the_written_sentences_find_actors_roles_withholding_and_places() -> None:
    m = _matchers()
    text = " ".join(WRITTEN)
    for name in ("actor", "role", "withholding", "place"):
        assert m[name].find_all(text), name
