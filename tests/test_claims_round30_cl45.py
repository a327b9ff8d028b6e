"""Claims, round 30 (helper cl45): claims rasd missed or gave the wrong speaker on unseen articles (check26-28).
(1) The source an outlet passes on speaks when the outlet's phrase ends before its adjectives, a date or a quoted name
("ونقل التلفزيون السوري الرسمي عن مصدر عسكري قوله": check27), or when على لسان stands for عن ("ونقلت الصحيفة على
لسان متحدث باسم الشرطة قوله": check28); an outlet noun in -ون (التلفزيون) is no plural subject. stages/claims/after.py
``_relay_source``, ``_plural_run``; claim_cues.yaml ``tongue_words``. (2) An aside set off by commas after a verb of
saying, opened by a relative pronoun or a word of ``aside_openers`` (ردا، بعد، قبل …) and holding an أن of its own,
is read past: the أن after its closing comma opens the content, and nobody inside it speaks ("وقال القيادي في
الحلقة، التي يرجح أن تسجيلها تم قبل شهر، إن «…»"، "أكد في تصريح، ردا على سؤال عما إذا كان يحق للمجلس أن …، أن
«…»": check27). claims/content.py ``Clauses._past_aside``, ``speaker_end``. (3) A group named by its noun (جيش،
حركة، جماعة …) between كان and the verb speaks without قد, as a definite noun or a body does ("وكان جيش الفتح قال في
بيان": check26). stages/claims/before.py ``_kana_written``. docs/claims.md, "Round 30: claims on unseen articles
(helper cl45)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------------------------------ (1) a source passed on
def test_the_source_speaks_past_the_outlets_adjectives() -> None:
    for text, source in (
        ("ونقل التلفزيون السوري الرسمي عن مصدر عسكري قوله إن وحدات الجيش سيطرت على التلال.", "مصدر عسكري"),
        ("ونقلت وكالة الأنباء الأردنية الرسمية عن مصدر أمني قوله إن الحدود هادئة.", "مصدر أمني"),
    ):
        found = _by(text, "نقل" if "ونقل " in text else "نقلت")
        assert len(found) == 1
        assert _speaker(found[0]) == source
        assert found[0]["reported_via"]  # the outlet passes it on


def test_the_television_is_one_outlet_not_a_plural_subject() -> None:
    found = _by("ونقل التلفزيون الرسمي عن مصدر في الشرطة قوله إن التحقيق مستمر.", "نقل")
    assert len(found) == 1
    assert "التلفزيون" not in _speaker(found[0])


def test_a_source_on_the_tongue_of_speaks() -> None:
    text = "ونقلت الصحيفة على لسان متحدث باسم الشرطة قوله إن الحريق لم يسفر عن إصابات."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("متحدث")
    assert found[0]["content"]["text"] == "الحريق لم يسفر عن إصابات"


def test_an_outlet_without_a_source_after_it_still_speaks() -> None:
    found = _by("ونقلت الصحيفة الرسمية أن الحكومة ستعلن الميزانية غدا.", "نقلت")
    assert len(found) == 1
    assert "الصحيفة" in _speaker(found[0])


# ------------------------------------------------------------------------------ (2) an aside with its own أن
def test_a_relative_aside_with_its_own_that_is_read_past() -> None:
    text = "وقال القيادي في الحركة خلال المقابلة، التي يرجح أن تسجيلها تم قبل شهر، إن «الانسحاب مجرد خطة مؤقتة»."
    found = _by(text, "قال")
    assert len(found) == 1
    assert "القيادي" in _speaker(found[0])
    assert found[0]["content"]["text"].strip("«»") == "الانسحاب مجرد خطة مؤقتة"


def test_an_answer_aside_with_its_own_that_is_read_past_and_holds_no_speaker() -> None:
    text = (
        "لكن المحامي خالد السالم أكد في حديث للصحيفة، ردا على سؤال عما إذا كان يحق لمجلس البلدية أن يفرض"
        " الرسوم، أن «الرسوم لم تقر بنظام»."
    )
    found = _by(text, "أكد")
    assert len(found) == 1
    assert "مجلس البلدية" not in _speaker(found[0])
    assert "خالد السالم" in _speaker(found[0])
    assert found[0]["content"]["text"].strip("«»") == "الرسوم لم تقر بنظام"


def test_a_that_right_after_the_comma_is_the_verbs_own() -> None:
    text = "وأكد المتحدث باسم الوزارة، أمس، أن الامتحانات ستبدأ في موعدها، وأن اللجان جاهزة."
    found = _by(text, "أكد")
    assert len(found) == 1
    assert found[0]["content"]["text"].startswith("الامتحانات ستبدأ في موعدها")


def test_an_aside_with_no_opener_is_not_read_past() -> None:
    text = "وأكد الوزير، خلال لقائه السفير أن العلاقات متينة، أن التعاون سيتوسع."
    found = _by(text, "أكد")
    assert len(found) == 1
    assert found[0]["content"]["text"].startswith("العلاقات متينة")


# ------------------------------------------------------------------------------- (3) a group's name after كان
def test_a_group_named_by_its_noun_after_kana_speaks_without_qad() -> None:
    for text, word, group in (
        ("وكان جيش العشائر قال في بيان إن مقاتليه صدوا الهجوم.", "قال", "جيش العشائر"),
        ("وكان لواء الأحرار قال في بيان إن مقاتليه استعادوا القرية.", "قال", "لواء الأحرار"),
    ):
        found = _by(text, word)
        assert len(found) == 1
        assert _speaker(found[0]) == group


def test_a_day_after_kana_is_still_no_speaker() -> None:
    text = "وكان يوم الجمعة شهد اشتباكات عنيفة في المدينة."
    assert not claims(text)


# ------------------------------------------------------------------------------------ (4) أهاب بـ، أفصح عن
def test_an_appeal_with_ahaba_is_a_demand() -> None:
    for text, word, speaker in (
        ("وأهاب الدفاع المدني بالمواطنين عدم الاقتراب من مجاري السيول خلال الأمطار.", "أهاب", "الدفاع المدني"),
        ("وأهابت إدارة المرور بالسائقين الالتزام بالسرعة المحددة على الطرق السريعة.", "أهابت", "إدارة المرور"),
    ):
        found = _by(text, word)
        assert len(found) == 1
        assert found[0]["kind"] == "demand"
        assert _speaker(found[0]) == speaker
        assert "الالتزام بالسرعة" in found[0]["content"]["text"] or "عدم الاقتراب" in found[0]["content"]["text"]


def test_afsaha_with_an_must_disclose_what_follows() -> None:
    text = "وأفصح رئيس مجلس إدارة الجمعية عن تسجيل ألفي متطوع في برامجها خلال الصيف."
    found = _by(text, "أفصح")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("رئيس مجلس إدارة الجمعية")
    assert found[0]["content"]["text"].startswith("تسجيل ألفي متطوع")


def test_afsaha_with_that_is_read_as_before() -> None:
    found = _by("وأفصح مدير الشركة أن الأرباح ستتضاعف العام المقبل.", "أفصح")
    assert len(found) == 1
    assert found[0]["content"]["text"] == "الأرباح ستتضاعف العام المقبل"


def test_afsaha_with_a_far_that_after_a_long_subject_is_read_as_before() -> None:
    text = (
        "وأفصح وزير الخارجية فهد السالم خلال مؤتمر صحفي مشترك مع نظيره الفرنسي عقب الاجتماع أن البلدين"
        " سيوقعان اتفاقا للتعاون."
    )
    found = _by(text, "أفصح")
    assert len(found) == 1
    assert found[0]["content"]["text"].startswith("البلدين سيوقعان")


def test_the_ones_called_on_after_ahaba_do_not_speak() -> None:
    text = "وقال مدير القبول فهد الحربي إن اللجان جاهزة. وأهاب بجميع المتقدمين الالتزام بالمواعيد المحددة."
    assert not any(_speaker(c).startswith("بجميع") for c in claims(text))
