"""Claims, round 38 (helper cl64): forms of saying the claims lexicon lacked, kept where their fresh claims read right.

1. The present of the denying resumptive ("… وهو ما تنفيه الحكومة"، "وهو ما ينفيه الجيش"): the speaker after it
   denies the clause before it, as with the past نفاه / نفته (``claims.yaml``, the deny resumptive group).
2. The dual اعترفا (two speakers before it admitting with أن or with بـ + a fact admitted), beside اعترف / اعترفت /
   اعترفوا (``claims.yaml``; ``claim_cues.yaml`` ``admission_verbs``).

Tried and left out after the fresh draws (claims.yaml, the comment over قدر / عزا / أرجع): شكا / شكوا with a
plain object (the speaker "عدد" and the content "من أهالي …" in "شكا عدد من أهالي الحي من …"), أبدى … أن (it cut
reported clauses: "حضروا الاجتماع وأبدوا رغبتهم"), اشترط أن (job-advert conditions, a will's terms).
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وتواصلت الاشتباكات في ريف المحافظة الشمالي لليوم الثالث على التوالي. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_present_denying_resumptive_denies_the_clause_before() -> None:
    text = _BEFORE + "وتتهم المعارضة قوات النظام بقصف الأحياء السكنية، وهو ما تنفيه دمشق باستمرار."
    found = _by(text, "تنفيه")
    assert len(found) == 1
    assert _speaker(found[0]) == "دمشق"
    assert found[0]["polarity"] == "deny"
    assert "بقصف الأحياء السكنية" in _content(found[0])
    # the accusation before it ends where the denial starts
    accused = _by(text, "تتهم")
    assert len(accused) == 1
    assert "تنفيه" not in _content(accused[0])


def test_present_denying_resumptive_masculine() -> None:
    text = _BEFORE + "وتتهم المعارضة الميليشيات بزرع الألغام في الطرق الزراعية، وهو ما ينفيه النظام السوري."
    found = _by(text, "ينفيه")
    assert len(found) == 1
    assert _speaker(found[0]) == "النظام السوري"
    assert found[0]["polarity"] == "deny"
    assert "بزرع الألغام" in _content(found[0])


def test_dual_admission_after_the_speakers() -> None:
    text = _BEFORE + "غير أن الموقوفين اعترفا بأنهما نقلا الأسلحة إلى الخلية قبل أسبوع من الهجوم."
    found = _by(text, "اعترفا")
    assert len(found) == 1
    assert _speaker(found[0]) == "الموقوفين"
    assert _content(found[0]).startswith("نقلا الأسلحة")


def test_dual_admission_continues_the_two_speakers() -> None:
    text = _BEFORE + "وقال الشقيقان في التحقيق إنهما سافرا إلى الحدود، واعترفا بأنهما تلقيا تدريبا على السلاح."
    found = _by(text, "اعترفا")
    assert len(found) == 1
    assert "تلقيا تدريبا على السلاح" in _content(found[0])
