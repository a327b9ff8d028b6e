"""Claims, round 24 (helper cl35): what the round's claims helpers left. A verdict of وصف with no بأن, its verdict a
بـ phrase after the object ("ووصف المفتي الحادثة بالعمل الإجرامي"; claims.yaml ``verdict_adjective_verbs``), is a claim
of the speaker named after the verb, its content the object and the بـ phrase; the passive, a verbal noun and a place
after ب are none. docs/claims.md, "Round 24: what the claims helpers left (helper cl35)". Sentences written for the
project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import speaker_text
from tests.test_claims_generalize import claims


def _verdicts(text: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").startswith("وصف")]


# ------------------------------------------------------------------ وصف + object + بـ phrase
def test_verdict_with_a_bi_phrase_and_a_title_speaker() -> None:
    text = "تعرض مسجد في المدينة لهجوم انتحاري أمس. ووصف الأمين العام للأمم المتحدة الهجوم بالعمل الجبان."
    said = _verdicts(text)
    assert len(said) == 1
    assert speaker_text(said[0]) == "الأمين العام للأمم المتحدة"
    assert said[0]["content"]["text"] == "الهجوم بالعمل الجبان"


def test_verdict_with_a_named_speaker_and_a_person_in_the_object() -> None:
    text = "واعتذر المهاجم عن الانضمام قبل التوقيع الرسمي. ووصف رئيس النادي خالد العتيبي مغادرة سامي المفاجئة بالصدمة."
    said = _verdicts(text)
    assert len(said) == 1
    assert "العتيبي" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("مغادرة سامي")
    assert said[0]["content"]["text"].endswith("بالصدمة")


def test_verdict_of_a_definite_noun_kept_as_written() -> None:
    text = "وفاز المنتخب بالبطولة الآسيوية مساء الجمعة، فيما وصفت الصحافة المحلية مشوار الفريق بالتاريخي."
    said = _verdicts(text)
    assert len(said) == 1
    assert speaker_text(said[0]) == "الصحافة المحلية"
    assert said[0]["content"]["text"] == "مشوار الفريق بالتاريخي"


def test_verdict_with_a_comma_before_the_bi_phrase() -> None:
    text = "وأقر البرلمان القانون الجديد أمس. ووصف النائب المستقل ماجد الزهراني القانون، بالكارثة على الاقتصاد."
    said = _verdicts(text)
    assert len(said) == 1
    assert "الزهراني" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("القانون")


# ------------------------------------------------------------------ not a verdict told
def test_passive_noun_and_place_are_no_verdict() -> None:
    text = (
        "ونقل المصابون إلى مستشفى الملك فهد، ووصفت حالة ثلاثة منهم بالحرجة. ويتطابق وصف السيارة المسروقة مع "
        "الشاحنة التي عثرت عليها الشرطة بالقرب من الميناء. ولن نستفيد من شتم الخصوم ووصفهم بالخونة."
    )
    assert _verdicts(text) == []


def test_a_place_after_bi_is_no_verdict_phrase() -> None:
    text = "ووصف رئيس الجالية اليمنية بالسعودية الشيخ علي الحداد زيارة الوفد أمس."
    assert _verdicts(text) == []


# ------------------------------------------------------------------ the speaker's own wording mid-sentence
def test_own_wording_inside_a_saying_does_not_end_its_content() -> None:
    text = (
        "وقال مسؤول في الغرفة التجارية إن بعض الشركات تفتقر إلى أبجديات العمل المهني - حسب تعبيره - وإن ذلك "
        "أدى إلى خسائر كبيرة في السوق."
    )
    said = [c for c in claims(text) if (c["marker"] or {}).get("text") == "قال"]
    assert len(said) == 1
    assert said[0]["content"]["text"].endswith("أدى إلى خسائر كبيرة في السوق")


def test_own_wording_before_a_new_clause_still_ends_the_content() -> None:
    text = (
        "وأكد اللاعب أنه اضطر للابتعاد بسبب الضغوط حسب قوله، كما علمت مصادر الصحيفة أن اللجنة استجوبت وكيله. "
        "وقال التاجر إن هذه الأصناف ذات مصنعية عالية حسب وصفه وهو ما أدى إلى عزوف الزبائن."
    )
    said = {(c["marker"] or {}).get("text"): c for c in claims(text)}
    assert said["أكد"]["content"]["text"] == "اضطر للابتعاد بسبب الضغوط"
    assert said["قال"]["content"]["text"] == "هذه الأصناف ذات مصنعية عالية"


# ------------------------------------------------------------------ a leading بحسب / وفقا closed by فإن
def _by(text: str, marker: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text") == marker]


def test_leading_attribution_to_a_titled_person_closed_by_then() -> None:
    text = (
        "وبدأت أعمال التوسعة في الطريق الدائري أمس. وبحسب مدير الفرع، المهندس خالد الزهراني، فإن المشروع سيكتمل "
        "قبل نهاية العام."
    )
    said = _by(text, "بحسب")
    assert len(said) == 1
    assert "الزهراني" in speaker_text(said[0])
    assert said[0]["content"]["text"] == "المشروع سيكتمل قبل نهاية العام"


def test_leading_attribution_to_a_body_heading_its_estimates() -> None:
    text = "وارتفعت الإيرادات غير النفطية هذا العام. ووفقا لتقديرات وزارة المالية، فإن العجز سينخفض إلى النصف."
    said = _by(text, "وفقا")
    assert len(said) == 1
    assert speaker_text(said[0]) == "وزارة المالية"


def test_leading_attribution_to_the_person_not_the_body_in_the_title() -> None:
    text = (
        "وأعلنت الشرطة القبض على المتهمين. ووفقا للناطق الإعلامي لشرطة منطقة حائل الرائد ماجد العنزي فإن "
        "المتهمين أحيلوا إلى النيابة."
    )
    said = _by(text, "وفقا")
    assert len(said) == 1
    assert "العنزي" in speaker_text(said[0])


def test_leading_attribution_to_information_or_a_body_deep_in_it_is_no_claim() -> None:
    text = (
        "وتراجعت أسعار النفط أمس. وبحسب المعلومات المتوافرة، فإن الاجتماع سيعقد غدا. وبحسب بيان للدول "
        "الأعضاء في منظمة التجارة العالمية فإن القرض سيصرف على دفعتين."
    )
    assert _by(text, "بحسب") == []
