"""Round 31 (helper sp11): the events stage's time, with every output the same.

* ``context.build_context`` reads the places, actors and names in one pass over the entities and counts the focus
  country in a dict (``_focus_country``): the same lists and country as round 30's three generator passes and
  ``Counter.most_common(1)`` (kept here as the reference), on written documents and random entity lists.
* ``normalize.normalize_words`` is the word cache's own look-up mapped over the words: the same as ``normalize`` of
  each word, also when the cache fills and starts again; the trigger readers that read the first words of a window
  normalize only those (the same words as normalizing all and cutting after).
"""

from __future__ import annotations

import random
from collections import Counter
from operator import attrgetter

import pytest

import rasd.text.normalize as N
from rasd.document import Document, Entity, Span
from rasd.events.context import _focus_country, build_context
from rasd.text.normalize import normalize, normalize_words

_TEXT = (
    "قالت مصادر محلية إن طائرات حربية شنت غارات على بلدة كفرنبل في ريف إدلب، فيما اعتقلت قوات الأمن "
    "عشرة أشخاص في مدينة حمص. وأعلنت وزارة الدفاع التركية أن مدفعيتها قصفت مواقع للتنظيم قرب الباب."
)


def _reference_lists(doc: Document) -> tuple[list[Entity], list[Entity], list[Entity], str | None]:
    """Round 30's build_context: three filters over the entities, each sorted, and a Counter of countries."""
    by_start = attrgetter("start")
    places = sorted(
        (e for e in doc.entities if e.geo and e.type in ("GPE", "LOC", "FAC") and e.geo.get("country_iso3")),
        key=by_start,
    )
    actors = sorted((e for e in doc.entities if e.acled or e.inter is not None), key=by_start)
    countries = Counter(
        str(e.geo["country_iso3"]) for e in places if e.geo and str(e.geo.get("feature", "")).startswith(("PPL", "ADM"))
    )
    if not countries:
        countries = Counter(str(e.geo["country_iso3"]) for e in places if e.geo)
    names = sorted((e for e in doc.entities if e.type in ("ORG", "PER", "MISC")), key=by_start)
    return places, actors, names, countries.most_common(1)[0][0] if countries else None


def _random_entities(rng: random.Random, n: int) -> list[Entity]:
    out = []
    for i in range(n):
        start = rng.randrange(0, 200)
        kind = rng.choice(("GPE", "LOC", "FAC", "ORG", "PER", "MISC", "NORP", "GPE"))
        geo = None
        if rng.random() < 0.6:
            geo = {
                "country_iso3": rng.choice(("SYR", "YEM", "IRQ", "", None)),
                "feature": rng.choice(("PPLA", "ADM1", "PCLI", "", "FAC")),
            }
            if rng.random() < 0.2:
                del geo["feature"]
        acled = rng.choice((None, None, "Military Forces of Syria", ""))
        inter = rng.choice((None, None, 1, 2, 0))
        out.append(Entity(f"T{i}", kind, start, start + rng.randrange(1, 20), geo=geo, acled=acled, inter=inter))
    return out


def test_build_context_lists_and_focus_country_as_round_30() -> None:
    rng = random.Random(31)
    for n in (0, 1, 2, 5, 12, 40):
        for _ in range(60):
            doc = Document(text=_TEXT, sentences=[Span(0, len(_TEXT))], entities=_random_entities(rng, n))
            ctx = build_context(doc)
            places, actors, names, focus = _reference_lists(doc)
            assert ctx.places == places and [id(e) for e in ctx.places] == [id(e) for e in places]
            assert [id(e) for e in ctx.actors] == [id(e) for e in actors]
            assert [id(e) for e in ctx.names] == [id(e) for e in names]
            assert ctx.focus_country == focus
            assert ctx.place_starts == [e.start for e in places] and ctx.name_starts == [e.start for e in names]


def test_focus_country_ties_go_to_the_first_counted() -> None:
    def place(i: int, start: int, iso: str, feature: str) -> Entity:
        return Entity(f"T{i}", "GPE", start, start + 3, geo={"country_iso3": iso, "feature": feature})

    # Yemen and Syria two each among the towns: the first counted (Yemen) wins, as Counter.most_common(1) says
    places = [
        place(1, 0, "YEM", "PPL"),
        place(2, 5, "SYR", "PPLA"),
        place(3, 9, "SYR", "ADM2"),
        place(4, 12, "YEM", "PPL"),
    ]
    assert _focus_country(places) == "YEM" == Counter(["YEM", "SYR", "SYR", "YEM"]).most_common(1)[0][0]
    # a country named as such does not count while a town does; with no town, every place counts
    assert _focus_country([place(1, 0, "IRQ", "PCLI"), place(2, 4, "SYR", "PPL")]) == "SYR"
    assert _focus_country([place(1, 0, "IRQ", "PCLI"), place(2, 4, "SYR", "PCLI"), place(3, 8, "SYR", "")]) == "SYR"
    assert _focus_country([]) is None


_TEXTS = [
    "شنت الطائرات غارات على حلب وريف حلب، وقصف مدفعي قرب حمص.",
    "وفي الغوطة الشرقية قتل مدنيان في غارة جوية، فيما تواصل القصف على إدلب.",
    "اعتقلت قوات الأمن ناشطين في حمص بعد اعتقال آخرين قرب حلب.",
    "قالت المصادر إن الاشتباكات استمرت في ريف إدلب الجنوبي وفي محيط بلدة كفرنبل.",
]


def test_normalize_words_is_normalize_of_each_word(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _WORD_SPLIT(" ".join(_TEXTS) + " أإآ ٱلْمَدِينَةُ مُسْتَشْفَى ﻻ ک ی ٣٤ ـــقصف")
    assert normalize_words(words) == [normalize(w) for w in words]
    monkeypatch.setattr(N, "_WORD_CACHE_LIMIT", 3)  # the cache fills and starts again on the way
    N._WORD_CACHE.clear()
    try:
        assert normalize_words(words) == [normalize(w) for w in words]
        assert len(N._WORD_CACHE) <= 3
    finally:
        N._WORD_CACHE.clear()
    assert normalize_words([]) == []


def _WORD_SPLIT(text: str) -> list[str]:
    return [w for w in text.replace("،", " ").replace(".", " ").split(" ") if w]


def test_the_first_words_of_a_window_normalized_alone() -> None:
    rng = random.Random(5)
    pool = _WORD_SPLIT(" ".join(_TEXTS)) + ["أُسود", "الأسد", "هذا", "مِن", "الثيران"]
    for _ in range(500):
        words = rng.sample(pool, rng.randrange(0, 9))
        for k in (1, 3, 4, 8):
            assert normalize_words(words[:k]) == [normalize(w) for w in words][:k]
        assert normalize_words(words[-1:]) == [normalize(w) for w in words][-1:]
