"""A bomb row's unnamed doer is not replaced by the doer of a mention of another kind folded into it (round 29,
helper ac16; a patch to rasd.events.merge.happening.absorb). The sentences were written for this test."""

from __future__ import annotations

from tests.event_checks import rows


def test_a_shelling_folded_into_a_car_bomb_row_does_not_name_the_bomber() -> None:
    text = (
        "أعلنت سلطات ولاية ماردين مقتل جندي تركي وإصابة ثلاثة آخرين أمس في انفجار سيارة مفخخة لدى مرور قافلة "
        "عسكرية في الولاية. وكانت القوات التركية قد شنت سلسلة جديدة من القصف المدفعي ضد مواقع حزب العمال الكردستاني."
    )
    bombs = [
        e for e in rows(text, published="2015-07-27") if e["acled_sub_event_type"] == "Remote explosive/landmine/IED"
    ]
    assert bombs and all((e.get("actor1") or {}).get("name") == "Unidentified Armed Group (Turkey)" for e in bombs)


def test_a_bomb_row_with_an_inferred_doer_still_takes_a_named_one() -> None:
    # trap: the rule holds only for the convention's unnamed doer (ACLED's unidentified group)
    text = "انفجرت عبوة ناسفة زرعها مسلحو تنظيم داعش على طريق في محافظة الأنبار أمس ما أدى إلى مقتل جنديين عراقيين."
    bombs = [
        e for e in rows(text, published="2015-07-27") if e["acled_sub_event_type"] == "Remote explosive/landmine/IED"
    ]
    assert bombs and all(((e.get("actor1") or {}).get("name") or "").startswith("Islamic State") for e in bombs)
