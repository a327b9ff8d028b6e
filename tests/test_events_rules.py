"""Events: the reading rules of the second tuning round, each on short articles written for rasd (not copied from
any corpus): where an event is, when, who did it, how many died, and what is not an event of its own."""

from __future__ import annotations

from typing import Any

import pytest

from rasd import Pipeline
from rasd.ingest import parse_string

_PIPE = Pipeline()


def _events(text: str, published: str | None = "2021-03-10") -> list[dict[str, Any]]:
    doc = parse_string(text, fmt="text", published=published)
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    assert not doc.validate_spans()
    return doc.events


def _rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["acled_row"]]


def test_a_wire_dateline_is_not_where_it_happened() -> None:
    text = (
        "بيروت 12 رجب 1442 هـ الموافق 24 فبراير 2021 م واس\n"
        "قتل أربعة مدنيين اليوم في قصف مدفعي استهدف سوقا شعبيا مكتظا بالمتسوقين.\n"
    )
    for ev in _events(text, "2021-02-24"):
        assert (ev["location"] or {}).get("name_ar") != "بيروت"


def test_the_town_points_back_at_the_town_named_before() -> None:
    text = (
        "قصفت قوات النظام بلدة طفس بصواريخ أرض أرض صباح اليوم.\n"
        "وتعرضت الأراضي الزراعية المحيطة بالبلدة لقصف بالبراميل المتفجرة.\n"
    )
    barrels = [e for e in _events(text) if e["acled_sub_event_type"] == "Air/drone strike"]
    assert barrels and barrels[0]["location"]["name_ar"] == "طفس"


def test_what_a_protest_is_about_is_another_event_with_its_own_date() -> None:
    text = "اعتصم مئات الطلاب أمس في مدينة حمص احتجاجا على مقتل زميل لهم برصاص عنصر أمن ليلة الخامس من مارس."
    events = _events(text, "2021-03-10")
    protest = next(e for e in events if e["acled_event_type"] == "Protests")
    killing = next(e for e in events if e["acled_event_type"] == "Violence against civilians")
    assert protest["date"]["value"] == "2021-03-09"
    assert killing["date"]["value"] == "2021-03-05"
    assert protest["id"] != killing["id"]


def test_an_event_named_through_its_perpetrator_is_the_event_told_before() -> None:
    text = (
        "فجر انتحاري نفسه أمس في سوق مدينة الرمادي ما أسفر عن مقتل 12 شخصا.\n"
        "وقالت مصادر أمنية إن منفذ الهجوم شاب في العشرين من مدينة الموصل.\n"
    )
    rows = _rows(_events(text))
    assert len(rows) == 1
    assert rows[0]["acled_sub_event_type"] == "Suicide bomb" and rows[0]["location"]["name_ar"] == "الرمادي"
    assert any(m["trigger"]["text"] == "الهجوم" for m in rows[0]["mentions"])


def test_a_day_still_to_come_dates_no_reported_event() -> None:
    events = _events("شنت قوات الأمن حملة دهم واعتقالات في مدينة العريش لتأمين الاحتفالات المقررة غدا.", "2015-08-05")
    arrests = [e for e in events if e["acled_sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["date"]["value"] <= "2015-08-05"


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("لقي شرطي مصرعه برصاص مسلحين مجهولين في مدينة الزقازيق.", 1),
        ("أطلق مسلحون النار على مزارع في حقله فأردوه قتيلا.", 1),
    ],
)
def test_the_pronoun_counts_the_dead(sentence: str, dead: int) -> None:
    events = [e for e in _events(sentence) if e["fatalities"]]
    assert events and events[0]["fatalities"]["value"] == dead


@pytest.mark.parametrize(
    "sentence",
    [
        "جدير بالذكر أن التنظيم أعدم عددا من عناصره الفارين واعتقل آخرين.",
        "وقال المسؤول الأممي إن الهجمات على المنشآت الطبية تمثل انتهاكا للقانون الدولي الإنساني.",
    ],
)
def test_background_and_kinds_of_violence_are_not_rows(sentence: str) -> None:
    assert not _rows(_events(sentence))


def test_weapons_used_in_an_attack_are_its_means_not_a_shelling() -> None:
    text = "شن مسلحون هجوما على حاجز للجيش في مدينة الرمادي استخدموا خلاله أسلحة خفيفة وقذائف ما أدى إلى مقتل جنديين."
    subs = [e["acled_sub_event_type"] for e in _rows(_events(text))]
    assert subs == ["Armed clash"]


def test_men_carrying_explosive_belts_killed_while_attacking_is_a_clash() -> None:
    text = "قتل خمسة مسلحين يحملون أحزمة ناسفة أثناء محاولتهم الهجوم على نقطة للجيش قرب مدينة الرمادي."
    subs = [e["acled_sub_event_type"] for e in _rows(_events(text))]
    assert "Suicide bomb" not in subs and "Armed clash" in subs


def test_a_province_wide_toll_in_the_headline_folds_into_the_events_told() -> None:
    text = (
        "مقتل 7 في أعمال عنف بمحافظة ديالى\n"
        "قتل خمسة مدنيين أمس بانفجار عبوة ناسفة في سوق مدينة المقدادية.\n"
        "وقتل جنديان في هجوم شنه مسلحون على نقطة تفتيش قرب مدينة بعقوبة.\n"
    )
    rows = _rows(_events(text))
    assert not [e for e in rows if e["event_class"] == "killing" and e["location"]["geo_precision"] == 3]
    assert {e["acled_sub_event_type"] for e in rows} >= {"Remote explosive/landmine/IED", "Armed clash"}


def test_the_dead_and_those_who_came_after_are_not_the_perpetrators() -> None:
    text = (
        "لقي ضابط من قوات الشرطة مصرعه إثر انفجار عبوة ناسفة بدورية في مدينة العريش، "
        "وهرعت سيارات الإسعاف وقوات من الجيش إلى مكان الانفجار."
    )
    [ev] = _rows(_events(text, "2017-01-09"))
    assert ev["acled_sub_event_type"] == "Remote explosive/landmine/IED"
    assert not ev["actor1"]["name"].startswith(("Police Forces", "Military Forces"))


def test_a_coordinated_verb_keeps_its_subject() -> None:
    text = "نفذت قوات التحالف الدولي 12 ضربة جوية قرب مدينة الرقة، كما نفذت ثلاث ضربات جوية قرب مدينة دير الزور."
    rows = _rows(_events(text, "2016-05-02"))
    assert len(rows) == 2
    assert {e["actor1"]["name"] for e in rows} == {"Global Coalition Against Daesh"}


def test_the_object_of_an_arrest_is_not_the_arrester() -> None:
    events = _events("ألقت الشرطة القبض على ثلاثة جنود من قوات الجيش في مدينة عدن.", "2016-05-02")
    arrest = next(e for e in events if e["acled_sub_event_type"] == "Arrests")
    assert not (arrest["actor1"] or {}).get("name", "").startswith("Military Forces")


def test_a_killing_retold_without_a_day_or_town_is_the_same_event() -> None:
    text = (
        "اعتصام في حمص\n"
        "اعتصم مئات الأهالي أمس في مدينة حمص احتجاجا على قتل شاب برصاص عنصر أمن ليلة الخامس من مارس.\n"
        "وقال ناشطون إن العنصر أوقف الشاب عند حاجز في محافظة حمص فقتله بالرصاص.\n"
    )
    killings = [e for e in _rows(_events(text)) if e["acled_event_type"] == "Violence against civilians"]
    assert len(killings) == 1 and killings[0]["date"]["value"] == "2021-03-05"


def test_the_headline_names_the_group_behind_the_attacks() -> None:
    text = "مقتل 9 في هجوم جديد لحركة الشباب\nقتل تسعة أشخاص أمس في هجوم نفذه انتحاري في سوق مزدحمة بمدينة مقديشو.\n"
    events = _events(text, "2019-08-01")
    assert [e["acled_sub_event_type"] for e in events if e["acled_event_type"]] == ["Suicide bomb"]
    assert events[0]["actor1"]["name"].startswith("Al Shabaab")


def test_the_target_after_a_descriptor_with_a_proclitic_is_not_the_perpetrator() -> None:
    text = "نفذت قوات التحالف الدولي اليوم ضربات جوية استهدفت مواقع لتنظيم «داعش» قرب مدينة الرقة."
    [ev] = _rows(_events(text, "2016-05-02"))
    assert ev["actor1"]["name"] == "Global Coalition Against Daesh"
    assert ev["actor2"]["name"].startswith("Islamic State")


@pytest.mark.parametrize(
    "sentence",
    [
        "الموت عطشا يغتال عائلة نازحة في الصحراء بعد فرارها من القتال.",
        "الجوع يقتل عشرات الأطفال كل أسبوع في المخيمات المحاصرة.",
    ],
)
def test_death_and_hunger_are_no_hands(sentence: str) -> None:
    assert not [e for e in _rows(_events(sentence)) if e["acled_event_type"] == "Violence against civilians"]


def test_a_plural_told_as_happening_is_not_a_kind_of_violence() -> None:
    events = _events("تواصلت الاحتجاجات لليوم الثالث على التوالي في مدينة البصرة.")
    assert [e["granularity"] for e in events if e["acled_event_type"] == "Protests"] == ["discrete"]


@pytest.mark.parametrize(
    "sentence",
    [
        "لم يجلب النظام لسكان المدن سوى الخراب من تدمير وقتل وتعذيب وتهجير.",
        "استخدم النظام البراميل المتفجرة ضد شعبه وقتل الآلاف من الأبرياء.",
    ],
)
def test_the_words_of_an_opinion_piece_are_not_rows(sentence: str) -> None:
    assert not _rows(_events(sentence, "2015-07-27"))


def test_the_verb_of_killing_at_the_head_of_a_sentence_is_still_a_killing() -> None:
    events = _events("قتل جنود شابا فلسطينيا بالرصاص قرب مدينة جنين.", "2019-08-01")
    assert [e["acled_sub_event_type"] for e in events] == ["Attack"]


def test_the_count_before_met_their_death_is_of_the_dead() -> None:
    events = _events("لقي أربعة عمال مياومين مصرعهم بقصف مدفعي استهدف بلدة طفس صباح اليوم.")
    assert events and events[0]["fatalities"]["value"] == 4


def test_weapons_seized_or_destroyed_before_use_are_no_explosion() -> None:
    text = "دمرت القوات الأمنية ثلاث عجلات مفخخة كانت معدة لاستهداف نقاط الجيش قرب مدينة الرمادي."
    subs = [e["acled_sub_event_type"] for e in _rows(_events(text))]
    assert "Remote explosive/landmine/IED" not in subs
