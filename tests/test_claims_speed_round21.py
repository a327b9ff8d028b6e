"""Claims stage speed, round 21 (helper cl26; docs/measurements.md "Round 21: the claims stage's time"): each
rewritten reader against its plain version (the code before the rewrite, kept here), on written articles, every
offset of them, and random word sequences. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from rasd import extract
from rasd.claims.agreement import _lists, formula
from rasd.claims.context import _ESPECIALLY, _ESPECIALLY_SET_OFF, DocIndex, _especially_before, _inside_any
from rasd.claims.lexicon import load_claim_lexicon
from rasd.claims.speakers import _told_outlets, _told_outlets_in, interview_outlet
from rasd.document import Document
from rasd.stages.claims.channels import _press_lexicon, _press_names
from rasd.stages.claims.common import _after_dateline, _dateline_end
from rasd.stages.claims.marks import _blessed
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES


# ---------------------------------------------------------------------------------------------- plain versions
def plain_especially_before(text: str, at: int, marker_ends: set[int]) -> bool:
    found = re.compile(r"(\S+)\s*$").search(text, max(0, at - 40), at)
    if found is None:
        return False
    word = norm(found.group(1).strip("،,"))
    if word in _ESPECIALLY:
        return True
    if word not in _ESPECIALLY_SET_OFF:
        return False
    before = text[max(0, found.start(1) - 3) : found.start(1)].rstrip(" \t\u00a0")
    return (
        before.endswith(("،", ","))
        or found.group(1).startswith(("،", ","))
        or (len(text[: found.start(1)].rstrip(" \t\u00a0")) in marker_ends)
    )


def plain_formula(words: list[str]) -> bool:
    normed = tuple(norm(w.strip("-–،,()")) for w in words if w.strip("-–،,()"))
    return any(normed[: len(f)] == f for f in _lists().formulas)


def plain_blessed(ix: DocIndex, first: tuple[str, int, int]) -> bool:
    words = [norm(first[0])]
    w: tuple[str, int, int] | None = first
    for _ in range(4):
        w = ix.word_after(w[2]) if w is not None else None
        if w is None:
            break
        words.append(norm(w[0]))
    return any(f"{a} {b}" in ix.lexicon.blessings for a, b in itertools.pairwise(words))


def plain_word_before(ix: DocIndex, offset: int) -> tuple[str, int, int] | None:
    toks = ix.doc.tokens
    k = max((i for i, t in enumerate(toks) if t.start < offset), default=-1)
    while k >= 0 and ix.doc.text[toks[k].start : toks[k].end] in frozenset("«»“”\"'‘’"):
        k -= 1
    if k < 0 or "\n" in ix.doc.text[toks[k].end : offset]:
        return None
    t = toks[k]
    return ix.doc.text[t.start : t.end], t.start, t.end


def plain_word_after(ix: DocIndex, offset: int) -> tuple[str, int, int] | None:
    t = next((t for t in ix.doc.tokens if t.start >= offset), None)
    if t is None or "\n" in ix.doc.text[offset : t.start]:
        return None
    return ix.doc.text[t.start : t.end], t.start, t.end


# ---------------------------------------------------------------------------------------------- written inputs
def read(text: str) -> Document:
    """The article through the stages up to claims, its first line the title."""
    return extract(text, fmt="text", published="2019-05-20", stages=STAGES)


ARTICLES = [
    "الوزير: لا تراجع عن القرار\nوقال وزير المالية لوكالة رويترز إن الحكومة لن تتراجع عن خطة الإصلاح. وأضاف "
    'لـ"الشرق الأوسط" أن الموازنة الجديدة تصدر الشهر المقبل، خاصة أن العجز تراجع.',
    "استطلعت «الرياض» آراء عدد من التجار في السوق. وقال محمد العتيبي إن الأسعار ارتفعت هذا الشهر. وأضاف إلى "
    "«الوطن» أن الطلب تراجع، لاسيما وأن الموسم انتهى.",
    "الرياض - واس\nوقال خادم الحرمين الشريفين - حفظه الله - إن المملكة ماضية في دعم الاستقرار. وذكر النبي عليه "
    "السلام في الحديث أن الصدق منجاة. وأكدت وكالة شينخوا أن الوفد وصل، وفقا لـ«فرانس برس».",
    "مصادر: اتفاق قريب\nوأكد مصدر مطلع لصحيفة «عكاظ» أن المفاوضات بلغت مرحلتها الأخيرة، فيما قال المتحدث "
    "باسم الخارجية لـ(إيه.بي.سي) إن الاتصالات مستمرة. وقال بان كي مون إن المنظمة تتابع.",
    "الأمم المتحدة تحذر\nحذرت الأمم المتحدة من تدهور الأوضاع. وقالت سكاي نيوز عربية إن القتال توقف، وأضافت "
    "الشبكة أن «الهدنة صامدة». وقال رضي الله عنه في خطبته إن العدل أساس الملك.",
]


@pytest.mark.parametrize("body", ARTICLES)
def test_rewritten_readers_match_the_plain_ones_on_written_articles(body: str) -> None:
    doc = read(body)
    ix = DocIndex.build(doc, load_claim_lexicon())
    n = len(doc.text)
    for at in range(n + 1):  # every offset, twice: the memo gives what the reading gives
        for _ in range(2):
            assert ix.word_before(at) == plain_word_before(ix, at), at
            assert ix.word_after(at) == plain_word_after(ix, at), at
        assert _especially_before(doc.text, at, {at - 1, at - 2}) == plain_especially_before(
            doc.text, at, {at - 1, at - 2}
        ), at
    whole = _told_outlets(ix)
    for a in range(0, n + 1, 3):  # the outlets told in a range: those of the whole document's list there
        for b in (a, a + 5, a + 40, n):
            assert list(_told_outlets_in(ix, a, b)) == [(p, name) for p, name in whole if a <= p < b]
            assert isinstance(interview_outlet(ix, a, b), str | None)
    for t in doc.tokens:
        w = (doc.text[t.start : t.end], t.start, t.end)
        assert _blessed(ix, w) == plain_blessed(ix, w)
    for s in doc.sentences:
        assert _after_dateline(ix, s.start) == _dateline_end(ix, s.start)
        assert _after_dateline(ix, s.start) == _dateline_end(ix, s.start)  # the kept answer
    for e in doc.entities:
        words = doc.text[e.start : e.end].split()
        assert formula(words) == plain_formula(words)


def test_the_outlets_told_are_found() -> None:
    doc = read(ARTICLES[0])
    ix = DocIndex.build(doc, load_claim_lexicon())
    names = [name for _, name in _told_outlets(ix)]
    assert "الشرق الأوسط" in names


def test_a_blessing_is_read_at_any_of_its_pairs() -> None:
    doc = read(ARTICLES[2])
    ix = DocIndex.build(doc, load_claim_lexicon())
    at = doc.text.index("النبي")
    first = ix.word_after(at)
    assert first is not None and _blessed(ix, first) and plain_blessed(ix, first)
    at = doc.text.index("وكالة")
    first = ix.word_after(at)
    assert first is not None and not _blessed(ix, first) and not plain_blessed(ix, first)


# ---------------------------------------------------------------------------------------------- random inputs
_POOL = ["حفظه", "الله", "-", "(", ")", "،", "عليه", "السلام", "صلى", "رضي", "عنه", "رحمه", "خاصة", "خصوصا", "أن"]
_POOL += ["لاسيما", "وأن", " ", "  ", "\n", "\t", "\u00a0", "الوزير", "قال", ",", "«", "»", "مصادر"]


def test_formula_and_especially_match_the_plain_versions_on_random_words() -> None:
    rng = random.Random(2121)
    for _ in range(4000):
        words = [rng.choice(_POOL) for _ in range(rng.randint(0, 7))]
        assert formula(words) == plain_formula(words), words
        text = "".join(rng.choice(_POOL) + rng.choice(("", " ", "، ")) for _ in range(rng.randint(0, 14)))
        for at in range(0, len(text) + 1):
            ends = {rng.randint(0, len(text) + 1) for _ in range(3)}
            assert _especially_before(text, at, ends) == plain_especially_before(text, at, ends), (text, at)
    for f in _lists().formulas:
        assert formula(list(f)) and plain_formula(list(f))


def test_inside_any_and_press_names_match_the_plain_versions() -> None:
    rng = random.Random(21)
    for _ in range(3000):
        spans = sorted((a, a + rng.randint(0, 6)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 6))))
        at = rng.randint(-2, 40)
        reach = list(itertools.accumulate((b for _, b in spans), max))
        assert _inside_any(spans, reach, at) == any(a <= at < b for a, b in spans)
    names = _press_lexicon()[3]
    lengths, known = _press_names()
    pool = sorted({w for n in names for w in n} | {"الوزير", "قال"})
    for _ in range(3000):
        bare = tuple(rng.choice(pool) for _ in range(rng.randint(0, 4)))
        plain = any(bare == n or (len(bare) > len(n) and bare[: len(n)] == n) for n in names)
        assert any(bare[:k] in known for k in lengths if k <= len(bare)) == plain, bare
    for n in names:
        assert any(n[:k] in known for k in lengths if k <= len(n))
