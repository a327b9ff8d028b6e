"""Round 17 (issue 12, helper pe): a row told on the right happening whose date does not meet it.

Read on tune … tune20 and the row-judging sets, the largest recurring class of dates that keep a row apart from its
happening is the report's day taken for the event's: a day told right after a verb of saying or a statement
("أعلن الوزير أمس الأحد"، "قال المرصد يوم الأربعاء"، "في بيان أصدرته أمس") stands nearer the trigger than the event's
own day, told after it in its clause ("… الجمعة"، "استمرت مساء الثلاثاء"، "في عملية أول من أمس"). The event's own
earlier day wins; the report's day stays when the clause tells no other day, when the other day is later (a plan), or
when it belongs to another noun's relative clause.

Every sentence here was written for rasd (none copied from a corpus). Published on Wednesday 2015-07-22 unless told.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows

WEDNESDAY = "2015-07-22"


def _of(text: str, kind: str, published: str = WEDNESDAY) -> list[dict[str, Any]]:
    return [e for e in rows(text, published=published) if e["acled_event_type"] == kind]


def test_the_events_own_day_after_a_statements_day() -> None:
    text = (
        "وقال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن اشتباكات عنيفة دارت مساء الاثنين بين فصائل المعارضة "
        "وقوات النظام في مدينة الزبداني بريف دمشق."
    )
    found = _of(text, "Battles")
    assert found and found[0]["date"]["value"] == "2015-07-20"


def test_a_relative_clause_of_the_trigger_tells_its_day() -> None:
    text = (
        "أعلن مسؤول أمني عراقي أمس الثلاثاء مقتل 12 شخصا في التفجير الذي استهدف سوقا شعبية في مدينة بعقوبة "
        "بمحافظة ديالى الأحد."
    )
    found = _of(text, "Explosions/Remote violence")
    assert found and found[0]["date"]["value"] == "2015-07-19"


def test_a_statement_issued_yesterday_on_a_capture_the_day_before() -> None:
    text = (
        "وأكدت قيادة المنطقة العسكرية في بيان أصدرته أمس بمناسبة تحرير مدينة الحوطة في محافظة لحج ودحر المسلحين "
        "الحوثيين منها في عملية نوعية أول من أمس، أن قواتها تواصل تقدمها."
    )
    found = _of(text, "Battles")
    assert found and found[0]["date"]["value"] == "2015-07-20"


def test_the_reports_day_stays_with_no_other_day() -> None:
    text = (
        "وقال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن اشتباكات عنيفة دارت بين فصائل المعارضة وقوات النظام "
        "في مدينة الزبداني بريف دمشق."
    )
    found = _of(text, "Battles")
    assert found and found[0]["date"]["value"] == "2015-07-21"


def test_another_nouns_relative_clause_keeps_the_announced_arrest_on_the_reports_day() -> None:
    text = (
        "أعلن وزير الداخلية العراقي أمس الثلاثاء اعتقال المتورطين بالتفجير الذي استهدف سوقا شعبية في مدينة بعقوبة "
        "بمحافظة ديالى الأحد."
    )
    arrests = [e for e in _of(text, "Strategic developments") if e["acled_sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["date"]["value"] == "2015-07-21"
    blast = _of(text, "Explosions/Remote violence")
    assert blast and blast[0]["date"]["value"] == "2015-07-19"


def test_a_period_since_a_day_is_no_day_of_the_event() -> None:
    text = (
        "وقال مسؤول في الشرطة أمس الثلاثاء إن قوات الأمن اعتقلت 45 شخصا في مدينة شرناق منذ السبت للاشتباه "
        "بانتمائهم إلى جماعات مسلحة."
    )
    arrests = _of(text, "Strategic developments")
    assert all(e["date"]["value"] != "2015-07-18" for e in arrests)


# A day named by its weekday with today or a part of its day, which the time stage put after the article's date
# (some sites' articles are dated days after they were written): the last such weekday on or before the date.
SATURDAY = "2015-07-25"


def _doc(text: str, published: str) -> Any:
    import json

    from rasd.ingest.jsonl import read_line
    from tests.event_checks import PIPE

    doc = read_line(json.dumps({"text": text, "published": published}, ensure_ascii=False).encode("utf-8"))
    PIPE.run(doc)
    return doc


def test_today_named_by_a_weekday_after_the_articles_date_is_the_weekday_before() -> None:
    text = (
        "قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا استهدف تجمعا لناشطين شبان في بلدة سروج "
        "جنوب شرق البلاد أسفر عن مقتل 27 شخصا."
    )
    found = _of(text, "Explosions/Remote violence", published=SATURDAY)
    assert found and found[0]["date"]["value"] == "2015-07-20"
    assert found[0]["date"]["time_precision"] == 1


def test_a_coming_weekday_stays_to_come() -> None:
    from rasd.events.dates import named_weekday_back

    doc = _doc("ويعقد مجلس الأمن جلسة طارئة مساء الاثنين المقبل لبحث الوضع في اليمن.", SATURDAY)
    named = [x for x in doc.timexes if "الاثنين" in doc.text[x.start : x.end]]
    assert named
    assert all(named_weekday_back(doc, x, SATURDAY) is None for x in named)


def test_a_plans_weekday_stays_to_come() -> None:
    text = "ستشن المقاتلات التركية غارات على مواقع المسلحين مساء الاثنين بحسب مصادر عسكرية."
    planned = [e for e in events(text, SATURDAY) if e["acled_event_type"] == "Explosions/Remote violence"]
    assert planned
    assert all(not e["acled_row"] and (e["date"] or {}).get("value") != "2015-07-20" for e in planned)


def test_a_weekday_of_the_sentence_before_keeps_its_reading() -> None:
    text = (
        "قال خفر السواحل إن قاربا غرق قبالة الساحل الجنوبي للجزيرة اليوم الخميس فلقي 20 شخصا على الأقل حتفهم. "
        "ويقتل العشرات سنويا في حوادث القوارب في البلاد التي تضم آلاف الجزر."
    )
    assert all(e["date"]["value"] != "2015-07-16" for e in rows(text, published="2015-07-21"))
