"""Round 11 (issue 12, lead): a headline row dated only by the article's date takes the day its body tells.

SaudiNewsNet and many archives date an article by the day it was crawled, often a day or two after it was written; a
body that says "اليوم الأحد" then names a day before the reference date, and the timex layer marks it uncertain
(precision 2). When the headline's mention heads the row, the row used to keep the headline's fallback (the reference
date) because only a precision-1 day replaced it. A day the text tells now replaces the fallback; a year or a month
told by a later mention does not. Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _rows(title: str, body: str, published: str) -> list:
    return rows(body, title, published)


def test_the_body_day_replaces_the_headline_fallback() -> None:
    rows = _rows(
        "تفجير في الموصل",
        "قتل ستة أشخاص اليوم الأحد في انفجار سيارة مفخخة قرب سوق شعبي في مدينة الموصل.",
        "2016-03-15",  # a Tuesday: "today Sunday" is the 13th
    )
    assert len(rows) == 1
    assert rows[0]["date"]["value"] == "2016-03-13"


def test_a_year_told_by_a_later_mention_does_not_date_the_row() -> None:
    rows = _rows(
        "مقتل ثلاثة في انفجار بمدينة خان يونس",
        "قال مسعفون إن انفجارا أسفر عن مقتل ثلاثة أشخاص في مدينة خان يونس. وأوضحوا أن الانفجار نجم عن قذيفة لم تنفجر"
        " من مخلفات حرب العام الماضي.",
        "2016-03-15",
    )
    assert len(rows) == 1
    assert rows[0]["date"]["value"] == "2016-03-15"  # the article's day, not "last year"


def test_a_headline_with_no_body_day_keeps_the_reference_date() -> None:
    rows = _rows(
        "تفجير في الموصل",
        "قتل ستة أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في مدينة الموصل.",
        "2016-03-15",
    )
    assert len(rows) == 1
    assert rows[0]["date"]["value"] == "2016-03-15"
