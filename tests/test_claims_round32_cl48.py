"""Claims, round 32 (helper cl48): the speaker named in a claim's own sentence, not a pronoun carried over from the
speaker of the sentence before. (1) A plural participle or joined plural verb after a singular opening verb
("وأعرب ذوو الضحايا عن …، مؤكدين أن"، "وأبدى المعلمون ارتياحهم …، وأكدوا أن"): Arabic puts the verb in the singular
before its plural subject, so the plural phrase right after the verb is that subject — a head in construct
(claim_speaker_cues.yaml ``plural_subject_heads``) with its definite genitive, or a definite sound plural in ون —
and speaks, as the singular "وشكك معهد بحثي …، قائلا" already did (round 14); a two-word aside before the verb
(من جهتهم، من جانبهم) is passed over. stages/claims/before.py ``_opening_noun_subject``, ``_sound_plural``. (2) A
verb of saying that is also in the prepositions list ("وتابع": he went on; تابع لـ: affiliated) leads no word that is
not fused to لـ, so the name after it is its subject ("وتابع العنزي، وهو قائد الفريق، إن …"). claims/context.py
``DocIndex.lead``; claim_speaker_cues.yaml ``verb_prepositions``. docs/claims.md, "Round 32: wrong and missing
speakers (helper cl48)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


_BEFORE = "وقال مدير المستشفى إن حالة المصابين مستقرة. "


# ------------------------------------------------------------------- (1) a plural subject after a singular verb
def test_kin_in_construct_before_a_plural_participle_speak() -> None:
    text = _BEFORE + "وأعرب ذوو الضحايا عن امتنانهم لفرق الإنقاذ، مؤكدين أن الاستجابة كانت سريعة."
    found = _by(text, "مؤكدين")
    assert len(found) == 1
    assert _speaker(found[0]) == "ذوو الضحايا"
    assert found[0]["speaker"].get("found_by") != "pronoun"


def test_an_aside_before_the_opening_verb_is_passed_over() -> None:
    text = _BEFORE + "ومن جهتهم، ثمن أقارب المفقودين جهود فرق البحث، مبينين أن الأمل ما زال قائما."
    found = _by(text, "مبينين")
    assert len(found) == 1
    assert _speaker(found[0]) == "أقارب المفقودين"


def test_a_definite_sound_plural_speaks() -> None:
    text = _BEFORE + "وأعرب المزارعون عن قلقهم من شح المياه، مؤكدين أن المحصول تراجع هذا الموسم."
    found = _by(text, "مؤكدين")
    assert len(found) == 1
    assert _speaker(found[0]) == "المزارعون"


def test_a_joined_plural_verb_takes_the_same_subject() -> None:
    text = _BEFORE + "وأبدى المعلمون ارتياحهم للقرار الجديد، وأكدوا أن العام الدراسي سيبدأ في موعده."
    found = _by(text, "أكدوا")
    assert len(found) == 1
    assert _speaker(found[0]) == "المعلمون"


def test_the_plural_subject_stops_before_the_verbs_object() -> None:
    text = _BEFORE + "واستنكر المغردون الاعتداء الآثم، مؤكدين أن المجتمع سيبقى متماسكا."
    found = _by(text, "مؤكدين")
    assert len(found) == 1
    assert _speaker(found[0]) == "المغردون"
    text = _BEFORE + "ورفض ممثلو النقابة العمالية التعليق، قائلين إنهم ينتظرون نتائج التحقيق."
    found = _by(text, "قائلين")
    assert len(found) == 1
    assert "التعليق" not in _speaker(found[0])
    assert _speaker(found[0]).startswith("ممثلو النقابة")


def test_a_head_in_construct_with_a_place_name_speaks() -> None:
    text = _BEFORE + "وأجمع مسئولو محافظة جدة على إدانة الاعتداء، وأكدوا أنه لن ينال من وحدة المجتمع."
    found = _by(text, "أكدوا")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("مسئولو محافظة")


def test_a_plural_object_of_a_named_subject_stays_silent() -> None:
    # a singular participle: the verb's subject (the minister) speaks, not the kin he received
    text = _BEFORE + "واستقبل وزير الداخلية أمس ذوي الشهداء في مكتبه، مؤكدا أن الدولة لن تنسى تضحياتهم."
    found = _by(text, "مؤكدا")
    assert len(found) == 1
    assert _speaker(found[0]) == "وزير الداخلية"


# ------------------------------------------------------------------------- (2) وتابع is no preposition there
def test_the_name_after_tabaa_speaks_past_an_aside() -> None:
    text = (
        "قال حارس المرمى خالد العنزي إن الفريق جاهز للمباراة. "
        "وتابع العنزي، وهو قائد الفريق منذ موسمين، إن اللاعبين يدركون أهمية اللقاء."
    )
    found = _by(text, "تابع")
    assert len(found) == 1
    assert _speaker(found[0]) == "العنزي"
    assert found[0]["speaker"].get("found_by") != "pronoun"


def test_the_affiliated_adjective_with_lam_keeps_its_reading() -> None:
    text = "وأعلن مصدر تابع لوزارة الصحة أن عدد الإصابات ارتفع إلى عشرين."
    found = _by(text, "أعلن")
    assert len(found) == 1
    assert "مصدر" in _speaker(found[0])
