"""Tolls told as lists of people, and a toll told once for rows at several towns (issue 12, round 11).

A toll is often a list of the dead by kind or by name, not one number: duals (جنديان، ضابطا شرطة), singulars joined
by و (ومجند ومسلح: one each), named victims told by their kind (الشاب فلان والطفل فلان); a breakdown after بينهم is
never added, the injured never counted as dead. With such tolls read whole, a toll told once for rows at several
towns is split evenly over them (ACLED distributes a summarized toll). Sentences written for rasd.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd import Pipeline
from rasd.document import Quantity
from rasd.events.figures import adds_up, killed_them, share
from rasd.ingest.jsonl import read_line
from rasd.stages.quantities import find_quantities

_PIPE = Pipeline()


def _rows(text: str, title: str | None = None, published: str = "2015-08-10") -> list[dict[str, Any]]:
    doc = read_line(json.dumps({"title": title, "text": text, "published": published}, ensure_ascii=False).encode())
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return [e for e in doc.events if e["acled_row"]]


def _dead(text: str, title: str | None = None) -> list[int | None]:
    return [(r["fatalities"] or {}).get("value") for r in _rows(text, title)]


def _killed(text: str) -> list[tuple[str, float | None]]:
    return [(text[q.start : q.end], q.value) for q in find_quantities(text) if q.unit == "killed"]


# ------------------------------------------------------------------------------------------ the quantities stage
def test_a_list_after_a_construct_dual_counts_each_person() -> None:
    text = "وقتل ضابطا شرطة ومجند ومسلح في هجوم على كمين أمني بمدينة رفح."
    assert _killed(text) == [("ضابطا", 2.0), ("مجند", 1.0), ("مسلح", 1.0)]


def test_one_more_person_joined_to_one_told_by_a_cue() -> None:
    text = "أسفر الانفجار عن مقتل ملازم ومجند وإصابة ثلاثة آخرين."
    assert _killed(text) == [("مقتل ملازم", 1.0), ("مجند", 1.0)]


def test_an_accusative_singular_is_not_the_construct_dual() -> None:
    # ضابطًا without the noun it would be in construct with is one officer, not two
    assert _killed("هجوم مسلح يقتل ضابطًا ومجندًا في العريش") == [("يقتل ضابطًا", 1.0), ("مجندًا", 1.0)]
    assert _killed("قتل ضابطا أمن في الهجوم") == [("ضابطا", 2.0)]


def test_a_named_victim_then_another_told_by_his_kind() -> None:
    text = "استشهد الشاب سامر خليل والطفل يوسف عمر في القصف على البلدة."
    assert [v for _, v in _killed(text)] == [1.0, 1.0]


def test_a_breakdown_after_bainahum_is_not_one_more() -> None:
    assert _killed("قتل خمسة أشخاص بينهم طفل وامرأة في الغارة.") == [("خمسة أشخاص", 5.0)]


def test_ranks_of_a_figure_are_not_more_people() -> None:
    text = "قتل التنظيم ثلاثة ضباط برتب عميد وعقيد في الهجوم على المطار."
    assert [v for _, v in _killed(text)] == [3.0]


# -------------------------------------------------------------------------------------------- adding up a toll
def _q(start: int, end: int, value: float) -> Quantity:
    return Quantity(id="", start=start, end=end, value=value, unit="killed")


def test_adds_up_a_person_after_a_genitive_but_not_a_breakdown() -> None:
    text = "قتل ضابطا شرطة ومجند"
    assert adds_up(text, _q(4, 9, 2), _q(16, 20, 1))
    text = "قتل ثلاثة بينهم ومجند"
    assert not adds_up(text, _q(4, 9, 3), _q(17, 21, 1))
    text = "قتل 5 في حلب و3 في إدلب"
    assert not adds_up(text, _q(4, 5, 5), _q(14, 15, 3))  # a count per town is not one more person


def test_the_even_split() -> None:
    assert [share(7, 2, n) for n in range(2)] == [4, 3]
    assert [share(8, 3, n) for n in range(3)] == [3, 3, 2]


def test_killed_them_counts_the_object_pronoun() -> None:
    text = "أطلق مسلحان النار على شرطي فقتلاه"
    assert killed_them(text, 0, len(text)) == 1
    text = "هاجم مسلحون سيارة تقل شقيقين فقتلوهما"
    assert killed_them(text, 0, len(text)) == 2
    text = "أطلق مسلحون النار على دورية وفروا"
    assert killed_them(text, 0, len(text)) is None


# ------------------------------------------------------------------------------------------------- rows' tolls
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "انفجرت عبوة ناسفة أمس بمدرعة للشرطة في مدينة العريش، ما أدى إلى مقتل نقيب ومجند وإصابة جنديين.",
            2,
        ),
        ("قصفت ميليشيا الحوثي بقذائف الهاون حي الجحملية في مدينة تعز أمس، ما أسفر عن مقتل جنديين وطفل.", 3),
        ("شنت طائرات حربية أمس غارة على بلدة سراقب في ريف إدلب، قتل فيها ثلاثة أشخاص بينهم طفلان.", 3),
        ("استشهد الشاب سامر خليل والطفل يوسف عمر أمس في غارة إسرائيلية على مدينة خان يونس.", 2),
        ("انفجرت سيارة مفخخة أمس قرب سوق في مدينة كركوك، ما أدى إلى مقتل شرطيين وإصابة مدنيين.", 2),
    ],
)
def test_a_toll_told_as_a_list_of_people(text: str, dead: int) -> None:
    assert _dead(text) == [dead]


def test_a_consequence_verb_counts_the_dead() -> None:
    text = "أطلق مسلحان يستقلان دراجة نارية النار على أمين شرطة في مدينة الزقازيق أمس فقتلاه ولاذا بالفرار."
    assert _dead(text) == [1]


def test_one_toll_over_two_towns_is_split_evenly() -> None:
    rows = _rows("قتل سبعة مدنيين أمس في قصف بقذائف الهاون سقطت على بلدتي كفرنبل وسراقب في ريف إدلب.")
    assert [(r["fatalities"] or {}).get("value") for r in rows] == [4, 3]
    assert all(r["fatalities"]["toll"] == 7 and r["fatalities"]["told_for"] == 2 for r in rows)


def test_a_list_toll_over_two_cities_is_split_after_it_is_read_whole() -> None:
    # 2 + 1 + 1 = 4 dead told for an attack in one city and a clash in another: 2 each
    rows = _rows("وقتل ضابطا شرطة ومجند ومسلح أمس في هجوم بمدينة العريش واشتباك بمدينة السويس.")
    assert [(r["fatalities"] or {}).get("value") for r in rows] == [2, 2]


# ------------------------------------------------------------------------------------ a toll told apart from its row
def test_the_headline_toll_reaches_the_row_the_body_tells_without_it() -> None:
    rows = _rows(
        "انفجر لغم أرضي اليوم الاثنين بمدرعة للجيش المصري جنوب مدينة رفح في شمال سيناء.",
        title="مقتل 3 جنود في انفجار لغم بسيناء",
        published="2015-07-20",
    )
    assert [(r["fatalities"] or {}).get("value") for r in rows] == [3]


def test_a_result_told_by_a_pronoun_in_the_next_sentence() -> None:
    text = (
        "انفجرت سيارة مفخخة صباح اليوم الاثنين في سوق شعبي بمنطقة الشعلة شمال غربي بغداد. "
        "وأسفر ذلك عن مقتل ستة أشخاص وإصابة 15 آخرين."
    )
    assert [(r["fatalities"] or {}).get("value") for r in _rows(text, published="2015-07-20")] == [6]


def test_a_toll_after_a_relative_clause_of_the_same_sentence() -> None:
    text = (
        "قصف الطيران المروحي بالبراميل المتفجرة صباح اليوم الاثنين بلدة سرمين في ريف إدلب، التي تسيطر عليها "
        "فصائل المعارضة، ما أدى إلى مقتل 9 مدنيين."
    )
    assert [(r["fatalities"] or {}).get("value") for r in _rows(text, published="2015-07-20")] == [9]
    text = "قصف الطيران الحربي اليوم الاثنين بلدة سرمين في ريف إدلب، التي تسيطر عليها المعارضة، وسط أنباء عن سقوط قتلى."
    assert [(r["fatalities"] or {}).get("value") for r in _rows(text, published="2015-07-20")] == [10]


def test_a_next_sentence_that_tells_its_own_happening_keeps_its_toll() -> None:
    text = (
        "قصفت قوات النظام بالمدفعية بلدة سرمين في ريف إدلب اليوم الاثنين. "
        "وقتل خمسة مدنيين في غارة جوية على مدينة أريحا أمس الأحد."
    )
    rows = _rows(text, published="2015-07-20")
    tolls = {(r["location"] or {}).get("name"): (r["fatalities"] or {}).get("value") for r in rows}
    assert tolls == {"Sarmin": None, "Ariha": 5}


def test_counts_of_two_partitives_add_up() -> None:
    text = "استشهد عشرة من منسوبي قوات الطوارئ وثلاثة من العاملين"
    qs = [q for q in find_quantities(text) if q.unit == "killed"]
    assert adds_up(text, qs[0], qs[1])
    text = "قتل 5 من عناصر الشرطة في حلب و3 من المدنيين في إدلب"
    qs = [q for q in find_quantities(text) if q.unit == "killed"]
    assert not adds_up(text, qs[0], qs[1])  # a count per town


def test_a_kin_joined_to_a_victim_is_one_more() -> None:
    assert _killed("أسفرت القذائف عن مقتل امرأة وطفلها") == [("مقتل امرأة", 1.0), ("طفلها", 1.0)]
    assert _killed("قتل ضابط وزوجته في هجوم على منزلهما") == [("قتل ضابط", 1.0), ("زوجته", 1.0)]
    assert _killed("تقدم بالتعزية في وفاة والده") == []


def test_a_toll_given_in_the_next_sentence() -> None:
    text = (
        "شنت طائرات التحالف غارة على حي سكني في مدينة صنعاء اليوم الاثنين. "
        "وقالت مصادر طبية إن حصيلة القتلى ارتفعت إلى 14 شخصا."
    )
    assert [(r["fatalities"] or {}).get("value") for r in _rows(text, published="2015-07-20")] == [14]
    text = (
        "شنت طائرات التحالف غارة على حي سكني في مدينة صنعاء اليوم الاثنين. "
        "وبلغت حصيلة القتلى منذ بدء الحرب أكثر من 4000 شخص."
    )
    assert [(r["fatalities"] or {}).get("value") for r in _rows(text, published="2015-07-20")] == [None]


def test_persons_joined_to_the_injured_are_injured() -> None:
    qs = [(q.unit, q.value) for q in find_quantities("قتل جندي وأصيب ضابط ومجند في الهجوم على الحاجز")]
    assert qs == [("killed", 1.0), ("injured", 1.0), ("injured", 1.0)]
    rows = _rows("انفجرت عبوة ناسفة أمس بمدرعة للشرطة في مدينة العريش، ما أدى إلى مقتل جندي وإصابة ضابط ومجند.")
    assert [((r["fatalities"] or {}).get("value"), (r["injured"] or {}).get("value")) for r in rows] == [(1, 2)]


def test_a_second_count_after_the_first_ones_noun_phrase_adds_up() -> None:
    for text, added in (
        ("أدى التفجير إلى استشهاد 12 رجل أمن و3 عمال", True),
        ("أكدت المصادر مقتل 40 طالبانيًا و16 داعشيًا في الغارات", True),
        ("قتل 5 جنود الثلاثاء و3 الأربعاء", False),  # a count per day
        ("قتل 5 مدنيين بحلب و3 بإدلب", False),  # a count per town
    ):
        qs = [q for q in find_quantities(text) if q.unit == "killed"]
        assert adds_up(text, qs[0], qs[1]) is added, text


def test_in_addition_to_joins_one_more_count() -> None:
    text = "أسفر التفجير عن استشهاد 12 من منسوبي قوات الأمن إضافة إلى ثلاثة من العاملين في الموقع"
    qs = [q for q in find_quantities(text) if q.unit == "killed"]
    assert [q.value for q in qs] == [12.0, 3.0] and adds_up(text, qs[0], qs[1])
    text = "قتل 5 جنود وأصيب 7 آخرون بالإضافة إلى ثلاثة مدنيين"
    assert [(q.unit, q.value) for q in find_quantities(text)] == [("killed", 5.0), ("injured", 7.0), ("injured", 3.0)]
