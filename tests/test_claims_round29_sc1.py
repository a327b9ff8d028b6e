"""Claims stage speed, round 29 (helper sc1; docs/measurements.md "Round 29: the claims stage's time"): each reader
made cheaper against its plain reading (the code before the change, kept here), at every offset of written
articles and on word lists. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import itertools
import random

import pytest

from rasd import extract
from rasd.claims.agreement import _lists, formula
from rasd.claims.context import DocIndex, _union
from rasd.claims.lexicon import MarkerType, load_claim_lexicon
from rasd.claims.speakers import _told_outlet_at, _told_outlets_in, punct_between, search_after
from rasd.document import Document
from rasd.stages.claims.cues import (
    _ADDED_VERBS,
    _BLAME_VERBS,
    _BY_SAYING_WORDS,
    _CAUSE_VERBS,
    _GOING_ON_VERBS,
    _KANA,
    _KANA_POINTING,
    _PROMISE_VERBS,
    _WENT_ON_VERBS,
)
from rasd.stages.claims.marks import _COMPLEMENT_VERBS, _complement_close, _kana_evidence
from rasd.text.clitics import drop_conjunction
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES

ARTICLES = [
    "المرور: إغلاق مؤقت للطريق\nوقال مدير المرور في المنطقة الشرقية اللواء سعد الدوسري لـ«اليوم» إن أعمال الصيانة "
    "على جسر الملك فهد تنتهي يوم الخميس المقبل. وأضاف إلى «الجزيرة» أن الحركة ستعود، وكانت المديرية «قد» أعلنت "
    "الأسبوع الماضي عن خطة بديلة.",
    "الدمام - عبدالله القحطاني\nأكدت مصادر مطلعة لصحيفة «الوطن» أن اللجنة أنهت أعمالها مساء أمس، فيما ذكر "
    "المتحدث باسم الأمانة في تصريح إلى (إم.بي.سي) أن التقرير يرفع خلال أسبوعين. وكانت المؤشرات الأولية تشير إلى تأخر "
    "المشروع.",
    "خطيب الجمعة: الصدق أساس المعاملة\nوقال الخطيب إن النبي صلى الله عليه وسلم حث على الصدق، وذكر أن الصحابة رضي "
    "الله عنهم كانوا قدوة. ومضى بالقول إن التجار مطالبون بالأمانة، وزاد: «لا خير في ربح بالغش».",
    "تحذير من الأمطار\nحذر المركز الوطني للأرصاد من أمطار غزيرة اليوم الثلاثاء، ووعدت الأمانة بأن تفتح مراكز "
    "الإيواء. وحمل عضو المجلس البلدي الشركة المنفذة مسؤولية التأخير، وقال لقناة الإخبارية إن المقاول تأخر شهرين.",
]


def read(text: str) -> Document:
    """The article through the stages up to claims, its first line the title."""
    return extract(text, fmt="text", published="2021-03-09", stages=STAGES)


@pytest.fixture(scope="module", params=range(len(ARTICLES)))
def indexed(request: pytest.FixtureRequest) -> DocIndex:
    return DocIndex.build(read(ARTICLES[request.param]), load_claim_lexicon())


# ---------------------------------------------------------------------------------------------- plain versions
def plain_token_index(ix: DocIndex, offset: int) -> int:
    return next((k for k, t in enumerate(ix.doc.tokens) if t.end > offset), len(ix.doc.tokens))


def plain_word_before(ix: DocIndex, offset: int) -> tuple[str, int, int] | None:
    toks, text = ix.doc.tokens, ix.doc.text
    k = max((i for i, t in enumerate(toks) if t.start < offset), default=-1)
    while k >= 0 and text[toks[k].start : toks[k].end] in frozenset("«»“”\"'‘’"):
        k -= 1
    if k < 0 or "\n" in text[toks[k].end : offset]:
        return None
    return text[toks[k].start : toks[k].end], toks[k].start, toks[k].end


def plain_word_after(ix: DocIndex, offset: int) -> tuple[str, int, int] | None:
    t = next((t for t in ix.doc.tokens if t.start >= offset), None)
    if t is None or "\n" in ix.doc.text[offset : t.start]:
        return None
    return ix.doc.text[t.start : t.end], t.start, t.end


def plain_in_timex(ix: DocIndex, offset: int) -> bool:
    return any(x.start <= offset < x.end for x in ix.doc.timexes)


def plain_punct_between(ix: DocIndex, start: int, end: int) -> bool:
    """Round 21's reading: the tokens from the one at ``start`` to the one at ``end``, by token_index."""
    return any(t.kind != "word" for t in ix.doc.tokens[ix.token_index(start) : ix.token_index(end)])


def plain_formula(words: list[str]) -> bool:
    normed = tuple(norm(w.strip("-–،,()")) for w in words if w.strip("-–،,()"))
    return any(normed[: len(f)] == f for f in _lists().formulas)


def plain_kana_evidence(ix: DocIndex, m: object) -> bool:
    """Round 20's reading, with punct_between asked at every step."""
    lex = ix.lexicon
    at = m.prefix_start  # type: ignore[attr-defined]
    for _ in range(5):
        w = ix.word_before(at)
        if w is None or punct_between(ix, w[2], at):
            return False
        word = norm(w[0])
        if word in _KANA or drop_conjunction(word, min_rest=2) in _KANA:
            subject = ix.word_after(w[2])
            if (
                subject is None
                or subject[1] >= m.prefix_start  # type: ignore[attr-defined]
                or norm(subject[0]) not in lex.evidence_subjects | _KANA_POINTING
            ):
                return False
            between = ix.doc.text[subject[2] : m.prefix_start].split()  # type: ignore[attr-defined]
            return not any(norm(x).startswith("ل") or norm(x) in lex.relatives for x in between) and not (
                ix.candidates_in(subject[2], m.prefix_start)  # type: ignore[attr-defined]
            )
        at = w[1]
    return False


# ---------------------------------------------------------------------------------------------- the index
def test_word_readers_timexes_and_candidates_match_the_plain_readings(indexed: DocIndex) -> None:
    ix = indexed
    n = len(ix.doc.text)
    for at in range(-1, n + 2):
        for _ in range(2):  # the memo gives what the reading gives
            assert ix.word_before(at) == plain_word_before(ix, at), at
            assert ix.word_after(at) == plain_word_after(ix, at), at
        assert ix.in_timex(at) == plain_in_timex(ix, at), at
        assert ix.token_index(at) == plain_token_index(ix, at), at
    starts = sorted({c.start for c in ix.candidates} | {0, n})
    for a, b in itertools.product(starts, repeat=2):
        assert ix.candidates_in(a, b) == [c for c in ix.candidates if a <= c.start < b], (a, b)


def test_a_timex_is_read_in_the_articles() -> None:
    ix = DocIndex.build(read(ARTICLES[0]), load_claim_lexicon())
    assert ix.doc.timexes, "the fixture should hold a date"
    x = ix.doc.timexes[0]
    assert ix.in_timex(x.start) and ix.in_timex(x.end - 1) and not ix.in_timex(x.end + 1000)


def test_punct_between_matches_the_token_index_reading(indexed: DocIndex) -> None:
    ix = indexed
    n = len(ix.doc.text)
    rng = random.Random(29)
    points = sorted({-3, 0, n, n + 5, *(rng.randrange(-2, n + 3) for _ in range(60))})
    points += [t.start for t in ix.doc.tokens[:40]] + [t.end for t in ix.doc.tokens[:40]]
    for a, b in itertools.product(points, repeat=2):
        assert punct_between(ix, a, b) == plain_punct_between(ix, a, b), (a, b)


def test_the_union_of_two_word_sets_is_made_once() -> None:
    lex = load_claim_lexicon()
    first = _union(lex.body_nouns, lex.outlet_nouns)
    assert first == lex.body_nouns | lex.outlet_nouns
    assert _union(lex.body_nouns, lex.outlet_nouns) is first


def test_the_place_name_test_reads_the_name_given_as_the_entity_text() -> None:
    ix = DocIndex.build(read(ARTICLES[0]), load_claim_lexicon())
    for e in ix.doc.entities:
        if e.type == "PER":
            assert ix._in_place_name(e, ix.doc.text[e.start : e.end]) == ix._in_place_name(e)


# ---------------------------------------------------------------------------------------------- readers
def test_outlets_told_in_a_range_match_the_token_by_token_reading(indexed: DocIndex) -> None:
    ix = indexed
    toks = ix.doc.tokens
    whole = [(toks[i].start, name) for i in range(len(toks) - 1) if (name := _told_outlet_at(ix, i)) is not None]
    n = len(ix.doc.text)
    for a in range(0, n + 1, 4):
        for b in (a, a + 7, a + 50, n):
            assert list(_told_outlets_in(ix, a, b)) == [(p, name) for p, name in whole if a <= p < b], (a, b)


def test_an_outlet_after_ila_before_a_quote_or_a_bracket_is_still_found() -> None:
    ix = DocIndex.build(read(ARTICLES[0]), load_claim_lexicon())
    names = [name for _, name in _told_outlets_in(ix, 0, len(ix.doc.text))]
    assert "الجزيرة" in names and "اليوم" in names
    ix = DocIndex.build(read(ARTICLES[1]), load_claim_lexicon())
    names = [name for _, name in _told_outlets_in(ix, 0, len(ix.doc.text))]
    assert any("إم.بي.سي" in name for name in names)


def test_search_after_is_the_same_whether_or_not_a_candidate_is_measured(indexed: DocIndex) -> None:
    ix = indexed
    for m in ix.markers:
        found = search_after(ix, m.end, min(len(ix.doc.text), m.end + 120))
        assert found == search_after(ix, m.end, min(len(ix.doc.text), m.end + 120))
        if found[0] is not None:
            assert found[0].start >= m.end


def test_formula_matches_the_plain_reading() -> None:
    lists = [
        [],
        ["-"],
        ["-", "حفظه", "الله", "-"],
        ["(رحمه", "الله)"],
        ["،", "رحمه", "الله"],
        ["خادم", "الحرمين", "الشريفين"],
        ["حفظه"],
        ["–", "–", "عليه", "السلام"],
        ["سعد", "الدوسري"],
    ]
    words = [w for f in _lists().formulas for w in f] + ["-", "،", "(", "الوزير", "قال", "الله"]
    rng = random.Random(2029)
    lists += [[rng.choice(words) for _ in range(rng.randrange(0, 6))] for _ in range(3000)]
    for ws in lists:
        assert formula(ws) == plain_formula(ws), ws


def test_a_verb_read_without_its_complement_is_a_marker_with_no_word_read(indexed: DocIndex) -> None:
    assert _COMPLEMENT_VERBS == (
        _GOING_ON_VERBS
        | _WENT_ON_VERBS
        | _ADDED_VERBS
        | _BLAME_VERBS
        | _PROMISE_VERBS
        | _BY_SAYING_WORDS
        | _CAUSE_VERBS
    )  # (round 39, cl66: "by saying" too; round 40, cl71: the cause verbs أرجع، عزا)
    ix = indexed
    for m in ix.markers:
        key = norm(ix.doc.text[m.start : m.end])
        if m.value.type in (MarkerType.VERB, MarkerType.PARTICIPLE) and key not in _COMPLEMENT_VERBS:
            assert _complement_close(ix, m)


def test_the_complement_verbs_are_still_read_with_their_complement() -> None:
    ix = DocIndex.build(read(ARTICLES[2]), load_claim_lexicon())
    keys = {norm(ix.doc.text[m.start : m.end]): _complement_close(ix, m) for m in ix.markers}
    assert keys.get("مضي") is True and keys.get("وزاد") is True


def test_kana_evidence_matches_the_reading_that_asks_punct_between_each_time(indexed: DocIndex) -> None:
    ix = indexed
    for m in ix.markers:
        assert _kana_evidence(ix, m) == plain_kana_evidence(ix, m), ix.doc.text[m.start : m.end]


def test_kana_evidence_is_read_before_a_pointing_verb() -> None:
    ix = DocIndex.build(read(ARTICLES[1]), load_claim_lexicon())
    verbs = [m for m in ix.markers if ix.doc.text[m.start : m.end] == "تشير"]
    assert verbs and _kana_evidence(ix, verbs[0]) and plain_kana_evidence(ix, verbs[0])
