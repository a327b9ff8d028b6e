"""Claims, round 13b of issue 13 (helper cl6): channel classes of the fresh sets check9/check10 that recur across
files — a body whose name opens with a body noun, the media or websites as a whole speaking. Sentences written for
the project (none taken from an article); each class has its negative."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ----------------------------------------------- a body whose name opens with a body noun: a statement
@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ('وقال تنظيم "أنصار الشريعة" إنه أسر جنديين قرب الحدود الغربية.', "قال"),
        ("وقالت حكومة نيو ساوث ويلز إن الحرائق دمرت أكثر من مئة منزل في الإقليم.", "قالت"),
        ("وذكرت مجموعة (تومسون براون) البريطانية أمس أنها تدرس بيع وحدة الطباعة.", "ذكرت"),
        ("وأكدت شركة سامي للإنشاءات أن العمل في المشروع سيستأنف الشهر المقبل.", "أكدت"),
    ],
)
def test_named_body_speaking_is_a_statement(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] == "statement"


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        # a person, a monitor with figures and a person told a paper keep their channels
        ("وقال خالد العمري إن الحرائق دمرت أكثر من مئة منزل في الإقليم.", "قال"),
        ("وأفادت منظمة غربية تتابع الحوادث الأمنية بأن 40 هجوما وقع خلال الشهر الماضي.", "أفادت"),
        ("وقال مدير شركة النقل سعيد الحربي لصحيفة «المدينة» إن الرحلات ستعود الأحد.", "قال"),
    ],
)
def test_person_or_monitor_keeps_its_channel(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] != "statement"


# ----------------------------------------------- the media or websites as a whole speaking: a report
@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("وغادر الشاب البلاد مع صديقه في مارس، حسب ما أفاد الإعلام النرويجي أمس.", "أفاد"),
        ("وأشارت المواقع إلى أن القائد فر من المدينة قبل أسبوع.", "أشارت"),
        ("وذكرت مواقع إلكترونية مقربة من الجماعة أن زعيمها قتل في غارة.", "ذكرت"),
    ],
)
def test_media_speaking_is_a_report(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["channel"] == "report"


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        # a group's media office speaks for the group; websites of social media carry posts
        ("وقال الإعلام الحربي للجماعة إن مقاتليه سيطروا على التلة.", "قال"),
        ("وتداولت مواقع التواصل الاجتماعي صورا قالت إنها للمطار بعد القصف.", "قالت"),
    ],
)
def test_media_office_or_social_media_is_no_report(sentence: str, marker: str) -> None:
    c = _claim(sentence, marker)
    if c is not None:
        assert c["channel"] != "report"


# ----------------------------------------------- a trailing attribution's clause ends where another clause opens
@pytest.mark.parametrize(
    "sentence",
    [
        "وسقط ثلاثة قتلى في الانفجار، بحسب ما صرح قائد الشرطة سامر الخطيب، وتحدث مسؤول آخر عن حصيلة أعلى.",
        "ولم يصل اللاعب إلى المعسكر بعد، بحسب ما أكد المدرب فرانك دي بور، الذي أشارت تقارير إلى أنه غاضب.",
    ],
)
def test_trailing_attribution_ends_before_another_clause(sentence: str) -> None:
    c = next((c for c in claims(sentence) if (c["marker"] or {}).get("text") in ("صرح", "أكد")), None)
    assert c is not None
    assert c["channel"] == "unspecified"  # حصيلة / تقارير belong to the next clause


def test_trailing_attribution_keeps_its_own_channel() -> None:
    c = next(
        (
            c
            for c in claims("وسقط ثلاثة قتلى في الانفجار، بحسب ما قاله قائد الشرطة سامر الخطيب في مؤتمر صحفي.")
            if (c["marker"] or {}).get("text", "").startswith("قال")
        ),
        None,
    )
    assert c is not None
    assert c["channel"] == "press conference"


def test_websites_before_a_group_name_are_the_speaker() -> None:
    # "مواقع إلكترونية" opens the speaker's phrase, not the group named in it
    c = _claim("وأكدت مواقع إلكترونية تابعة لجماعة أنصار الدين أن قائدها غادر البلاد.", "أكدت")
    assert c is not None
    assert c["speaker"]["text"].startswith("مواقع")
    assert c["channel"] == "report"


# ----------------------------------------------- an unnamed title joined to an official spokesman's title
def test_unnamed_title_and_official_spokesman_is_a_statement() -> None:
    c = _claim("وقال مدير العلاقات العامة والمتحدث الرسمي بأمانة المنطقة إن الجسر سيفتتح الشهر المقبل.", "قال")
    assert c is not None
    assert c["channel"] == "statement"


def test_unnamed_title_alone_keeps_its_channel() -> None:
    c = _claim("وقال مدير المستشفى إن حالة المصابين مستقرة.", "قال")
    assert c is not None
    assert c["channel"] != "statement"
