"""Claims stage speed, round 37 (helper sp2): the readers that keep a per-document table against their plain versions
(the code before the rewrite, kept here), at every offset of written articles. Sentences written for the project
(none taken from an article)."""

from __future__ import annotations

import pytest

from rasd import extract
from rasd.claims.context import _PLACE_ENDS, DocIndex
from rasd.claims.lexicon import load_claim_lexicon
from rasd.claims.speakers import _in_earlier_name
from rasd.document import Document
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES


# ---------------------------------------------------------------------------------------------- plain versions
def plain_in_earlier_name(ix: DocIndex, s: int, w: str) -> bool:
    text = ix.doc.text
    for c in ix.candidates:
        if c.start >= s:
            break
        if c.type == "PER" and w in {norm(x) for x in text[c.start : c.end].split()}:
            return True
    return False


def plain_place_end(ix: DocIndex, end: int) -> int:
    fi = ix.word_after(end)
    if fi is None or norm(fi[0]) != "في" or "\n" in ix.doc.text[end : fi[1]]:
        return end
    at = (ix.word_after(fi[2]) or ("", -1))[1]
    place = next((e for e in ix.doc.entities if e.type in ("GPE", "LOC") and e.start == at), None)
    if place is None:
        return end
    after = ix.word_after(place.end)
    if after is None or norm(after[0]) not in _PLACE_ENDS:
        return end
    return place.end


# ---------------------------------------------------------------------------------------------- written inputs
def read(text: str) -> Document:
    """The article through the stages up to claims, its first line the title."""
    return extract(text, fmt="text", published="2019-05-20", stages=STAGES)


ARTICLES = [
    "اشتباكات قرب الحدود\nقال مصدر أمني في بغداد إن قوات الجيش صدت هجوما على نقطة تفتيش. وأكد وزير الخارجية عادل "
    "الجبير أن الوضع تحت السيطرة، ولفت الجبير إلى أن التعزيزات وصلت. وقال مصدر طبي في الموصل: «نقلنا ثلاثة جرحى».",
    "الوزير يزور المنطقة\nوأوضح وزير الداخلية عبد العزيز الفهد أن الزيارة تأتي لمتابعة المشاريع. وذكرت مصادر محلية "
    "في عدن أن الطريق أعيد فتحه، فيما أكد الفهد أن الأمن مستتب. وأشار مصدر عسكري في صنعاء عن تحرك القوات.",
    "المعارضة تتهم الحكومة\nاتهم الرئيس محمد مرسي الحكومة بتأخير الانتخابات. وقال مرسي للصحفيين في عمان إن الحوار "
    "متوقف، بينما نفى مسؤول حكومي في دمشق ذلك وقال الدكتور أحمد الطيب إن الموعد ثابت.",
]


@pytest.mark.parametrize("body", ARTICLES)
def test_tabled_readers_match_the_plain_ones_on_written_articles(body: str) -> None:
    doc = read(body)
    ix = DocIndex.build(doc, load_claim_lexicon())
    words = sorted({norm(w) for w in doc.text.split()})
    assert any(c.type == "PER" for c in ix.candidates)  # the articles name people
    for at in range(len(doc.text) + 1):
        assert ix._place_end(at) == plain_place_end(ix, at), at
        if at % 7 == 0 or any(c.start == at for c in ix.candidates):
            for w in words:
                assert _in_earlier_name(ix, at, w) == plain_in_earlier_name(ix, at, w), (at, w)


def test_a_family_name_named_before_is_found() -> None:
    doc = read(ARTICLES[0])
    ix = DocIndex.build(doc, load_claim_lexicon())
    later = doc.text.index("ولفت الجبير")
    assert _in_earlier_name(ix, later, norm("الجبير"))
    assert not _in_earlier_name(ix, doc.text.index("عادل"), norm("الجبير"))  # not before the name is told


def test_an_unnamed_speaker_runs_to_its_place() -> None:
    doc = read(ARTICLES[0])
    ix = DocIndex.build(doc, load_claim_lexicon())
    source = doc.text.index("مصدر أمني") + len("مصدر أمني")
    baghdad = doc.text.index("بغداد")
    assert any(e.start == baghdad and e.type == "GPE" for e in doc.entities)
    assert ix._place_end(source) == baghdad + len("بغداد") == plain_place_end(ix, source)
