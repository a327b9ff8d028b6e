"""Round 26 (helper ft4): fatalities of rows on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). The classes (docs/events.md, "Round 26:
fatalities and dates on unseen articles (helper ft4)"):

* one more dead told apart from a row's count, as what a source said: "that", an indefinite person (إرهابيا، عنصرا،
  شخصا آخر), a singular killing verb, then "also" or the engagement named (``events.merge.tolls.one_more_dead``);
  the row's toll counts him too (ACLED: all the dead of the happening). Not without "also" or the engagement, nor
  when another row is told in his sentence;
* a toll told in the sentence after a row's is the row's when that sentence tells no VIOLENT row of its own: a
  reinforcement, an arrest or a series told there no longer keeps it (``events.figures.reach_tolls``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd.ingest.jsonl import read_line
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _rows(pipeline: Pipeline, text: str, published: str = "2015-08-10") -> list[dict[str, Any]]:
    line = {"text": text, "published": published}
    doc = pipeline.run(read_line(json.dumps(line, ensure_ascii=False).encode("utf-8")))
    assert not doc.errors, doc.errors
    return [
        e
        for e in doc.events
        if isinstance(e, dict)
        and e.get("acled_row", True)
        and e.get("granularity") == "discrete"
        and e.get("acled_event_type") in ("Battles", "Violence against civilians", "Explosions/Remote violence")
    ]


def _toll(row: dict[str, Any]) -> int | None:
    fat = row.get("fatalities")
    return fat.get("value") if isinstance(fat, dict) else fat


def _tolls(pipeline: Pipeline, text: str) -> list[int | None]:
    rows = _rows(pipeline, text)
    assert rows, text
    return [_toll(r) for r in rows]


# ------------------------------------------------------------------------------ one more dead told apart: + 1
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "أعلن الجيش التركي مقتل أربعة جنود أمس الأحد حين فتح مسلحون من حزب العمال الكردستاني النار على دورية "
            "عسكرية في ولاية هكاري. وأشار البيان إلى أن «إرهابيا» قتل في الاشتباكات التي أعقبت الهجوم.",
            5,
        ),
        (
            "قتل ضابط صف في الجيش التركي أمس الأحد في تبادل لإطلاق النار مع مسلحين من تنظيم داعش على الحدود قرب "
            "بلدة كيليس. وأضاف الجيش في بيانه أن عنصرا من التنظيم قتل أيضا فيما تضررت آليتان.",
            2,
        ),
        (
            "اغتيل مسؤول محلي في حركة فتح أمس الأحد برصاص مسلحين مجهولين في مخيم عين الحلوة جنوب لبنان. وذكرت "
            "الوكالة الوطنية للإعلام أن شخصا آخر كان يرافق المسؤول قتل أيضا في الهجوم.",
            2,
        ),
        (
            "وصباح أمس الأحد قتلت الشرطة التركية مسلحين اثنين خلال اشتباكات قرب مركز للشرطة في إسطنبول. ونقلت "
            "محطة تلفزيونية خاصة أن شرطيا أيضا قتل في الاشتباكات، إلا أن ذلك لم يؤكد رسميا.",
            3,
        ),
    ],
)
def test_one_more_dead_told_by_a_source_is_added(pipeline: Pipeline, text: str, toll: int) -> None:
    assert _tolls(pipeline, text) == [toll]


def test_one_more_dead_of_another_row_in_his_sentence_is_not_added(pipeline: Pipeline) -> None:
    text = (
        "قتل ضابط صف في الجيش التركي أمس الأحد في تبادل لإطلاق النار مع مسلحين من تنظيم داعش على الحدود قرب "
        "بلدة كيليس. وأضاف الجيش في بيانه أن شرطيا من حرس الحدود قتل أيضا في انفجار عبوة ناسفة استهدفت دوريته "
        "قرب ماردين."
    )
    rows = _rows(pipeline, text)
    clash = [r for r in rows if r["acled_sub_event_type"] == "Armed clash"]
    assert [_toll(r) for r in clash] == [1]


def test_no_one_more_dead_without_also_or_the_engagement(pipeline: Pipeline) -> None:
    text = (
        "قتل ضابط صف في الجيش التركي أمس الأحد في تبادل لإطلاق النار مع مسلحين من تنظيم داعش على الحدود قرب "
        "بلدة كيليس. وأضاف الجيش في بيانه أن عنصرا من التنظيم قتل الشهر الماضي قرب الحدود."
    )
    assert _tolls(pipeline, text) == [1]


# ------------------------------------------------- the next sentence's toll, no violent row of its own there
def test_dead_told_next_with_a_reinforcement_are_the_rows(pipeline: Pipeline) -> None:
    text = (
        "وفي محافظة إب نفذت المقاومة الشعبية هجوما استهدف مواقع للحوثيين في مديرية المخادر أمس الأحد. وأوضح مصدر "
        "في المقاومة أن هناك قتلى وجرحى في صفوف الحوثيين الذين كانوا في طريقهم إلى تعز كتعزيزات."
    )
    assert _tolls(pipeline, text) == [10]


# ------------------------------------------------ "a number of" with its case ending written: ACLED's several, 10
@pytest.mark.parametrize("several", ["عددٍ", "عدداً", "عددًا"])
def test_a_number_of_dead_with_its_case_ending_is_several(pipeline: Pipeline, several: str) -> None:
    text = (
        "أدان مجلس الوزراء التفجير الإرهابي الذي استهدف مسجدا لقوات الأمن في مدينة أبها أمس الأحد، وأدى إلى "
        f"استشهاد {several} من رجال الأمن والعاملين في الموقع وإصابة آخرين."
    )
    assert _tolls(pipeline, text) == [10]


# ---------------------------------------------------------- "the martyrs" of a condolence that counts no dead
def test_the_martyrs_of_a_condolence_are_ruling_fours_ten(pipeline: Pipeline) -> None:
    text = (
        "قدمت غرفة تجارة جازان أحر التعازي لأسر الشهداء من رجال الأمن الذين استشهدوا في التفجير الإرهابي الذي "
        "استهدف مسجد قوات الطوارئ في مدينة أبها، مؤكدة أن هذا العمل الإجرامي لن ينال من وحدة الوطن."
    )
    assert _tolls(pipeline, text) == [10]


def test_martyrs_of_another_story_far_from_the_row_give_it_nothing(pipeline: Pipeline) -> None:
    text = (
        "نقل أمير المنطقة تعازي القيادة إلى أسر الشهداء أحمد علي حسن وحسن ناصر محمد ومحمد علي سالم. "
        "وأكد خلال اتصالاته أنهم نالوا شرف الشهادة دفاعا عن الوطن. "
        "من جهة أخرى، باشر الدفاع المدني فجر أمس بلاغا عن سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل "
        "بمدينة نجران دون وقوع إصابات."
    )
    assert _tolls(pipeline, text) == [None]


def test_the_martyrs_give_nothing_where_the_article_counts_its_dead(pipeline: Pipeline) -> None:
    text = (
        "أسفر التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في مدينة أبها أمس الأحد عن استشهاد 15 من رجال "
        "الأمن، وقدم أمير المنطقة التعازي لأسر الشهداء."
    )
    assert _tolls(pipeline, text) == [15]
