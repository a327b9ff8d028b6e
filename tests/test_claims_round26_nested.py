"""Claims, round 26 (helper cl39): a speaker told inside another's words (ruling 8). An outer claim's content that
opens, after أن / إن / بأن, with a subject and a past verb of saying of its own is a second claim, nested, beside
the outer one: the subject a phrase headed by a speaker noun or a named body ("بأن مصدرا عسكريا رفيعا أكد"، "أن
الحكومة اليمنية أكدت"), the inner content after its own introducer or, for a verb of saying that tells its object
(claim_cues.yaml ``nested_object_kinds``: أكد، كشف، نفى), that object when it is plainly told: after the one told
("أن مصادر أمنية أكدت له مقتل ثلاثة مسلحين"), after a lead (أكد على، كشفت عن) or a word of news (أكدت الخبر، نفى
صحة الأنباء); "أكدت إصابة خمسة جنود" stays the outer speaker's account (round 16; round 27's ruling 10 reads it as
a nested claim too). Not a thing told of (أن الهجوم أكد، أن التحقيقات أكدت), not an act (أعلنت حالة الطوارئ), not a
relative clause, not a present verb.
docs/claims.md, "Round 26: claims told inside another claim (helper cl39)". Sentences written for the project (none
taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import speaker_text
from tests.test_claims_generalize import claims


def _marked(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


# ------------------------------------------------------------------ found
def test_unnamed_sources_told_inside_a_spokesman_claim() -> None:
    text = (
        "وقال قائد الشرطة إن الوضع تحت السيطرة. وأضاف المتحدث باسم الشرطة أن مصادر أمنية أكدت له مقتل ثلاثة "
        "مسلحين في الاشتباك."
    )
    outer = _marked(text, "أضاف")
    assert len(outer) == 1 and "المتحدث" in speaker_text(outer[0])
    inner = _marked(text, "أكدت")
    assert len(inner) == 1
    assert "مصادر" in speaker_text(inner[0]) and inner[0]["speaker"]["anonymous"]
    assert inner[0]["content"]["text"].startswith("مقتل ثلاثة")  # the one told (له) is no part of it
    assert inner[0]["content"]["start"] >= outer[0]["content"]["start"]
    assert inner[0]["content"]["end"] <= outer[0]["content"]["end"]


def test_a_named_government_confirming_inside_an_official_claim() -> None:
    text = "وقال مسؤول محلي إن الحكومة اليمنية أكدت الخبر خلال اجتماع طارئ عقدته مساء أمس في عدن."
    inner = _marked(text, "أكدت")
    assert len(inner) == 1
    assert "الحكومة اليمنية" in speaker_text(inner[0])
    assert inner[0]["content"]["text"].startswith("الخبر")
    assert len(claims(text)) == 2  # the official's claim stays beside it


def test_an_indefinite_source_with_qualifiers_and_its_own_that_clause() -> None:
    text = "وقال الدبلوماسي الغربي إن مصدرا عسكريا رفيعا أكد أن القوات انسحبت من المدينة قبل يومين."
    inner = _marked(text, "أكد")
    assert len(inner) == 1
    assert "مصدر" in speaker_text(inner[0])
    assert inner[0]["content"]["text"].startswith("القوات انسحبت")


def test_a_denial_told_after_bi_anna() -> None:
    text = "وأوضح أحد الشهود بأن مسؤولا في البلدية نفى صحة الأنباء عن وقوع إصابات بين السكان."
    inner = _marked(text, "نفى")
    assert len(inner) == 1
    assert "مسؤول" in speaker_text(inner[0])
    assert inner[0]["polarity"] == "deny"
    assert "وقوع إصابات" in inner[0]["content"]["text"]


def test_stressing_after_a_lead() -> None:
    text = "ولفت المتحدث الرسمي إلى أن الرئيس عبد الفتاح السيسي أكد على أهمية الحل السياسي للأزمة في سوريا."
    inner = _marked(text, "أكد")
    assert len(inner) == 1
    assert "السيسي" in speaker_text(inner[0])


def test_a_ministry_disclosing_inside_a_governor_claim() -> None:
    text = "وأضاف المحافظ أن وزارة الداخلية كشفت عن هوية منفذي الهجوم في بيان صدر فجر اليوم."
    inner = _marked(text, "كشفت")
    assert len(inner) == 1
    assert "وزارة الداخلية" in speaker_text(inner[0])


# ------------------------------------------------------------------ not a claim of its own
def test_an_attack_is_no_speaker() -> None:
    text = "وأكد الوزير أن الهجوم الإرهابي أكد أن الدولة قوية في مواجهة الإرهاب."
    said = claims(text)
    assert len(said) == 1
    assert "الوزير" in speaker_text(said[0])


def test_investigations_are_no_speaker() -> None:
    text = "وقال المتحدث إن التحقيقات أكدت تورط الخلية في التفجير."
    said = claims(text)
    assert len(said) == 1
    assert "المتحدث" in speaker_text(said[0])


def test_a_declared_emergency_is_an_act() -> None:
    text = "وأضاف المسؤول أن الحكومة أعلنت حالة الطوارئ في المحافظة بعد الفيضانات."
    said = claims(text)
    assert len(said) == 1
    assert "المسؤول" in speaker_text(said[0])


def test_a_relative_clause_is_no_claim() -> None:
    text = "وأضاف المسؤول أن السكان الذين أكدوا سماع دوي الانفجار غادروا منازلهم."
    assert len(claims(text)) == 1


def test_a_happening_confirmed_is_a_nested_claim() -> None:
    # round 27: the lead's ruling 10 re-rules this case (round 26 kept it the outer speaker's account): a nested verb
    # of saying whose plain object tells a happening, its subject a speaker, is a claim of its own
    # (tests/test_claims_round27_cl41.py)
    text = "وأضاف الناطق باسم الجيش أن مصادر طبية أكدت إصابة خمسة جنود في الانفجار."
    said = claims(text)
    assert len(said) == 2
    assert "الناطق" in speaker_text(said[0])
    assert speaker_text(said[1]).startswith("مصادر طبية")
    assert said[1]["content"]["text"].startswith("إصابة")


def test_a_present_verb_is_no_nested_claim() -> None:
    text = "وأضاف المسؤول أن مصادر في الحكومة تؤكد وجود مفاوضات مع المسلحين."
    said = claims(text)
    assert len(said) == 1
    assert "المسؤول" in speaker_text(said[0])
