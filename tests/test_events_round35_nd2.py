"""An essay's or a column's undated rows (round 35, helper nd2: rasd.events.genre.essay_article).

A column or an essay is headed by a question or an exclamation (هل …؟، … !) and names no day anywhere: its violent
words retell a bombing weeks back as the writer's occasion, the war's attacks in general, or a figure of speech. Such a
row has no day of its own and is no happening reported: the event stays, it is no ACLED row. A development the writer
reports from a source (ما نشرته صحيفة … عن سيطرة المعارضة، بحسب المرصد) keeps its row; a news brief under a witty
headline names its day and keeps its rows; a plain news headline is no essay's.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from rasd.events.genre import GENERAL_REASON
from tests.event_checks import events, rows


def _violent(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kinds = ("Battles", "Explosions/Remote violence", "Violence against civilians")
    return [e for e in found if e["acled_event_type"] in kinds]


_COLUMN = (
    "لم يعد خافيا على أحد أن الفكر المتطرف يتغذى على جهل الشباب وعزلتهم. "
    "وقد كان آخر ما شهدناه تفجير انتحاري في مسجد بمدينة الدمام أودى بحياة عدد من المصلين، "
    "فأي دين يبيح قتل الساجدين؟ إن المسؤولية مسؤولية الأسرة والمدرسة والمنبر معا."
)


def test_a_columns_retold_bombing_under_a_question_is_no_row() -> None:
    title = "إلى متى نترك أبناءنا فريسة للفكر الضال؟"
    assert not _violent(rows(_COLUMN, title=title, published="2015-08-12"))
    # the event is still there, no longer a row
    kept = [e for e in events(_COLUMN, "2015-08-12", title=title) if e.get("filter_reason") == GENERAL_REASON]
    assert kept and not any(e["acled_row"] for e in kept)


def test_a_columns_retold_attack_under_an_exclamation_is_no_row() -> None:
    title = "جنودنا على الحد الجنوبي.. فخر الوطن!"
    text = (
        "في كل ليلة يسهر أبطالنا على حدودنا الجنوبية، وقد صدوا هجوما غادرا للميليشيات على مواقعهم في نجران "
        "وكبدوها خسائر فادحة، فلهم منا كل التحية والتقدير، وعلى رجال الأعمال أن يقفوا إلى جانب أسرهم."
    )
    assert not _violent(rows(text, title=title, published="2015-08-12"))


def test_the_same_column_under_a_plain_headline_keeps_its_row() -> None:
    # no question, no exclamation: the genre is not read from the headline (the gold files code such rows)
    title = "الفكر الضال وأبناؤنا"
    assert _violent(rows(_COLUMN, title=title, published="2015-08-12"))


def test_a_development_reported_from_a_source_in_an_essay_keeps_its_row() -> None:
    title = "هل تغير واشنطن موقفها من الفصائل السورية؟"
    text = (
        "تتسارع التطورات في الملف السوري هذه الأيام. ومن أهم ما نشرته صحيفة أمريكية كبرى سيطرة فصائل المعارضة "
        "على بلدة استراتيجية في ريف حماة بعد معارك مع قوات النظام، وهو ما يضيق الخناق على دمشق."
    )
    assert _violent(rows(text, title=title, published="2015-08-12"))


def test_a_news_brief_under_a_witty_headline_names_its_day_and_keeps_its_row() -> None:
    title = "ضحايا الشعوذة!"
    text = (
        "قتل قرويون غاضبون أمس الأحد ثلاث نساء في قرية نائية بشرق الهند بعد اتهامهن بممارسة السحر، "
        "وفق ما أعلنت الشرطة المحلية."
    )
    assert _violent(rows(text, title=title, published="2015-08-10"))


def test_a_day_named_with_the_act_in_a_column_keeps_its_row() -> None:
    title = "إلى متى نترك أبناءنا فريسة للفكر الضال؟"
    text = (
        "لم يعد خافيا على أحد أن الفكر المتطرف يتغذى على جهل الشباب. "
        "ففي يوم الجمعة الماضي فجر انتحاري نفسه في مسجد بمدينة الدمام فقتل أربعة من المصلين."
    )
    assert _violent(rows(text, title=title, published="2015-08-12"))


def test_a_bare_today_in_a_column_is_nowadays_not_a_day() -> None:
    # "إن المسؤولية اليوم": the essay's "nowadays" names no day of news; the retold bombing is still no row
    title = "إلى متى نترك أبناءنا فريسة للفكر الضال؟"
    text = _COLUMN.replace("إن المسؤولية مسؤولية", "إن المسؤولية اليوم مسؤولية")
    assert "اليوم" in text
    assert not _violent(rows(text, title=title, published="2015-08-12"))


# ---------------------------------------------------------------- strikes told as the backing of an operation


def test_strikes_that_backed_an_operation_are_no_row() -> None:
    text = (
        "وقال مدير المرصد إن غارات التحالف الجوية ساندت المقاتلين الأكراد طوال عملية السيطرة على البلدة "
        "الواقعة في ريف الرقة الشمالي."
    )
    found = rows(text, published="2015-07-05")
    assert not [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]


def test_strikes_that_backed_an_advance_on_a_named_day_keep_their_row() -> None:
    text = (
        "وقال مدير المرصد إن غارات التحالف الجوية ساندت أمس الأحد المقاتلين الأكراد في هجومهم على البلدة "
        "الواقعة في ريف الرقة الشمالي."
    )
    found = rows(text, published="2015-07-06")
    assert [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]


def test_strikes_that_backed_an_advance_and_killed_a_counted_toll_keep_their_row() -> None:
    text = (
        "وأكد المصدر أن غارات التحالف الجوية ساندت تقدم المقاتلين الأكراد قرب بلدة عين عيسى وقتلت 20 من عناصر التنظيم."
    )
    found = rows(text, published="2015-07-05")
    assert [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]
