"""Claims, round 33 (helper cl52): a place phrase in في inside a body's name, between a verb read with no introducer
and its object. The body's phrase as written stopped at في, so no speaker was read and the claim was lost ("واتهمت
النيابة العامة في بوليفيا …"، "وأعلنت اللجنة القانونية في البرلمان العراقي تأييدها …"). Now a body named by its noun
(with the article, or in construct: إدارة التعليم) or tagged ORG, then في and a place (an entity of a place or a body,
a noun with the article and its adjectives, or a noun and the place it names: في مدينة جدة), then the object visibly
opening (على / إلى / عن, ب + a verbal noun, a verbal noun or a noun with its pronoun) speaks with its place
(``stages/claims/after.py`` ``body_in_place``), and the content opens at the object past the place
(``after.past_place_phrase``, read in ``reading._read_claim``). docs/claims.md, "Round 33: present-tense verbs and a
place inside the subject (helper cl52)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim.get("content") or {}).get("text") or "")


# ------------------------------------------------------------------------------- the place inside the subject
def test_a_committee_in_a_parliament_with_its_object() -> None:
    text = "وأعلنت اللجنة المالية في البرلمان الأردني تأييدها لمشروع الموازنة الجديد."
    found = _by(text, "أعلنت")
    assert len(found) == 1
    assert _speaker(found[0]) == "اللجنة المالية في البرلمان الأردني"
    assert _content(found[0]).startswith("تأييدها")


def test_authorities_in_a_country_announce_arrests() -> None:
    text = "وأكدت السلطات في الأردن اعتقال ستة أشخاص يشتبه في تهريبهم أسلحة عبر الحدود."
    found = _by(text, "أكدت")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("السلطات في الأردن")
    assert _content(found[0]).startswith("اعتقال")


def test_a_council_in_a_city_demands_with_b() -> None:
    text = "وطالب المجلس البلدي في الرياض بإنشاء حدائق جديدة في الأحياء الشمالية."
    found = _by(text, "طالب")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("المجلس البلدي")
    assert "الرياض" in _speaker(found[0])
    assert _content(found[0]).startswith("بإنشاء")


def test_a_body_in_construct_then_a_province() -> None:
    text = "وأعلنت إدارة التعليم في محافظة البكيرية عن حاجتها إلى معلمين للمرحلة الابتدائية."
    found = _by(text, "أعلنت")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("إدارة التعليم")
    assert _content(found[0]).startswith("حاجتها")


def test_a_date_after_the_place() -> None:
    text = "وأعلنت المفوضية الأوروبية في بروكسل اليوم عن خطة جديدة لاستقبال اللاجئين."
    found = _by(text, "أعلنت")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("المفوضية الأوروبية")
    assert "خطة جديدة" in _content(found[0])


def test_the_content_opens_past_the_place_after_a_named_body() -> None:
    text = "وأعلنت وزارة الصحة في الكويت ارتفاع عدد الإصابات بالمرض إلى عشرين حالة."
    found = _by(text, "أعلنت")
    assert len(found) == 1
    assert _content(found[0]).startswith("ارتفاع")


# ----------------------------------------------------------------------------------------------------- guards
def test_a_time_phrase_is_no_place_of_the_body() -> None:
    text = "وأعلنت الحكومة في الوقت نفسه تأييدها للخطة."
    for c in _by(text, "أعلنت"):
        assert "الوقت" not in _speaker(c)


def test_a_channel_phrase_is_no_place_of_the_body() -> None:
    text = "وأعلنت الوزارة في بيانها الصادر أمس تأييدها للخطة الجديدة."
    for c in _by(text, "أعلنت"):
        assert "بيان" not in _speaker(c)


def test_no_object_after_the_place_no_claim_from_the_rule() -> None:
    text = "وأعلنت الحكومة في لبنان الحداد الرسمي ثلاثة أيام."
    for c in _by(text, "أعلنت"):
        assert "لبنان" not in _speaker(c)


def test_a_noun_the_verb_does_not_agree_with_is_its_object() -> None:
    text = "وطالبت المجلس في الرياض بإنشاء حدائق جديدة."
    for c in _by(text, "طالبت"):
        assert not _speaker(c).startswith("المجلس في الرياض")
