"""Round 13's speed changes keep what they replaced: the regexes rewritten for the engine's fast scan match exactly
what the old ones did, the record builder gives the same features, and the collector's thresholds are set only by
the entry points that run many documents."""

from __future__ import annotations

import gc
import random
import re

import pytest

from rasd.ner.features import FeatureExtractor
from rasd.pipeline import GC_THRESHOLDS, relax_gc
from rasd.text import numbers, segment

# the patterns as they were before round 13 (the reference the rewrites must equal)
_OLD_DATE_RE = re.compile(
    r"(?<![0-9])[0-9]{1,4} ?([/\-.]) ?[0-9]{1,2} ?\1 ?[0-9]{1,4}(?![0-9])"
    r"|(?<![0-9])[0-9]{1,2}:[0-9]{2}(?![0-9])"
    r"|(?<=الساعه )[0-9]{1,2}[,.][0-9]{2}(?![0-9])"
)
_OLD_URL_HINT_RE = re.compile(r"https?://|www\.|[A-Za-z0-9]\.[A-Za-z]|@")

_TEXTS = [
    "وقع الانفجار في 20/5/2019 عند الساعه 10:30 صباحا",
    "الاجتماع يوم 2019-05-20 وبعده 3 / 6 / 2012 ثم 12345/6/7 و1/2/3/4",
    "عند الساعه 14,30 وصل الوفد، وفي الساعه 9.15 غادر، والساعه 123,45 لا",
    "قتل 15 شخصا واصيب 1.500 اخرون في 5:300 و12:30:45 و 7 : 30",
    "بلغ العدد 2015.11.3 او 11-2015-3 او 1.2.3.4.5",
    "",
    "5",
    "55:55",
    "الساعه 1,23",
]


def _random_texts() -> list[str]:
    rng = random.Random(13)
    alphabet = "0123456789" * 3 + "/-. :,اله" + "ساعه "
    return ["".join(rng.choices(alphabet, k=rng.randint(3, 16))) for _ in range(30_000)] + [
        "الساعه " + "".join(rng.choices("0123456789,.:", k=rng.randint(1, 6))) for _ in range(3_000)
    ]


def test_the_date_pattern_matches_what_it_replaced() -> None:
    for text in [*_TEXTS, *_random_texts()]:
        assert [m.span() for m in numbers._DATE_RE.finditer(text)] == [m.span() for m in _OLD_DATE_RE.finditer(text)], (
            text
        )


def test_the_url_hint_finds_what_it_replaced() -> None:
    texts = [
        "زار http://example.com اليوم",
        "https://t.co/x",
        "www.sana.sy",
        "موقع sana.sy الرسمي",
        "حساب @reuters",
        "a.b",
        "1.5 مليون",
        "http:/ واحد",
        "هذا النص عربي كله.",
        "",
        "h",
        "ww.x",
        "wwww.",
        "A.",
        ".a",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            for stop in range(start, len(text) + 1):
                assert bool(segment._URL_HINT_RE.search(text, start, stop)) == bool(
                    _OLD_URL_HINT_RE.search(text, start, stop)
                ), (text, start, stop)


@pytest.mark.parametrize(
    "word", ["قال", "والرئيس", "بالمدينة", "محمد", "ل", "في", "2015", "F16", "للأمم", "وأحمد", "الأسد", "ش", "مع"]
)
def test_the_record_of_a_word_is_the_plain_paths(word: str) -> None:
    """The known-attribute builder (with its no-cue and long-stem fast paths) gives what the plain path keeps."""
    from rasd.ner.model import MODEL_RESOURCE, _known_attributes, _resource_path

    known = _known_attributes(_resource_path(MODEL_RESOURCE))
    assert known is not None
    fast = FeatureExtractor(known=known)
    plain = FeatureExtractor(known=known)
    plain._groups = None  # the plain path: every feature built as a string, then kept if the model knows it
    assert fast.record(word) == plain.record(word)


def test_relax_gc_is_for_entry_points_only() -> None:
    before = gc.get_threshold()
    try:
        import rasd

        rasd.extract("قال الرئيس إن الاجتماع عقد في دمشق.")
        assert gc.get_threshold() == before  # the library leaves the process's collector alone
        relax_gc()
        assert gc.get_threshold() == GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)


def test_the_actors_of_a_sentence_are_the_plain_walks() -> None:
    """Bisection over the actors in text order picks what the walk over all of them picked, in the same order."""
    from rasd.stages.entities import _actors_within, _Candidate

    rng = random.Random(13)
    for _ in range(300):
        spans = sorted((s, s + rng.randint(1, 12)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 25))))
        actors = [_Candidate(s, e, "ORG", "lexicon", None) for s, e in spans]  # type: ignore[arg-type]
        starts = [a.start for a in actors]
        for _ in range(20):
            start = rng.randint(0, 210)
            end = start + rng.randint(0, 60)
            plain = [a for a in actors if start <= a.start and a.end <= end]
            assert [id(a) for a in _actors_within(actors, starts, start, end)] == [id(a) for a in plain]
