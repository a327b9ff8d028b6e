"""Entity and time speed, round 38 (helper sp6): the C-level maps that replace per-token comprehensions give what
the plain readings give. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import random

from rasd.ner.features import FeatureExtractor
from rasd.ner.lexicon import load_lexicon
from rasd.ner.model import MODEL_RESOURCE, _known_attributes, _resource_path
from rasd.ner.roles import RoleReader
from rasd.stages.timex import tokens as time_tokens
from rasd.stages.timex.lexicon import time_lexicon
from rasd.text.normalize import normalize

TEXTS = [
    "قتل 4 أشخاص وأصيب 9 آخرون في انفجار سيارة مفخخة وسط المدينة صباح الأحد 12 مايو 2019م",
    "قال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن 3 مطلوبين سقطوا، 🙏 بعد ثلاثة أيام من المطاردة",
    "وأعلنت الوزارة عن 250 إصابة جديدة خلال الأسبوع الماضي في محافظة الحديدة...",
    "  \n  ",
    "",
    "A320 هبطت في مطار 2015/5/20 الساعة 10:30",
]


def plain_tokens(
    text: str, start: int, end: int
) -> tuple[list[str], list[int], list[int], list[tuple[int, str, bool]]]:
    """Round 37's ``Tokens``: the matches of ``finditer`` over the range and one cache look-up or analysis each."""
    lex = time_lexicon()
    ms = list(time_tokens._token_re(text).finditer(text, start, end))
    words = [m.group() for m in ms]
    return words, [m.start() for m in ms], [m.end() for m in ms], [lex.token_info(w) for w in words]


def test_time_tokens_are_the_matches_of_finditer_over_any_range() -> None:
    lex = time_lexicon()
    rng = random.Random(38)
    for raw in TEXTS:
        text = normalize(raw)
        ranges = [(0, len(text))] + [tuple(sorted(rng.choices(range(len(text) + 1), k=2))) for _ in range(40)]
        for start, end in ranges:
            t = time_tokens.Tokens(lex, text, start, end, lambda _: None)
            words, starts, ends, info = plain_tokens(text, start, end)
            assert (t.words, t.starts, t.ends, t.n) == (words, starts, ends, len(words))
            assert t.pre == [i[0] for i in info] and t.keys == [i[1] for i in info]
            assert t.candidate == [i[2] for i in info]
    t = time_tokens.Tokens(lex, normalize(TEXTS[0]), 0, len(TEXTS[0]), lambda _: None)
    assert "2019" in t.words and t.candidate[t.words.index("2019")]  # digits may start a rule
    assert t.ends[t.words.index("2019")] == t.starts[t.words.index("2019") + 1]  # 2019م: glued tokens


def test_document_records_are_the_records_of_each_word_new_or_cached() -> None:
    known = _known_attributes(_resource_path(MODEL_RESOURCE))
    sentences = [TEXTS[1].split(), TEXTS[2].split(), TEXTS[1].split()]  # the third all cached
    for make in (FeatureExtractor, lambda: FeatureExtractor(known=known)):  # the plain path and the model's groups
        fx = make()
        context, records = fx.document_records(sentences)
        fresh = make()
        assert records == [[fresh.record(w) for w in s] for s in sentences]
        assert [len(r) for r in records] == [len(s) for s in sentences]
        assert context == fresh.document_context(sentences)
        assert records[0][0] is records[2][0]  # the cached record, not one computed again


def test_may_start_each_is_may_start_of_each_word() -> None:
    reader = RoleReader(load_lexicon())
    words = normalize(TEXTS[1]).split() + ["اللواء", "اللواء"]  # a new word twice
    got = reader.may_start_each(words)
    plain = RoleReader(load_lexicon())
    assert got == [plain.may_start(w) for w in words]
    assert got[words.index("اللواء")] and not got[words.index("3")]
    assert reader.may_start_each(words) == got  # now all cached
