"""Claims, round 20 of issue 13 (helper cl23): precision on short articles. Information with no holder (وتشير
المعلومات الأولية إلى أن، وتفيد المعلومات المتوفرة بأن، وأفادت معلومات أن) is the writer's voice, no speaker's claim
(claims.yaml ``evidence_subjects``); figures (تشير الإحصائيات الأولية إلى) and a named body stay claims. docs/claims.md,
"Round 20: claims precision on short articles (helper cl23)". Sentences written for the project (none taken from
an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker

from .test_claims_generalize import claims


# ------------------------------------------------------------------ information with no holder
def test_initial_information_pointing_to_a_fact_is_no_claim() -> None:
    text = "اندلع حريق في مستودع للأخشاب جنوب المدينة، وتشير المعلومات الأولية إلى أن الحريق بدأ بعد منتصف الليل."
    assert by_marker(text, "تشير") == []


def test_available_information_after_the_verb_is_no_claim() -> None:
    text = "وأوقفت الشرطة المتهم بعد ساعات من الحادث. وتفيد المعلومات المتوفرة بأن الجاني كان يعمل في المصنع نفسه."
    assert by_marker(text, "تفيد") == []


def test_indefinite_information_is_no_claim() -> None:
    text = "وانفجرت عبوة ناسفة قرب نقطة أمنية في الحي. وأفادت معلومات أن العبوة كانت مخبأة في حاوية للقمامة."
    assert by_marker(text, "أفادت") == []


def test_information_right_before_its_verb_is_no_claim() -> None:
    text = "ولم تعلن السلطات سبب الحادث، لكن المعلومات تشير إلى أن الطائرة فقدت الاتصال ببرج المراقبة."
    assert by_marker(text, "تشير") == []


def test_a_body_telling_after_the_information_still_speaks() -> None:
    text = (
        "وتشير المعلومات إلى أن المشروع الأول في المدينة تأخر، حيث بينت الهيئة أنه جار طرح المشروع الثاني "
        "للمنافسة العامة."
    )
    told = by_marker(text, "بينت")
    assert len(told) == 1
    assert told[0]["speaker"]["text"] == "الهيئة"
    assert by_marker(text, "تشير") == []


def test_figures_pointing_to_a_toll_stay_a_claim() -> None:
    text = "وتشير الإحصائيات الأولية إلى مقتل عشرين شخصا وإصابة العشرات في الزلزال الذي ضرب الإقليم."
    assert len(by_marker(text, "تشير")) == 1  # a coded report (check2's convention), not the writer's voice


def test_a_ministry_telling_with_the_same_verb_stays_a_claim() -> None:
    text = "وأشارت وزارة الصحة إلى أن حالة المصابين مستقرة بعد نقلهم إلى المستشفى."
    said = by_marker(text, "أشارت")
    assert len(said) == 1
    assert said[0]["speaker"]["text"] == "وزارة الصحة"


# ------------------------------------------------------------------ "في الوقت الذي" is a conjunction, no speaker
def test_the_time_of_while_is_no_speaker() -> None:
    text = (
        "وتراجعت أعداد المراجعين في المكتب خلال الأسبوع الماضي، في الوقت الذي رصدت الصحيفة قلة عدد الموظفين في "
        "القاعة الرئيسية."
    )
    assert all((c["speaker"] or {}).get("text") != "الوقت" for c in claims(text))


def test_while_with_its_pronoun_keeps_the_ministry_as_speaker() -> None:
    text = "وارتفعت أعداد المتقدمين، في الوقت الذي أعلنت فيه وزارة التعليم أن التسجيل يغلق نهاية الشهر."
    said = by_marker(text, "أعلنت")
    assert len(said) == 1
    assert said[0]["speaker"]["text"] == "وزارة التعليم"


# ------------------------------------------------------------------ a demand's addressee is no speaker
def _speaker_texts(text: str) -> list[str]:
    return [str((c["speaker"] or {}).get("text") or "") for c in claims(text)]


def test_all_citizens_called_on_are_no_speaker() -> None:
    text = "وأعربت السفارة عن قلقها من تدهور الأوضاع الأمنية، ودعت جميع مواطنيها إلى مغادرة البلاد فورا."
    assert not any(s.startswith("جميع") for s in _speaker_texts(text))


def test_everyone_urged_is_no_speaker() -> None:
    text = "وقال المدرب إن الفريق قدم مستوى جيدا في المباراة، وطالب الجميع ببذل المزيد من الجهد في التدريبات."
    assert not any(s.startswith("الجميع") for s in _speaker_texts(text))
    assert _speaker_texts(text)[0] == "المدرب"


def test_all_states_urged_are_no_speaker() -> None:
    text = "وأشاد الوزير بالتعاون القائم بين البلدين، وحث كافة الدول على التعاون مع السلطات في ملاحقة المتورطين."
    assert not any(s.startswith("كافة") for s in _speaker_texts(text))


def test_villagers_demanding_still_speak() -> None:
    text = "وطالب أهالي القرية بسرعة إصلاح الطريق الذي تضرر من السيول الأخيرة."
    said = by_marker(text, "طالب")
    assert len(said) == 1
    assert said[0]["speaker"]["text"].startswith("أهالي")


# ------------------------------------------------------------------ whom the words were told, fused to its ل
def test_an_agency_told_fused_to_its_lam_is_no_speaker() -> None:
    text = (
        "وقال قائد شرطة المنطقة إن قواته ستتعامل بحزم مع المخالفين. وأضاف لرويترز: «نتعامل مع هذا الأمر بكل "
        "جدية وسنحاسب المسؤولين»."
    )
    added = by_marker(text, "أضاف")
    assert len(added) == 1
    assert added[0]["speaker"]["found_by"] == "pronoun"
    assert "قائد شرطة" in added[0]["speaker"]["antecedent"]["text"]


def test_her_counterparts_told_are_no_speaker() -> None:
    text = (
        "وذكرت وزيرة الخارجية أن بلادها ستقدم مليوني دولار لجهود الإغاثة. وقالت لنظرائها في الاجتماع إن "
        "الحكومة تعمل مع شركاء الإغاثة لتحديد الاحتياجات."
    )
    said = by_marker(text, "قالت")
    assert len(said) == 1
    assert said[0]["speaker"]["found_by"] == "pronoun"


def test_the_journalists_told_are_no_speaker() -> None:
    text = "وكان قائد القوات الجوية اللواء سامي الحربي قد قال للصحفيين إن السرب أصبح جاهزا للعمليات."
    assert all((c["speaker"] or {}).get("text") != "للصحفيين" for c in claims(text))


# ------------------------------------------------------------------ the dual of تحدث (check6)
def test_the_dual_of_spoke_of_continues_the_two_speakers() -> None:
    text = (
        "وأكد الوزيران في مؤتمر صحفي مشترك أن العلاقات بين البلدين متينة. وتحدثا عن خطة لزيادة التبادل التجاري "
        "خلال العام المقبل."
    )
    spoke = by_marker(text, "تحدثا")
    assert len(spoke) == 1
    assert spoke[0]["speaker"]["antecedent"]["text"] == "الوزيران"
    assert spoke[0]["content"]["text"].startswith("خطة لزيادة")
