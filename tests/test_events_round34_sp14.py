"""Round 34 (helper sp14): the events stage's share, with every output the same.

* ``LexiconMatcher.spans_by_value`` groups the matches as it walks the words (no list of matches between); at a match
  out of ``(start, -end)`` order it starts again from ``_overlapping``'s sorted list (``_grouped``). Either way the
  same lists as grouping ``find_all(text, overlapping=True)``.
* ``normalize`` folds each character on its own, so what it makes of a stretch of a text is a piece of the document's
  normalized view: ``triggers._doc_holds`` asks the view once per document whether a rule's word is there at all
  (``_crime_kind``: جرائم), and a rule that finds it nowhere answers no without cutting its window.
* Readings asked once per sentence or span (``ctx.memo``): the sentence's own vetoes (``_sentence_vetoed``), the
  settlers of a span (``subtypes._settlers_in``, and not at all in a document without a settlers' word).
* Cheap tests before a regex that would find nothing: ``_titled`` (no bracket or quote before the trigger),
  ``_since_or_because`` (no منذ), ``subtypes._on_post`` (no على in the clause after the word), ``refine``'s
  ``_SEPARATE`` (no منفصل in the document), the armed hands of a killing searched only where a crime cue vetoes it.
* ``Context.words_between`` and ``previous_word`` read words with the letters spelled out (``_WORD_BMP``) when the
  document has no character beyond the BMP, ``_WORD`` otherwise: the same words.

Each is compared with the code it replaces, written out here as the reference, on sentences written for this test.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace
from typing import Any

import pytest

from rasd.document import Document, Span
from rasd.events.coding import subtypes as S
from rasd.events.coding import triggers as T
from rasd.events.context import _WORD, _WORD_BMP, build_context
from rasd.events.lexicon import cue_matcher, event_lexicon
from rasd.text.matcher import LexiconMatcher, cached_view
from rasd.text.normalize import normalize

# Written for this test (news register): crimes named, a sports report, a settlers' attack, a title in quotes, a
# clash "since" a taking, separate blasts, a post attacked, diacritics, tatweel, a ligature and an emoji.
_TEXTS = [
    "تنظر المحكمة في جرائم قتل واختطاف وعنف جنسي ارتكبت خلال الحرب، فيما اعتقلت الشرطة مشتبها به في حمص.",
    "فاز النادي الأهلي على ضيفه في الملعب البلدي، وقتل مسلحون حارسا في هجوم على نقطة للشرطة قرب المدينة.",
    "هاجم مستوطنون ملثمون مدرسة في قرية قرب نابلس ورشقوا الطلاب بالحجارة، كما أحرقوا سيارة لمواطن.",
    'نشر الكاتب مقالا بعنوان "الحرب على الإرهاب والاحتجاج الشعبي" في صحيفة محلية أمس.',
    "عاد الأهالي إلى البلدة للمرة الأولى منذ تحريرها، بعد إغلاقها أربعة أشهر بسبب القتال.",
    "قتل ثلاثة أشخاص في انفجارين منفصلين ببغداد، وشنّـت طائراتٌ حربية غاراتٍ على مواقع للتنظيم.",
    "هجوم شنته المقاومة اليوم على نقطة للميليشيا جنوب المدينة، وقتل مسلح في اشتباك مع قوات الأمن.",
    "اعتقلت قوات الأمن مروج مخدرات في الرياض، وقتل مسلح برصاص ﻻعب سابق في الحي 🙂 مساء الأحد.",
    "وتعرض موكب المحافظ لهجوم مسلح على طريق عدن، وأصيب اثنان من مرافقيه بجروح.",
]


def _doc(text: str) -> Document:
    """A document of one sentence per full stop (the events stage reads sentences from the segment stage)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!؟]\s*|$", text):
        if m.end() > start:
            spans.append(Span(start, m.end()))
        start = m.end()
        if m.end() >= len(text):
            break
    return Document(text=text, sentences=spans)


def _grouped_reference(matcher: LexiconMatcher[Any], text: str) -> dict[Any, tuple[list[int], list[int]]]:
    out: dict[Any, tuple[list[int], list[int]]] = {}
    for m in matcher.find_all(text, overlapping=True):
        group = out.setdefault(m.value, ([], []))
        group[0].append(m.start)
        group[1].append(m.end)
    return out


def test_spans_by_value_groups_the_overlapping_matches() -> None:
    cues = cue_matcher()
    for text in _TEXTS:
        assert cues.spans_by_value(text) == _grouped_reference(cues, text)
        assert cues.spans_by_value(cached_view(text)) == _grouped_reference(cues, text)


def test_spans_by_value_out_of_order_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # بمدينة read whole (an entry of its own) and as ب + مدينة, the start of "مدينة حمص": the longer match starts
    # after the shorter one, so the matches do not come in (start, -end) order
    matcher = LexiconMatcher([("بمدينة", "whole"), ("مدينة حمص", "city"), ("حمص", "town"), ("وصلوا", "came")])
    calls: list[str] = []
    grouped = LexiconMatcher._grouped

    def counted(self: LexiconMatcher[Any], text: Any) -> Any:
        calls.append("grouped")
        return grouped(self, text)

    monkeypatch.setattr(LexiconMatcher, "_grouped", counted)
    text = "وصلوا بمدينة حمص أمس، ثم وصلوا إلى حمص."
    assert matcher.spans_by_value(text) == _grouped_reference(matcher, text)
    assert calls == ["grouped"]
    ordered = "وصلوا إلى حمص أمس."
    assert matcher.spans_by_value(ordered) == _grouped_reference(matcher, ordered)
    assert calls == ["grouped"]  # in order: no second pass


def test_a_normalized_stretch_is_a_piece_of_the_view() -> None:
    rng = random.Random(34)
    for text in [*_TEXTS, "ٱلْمَدِينَةُ ﻻ ﷲ ـــقصف أإآ ى ة ٣٤ ABC", "جـرائم جَرائِم"]:
        view = cached_view(text).text
        assert view == normalize(text)
        for _ in range(200):
            a = rng.randrange(0, len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            assert normalize(text[a:b]) in view


def test_doc_holds_is_a_search_of_the_normalized_text() -> None:
    for text in [*_TEXTS, "جـرائم الحرب", "جَرائِم"]:
        ctx = build_context(_doc(text))
        for pieces in (T._CRIMES, ("مسلح",), ("غير موجود", "حمص")):
            want = any(p in normalize(text) for p in pieces)
            assert T._doc_holds(ctx, "t", pieces) is want
            ctx.memo.clear()
    assert T._doc_holds(build_context(_doc("جـرائم الحرب")), "crimes", T._CRIMES)  # tatweel: found in the view


def _crime_kind_reference(ctx: Any, m: Any, c0: int) -> bool:
    start = ctx.word_start(m.start)
    before = normalize(ctx.doc.text[max(c0, start - 90) : start])
    if T._CRIME_HEAD.search(before):
        return True
    return normalize(ctx.doc.text[start : m.start + 1]).startswith("و") and bool(T._CRIME_LIST.search(before))


def _titled_reference(ctx: Any, start: int, s0: int) -> bool:
    text = ctx.doc.text
    head = text[max(s0, start - 80) : start]
    opened = max(head.rfind(c) for c in T._OPENERS)
    if opened < 0 or any(c in head[opened + 1 :] for c in T._CLOSERS):
        return False
    words = T.normalize_words(T._WORD_AT.findall(head[:opened])[-1:])
    return bool(words) and words[0] in T.word_set("work_nouns")


def test_trigger_readers_as_before() -> None:
    lex = event_lexicon()
    seen = {"kind": 0, "title": 0}
    for text in _TEXTS:
        ctx = build_context(_doc(text))
        for m in lex.triggers.find_all(cached_view(text)):
            c0 = ctx.clause(m.start)[0]
            s0 = ctx.sentence(m.start).start
            crime = T._crime_kind(ctx, m, c0)
            assert crime is _crime_kind_reference(ctx, m, c0)
            titled = T._titled(ctx, m.start, s0)
            assert titled is _titled_reference(ctx, m.start, s0)
            seen["kind"] += crime
            seen["title"] += titled
        for start in range(len(text)):
            w0 = ctx.word_start(start)
            head = text[max(0, w0 - 60) : w0]
            assert T._since_or_because(ctx, start) is bool(T._SINCE.search(head) or T._SPAN_BECAUSE.search(head))
    assert seen == {"kind": 3, "title": 1}  # قتل، واختطاف، وعنف جنسي after جرائم; الاحتجاج in the title


def test_sentence_vetoes_once_per_sentence() -> None:
    for text in _TEXTS:
        ctx = build_context(_doc(text))
        for s in ctx.sentences:
            s0, s1 = s.start, s.end
            sport = any(
                not T._VENUE_BEFORE.search(text, max(s0, p - 30), p) for p in ctx.positions("not:sports", s0, s1)
            )
            others = ("not:history", "not:culture", "not:sports")
            want = (
                sport
                or any(ctx.has(v, s0, s1) for v in T.VETO_ALL if v not in others)
                or any(
                    not T._RALLY_AFTER.match(text, T._word_end(text, p)) for p in ctx.positions("not:culture", s0, s1)
                )
                or len({T._bare_word(ctx, p) for p in ctx.positions("not:sports_ambiguous", s0, s1)}) >= 2
            )
            assert T._sentence_vetoed(ctx, s0, s1) is want
            assert ctx.memo[("sentence_vetoed", s0, s1)] is want
    # النادي … الملعب: a sentence of sport, every trigger in it vetoed
    ctx = build_context(_doc(_TEXTS[1]))
    dropped: list[tuple[int, int, str]] = []
    T.find_triggers(ctx, dropped)
    assert {r for _, _, r in dropped if r == "veto_all"} == {"veto_all"}


def test_subtype_readers_as_before() -> None:
    for text in _TEXTS:
        ctx = build_context(_doc(text))
        for c0, c1 in ctx.clauses:
            assert S._settlers_in(ctx, c0, c1) is (S._SETTLERS.search(text, c0, c1) is not None)
            assert ("settlers_in", c0, c1) in ctx.memo
            for end in range(c0, c1):
                m = S._ON_POST.match(text, end)
                assert S._on_post(ctx, SimpleNamespace(end=end), c1) is (m is not None and m.end() <= c1)
    ctx = build_context(_doc(_TEXTS[6]))
    assert S._on_post(ctx, SimpleNamespace(end=len("هجوم")), ctx.clause(0)[1])  # على نقطة للميليشيا
    # no settlers' word in the document: asked once for the document, no span searched
    assert not S._settlers_in(ctx, 0, len(_TEXTS[6])) and ctx.memo[("settlers_told",)] is False
    settled = build_context(_doc(_TEXTS[2]))
    assert S._settlers_in(settled, 0, len(_TEXTS[2])) and settled.memo[("settlers_told",)] is True
    assert S._SETTLER_WORDS is not None and all(w in S.cue_alt("settlers").split("|") for w in S._SETTLER_WORDS)
    assert S._SEPARATE_WORD in _TEXTS[5] and S._SEPARATE.search(_TEXTS[5])


def test_words_read_with_the_letters_spelled_out() -> None:
    rng = random.Random(341)
    plain, emoji = build_context(_doc(_TEXTS[0])), build_context(_doc(_TEXTS[7]))
    assert plain.word_re is _WORD_BMP and emoji.word_re is _WORD  # 🙂 lies beyond the BMP
    for ctx in (plain, emoji):
        text = ctx.doc.text
        for _ in range(300):
            a = rng.randrange(0, len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            assert ctx.words_between(a, b) == len(_WORD.findall(text[a:b]))
            assert _WORD_BMP.findall(text[a:b]) == _WORD.findall(text[a:b]) or ctx is emoji
    for text in _TEXTS:
        ctx = build_context(_doc(text))
        for offset in range(len(text)):
            j = offset
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            if j == offset:
                words = _WORD.findall(text[max(0, offset - 40) : offset])
                assert ctx.previous_word(offset) == (normalize(words[-1]) if words else "")
