"""Round 19 (issue 12, helper sd): Strategic developments told as talk (rasd.events.coding.kinds).

On the long tuning articles (tune22-26) 14 of 15 Strategic-development rows were false at the round's start. Two of
their classes read a construction of the language seen in three or more tuning articles:

- a strategic noun after "after / upon", directly or through an arrival noun (بعد وصول تعزيزات عسكرية إليها، بعد
  انسحاب القوات منه، عقب تسليم القوة سجينين، وبوصول قوات الشرطة): the time mark of another clause, not a happening
  of its own (tune13, tune22, rowjudge rj231, rj235, rk2037); a day named right after it keeps it (rowjudge rj022);
- detention named as a place or a period, or the arrest of one already named after a preposition of talk or time
  (أماكن احتجاز، مراكز اعتقال، مكان احتجاز، أثناء احتجازه، عن اعتقاله: tune17, tune23, tune26, rowjudge2 rk2015).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from rasd.events.coding.kinds import KIND_CUES
from tests.event_checks import rows

_SD = "Strategic developments"


def _sd(text: str) -> list[str]:
    return [e["acled_sub_event_type"] for e in rows(text) if e["acled_event_type"] == _SD]


def _types(text: str) -> list[str]:
    return [e["acled_event_type"] for e in rows(text)]


# ------------------------------------------------------------------------------ a strategic noun as a time mark


def test_reinforcements_arriving_before_the_shelling_are_no_row() -> None:
    text = (
        "ولا تزال الميليشيات تقصف منذ أمس الأربعاء الأحياء السكنية في مدينة تعز، بعد وصول تعزيزات عسكرية "
        "إليها قادمة من الحديدة."
    )
    assert _sd(text) == []
    assert "Explosions/Remote violence" in _types(text)


def test_a_withdrawal_named_as_what_came_before_is_no_row() -> None:
    text = "فجر مسلحو التنظيم اليوم الاثنين مبنى البلدية في مدينة الرمادي بعد انسحاب القوات الحكومية منه."
    assert _sd(text) == []


def test_a_deployment_after_which_fighters_withdrew_is_no_row() -> None:
    text = "وانسحب المسلحون من حي الشيخ عثمان في عدن، عقب انتشار قوات المقاومة الشعبية في شوارعه."
    assert _sd(text) == []


def test_fighters_fleeing_after_reinforcements_arrived_give_no_row() -> None:
    text = "وقال المصدر إن المسلحين فروا من القرية جنوب مدينة العريش، بعد وصول تعزيزات أمنية كبيرة إليها."
    assert _sd(text) == []


def test_reinforcements_with_a_day_of_their_own_stay_a_row() -> None:
    text = (
        "فرض مقاتلو المقاومة الشعبية حصارا على مدينة زنجبار بعد وصول تعزيزات عسكرية، الأربعاء، من محافظة لحج المجاورة."
    )
    assert "Change to group/activity" in _sd(text)


def test_reinforcements_told_as_news_stay_a_row() -> None:
    text = "وصلت تعزيزات عسكرية كبيرة للجيش الوطني صباح اليوم الأحد إلى مدينة مأرب قادمة من منفذ الوديعة."
    assert "Change to group/activity" in _sd(text)


# ------------------------------------------------------------------------------------ detention as a state


def test_places_of_detention_are_no_arrest() -> None:
    text = "وقالت قيادة المقاومة في عدن إنها فتحت أماكن احتجاز لعشرات الأسرى الحوثيين وقدمت لهم العلاج."
    assert _sd(text) == []


def test_a_leader_chosen_during_his_detention_is_no_arrest() -> None:
    text = "ويقول الكاتب إن زعيم التنظيم اختار معظم قادته بنفسه أثناء احتجازه في معتقل قرب البصرة بالعراق."
    assert _sd(text) == []


def test_a_place_where_soldiers_are_held_is_no_arrest() -> None:
    text = "وأضاف أن الشرطة نقلت المتهم إلى مكان احتجاز العسكريين في مدينة طرابلس."
    assert _sd(text) == []


def test_news_of_the_arrest_of_one_named_is_no_arrest() -> None:
    text = (
        "وقال المصدر إن القيادي الحوثي يسعى إلى دخول مدينة عدن بحثا عن شقيقه الذي تواترت الأنباء عن اعتقاله "
        "لدى المقاومة الشعبية في المدينة."
    )
    assert _sd(text) == []


def test_an_arrest_of_one_named_with_its_day_stays_a_row() -> None:
    text = "أعلنت الشرطة التركية في إسطنبول عن توقيفه أمس الثلاثاء بعد مداهمة منزله في حي الفاتح."
    assert "Arrests" in _sd(text)


def test_an_arrest_told_by_its_verb_stays_a_row() -> None:
    text = "اعتقلت قوات الأمن المصرية أمس الجمعة 14 شخصا يشتبه في انتمائهم لجماعة مسلحة في مدينة العريش."
    assert "Arrests" in _sd(text)


def test_the_lists_are_read() -> None:
    for name in ("after_words", "arrival_nouns", "detention_places", "detention_periods", "detention_nouns"):
        assert KIND_CUES.words(name)
    assert "وصول" in KIND_CUES.words("arrival_nouns")
    assert "احتجاز" in KIND_CUES.words("detention_nouns")


# ------------------------------------------------------- a known happening after "in the wake of" (background)


def test_shelling_named_after_in_the_wake_of_is_no_row() -> None:
    text = (
        "ووصل وفد من منظمة الصحة العالمية إلى عدن للاطلاع على الأوضاع الإنسانية فيها على إثر القصف العشوائي "
        "لميليشيات الحوثي على حي كريتر في عدن."
    )
    assert _types(text) == []


def test_the_last_attack_named_as_a_time_mark_is_no_row() -> None:
    text = (
        "وفي أعقاب الهجوم الإرهابي الأخير على فندق في مدينة سوسة، بدأت السلطات التونسية بناء جدار على حدودها مع ليبيا."
    )
    assert _types(text) == []


def test_a_wake_with_its_own_day_stays_a_row() -> None:
    text = "وأعلنت الحكومة حالة التأهب على إثر الهجوم الانتحاري الذي استهدف مسجدا في مدينة أبها أمس الخميس."
    assert "Explosions/Remote violence" in _types(text)


def test_fighting_after_a_capture_named_with_in_the_wake_of_stays() -> None:
    text = "واندلعت اشتباكات عنيفة الآن في مدينة لودر عقب السيطرة على جبل يسوف الاستراتيجي."
    assert "Battles" in _types(text)


def test_a_wake_with_its_day_past_a_comma_stays_a_row() -> None:
    text = (
        "وقالت الصحيفة إن أقوال الوزير جاءت في أعقاب الاعتداء الإرهابي الذي نفذه مستوطنون متطرفون في قرية دوما "
        "قرب نابلس، ليلة الخميس، على منزل عائلة فلسطينية."
    )
    assert "Violence against civilians" in _types(text)
