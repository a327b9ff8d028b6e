"""Claims, round 19 of issue 13 (helper cl20): a report nested in an unnamed speaker's claim is a claim of its own
(ذكر محققون أن … بعد أن قالت السلطات إن …; check7's rule), and a subject read as written after a verb that takes no
addressee stays the subject when the introducer follows it at once (وأشار البحرة إلى أن: a family name in ة is no
feminine object). docs/claims.md, "Round 19: claims recall on long articles (helper cl20)". Sentences written for
the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text

from .test_claims_generalize import claims


# ------------------------------------------------------------------ a report nested in an unnamed speaker's claim
def test_authorities_quoted_inside_investigators_report_speak_too() -> None:
    text = "ذكر محققون يوم الثلاثاء أن رجلا اعتقل في المدينة بعد أن قالت الشرطة إن سيارته كانت محملة بالأسلحة."
    outer = by_marker(text, "ذكر")
    inner = by_marker(text, "قالت")
    assert len(outer) == 1 and "قالت الشرطة" in outer[0]["content"]["text"]
    assert len(inner) == 1
    assert inner[0]["speaker"]["text"] == "الشرطة"
    assert inner[0]["content"]["text"].startswith("سيارته كانت محملة")


def test_a_family_quoted_by_unnamed_sources_speaks_too() -> None:
    text = "وأكدت مصادر مطلعة أن عائلة الضحية قالت إن ابنها غادر المنزل قبل يومين من الحادث."
    inner = by_marker(text, "قالت")
    assert len(inner) == 1
    assert inner[0]["speaker"]["text"] == "عائلة الضحية"
    assert inner[0]["content"]["text"].startswith("ابنها غادر المنزل")
    assert len(by_marker(text, "أكدت")) == 1  # the sources' claim stays, its content holding the report


def test_a_commander_telling_inside_sources_report_speaks_with_his_own_introducer() -> None:
    text = (
        "وأكدت مصادر ميدانية أن المسلحين انسحبوا من الحي، في الوقت الذي أفاد فيه قائد عسكري ميداني، أن مئات "
        "المقاتلين شاركوا في الهجوم."
    )
    inner = by_marker(text, "أفاد")
    assert len(inner) == 1
    assert "قائد عسكري" in inner[0]["speaker"]["text"]
    assert inner[0]["content"]["text"].startswith("مئات المقاتلين")


def test_a_named_ministers_account_of_a_governments_act_stays_his() -> None:
    text = "وأكد الوزير أن الحكومة أعلنت أن المدارس ستفتح أبوابها الأسبوع المقبل."
    assert by_marker(text, "أعلنت") == []  # a named speaker's account (round 16): no claim of the government


def test_a_bodys_account_of_its_teams_telling_stays_its_own() -> None:
    text = "وذكرت صحة المنطقة أن الفريق الطبي أفاد بأن حالة المريض مستقرة بعد العملية."
    assert by_marker(text, "أفاد") == []  # a body named as written is no unnamed source: its own account


def test_a_verb_that_is_no_plain_telling_inside_a_sources_claim_is_left() -> None:
    text = "وذكرت مصادر مطلعة أن الشركة أكدت أن المصنع سيغلق أبوابه نهاية الشهر."
    assert by_marker(text, "أكدت") == []  # only قال / أفاد / أبلغ are read inside


def test_a_verb_whose_introducer_is_the_next_verbs_gives_no_inner_claim() -> None:
    text = "ذكر محققون أن امرأة اتهمت بالإهمال بعد أن قالت السلطات إن طفليها تركا وحدهما في المنزل."
    assert by_marker(text, "اتهمت") == []
    assert [c["speaker"]["text"] for c in by_marker(text, "قالت")] == ["السلطات"]


# ------------------------------------------------------------------ a name written with a madda (آن، آنا)
def test_anne_after_the_verb_is_a_name_not_the_introducer() -> None:
    text = (
        "وقال وزير الخارجية إن المحادثات مستمرة. "
        "وشددت آن كولينز رئيسة بلدية المدينة على «ضرورة حماية الأحياء القديمة من الهدم»."
    )
    claim = by_marker(text, "شددت")
    assert len(claim) == 1
    assert "كولينز" in speaker_text(claim[0])
    assert claim[0]["content"]["text"].startswith("ضرورة حماية")


def test_anna_after_the_verb_is_a_name_not_the_pronoun_i() -> None:
    text = "وقال رئيس اللجنة إن الشهادات مؤثرة. وروت آنا ماريا من جهتها أنها عملت سنوات دون أجر في أحد المصانع."
    claim = by_marker(text, "روت")
    assert len(claim) == 1
    assert speaker_text(claim[0]) == "آنا ماريا"


def test_at_once_with_a_madda_is_no_introducer() -> None:
    text = "وأكد المدير حرص الإدارة على التطوير والتجديد في آن واحد، مشيرا إلى أن البرنامج يبدأ الأسبوع المقبل."
    found = [c for c in claims(text) if c["content"]["text"].startswith("واحد")]
    assert found == []


# ------------------------------------------------------------------ a name in ة after a verb with no addressee
def test_a_family_name_in_ta_marbuta_after_ashara_ila_anna_speaks() -> None:
    text = (
        "وقال وزير الخارجية إن الحوار مع الجانب الإيراني مستمر. "
        "وأشار الطراونة إلى أن المعارضة لن تقبل بأي حل لا يضمن الانتقال السياسي."
    )
    claim = by_marker(text, "أشار")
    assert len(claim) == 1
    assert speaker_text(claim[0]) == "الطراونة"


def test_a_family_name_in_ta_marbuta_after_akkada_anna_speaks() -> None:
    text = "وقال مدير المهرجان إن الفعاليات بدأت أمس. وأكد العواملة أن عدد الزوار تجاوز عشرة آلاف زائر في اليوم الأول."
    claim = by_marker(text, "أكد")
    assert len(claim) == 1
    assert speaker_text(claim[0]) == "العواملة"


def test_a_feminine_object_of_a_demand_stays_the_object() -> None:
    text = "وقال النائب إن الأزمة تتفاقم. ودعا الحكومة إلى أن تتحمل مسؤولياتها كاملة."
    claim = by_marker(text, "دعا")
    assert len(claim) == 1
    assert speaker_text(claim[0]) == "النائب"  # دعا takes an addressee: الحكومة is the one called on


def test_an_object_before_bi_anna_stays_the_object() -> None:
    text = "وقال الأمين العام إن الحادث مؤلم. وأكد الثقة بأن الأجهزة الأمنية قادرة على ملاحقة الجناة."
    claim = by_marker(text, "أكد")
    assert len(claim) == 1
    assert speaker_text(claim[0]) == "الأمين العام"
