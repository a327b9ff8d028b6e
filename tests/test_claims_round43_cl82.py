"""Claims, round 43 (helper cl82): the openings and false speakers left by this round's checks.

(Its first commit — «في معرض رده» as an answer phrase, the introducer looked for again after the paper's question,
a paper that met the speaker the sentence before — was taken out by the lead at the round's end for its cost: +212 M
instructions on 300 articles, about 6% of the claims stage, for one claim and three channels of check41, see
docs/claims.md).

1. طالب as the noun (a student) where no verb can stand: after a pronoun, an ordinal, a quantifier or a preposition
   (وهو طالب، كأول طالب، ضد طالب) or before what the student studies or is (طالب الدكتوراه، طالب مبتعث): no claim of
   demand (``marks._counted_noun``, ``claim_cues.yaml`` counted_noun_leads / counted_noun_tails).
2. A thing that opens its sentence before a relative clause whose agent is named (الحملة … التي أعلنت عنها وزارة
   الصحة قبل أيام، تؤكد أن …) is the subject of the present verb after the clause's comma: the thing points, the
   agent says nothing (``marks._thing_relative_head``, ``claim_cues.yaml`` pointing_heads).

docs/claims.md, "Round 43: claims, the openings and false speakers left (helper cl82)". Sentences written for the
project (none taken from an article); each test fails at the start tree (12211fbc)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(str(c["speaker"].get("text") or ""), str(c["channel"]), c.get("reported_via")) for c in claims(text)]


def test_talib_the_student_is_no_demand() -> None:
    for text in (
        "وكان الشاب عمر وهو طالب في كلية الطب قد أصيب في الحادث.",
        "وشارك في الندوة الباحث خالد العتيبي طالب الماجستير في جامعة الملك سعود الذي عرض نتائج دراسته.",
        "وأصبح الشاب كأول طالب أجنبي يلتحق بالبرنامج في تاريخ الجامعة.",
    ):
        assert all((c.get("marker") or {}).get("text") != "طالب" for c in claims(text)), (text, _read(text))
    # the verb stays the verb
    verb = "وطالب الوزير الجهات المعنية بتكثيف الرقابة على الأسواق. وكان المجلس قد طالب بفتح تحقيق في الحادث."
    assert [(c.get("marker") or {}).get("text") for c in claims(verb)] == ["طالب", "طالب"], _read(verb)


def test_a_thing_before_a_relative_clause_points() -> None:
    text = (
        "الحملة الصحية الوطنية الكبرى التي أعلنت عنها وزارة الصحة قبل أيام ضد الأمراض المعدية، تؤكد أن الوقاية "
        "أصبحت أولوية في كل المدن."
    )
    assert claims(text) == [], _read(text)
    # sources before the relative clause still speak
    sources = "المصادر التي تحدثت للصحيفة أمس، تؤكد أن الاجتماع سيعقد الأسبوع المقبل."
    assert [sp for sp, _, _ in _read(sources)] == ["المصادر"], _read(sources)
