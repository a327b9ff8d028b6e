"""Time and geo speed, round 40 (helper sp12): the tables and memos that replace per-call work give what the plain
readings give. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import lexicon as geo_lexicon_module
from rasd.geo.recognize.recognizer import get_recognizer
from rasd.stages.timex import grammar
from rasd.stages.timex.lexicon import time_lexicon
from rasd.stages.timex.tokens import Tokens
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize

TEXTS = [
    "قتل 4 أشخاص وأصيب 9 آخرون في انفجار سيارة مفخخة وسط بلدة المسيفرة بريف درعا صباح الأحد 12 مايو 2019م",
    "وفي محافظة مأرب شنت المقاتلات غارات على منطقة الجدعان ومديرية صرواح قبل ثلاثة أيام",
    "سقطت قذيفتان على حي الشيخ مقصود شمال مدينة حلب منذ أسبوعين، وفي العام الماضي قُتل 12 مدنياً",
    "",
]


def plain_rules(lex: Any, digits: bool, key: str) -> list[Any]:
    """Round 39's ``parse_at``: the rule list built afresh at each token (before the number-word look-ahead)."""
    rules: list[Any] = list(grammar._DIGIT_RULES) if digits else []
    for kind in lex.first_kinds.get(key, ()):
        for rule in grammar._DISPATCH.get(kind, ()):
            if rule not in rules:
                rules.append(rule)
    if key in lex.month_words and grammar.Grammar.rule_date not in rules:
        rules.append(grammar.Grammar.rule_date)
    return rules


def test_rules_for_every_key_are_the_rules_built_afresh() -> None:
    lex = time_lexicon()
    keys = [*lex.first_kinds, *lex.month_words, "2019", "ال", "مدينة", "زيارة"]
    assert len(keys) > 100
    for key in keys:
        for digits in (False, True):
            assert list(grammar._rules_for(lex, digits, key)) == plain_rules(lex, digits, key), (key, digits)
            assert grammar._rules_for(lex, digits, key) is grammar._rules_for(lex, digits, key) or not (
                key in lex.first_kinds or key in lex.month_words
            )


def plain_match(t: Tokens, i: int, kind: str, *, clitic: bool = False) -> tuple[int, Any] | None:
    """Round 39's ``Tokens.match``: every entry of the first word, filtered by kind."""
    if i >= t.n:
        return None
    first = t.keys[i] if clitic else t.words[i]
    for entry in t.lex.entries(first):
        if entry.kind != kind:
            continue
        size = len(entry.words)
        if i + size > t.n:
            continue
        if all(t.words[i + k] == entry.words[k] and t.adj(i + k - 1, i + k) for k in range(1, size)):
            return i + size, entry.value
    return None


def test_match_by_kind_is_the_filtered_entries() -> None:
    lex = time_lexicon()
    kinds = sorted({kind for ks in lex.first_kinds.values() for kind in ks})
    assert {"month", "unit", "dursig", "hedge"} <= set(kinds)
    hits = 0
    for raw in TEXTS:
        text = normalize(raw)
        t = Tokens(lex, text, 0, len(text), lambda _offset: (None, "published"))
        for i in range(t.n + 1):
            for kind in kinds:
                for clitic in (False, True):
                    got = t.match(i, kind, clitic=clitic)
                    assert got == plain_match(t, i, kind, clitic=clitic), (raw, i, kind, clitic)
                    hits += got is not None
    assert hits > 5


def test_text_tokens_memo_gives_a_new_list_with_the_same_tokens() -> None:
    first = geo_lexicon_module.text_tokens(normalize(TEXTS[0]))
    again = geo_lexicon_module.text_tokens(normalize(TEXTS[0]))
    assert again == first and again is not first
    other = geo_lexicon_module.text_tokens(normalize(TEXTS[1]))
    assert [t.text for t in other][:3] == ["وفي", "محافظه", "مارب"]
    first.pop()
    assert geo_lexicon_module.text_tokens(normalize(TEXTS[1])) == other  # a caller's list is its own


def test_descriptors_at_and_stems_are_the_plain_readings() -> None:
    rec = get_recognizer()
    for raw in TEXTS:
        toks = geo_lexicon_module.text_tokens(normalize(raw))
        assert rec._descriptors_at(toks) == [rec._descriptor(t.text) for t in toks]
        for t in toks:
            assert list(rec._stems(t.text)) == strip_proclitics(t.text)
    kinds = [d[0] for d in rec._descriptors_at(geo_lexicon_module.text_tokens(normalize(TEXTS[1]))) if d]
    assert "governorate" in kinds
