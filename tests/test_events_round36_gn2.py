"""General rows: a campaign told as stepped up, continued, daily or recent (round 36, helper gn2).

- A verb of stepping up in the present, or its verbal noun, before a trigger noun in its clause (تكثف المقاتلات قصفها
  للقرى الحدودية، مع تكثيف الطائرات لقصف المواقع، تكثف من عمليات اعتقال), with no date in the clause: a campaign going
  on, not one happening. The past with its target (كثفت الطائرات أمس غاراتها على معسكر) and a dated clause stay rows.
- A verb or noun of going on with (واصلت، استمرار) before a strike noun, with no date in the clause and no place of the
  clause's own, or only "many provinces" after it: a campaign going on. With a day (واصلت الطائرات أمس قصف) it stays.
- "The daily shelling" (القصف اليومي) is a habit named.
- An indefinite plural told as what befell "lately" (في أعقاب هجمات عنيفة … مؤخرا) with no day in its clause: a sum of
  recent attacks.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _strikes(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in found if e["acled_event_type"] == "Explosions/Remote violence"]


def test_present_stepping_up_of_shelling_is_a_campaign() -> None:
    text = "وفي جنوب البلاد، تكثف المقاتلات الحربية قصفها العنيف للقرى الحدودية في محافظة صعدة."
    assert not _strikes(rows(text))
    assert [e["granularity"] for e in _strikes(events(text))] == ["ongoing"]


def test_the_verbal_noun_of_stepping_up_is_a_campaign() -> None:
    text = "وتراجعت حدة الهجمات على القرى مع تكثيف الطائرات الحربية لقصف مواقع المسلحين في محافظة حجة."
    assert not _strikes(rows(text))


def test_a_headline_of_stepped_up_arrests_is_no_row() -> None:
    found = rows(
        "قال ناشطون إن الوضع في المدينة يزداد سوءا.", title="الميليشيات تكثف من عمليات اعتقال معارضيها في الحديدة"
    )
    assert not found


def test_past_stepping_up_with_its_day_and_target_stays_a_row() -> None:
    # trap: round 19's past verb of stepping up makes the strikes of that day a row
    found = _strikes(rows("كثفت الطائرات الحربية أمس غاراتها على معسكر للمتمردين في محافظة أبين."))
    assert [(e.get("location") or {}).get("admin1") for e in found] == ["Abyan"]


def test_present_stepping_up_with_a_day_named_stays_a_row() -> None:
    # trap: a day in the clause makes it the strikes of that day
    assert _strikes(rows("تكثف الطائرات الحربية اليوم غاراتها على مواقع المسلحين في محافظة مأرب."))


def test_continued_strikes_over_many_provinces_are_a_campaign() -> None:
    text = (
        "وفيما واصلت القوات الحكومية تمشيط الأحياء في مدينة زنجبار واصلت طائرات التحالف ضرباتها الجوية على مواقع "
        "المتمردين في العديد من المحافظات."
    )
    assert not _strikes(rows(text))


def test_continued_strikes_with_no_place_are_a_campaign() -> None:
    text = "وسقط العشرات من المسلحين قتلى وجرحى جراء استمرار الطائرات الحربية بشن غاراتها على مقراتهم."
    assert [e["granularity"] for e in _strikes(events(text))] == ["ongoing"]


def test_continued_strikes_with_a_day_stay_a_row() -> None:
    # trap: "continued yesterday" tells the strikes of that day
    found = _strikes(rows("وواصلت الطائرات الحربية أمس قصف مواقع عسكرية في صنعاء."))
    assert [(e.get("location") or {}).get("admin1") for e in found] == ["Amanat al Asimah"]


def test_the_daily_shelling_is_a_habit() -> None:
    text = "ويعيش السكان في بلدة كفرنبل بمحافظة إدلب رغم القصف اليومي الذي تتعرض له البلدة."
    assert not rows(text)


def test_attacks_told_as_lately_are_a_sum() -> None:
    text = (
        "وأوقفت الشرطة التركية 40 شخصا في إسطنبول، وقال بيان إن التوقيفات جاءت في أعقاب هجمات عنيفة استهدفت مدنيين "
        "وعناصر من قوى الأمن مؤخرا في جنوب شرق البلاد."
    )
    found = rows(text)
    assert [e["acled_sub_event_type"] for e in found] == ["Arrests"]
