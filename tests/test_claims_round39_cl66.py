"""Claims, round 39 (helper cl66): "by saying" (بقوله، بقولها، بقولهم، بالقول) after a verb that is no verb of saying.

1. The verb's subject speaks when it is named in the sentence (ورد الزعيم المعارض على الاتهام بالقول إن …، وخاطب
   فلان الحضور بقوله: «…») or goes on from before with nothing between the verb and the marker but a preposition or
   its own talk (وأكمل بقوله، وتطرق إلى … بقوله، وواصل حديثه بقوله) — ``marks._complement_close``,
   ``before.by_saying_speaker``.
2. No claim when a subject no reader takes may stand between (واكتفت متحدثة باسم الجهاز بالقول), before a word of
   scripture (بقوله تعالى), without its introducer (سواء بالقول أو بالفعل), or when a verb of saying before it in its
   sentence tells its content through it (وعلق الوزير على ذلك بقوله: one claim, not two).
3. The pronoun's form, not a participle's ending: بقوله is masculine (``agreement.marker_form``).

docs/claims.md, "Round 39: … (helper cl66)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from rasd.claims.agreement import marker_form
from tests.test_claims_generalize import claims

_BEFORE = "وقال محافظ المدينة إن فرق الإنقاذ انتشلت جثتين من تحت الأنقاض. "
_BY_SAYING = ("قوله", "قولها", "قولهم", "القول")


def _by_saying(text: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") in _BY_SAYING]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_named_subject_answers_by_saying() -> None:
    text = _BEFORE + "ورد رئيس الحزب المعارض على الاتهامات بالقول إن حكومته لم تأمر بإطلاق النار على المحتجين."
    found = _by_saying(text)
    assert len(found) == 1
    assert "رئيس الحزب" in _speaker(found[0])
    assert _content(found[0]).startswith("حكومته لم تأمر بإطلاق النار")


def test_quotation_after_by_saying_is_its_content() -> None:
    text = _BEFORE + "وخاطب وزير الداخلية أهالي الضحايا بقوله: «لن يفلت المسؤولون عن التفجير من العقاب»."
    found = _by_saying(text)
    assert len(found) == 1
    assert "وزير الداخلية" in _speaker(found[0])
    assert _content(found[0]).startswith("لن يفلت المسؤولون")


def test_speaker_goes_on_when_nothing_stands_between() -> None:
    text = _BEFORE + "وأكمل بقوله: «ما زالت فرق البحث تعمل في الحي الشرقي حتى الآن»."
    found = _by_saying(text)
    assert len(found) == 1
    assert found[0]["speaker"]["found_by"] == "pronoun"
    assert found[0]["speaker"]["antecedent"]["text"] == "محافظ المدينة"
    assert _content(found[0]).startswith("ما زالت فرق البحث")


def test_speaker_goes_on_after_a_preposition() -> None:
    text = _BEFORE + "وتطرق إلى أوضاع المصابين في المستشفيات، بقوله إن حالة ثلاثة منهم حرجة."
    found = _by_saying(text)
    assert len(found) == 1
    assert found[0]["speaker"]["antecedent"]["text"] == "محافظ المدينة"
    assert _content(found[0]).startswith("حالة ثلاثة منهم حرجة")


_GOES_ON = "وأكمل بقوله: «ما زالت فرق البحث تعمل في الحي الشرقي حتى الآن». "


def _only_goes_on(text: str) -> None:
    found = _by_saying(text)
    assert len(found) == 1  # the sentence that goes on, nothing from the other
    assert _content(found[0]).startswith("ما زالت فرق البحث")


def test_unread_subject_between_gives_no_claim() -> None:
    _only_goes_on(_BEFORE + _GOES_ON + "وردا على سؤال، اكتفت متحدثة باسم الجهاز بالقول: «التحقيق ما زال جاريا».")


def test_scripture_and_no_introducer_give_no_claim() -> None:
    _only_goes_on(
        _BEFORE + _GOES_ON + "وحرم الله قتل النفس بقوله تعالى: «ولا تقتلوا أنفسكم». "
        "ومنع التحريض على العنف سواء بالقول أو بالفعل."
    )


def test_verb_of_saying_before_keeps_one_claim() -> None:
    text = _BEFORE + _GOES_ON + "وعلق الناطق باسم الجيش على ذلك بقوله: «القوات تسيطر على الطريق الدولي»."
    _only_goes_on(text)
    found = [c for c in claims(text) if "القوات تسيطر" in _content(c)]
    assert len(found) == 1
    assert (found[0]["marker"] or {}).get("text") == "علق"


def test_by_saying_shows_its_pronoun_form() -> None:
    assert marker_form("قوله", participle=True) == ("m", "s")
    assert marker_form("قولها", participle=True) == ("f", "s")
    assert marker_form("قولهم", participle=True) == ("m", "p")
    assert marker_form("القول", participle=True) == (None, None)
