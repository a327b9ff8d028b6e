"""Round 12c (helper ev5): misses left by the second wave of round 12 in the trigger needs and the stage.

Every sentence below was written for its rule, in the register of Arabic news; none is copied from a batch, a tune
file or the corpus.
"""

from __future__ import annotations

import pytest

from tests.sentence_checks import TOLD, alone, assert_found_typed_undated, assert_no_event


@pytest.mark.parametrize(
    "sentence",
    [
        # a ramming of soldiers (plural) or at a military checkpoint: a car used as a weapon
        "دهس شاب فلسطيني ثلاثة جنود إسرائيليين عند مفترق طرق جنوب بيت لحم.",
        "أصيب جنديان بجروح عندما دهسهم سائق فلسطيني عند حاجز عسكري شمال رام الله.",
    ],
)
def test_a_ramming_of_soldiers_is_found(sentence: str) -> None:
    assert_found_typed_undated(("Armed clash", "Attack"), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # fighters or soldiers captured in the field: a clash
        "أسرت قوات البيشمركة عشرين من مسلحي التنظيم في قرية جنوب كركوك.",
        "وأسروا خمسة جنود من القوات الحكومية خلال تقدمهم في ريف حماة الشمالي.",
    ],
)
def test_a_capture_of_fighters_is_a_clash(sentence: str) -> None:
    assert_found_typed_undated(("Armed clash",), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare أسر is "families": never the verb
        "زار المحافظ أسر الجنود الذين سقطوا دفاعا عن الوطن.",
        "قدمت الجمعية مساعدات مالية إلى أسر المقاتلين والجرحى.",
    ],
)
def test_families_are_no_capture(sentence: str) -> None:
    assert_no_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a weak arrest word before one man named by his rank: found with no place or actor of its own
        "تم اعتقال القيادي في حركة طالبان الملا عبد الرحيم.",
        "أعلنت الشرطة اعتقال قائد ميداني بارز في التنظيم يدعى أبو محمد.",
        "وقال المتحدث إنه تم اعتقال أبو خالد قائد التنظيم في المنطقة.",
        "وجرى توقيف القيادي في الحزب المحظور بعد عودته من الخارج.",
    ],
)
def test_an_arrest_of_a_ranked_man_is_found(sentence: str) -> None:
    assert_found_typed_undated(("Arrests",), sentence)


def test_a_threat_or_a_demand_about_ranked_men_stays_untold() -> None:
    # a threat keeps its future status; a plural (قادة) after a demand is no rank of one man
    assert_no_event("طالبت المعارضة الحكومة بعدم اعتقال قادة الأحزاب.")
    threatened = [e for e in alone("هدد الوزير باعتقال القيادي في الحزب إذا عاد إلى البلاد.") if e["status"] in TOLD]
    assert not threatened, threatened


@pytest.mark.parametrize(
    "sentence",
    [
        # the verbal noun of a killing whose object is an armed hand, after "managed to": a fight, not a bare killing
        "وقال مصدر عسكري إن قوات الجيش تمكنت من قتل المسلحين الذين تحصنوا في مبنى مهجور.",
        "وأضاف المتحدث أن وحداتنا نجحت في قتل الإرهابيين قبل وصولهم إلى الحاجز.",
    ],
)
def test_armed_men_killed_are_a_clash(sentence: str) -> None:
    assert_found_typed_undated(("Armed clash",), sentence)


def test_killing_named_among_evils_stays_bare() -> None:
    assert_no_event("ندد البيان بما وصفه بالقتل والتدمير الذي تتعرض له المدينة.")


def test_a_rank_with_no_group_is_not_enough() -> None:
    # a captain of a boat after an accident: no armed group or party after the rank
    assert_no_event("وأكدت السلطات أنه تم توقيف قائد المركب ومساعديه بعد الحادث.")


@pytest.mark.parametrize(
    "sentence",
    [
        # forces that stormed or entered a place "to carry out" an arrest campaign: the raid told, not a plan
        "اقتحمت قوات الاحتلال بلدة بيت أمر شمال الخليل للقيام بحملة اعتقالات واسعة.",
        "وقال شاهد إن الجنود دخلوا المخيم فجرا للقيام بحملة اعتقالات.",
    ],
)
def test_a_raid_to_carry_out_arrests_is_told(sentence: str) -> None:
    assert_found_typed_undated(("Arrests",), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # with no raid told before it, "to carry out" stays an aim
        "تستعد قوات الأمن للقيام بحملة اعتقالات في صفوف المعارضة.",
        "دعا النائب الحكومة إلى القيام بحملة اعتقالات ضد تجار السلاح.",
    ],
)
def test_to_carry_out_arrests_with_no_raid_is_no_event(sentence: str) -> None:
    assert_no_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a trigger's needs met by its object across a day set off by commas (the verb، the day، the object)
        "وأسرت قوات المقاومة، السبت، العشرات من مسلحي الجماعة في ريف المحافظة الغربي.",
        "وأسرت وحدات الجيش، أمس، خمسة من مسلحي التنظيم في قرية جنوب المدينة.",
    ],
)
def test_needs_met_across_a_day_aside(sentence: str) -> None:
    assert_found_typed_undated(("Armed clash",), sentence)


def test_his_family_is_no_capture() -> None:
    # أسرته/أسرتهم is "his/their family" as often as "captured him/them": excluded
    assert_no_event("وقال إن الرئيس السابق قرب الضباط الموالين له ولأسرته من قيادة الوحدات المسلحة.")


def test_an_aim_does_not_reach_past_and_that() -> None:
    # "وأن" opens the next reported clause: the aim told before it (للقيام ب) is not that clause's
    events = alone("وقال شاهد إن الجنود دخلوا المخيم فجرا للقيام بحملة اعتقالات وأن الشبان رشقوهم بالحجارة.")
    stones = [e for e in events if e["acled_event_type"] == "Riots"]
    assert stones and all(e["status"] in TOLD for e in stones), [
        (e["acled_sub_event_type"], e["status"]) for e in events
    ]
    planned = alone("قالت الحكومة إنها ستبدأ حملة أمنية واسعة وأن القوات ستقوم باعتقال المطلوبين.")
    assert not [e for e in planned if e["acled_event_type"] and e["status"] in TOLD], planned
