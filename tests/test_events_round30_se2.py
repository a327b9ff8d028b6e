"""Round 30 (helper se2): the events stage's time, every output byte kept.

Speed only: each test compares a shortcut with the code it replaces (kept here or in the module as the reference) on
sentences written for these tests and on random texts built from their words, and checks that the shortcut is taken.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

import rasd.text.matcher as M
from rasd.events.coding.readers import _back_words, _back_words_loop, back_words
from rasd.events.lexicon import cue_matcher, event_lexicon
from rasd.text.matcher import LexiconMatcher, Match, _entries_at

_SENTENCES = [
    "أفاد شهود عيان بأن قذيفة سقطت قرب سوق الخضار في حي الشيخ مقصود مساء الأحد، ما أدى إلى إصابة ثلاثة مدنيين.",
    "وقال مسؤول محلي في تصريح لمراسلنا من مدينة الحسكة إن الطيران قصف مواقع للتنظيم شرق البلدة",
    "اندلعت مواجهات بين المحتجين وقوات الأمن أمام مبنى المحافظة، واعتقلت الشرطة عشرين شابا",
    "عقد المجلس اجتماعا طارئا في العاصمة لبحث الهجوم الذي استهدف نقطة تفتيش على الطريق الدولي",
    "وفي سياق آخر، فجر مسلحون عبوة ناسفة استهدفت دورية للجيش\tعلى أطراف القرية،  ولم يصب أحد",
    "استضافت الدوحة جولة جديدة من المحادثات بين الطرفين، بينما تواصلت الغارات الجوية على ريف حماة",
    "ﻻ تزال   فرق الإنقاذ تبحث عن مفقودين تحت الأنقاض\u00a0بعد انفجار سيارة مفخخة وسط المدينة",
    "قُتل جنديان وأصيب آخرون في هجوم على حاجز أمني بمحافظة صلاح الدين، بحسب بيان لوزارة الدفاع",
]


def _texts(seed: int, n: int) -> list[str]:
    """The sentences, then random texts of their words with every kind of space, line break, joiner and mark."""
    rng = random.Random(seed)
    words = " ".join(_SENTENCES).split()
    seps = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", " - ", "_", "، ", "\u2009", " \n "]
    out = list(_SENTENCES)
    for _ in range(n):
        k = rng.randint(1, 30)
        out.append("".join(rng.choice(words) + rng.choice(seps) for _ in range(k)).strip(rng.choice(["", " "])))
    return out


# ------------------------------------------------------------------------------------------ back_words
def test_back_words_as_the_word_loop_reads_them() -> None:
    rng = random.Random(30)
    for text in _texts(30, 400):
        for _ in range(20):
            offset = rng.randint(0, len(text))
            n = rng.choice([0, 1, 2, 3, 4, 6, 8, 9, 12])
            assert _back_words(text, offset, n) == _back_words_loop(text, offset, n), (text, offset, n)


def test_back_words_every_whitespace_character() -> None:
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    for sp in spaces:
        text = f"قصفت الطائرات{sp}مواقع{sp}{sp}التنظيم في{sp}ريف حلب"
        for offset in range(len(text) + 1):
            for n in (1, 2, 3, 5):
                assert _back_words(text, offset, n) == _back_words_loop(text, offset, n), (hex(ord(sp)), offset, n)


def test_back_words_stops_at_the_window_start() -> None:
    text = "ا" * 100 + " هجوم"
    assert back_words(text, len(text), 2) == _back_words_loop(text, len(text), 2) == len(text) - 40


# ------------------------------------------------------------------------------------------ matcher walk
def _overlapping_reference(m: LexiconMatcher[Any], text: str) -> list[tuple[int, int, int, str, int]]:
    """Round 29's ``_overlapping``: :func:`_entries_at` at every word that may start an entry."""
    view, an, all_readings = m._prepare(text)
    words, starts, ends, gaps = an.words, an.starts, an.ends, an.gaps
    offsets = view.offsets
    last_word = len(words) - 1
    out: list[tuple[int, int, Any, str, int]] = []
    for i in range(len(words)):
        readings = all_readings[i]
        if not readings:
            continue
        w0 = starts[i]
        found = _entries_at(readings, i, w0, offsets, words, gaps, last_word)
        if not found:
            continue
        ps = offsets[w0]
        best: dict[int, tuple[int, int, int, str, Any]] = {}
        for cand in found:
            k = id(cand[4])
            if k not in best or cand[1:3] < best[k][1:3]:
                best[k] = cand
        for last, plen, _, prefix, node in sorted(best.values(), key=lambda c: (-c[0], c[1], c[2])):
            s, e = view.to_source(w0 + plen, ends[last])
            out.append((s, e, node, prefix, ps))
    out.sort(key=lambda x: (x[0], -x[1]))
    return [(s, e, id(node), prefix, ps) for s, e, node, prefix, ps in out]


def _find_all_reference(m: LexiconMatcher[Any], text: str) -> list[tuple[int, int, str, str, int]]:
    """Round 29's non-overlapping ``find_all``: leftmost-longest through :func:`_entries_at` at every word."""
    view, an, all_readings = m._prepare(text)
    words, starts, ends, gaps = an.words, an.starts, an.ends, an.gaps
    offsets = view.offsets
    last_word = len(words) - 1
    out: list[tuple[int, int, str, str, int]] = []
    skip_to = 0
    for i in range(len(words)):
        if i < skip_to or not all_readings[i]:
            continue
        w0 = starts[i]
        found = _entries_at(all_readings[i], i, w0, offsets, words, gaps, last_word)
        if not found:
            continue
        last, plen, _, prefix, node = min(found, key=lambda c: (-c[0], c[1], c[2]))
        s, e = view.to_source(w0 + plen, ends[last])
        out.extend((s, e, node.key, prefix, offsets[w0]) for _ in node.values)
        skip_to = last + 1
    return out


def _small_matcher() -> LexiconMatcher[str]:
    entries = [
        ("قذيفة", "shell"),
        ("عبوة ناسفة", "ied"),
        ("سيارة مفخخة", "vbied"),
        ("الغارات الجوية", "air"),
        ("غارة", "air"),
        ("هجوم", "attack"),
        ("هجوم على", "attack_on"),
        ("حاجز أمني", "checkpoint"),
        ("ريف حماة", "place"),
        ("حماة", "place"),
        ("وزارة الدفاع", "ministry"),
        ("ﻻ تزال", "still"),
        ("مدني", "civ"),
        ("مدنيين", "civ"),
    ]
    return LexiconMatcher(entries)


@pytest.mark.parametrize("which", ["small", "cues", "triggers"])
def test_walk_finds_what_entries_at_finds(which: str) -> None:
    m: LexiconMatcher[Any] = {
        "small": _small_matcher,
        "cues": cue_matcher,
        "triggers": lambda: event_lexicon().triggers,
    }[which]()
    for text in _texts(31, 300):
        got = [(s, e, id(node), prefix, ps) for s, e, node, prefix, ps in m._overlapping(text)]
        assert got == _overlapping_reference(m, text), text
        found = [(x.start, x.end, x.key, x.prefix, x.prefix_start) for x in LexiconMatcher.find_all(m, text)]
        assert found == _find_all_reference(m, text), text


def test_one_word_entries_are_read_without_entries_at(monkeypatch: pytest.MonkeyPatch) -> None:
    m = _small_matcher()
    text = "سقطت قذيفة قرب منزل مدني بعد غارة على ريف حماة"
    expected = [(x.start, x.end, x.value) for x in m.find_all(text)]
    calls: list[int] = []

    def counted(*args: Any) -> Any:
        calls.append(args[1])
        return _entries_at(*args)

    monkeypatch.setattr(M, "_entries_at", counted)
    assert [(x.start, x.end, x.value) for x in m.find_all(text)] == expected
    assert [v for v in expected if v[2] in ("shell", "civ")]
    words = text.split()
    # قذيفة and مدني end their entries and no longer entry goes on from them: read without the walk
    assert words.index("قذيفة") not in calls and words.index("مدني") not in calls
    calls.clear()
    spans = m.spans_by_value(text)
    assert spans["shell"] == ([text.index("قذيفة")], [text.index("قذيفة") + len("قذيفة")])
    assert words.index("قذيفة") not in calls


def test_walk_keeps_a_ligature_out_of_a_stem() -> None:
    m = LexiconMatcher([("لاجئين", "refugees"), ("جئين", "x")])
    for text in ("وﻻجئين في المخيم", "ﻻجئين", "للاجئين فرّوا"):
        assert [(s, e, id(n), p, ps) for s, e, n, p, ps in m._overlapping(text)] == _overlapping_reference(m, text)
        assert [(x.start, x.end, x.key, x.prefix, x.prefix_start) for x in m.find_all(text)] == _find_all_reference(
            m, text
        )


def test_match_objects_unchanged() -> None:
    m = _small_matcher()
    got = m.find_all("وقع هجوم على حاجز أمني")
    assert got and all(isinstance(x, Match) for x in got)
    assert [x.value for x in got] == ["attack_on", "checkpoint"]
