"""Round 12b (issue 12, helper mg2): merges and dates. A day in a reporting clause earlier in the paragraph (وقالت
القيادة في بيان اليوم الأحد إن …) dates the report, not what the next sentence goes on to tell (``dates.event_date``);
fighting waged by "other" units at a town of its own, in a clause of its own after a capture, is another front, not a
detail of the capture (``merge.own_front``); a sentence that turns to another matter (من جهة أخرى، على صعيد آخر)
tells no happening told before it (``merge.turned``). Every sentence here was written for rasd (none copied from a
corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _brief(found: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["acled_sub_event_type"], (e.get("location") or {}).get("admin1"), (e.get("date") or {}).get("value"))
        for e in found
    ]


# ------------------------------------------------------------------------------------------------ the report's day
def test_the_statements_day_does_not_date_the_strikes_told_after_it() -> None:
    text = (
        "قالت القيادة المركزية الأمريكية إن طائرات التحالف شنت 12 غارة جوية في العراق يوم السبت ضد أهداف لتنظيم "
        "داعش. وقالت القيادة في بيان اليوم الأحد إن الغارات شملت أربع غارات قرب الموصل. "
        "وجرت الضربات الأخرى قرب كركوك وبيجي."
    )
    found = rows(text, published="2015-08-09")
    assert [d for _, _, d in _brief(found)] == ["2015-08-08"] * 3


def test_a_day_told_in_the_paragraph_for_the_events_still_dates_them() -> None:
    # the day stands in the told clause, not the reporting one: it dates the strikes of the next sentence
    text = (
        "قالت مصادر محلية إن طائرات حربية قصفت اليوم الأحد مواقع للمسلحين قرب الموصل. "
        "وطالت الغارات كذلك مواقع قرب كركوك."
    )
    assert {d for _, _, d in _brief(rows(text, published="2015-08-09"))} == {"2015-08-09"}
