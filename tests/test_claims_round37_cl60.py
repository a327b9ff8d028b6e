"""Claims, round 37 (helper cl60): long conflict articles — speakers a fresh audit found wrong.

1. A body's name in quotes right after a verb with a plain object or a بـ / عن object ("وأفاد «المرصد السوري»
   أمس، بمقتل …"، "بدوره أكد «المرصد» تحقيق …"): the quoted name speaks; it was read as the quotation of a
   pronoun's words (``stages/claims/after.py`` ``_quoted_body``). After اتهم / طالب / دعا … with بـ / إلى it stays
   the object.
2. The complement of a military rank the tagger reads into a name ("العميد ركن فلان"، "الفريق الركن فلان"): the
   name starts after it, and "ركن" alone is no speaker (``claims/context.py``; ``claim_cues.yaml``
   ``rank_complements``).

docs/claims.md, "Round 37: … (helper cl60)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وتواصلت الاشتباكات في ريف المحافظة الشمالي لليوم الثالث على التوالي. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_quoted_body_after_a_reporting_verb_speaks() -> None:
    text = _BEFORE + "وأفاد «المرصد السوري لحقوق الإنسان» أمس، بمقتل تسعة مدنيين في غارات على بلدة سراقب."
    found = _by(text, "أفاد")
    assert len(found) == 1
    assert _speaker(found[0]) == "المرصد السوري لحقوق الإنسان"
    assert "بمقتل تسعة مدنيين" in _content(found[0])


def test_quoted_body_after_a_verb_with_a_plain_object() -> None:
    text = _BEFORE + "بدوره أكد «المرصد السوري» تقدم فصائل المعارضة في التلال المطلة على الطريق الدولي."
    found = _by(text, "أكد")
    assert len(found) == 1
    assert _speaker(found[0]) == "المرصد السوري"
    assert "«" not in _content(found[0])
    # after a verb of accusing, the quoted name and بـ are its object, not its speaker
    accused = _BEFORE + "واتهم «حزب الله» بالوقوف وراء تفجير الحافلة على مدخل المدينة."
    assert all(_speaker(claim) != "حزب الله" for claim in _by(accused, "اتهم"))


def test_rank_complement_is_no_speaker() -> None:
    text = _BEFORE + "وقال العميد ركن فضل حسن قائد اللواء الأول للصحيفة إن قواته تقدمت نحو المدينة."
    found = _by(text, "قال")
    assert len(found) == 1
    assert "ركن" not in _speaker(found[0])
    assert "حسن" in _speaker(found[0])


def test_name_starts_after_the_rank_complement() -> None:
    text = _BEFORE + "وأكد الفريق الركن راشد بن سالم آل حمد أن قوات الأمن أحبطت محاولة تهريب أسلحة."
    found = _by(text, "أكد")
    assert len(found) == 1
    assert not _speaker(found[0]).startswith(("ركن", "الركن"))
    assert "راشد" in _speaker(found[0])
    pilot = _BEFORE + "وأعلن العميد ركن طيار أحمد الزهراني أن الطائرات قصفت مخازن الذخيرة."
    found = _by(pilot, "أعلن")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("أحمد")


def test_trailing_office_with_its_holder_named_after_the_body() -> None:
    text = _BEFORE + (
        "وسيطرت قوات المعارضة على ثلاث قرى في سهل الغاب، حسب الناطق الرسمي باسم مجلس قيادة الجبهة الشمالية علي المصري."
    )
    found = _by(text, "حسب")
    assert len(found) == 1
    assert _speaker(found[0]) == "علي المصري"
    assert "ثلاث قرى" in _content(found[0])


def test_trailing_office_without_a_name() -> None:
    text = _BEFORE + "وأصيب أربعة من عناصر الدفاع المدني في القصف، بحسب مدير المستشفى الميداني."
    found = _by(text, "بحسب")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("مدير المستشفى")
    assert "أربعة من عناصر الدفاع المدني" in _content(found[0])
    # the person an office speaks for is not its holder
    spoken_for = _BEFORE + "وقتل تسعة أشخاص في التفجير، بحسب متحدث باسم الرئيس الأفغاني أشرف غني."
    assert all(_speaker(claim) != "أشرف غني" for claim in claims(spoken_for))
    # an office after a pronoun's claim of the same words names that speaker again: no second claim
    again = _BEFORE + (
        "وقال رئيس الوزراء إن الغارات استهدفت مواقع التنظيم. "
        "وتابع أن الشرطة أوقفت مئة شخص في عشر محافظات بحسب رئيس الوزراء."
    )
    assert len(claims(again)) == 2


def test_trailing_as_with_an_outlet_named_in_quotes() -> None:
    text = _BEFORE + "وتم إيواء ألف وخمسمئة نازح في مدارس البلدة، كما ذكرت صحيفة «الوطن» المحلية."
    found = _by(text, "ذكرت")
    assert len(found) == 1
    assert _speaker(found[0]) == "الوطن"
    assert "ألف وخمسمئة نازح" in _content(found[0])


def test_a_body_noun_alone_is_no_person() -> None:
    text = _BEFORE + "وقال عضو المجلس ونائب رئيس لجنة الأمن، كريم الساعدي، للصحيفة إن القوة لم تبلغهم بالمداهمة."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "كريم الساعدي"


def test_pointed_to_a_quotation_after_that() -> None:
    text = _BEFORE + (
        "وقال الفنان سمير العلي إن القوة اقتحمت النادي دون إنذار. "
        "ولفت إلى أن «أغلب الفنانين فضلوا العودة إلى البلاد رغم الظروف الصعبة»."
    )
    found = _by(text, "لفت")
    assert len(found) == 1
    assert "أغلب الفنانين فضلوا العودة" in _content(found[0])
