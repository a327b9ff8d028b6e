"""Claims, round 27 (helper cl41): the lead's ruling 10 — a nested verb of saying (أكد، كشف، نفى) whose object is a
plain noun phrase telling a happening or a figure, its subject a speaker, is a claim of its own inside the outer
claim's content (docs/claims.md, "Round 27: nested claims with a plain object (helper cl41)"). Sentences written for
the project (none taken from an article); each rule with its near-misses."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claims(text: str, marker: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]


@pytest.mark.parametrize(
    ("sentence", "outer", "inner", "speaker", "content_start", "polarity"),
    [
        # ruling 10 re-rules round 16's test_nested_report_not_read (its second case, moved here): the unnamed
        # local sources' own claim, told inside the official's, with the killing as its content
        ("وأضاف المسؤول أن مصادر محلية أكدت مقتل ثلاثة مدنيين.", "أضاف", "أكدت", "مصادر محلية", "مقتل", "assert"),
        # a denial of a happening
        (
            "وذكر الناطق باسم الجيش أن مسؤولين محليين نفوا سقوط قذائف على الأحياء السكنية.",
            "ذكر",
            "نفوا",
            "مسؤولين محليين",
            "سقوط",
            "deny",
        ),
        # the happening's noun with a pronoun (مقتله)
        (
            "وقال قائد الشرطة إن مصادر أمنية أكدت مقتله في الغارة الجوية.",
            "قال",
            "أكدت",
            "مصادر أمنية",
            "مقتله",
            "assert",
        ),
        # a figure told by a named body
        (
            "وقال الوزير إن وزارة الداخلية كشفت عدد الموقوفين في القضية.",
            "قال",
            "كشفت",
            "وزارة الداخلية",
            "عدد",
            "assert",
        ),
        # a body named by its common noun (claims.yaml body_nouns), kept as written: ruling 10's "a body"
        (
            "وقال الناطق إن الشرطة أكدت اعتقال خمسة مشتبه بهم في المدينة.",
            "قال",
            "أكدت",
            "الشرطة",
            "اعتقال",
            "assert",
        ),
        ("وأضاف المسؤول أن الحكومة نفت وجود مفاوضات سرية.", "أضاف", "نفت", "الحكومة", "وجود", "deny"),
    ],
)
def test_nested_plain_object_of_happening(
    sentence: str, outer: str, inner: str, speaker: str, content_start: str, polarity: str
) -> None:
    out = _claims(sentence, outer)
    assert len(out) == 1  # the outer claim stays, its content holding the inner one
    ins = _claims(sentence, inner)
    assert len(ins) == 1
    assert str(ins[0]["speaker"]["text"]).startswith(speaker)
    assert ins[0]["content"]["text"].startswith(content_start)
    assert (
        out[0]["content"]["start"] <= ins[0]["content"]["start"] < ins[0]["content"]["end"] <= out[0]["content"]["end"]
    )
    assert ins[0]["polarity"] == polarity
    assert ins[0]["channel"] == "unspecified"  # no channel word in its own clause


@pytest.mark.parametrize(
    ("sentence", "inner"),
    [
        # a plain object that tells no happening or figure: still the outer speaker's account
        ("وأضاف المسؤول أن مصادر محلية أكدت دعمها للحكومة الجديدة.", "أكدت"),
        # a thing told of, not a speaker, before the verb (round 26's guard holds)
        ("وأضاف المسؤول أن الهجوم أكد مقتل ثلاثة مدنيين.", "أكد"),
        # a verb of announcing is an act with its object (round 26)
        ("وقال المحافظ إن الحكومة المحلية أعلنت إغلاق المدارس.", "أعلنت"),
    ],
)
def test_nested_plain_object_left(sentence: str, inner: str) -> None:
    assert _claims(sentence, inner) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a body noun deep in the subject phrase is no speaker (round 26's guard: the subject opens with it)
        "وأضاف المسؤول أن عملية تحرير مقر الشرطة أكدت قدرة القوات على الحسم.",
        # a body's act with its object (announce) stays the outer speaker's account
        "وأضاف المسؤول أن الحكومة أعلنت حالة الطوارئ.",
        # a body as written with an introducer of its own: still the outer speaker's account (round 16's reading)
        "وأكد الوزير أن الحكومة أعلنت أن المدارس ستفتح أبوابها الأسبوع المقبل.",
    ],
)
def test_nested_body_left(sentence: str) -> None:
    assert len(claims(sentence)) == 1
