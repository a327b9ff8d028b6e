"""Claims, round 35 (helper cl56): a definite phrase that opens its sentence or clause right before a past verb of
saying whose introducer follows it at once ("الشرطة قالت إن"، "المتهم قال إن"، "الدراسة أوضحت أن"، "التقرير السابق
ذكر أن"). rasd refused a clause-opening phrase unless it was a title or an unnamed speaker ("وزير الداخلية أكد أن"),
so the claim went to the verb's pronoun (the last speaker before) or was lost; after لكن / إلا أن a channel noun
("لكن البيان ذكر أن") was refused because a channel noun is not kept as written. Now the phrase (up to three words,
each with the article, no date, agreeing with the verb) is the subject, a channel noun an unnamed report
(``stages/claims/before.py`` ``_opening_definite``, ``_document_before``). docs/claims.md, "Round 35: the subject
before its verb (helper cl56)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وأوضح وزير الصحة أن الوضع الوبائي مستقر في جميع المناطق. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_police_before_their_verb() -> None:
    found = _by(_BEFORE + "الشرطة قالت إن المسلحين فروا باتجاه الجبال بعد تبادل لإطلاق النار.", "قالت")
    assert len(found) == 1
    assert _speaker(found[0]) == "الشرطة"
    assert "المسلحين فروا" in _content(found[0])


def test_the_accused_opens_the_sentence() -> None:
    text = "وعقدت المحكمة جلستها الأولى أمس. المتهم قال إن شريكه أبلغه بموعد العملية قبل يومين."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "المتهم"
    assert "شريكه أبلغه" in _content(found[0])


def test_a_family_name_before_a_colon() -> None:
    found = _by(_BEFORE + "الزهراني قال: لم نتلق أي بلاغ عن الحادث حتى الآن.", "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "الزهراني"


def test_a_plural_subject_with_a_plural_verb() -> None:
    found = _by(_BEFORE + "الشهود قالوا إن سيارة مسرعة صدمت الحاجز قبل الانفجار.", "قالوا")
    assert len(found) == 1
    assert _speaker(found[0]) == "الشهود"


def test_a_report_with_its_adjective() -> None:
    text = "وارتفع المؤشر العام في ختام التعاملات. التقرير السابق ذكر أن المؤشر يستهدف مستويات أعلى هذا الأسبوع."
    found = _by(text, "ذكر")
    assert len(found) == 1
    assert _speaker(found[0]) == "التقرير السابق"
    assert "المؤشر يستهدف" in _content(found[0])


def test_a_study_with_ila_before_its_introducer() -> None:
    found = _by(_BEFORE + "الدراسة أشارت إلى أن الأطفال ينامون أقل في فصل الصيف.", "أشارت")
    assert len(found) == 1
    assert _speaker(found[0]) == "الدراسة"


def test_studies_after_fa() -> None:
    # the conjunction fused to the article is no part of the subject
    found = _by(_BEFORE + "فالدراسات الحديثة أكدت أن النوم المبكر يحسن التحصيل الدراسي.", "أكدت")
    assert len(found) == 1
    assert _speaker(found[0]) == "الدراسات الحديثة"


def test_a_statement_after_but() -> None:
    found = _by(_BEFORE + "لكن البيان ذكر أن الفرق الطبية ما زالت في حالة تأهب.", "ذكر")
    assert len(found) == 1
    assert _speaker(found[0]) == "البيان"


def test_a_present_verb_of_a_thing_stays_unread() -> None:
    # "the facts say": a thing's present, no speaker (as before)
    text = _BEFORE + "الحقائق تقول إن الأسعار سترتفع في الأشهر المقبلة."
    assert all(_speaker(c) != "الحقائق" for c in claims(text))


def test_a_disagreeing_verb_is_no_subject_of_the_phrase() -> None:
    # a feminine noun before a masculine verb: not its subject
    text = _BEFORE + "الحكومة قال إن الخطة ستنفذ على مراحل."
    assert all(_speaker(c) != "الحكومة" for c in claims(text))


def test_a_date_that_opens_the_sentence_is_no_subject() -> None:
    text = _BEFORE + "الأسبوع الماضي قال إن الخطة ستنفذ على مراحل."
    assert all(not _speaker(c).startswith("الأسبوع") for c in claims(text))


def test_a_father_is_no_conjunction_and_article() -> None:
    # والدته (his mother): its و is the root's; not "الدته"
    text = _BEFORE + "والدته قالت إنه خرج من المنزل صباحا ولم يعد."
    assert all(not _speaker(c).startswith("الدته") for c in claims(text))
