"""Claims, round 34 (helper cl54): a family name alone, with the article and in ي (المطيري، الغامدي), right after a
masculine past verb that takes its object with على (شدد، أكد، حث) and right before that على. rasd read no claim
there when the entity layer left the name untagged (the name's first mention elsewhere in the article usually tags
it): round 21's reader of an untagged subject before على refuses a word with the article, since "وشددت السلطات
الإجراءات على …" (tightened) has a definite object there. Now one such word, of six letters or more, not an
ordinal (الثاني), is the subject (``stages/claims/after.py`` ``_family_name_before_on``; ``claim_cues.yaml``
``family_name_on_verbs``, ``not_family_names``). docs/claims.md, "Round 34: a family name before على (helper
cl54)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_stressed_by_a_family_name() -> None:
    text = "وشدد المطيري على ضرورة رعاية أسر الموقوفين حتى لا تستغلهم جهات خارجية."
    found = _by(text, "شدد")
    assert len(found) == 1
    assert _speaker(found[0]) == "المطيري"
    assert "ضرورة رعاية أسر الموقوفين" in _content(found[0])


def test_urged_by_a_family_name() -> None:
    text = "وحث الغامدي على الالتفاف حول العلماء وتوعية الشباب بمخاطر الفكر المتطرف."
    found = _by(text, "حث")
    assert len(found) == 1
    assert _speaker(found[0]) == "الغامدي"
    assert "الالتفاف حول العلماء" in _content(found[0])


def test_confirmed_with_ala_by_a_family_name() -> None:
    text = "وأكد القحطاني على جاهزية المراكز الصحية لاستقبال الحجاج منذ اليوم الأول."
    found = _by(text, "أكد")
    assert len(found) == 1
    assert _speaker(found[0]) == "القحطاني"
    assert "جاهزية المراكز الصحية" in _content(found[0])


def test_an_ordinal_is_no_family_name() -> None:
    # "the second" of two speakers named before: not a name read as written
    text = "وفيما تحدث الأول عن الوحدة، شدد الثاني على وجوب مراجعة الخطط التي تحمي الشباب."
    assert all(_speaker(c) != "الثاني" for c in claims(text))


def test_a_definite_object_before_ala_stays_unread() -> None:
    # "tightened the measures on …": the definite noun is the object, not a speaker (and no nisba in ي)
    text = "وشددت السلطات الإجراءات على المنافذ الحدودية بعد الهجوم."
    assert all(_speaker(c) != "السلطات الإجراءات" for c in claims(text))
    assert all(_speaker(c) != "الإجراءات" for c in claims(text))


def test_a_feminine_verb_does_not_take_the_name() -> None:
    # a family name in ي is a man's; "شددت" does not take it as its subject alone
    text = "وشددت الوزارة على ضرورة الالتزام بالتعليمات الصادرة عن الدفاع المدني."
    found = _by(text, "شددت")
    assert len(found) == 1
    assert _speaker(found[0]) == "الوزارة"
