"""Claims, round 17b of issue 13 (helper cl17): false claims from a verb of saying read in another sense
(docs/claims.md, "Round 17b: false claims (helper cl17)"). بيّن (explained) is written like the preposition بين
(between): bare, it is the verb only where it opens its clause; وبين after بينهم / بين … is the preposition's second
term. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _between(text: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") in ("بين", "وبين", "بيّن", "وبيّن")]


# ------------------------------------------------------------------ the preposition: no claim
@pytest.mark.parametrize(
    "sentence",
    [
        "وكان مسلحون قد استهدفوا أمس حافلة ركاب عراقية بين الحدود ومدينة الموصل ما أدى إلى مقتل السائق، بحسب "
        "مصادر أمنية.",
        "وتستمر التصفيات المؤهلة لمدة عامين بين 2017 و2019 إلى أن يتأهل 12 منتخبا إلى النهائيات.",
        "وتطالب الأسر بمحاسبة المسؤولين، ما أدى إلى حدوث خلاف حاد بينهم وبين قيادات الحزب، وأن الخلاف تطور إلى "
        "اشتباك بالأيدي.",
        "وكانت الماشية ترعى بين الحقول وبما أن المياه متوفرة لم يشعر أحد بالعطش.",
        "ومن بين الحضور الذين يتوقع أن يشاركوا في الحفل وزير الخارجية وعدد من السفراء.",
        "ويتوزع وقت الموظفين بين الاجتماعات والزيارات الميدانية، إذ إن العمل يتطلب الحضور في الموقع.",
        "وقالت المعلمة إن الأقساط تستقطع راتبها كاملا بين مبالغ القرض والنفقة على أبنائها، حيث إنها العائل الوحيد.",
    ],
)
def test_bin_the_preposition_is_no_claim(sentence: str) -> None:
    assert _between(sentence) == [], claims(sentence)


def test_the_preposition_cuts_no_other_claim() -> None:
    sentence = (
        "وقال رئيس البلدية إن المشروع يهدف إلى سد الفجوة بيننا وبين المدن الكبرى في الخدمات، وإن العمل سيبدأ قريبا."
    )
    found = claims(sentence)
    assert len(found) == 1, found
    assert "المدن الكبرى" in found[0]["content"]["text"]


def test_a_speaker_going_on_after_between_and_an_introducer() -> None:
    sentence = (
        "وقالت المصادر إن بعض الأسر رفضت تسلم الجثث، ما أدى إلى حدوث خلاف بينها وبين قيادات الجماعة، وأن الموقف "
        "تطور إلى مواجهات."
    )
    assert _between(sentence) == [], claims(sentence)
    speakers = {(c["speaker"] or {}).get("text") for c in claims(sentence)}
    assert "قيادات الجماعة" not in speakers


# ------------------------------------------------------------------ the verb: still read where it opens its clause
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وبين المتحدث الرسمي باسم الدفاع المدني أن الحريق اندلع صباح اليوم في مستودع للأخشاب.", "المتحدث"),
        ("كما بين مدير إدارة التعليم أن الاستعدادات للعام الدراسي اكتملت.", "مدير"),
        ("وأشاد الوزير بجهود العاملين. بين الوزير أن المرحلة المقبلة تتطلب مزيدا من العمل.", "الوزير"),
        ("واجتمع الأمير بأعضاء المجلس، حيث بين أن الدولة ماضية في دعم المشاريع التنموية.", None),
        # a comma left out before the verb: أن / إن right after it or after its one-word subject
        ("وتحدث المدير عن خطة الأمانة. أما بالنسبة للطرق بين إن عشرة طرق جديدة ستفتتح قريبا.", None),
        ("ونشرت الهيئة أرقام الربع الثاني وهي تظهر تحسنا واضحا بين التقرير أن الأرباح ارتفعت بنسبة كبيرة.", "التقرير"),
    ],
)
def test_bin_the_verb_at_its_clause_start_is_read(sentence: str, speaker: str | None) -> None:
    found = _between(sentence)
    assert len(found) == 1, claims(sentence)
    if speaker is not None:
        assert speaker in (found[0]["speaker"] or {}).get("text", "")


# ------------------------------------------------------------------ الأمر الذي + a present verb: a fact points
@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("وارتفع عدد المتقدمين للاختبار هذا العام بشكل ملحوظ، الأمر الذي يشير إلى الاهتمام المتزايد بالشهادة.", "يشير"),
        ("ويعاني آلاف النازحين من نقص الغذاء والدواء، الأمر الذي يدعو المنظمات الإنسانية إلى التحرك السريع.", "يدعو"),
        ('وتزايدت حالات الصيد الجائر في المحميات، الأمر الذي "يهدد بتقليل أثر جهود حماية الحياة البرية".', "يهدد"),
    ],
)
def test_a_fact_that_points_has_no_speaker(sentence: str, verb: str) -> None:
    assert [c for c in claims(sentence) if c["marker"]["text"] == verb] == [], claims(sentence)


def test_a_fact_that_points_cuts_no_speaker_s_content() -> None:
    sentence = (
        "وأفاد مدير الجمعية بأن النازحين في حاجة إلى الغذاء والمأوى الأمر الذي يدعو الجهات المانحة أن تسارع في "
        "تقديم المساعدات."
    )
    found = claims(sentence)
    assert len(found) == 1, found
    assert "الجهات المانحة" in found[0]["content"]["text"]


def test_a_relative_with_its_own_speaker_stays() -> None:
    sentence = "وقالت الوزارة إن الطريق سيغلق أسبوعين، وهو الأمر الذي أكده مدير المرور في تصريح صحفي أمس."
    assert claims(sentence), "the ministry's claim stays"
