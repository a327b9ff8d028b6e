"""Claims, round 12b of issue 13 (helper cl4): what round 12 left. Sentences written for the project (none taken
from an article); each class has its negative."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ----------------------------------------------------------- a name in quotes, إلى, then the introducer
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        ("وأشار “العمري” إلى “أن الوضع الصحي في المدينة صعب جدا”.", "أشار", "العمري", "أن الوضع"),
        ('وأشار "الشهري" إلى أن الطريق سيفتح أمام السيارات الأسبوع المقبل.', "أشار", "الشهري", "الطريق"),
        ("ولفتت «الهيئة» إلى أن الأمطار ستستمر حتى نهاية الأسبوع.", "لفتت", "الهيئة", "الأمطار"),
    ],
)
def test_quoted_name_then_ila_then_intro(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


def test_quoted_object_after_ila_is_no_speaker() -> None:
    # the quote after إلى is the object; no name stands between the verb and إلى
    for c in claims('وأشار الوزير إلى "الأزمة الكبرى" التي تمر بها البلاد منذ عامين.'):
        assert c["speaker"]["text"] != "الأزمة الكبرى"


# ----------------------------------------------------------- بحسب / وفقا لـ + an outlet noun and its name in quotes
@pytest.mark.parametrize(
    ("sentence", "speaker", "content_start"),
    [
        (
            "وارتفعت أسعار الوقود في البلاد. ووفقا لموقع “نبض الخليج” فإن الحكومة سترفع الدعم عن البنزين.",
            "موقع “نبض الخليج”",
            "الحكومة",
        ),
        (
            "وارتفعت أسعار الوقود في البلاد. ووفقا لصحيفة «الأيام» البحرينية، فإن الحكومة سترفع الدعم عن البنزين.",
            "صحيفة «الأيام» البحرينية",
            "الحكومة",
        ),
        (
            'وسيغادر المدرب الفريق بنهاية الموسم، وفقا لمجلة "الملاعب" الفرنسية.',
            'مجلة "الملاعب" الفرنسية',
            "وسيغادر المدرب",
        ),
    ],
)
def test_outlet_in_quotes_after_wafqan(sentence: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, "وفقا")
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)
    assert c["channel"] == "report"


def test_quoted_term_after_wafqan_is_no_outlet() -> None:
    # a rule or a programme named in quotes is nobody's account
    for c in claims("وتوزع المساعدات على الأسر وفقا لبرنامج «سند» الذي أطلقته الوزارة العام الماضي."):
        assert (c["marker"] or {}).get("text") != "وفقا"


# ----------------------------------------------------------- بحسب + a source the tagger barely names, then a colon
@pytest.mark.parametrize(
    ("sentence", "speaker", "content_start"),
    [
        (
            "وقالت الشرطة إن التحقيق مستمر. وبحسب أحد الشهود: «سمعنا دوي انفجارين قرب السوق».",
            "أحد الشهود",
            "سمعنا",
        ),
        (
            "وقالت الشرطة إن التحقيق مستمر. وبحسب أحد المعلقين المتابعين: «ربما تكون المشكلة في الموقع نفسه».",
            "أحد المعلقين المتابعين",
            "ربما",
        ),
        (
            "وقالت الشرطة إن التحقيق مستمر. وحسب الزبيدي: «قتل المسلحون ثلاثة من الرهائن».",
            "الزبيدي",
            "قتل المسلحون",
        ),
    ],
)
def test_source_then_colon_after_bihasab(sentence: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, "حسب")
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


def test_one_of_a_group_needs_a_colon_or_an_introducer() -> None:
    # "أحد" + a plural with no colon or introducer after it: no source kept as written
    sentence = "وقالت الشرطة إن التحقيق مستمر. وبحسب أحد الأسباب التي ذكرت في التقرير تأخر الإسعاف."
    assert all(c["speaker"]["text"] != "أحد الأسباب" for c in claims(sentence))


# ----------------------------------------------------------- بحسب / وفقا لـ + a definite statement and its adjectives
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        (
            "وقالت الوزارة إن الطرق مغلقة. وبحسب البيان العسكري الفرنسي، قصفت الطائرات مخزنا للذخيرة قرب تمبكتو.",
            "بحسب",
            "البيان العسكري الفرنسي",
            "قصفت",
        ),
        (
            "وقصفت الطائرات مخزنا للذخيرة قرب تمبكتو، وفقا للبيان العسكري الفرنسي الذي نشر مساء الأحد.",
            "وفقا",
            "بيان العسكري الفرنسي",
            "وقصفت",
        ),
    ],
)
def test_statement_with_adjectives(sentence: str, marker: str, speaker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)
    assert c["channel"] == "statement"


def test_statement_alone_still_refers_back() -> None:
    # no adjective: "البيان" is the statement of the speaker before
    c = _claim("وقال الوزير إن الأسعار سترتفع. وبحسب البيان، فإن الضرائب لن تتغير هذا العام.", "بحسب")
    assert c is not None
    assert c["speaker"]["found_by"] == "anaphor"


# ----------------------------------------------------------- a demand's object that does not agree with the verb
@pytest.mark.parametrize(
    ("sentence", "marker", "content_start"),
    [
        ("وقال وزير الخارجية إن بلاده بريئة من الهجوم. ودعا الهند إلى وقف الاتهامات.", "دعا", "الهند"),
        ("وقال رئيس الوزراء إن المفاوضات متعثرة. وطالب الحكومة الإسرائيلية بوقف الاستيطان.", "طالب", "الحكومة"),
        ("وقالت الوزيرة إن الحوار مستمر. ودعت الرئيس الأمريكي إلى زيارة المنطقة.", "دعت", "الرئيس"),
    ],
)
def test_demand_object_that_disagrees(sentence: str, marker: str, content_start: str) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["found_by"] == "pronoun"
    assert c["content"]["text"].startswith(content_start)


def test_demand_subject_that_agrees_speaks() -> None:
    c = _claim("وقال الوزير إن الحوار مستمر. ودعت الأمم المتحدة إلى وقف القتال في المدينة.", "دعت")
    assert c is not None
    assert c["speaker"]["text"] == "الأمم المتحدة"


# ----------------------------------------------- "وفقا لما ذكرته / بحسب ما نقلته" + a source: a trailing attribution
def test_resumptive_after_wafqan_lima_is_a_trailing_attribution() -> None:
    c = _claim("وتراجعت أسعار الذهب في التعاملات الآسيوية أمس، بحسب ما نقلته وكالة الأنباء الألمانية.", "نقلته")
    assert c is not None
    assert c["speaker"]["text"] == "وكالة الأنباء الألمانية"
    assert c["content"]["text"] == "وتراجعت أسعار الذهب في التعاملات الآسيوية أمس"


def test_outlet_after_wafqan_lima_passes_on_the_claim_before() -> None:
    cs = claims("وقال مكتب الأرصاد إن الأمطار ستستمر في الجنوب، وفقا لما ذكرته وكالة الأنباء الرسمية.")
    assert len(cs) == 1
    assert cs[0]["speaker"]["text"] == "مكتب الأرصاد"
    assert cs[0]["reported_via"] == "وكالة الأنباء الرسمية"


def test_body_after_wafqan_lima_keeps_its_claim() -> None:
    # a body, not an outlet: its own claim over the clause before
    cs = claims("وقال مكتب الأرصاد إن الأمطار ستستمر في الجنوب، وفقا لما ذكرت الشرطة.")
    assert any(c["speaker"]["text"] == "الشرطة" for c in cs)


# ----------------------------------------------------------- بحسب + an indefinite channel noun + لـ + its owner
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وقالت الشرطة إن التحقيق مستمر. وقد يتأجل سفرها بحسب تصريحات لوالدها.", "والدها"),
        ("وقالت الشرطة إن التحقيق مستمر. وأصيب سبعة أشخاص، وفقا لبيان للجيش اللبناني.", "جيش اللبناني"),
        ("وقالت الشرطة إن التحقيق مستمر. وتأجلت الرحلة، حسب تصريحات لمدير المطار.", "مدير المطار"),
    ],
)
def test_channel_noun_then_its_owner(sentence: str, speaker: str) -> None:
    c = _claim(sentence, "حسب") or _claim(sentence, "وفقا")
    assert c is not None
    assert c["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الشرطة إن التحقيق مستمر. وارتفعت الأسعار، وفقا لتقرير لها.",  # a pronoun: the speaker before
        "وقالت الشرطة إن التحقيق مستمر. وارتفعت الأسعار، وفقا لتقرير لعام 2014.",  # a year, nobody
    ],
)
def test_channel_noun_then_no_owner(sentence: str) -> None:
    c = _claim(sentence, "وفقا")
    assert c is None or c["speaker"]["found_by"] != "as_written"


# ----------------------------------------------------------- a relative clause in commas between subject and object
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content_start"),
    [
        (
            "اتهمت «قوات سوريا الديمقراطية» الكردية، التي تقاتل تنظيم داعش في الرقة، تركيا بقصف مواقعها قرب الحدود.",
            "اتهمت",
            "قوات سوريا الديمقراطية",
            "تركيا",
        ),
        ("وانتقد حزب العمال، الذي يقود المعارضة، الحكومة بسبب الضرائب الجديدة.", "انتقد", "حزب العمال", "الحكومة"),
        (
            "وقال الوزير إن الحوار مستمر. وأعلن الجيش، الذي يسيطر على المدينة، فرض حظر التجول.",
            "أعلن",
            "الجيش",
            "فرض",
        ),
    ],
)
def test_relative_clause_between_subject_and_object(
    sentence: str, marker: str, speaker: str, content_start: str
) -> None:
    c = _claim(sentence, marker)
    assert c is not None
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content_start)


def test_relative_clause_then_b_is_a_passive() -> None:
    # "واتهم فلان، الذي …، أيضا بالفساد": he was accused; no claim of his
    sentence = "وقال المدعي العام إن التحقيق مستمر. واتهم الحارس، الذي يعمل في الفندق منذ عامين، أيضا بالسرقة."
    c = _claim(sentence, "اتهم")
    assert c is None or not c["content"]["text"].startswith("أيضا")
