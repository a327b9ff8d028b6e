"""Claims, round 32 (helper cl47): claims missed on unseen articles (check26-30's misses). (1) عن + a pronoun between
a verb of saying and its subject ("وقال عنها الناقد فلان: «…»"، "وذكر عنه الكاتب فلان، في جريدة …، «…»": check30
codes all three of its cases) no longer drops the verb as a passive relative ("الصفقة التي أعلن عنها") and the
subject after the pronoun speaks; not نقل عنه (the pronoun is the source) nor a verb with no subject named after the
pronoun. stages/claims/marks.py ``_about_then_told``, stages/claims/after.py ``_speaker_after``; claim_cues.yaml
``about_pronouns``, ``about_not_verbs``. (2) The comma after an unnamed subject (sources, officials, a report, up
to two adjectives in ي / ية) with the object after it ("أكدت مصادر عسكرية، تدمير …"، "كشف تقرير دولي، عن …":
check29). stages/claims/reading.py ``_past_unnamed_comma``. (3) The speaker of a trailing attribution stands before
the next verb of saying ("…، حسبما ذكرت السلطات المحلية أمس، إذ قال فلان «…»": check30).
stages/claims/reading.py ``_before_next_marker``. (4) A monitor named by its noun alone (وأكد المرصد مقتل …: check28)
speaks as a body before its plain object: claims.yaml ``body_nouns``. docs/claims.md, "Round 32: a known verb's
object, markers and check30's misses (helper cl47)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------------ (1) عن + a pronoun before the subject
def test_a_critic_speaks_after_about_her() -> None:
    text = "صدرت الرواية قبل عامين. وقال عنها الناقد سامي العتيبي: «إنها أجمل ما كتب في العقد الأخير»."
    found = _by(text, "قال")
    assert len(found) == 1
    assert "سامي العتيبي" in _speaker(found[0])
    assert "أجمل ما كتب" in found[0]["content"]["text"]


def test_a_minister_speaks_after_about_him_with_inna() -> None:
    text = "توفي السفير السابق أمس. وقال عنه وزير الخارجية إنه كان من أنشط الدبلوماسيين في المنطقة."
    found = _by(text, "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "وزير الخارجية"
    assert found[0]["content"]["text"].startswith("كان من أنشط")


def test_a_writer_in_a_paper_speaks_after_about_it_and_commas() -> None:
    text = 'نشر الكتاب في القاهرة. وذكر عنه الكاتب أحمد الدوسري، في جريدة محلية، "إنه وثيقة نادرة عن تلك الحقبة".'
    found = _by(text, "ذكر")
    assert len(found) == 1
    assert "أحمد الدوسري" in _speaker(found[0])


def test_the_passive_relative_with_about_it_stays_silent() -> None:
    text = "وناقش المجلس الصفقة التي أعلن عنها الأسبوع الماضي في العاصمة."
    assert _by(text, "أعلن") == []


def test_relayed_from_him_keeps_the_pronoun_the_source() -> None:
    # نقل عنه: he is the source, the agency after the pronoun passes his words on; no claim of the agency's own
    text = "وهدد القائد بالرد على الهجوم. ونقلت عنه وكالة الأنباء قوله إن الرد سيكون قاسيا."
    assert all("وكالة" not in _speaker(c) for c in _by(text, "نقلت"))


# ------------------------------------------------------------------ (2) the comma after an unnamed subject
def test_military_sources_comma_then_the_object() -> None:
    text = "وفي الجنوب، أكدت مصادر عسكرية، تدمير أربع عربات مدرعة للمسلحين قرب الحدود."
    found = _by(text, "أكدت")
    assert len(found) == 1
    assert "مصادر" in _speaker(found[0])
    assert found[0]["content"]["text"].startswith("تدمير أربع عربات")


def test_a_report_with_its_adjective_comma_then_about() -> None:
    text = "وفي سياق متصل، كشف تقرير دولي، عن تراجع أعداد المهاجرين عبر البحر خلال الصيف."
    found = _by(text, "كشف")
    assert len(found) == 1
    assert "تقرير" in _speaker(found[0])
    assert "تراجع أعداد المهاجرين" in found[0]["content"]["text"]
    assert "دولي" not in found[0]["content"]["text"]


def test_sources_comma_then_a_verb_is_no_object() -> None:
    # a clause after the comma (طلبت عدم ذكر اسمها) is no object of أكدت
    text = "أكدت مصادر، طلبت عدم ذكر اسمها، مقتل خمسة من عناصر التنظيم."
    assert all(not c["content"]["text"].startswith("طلبت") for c in _by(text, "أكدت"))


# ------------------------------------------------------------------ (3) a trailing attribution's own speaker
def test_the_trailing_attribution_speaker_is_not_the_next_quoted_man() -> None:
    text = (
        "قتل أربعة جنود في انفجار عبوة ناسفة جنوب المدينة، حسبما ذكرت السلطات المحلية أمس، إذ قال خالد المنصوري "
        "المتحدث باسم الشرطة «انفجرت العبوة أثناء مرور الدورية»."
    )
    found = _by(text, "ذكرت")
    assert len(found) == 1
    assert "السلطات" in _speaker(found[0])
    assert found[0]["content"]["text"].startswith("قتل أربعة جنود")


# ------------------------------------------------------------------ (4) a monitor named by its noun alone
def test_the_monitor_alone_speaks_before_its_plain_object() -> None:
    text = "وتعرض الحي لقصف عنيف طوال الليل. وأكد المرصد مقتل ستة مدنيين بينهم طفلان في القصف على الحي."
    found = _by(text, "أكد")
    assert len(found) == 1
    assert _speaker(found[0]) == "المرصد"
    assert found[0]["content"]["text"].startswith("مقتل ستة مدنيين")
