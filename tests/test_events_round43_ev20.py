"""Round 43, helper ev20: one event per happening — one happening read on two days.

* A telling with no day of its own, dated by the date step with the day of the sentence before it that tells another
  kind of happening (a capture, a withdrawal, a deployment), is the happening of its kind and place told a day off
  with a day written in its own sentence: one row, with that day (``merge.day_borrowed.fold_day_borrowed``); two
  tellings of one place, each dated by another happening's day, are one row too (the first telling's).
* Not two tellings each with a day written for it (two strikes on one city on two days are two events), nor a telling
  whose place is not its own.

Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _rows(text: str, sub: str) -> list[dict[str, Any]]:
    return [e for e in rows(text) if e["acled_sub_event_type"] == sub]


def _day(e: dict[str, Any]) -> str | None:
    d = e.get("date")
    return d.get("value") if isinstance(d, dict) else d


def test_the_leads_strike_told_again_after_a_capture_of_another_day_is_one_row() -> None:
    text = (
        "قصف طيران التحالف، أمس الأحد، مواقع للحوثيين في العاصمة صنعاء، فيما تواصلت المعارك في محافظات أخرى. "
        "وفي تعز، سيطرت قوات الجيش السبت على مديرية المخا بعد أيام من القتال. "
        "من جانبها، نقلت وكالة أنباء عن مصادر محلية قولها إن طيران التحالف شن خمس غارات استهدفت معسكرا للحوثيين "
        "شمال العاصمة صنعاء، وسمع دوي انفجارات قوية في أرجاء المدينة."
    )
    strikes = _rows(text, "Air/drone strike")
    assert [_day(e) for e in strikes] == ["2015-08-09"]


def test_a_strike_told_again_after_a_withdrawal_of_another_day_is_one_row() -> None:
    text = (
        "قصفت مقاتلات التحالف أمس الأحد مواقع للمتمردين في مدينة مأرب. "
        "وفي محافظة شبوة، انسحب المسلحون السبت من مدينة عتق بعد وساطة قبلية. "
        "وأفاد شهود بأن المقاتلات نفذت ثلاث غارات على معسكر للمتمردين في مدينة مأرب."
    )
    strikes = _rows(text, "Air/drone strike")
    assert [_day(e) for e in strikes] == ["2015-08-09"]


def test_mines_told_without_a_day_beside_mines_told_with_theirs_are_one_row() -> None:
    text = (
        "قالت مصادر طبية إن القوات الحكومية عززت أمس الأحد مواقعها في مدينة زنجبار بعشرات المدرعات. "
        "وأوضحت المصادر أن مدنيين قتلوا بانفجار ألغام زرعها المسلحون في أحياء مدينة زنجبار قبل انسحابهم منها. "
        "وأضافت أن ستة أشخاص لقوا حتفهم جراء انفجار ألغام السبت في مدينة زنجبار، وأصيب عشرات آخرون."
    )
    mines = _rows(text, "Remote explosive/landmine/IED")
    assert [(_day(e), (e.get("fatalities") or {}).get("value")) for e in mines] == [("2015-08-08", 6)]


def test_two_strikes_each_told_with_its_own_day_stay_two_rows() -> None:
    # a day written for each telling: two happenings (passes before and after the change)
    text = (
        "قصفت مقاتلات التحالف أمس الأحد مواقع للمتمردين في مدينة مأرب. "
        "وفي محافظة شبوة، انسحب المسلحون من مدينة عتق بعد وساطة قبلية. "
        "وكانت المقاتلات قد نفذت السبت ثلاث غارات على معسكر للمتمردين في مدينة مأرب وقتلت خمسة منهم."
    )
    strikes = _rows(text, "Air/drone strike")
    assert sorted(_day(e) for e in strikes) == ["2015-08-08", "2015-08-09"]


def test_a_bombing_told_twice_each_time_with_another_happenings_day_is_one_row() -> None:
    # neither telling has a day of its own: the meeting's Sunday and the alert's Saturday say nothing of the blast
    text = (
        "عقد المجلس العسكري أمس الأحد اجتماعا في العاصمة أنقرة. "
        "وانفجرت عبوة ناسفة بمدرعة للجيش في مدينة ديار بكر جنوب شرقي البلاد. "
        "وكان الجيش قد أعلن السبت حالة التأهب في المنطقة. "
        "وأوضحت مصادر أمنية أن عبوة ناسفة انفجرت لدى مرور المدرعة في أحد شوارع مدينة ديار بكر، ولم يسفر الانفجار "
        "عن إصابات."
    )
    bombs = _rows(text, "Remote explosive/landmine/IED")
    assert [_day(e) for e in bombs] == ["2015-08-09"]
