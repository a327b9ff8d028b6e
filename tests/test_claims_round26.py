"""Claims, round 26 (helper cl38): claims recall on unseen articles. (1) تحدث + a subject + عن + its object, with an
أن clause or a quotation later in the object ("وتحدثت مصادر أخرى عن معارك محدودة …، وأن المقاومة تسعى …"): the
object after عن is the content, the later introducer inside it (reading._lead_before_intro; past tense, the verb
opening its clause). (2) A document of accusation after وفقا لـ / طبقا لـ / بحسب (claim_cues.yaml
``accusation_documents``: لائحة الاتهام، القرار الاتهامي) speaks: leading, then فإن / فقد (an aside set off by dashes
between), or trailing after its clause (written._document_then, _document_speaker); the bare head noun refers back
when the document was named before; a rule (لائحة داخلية، اللائحة) stays no source. docs/claims.md, "Round 26: claims
recall and channel on unseen articles (helper cl38)". Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

from tests.claims_marker_checks import speaker_text
from tests.test_claims_generalize import claims


def _marked(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if word in (c["marker"] or {}).get("text", "")]


# ------------------------------------------------------------------ تحدث عن with a later أن or quotation
def test_spoke_of_with_a_joined_that_clause() -> None:
    text = (
        "وأكد المصدر أن القوات الحكومية استعادت السيطرة على البلدة. وتحدثت مصادر محلية أخرى عن اشتباكات متقطعة "
        "في محيط المطار، وأن المسلحين يحاولون التسلل من الجهة الشرقية."
    )
    said = _marked(text, "تحدثت")
    assert len(said) == 1
    assert "مصادر محلية" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("اشتباكات متقطعة")  # the object, not the later أن clause


def test_spoke_of_with_a_quotation_inside_the_object() -> None:
    text = (
        'وقال قائد الشرطة إن التحقيق مستمر. وتحدث الناطق باسم البلدية عن وجود "أضرار جسيمة" في '
        "المباني القريبة من موقع الانفجار."
    )
    said = _marked(text, "تحدث")
    assert len(said) == 1
    assert "الناطق" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("وجود")
    assert "المباني القريبة" in said[0]["content"]["text"]


def test_spoke_of_that_keeps_its_introducer() -> None:
    text = "وقال الوزير إن الحكومة ستدعم المزارعين. وتحدث المسؤول عن أن الدعم سيصل الشهر المقبل."
    said = _marked(text, "تحدث")
    assert len(said) == 1
    assert said[0]["content"]["text"].startswith("الدعم سيصل")


def test_present_spoke_of_in_a_relative_clause_is_no_claim() -> None:
    text = (
        "وعرض المهرجان عددا من الأفلام القصيرة. وشاهد الجمهور الأفلام التي تتحدث عن الهجرة، وأن كثيرا من "
        "المهاجرين يعودون إلى بلادهم."
    )
    assert _marked(text, "تتحدث") == []


def test_spoke_with_someone_then_that_is_no_object_reading() -> None:
    text = "وزار الوزير المستشفى الميداني. وعندما تتحدث مع الأطباء عن المرضى تعرف أن العمل شاق في ظروف صعبة."
    assert _marked(text, "تتحدث") == []


# ------------------------------------------------------------------ a document of accusation speaks
def test_indictment_after_a_leading_preposition_then_fa_inna() -> None:
    text = (
        "تبدأ المحكمة الأسبوع المقبل النظر في قضية مقتل عامل آسيوي. وطبقا للائحة الاتهام فإن المتهم استدرج "
        "الضحية إلى منزل مهجور قبل أن يعتدي عليه."
    )
    said = _marked(text, "طبقا")
    assert len(said) == 1
    assert speaker_text(said[0]) == "لائحة الاتهام"
    assert said[0]["channel"] == "statement"
    assert said[0]["content"]["text"].startswith("المتهم استدرج")


def test_indictment_with_an_aside_set_off_by_dashes() -> None:
    text = (
        "أحيلت القضية إلى المحكمة الجزائية. ووفقا لقرار الاتهام - الذي اطلعت عليه الصحيفة - فإن المتهمين "
        "هربوا كميات كبيرة من الأدوية عبر المنفذ."
    )
    said = _marked(text, "وفقا")
    assert len(said) == 1
    assert speaker_text(said[0]) == "قرار الاتهام"
    assert said[0]["content"]["text"].startswith("المتهمين هربوا")


def test_indictment_named_before_then_its_head_noun_with_faqad() -> None:
    text = (
        "وأوضحت لائحة الاتهام أن المتهم اعترف بجريمته أمام المحققين. ووفقا للائحة فقد «تم ضبط السلاح المستخدم "
        "في منزل المتهم بعد يومين من الحادث»."
    )
    said = _marked(text, "وفقا")
    assert len(said) == 1
    assert speaker_text(said[0]) == "لائحة"
    assert said[0]["content"]["text"].startswith("تم ضبط السلاح")


def test_indictment_trailing_its_clause() -> None:
    text = (
        "مثل جندي سابق أمام محكمة عسكرية أمس. وعثر المحققون على الأجهزة المسروقة في مستودع قرب منزل شقيقه، "
        "بحسب القرار الاتهامي."
    )
    said = _marked(text, "بحسب")
    assert len(said) == 1
    assert speaker_text(said[0]) == "القرار الاتهامي"
    assert said[0]["content"]["text"].startswith("وعثر المحققون")


def test_a_rule_in_line_with_which_is_still_no_source() -> None:
    text = (
        "وأقرت الجمعية العمومية تعديل النظام الأساسي للنادي. ووفقا للائحة فإن على المرشح أن يقدم أوراقه قبل "
        "نهاية الشهر. وطبقا للائحة الداخلية فإن الاجتماع يعقد كل ثلاثة أشهر."
    )
    assert _marked(text, "وفقا") == []
    assert _marked(text, "طبقا") == []
