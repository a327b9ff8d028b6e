"""Captures by the government's affiliates (round 16b, helper ac3; issue 12, sub-type).

ACLED's codebook types a capture "Government regains territory" when "government forces or their affiliates" regain a
location from a non-state group or competing state forces, and excludes non-state actors "operating directly on
behalf of the government" from "Non-state actor overtakes territory". actors.yaml's ``affiliate`` field gives the
periods in which a militia fought on a government's side (Yemen's Popular Resistance beside Hadi's army from 2015,
the Houthis being the competing state forces then); output.acled_codes reads it on the event's date. Ground one
affiliate takes from another affiliate of the same government is "competing non-state actors exchanging control":
a non-state actor's taking. After an affiliation ends (the Southern Resistance after May 2017) the militia's
capture is a non-state actor's again. Sentences written for these tests, each given as a dated one-line article.
"""

from __future__ import annotations

import functools
import json

import rasd
from rasd.ingest.jsonl import read_line
from rasd.ner.lexicon import load_lexicon
from rasd.resources import load_yaml

GOV = "Government regains territory"
NON_STATE = "Non-state actor overtakes territory"


@functools.cache
def _pipeline() -> rasd.Pipeline:
    return rasd.Pipeline(settings=rasd.Settings(ner="fast"))


def captures(text: str, published: str) -> list[tuple[str | None, str | None]]:
    """(sub-type, actor1 name) of the territorial rows of a one-line article published on ``published``."""
    row = {"title": None, "text": text, "url": None, "published": published}
    doc = _pipeline().run(read_line(json.dumps(row, ensure_ascii=False).encode("utf-8")))
    return [
        (e.get("acled_sub_event_type"), (e.get("actor1") or {}).get("name"))
        for e in doc.events
        if isinstance(e, dict) and e.get("acled_sub_event_type") in (GOV, NON_STATE)
    ]


# ------------------------------------------------------------------------------------------------ the lexicon
def test_every_affiliate_entry_has_its_period_and_its_side() -> None:
    lexicon = load_lexicon()
    raw = {spec["id"]: spec for spec in load_yaml("ar/actors.yaml")["actors"]}
    found = 0
    for actor in lexicon.actors:
        for period in raw[actor.id].get("affiliate") or ():
            found += 1
            valid = period.get("valid")
            assert isinstance(valid, list) and len(valid) == 2, actor.id
            assert valid[0] is not None, f"{actor.id}: an affiliation starts on a known day"
            assert valid[1] is None or str(valid[0]) < str(valid[1]), actor.id
            assert actor.inter not in (1, 8), f"{actor.id}: state forces need no affiliation"
            sides = period["side"] if isinstance(period["side"], list) else [period["side"]]
            for side in sides:
                state = lexicon.by_id[side]  # a listed actor
                assert state.inter == 1 and state.country == actor.country, (actor.id, side)
    assert found >= 4


def test_the_header_says_what_the_field_means_and_its_source() -> None:
    source = load_yaml("ar/actors.yaml")["meta"]["source"]
    assert "`affiliate`" in source and "operating directly on behalf of the government" in source


def test_an_affiliation_holds_in_its_period_only() -> None:
    lexicon = load_lexicon()
    southern = lexicon.by_id["yem-southern-resistance"]
    assert southern.side_on("2015-07-20") == ("yem-gov-forces", "yem-police")
    assert southern.side_on("2018-01-28") == ()  # after the Southern Transitional Council (11 May 2017)
    assert southern.side_on(None) == ()
    assert lexicon.by_id["yem-popular-resistance"].side_on("2015-02-01") == ()  # before it was formed
    assert lexicon.by_id["syr-ndf"].side_on("2025-01-10") == ()  # the army it served is gone
    assert lexicon.by_id["yem-houthi"].side_on("2015-07-20") == ()


# ------------------------------------------------------------------------------------------------ captures
def test_the_resistance_taking_a_town_from_the_houthis_is_the_governments() -> None:
    assert captures(
        "عدن - سيطرت المقاومة الشعبية اليمنية أمس الثلاثاء على مدينة الحوطة عاصمة محافظة لحج بعد معارك عنيفة مع "
        "مسلحي الحوثي.",
        "2015-07-29",
    ) == [(GOV, "Popular Resistance")]
    assert captures(
        "تعز - تمكن رجال المقاومة الشعبية في تعز اليوم من استعادة السيطرة على جبل صبر بعد اشتباكات مع "
        "ميليشيات الحوثي وصالح.",
        "2015-07-29",
    ) == [(GOV, "Popular Resistance")]
    assert captures(
        "عدن - سيطرت المقاومة الجنوبية الاثنين على مطار عدن الدولي بعد معارك مع الحوثيين.", "2015-07-20"
    ) == [(GOV, "Southern Resistance")]


def test_a_pro_government_militia_in_syria() -> None:
    assert captures(
        "حلب - سيطرت قوات الدفاع الوطني أمس على قرية في ريف حلب الشرقي بعد اشتباكات مع تنظيم داعش.", "2015-06-10"
    ) == [(GOV, "QDW: National Defense Forces")]


def test_after_the_affiliation_ends_the_militia_takes_ground_for_itself() -> None:
    assert captures(
        "عدن - سيطرت المقاومة الجنوبية يوم الأحد على مقر الحكومة في حي المعلا بعد اشتباكات عنيفة مع "
        "قوات الحكومة اليمنية.",
        "2018-01-28",
    ) == [(NON_STATE, "Southern Resistance")]


def test_one_affiliate_taking_ground_from_another_is_a_non_state_taking() -> None:
    assert captures(
        "عدن - سيطرت المقاومة الشعبية اليمنية أمس على معسكر في لحج بعد اشتباكات مع المقاومة الجنوبية.", "2015-07-29"
    ) == [(NON_STATE, "Popular Resistance")]


def test_ground_taken_from_an_affiliate_by_a_rebel_stays_non_state() -> None:
    assert captures(
        "عدن - سيطر مسلحو تنظيم داعش أمس على بلدة في محافظة لحج بعد اشتباكات مع المقاومة الشعبية اليمنية.", "2015-07-29"
    ) == [(NON_STATE, "Islamic State (Yemen)")]


def test_the_taker_named_again_on_the_other_side_is_no_other_affiliate() -> None:
    from types import SimpleNamespace

    from rasd.events.output import _affiliate_capture

    ctx = SimpleNamespace(doc=SimpleNamespace(article=SimpleNamespace(published="2015-07-26")))
    resistance = {"name": "Popular Resistance", "inter": 3, "actor_id": "yem-popular-resistance"}
    southern = {"name": "Southern Resistance", "inter": 3, "actor_id": "yem-southern-resistance"}
    houthis = {"name": "Houthis", "inter": 1, "actor_id": "yem-houthi"}

    def capture(actor1: dict, actor2: dict | None, date: str | None = "2015-07-25") -> bool:
        cand = SimpleNamespace(actor1=actor1, actor2=actor2, date={"value": date} if date else None)
        return _affiliate_capture(ctx, cand)  # type: ignore[arg-type]

    assert capture(resistance, dict(resistance))  # actor2 misread as the taker itself
    assert capture(resistance, houthis) and capture(resistance, None)
    assert not capture(resistance, southern)  # two affiliates of one government
    assert capture(southern, None, date=None)  # no event date: the article's
    assert not capture(southern, None, date="2018-01-28")
    assert not capture(houthis, None)  # state forces are typed by their inter code, not here
