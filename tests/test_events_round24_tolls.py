"""Fatalities of a row (round 24, helper ft2; issue 12): ACLED's lowest credible figure of THIS event, injuries never.

- "A large number of" dead with no figure ("قتل فيها عدد كبير من المتمردين"، "مقتل أعداد كبيرة من عناصر داعش") is
  dead without a number: ruling (4)'s 10, as "عدد من" is (``several_nouns`` of event_merge_cues.yaml); a large number
  of injured is no dead.
- Both sides' dead told apart in one sentence, the second after a conjunction of contrast ("لقي 24 … مصرعهم، بينما
  قتل 2 من رجال المقاومة") add up when the row reads either count (``merge.tolls.sides_read``): the second is the
  other side's, not a lower report of the first.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _tolls(found: list[dict[str, Any]]) -> list[int]:
    return sorted(int((e.get("fatalities") or {}).get("value") or 0) for e in found)


def test_a_large_number_of_dead_in_a_clash_is_ten() -> None:
    text = (
        "قال مصدر عسكري إن مواجهات عنيفة اندلعت أمس الثلاثاء بين الجيش والمسلحين الحوثيين في منطقة الحسيني "
        "بمحافظة لحج، وقتل فيها عدد كبير من المتمردين."
    )
    assert _tolls(rows(text, published="2015-08-05")) == [10]


def test_large_numbers_of_dead_in_an_air_strike_are_ten() -> None:
    text = (
        "أعلن الجيش العراقي أمس مقتل أعداد كبيرة من عناصر داعش في غارة جوية استهدفت مقرا للتنظيم في مدينة "
        "الفلوجة بمحافظة الأنبار."
    )
    assert _tolls(rows(text, published="2015-08-05")) == [10]


def test_a_large_number_of_injured_is_not_counted_as_dead() -> None:
    text = (
        "قتل 12 شخصا وأصيب عدد كبير من المدنيين بجروح أمس الخميس في تفجير انتحاري استهدف سوقا شعبية في مدينة "
        "مايدوغوري بولاية بورنو."
    )
    assert _tolls(rows(text, published="2015-08-07")) == [12]


def test_a_count_of_dead_among_a_large_number_is_kept() -> None:
    # the count heads the list: "a large number of children" is part of the ten, not another toll
    text = (
        "أفادت مصادر محلية أن تسعة مدنيين بينهم عدد كبير من الأطفال قتلوا أمس في قصف جوي على قرية قرب مدينة "
        "دوهوك شمال العراق."
    )
    assert 10 not in _tolls(rows(text, published="2015-08-03"))


def test_both_sides_dead_add_up_in_the_battle_sentence() -> None:
    text = (
        "قالت مصادر محلية إن 31 مسلحا من جماعة الحوثي لقوا مصرعهم وأصيب 25 آخرون في اشتباكات عنيفة مع المقاومة "
        "الشعبية أمس الأحد في مديرية الوازعية بمحافظة تعز، بينما قتل 4 من رجال المقاومة وأصيب 11 آخرون."
    )
    assert _tolls(rows(text, published="2015-08-03")) == [35]


def test_both_sides_dead_add_up_under_a_headline() -> None:
    # the row's lead is the headline; the first side's count is told in a clause no trigger opens
    text = (
        "مقتل وإصابة أكثر من 60 عنصرا من قوات التمرد الحوثي والمخلوع صالح\n\n"
        "لقي 18 عنصرا من ميليشيات الحوثي وقوات صالح مصرعهم وأصيب 30 آخرون بجروح، بينما قتل 3 من رجال المقاومة "
        "الشعبية وأصيب 12 آخرون في المعارك العنيفة التي اندلعت أمس بين الجانبين في حي الجحملية بمدينة تعز."
    )
    assert 21 in _tolls(rows(text, published="2015-08-03"))
    assert 3 not in _tolls(rows(text, published="2015-08-03"))


def test_the_other_side_dead_after_a_capture_add_up() -> None:
    # ruling (3): the capture and its clashes are one event, the toll both sides' dead
    text = (
        "سيطرت قوات الجيش الوطني والمقاومة الشعبية أمس على معسكر لبوزة في محافظة لحج جنوبي اليمن. وذكر المصدر أن "
        "نحو 20 من ميليشيا الحوثي وقوات صالح قتلوا أثناء المواجهات، فيما سقط أربعة من رجال المقاومة."
    )
    assert 24 in _tolls(rows(text, published="2015-08-04"))


def test_two_reports_of_one_side_are_not_summed() -> None:
    # one side's dead told twice (another source's lower figure): ACLED's lowest figure, not a sum
    text = (
        "قال مصدر في المقاومة الشعبية إن 14 مسلحا حوثيا قتلوا أمس في اشتباكات عنيفة بمديرية صرواح في محافظة مأرب، "
        "فيما قتل 9 من المسلحين الحوثيين بحسب مصادر قبلية."
    )
    assert 23 not in _tolls(rows(text, published="2015-08-03"))


def test_a_count_in_words_after_a_count_and_its_noun_adds_up() -> None:
    # "N رجل أمن وثلاثة من العاملين": the second count written in words is one more item of the list
    text = (
        "فجر انتحاري نفسه أمس في مسجد قوات الطوارئ في مدينة أبها بمنطقة عسير، ونتج عن التفجير استشهاد ١٢ رجل أمن "
        "وثلاثة من العاملين وإصابة ٧ من رجال الأمن."
    )
    assert _tolls(rows(text, published="2015-08-07")) == [15]


def test_both_sides_of_a_capture_in_one_list_add_up() -> None:
    text = (
        "قال مسؤول عسكري إن المعركة التي دارت أمس للسيطرة على بلدة باردهير في إقليم جدو أسفرت عن مقتل 20 متمردا "
        "وأربعة جنود صوماليين."
    )
    assert 24 in _tolls(rows(text, published="2015-07-23"))


def test_a_breakdown_in_words_is_not_added() -> None:
    # "بينهم ثلاثة أطفال" is part of the five, not three more
    text = "قتل 5 مدنيين بينهم ثلاثة أطفال أمس في قصف مدفعي على بلدة كفرنبل بريف إدلب."
    assert _tolls(rows(text, published="2015-08-03")) == [5]
