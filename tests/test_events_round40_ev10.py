"""Round 40, helper ev10: events recall on unseen articles.

A year told in a relative clause that recalls an earlier deed of its noun (الطريق التي سبق واستخدمتها القوات في حرب
عام 1994) is that deed's: it no longer dates an event told outside the clause in the same sentence, which made the
event historical and took its row (``rasd.events.dates._in_earlier_relative``). Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _years(out: list[dict[str, Any]]) -> list[str]:
    return [str((e.get("date") or {}).get("value") or "")[:4] for e in out]


def test_a_year_in_a_recalling_relative_after_the_trigger_does_not_date_the_clashes() -> None:
    out = rows(
        "وقالت مصادر محلية إن مديرية مكيراس شهدت مواجهات عنيفة بين المقاومة والحوثيين، وتسعى المقاومة للسيطرة على "
        "القلعة التي سبق واستخدمتها القوات الحكومية في حرب صيف عام 1994."
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash"]
    assert "1994" not in _years(out)


def test_a_year_in_a_recalling_relative_before_the_trigger_does_not_date_the_strikes() -> None:
    out = rows(
        "وتقع البلدة على الطريق التي كانت قد استخدمتها القوات الحكومية عام 2009 لإمداد جبهاتها، وقد شنت طائرات "
        "التحالف غارات مكثفة على مواقع الحوثيين في مديرية لودر."
    )
    assert "Air/drone strike" in [e["acled_sub_event_type"] for e in out]
    assert "2009" not in _years(out)


def test_a_deed_told_inside_the_relative_keeps_its_year_and_stays_background() -> None:
    out = rows(
        "وتفقد المحافظ مديرية مكيراس التي سبق وأن قصفتها طائرات التحالف عام 2009، وشهدت المديرية أمس مواجهات عنيفة "
        "بين المقاومة والحوثيين."
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash"]
