"""Claims, round 16 of issue 13 (helper cl12): gold claims rasd did not read on the tune/check files (docs/claims.md,
"Round 16: claims recall (helper cl12)"). Sentences written for the project (none taken from an article); each rule
with its near-misses."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claims(text: str, marker: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]


# ------------------------------------------- a report nested in a person's claim: two claims (check7's rule)
@pytest.mark.parametrize(
    ("sentence", "outer", "inner", "speaker", "content_start"),
    [
        (
            "وأضاف المسؤول أن سكان البلدة قالوا إن المسلحين نهبوا المحال التجارية ليلا.",
            "أضاف",
            "قالوا",
            "سكان",
            "المسلحين",
        ),
        (
            "وأوضح المبعوث الأممي في بيان اليوم أن مصادر محلية موثوقة أكدت أن القصف استهدف سوقا شعبية.",
            "أوضح",
            "أكدت",
            "مصادر محلية",
            "القصف",
        ),
        (
            "وقال قائد الشرطة إن مسؤولين محليين أكدوا أن المهاجمين فروا باتجاه الجبال.",
            "قال",
            "أكدوا",
            "مسؤولين",
            "المهاجمين",
        ),
    ],
)
def test_nested_report_two_claims(sentence: str, outer: str, inner: str, speaker: str, content_start: str) -> None:
    out = _claims(sentence, outer)
    assert len(out) == 1  # the outer claim stays, its content holding the report
    ins = _claims(sentence, inner)
    assert len(ins) == 1
    assert str(ins[0]["speaker"]["text"]).startswith(speaker)
    assert ins[0]["content"]["text"].startswith(content_start)
    assert ins[0]["content"]["end"] <= out[0]["content"]["end"]
    assert ins[0]["channel"] == "unspecified"  # the outer clause's statement (في بيان) is the outer speaker's


@pytest.mark.parametrize(
    ("sentence", "inner"),
    [
        # a named body's act the speaker tells: his own account (round 10b)
        ("وأكد الوزير أن الحكومة الهندية اقترحت أن تستضيف المحادثات.", "اقترحت"),
        # (round 16 also listed "وأضاف المسؤول أن مصادر محلية أكدت مقتل ثلاثة مدنيين." here, a plain object after the
        # inner verb; the lead's ruling 10 (round 27) reads it as the sources' nested claim:
        # tests/test_claims_round27_cl41.py)
        # a present verb is no nested report
        ("وقال الخبير إن التقارير تشير إلى أن الأسعار سترتفع.", "تشير"),
    ],
)
def test_nested_report_not_read(sentence: str, inner: str) -> None:
    assert _claims(sentence, inner) == []


def test_outlet_nested_speech_unchanged() -> None:
    # an outlet's nested speech is the inner speaker's alone, passed on (round 10b)
    sentence = "وذكرت وكالة الأنباء الرسمية أن مصادر أمنية قالت إن الهجوم أوقع خمسة قتلى."
    cs = claims(sentence)
    assert len(cs) == 1
    assert str(cs[0]["speaker"]["text"]).startswith("مصادر")


# ------------------------------------------- a body kept as written right before a plain object (أعلن، نفى، اتهم)
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        ("وأعلنت الشرطة اعتقال خمسة أشخاص بتهمة تهريب الأسلحة.", "أعلنت", "الشرطة", "اعتقال"),
        ("أعلنت السلطات الليبية إغلاق المعبر الحدودي أمام المسافرين.", "أعلنت", "السلطات الليبية", "إغلاق"),
        ("أعلنت هيئة الإعلام إيقاف بث القناة.", "أعلنت", "هيئة الإعلام", "إيقاف"),
    ],
)
def test_body_before_plain_object(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    cs = _claims(sentence, marker)
    assert len(cs) == 1
    assert cs[0]["speaker"]["text"] == speaker
    assert cs[0]["content"]["text"].startswith(content_start)
    assert cs[0]["channel"] == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        # a person noun, not a body noun, before the object: left as it was (no reading)
        "وأعلن المهاجم الدولي اعتزاله اللعب دوليا.",
        # (round 16 also listed "أعلنت مديرية الشؤون الصحية في المحافظة حالة الطوارئ." here, a place phrase ending the
        # body's name before the object; from round 20 a declared state is read as the body's claim, as check10 and
        # check12 code it: tests/test_claims_round20_state.py)
    ],
)
def test_body_before_plain_object_left(sentence: str) -> None:
    assert claims(sentence) == []
