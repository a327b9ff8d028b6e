"""Claims stage speed, round 38 (helper sp5): the walks over the token list against the word readers they stand for
(the chain of ``word_after`` calls, and ``_blessed`` as it read before), at every offset of written articles.
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import pytest

from rasd import extract
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import load_claim_lexicon
from rasd.document import Document
from rasd.stages.claims.marks import _blessed, _blessing_heads
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES


# ---------------------------------------------------------------------------------------------- plain versions
def plain_words_after(ix: DocIndex, offset: int, n: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for _ in range(n):
        w = ix.word_after(offset)
        if w is None:
            break
        out.append(w)
        offset = w[2]
    return out


def plain_blessed(ix: DocIndex, first: tuple[str, int, int]) -> bool:
    blessings = ix.lexicon.blessings
    heads = _blessing_heads(blessings)
    prev = norm(first[0])
    w = first
    for _ in range(4):
        nxt = ix.word_after(w[2])
        if nxt is None:
            return False
        word = norm(nxt[0])
        if prev in heads and f"{prev} {word}" in blessings:
            return True
        prev, w = word, nxt
    return False


# ---------------------------------------------------------------------------------------------- written inputs
def read(text: str) -> Document:
    """The article through the stages up to claims, its first line the title."""
    return extract(text, fmt="text", published="2021-03-14", stages=STAGES)


ARTICLES = [
    "الشيخ يلقي خطبة الجمعة\nوقال الخطيب إن النبي صلى الله عليه وسلم أوصى بالجار، وذكر أن موسى عليه السلام صبر "
    "على قومه.\nوأضاف: «علينا أن نتحلى بالصبر»، ثم قال رضي الله عنه في الختام.",
    "هجوم على قافلة إغاثة\nأعلن متحدث باسم الجيش «أن القافلة تعرضت لإطلاق نار» قرب الحدود.\n\nوأكد مصدر طبي "
    'أن ثلاثة أصيبوا، فيما قال شهود: "سمعنا دوي انفجار" صباح الأحد.',
]


@pytest.mark.parametrize("body", ARTICLES)
def test_the_walk_after_an_offset_reads_what_word_after_reads(body: str) -> None:
    doc = read(body)
    for at in range(len(doc.text) + 1):
        for n in (1, 2, 4, 6):
            walked = DocIndex.build(doc, load_claim_lexicon()).words_after(at, n)  # (its own index: no memo shared)
            plain = plain_words_after(DocIndex.build(doc, load_claim_lexicon()), at, n)
            assert walked == plain, (at, n)


@pytest.mark.parametrize("body", ARTICLES)
def test_blessings_read_as_before(body: str) -> None:
    doc = read(body)
    ix = DocIndex.build(doc, load_claim_lexicon())
    found = 0
    for at in range(len(doc.text) + 1):
        first = ix.word_after(at)
        if first is not None:
            assert _blessed(ix, first) == plain_blessed(ix, first), at
            found += _blessed(ix, first)
    assert (found > 0) == ("عليه" in body)  # the sermon's blessings are read; the news article holds none


def test_a_walk_stops_at_a_line_break() -> None:
    doc = read(ARTICLES[0])
    ix = DocIndex.build(doc, load_claim_lexicon())
    end = doc.text.index("على قومه.") + len("على قومه")
    assert [w[0] for w in ix.words_after(end, 4)] == ["."]  # the paragraph ends after the full stop
    assert ix.words_after(len(doc.text), 3) == []
    start = doc.text.index("وقال الخطيب")
    assert [w[0] for w in ix.words_after(start, 3)] == ["وقال", "الخطيب", "إن"]
