"""Claims, round 36 (helper cl58): a phrase kept as written that is no speaker, and the speaker past a comma.

rasd kept as the speaker the words right after a verb of saying even when they open the verb's plain object: a verbal
noun ("وأكد حدوث التفجير"، "وأكد أهمية …"), a noun of stance with its pronoun ("وأكدت ثقتها بأن"، "أعلنت نيتها"،
"ونقل مشاعركم") or a preposition with its pronoun ("طالب بها"، "وأكدت عليها أنه"). Now such a word opens no speaker
(``claims/speakers.py`` ``_object_first``): the verb's pronoun speaks, or after a relative's resumptive pronoun the
subject after it ("لما طالب به المواطنون"); a family name tagged earlier is kept ("ولفت العودة"). A subject set off by a
comma and its relative clause ("وقال فلان، الذي …، إن"، "وجاء في بيان صادر عن المتنزه، الذي …، أنه") is kept as
written instead of falling to the last speaker. docs/claims.md, "Round 36: a phrase that is no speaker (helper cl58)".
A present verb of saying right after أن / لكي / لن ("لم يشأ أن يكشف"، "من المقرر أن يعلن"، "يجب أن تدعو") tells a
wish, a plan or a duty, no account: no marker (``stages/claims/marks.py``; not after قبل / بعد أن); so does a present
verb right after a demonstrative no preposition leads ("وهذا يؤكد أن": a fact points) and نقل whose object is a
greeting or condolences ("ونقل سموه للمصابين تمنيات …"، "ونقل تعازيه": a wish or a prayer follows, nothing relayed).
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وقال مدير الدفاع المدني إن فرق الإنقاذ وصلت إلى الموقع خلال دقائق. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def test_a_verbal_noun_after_the_verb_is_its_object() -> None:
    for noun in ("حدوث الانفجار", "وقوع الحريق"):  # (وقوع: its و is the root's, no conjunction)
        text = _BEFORE + f"وأكد {noun} في الطابق الأخير، فلم نستطع أن نصل إليه بسرعة، مبينا أن الأضرار كبيرة."
        found = _by(text, "أكد")
        assert len(found) == 1
        assert found[0]["speaker"]["found_by"] == "pronoun"
        assert noun.split()[0] not in _speaker(found[0])


def test_a_noun_of_stance_with_its_pronoun() -> None:
    text = "وقالت الشركة إن المفاوضات مع المصارف مستمرة، وأكدت ثقتها بأن هذه المفاوضات ستنتهي باتفاق قريب."
    found = _by(text, "أكدت")
    assert len(found) == 1
    assert "ثقتها" not in _speaker(found[0])
    assert found[0]["speaker"]["found_by"] == "pronoun"


def test_a_preposition_with_its_pronoun() -> None:
    text = "وقالت الوزارة إن الضوابط الجديدة تشمل المختبرات كافة، وأكدت عليها أنه في حال المخالفة يسحب الترخيص."
    found = _by(text, "أكدت")
    assert len(found) == 1
    assert _speaker(found[0]) != "عليها"


def test_the_subject_after_a_resumptive_pronoun() -> None:
    text = "وأقرت الوزارة أمس تعديل الرسوم استجابة لما طالب به المواطنون والمقيمون من خفض لأسعار الخدمة."
    found = _by(text, "طالب")
    assert len(found) == 1
    assert _speaker(found[0]).startswith("المواطنون")


def test_a_family_name_named_before_is_kept() -> None:
    text = (
        "وقال رئيس البلدية عودة بن سالم العودة إن المشروع يكتمل هذا العام. "
        "ولفت العودة إلى أن المرحلة الثانية تبدأ في الربيع المقبل."
    )
    found = _by(text, "لفت")
    assert len(found) == 1
    assert _speaker(found[0]) == "العودة"


def test_a_speaker_before_a_comma_and_its_relative_clause() -> None:
    text = (
        "وطالبت عائلات الركاب بفتح تحقيق مستقل. وقال تشن يونغ، الذي كانت شقيقته على متن الطائرة: "
        '"لم نتلق أي جواب حتى الآن".'
    )
    found = _by(text, "قال")
    assert len(found) == 1
    assert found[0]["speaker"]["found_by"] != "pronoun"
    assert _speaker(found[0]) == "تشن يونغ"


def test_a_statement_issued_by_an_untagged_body_with_a_relative_clause() -> None:
    text = (
        _BEFORE + "وجاء في بيان صادر عن المتنزه، الذي يستقبل آلاف الزوار كل صيف، أنه تقرر إغلاق الممرات الشمالية مؤقتا."
    )
    found = _by(text, "جاء في")
    assert len(found) == 1
    assert "المتنزه" in _speaker(found[0])


def test_a_name_with_a_verbal_noun_spelling_stays_a_speaker() -> None:
    # a guard: a tagged name (نجاح) and a body whose head is a verbal noun of the list but no object (صحة عسير)
    found = _by("وقالت صحة عسير إن المستشفيات استقبلت المصابين.", "قالت")
    assert len(found) == 1
    assert "صحة" in _speaker(found[0])


def test_a_title_after_the_verb_stays_the_speaker() -> None:
    # a guard: an honorific with its pronoun is a speaker, not a possessed noun of stance
    found = _by("واستقبل أمير المنطقة ذوي الشهداء. وقال سموه إن الوطن لن ينسى تضحياتهم.", "قال")
    assert len(found) == 1
    assert _speaker(found[0]) == "سموه"


def test_a_present_verb_after_an_is_a_wish_not_an_account() -> None:
    text = "وقال المتحدث إن الشركة لم تحدد موعدا، لكن المدير لم يشأ أن يكشف عن تفاصيل العقد الجديد."
    assert not _by(text, "يكشف")
    assert len(_by(text, "قال")) == 1  # the claim before stays


def test_a_planned_announcement_is_no_claim() -> None:
    assert not _by("ومن المقرر أن يعلن وزير المالية في وقت لاحق أن الميزانية تحقق فائضا.", "يعلن")


def test_a_duty_after_an_is_no_demand() -> None:
    assert not _by("ويجب على الوزارة أن تدعو الشركات إلى الاستثمار في المستشفيات.", "تدعو")


def test_a_demonstrative_before_a_present_verb_points_to_a_fact() -> None:
    text = "وقال المدرب إن الفريق جاهز للموسم. وفاز الفريق في مبارياته الخمس الأخيرة، وهذا يؤكد أن خطة الإعداد نجحت."
    assert not _by(text, "يؤكد")
    text = "وقال المدير إن المصنع توقف. وتكررت الحوادث على الطريق نفسه. ولعل ذلك يشير إلى أن الطريق يحتاج إلى صيانة."
    assert not _by(text, "يشير")


def test_a_demonstrative_after_a_preposition_keeps_the_subject_after_the_verb() -> None:
    # a guard: "ومع ذلك يؤكد المسؤولون": the demonstrative belongs to مع, the officials speak
    found = _by("وارتفعت الأسعار كثيرا. ومع ذلك يؤكد المسؤولون أن السوق يحتاج إلى دعم إضافي.", "يؤكد")
    assert len(found) == 1
    assert _speaker(found[0]) == "المسؤولون"


def test_greetings_conveyed_are_no_relayed_account() -> None:
    text = (
        "وزار أمير المنطقة المصابين في المستشفى العسكري. ونقل سموه للمصابين تمنيات القيادة "
        "بأن يمن الله عليهم بالشفاء العاجل."
    )
    assert not _by(text, "نقل")
    text = "واتصل الوزير بأسرة المعلم المتوفى. ونقل الوزير خلال الاتصال تعازيه الشخصية، داعيا أن يتغمده الله برحمته."
    assert not [c for c in _by(text, "نقل") if "يتغمده" in str(c["content"]["text"])]


def test_an_outlet_relaying_a_source_is_still_read() -> None:
    # a guard: نقل with عن and a source before any greeting word
    found = _by("ونقلت الوكالة عن مسؤول في الوزارة قوله إن الهجوم أسفر عن مقتل ثلاثة جنود.", "نقلت")
    assert len(found) == 1
