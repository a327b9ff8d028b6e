"""Round 39 (helper sp9): the status readers that look for a word list round a trigger ask the document first.

``context.doc_holds`` (round 34's ``triggers._doc_holds``, moved) asks the document's normalized view once whether
one of a list's words is written anywhere in it: :func:`normalize` folds each character on its own, so a word of a
window, or the word less its proclitics, is a piece of the view. ``status._matter_of_time``, ``_a_priority``,
``_dismissed_claim``, ``_enabled_aim`` and ``triggers._exposed_to`` answer no without cutting and normalizing their
window when the document holds none of their words. Each text below is run through the whole pipeline twice, with the
gates and with every gate open (``doc_holds`` always yes, the code before this round), and must give the same events.
``actors.national_forces`` reads no word pair in a clause whose runs of letters hold no force word (the pairs' first
words are whole runs, checked on random texts of force words, digits and punctuation).
The sentences are written for this test in news style; each holds one of the lists' words or none.
"""

from __future__ import annotations

import json
import random

import pytest

import rasd
from rasd.document import Document, Span
from rasd.events import actors as A
from rasd.events import context as C
from rasd.events.coding import status as S
from rasd.events.coding import triggers as T
from rasd.events.context import build_context, doc_holds
from rasd.text.normalize import normalize, normalize_word

_TEXTS = [
    # a matter of time, a priority
    "قصف جوي على مواقع المسلحين\nوقال القائد الميداني إن اقتحام المدينة مسألة وقت، بعد أن قصفت الطائرات مواقع المسلحين "
    "في أطرافها أمس.",
    "مسؤول: تحرير المطار هدف رئيسي\nأعلن المتحدث العسكري أن تحرير المطار على رأس أولويات القوات الحكومية، فيما قتل "
    "جنديان في اشتباك قرب البلدة.",
    # a claim called a fabrication, and one that is not
    "الجيش ينفي\nونفى الجيش ادعاءات المتمردين باستهداف مطار المدينة بصاروخ، ووصفها بأنها أكاذيب، فيما قتل ثلاثة مدنيين "
    "في قصف على حي سكني.",
    "ادعاءات الجماعة\nوزعمت الجماعة أنها نفذت هجوما على نقطة عسكرية، وقتل جندي في انفجار عبوة ناسفة على الطريق.",
    # a verb of being able, a form of تعرض
    "تعزيزات للقوات\nووصلت تعزيزات عسكرية إلى الجبهة لتتمكن القوات من اقتحام البلدة، بينما قصفت المدفعية مواقع "
    "المسلحين.",
    "هجوم على موكب\nوتعرض موكب المحافظ لهجوم مسلح على طريق المطار، وأصيب اثنان من مرافقيه بجروح.",
    # none of the lists' words
    "غارات على مواقع التنظيم\nشنت طائرات حربية غارات على مواقع للتنظيم شرق المدينة، وقتل خمسة مسلحين في الغارات.",
]


def _events(text: str) -> str:
    doc = rasd.extract(text, published="2015-06-01")
    return json.dumps(doc.events, ensure_ascii=False, sort_keys=True, default=str)


@pytest.mark.parametrize("text", _TEXTS)
def test_gates_give_the_events_of_the_open_readers(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _events(text)

    def always(ctx: object, name: str, pieces: object) -> bool:
        return True

    for module in (S, T):
        monkeypatch.setattr(module, "doc_holds", always)
    assert _events(text) == gated


def test_the_texts_have_events_and_open_the_gates() -> None:
    assert all(json.loads(_events(text)) for text in _TEXTS)
    views = [normalize(text) for text in _TEXTS]
    for pieces in (S._MATTER_OF_TIME, S._PRIORITY, S._DISMISSALS, S._DOUBTED, S._ENABLING, T._EXPOSED):
        assert any(p in v for v in views for p in pieces)  # each list's gate opens for some text
        assert not any(p in views[-1] for p in pieces)  # and stays shut for the last


def test_doc_holds_reads_the_normalized_view_once() -> None:
    text = "وتعرّض موكب المحافظ لهجوم، وقالت مصادر إن الإدعاءات باطلة."
    ctx = build_context(Document(text=text, sentences=[Span(0, len(text))]))
    assert doc_holds(ctx, "exposed", T._EXPOSED)  # a shadda in the word: found in the view
    assert doc_holds(ctx, "doubted", S._DOUBTED) is any(p in normalize(text) for p in S._DOUBTED)
    assert not doc_holds(ctx, "matter", S._MATTER_OF_TIME)
    assert ctx.memo[("doc_holds", "matter")] is False
    ctx.memo[("doc_holds", "matter")] = True  # asked once: the memo answers
    assert doc_holds(ctx, "matter", S._MATTER_OF_TIME)
    assert T._doc_holds is C.doc_holds


def test_word_pairs_open_at_the_clause_words() -> None:
    rng = random.Random(39)
    words = ["قوات", "الأمن", "التركية", "طائرات", "حربية", "جيش", "،", ".", "3", "_", "قصف", "و", "في", "\n", "ـ"]
    texts = [*_TEXTS]
    for _ in range(300):
        texts.append(
            "".join(rng.choice(words) + rng.choice([" ", "  ", "", "، "]) for _ in range(rng.randrange(1, 12)))
        )
    for text in texts:
        ctx = build_context(Document(text=text, sentences=[Span(0, len(text))]))
        for _ in range(5):
            c0 = rng.randrange(0, len(text) + 1)
            c1 = rng.randrange(c0, len(text) + 1)
            firsts = {normalize_word(m.group(1)) for m in A._WORD_PAIR.finditer(text, c0, c1)}
            assert firsts <= A._clause_words(ctx, c0, c1)
    ctx = build_context(Document(text="شنت طائرات تركية غارة", sentences=[Span(0, 21)]))
    assert not A._FORCES.isdisjoint(A._clause_words(ctx, 0, 21))


def _aim_word_reference(words: list[str], i: int) -> bool:
    """``status._aim_word`` as round 38 wrote it (every question read the word's forms again)."""
    word = words[i]
    forms = set(S.conjunction_forms(word, min_rest=2))
    if forms & S._AIM_ADVERBS:
        return True
    forms |= {f[1:] for f in list(forms) if f[:1] in ("ب", "ل") and len(f) > 3 and not f.startswith("لل")}
    if forms & S._AIM:
        return True
    if word == S._WAY:
        return i > 0 and words[i - 1] in S._IN
    return word == S._FOR_THE_SAKE and i > 0 and words[i - 1] in S._FROM


def test_aim_words_read_once_per_word_as_before() -> None:
    words = sorted({*S._AIM, *S._AIM_ADVERBS})
    pool = [*words, *("و" + w for w in words), *("ب" + w for w in words), *("لل" + w for w in words)]
    pool += ["في", "سبيل", "من", "أجل", "اجل", "هدف", "بهدف", "للبحث", "لبحث", "وقال", "القوات", "تحرير"]
    pool = [normalize(w) for w in pool]
    rng = random.Random(391)
    for _ in range(2000):
        ws = [rng.choice(pool) for _ in range(rng.randrange(1, 6))]
        for i in range(len(ws)):
            assert S._aim_word(ws, i) is _aim_word_reference(ws, i)
    assert S._aim_word([normalize("في"), normalize("سبيل")], 1)
