"""Claims stage speed, round 14b (helper cs; docs/claims.md "Round 14b: the claims stage's time"): each rewritten
function against its plain version (the code before the rewrite, kept here), on written sentences and on random
word sequences. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import random

import pytest

import rasd.stages.claims as claims_stage
from rasd import extract
from rasd.claims.agreement import _lists, formula
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import load_claim_lexicon
from rasd.claims.spans import collapse
from rasd.claims.speakers import QUOTES, _told_outlets, phrase
from rasd.document import BlockKind, Document
from rasd.ner.lexicon import load_lexicon
from rasd.stages.claims import _headline_spans, _without_headline_echoes, find_claims
from rasd.stages.claims.channels import _survey_outlet
from rasd.stages.claims.common import Claim
from rasd.stages.claims.cues import _SURVEY
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES


# ---------------------------------------------------------------------------------------------- plain versions
def plain_formula(words: list[str]) -> bool:
    normed = tuple(norm(w.strip("-–،,()")) for w in words if w.strip("-–،,()"))
    return any(normed[: len(f)] == f for f in _lists().formulas)


def plain_told_outlets(ix: DocIndex) -> list[tuple[int, str]]:
    text = ix.doc.text
    toks = ix.doc.tokens
    nouns = load_lexicon().outlet_nouns
    out: list[tuple[int, str]] = []
    for i, tok in enumerate(toks[:-1]):
        first = text[tok.start]
        if first not in "لإا":
            continue
        w = norm(text[tok.start : tok.end])
        if w in ("ل", "الي") and text[toks[i + 1].start] in QUOTES | {"("}:
            shut = QUOTES if text[toks[i + 1].start] in QUOTES else {")"}
            reach = 6 if shut is QUOTES else 9
            close = next((k for k in range(i + 2, min(i + reach, len(toks))) if text[toks[k].start] in shut), None)
            if close is not None and close > i + 2:
                out.append((tok.start, collapse(text[toks[i + 2].start : toks[close - 1].end])))
        elif w[:1] == "ل" and (w[1:] in nouns or w[1:] in ix.lexicon.outlet_nouns):
            if text[toks[i + 1].start] in QUOTES:
                close = next((k for k in range(i + 2, min(i + 7, len(toks))) if text[toks[k].start] in QUOTES), None)
                if close is not None and close > i + 2:
                    out.append((tok.start, collapse(text[toks[i + 2].start : toks[close - 1].end])))
                continue
            named = phrase(ix, tok.end, len(text), max_words=3)
            if named is not None and named[0] == toks[i + 1].start:
                out.append((tok.start, collapse(text[tok.start + 1 : tok.end] + " " + text[named[0] : named[1]])))
    return out


def plain_survey_outlet(ix: DocIndex, at: int) -> str | None:
    found = list(_SURVEY.finditer(ix.doc.text, 0, at))
    return collapse(found[-1].group(1) or found[-1].group(2)) if found else None


def plain_without_headline_echoes(ix: DocIndex, claims: list[Claim]) -> list[Claim]:
    # round 17 (cl14): every claim of a headline is dropped when the text has a body and its first line is no
    # sentence ending with a full stop (headlines are coded nowhere)
    text = ix.doc.text
    body = [b for b in ix.doc.blocks if b.kind is not BlockKind.TITLE and text[b.start : b.end].strip()]
    titles = [text[b.start : b.end].strip() for b in ix.doc.blocks if b.kind is BlockKind.TITLE]
    if not body or not titles or all(t.endswith((".", "۔")) for t in titles):
        return list(claims)
    heads = _headline_spans(ix)
    return [c for c in claims if not any(a <= int((c["marker"] or c["content"])["start"]) < b for a, b in heads)]


# ---------------------------------------------------------------------------------------------- written inputs
def read(text: str) -> Document:
    """The article through the stages up to claims, its first line the title."""
    return extract(text, fmt="text", published="2019-05-20", stages=STAGES)


ARTICLES = [
    # a headline claim the body tells again by another speaker (two content words shared): dropped
    "قال المتحدث العسكري إن القوات قتلت 20 مسلحا في ريف المحافظة\nوأعلن الجيش في بيان أن قواته قتلت 20 مسلحا "
    "في ريف المحافظة خلال عملية استمرت يومين.",
    # a headline claim by the body's speaker: dropped; one nothing in the body repeats: dropped too (round 17)
    "قال وزير المالية إن الحكومة لن تتراجع عن الإصلاح\nوقال وزير المالية في مؤتمر صحفي إن الحكومة ماضية في خطتها.",
    "أكد رئيس الوزراء أن الانتخابات ستجرى في موعدها\nاستقبل الرئيس السفير الفرنسي أمس. وقال السفير إن بلاده "
    "تدعم الحوار الوطني.",
    "الجيش يعلن مقتل 20 مسلحا في ريف المحافظة\nقال المتحدث العسكري إن القوات قتلت 20 مسلحا في ريف المحافظة "
    "خلال عملية استمرت يومين.",
    "الوزير: لا تراجع عن القرار\nوقال وزير المالية لوكالة رويترز إن الحكومة لن تتراجع عن خطة الإصلاح. وأضاف "
    'لـ"الشرق الأوسط" أن الموازنة الجديدة تصدر الشهر المقبل.',
    "استطلعت «الرياض» آراء عدد من التجار في السوق. وقال محمد العتيبي إن الأسعار ارتفعت هذا الشهر. وأضاف إلى "
    "«الوطن» أن الطلب تراجع.",
    "مصادر: اتفاق قريب بين الطرفين\nوأكد مصدر مطلع لصحيفة «عكاظ» أن المفاوضات بلغت مرحلتها الأخيرة، فيما قال "
    "المتحدث باسم الخارجية إن الاتصالات مستمرة.",
    "وقال خادم الحرمين الشريفين - حفظه الله - إن المملكة ماضية في دعم الاستقرار. وذكرت وكالة الأنباء الرسمية "
    "(واس) أن الكلمة ألقيت في افتتاح الدورة.",
    "الرئيس يستقبل السفير\nاستقبل الرئيس السفير الفرنسي أمس. وقال السفير إن بلاده تدعم الحوار الوطني.",
]


@pytest.mark.parametrize("body", ARTICLES)
def test_rewritten_readers_match_the_plain_ones_on_written_articles(body: str) -> None:
    doc = read(body)
    ix = DocIndex.build(doc, load_claim_lexicon())
    assert _told_outlets(ix) == plain_told_outlets(ix)
    for at in range(0, len(doc.text) + 1, 7):
        assert _survey_outlet(ix, at) == plain_survey_outlet(ix, at)
    claims = find_claims(doc)
    assert _without_headline_echoes(ix, claims) == plain_without_headline_echoes(ix, claims)
    for e in doc.entities:
        words = doc.text[e.start : e.end].split()
        assert formula(words) == plain_formula(words)


@pytest.mark.parametrize("body", ARTICLES)
def test_headline_echoes_drop_and_keep_as_before(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = read(body)
    ix = DocIndex.build(doc, load_claim_lexicon())
    monkeypatch.setattr(claims_stage, "_without_headline_echoes", lambda _ix, cs: list(cs))
    claims = find_claims(doc)  # every claim, the headline's too
    monkeypatch.undo()
    assert _without_headline_echoes(ix, claims) == plain_without_headline_echoes(ix, claims)
    # every subset and order of the claims: the same claims dropped
    rng = random.Random(14)
    for _ in range(20):
        some = rng.sample(claims, rng.randint(0, len(claims)))
        assert _without_headline_echoes(ix, some) == plain_without_headline_echoes(ix, some)


def test_survey_outlet_found_as_before() -> None:
    doc = read(next(a for a in ARTICLES if a.startswith("استطلعت")))
    ix = DocIndex.build(doc, load_claim_lexicon())
    at = doc.text.index("محمد")
    assert _survey_outlet(ix, at) == plain_survey_outlet(ix, at) == "الرياض"
    assert _survey_outlet(ix, 5) is None


# ---------------------------------------------------------------------------------------------- random inputs
_POOL = [
    "حفظه",
    "الله",
    "-",
    "–",
    "(",
    ")",
    "،",
    "عليه",
    "السلام",
    "صلى",
    "وسلم",
    "رضي",
    "عنه",
    "رحمه",
    "خادم",
    "الحرمين",
    "الشريفين",
    "الملك",
    "-حفظه",
    "الله-",
    "(رحمه",
    "الله)",
    "",
    "وزير",
    "يحفظه",
]


def test_formula_matches_the_plain_version_on_random_words() -> None:
    rng = random.Random(1414)
    for _ in range(5000):
        words = [rng.choice(_POOL) for _ in range(rng.randint(0, 7))]
        assert formula(words) == plain_formula(words), words
    for f in _lists().formulas:
        assert formula(list(f)) and plain_formula(list(f))
