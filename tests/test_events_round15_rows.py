"""Round 15 (helper fp4): false rows of fresh news classed by cause (benchmarks/data/events_rowjudge2.jsonl,
docs/events.md "Round 15: rows judged on fresh news"). The one class of this helper's files: a verbal noun of
regaining written with the article and no object after it (التحرير) is the idea of liberation, a slogan or a name —
never one place taken. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.events.lexicon import event_lexicon
from tests.event_checks import rows


def _regained(text: str) -> list[dict]:
    return [
        e
        for e in rows(text)
        if e["acled_sub_event_type"] in ("Government regains territory", "Non-state actor overtakes territory")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a camp named for the liberation to come
        "افتتحت كتائب القسام صباح السبت مخيمات صيفية للتدريب العسكري تحمل اسم جيل التحرير في قطاع غزة.",
        # a square, a quarter and an army named for it
        "تظاهر آلاف العراقيين أمس الجمعة في ساحة التحرير وسط بغداد للمطالبة بمحاسبة الفاسدين.",
        "قصفت الميليشيات بقذائف الهاون حي التحرير الأسفل في مدينة تعز أمس الأربعاء.",
        "وشارك مقاتلو جيش التحرير الفلسطيني في الهجوم على بلدة الزبداني أمس الثلاثاء.",
        # the aim, with من أجل and as a battle still to come
        "وقال النائب إن الحكومة العراقية مدعوة إلى حشد كل طاقاتها من أجل التحرير في محافظة نينوى.",
        "وأكد قائد اللواء أمس أن قواته مستعدة لمعركة التحرير في مدينة تعز.",
    ],
)
def test_liberation_with_the_article_and_no_object_is_no_capture(text: str) -> None:
    assert _regained(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the object after ل, past an adjective
        "أعلنت قيادة المقاومة الشعبية أمس التحرير الكامل لمدينة زنجبار من قبضة الميليشيات.",
        # the construct form and the pronoun: the place taken is its object
        "تمكنت القوات الحكومية أمس من تحرير مدينة الرمادي من مسلحي التنظيم.",
        "ودخلت قوات الجيش بلدة الكرمة أمس الأحد وتمكنت من تحريرها بعد معارك عنيفة مع مسلحي التنظيم.",
    ],
)
def test_liberation_of_a_place_stays_a_capture(text: str) -> None:
    assert len(_regained(text)) == 1


def test_the_other_events_of_the_sentence_stay() -> None:
    assert [e["acled_event_type"] for e in rows("تظاهر آلاف العراقيين أمس الجمعة في ساحة التحرير وسط بغداد.")] == [
        "Protests"
    ]
    shelled = rows("قصفت الميليشيات بقذائف الهاون حي التحرير الأسفل في مدينة تعز أمس الأربعاء.")
    assert [e["acled_sub_event_type"] for e in shelled] == ["Shelling/artillery/missile attack"]


def test_the_matcher_leaves_out_the_bare_definite_noun_only() -> None:
    found = {
        text: [m.key for m in event_lexicon().triggers.find_all(text)]
        for text in (
            "من أجل التحرير، وقال",
            "طلائع التحرير بمشاركة",
            "التحرير الكامل لعدن",
            "بعد تحرير عدن",
            "بعد تحريرها",
            "حرروا البلدة",
            "استعادة السيطرة على المطار",
            "لمعركة الاستعادة",
        )
    }
    assert found["من أجل التحرير، وقال"] == [] and found["طلائع التحرير بمشاركة"] == []
    assert "استعاده" not in found["لمعركة الاستعادة"]  # (معركة is a trigger of its own)
    assert found["التحرير الكامل لعدن"] == ["تحرير"] and found["بعد تحرير عدن"] == ["تحرير"]
    assert found["بعد تحريرها"] and found["حرروا البلدة"] and found["استعادة السيطرة على المطار"]
