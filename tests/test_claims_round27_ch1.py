"""Claims, round 27 (helper ch1): the channel of remarks that name none. Press remarks in the plural with no outlet
("وقال الوزير في تصريحات صحفية إن") and words told by telephone with no outlet ("في تصريح عبر الهاتف من …") are
`unspecified`, as the files code them (benchmarks/data/README.md: "press remarks (في تصريحات صحافية) and a telephone
statement with no outlet stay unspecified"), and the same speaker's continuations carry it; the singular
"في تصريح صحفي" (a spokesman's press release) stays a statement, an outlet named (لـ«…») stays an interview, and a
statement named beside the remarks (في بيان) stays a statement (claim_cues.yaml ``remarks_*``, cues._REMARKS,
channels._remarks_only). docs/claims.md, "Round 27: the claim's channel on unseen articles (helper ch1)". Sentences
written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _marked(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if word in (c["marker"] or {}).get("text", "")]


def test_press_remarks_in_the_plural_are_unspecified() -> None:
    text = (
        "وصل وفد حكومي إلى المدينة صباح اليوم. وقال وزير النقل سامي العبدالله في تصريحات صحفية إن أعمال الصيانة "
        "في الطريق السريع ستنتهي قبل نهاية الشهر المقبل."
    )
    said = _marked(text, "قال")
    assert len(said) == 1
    assert said[0]["channel"] == "unspecified"


def test_press_remarks_carry_to_the_continuation() -> None:
    text = (
        "وقال رئيس البلدية خالد المنصور في تصريحات صحافية أمس إن المشروع سيخدم أكثر من عشرين ألف نسمة. وأضاف "
        "أن البلدية ستفتتح ثلاث حدائق جديدة في الأحياء الشمالية."
    )
    said = _marked(text, "قال") + _marked(text, "أضاف")
    assert len(said) == 2
    assert [c["channel"] for c in said] == ["unspecified", "unspecified"]


def test_remarks_by_telephone_are_unspecified() -> None:
    text = (
        "وقال مدير المستشفى الدكتور فهد الراشد، في تصريح عبر الهاتف من المدينة، إن المصابين الأربعة غادروا "
        "قسم الطوارئ بعد أن تلقوا العلاج اللازم."
    )
    said = _marked(text, "قال")
    assert len(said) == 1
    assert said[0]["channel"] == "unspecified"


def test_a_press_release_in_the_singular_stays_a_statement() -> None:
    text = (
        "وأوضح المتحدث الرسمي لإدارة المرور في تصريح صحفي أن فرق الإنقاذ باشرت الحادث ونقلت المصابين إلى "
        "المستشفى العام."
    )
    said = _marked(text, "أوضح")
    assert len(said) == 1
    assert said[0]["channel"] == "statement"


def test_remarks_to_a_named_outlet_stay_an_interview() -> None:
    text = "وقال الوزير سامي العبدالله في تصريحات صحفية لـ«الوطن» إن أعمال الصيانة ستنتهي قبل نهاية الشهر."
    said = _marked(text, "قال")
    assert len(said) == 1
    assert said[0]["channel"] == "interview"


def test_a_statement_beside_the_remarks_stays_a_statement() -> None:
    text = "وأكد وزير الصحة في بيان وفي تصريحات صحفية أمس أن عدد الحالات المسجلة انخفض بنسبة الثلث خلال الأسبوع الماضي."
    said = _marked(text, "أكد")
    assert len(said) == 1
    assert said[0]["channel"] == "statement"
