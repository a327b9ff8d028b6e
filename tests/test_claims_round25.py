"""Claims, round 25 (helper cl36): the speakers the unseen sets still miss. A verdict of وصف with a pronoun object
joined by و to what its subject did before, the verdict a بـ phrase right after it ("ورفض الرئيس المزاعم ووصفها
بالتصور الخاطئ"; marks._joined_pronoun_verdict, reading._sentence_speaker), is a claim of the sentence's subject, its
content the بـ phrase; a verbal noun joined to another, or a subject inside a clause after أن, is none. A plural of
office-holders in construct (claim_speaker_cues.yaml ``plural_holder_heads``: مسؤولو الجمارك، مديرو التعليم) before a
plain object is the speaker, its genitive with it (after._holders_before_object). A hint (لمح، ألمح) with إلى and a
verbal noun and no أن is a claim, its content what إلى leads (claim_cues.yaml ``hint_verbs``, reading._hint_lead); a
topic alluded to is none. docs/claims.md, "Round 25: claims
recall on unseen articles (helper cl36)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import speaker_text
from tests.test_claims_generalize import claims


def _marked(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if word in (c["marker"] or {}).get("text", "")]


# ------------------------------------------------------------------ a joined verdict with a pronoun object
def test_joined_verdict_of_the_sentence_subject() -> None:
    text = (
        "وتداولت وسائل الإعلام تصريحات منسوبة للحكومة المجاورة. ورفض وزير الخارجية عادل الجبير الاتهامات "
        "الموجهة إلى بلاده ووصفها بالباطلة."
    )
    said = _marked(text, "وصفها")
    assert len(said) == 1
    assert "الجبير" in speaker_text(said[0])
    assert said[0]["content"]["text"] == "بالباطلة"


def test_joined_verdict_of_a_body_after_a_comma() -> None:
    text = (
        "وصدرت تصريحات عن نائب عراقي ضد دول الخليج. وأدانت رابطة العالم الإسلامي تلك التصريحات، ووصفتها "
        "بالمسيئة وغير المسؤولة."
    )
    said = _marked(text, "وصفتها")
    assert len(said) == 1
    assert "رابطة العالم الإسلامي" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("بالمسيئة")


def test_joined_verdict_with_a_quoted_phrase_after_a_claim() -> None:
    text = "وقال رئيس الاتحاد خالد المعمر لوكالة الأنباء إن الأندية ستدعم المرشح ووصفه بـ«الرجل المناسب»."
    said = _marked(text, "وصفه")
    assert len(said) == 1
    assert "المعمر" in speaker_text(said[0])
    assert "الرجل المناسب" in said[0]["content"]["text"]


# ------------------------------------------------------------------ no joined verdict told
def test_verbal_noun_joined_to_another_is_no_verdict() -> None:
    text = (
        "بالنسبة لنا، لن نستفيد كثيرا من شتم إيران ووصفها بالعدوانية، فالمهم أن نقطع خطوات عملية. "
        "وتفاءل كثيرون بعد انتخاب الرئيس الجديد حسن الصالح ووصفه بالمعتدل."
    )
    assert _marked(text, "وصف") == []


def test_subject_inside_a_that_clause_is_no_verdict_speaker() -> None:
    text = (
        "يذكر أن المبتعث سعد العمري كرم خلال الحفل السنوي للجامعة، ووضعت الجامعة صورته على لافتة كبيرة ووصفته بالمبدع."
    )
    assert not any("العمري" in speaker_text(c) for c in _marked(text, "وصفته"))


def test_praise_inside_a_relative_clause_is_not_the_reporter_s() -> None:
    text = (
        "ونقلت صحيفة الرياضية أن إدارة النادي قررت الاستغناء عن المدافع في الوقت الذي امتدح المدرب اللاعب "
        "ووصفه بالمميز."
    )
    assert not any("الرياضية" in speaker_text(c) for c in _marked(text, "وصفه"))


# ------------------------------------------------------------------ plural office-holders before a plain object
def test_plural_holders_in_construct_before_a_plain_object() -> None:
    text = (
        "وترأس وزير التعليم الاجتماع الأول للجنة العليا. من جهتهم، أكد مديرو التعليم جاهزية المدارس لبدء "
        "العام الدراسي الجديد."
    )
    said = _marked(text, "أكد")
    assert len(said) == 1
    assert speaker_text(said[0]) == "مديرو التعليم"
    assert said[0]["content"]["text"].startswith("جاهزية المدارس")


def test_plural_holders_with_a_joined_genitive_deny() -> None:
    text = "وانتشرت أنباء عن ضبط لحوم فاسدة في الموانئ. ونفى مسؤولو الجمارك والشرطة وجود أي ضبطيات من هذا النوع."
    said = _marked(text, "نفى")
    assert len(said) == 1
    assert speaker_text(said[0]) == "مسؤولو الجمارك والشرطة"
    assert said[0]["content"]["text"].startswith("وجود أي ضبطيات")


def test_plural_holders_with_a_preposition_first_are_not_read_so() -> None:
    text = "واجتمع رؤساء الأركان في الرياض أمس. وأكد رؤساء الأركان خلال مداولاتهم أهمية تشكيل القوة المشتركة."
    assert not any(speaker_text(c).startswith("رؤساء الأركان خلال") for c in claims(text))


# ------------------------------------------------------------------ a hint with إلى and a verbal noun
def test_hint_with_ila_and_a_verbal_noun_set_off_by_a_date() -> None:
    text = (
        "وقع انفجار قرب مركز للشرطة في العاصمة. ولمحت السلطات الأمنية، أمس، إلى تورط جماعة مسلحة في التفجير الذي "
        "أسفر عن مقتل شرطيين."
    )
    said = _marked(text, "لمحت")
    assert len(said) == 1
    assert speaker_text(said[0]) == "السلطات الأمنية"
    assert said[0]["content"]["text"].startswith("تورط جماعة مسلحة")


def test_hint_with_ila_and_a_named_speaker() -> None:
    text = "وتفقد المسؤولون محطة القطار الجديدة. وألمح رئيس الهيئة سعد الخالدي إلى عدم تحديد موعد لتشغيل الخط."
    said = _marked(text, "ألمح")
    assert len(said) == 1
    assert "الخالدي" in speaker_text(said[0])
    assert said[0]["content"]["text"].startswith("عدم تحديد موعد")


def test_hint_at_a_topic_is_no_claim() -> None:
    text = (
        "وألمح الرئيس الروسي إلى الأزمة التي تعصف بالاتحاد الدولي لكن تعليقاته كانت حذرة. وألمح الوزير إلى الملف "
        "النووي بعد الاتفاق الأخير. ولمحت شيئا غريبا في السماء."
    )
    assert _marked(text, "لمح") == []
