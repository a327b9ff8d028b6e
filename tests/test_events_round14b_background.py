"""Background told as news (issue 12, round 14b, helper bg): an earlier happening recalled in an article about
another one was a row dated to the article's day.

Two constructions of Arabic news tell that what follows came before the news, and rasd read neither:

- the pluperfect, كان/كانت … قد with a past verb (وكانت القوات قد انسحبت من المدينة): seen in the first runs of
  tune3 and tune5, today's rows of tune5 and tune8, and the real merge pairs (a pluperfect of its own day kept);
- a verbal noun after a preposition of time that names a known happening as a point in time (قبيل تحرير عدن، منذ
  سقوط المدينة، بعد أربعة أشهر على بدء المعارك): seen in the real merge pairs (two articles), and with بعد alone in
  tune4, tune10 and tune13, where بعد alone was left out (tune's gold codes "وتأتي هذه التطورات بعد سيطرة المقاومة
  على الخط" as news).

The event keeps its own day when its sentence names one; else it has no date (note "an earlier event") and is no
ACLED row (it stays an event in the JSON). Every sentence below was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _of(found: list[dict[str, Any]], sub: str) -> list[dict[str, Any]]:
    return [e for e in found if e["acled_sub_event_type"] == sub]


# ---------------------------------------------------------------------------------------------- the pluperfect
def test_a_pluperfect_capture_after_the_news_is_no_row() -> None:
    text = (
        "قال مصدر أمني إن مسلحين هاجموا حاجزا للجيش في مدينة الرمادي صباح اليوم. وكانت القوات العراقية قد استعادت "
        "السيطرة على منطقة الملعب في الرمادي."
    )
    found = events(text)
    capture = _of(found, "Government regains territory")
    assert capture and not any(e["acled_row"] for e in capture)
    assert all(e["date"]["value"] is None and e["date"].get("note") == "an earlier event" for e in capture)
    assert _of(rows(text), "Armed clash")  # the attack of the day stays a row


def test_a_pluperfect_raid_with_its_toll_is_one_earlier_event() -> None:
    text = (
        "شيع آلاف الفلسطينيين اليوم جثمان شاب في مدينة نابلس. وكانت القوات الإسرائيلية قد قتلت ثلاثة فلسطينيين في "
        "مداهمات بالضفة الغربية، ما أسفر أيضا عن اعتقال عشرة آخرين."
    )
    assert not [e for e in rows(text) if e["acled_event_type"] in ("Violence against civilians", "Battles")]


def test_a_pluperfect_with_its_own_day_keeps_it() -> None:
    found = rows("وكان مسلحون قد هاجموا أمس حاجزا للجيش في مدينة الرمادي.", published="2015-08-09")
    clash = _of(found, "Armed clash")
    assert clash and clash[0]["date"]["value"] == "2015-08-08"


def test_a_pluperfect_in_another_clause_leaves_the_news_a_row() -> None:
    text = (
        "قصفت طائرات التحالف اليوم معسكرا للحوثيين في مدينة ذمار، وكانت الطائرات قد أسقطت منشورات على المدينة "
        "تدعو السكان إلى الابتعاد عن المعسكرات."
    )
    strike = _of(rows(text), "Air/drone strike")
    assert strike and strike[0]["date"]["value"] == "2015-08-10"


def test_a_pluperfect_in_a_relative_clause_describes_a_noun() -> None:
    text = "تعرض الحاجز الذي كان الجيش قد أقامه قرب مدينة الرمادي لقصف بقذائف الهاون."
    assert _of(rows(text), "Shelling/artillery/missile attack")


# ---------------------------------------------------------------------------------------- a point in time
def test_a_liberation_named_as_a_point_in_time_is_no_row() -> None:
    text = "كشف وزير يمني عن العثور على جثث لمسلحين حوثيين انتحروا قبيل تحرير عدن."
    found = events(text)
    assert _of(found, "Government regains territory")
    assert not _of(rows(text), "Government regains territory")


def test_a_span_since_the_start_of_the_fighting_is_no_row() -> None:
    text = "رست في ميناء عدن اليوم أول سفينة تحمل مساعدات إنسانية بعد أربعة أشهر على بدء المعارك في البلاد."
    assert not _of(rows(text), "Armed clash")


def test_since_the_fall_of_a_city_is_no_row() -> None:
    text = "يعيش آلاف النازحين في المخيمات منذ سقوط مدينة الرمادي بيد التنظيم."
    assert not [e for e in rows(text) if e["acled_event_type"] == "Battles"]


def test_after_alone_names_the_news_just_before() -> None:
    text = "وتأتي هذه التطورات بعد سيطرة المقاومة الشعبية على الطريق الدولي في محافظة أبين."
    assert [e for e in events(text) if e["acled_event_type"] == "Battles" and e["date"]["value"]]


def test_after_an_indefinite_attack_is_news() -> None:
    text = "قتل أربعة مسلحين حوثيين بعد هجوم للمقاومة الشعبية على نقطة تفتيش في مدينة حرض اليوم."
    assert [e for e in rows(text) if e["acled_event_type"] == "Battles"]


def test_a_point_in_time_merged_with_the_news_keeps_the_news() -> None:
    text = (
        "وبعد يومين على الهجوم الذي أوقع 32 قتيلا في سروج تبنى الحزب قتل شرطيين تركيين عثر عليهما في بلدة قريبة "
        "من الحدود."
    )
    assert [e for e in events(text) if e["acled_event_type"] and e["date"]["value"]]


def test_a_police_report_opened_in_the_pluperfect_is_the_news() -> None:
    text = (
        "وكان مدير أمن شمال سيناء قد تلقى إخطارا بمقتل ثلاثة مسلحين في اشتباك مع قوة أمنية بمدينة العريش، وجرى "
        "نقل الجثث إلى المستشفى."
    )
    assert _of(rows(text), "Armed clash")
    assert not _of(rows("وكانت قوة أمنية قد قتلت ثلاثة مسلحين في اشتباك بمدينة العريش."), "Armed clash")


def test_a_span_of_hours_names_the_news_just_before() -> None:
    text = (
        "أعلن المتمردون استعادة بلدة في ولاية النيل الأزرق بعد 24 ساعة من انتزاع القوات الحكومية لها منهم في "
        "هجوم مفاجئ."
    )
    assert [e for e in events(text) if e["acled_event_type"] == "Battles" and e["date"]["value"]]


def test_the_day_of_the_main_clause_does_not_date_the_point_in_time() -> None:
    text = "كشف وزير يمني أمس عن العثور على جثث لمسلحين حوثيين انتحروا قبيل تحرير عدن، خلال جولة في المدينة."
    assert not _of(rows(text), "Government regains territory")


def test_a_day_written_after_the_point_in_time_is_its_own() -> None:
    text = "رست السفينة في ميناء عدن قبل بدء المعارك في المدينة يوم 4 أغسطس."
    clash = _of(rows(text), "Armed clash")
    assert clash and clash[0]["date"]["value"] == "2015-08-04"
