"""Claims stage speed, round 30 (helper sc2; docs/measurements.md "Round 30: the claims stage's time"): the claims
matcher's cache of the words that may start a cue, the speaker names read once across documents, the unnamed
speakers' clash test, the quotation marks' offsets, the word lists with their conjunction and the covered test asked
once, each against the reading before the change (kept here). Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

import dataclasses
import itertools
from bisect import bisect_left
from itertools import accumulate

import pytest

from rasd import extract
from rasd.claims.agreement import formula
from rasd.claims.context import (
    _QUOTE_MARKS,
    _ROYAL,
    Candidate,
    DocIndex,
    _fused_article,
    _led_body_noun,
    _name_reading,
    _name_start,
    _outlet_noun,
    _union,
    quote_offsets,
)
from rasd.claims.lexicon import CueRole, load_claim_lexicon
from rasd.document import Document, Entity
from rasd.ner.lexicon import load_lexicon
from rasd.stages.claims import find_claims
from rasd.stages.claims.common import _State
from rasd.stages.claims.cues import _KANA
from rasd.stages.claims.marks import _KANA_ANY, _pair_heads, _with_conjunction
from rasd.text.clitics import drop_conjunction, in_words
from rasd.text.matcher import cached_view
from rasd.text.normalize import normalize_word as norm

from .test_claims import STAGES

ARTICLES = [
    "الرياض: افتتاح مركز جديد للإسعاف\nوقال مدير الهلال الأحمر في المنطقة الدكتور خالد العمري لـ«الرياض» إن المركز "
    "يخدم ثلاثة أحياء، وأكدت مصادر في الأمانة أن العمل بدأ أمس. وبحسب بيان للوزارة فإن الافتتاح الرسمي يوم الأحد، "
    "فيما ذكرت وكالة الأنباء السعودية أن أمير المنطقة سيحضر الحفل على طريق الملك عبدالعزيز.",
    "حلب - مراسلنا\nأفاد ناشطون بسقوط قذائف على حي الشيخ مقصود، ونقل المرصد السوري لحقوق الإنسان عن مصادر محلية "
    "أن ثلاثة مدنيين قتلوا. وكان مصدر عسكري قد نفى في وقت سابق وقوع إصابات، بينما قالت الشبكة إن الأهالي نزحوا.",
    "خطبة الجمعة\nوقال الخطيب إن النبي صلى الله عليه وسلم أوصى بالجار، وأضاف أن الصحابة رضي الله عنهم عملوا بذلك. "
    "ولفت فضيلة الشيخ عبدالرحمن السديس إلى أن خادم الحرمين الشريفين - حفظه الله - وجه بالعناية بالمساجد.",
    "عدن - خاص\nصرح مسؤول في الحكومة اليمنية، فضل عدم ذكر اسمه، بأن المفاوضات متوقفة. وأوضحت مصادر قبلية لـ«عدن "
    "الغد» أن الطريق أغلق، في حين أعلن التحالف في بيان أن قواته اعترضت صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.",
    "أخبار الاقتصاد\nتوقع تقرير للبنك الدولي أن يتباطأ النمو، وأشار المتحدث باسم البنك إلى أن الأسعار سترتفع. "
    "وللمصادر المصرفية رأي آخر، إذ قالت مصادر مصرفية مطلعة إن السيولة كافية، وفق ما نقلته صحيفة «الاقتصادية».",
]


def read(text: str) -> Document:
    """The article through the stages up to claims, its first line the title."""
    return extract(text, fmt="text", published="2022-05-17", stages=STAGES)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [read(a) for a in ARTICLES]


# ---------------------------------------------------------------------------------------------- the names
def plain_dropped(etype: str, name: str, led_nouns: frozenset[str]) -> bool:
    """The name-only filters of ``_speaker_candidates`` before round 30."""
    return bool(
        (etype in ("PER", "ORG") and _fused_article(name))
        or (etype == "PER" and _led_body_noun(name, led_nouns))
        or formula(name.split())
    )


def plain_royal_first(name: str) -> bool:
    words = name.split(None, 1)
    first = norm(words[0]) if words else ""
    return first in _ROYAL


NAMES = [
    "خالد العمري",
    "الملك فهد",
    "الأمير محمد بن سلمان",
    "للمقاومة",
    "بالجيش",
    "لإدارة الجوازات",
    "بقيادة حرس الحدود",
    "خادم الحرمين الشريفين - حفظه الله -",
    "رحمه الله",
    "بأن سعيد العتيبي",
    "أن محمد",
    "بأن",
    "وكالة الأنباء السعودية",
    "",
    " ",
    "الملك",
    "عليه السلام",
]


@pytest.mark.parametrize("etype", ["PER", "ORG", "GPE"])
def test_the_names_read_once_read_as_before(etype: str, documents: list[Document]) -> None:
    lex = load_claim_lexicon()
    led = _union(lex.body_nouns, lex.outlet_nouns)
    names = set(NAMES) | {d.text[e.start : e.end] for d in documents for e in d.entities}
    for name in sorted(names):
        got = _name_reading(etype, name, led)
        if plain_dropped(etype, name, led):
            assert got is None, name
            continue
        assert got is not None, name
        royal, delta = got
        if etype == "PER":
            ent = Entity("T1", "PER", 10, 10 + len(name))
            assert 10 + delta == _name_start(" " * 10 + name, ent), name
            assert royal == plain_royal_first(name), name
        else:
            assert (royal, delta) == (False, 0)


# ---------------------------------------------------------------------------------------------- the candidates
def plain_candidates(ix: DocIndex, anonymous: list) -> list[Candidate]:  # type: ignore[type-arg]
    """``DocIndex._speaker_candidates`` as round 29 left it."""
    ner = load_lexicon()
    out: list[Candidate] = []
    text = ix.doc.text
    led_nouns = _union(ix.lexicon.body_nouns, ix.lexicon.outlet_nouns)
    for ent in ix.doc.entities:
        if ent.type not in ("PER", "ORG", "GPE") or ent.role == "author":
            continue
        name = text[ent.start : ent.end]
        if plain_dropped(ent.type, name, led_nouns):
            continue
        if ent.type == "PER" and ix._in_place_name(ent, name):
            continue
        outlet = False
        if ent.type == "ORG":
            actor = ner.by_id.get(ent.actor_id) if ent.actor_id else None
            word = ix.word_before(ent.start)
            outlet = (
                (actor is not None and actor.sector == "JRN")
                or (ent.source == "pattern" and ent.actor_id is None)
                or (word is not None and _outlet_noun(word[0], ner.outlet_nouns))
            )
        end = ix._modifiers_end(ent.end) if ent.anonymous else ent.end
        start = _name_start(text, ent) if ent.type == "PER" else ent.start
        if start >= 1 and text[start - 1] == "و":
            start = ix._waw_initial(start)
        out.append(Candidate(start, end, ent.type, ent, outlet))
    for m in anonymous:
        end = ix._modifiers_end(m.end)
        clash = [c for c in out if c.start < end and m.start < c.end]
        if any(c.entity is None or c.entity.source != "model" or c.end > end or c.start < m.start for c in clash):
            continue
        for c in clash:
            out.remove(c)
        out.append(Candidate(m.start, end, "ANON", gloss=m.value.kind, generic=m.value.generic))
    out.sort(key=lambda c: c.end, reverse=True)
    out.sort(key=lambda c: c.start)
    return out


def _anonymous(doc: Document) -> list:  # type: ignore[type-arg]
    return [
        m for m in load_claim_lexicon().matcher.find_all(cached_view(doc.text)) if m.value.role is CueRole.ANONYMOUS
    ]


def test_the_candidates_are_the_same(documents: list[Document]) -> None:
    lex = load_claim_lexicon()
    seen_anonymous = 0
    for doc in documents:
        anonymous = _anonymous(doc)
        seen_anonymous += len(anonymous)
        ix = DocIndex.build(doc, lex)
        assert ix.candidates == plain_candidates(DocIndex.build(doc, lex), anonymous)
    assert seen_anonymous >= 5  # (ناشطون، مصادر محلية، مصدر عسكري، مسؤول، مصادر قبلية …)


def _with_entities(doc: Document, extra: list[Entity]) -> Document:
    return dataclasses.replace(doc, entities=[*doc.entities, *extra])


def test_the_clash_of_an_unnamed_speaker_with_every_kind_of_entity(documents: list[Document]) -> None:
    """Entities put over, inside, across and beside the unnamed speakers (a tagger's name, a lexicon's, one that
    reaches past the speaker or starts before it): the candidates are those of the plain pass over all of them."""
    lex = load_claim_lexicon()
    checked = 0
    for doc in documents:
        anonymous = _anonymous(doc)
        for m, (ds, de), source, etype in itertools.product(
            anonymous,
            [(0, 0), (0, -2), (2, 0), (-3, 0), (0, 3), (-4, -2), (1, -1)],
            ["model", "lexicon"],
            ["PER", "ORG"],
        ):
            s, e = m.start + ds, m.end + de
            if not 0 <= s < e <= len(doc.text):
                continue
            extra = [Entity(f"X{checked}", etype, s, e, source=source)]
            if (ds, de) == (1, -1):  # and a second one elsewhere, before it, that clashes with nothing
                extra.append(Entity(f"Y{checked}", "PER", 0, 3, source="model"))
            variant = _with_entities(doc, extra)
            assert DocIndex.build(variant, lex).candidates == plain_candidates(DocIndex.build(variant, lex), anonymous)
            checked += 1
    assert checked > 100


def test_an_unnamed_speaker_after_a_removed_name_is_still_read(documents: list[Document]) -> None:
    """A tagger's name over the first unnamed speaker is removed for it; a second unnamed speaker after it, which the
    removed name's reach would have covered, is taken in as before."""
    lex = load_claim_lexicon()
    doc = documents[1]
    anonymous = _anonymous(doc)
    assert len(anonymous) >= 2
    first, second = anonymous[0], anonymous[1]
    long_name = Entity("Z1", "PER", first.start, first.end, source="model")
    reaching = Entity("Z2", "ORG", first.start - 2, first.start - 1, source="model")
    variant = _with_entities(doc, [long_name, reaching])
    got = DocIndex.build(variant, lex).candidates
    assert got == plain_candidates(DocIndex.build(variant, lex), anonymous)
    assert any(c.type == "ANON" and c.start == second.start for c in got)


def test_the_reach_of_the_names_is_their_running_maximum() -> None:
    spans = sorted([(0, 30), (5, 8), (12, 14), (40, 41)])
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    for start, end in itertools.product(range(45), range(1, 46)):
        if end <= start:
            continue
        k = bisect_left(starts, end)
        fast = bool(k and reach[k - 1] > start)
        assert fast == any(a < end and start < b for a, b in spans), (start, end)


# ---------------------------------------------------------------------------------------------- small readers
QUOTED = [
    'قال الوزير «إن الخطة جاهزة» وأضاف "سنبدأ غدا" ثم كتب “شكرا للجميع”',
    "لا علامة هنا",
    "",
    '"',
    '«»""““',
    'بيان: "أولا" و«ثانيا» و“ثالثا” في آخر السطر «',
]


@pytest.mark.parametrize("text", QUOTED + ARTICLES)
def test_the_quote_offsets_are_the_regex_offsets(text: str) -> None:
    assert quote_offsets(text) == [m.start() for m in _QUOTE_MARKS.finditer(text)]


def test_quote_in_reads_the_offsets(documents: list[Document]) -> None:
    lex = load_claim_lexicon()
    for doc in documents:
        ix = DocIndex.build(doc, lex)
        marks = [m.start() for m in _QUOTE_MARKS.finditer(doc.text)]
        for a, b in itertools.product(range(0, len(doc.text) + 2, 7), range(0, len(doc.text) + 2, 11)):
            assert ix.quote_in(a, b) == any(a <= q < b for q in marks), (a, b)


def test_the_pair_heads_are_the_first_words_of_the_pairs() -> None:
    lex = load_claim_lexicon()
    heads = _pair_heads(lex.not_after)
    assert heads and all(" " not in h for h in heads)
    for entry in lex.not_after:
        first, _, rest = entry.partition(" ")
        if rest:
            assert first in heads
    # a pair whose first word heads none is in no list: the test skipped is the test's answer
    words = sorted({w for e in lex.not_after for w in e.split()}) + ["قال", "الوزير", "إن", "في"]
    for w1, w2 in itertools.product(words, repeat=2):
        if f"{w1} {w2}" in lex.not_after:
            assert w1 in heads


def test_the_fused_heads_test_is_the_intersection() -> None:
    lex = load_claim_lexicon()
    fused = lex.fused_heads
    for pw in [*fused, *(f"و{w}" for w in fused), "حسبما", "وحسبما", "كما", "ما", "", "x", *lex.attribution_heads]:
        assert (pw in fused or pw[1:] in fused) == (fused & {pw, pw[1:]} != set())


def test_a_marker_outside_every_claim_is_asked_about_once(
    documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """find_claims asks whether a marker stands inside a claim read before; it asks again only when it does (what
    _set_off_within may change), not for the markers outside every claim (most of them)."""
    asked: list[tuple[int, bool]] = []
    plain = _State.covered

    def covered(self: _State, pos: int) -> bool:
        answer = plain(self, pos)
        asked.append((pos, answer))
        return answer

    monkeypatch.setattr(_State, "covered", covered)
    for doc in documents:
        asked.clear()
        claims = find_claims(doc)
        assert claims == doc.claims  # the same claims as the stage gave
        first_answer: dict[int, bool] = {}
        count: dict[int, int] = {}
        for pos, answer in asked:
            first_answer.setdefault(pos, answer)
            count[pos] = count.get(pos, 0) + 1
        for pos, n in count.items():
            assert n == 1 or first_answer[pos], pos


CONJUNCTION_WORDS = [
    "كان",
    "وكان",
    "فكانت",
    "وكانت",
    "كانت",
    "وك",
    "فو",
    "ولم",
    "لم",
    "ولن",
    "فلا",
    "لا",
    "ول",
    "و",
    "",
    "ف",
]


def test_a_word_with_its_conjunction_reads_as_in_words() -> None:
    lex = load_claim_lexicon()
    for words in (lex.negators, frozenset(_KANA), frozenset({"لم", "لا", "لن", "كان"}), frozenset({"ب", "مع"})):
        both = _with_conjunction(words)
        tried = [*CONJUNCTION_WORDS, *words, *(c + w for c in "وفب" for w in words), *(w[1:] for w in words)]
        for w in tried:
            assert (w in both) == in_words(w, words, min_rest=2), w


def test_the_forms_of_kana_are_read_as_before() -> None:
    for w in [*CONJUNCTION_WORDS, *_KANA, *(c + k for c in "وفل" for k in _KANA)]:
        assert (w in _KANA_ANY) == (w in _KANA or drop_conjunction(w, min_rest=2) in _KANA), w
