"""Round 26 (helper md1): threats, orders and aims are not happenings.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 26:
threats, plans and states are not happenings (helper md1)"), in ``rasd.events.coding.status``:

* a verbal noun after ب that a word of threatening, ordering or recommending governs up to four words before it in
  its clause (يهدد بتفجير، أوصى بتفجير، تهديدات بتفجير، أمرت باعتقال) is still to come (status ``future``): no row;
  a deed told with ب after a verb of doing (قام بتفجير) stays a row;
* a noun of priority, need, help or preparation (الأولوية، ضرورة، للمساعدة في، للتحضير ل) and في سبيل govern a
  verbal noun after them like the older words of aim (يسعى ل، من أجل): an aim, not a deed; "with the help of"
  (بمساعدة) is no aim;
* (``rasd.events.coding.background.described_kind``) a verbal noun after من that a relative ما-clause describes (ما
  يجري على الناس من قتل وتهجير، مما يشاهدونه من مواجهات) names a kind, not one happening (granularity ``ongoing``),
  unless its sentence names a day or it has a counted toll.

The rules are read with the learned row filter off (the rules' own rows) and on (the default).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import rasd
from rasd.ingest.jsonl import read_line
from rasd.pipeline import Pipeline

TOLD = ("reported", "claimed", "alleged")


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(settings=rasd.Settings(row_filter=False))


def _events(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    line = {"title": "أخبار اليوم", "text": text, "published": "2015-08-09"}  # the sentence is the body's
    doc = pipeline.run(read_line(json.dumps(line, ensure_ascii=False).encode("utf-8")))
    assert not doc.errors, doc.errors
    return [e for e in doc.events if isinstance(e, dict) and e.get("acled_event_type")]


def _told(pipeline: Pipeline, text: str, word: str) -> list[dict[str, Any]]:
    """The told events whose trigger holds ``word``."""
    return [e for e in _events(pipeline, text) if word in e["trigger"]["text"] and e["status"] in TOLD]


# ------------------------------------------------------------------------------ threats, orders, recommendations
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("هدد قائد الميليشيا في تسجيل مصور اليوم الأحد بتفجير منازل المعارضين في مدينة إب.", "تفجير"),
        ("وأوصى زعيم الجماعة أتباعه بتفجير منزل كل من يتعاون مع المقاومة في محافظة إب.", "تفجير"),
        ("وتلقت إدارة الفندق في القاهرة أمس تهديدات جدية بتفجير قاعة المؤتمرات أثناء الاجتماع.", "تفجير"),
        ("وتوعد التنظيم في بيان نشره أمس سكان القرية بالقتل إذا تعاونوا مع الجيش العراقي.", "قتل"),
        ("وأمرت النيابة العامة في طرابلس أمس باعتقال قائد الكتيبة وعدد من مساعديه.", "اعتقال"),
    ],
)
def test_threatened_or_ordered_is_no_happening(rules: Pipeline, text: str, word: str) -> None:
    assert not _told(rules, text, word), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قام مسلحون مجهولون اليوم الأحد بتفجير منزل قائد الشرطة في مدينة إب.", "تفجير"),
        ("وقامت قوات الأمن المصرية باعتقال خمسة مسلحين في مدينة العريش اليوم الأحد.", "اعتقال"),
        # "after" and a verb of doing before the noun: the deed told
        ("وقال محللون إن الهجوم تهديد خطير بعد قيام المسلحين بتفجير خط الغاز في العريش اليوم الأحد.", "تفجير"),
        # an order given, then a deed of its own after ثم
        ("وأصدر قائد الشرطة أمرا لعناصره، ثم قامت القوة باعتقال المتهمين في حي الشيخ عثمان بعدن اليوم.", "اعتقال"),
    ],
)
def test_deed_after_ba_stays_told(rules: Pipeline, text: str, word: str) -> None:
    assert _told(rules, text, word), text


# ------------------------------------------------------------------------------ priority, need, help, preparation
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأكد قائد الجبهة أن الأولوية الآن هي القضاء على جيوب المتمردين في مديريات لحج.", "القضاء"),
        ("وشدد وزير الداخلية على ضرورة القضاء على الخلايا الإرهابية في محافظة الأنبار.", "القضاء"),
        (
            "ويبحث الجيش الأمريكي عن فصائل محلية للمساعدة في انتزاع السيطرة على المدن من تنظيم داعش شمال سوريا.",
            "انتزاع",
        ),
        ("وقال الشيخ إن أبناء القبائل يضحون بأرواحهم في سبيل تحرير مدينة تعز من الميليشيات.", "تحرير"),
    ],
)
def test_aim_noun_governs_no_happening(rules: Pipeline, text: str, word: str) -> None:
    assert not _told(rules, text, word), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("تمكنت القوات الحكومية بمساعدة طيران التحالف من السيطرة على مدينة زنجبار اليوم الأحد.", "السيطرة"),
        ("وقال المتحدث إن القوات العراقية حررت بلدة الكرمة اليوم الأحد، وإن الأولوية الآن لتأمين الطرق.", "حرر"),
    ],
)
def test_deed_beside_aim_noun_stays_told(rules: Pipeline, text: str, word: str) -> None:
    assert _told(rules, text, word), text


def test_default_pipeline_gives_no_row_for_a_threat() -> None:
    """With the learned row filter on (the default), the threatened bombing is no ACLED row either."""
    text = "وذكرت مصادر محلية أن قائد المتمردين أوصى بتفجير منزل كل من يثبت انتماؤه للمقاومة في مدينة إب."
    doc = rasd.extract(text, published="2015-08-09")
    rows = [
        e for e in doc.events if isinstance(e, dict) and e.get("acled_row", True) and "تفجير" in e["trigger"]["text"]
    ]
    assert not rows


def test_way_of_governs_only_the_noun_after_it(rules: Pipeline) -> None:
    """في سبيل governs the noun right after it: a death told after "for the sake of his country" stays told."""
    text = "وأشاد المشيعون بتضحية الجندي في سبيل وطنه واستشهاده في اشتباك مع متسللين على حدود جازان أمس الأحد."
    assert _told(rules, text, "اشتباك"), text


# ------------------------------------------------------------------------------ what a relative ما describes
def _discrete_told(pipeline: Pipeline, text: str, word: str) -> list[dict[str, Any]]:
    return [e for e in _told(pipeline, text, word) if e["granularity"] == "discrete"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ولا يكترث قادة الميليشيا بما يجري على السكان من قتل وتهجير وهدم للمنازل في مدن الجنوب.", "هدم"),
        ("وأشار إلى أطفال ذمار الذين يعانون من انهيار معنوي جراء ما يشاهدونه من مواجهات عنيفة في الميدان.", "مواجهات"),
        (
            "وتوافد الشباب على مراكز التسجيل في الضالع بعد ما سببته عصابات التمرد من اعتداء على المدنيين في البلاد.",
            "اعتداء",
        ),
        ("ويعاني أطفال المدينة من صدمات نفسية بسبب ما يسمعونه من اشتباكات عنيفة في الأحياء المجاورة.", "اشتباكات"),
    ],
)
def test_what_a_relative_describes_is_a_kind(rules: Pipeline, text: str, word: str) -> None:
    assert not _discrete_told(rules, text, word), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "وقال السكان إن المدينة عانت كثيرا مما شهدته من قصف عنيف شنته الميليشيات أمس الأحد على أحيائها الشرقية.",
            "قصف",
        ),
        ("وتحدث شهود عما جرى من اشتباكات عنيفة بين الجيش والمسلحين في حي الجمهوري بمدينة تعز اليوم الأحد.", "اشتباكات"),
    ],
)
def test_what_a_relative_describes_with_a_day_stays_a_row(rules: Pipeline, text: str, word: str) -> None:
    assert _discrete_told(rules, text, word), text


def test_what_enabled_a_deed_stays_a_row(rules: Pipeline) -> None:
    """مما مكن القوات من السيطرة: من governs the deed the clause enabled, no kind."""
    text = "وشنت طائرات التحالف غارات على مواقع الميليشيات في زنجبار، مما مكن المقاومة من السيطرة على المدينة اليوم."
    assert _discrete_told(rules, text, "السيطرة"), text
