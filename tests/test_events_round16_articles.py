"""Round 16 (issue 12, helper ev13): background told in the pluperfect, read on tune17 and tune18.

The pluperfect tells what came before the news, and a day told before its auxiliary belongs to the sentence's main
verb, not to it: "سلمت السلطات أمس أرملة قيادي كانت قد اعتقلت بعد غارة" — yesterday is the handing over. The
auxiliary may stand further from قد when an apposition sits between commas (وكان التحالف، الذي …، قد أعلن), and the
pluperfect may be told without قد at all: وكانت الحركة اعتقلت مؤخرا … (كان, a short subject, the past-tense verb).
A day told after the auxiliary still dates the happening; a relative clause (الذي/التي) describes a noun.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import events, rows


def _row_triggers(text: str) -> list[str]:
    return [text[e["trigger"]["start"] : e["trigger"]["end"]] for e in rows(text)]


def test_a_day_before_the_auxiliary_is_the_main_verbs() -> None:
    text = (
        "سلمت السلطات الأمريكية أمس الخميس الحكومة العراقية أرملة قيادي في التنظيم كانت قد اعتقلت بعد غارة جوية "
        "على مدينة الرقة السورية."
    )
    assert not any("غارة" in t for t in _row_triggers(text))


def test_the_pluperfect_with_an_apposition_between_commas() -> None:
    text = (
        "وكان التحالف العربي، الذي تقوده المملكة العربية السعودية دعما للحكومة الشرعية في اليمن، قد أعلن هدنة "
        "إنسانية مدتها خمسة أيام."
    )
    assert rows(text) == []


def test_the_pluperfect_without_qad() -> None:
    assert rows("وكانت الحركة اعتقلت مؤخرا عشرات من أنصار التنظيم في قطاع غزة.") == []


def test_the_same_happening_told_as_news_is_a_row() -> None:
    assert [e["acled_sub_event_type"] for e in rows("اعتقلت الحركة أمس عشرات من أنصار التنظيم في قطاع غزة.")] == [
        "Arrests"
    ]


def test_a_day_after_the_auxiliary_dates_the_pluperfect() -> None:
    found = [
        e
        for e in events("وكانت الحركة اعتقلت يوم السبت عشرات من أنصار التنظيم في قطاع غزة.")
        if e["acled_sub_event_type"] == "Arrests"
    ]
    assert found and found[0]["date"]["value"] == "2015-08-08"


def test_a_relative_clause_is_no_pluperfect() -> None:
    found = [
        e
        for e in events("وكانت القوات التي اعتقلت أمس عشرات من أنصار التنظيم في قطاع غزة قد انسحبت من الحي.")
        if e["acled_sub_event_type"] == "Arrests"
    ]
    assert found and found[0]["date"]["value"] == "2015-08-09"
