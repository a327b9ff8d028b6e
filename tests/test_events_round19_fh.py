"""Round 19c (helper fh): page footers and headline counts. A "link to this story" footer that repeats the headline
after the body ("… رابط الخبر بصحيفة الوئام: <the headline>", resources/ar/boilerplate.yaml link_footer) is page
furniture: no trigger after it is read (``rasd.ingest.text.footer_start``, found by helper cp2). A headline whose
count of dead the lead does not tell stays a row of its own without that footer copy (``merge.headline``), while a
headline that sums up the body's rows, or tells a count the body tells, is folded into them. Every sentence below was
written for these tests."""

from __future__ import annotations

from typing import Any

from rasd.ingest.text import FOOTER_MAX, footer_start
from tests.event_checks import rows

_BODY = (
    "قتل أربعة من عناصر الشرطة المصرية وأصيب ستة آخرون مساء أمس الاثنين في هجوم مسلح استهدف كمينا أمنيا جنوب "
    "مدينة العريش، بحسب مصادر أمنية."
)
_LINK = "رابط الخبر بصحيفة الوئام: "


def _tolls(found: list[dict[str, Any]]) -> list[int]:
    out = []
    for e in found:
        fat = e.get("fatalities")
        value = fat.get("value") if isinstance(fat, dict) else fat
        out.append(int(value or 0))
    return sorted(out)


# ------------------------------------------------------------------------------------------------ the footer
def test_a_footer_on_its_own_last_line_is_found() -> None:
    text = _BODY + "\n" + _LINK + "مقتل أربعة من الشرطة في هجوم على كمين بالعريش"
    start = footer_start(text)
    assert start is not None and text[start:].startswith("رابط الخبر")


def test_a_footer_after_the_last_sentence_is_found() -> None:
    text = _BODY + " " + _LINK + "مقتل أربعة من الشرطة في هجوم على كمين بالعريش"
    assert footer_start(text) == len(_BODY) + 1


def test_a_link_told_in_the_story_or_a_long_tail_is_no_footer() -> None:
    assert footer_start("وتداول ناشطون رابط الخبر على مواقع التواصل الاجتماعي.\n" + _BODY) is None
    assert footer_start(_BODY + "\n" + _LINK + "خبر " * (FOOTER_MAX // 4 + 5)) is None


def test_a_footer_alone_is_read() -> None:
    text = _LINK + "مقتل أربعة من الشرطة في هجوم مسلح على كمين جنوب العريش"
    assert footer_start(text) is None
    assert rows(text)


def test_the_headline_repeated_in_a_footer_adds_no_row_nor_mention() -> None:
    text = _BODY + "\n" + _LINK + "مقتل أربعة من الشرطة وإصابة ستة في تفجير بالعريش"
    found = rows(text)
    assert len(found) == 1, found
    for e in found:
        for m in e.get("mentions", []):
            assert m["trigger"]["start"] < len(_BODY) + 1, m


# ------------------------------------------------------------------------------------------------ headline counts
_LEAD = (
    "قالت مصادر أمنية عراقية اليوم الخميس إن 9 من مسلحي تنظيم داعش قتلوا في اشتباكات مع قوات الجيش في قضاء "
    "بيجي شمال تكريت. وأضافت المصادر أن القوات دمرت عربتين للتنظيم. "
)


def test_a_headline_count_the_lead_does_not_tell_is_its_own_row_without_a_footer() -> None:
    title = "مقتل 23 من مسلحي داعش في معارك متفرقة شمال بغداد"
    found = rows(_LEAD, title=title, published="2015-07-23")
    assert _tolls(found) == [9, 23], found


def test_a_headline_count_the_lead_tells_is_one_row() -> None:
    title = "مقتل 9 من مسلحي داعش في اشتباكات شمال تكريت"
    found = rows(_LEAD, title=title, published="2015-07-23")
    assert _tolls(found) == [9], found


def test_a_headline_count_that_sums_the_bodys_rows_is_folded_into_them() -> None:
    title = "مقتل 15 من داعش في هجومين شمال العراق"
    body = (
        "قالت مصادر أمنية عراقية اليوم الخميس إن 9 من مسلحي تنظيم داعش قتلوا في اشتباكات مع قوات الجيش في قضاء "
        "بيجي شمال تكريت. وفي الموصل قتل 6 من مسلحي التنظيم في غارة جوية للتحالف الدولي على مقر لهم. "
    )
    found = rows(body, title=title, published="2015-07-23")
    assert 15 not in _tolls(found), found
