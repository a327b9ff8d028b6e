"""Claims, round 38 (helper cl63): "according to" forms and nested sources on long conflict articles.

1. وفقا / طبقا + a definite noun with its لـ fused (للمصدر، للبيان، للمصادر نفسها) naming a speaker of the text
   again: the noun speaks, its span without لل (``written._fused_anaphor_source``); no entity covered the word.
2. A trailing بحسب / حسب / وفق whose source phrase the reader cut short (an adjective, a body, "نفسها" left after
   it: "…، بحسب مصادر قبلية.") gives the clause before, not those words (``written._source_tail_closes``); an
   aside inside its clause ("ومن هنا، وفق فلان، يمكن …") keeps the clause after.
3. A statement or report after عن that an outlet relays is the speaker, the outlet ``reported_via``
   (``reading._relayed_document``).
4. روى X عن Y أنه قال: Y speaks, X ``reported_via``, as for نقل (``reading._NARRATING``).

docs/claims.md, "Round 38: … (helper cl63)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وتواصلت الاشتباكات في ريف المحافظة الجنوبي لليوم الرابع على التوالي. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_fused_source_names_the_earlier_source() -> None:
    text = (
        _BEFORE + "وقال مصدر عسكري إن الوحدات تقدمت نحو الجسر الشرقي. "
        "ووفقا للمصدر فقد اعتقلت الشرطة خمسة مطلوبين في الحي القديم."
    )
    found = _by(text, "وفقا")
    assert len(found) == 1
    assert _speaker(found[0]) == "مصدر"
    assert found[0]["speaker"]["found_by"] == "anaphor"
    assert _content(found[0]).startswith("اعتقلت الشرطة خمسة مطلوبين")


def test_fused_statement_speaks_over_the_clause_after() -> None:
    text = (
        _BEFORE + "وأعلنت الجبهة تغيير قادتها الميدانيين في بيان مساء أمس. "
        "ووفقًا للبيان تم تشكيل مجلس عسكري جديد في إطار خطة لإعادة التنظيم."
    )
    found = _by(text, "وفقًا")
    assert len(found) == 1
    assert _speaker(found[0]) == "بيان"
    assert _content(found[0]).startswith("تم تشكيل مجلس عسكري جديد")


def test_fused_source_closing_its_sentence_gives_the_clause_before() -> None:
    text = (
        _BEFORE + "وذكرت مصادر محلية أن القصف استهدف السوق المركزي. "
        "وسقط عدد من الجرحى بين المدنيين في الحي المجاور، وفقا للمصادر نفسها."
    )
    found = _by(text, "وفقا")
    assert len(found) == 1
    assert _speaker(found[0]) == "مصادر نفسها"
    assert "وسقط عدد من الجرحى" in _content(found[0])
    # a rule, not a source: no claim
    rule = _BEFORE + "ووفقا للقانون يحق للموقوفين الاتصال بمحاميهم خلال يومين."
    assert _by(rule, "وفقا") == []


def test_trailing_source_with_its_adjective_keeps_the_clause_before() -> None:
    text = _BEFORE + "وقصفت الطائرات مواقع المسلحين قرب الحدود الشمالية، بحسب مصادر قبلية."
    found = _by(text, "بحسب")
    assert len(found) == 1
    assert "قصفت الطائرات مواقع المسلحين" in _content(found[0])
    assert "قبلية" not in _content(found[0])
    # no comma before it, the leftover words closing the sentence; an abbreviation in brackets after the source
    bare = _BEFORE + "وأصيب اثنان من المقاتلين خلال المواجهات بحسب مصدر في الجبهة ."
    found = _by(bare, "بحسب")
    assert len(found) == 1
    assert "وأصيب اثنان من المقاتلين" in _content(found[0])
    bracket = _BEFORE + "وقصفت المقاتلات مواقع التنظيم قرب الحدود، بحسب بيان لوزارة الدفاع الأمريكية (البنتاغون)."
    found = _by(bracket, "بحسب")
    assert len(found) == 1
    assert "وقصفت المقاتلات مواقع التنظيم" in _content(found[0])
    # a decimal point is no sentence's end: the attribution inside its clause keeps the clause after
    number = _BEFORE + "وبلغ عدد المشاهدين بحسب إحصاءات الموقع نحو 1.5 مليون مشاهد، وهو رقم قياسي."
    assert all("1.5 مليون" in _content(claim) for claim in _by(number, "بحسب"))


def test_trailing_source_then_a_new_clause_keeps_the_clause_before() -> None:
    text = (
        _BEFORE + "ووصلت قافلة المساعدات إلى الميناء قبيل الظهر، بحسب مراسل لوكالة أنباء دولية، "
        "وكان المحافظ في استقبالها."
    )
    found = _by(text, "بحسب")
    assert len(found) == 1
    assert "ووصلت قافلة المساعدات إلى الميناء" in _content(found[0])
    assert "المحافظ" not in _content(found[0])
    same = _BEFORE + "وسيطرت الوحدات على التلة المطلة على الطريق، حسب المصادر نفسها."
    found = _by(same, "حسب")
    assert len(found) == 1
    assert "وسيطرت الوحدات على التلة" in _content(found[0])
    # an aside inside its clause keeps the clause after it
    aside = _BEFORE + "وتمكنت الفصائل، حسب المصادر نفسها، من قطع طريق الإمداد الرئيسي عن المدينة."
    found = _by(aside, "حسب")
    assert len(found) == 1
    assert "قطع طريق الإمداد" in _content(found[0])


def test_relayed_statement_speaks() -> None:
    text = _BEFORE + "ونقلت وكالة الأنباء الإيطالية عن بيان صدر عن وزارة الخارجية أمس أن السفارة ستغلق أبوابها مؤقتا."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("بيان")
    assert found[0]["reported_via"] == "وكالة الأنباء الإيطالية"
    assert found[0]["channel"] == "statement"
    # a person after عن is relayed as before
    person = _BEFORE + "ونقلت وكالة الأنباء الرسمية عن المتحدث باسم الجيش قوله إن القوات صدت الهجوم."
    found = _by(person, "نقلت")
    assert len(found) == 1
    assert _speaker(found[0]) == "المتحدث"


def test_narrator_passes_on_the_source_after_an() -> None:
    text = (
        "وفي هذا الباب أقوال كثيرة للسلف. وروى الإمام مسلم في مقدمة صحيحه عن ابن سيرين أنه قال: "
        "(لم يكونوا يسألون عن الإسناد)."
    )
    found = _by(text, "روى")
    assert len(found) == 1
    assert _speaker(found[0]) == "ابن سيرين"
    assert found[0]["reported_via"] == "مسلم"
    # a topic after عن is no source: the narrator speaks
    topic = _BEFORE + "وروى أحد الناجين عن لحظات الهجوم أن المسلحين أطلقوا النار عشوائيا على المارة."
    found = _by(topic, "روى")
    assert len(found) == 1
    assert _speaker(found[0]) == "أحد الناجين"
    assert found[0]["reported_via"] is None


def test_one_of_a_group_closing_a_trailing_attribution() -> None:
    text = _BEFORE + "وسقط عشرات الجرحى في القصف على السوق الشعبي، وفقا لأحد الناشطين."
    found = _by(text, "وفقا")
    assert len(found) == 1
    assert _speaker(found[0]) == "أحد الناشطين"
    assert "وسقط عشرات الجرحى" in _content(found[0])
    plain = _BEFORE + "وتضررت عشرات المنازل جراء السيول، بحسب إحدى الناشطات الميدانيات."
    found = _by(plain, "بحسب")
    assert len(found) == 1
    assert _speaker(found[0]) == "إحدى الناشطات الميدانيات"
