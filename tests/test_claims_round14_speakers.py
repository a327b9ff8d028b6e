"""Claims, round 14 of issue 13 (helper cl8): an outlet inside a prepositional phrase is the channel, never the
speaker — the paper a talk was published in (نشرت بصحيفة «…» قال), the networks told (وأضاف لشبكات التلفزيون), the
social network a post went out on (في موقع التواصل الاجتماعي تويتر، وقال). Sentences written for the project (none
taken from an article); each rule has its negatives."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "outlet"),
    [
        (
            "وفي مقال للكاتب عبدالله السالم نشر بصحيفة «الرياض» قال: إن الأسعار سترتفع خلال الصيف.",
            "قال",
            "السالم",
            "الرياض",
        ),
        (
            "وقبل أيام قرأت مقالة كتبها الناقد المصري فيصل العمر في صحيفة «الحياة» سنة 2010 يقول فيها: «معظم النقاد"
            " يكتبون عن القصة وحدها».",
            "يقول",
            "فيصل العمر",
            "الحياة",
        ),
    ],
)
def test_outlet_after_a_preposition_is_not_the_speaker(sentence: str, marker: str, speaker: str, outlet: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert speaker in str(c["speaker"].get("text"))
    assert outlet not in str(c["speaker"].get("text"))


def test_networks_told_are_no_speaker_written() -> None:
    text = (
        "وقال رئيس الوزراء الإيطالي ماتيو رينزي إن الحكومة تتابع القضية. "
        "وأضاف لشبكات التلفزيون المحلية أن الحكومة لن تترك مواطنيها."
    )
    c = _claim(text, "أضاف")
    assert c is not None
    assert c["speaker"]["found_by"] == "pronoun"
    assert "رينزي" in str((c["speaker"].get("antecedent") or {}).get("text"))
    assert c["channel"] == "television"


def test_social_network_is_never_the_speaker() -> None:
    text = (
        "وأكد الباحث أن الدواء آمن. وروى الباحث تفاصيل تجربته في سلسلة تغريدات نشرها عبر حسابه في موقع التواصل "
        "الاجتماعي تويتر، وقال «بدأت الدراسة وأنا مريض ولم أتوقف»."
    )
    assert all("تويتر" not in str(c["speaker"].get("text")) for c in claims(text))


@pytest.mark.parametrize(
    ("sentence", "marker", "speaker"),
    [
        # ل after سبق leads the subject; an outlet subject with no preposition still speaks
        ("وسبق لمجلة «فرانس فوتبول» أن كشفت أن اللاعب سيرحل إلى إسبانيا.", "كشفت", "فرانس فوتبول"),
        ("وقالت صحيفة «الوطن» إن الوزارة ستعلن القرار غدا.", "قالت", "الوطن"),
        # the person who talked to a paper keeps his claim; the paper is the interview's outlet
        ("وتحدث الوزير خالد الفهد لصحيفة «عكاظ» وقال إن المشروع سينتهي قبل الصيف.", "قال", "خالد الفهد"),
    ],
)
def test_outlet_subjects_and_told_papers_unchanged(sentence: str, marker: str, speaker: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert speaker in str(c["speaker"].get("text"))


# ----------------------------------------------- the subject of the sentence's opening verb, not an older speaker
@pytest.mark.parametrize(
    ("text", "marker", "speaker"),
    [
        (
            "وأكد الوزير أن الاتفاق صامد. وشكك معهد بحثي أمريكي أمس الجمعة في تفسير الحكومة للنشاط في الموقع، "
            "قائلا إن حركة المركبات ليس لها صلة بأعمال الطرق.",
            "قائلا",
            "معهد بحثي أمريكي",
        ),
        (
            "وقال المحافظ إن الدولة لن تنسى أبناءها. وثمن والد الشهيد، العزاء والمواساة وقال: نحن نحتسب ابننا "
            "عند الله.",
            "قال",
            "والد الشهيد",
        ),
        (
            "وقال مدير المستشفى إن الحالة مستقرة. وكانت مديرية الشؤون الصحية في المنطقة قد ذكرت في بيان أمس أنها "
            "شكلت لجنة للتحقيق.",
            "ذكرت",
            "مديرية الشؤون الصحية",
        ),
    ],
)
def test_newer_subject_before_participle_or_coordinated_verb(text: str, marker: str, speaker: str) -> None:
    c = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)][-1]
    assert speaker in str(c["speaker"].get("text"))


@pytest.mark.parametrize(
    "text",
    [
        # a definite body or a relative after a verb that reports nothing, no comma: the object, the speaker goes on
        "وقال الوزير إن المشروع تأخر. وافتتح المركز الجديد في المدينة، مؤكدا أن العمل سيستمر.",
        "وقال الأمير إن الوطن لن ينسى أبناءه. واستقبل والد الشهيد في منزله وقال إن الشهيد فخر لنا.",
        # an indefinite object in the accusative (مركزا)
        "وقال الوزير إن المشروع تأخر. وافتتح مركزا صحيا في المدينة، مؤكدا أن العمل سيستمر.",
    ],
)
def test_object_after_the_verb_keeps_the_continuation(text: str) -> None:
    last = claims(text)[-1]
    assert last["speaker"]["found_by"] == "pronoun"


# ----------------------------------------------- ب + a verbal noun after a demand or a pledge is the object
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وأكد الشيخ أن الإرهاب لا دين له. وطالب بتجفيف منابع الغلو ومحاسبة كل من يتعاطف مع الإرهابيين.",
            "الشيخ",
        ),
        ("وكان المحامي خالد السنيدي في بداية القضية طالب بتعويض قدره مليون ريال عن الأضرار.", "خالد السنيدي"),
    ],
)
def test_b_verbal_noun_after_a_demand_is_no_speaker(text: str, speaker: str) -> None:
    c = _claim(text, "طالب")
    assert c is not None
    sp = c["speaker"]
    assert not str(sp.get("text")).startswith("ب")
    assert speaker in str(sp.get("text")) or speaker in str((sp.get("antecedent") or {}).get("text"))


def test_name_in_b_after_a_demand_still_speaks() -> None:
    c = _claim("وطالب بلال العتيبي رئيس اللجنة بإصلاح الطرق قبل الشتاء.", "طالب")
    assert c is not None
    assert "بلال العتيبي" in str(c["speaker"].get("text"))
