"""Claims, round 28 (helper cl42): false claims on unseen articles. (1) God named المولى as الله is: "داعيا المولى
أن …" is a prayer, no claim (claims.yaml ``not_claims_after``), and a prayer after a participle of calling is a clause
of its own whose أن is no earlier verb's (marks._prayer_cuts; claim_cues.yaml ``prayer_heads``): "وأعرب فلان عن
الشكر …، داعيا الله أن …" gave أعرب the prayer as its content, and a claim before the prayer ran over it. (2) A
definite noun kept as written before الذي / التي speaks only when it names someone who can speak
(before._may_speak): not "الكتب التي تتحدث عن", "المشاكل التي تهدد"; a relative of people (الذين) and a body, an
outlet, a title or a source still do. docs/claims.md, "Round 28: claims missed on unseen articles (helper cl42)".
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import speaker_text
from tests.test_claims_generalize import claims


def _marked(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if word in (c["marker"] or {}).get("text", "")]


# ------------------------------------------------------------------ (1) prayers
def test_a_prayer_to_al_mawla_is_no_claim() -> None:
    text = (
        "وقدم أمير المنطقة التعازي لأسر الشهداء وذويهم، داعياً المولى عز وجل أن يتغمدهم بواسع رحمته وأن يحفظ "
        "البلاد من كل سوء."
    )
    assert claims(text) == []


def test_a_prayer_after_thanks_is_not_the_content_of_the_thanks() -> None:
    # the prayer's أن is no introducer of أعرب before it, with الله as with المولى
    for god in ("الله", "المولى"):
        text = f"وأعرب والد الشهيد عن الشكر والتقدير لأمير المنطقة على مواساته، داعياً {god} أن يحفظ البلاد من كل مكروه."
        assert claims(text) == [], god


def test_a_claim_before_a_prayer_ends_where_the_prayer_begins() -> None:
    text = "وقال الوزير إن الهجوم عمل إجرامي جبان لن يمر دون عقاب، داعياً المولى أن يحفظ المملكة من كل مكروه."
    said = _marked(text, "قال")
    assert len(said) == 1
    assert said[0]["content"]["text"].rstrip("، ").endswith("دون عقاب")
    assert "المولى" not in said[0]["content"]["text"]


def test_a_call_on_people_after_a_comma_is_still_read() -> None:
    text = "وقال المتحدث باسم الدفاع المدني إن الحريق أخمد، داعيا المواطنين إلى الابتعاد عن موقع الحادث."
    said = _marked(text, "قال")
    assert len(said) == 1
    assert "الابتعاد" in said[0]["content"]["text"]  # (a participle folded into the claim, as before)


# ------------------------------------------------------------------ (2) things before a relative pronoun
def test_things_before_a_relative_pronoun_do_not_speak() -> None:
    for text in (
        "ويعرض المعرض عشرات الكتب والمخطوطات القديمة التي تتحدث عن تاريخ المدينة وأسواقها.",
        "وحذر الأطباء من انتشار الأمراض المعدية في المخيمات، وهي من المشاكل الخطيرة التي تهدد حياة الأطفال.",
        "ولم تكن الأرقام الرسمية التي أعلنت في التقرير الفصلي مفاجئة للمستثمرين.",
    ):
        said = [c for c in claims(text) if c["marker"] and c["marker"]["text"] in ("تتحدث", "تهدد", "أعلنت")]
        assert said == [], text


def test_people_and_bodies_before_a_relative_pronoun_still_speak() -> None:
    cases = (
        ("وأثار القرار غضب بعض النواب الذين يقولون إن الحكومة لم تستشر البرلمان.", "يقولون", "النواب"),
        ("واهتمت بالمعرض وسائل الإعلام المحلية التي قالت إنه الأكبر من نوعه.", "قالت", "المحلية"),
        ("ووصل الوفد إلى العاصمة بعد اتصالات مع السلطات المحلية التي أعلنت أن الطريق آمن.", "أعلنت", "المحلية"),
    )
    for text, verb, who in cases:
        said = _marked(text, verb)
        assert len(said) == 1, text
        assert who in speaker_text(said[0]), text
