"""Claims stage speed, round 40 (helper sp10; docs/measurements.md "Round 40: the claims stage's time"): each reader
changed for speed against the reading before it (kept here). Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

import random
import re

import pytest

from rasd import extract
from rasd.claims.agreement import marker_form
from rasd.claims.content import INTRO_WINDOW, QUOTE_RE, Clauses, Intro
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import load_claim_lexicon
from rasd.claims.spans import is_opening_quote
from rasd.document import Document
from rasd.stages.claims.channels import _group_phrases, _holds_any
from rasd.stages.claims.common import _State
from rasd.stages.claims.cues import (
    _ASKED_BY,
    _CALL_NOUNS,
    _CALL_WITH,
    _GROUP_HEADS,
    _GROUP_TOLD,
    _MET,
    _MET_VERBS,
    _QUESTION_NOUNS,
    _RELAYED_BY,
    _RELAYING_VERBS,
    _REPLY,
    _REPLY_NOUNS,
)
from rasd.stages.claims.marks import _marks
from rasd.stages.claims.reading import _after_but_pronoun, _intro_taken
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES

#: news-style sentences written for these tests: groups named by a quantity, with and without و, glued to other
#: words, at the text's start and end
_GROUP_TEXTS = [
    "عدد من التجار في تصريحات لـ«الوطن» إن الأسعار ارتفعت خلال الأسبوع الماضي.",
    "وأكد عدد كبير من المزارعين لـ«اليوم» أن موسم الحصاد تأخر، فيما طالب مجموعة من الأهالي بإصلاح الطريق.",
    "واستنكر نخبة من الأكاديميين القرار، وقال جملة من الخبراء إن عددا من المشاريع متوقف منذ أشهر.",
    "تعدد من المواقف، وعددمن الحالات، ومجموعة منهم، وجملة من",
    "وعدد من",
    "«عدد من الموظفين» قالوا إن رواتبهم تأخرت؛ وعددا من المعلمين",
    "عدد\nمن الناس، ووعدد من السكان، و عدد من الزوار",
]


def _finditer_spans(text: str) -> list[tuple[int, int]]:
    """Round 39's reading: the pattern tried at every position of the text."""
    return [m.span() for m in _GROUP_TOLD.finditer(text)]


def test_group_phrases_as_finditer_on_written_texts() -> None:
    found = 0
    for text in _GROUP_TEXTS:
        spans = [m.span() for m in _group_phrases(text)]
        assert spans == _finditer_spans(text)
        assert [m.group() for m in _group_phrases(text)] == [m.group() for m in _GROUP_TOLD.finditer(text)]
        found += len(spans)
    assert found >= 10  # the texts hold groups: the comparison is not of empty lists


def test_group_phrases_as_finditer_on_random_texts() -> None:
    rnd = random.Random(40)
    phrases = ["عدد من", "عدد كبير من", "عددا من", "مجموعة من", "نخبة من", "جملة من"]
    parts = [*_GROUP_HEADS, *phrases, "و", "من", " ", "كبير", "x", "،", "«", "ال", "\n", "ومن", "_", "3"]
    hits = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 14)))
        spans = [m.span() for m in _group_phrases(text)]
        assert spans == _finditer_spans(text), text
        hits += bool(spans)
    assert hits > 500


def test_group_phrases_start_at_the_waw() -> None:
    text = "وعدد من السكان"
    assert [m.span() for m in _group_phrases(text)] == [(0, len(text) - len(" السكان"))]
    assert not list(_group_phrases("ووعدد من السكان"))  # the و before it is a word's letter: no group


# ---------------------------------------------------------------------------------------------- literal gates
#: (pattern, the words one of which each of its matches holds, news-style clauses written for the tests that match)
_GATED = [
    (
        _RELAYED_BY,
        _RELAYING_VERBS,
        ["وقال الوزير في تصريحات نقلتها صحيفة «الشرق الجديد» إن", "في حوار نشرته مجلة “الأسبوع” أمس"],
    ),
    (
        _CALL_WITH,
        _CALL_NOUNS,
        ["وأضاف في اتصال هاتفي مع «الوطن» أن", "في اتصالاً أجرته صحيفة «المدينة» معه"],
    ),
    (
        _ASKED_BY,
        _QUESTION_NOUNS,
        ["وقال ردا على سؤال لـ«عكاظ» إن", "في رده على استفسارات «الرياض» أوضح المتحدث"],
    ),
    (
        _REPLY,
        _REPLY_NOUNS,
        ["وقال المتحدث ردا على سؤال حول الموعد", "وأضاف تعليقا على القرار في تغريدة"],
    ),
    (
        _MET,
        _MET_VERBS,
        ["والتقت «اليوم» بالمواطن سعد الذي قال", "«المدينة» التقت بمدير المدرسة، والذي أكد"],
    ),
]


@pytest.mark.parametrize(("pattern", "gate", "texts"), _GATED)
def test_every_match_holds_a_gate_word(pattern: re.Pattern[str], gate: tuple[str, ...], texts: list[str]) -> None:
    for text in texts:
        assert pattern.search(text) is not None, text  # the written clauses match: the test is not vacuous
        assert _holds_any(text, 0, len(text), gate)
    # the written clauses with words dropped or replaced at random: a match never stands where the gate finds no word
    rnd = random.Random(41)
    pieces = [w for t in texts for w in t.split()] + [" ", "«", "»", '"', "و", "لـ", "x", "على", "مع"]
    matched = 0
    for _ in range(5_000):
        words = rnd.choice(texts).split()
        kept = [w if rnd.random() < 0.85 else rnd.choice(pieces) for w in words if rnd.random() < 0.95]
        text = " ".join(kept)
        m = pattern.search(text)
        if m is not None:
            matched += 1
            assert _holds_any(text, 0, len(text), gate), text
            a, b = m.span()  # the gate's span is the search's: the word stands inside the match
            assert _holds_any(text, a, b, gate), text
    assert matched > 1_000


def test_holds_any_reads_the_span_only() -> None:
    text = "نقلتها صحيفة «الوطن» ثم قال"
    assert _holds_any(text, 0, len(text), _RELAYING_VERBS)
    assert not _holds_any(text, 3, len(text), _RELAYING_VERBS)
    assert _holds_any(text, 0, 5, _RELAYING_VERBS)  # نقلته, the first five letters of نقلتها
    assert not _holds_any(text, 0, 4, _RELAYING_VERBS)  # (the word cut at the span's end)


# ---------------------------------------------------------------------------------------------- the index
ARTICLES = [
    "بيروت - خاص\nوقال وزير الإعلام في مؤتمر صحفي عقده أمس إن الحكومة ستعقد جلسة طارئة، وأضاف في تصريحات "
    "لـ«النهار» أن البيان الوزاري جاهز. وذكر تقرير للأمم المتحدة أن الأوضاع تتدهور، فيما أكدت الوزارة في بيان "
    "نشرته على موقعها أن التحقيق مستمر، وكتب النائب على حسابه في تويتر أن الجلسة تأجلت.",
    "القاهرة - وكالات\nونفت الحكومة التدخل في شؤون جارتها لكنها قالت إن الحدود ستبقى مغلقة، وتنفي الوزارة أي "
    "تقصير لكنها تقول إن التحقيق جار. وقال المتحدث باسم الخارجية في اتصال هاتفي مع «الأهرام» إن السفير عاد، "
    "وأشار ردا على سؤال لـ«الشروق» إلى أن الزيارة قائمة.",
]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [extract(a, fmt="text", published="2023-03-02", stages=STAGES) for a in ARTICLES]


def test_channels_in_as_the_scan(documents: list[Document]) -> None:
    seen = 0
    for doc in documents:
        ix = DocIndex.build(doc, load_claim_lexicon())
        offsets = sorted({0, len(doc.text)} | {t.start for t in doc.tokens} | {c.start for c in ix.channels})
        for a in offsets:
            for b in offsets:
                plain = [c for c in ix.channels if a <= c.start < b]  # round 39's reading
                assert ix.channels_in(a, b) == plain
                seen += bool(plain)
    assert seen > 100


def _intro_taken_round39(ix: DocIndex, st: _State, start: int, intro: int) -> int | None:
    """Round 39's reading: every marker start, sorted per call."""
    for p in sorted(st.marker_starts):
        if start < p < intro and _after_but_pronoun(ix, p):
            w = ix.word_before(p)
            return w[1] if w is not None else None
    return None


def test_intro_taken_as_round39(documents: list[Document]) -> None:
    taken = 0
    for doc in documents:
        ix = DocIndex.build(doc, load_claim_lexicon())
        marks = _marks(ix)
        st = _State(Clauses(ix, []))
        st.marker_starts = {mk.match.start for mk in marks} | {mk.match.prefix_start for mk in marks}
        st.marker_order = sorted(st.marker_starts)
        offsets = sorted({t.start for t in doc.tokens} | st.marker_starts)
        for start in offsets:
            for intro in offsets:
                got = _intro_taken(ix, st, start, intro)
                assert got == _intro_taken_round39(ix, st, start, intro)
                taken += got is not None
    assert taken > 0  # "لكنها قالت إن": the later verb's introducer is taken


# ---------------------------------------------------------------------------------------------- marker_form, find_intro
def test_marker_form_read_once_as_before(documents: list[Document]) -> None:
    words = {d.text[m.start : m.end] for d in documents for m in DocIndex.build(d, load_claim_lexicon()).markers}
    words |= {"قالوا", "أكدت", "تقول", "مضيفا", "مشيرة", "بقولها", "القول", "أخبره", "وقالا", "دعت", " قال "}
    for word in sorted(words):
        for participle in (False, True):
            assert marker_form(word, participle=participle) == marker_form.__wrapped__(word, participle=participle)
    before = marker_form.cache_info().hits
    marker_form("قالت", participle=False)
    marker_form("قالت", participle=False)
    assert marker_form.cache_info().hits > before  # the second reading is the memo's


def _find_intro_round39(cl: Clauses, start: int, bound: int, *, word_only: bool = False) -> Intro | None:
    """Round 39's :meth:`Clauses.find_intro`: every introducer of the window read before the first was taken."""
    ix = cl.ix
    text = ix.doc.text
    toks = ix.doc.tokens
    k = ix.token_index(start) + INTRO_WINDOW
    limit = min(bound, toks[k].start) if k < len(toks) else bound
    best: Intro | None = None
    intros = [i for i in ix.intros_in(start, limit) if norm(text[i.prefix_start : i.end]).lstrip("وف") != "بالقول"]
    if intros:
        first = intros[0]
        past = cl._past_aside(start, first.prefix_start, first.end)
        if past is not None:
            first, cl._asides[past[0].prefix_start] = past
        best = ("word", first.prefix_start, first.end)
    stop = best[1] if best else limit
    if word_only:
        return best
    colon = text.find(":", start, stop)
    while colon >= 0 and (
        (colon + 1 < len(text) and text[colon + 1].isdigit()) or (colon > 0 and text[colon - 1].isdigit())
    ):
        colon = text.find(":", colon + 1, stop)
    if colon >= 0:
        best = ("colon", colon, colon + 1)
        stop = colon
    for q in QUOTE_RE.finditer(text, start, stop):
        i = q.start()
        if is_opening_quote(text, i) and cl._speech_quote(i, start):
            return "quote", i, i + 1
    reach = toks[k].start if k < len(toks) else len(text)
    if best is None and bound < reach:
        beyond = next(iter(ix.intros_in(bound, reach)), None)
        past = cl._past_aside(start, beyond.prefix_start, beyond.end) if beyond is not None else None
        if past is not None and (past[1] < bound or len(text[bound : past[1]].split()) <= 2):
            cl._asides[past[0].prefix_start] = past[1]
            return "word", past[0].prefix_start, past[0].end
    return best


def test_find_intro_as_round39() -> None:
    texts = [
        *ARTICLES,
        "الرياض - واس\nواختتم الوزير تصريحاته بالقول «إن المرحلة المقبلة تتطلب العمل»، وأكد أن الخطة جاهزة وأن "
        "التنفيذ يبدأ غدا. وقال المتحدث بالقول إن الوزارة ستعلن: «النتائج الأولية» عند الساعة 10:30 صباحا.",
    ]
    found = 0
    for text in texts:
        doc = extract(text, fmt="text", published="2023-03-02", stages=STAGES)
        ix = DocIndex.build(doc, load_claim_lexicon())
        offsets = sorted({t.start for t in doc.tokens} | {len(doc.text)})
        for start in offsets:
            for bound in offsets[::3]:
                for word_only in (False, True):
                    new, old = Clauses(ix, []), Clauses(ix, [])
                    got = new.find_intro(start, bound, word_only=word_only)
                    assert got == _find_intro_round39(old, start, bound, word_only=word_only)
                    assert new._asides == old._asides
                    found += got is not None
    assert found > 100
