"""Claims, round 23 (helper cl31): speakers short articles lose. A one-word name the tagger guessed after a trailing
بحسب / وفق that closes its sentence is the source of the clause before ("…، بحسب زيدان."; written._trailing_name);
a participle of addressing right after a verb of saying ("وأضاف مخاطبا رئيس الوزراء «…»") names the one addressed,
never the speaker (claim_cues.yaml ``addressing_words``).
docs/claims.md, "Round 23: speakers short articles lose (helper cl31)". Sentences written for the project (none
taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text
from tests.test_claims_generalize import claims


# ------------------------------------------------------------------ a one-word name after a trailing بحسب
def test_trailing_attribution_to_a_one_word_name() -> None:
    text = "وكانت تلك الضربة ردا على إهانات وجهها المدافع إلى أسرته خلال المباراة النهائية، بحسب زيدان."
    said = by_marker(text, "بحسب")
    assert len(said) == 1
    assert speaker_text(said[0]) == "زيدان"
    content = "وكانت تلك الضربة ردا على إهانات وجهها المدافع إلى أسرته خلال المباراة النهائية"
    assert said[0]["content"]["text"] == content


def test_a_one_word_guess_inside_a_phrase_is_no_source() -> None:
    text = "وجاء النص مكتوبا وفقا لمقاييس بلاغية صارمة وضعها النقاد القدماء."
    assert by_marker(text, "وفقا") == []


# ------------------------------------------------------------------ the one addressed is no speaker
def test_addressee_after_a_verb_of_saying_is_not_the_speaker() -> None:
    text = (
        "وقال رئيس الحزب صلاح الدين دمرداش إن عملية السلام يجب أن تستمر. وأضاف مخاطبا رئيس الوزراء التركي "
        "أحمد داود أوغلو «قد يتشكل ائتلاف وقد لا يتشكل لكن السلام مهم»."
    )
    said = by_marker(text, "أضاف")
    assert len(said) == 1
    assert said[0]["speaker"]["found_by"] == "pronoun"
    assert speaker_text(said[0]) == "صلاح الدين دمرداش"


def test_addressed_body_after_said_is_not_the_speaker() -> None:
    text = (
        "وقال المذيع جون ستيوارت إن برنامجه سيتوقف نهاية الشهر. وقال مخاطبا المحطة المنافسة إن «نفاقكم ليس عيبا "
        "طارئا بل صفة أساسية»."
    )
    said = by_marker(text, "قال")
    assert len(said) == 2
    assert said[1]["speaker"]["found_by"] == "pronoun"
    assert speaker_text(said[1]) == "جون ستيوارت"


def test_no_claim_in_a_plain_report() -> None:
    text = "وتوجه وفد من رجال الأعمال إلى العاصمة مخاطبا الجهات المعنية بطلب رسمي لتسهيل الإجراءات."
    assert claims(text) == []
