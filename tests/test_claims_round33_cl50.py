"""Claims, round 33 (helper cl50): the subject named right after a verb of saying is not passed over for a later
name. ``claims/speakers.py`` ``_name_before`` takes the person named last before the introducer as the speaker of a
long title chain ("وقالت رئيسة لجنة … بالغرفة التجارية بجدة فلانة إن"); when the verb's first word is already a
person — alone or after one title and its adjectives — and words stand between that person and the last name that
do not continue it (no fused لـ / بـ, no و), the last name is the verb's object ("اتهم الرئيس فلان نظيره فلانا
بأنه") or a name inside a phrase after the subject ("المتحدث باسم مؤسسة فلان"), and the first
person speaks (``_subject_named_before``). (2) A verb of accusing with its charge fused to بـ right after it
("رجل اتُّهم بالقتل"، "الذين اتُّهموا بتمويل …") has no object: it is the passive (was accused of) and tells nobody's
claim (``stages/claims/marks.py`` ``_passive_charge``; claim_cues.yaml ``charge_verbs``, ``charge_nouns``); a name
or another noun after the verb is its object and the accusation stays. docs/claims.md, "Round 33: claims on
unseen articles (helper cl50)".
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------ the later name is the object: the first speaks
def test_the_accused_after_a_channel_phrase_is_no_speaker() -> None:
    text = (
        "اتهم الرئيس الفرنسي فرانسوا هولاند في مقابلة نشرت أمس الأحد نظيره السوري بشار الأسد بأنه "
        "أطال أمد الحرب في بلاده."
    )
    found = _by(text, "اتهم")
    assert len(found) == 1
    assert _speaker(found[0]) == "فرانسوا هولاند"


def test_the_accused_after_a_title_is_no_speaker() -> None:
    text = "واتهم وزير الداخلية التركي سليمان صويلو رئيس الحزب المعارض كمال كليتشدار أوغلو بأنه يدعم المحتجين."
    found = _by(text, "اتهم")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("سليمان")


def test_the_person_told_is_no_speaker() -> None:
    text = "وأبلغت وزيرة الخارجية الأسترالية جولي بيشوب نظيرها الإيراني محمد جواد ظريف أن بلادها ستعيد فتح سفارتها."
    found = _by(text, "أبلغت")
    assert len(found) == 1
    assert _speaker(found[0]) == "جولي بيشوب"


def test_a_name_inside_the_subjects_title_is_no_speaker() -> None:
    text = "وقال خالد العمري المتحدث باسم مؤسسة عبد الرحمن السميط إن المؤسسة ستوزع ألف سلة غذائية."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "خالد العمري"


# ------------------------------------------------------------------------ guards: a long title's holder speaks
def test_the_holder_after_a_genitive_person_speaks() -> None:
    text = "وقال مستشار الرئيس محمد مرسي للشؤون الخارجية عصام الحداد إن الزيارة ستتم الأسبوع المقبل."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "عصام الحداد"


def test_the_holder_after_a_second_title_speaks() -> None:
    text = "وقال مدير مكتب الرئيس عبد ربه منصور هادي الدكتور محمد مارم إن الرئيس سيعود إلى عدن قريبا."
    found = _by(text, "قال")
    assert len(found) == 1
    assert "محمد مارم" in _speaker(found[0])


def test_two_speakers_joined_by_and_are_not_split() -> None:
    text = "وقال كل من سعد الحربي وفهد المطيري إن الفريق يستحق الفوز."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) != "سعد الحربي"


# ------------------------------------------------------------------- (2) the passive of accusing is no claim
def test_the_passive_after_an_indefinite_noun_is_no_claim() -> None:
    text = (
        "وقال المتحدث باسم وزارة الداخلية إن الوضع مستقر. وكانت وزارة الداخلية قد تمكنت من تفكيك خلية تتكون من 12 "
        "شخصا ينتمون إلى جماعة متطرفة، اتهموا بتمويل هجمات في المنطقة."
    )
    assert _by(text, "اتهموا") == []


def test_the_passive_in_a_relative_clause_is_no_claim() -> None:
    text = "وقال المتحدث إن التحقيقات مستمرة، وإن الموقوفين الذين اتهموا بتمويل هجمات سيحالون إلى القضاء."
    assert _by(text, "اتهموا") == []
    assert len(_by(text, "قال")) == 1


def test_the_passive_with_a_verbal_noun_of_the_ifal_shape_is_no_claim() -> None:
    text = "وكان رئيس البلدية السابق قد اتهم بإهدار المال العام خلال ولايته."
    assert _by(text, "اتهم") == []


def test_the_passive_with_a_listed_charge_is_no_claim() -> None:
    text = "وأوقفت الشرطة شابا في العشرين واتهم بسرقة سيارات من موقف المستشفى."
    assert _by(text, "اتهم") == []


def test_an_accusation_with_a_named_object_stays() -> None:
    text = "واتهمت باكستان الهند بانتهاك وقف إطلاق النار على الحدود."
    found = _by(text, "اتهمت")
    assert len(found) == 1
    assert _speaker(found[0]) == "باكستان"


def test_an_accusation_with_a_plain_object_stays() -> None:
    text = "واتهمت الحكومة المعارضة بتمويل أعمال الشغب في العاصمة."
    assert len(_by(text, "اتهمت")) == 1
