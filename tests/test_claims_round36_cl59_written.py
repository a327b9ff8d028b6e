"""Claims, round 36 (helper cl59), a patch to ``stages/claims/written.py`` (helper cl58's file; applied by the lead):
the source of وفقا لـ / طبقا لـ with the لـ fused to it. The search for a source after the marker starts at a word, so
an entity inside "لرويترز" / "للمصادر الأميركية" was missed, and a body or outlet the entity layer left untagged
("لهيئة الطيران المدني الصينية"، "لوكالة الأنباء الفرنسية") was no source at all: no claim. Now the entity after
the fused لـ speaks (``_fused_source``), and an outlet or body noun with the definite words of its name, or its
name in quotes, speaks as written (``_fused_body``), when the name ends the phrase (the sentence's end, a comma,
فإن) and is no credit line standing after a full stop. docs/claims.md, "Round 36: … (helper cl59)". Sentences
written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_a_body_no_entity_covers_then_its_clause() -> None:
    text = "وهبطت الطائرة في مطار الدمام بسلام. ووفقا لهيئة الطيران المدني السعودية فإن الرحلة تأخرت ساعتين."
    found = _by(text, "وفقا")
    assert len(found) == 1
    assert "هيئة الطيران المدني السعودية" in _speaker(found[0])
    assert "الرحلة تأخرت" in _content(found[0])


def test_an_outlet_closing_its_sentence() -> None:
    text = "وارتفعت أسعار النفط في التعاملات الآسيوية أمس، وفقا لوكالة الأنباء الألمانية."
    found = _by(text, "وفقا")
    assert len(found) == 1
    assert "وكالة الأنباء الألمانية" in _speaker(found[0])
    assert "أسعار النفط" in _content(found[0])


def test_a_tagged_source_after_the_fused_lam() -> None:
    text = "وقتل ثلاثة جنود في هجوم على نقطة تفتيش شمال البلاد، وفقا لرويترز."
    found = _by(text, "وفقا")
    assert len(found) == 1
    assert "رويترز" in _speaker(found[0])


def test_unnamed_sources_after_the_fused_article() -> None:
    text = "وتراجعت الاشتباكات في المدينة. وطبقا للمصادر الأمنية، فإن قوات الجيش سيطرت على الحي الشرقي."
    found = _by(text, "طبقا")
    assert len(found) == 1
    assert "مصادر الأمنية" in _speaker(found[0])
    assert "قوات الجيش سيطرت" in _content(found[0])


def test_a_credit_line_after_a_full_stop_is_no_claim() -> None:
    text = "وارتفع سعر الذهب إلى 1100 دولار للأوقية.وفقا لوكالة رويترز. وتراجعت الفضة قليلا."
    assert _by(text, "وفقا") == []


def test_a_plan_is_no_source() -> None:
    text = "وستنفذ المرحلة الثانية من المشروع وفقا لخطة الوزارة الجديدة خلال العام المقبل."
    assert _by(text, "وفقا") == []
