"""Claims, round 4 of issue 13: the speaker-span classes of the tune sets (a title chosen over the name after
it, a statement's body after لـ, an accusative object taken for the subject, …), each as unit rows written for the
project (no sentence is taken from an article)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


# ------------------------------------------------------------------------------- the name after its title
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a preposition inside the title (باسم، لدى), then a name the entity layer may miss
        ("وأكد المتحدث باسم وزارة الزراعة ماجد الحربي أن المحصول تضاعف هذا العام.", "ماجد الحربي"),
        ("وكشف السفير الأردني لدى تونس، علي الخطيب، أن السفارة أغلقت أبوابها.", "الخطيب"),
        ("وقال الناطق باسم البلدية رائف زكي إن الطرق ستفتح غدا.", "رائف زكي"),
        # a long chain of titles, then the person (no introducer: the object follows a comma)
        (
            "أكد وزير النقل رئيس اللجنة العليا للسلامة المرورية المهندس سامي بن عبدالله الفالح، على ضرورة"
            " الالتزام بالسرعات المحددة.",
            "سامي",
        ),
        # a place phrase ends the title: the person after it is the subject, not the object of للأمين
        ("وقال المبعوث الخاص للأمين العام في ليبيا جوناس ويلر إن الحوار سيستأنف.", "ويلر"),
    ],
)
def test_the_name_after_its_title_is_the_speaker(sentence: str, name: str) -> None:
    (c,) = claims(sentence)
    assert name in c["speaker"]["text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد وزير الخارجية دعم بلاده للرئيس عبد الرحمن سالم في مواجهة الأزمة.",  # the object after لـ
        "وقال قائد عسكري موال للرئيس عبد ربه منصور هادي إن القوات تقدمت.",  # a title led by لـ
    ],
)
def test_a_person_inside_the_object_is_no_speaker(sentence: str) -> None:
    for c in claims(sentence):
        assert "عبد" not in str(c["speaker"].get("text"))


# ------------------------------------------------------------------------------- a statement's body after لـ
def test_the_body_after_a_statement_noun_led_by_lil() -> None:
    cs = claims("أعلنت البعثة الأممية حصيلة الشهر. وذكر بيان للبعثة الأممية أن عدد الضحايا بلغ 120 شخصا.")
    c = next(c for c in cs if c["marker"]["text"] == "ذكر")
    assert "البعثة الأممية" in c["speaker"]["text"] or "لبعثة الأممية" in c["speaker"]["text"]
    assert c["speaker"]["found_by"] != "pronoun"


# ------------------------------------------------------------------------------- the accusative object
def test_an_accusative_noun_before_a_coordinated_verb_is_no_speaker() -> None:
    for c in claims("ولم يستسلم المريض، حيث زار ثلاثين طبيبًا، وقال إن آخرهم نصحه بالعلاج الطبيعي."):
        assert c["speaker"].get("text") != "طبيبًا"


def test_an_accusative_subject_after_anna_still_speaks() -> None:
    (c,) = claims("إلا أن قياديًا في المعارضة كشف أن القوات انسحبت من البلدة.")
    assert "قياديًا" in c["speaker"]["text"]


def test_the_body_after_bismi_is_part_of_the_title() -> None:
    (c,) = claims("وقال المتحدث باسم الشرطة إن الهدوء عاد إلى الأحياء.")
    assert c["speaker"]["text"] == "المتحدث باسم الشرطة"


# ------------------------------------------------------------------------------- channels
def test_another_speakers_turn_at_the_same_press_conference() -> None:
    cs = claims(
        "وقال مدرب الفريق الأول خلال المؤتمر الصحفي: «نحن جاهزون للمباراة». "
        "من جانبه أكد مدرب الفريق الثاني حمدي الزين أن فريقه استعد جيدا."
    )
    assert [c["channel"] for c in cs] == ["press conference", "press conference"]


def test_a_turn_opener_without_an_occasion_before_passes_nothing() -> None:
    cs = claims("وقال مدير الشركة إن الأرباح تضاعفت. من جانبه أكد رئيس النقابة ناصر العلي أن الأجور لم ترتفع.")
    assert cs[-1]["channel"] != "press conference"


def test_the_previous_sentence_names_the_channel_of_its_speaker() -> None:
    cs = claims("وكتب الوزير في تغريدة على حسابه أن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا.")
    assert cs[-1]["channel"] == "post"


def test_a_channel_inside_a_reply_phrase_is_the_answered_speakers() -> None:
    (c,) = claims("وردا على دعوة النائب عبر قناة «الفجر» إلى حل البرلمان، أكد المتحدث باسم الرئاسة أن الدعوة شخصية.")
    assert c["channel"] != "television"


def test_a_share_widget_is_no_post() -> None:
    cs = claims("شارك من خلال تويتر فيسبوك اكتب رأيك أوضحت مديرية الصحة أن المريض توفي بعد إنعاشه.")
    assert cs and all(c["channel"] != "post" for c in cs)


# ------------------------------------------------------------------------------- speakers, continued
def test_a_title_in_commas_between_the_speaker_and_the_object() -> None:
    (c,) = claims("بدوره، كشف الدكتور سالم النمر، المشرف العام على البرنامج، عن تنسيق يجري مع الوزارات المعنية.")
    assert "سالم النمر" in c["speaker"]["text"]
    assert c["content"]["text"].startswith("تنسيق")


@pytest.mark.parametrize(
    "sentence",
    [
        "أعلن المتحدث باسم الحكومة راشد بادر، لـ«الوطن»، أمس، أن العمل سيستأنف الأحد.",
        "أعلن المتحدث باسم الحكومة، راشد بادر، لـ«الوطن»، أن العمل سيستأنف الأحد.",
    ],
)
def test_a_name_between_its_title_and_a_comma(sentence: str) -> None:
    (c,) = claims(sentence)
    assert "راشد بادر" in c["speaker"]["text"]
    assert c["channel"] == "interview"


def test_a_date_after_the_title_is_no_name() -> None:
    (c,) = claims("وقال وزير الخارجية، أمس، إن المحادثات مستمرة.")
    assert c["speaker"]["text"] == "وزير الخارجية"


def test_a_sentence_opening_with_a_participle_goes_on_with_the_speaker_before() -> None:
    cs = claims(
        "وأكد الوزير أن الهدنة ستتيح إدخال المساعدات. معربا عن أمله أن لا يعمل المسلحون على نقضها."
        " وحول عودة الحكومة، قال: الحكومة ستعود قريبا."
    )
    last = cs[-1]
    assert last["content"]["text"].startswith("الحكومة ستعود")
    assert "المسلحون" not in str(last["speaker"].get("text"))
    assert last["speaker"].get("found_by") == "pronoun"


def test_a_plural_subject_before_a_named_object() -> None:
    (c,) = claims("وطالب المواطنون الغاضبون رئيس البلدية سالم الراشد بإصلاح الطرق قبل الشتاء.")
    assert c["speaker"]["text"] == "المواطنون الغاضبون"
    assert c["speaker"]["anonymous"] is True
    assert c["channel"] == "unspecified"


def test_people_in_the_plural_kept_as_written_speak_unspecified() -> None:
    (c,) = claims("وقال المحتجون إن الشرطة اعتدت عليهم.")
    assert c["channel"] == "unspecified"


def test_a_former_title_and_its_country_before_the_name() -> None:
    (c,) = claims("وفي هذا السياق؛ غردت وزيرة الثقافة في تونس سابقاً لمياء الفارس قائلة: «القرار خطوة مهمة للمكتبات».")
    assert "لمياء الفارس" in c["speaker"]["text"]
    assert c["channel"] == "post"


def test_bihasab_an_outlet_then_the_verb_passes_the_verbs_claim_on() -> None:
    (c,) = claims('وبحسب "رويترز"، فقد ذكر الوزير أن هناك ارتياحا بين الدول المنتجة.')
    assert c["marker"]["text"] == "ذكر"
    assert c["speaker"]["text"] == "الوزير"
    assert c["reported_via"]


def test_bihasab_an_outlet_then_a_clause_stays_the_outlets_report() -> None:
    (c,) = claims("وبحسب وكالة الأنباء الألمانية، فإن الجيش سيطر على البلدة.")
    assert c["marker"]["text"] == "بحسب"
    assert c["content"]["text"].startswith("الجيش")


# ------------------------------------------------------------------------------- a quote never closed
@pytest.mark.parametrize(
    "text",
    [
        'وقال الوزير "نحن ماضون في الخطة حتى نصل إلى أربعة ملايين برميل. وأشار إلى أن الكويت قادرة على ذلك.',
        'وقال الوزير "نحن ماضون في الخطة حتى نهايتها. وأشار إلى أن حصة منظمة "أوبك" لن تتأثر بالاتفاق.',
    ],
)
def test_a_quote_never_closed_ends_with_its_first_sentence(text: str) -> None:
    cs = claims(text)
    assert [c["marker"]["text"] for c in cs] == ["قال", "أشار"]
    assert cs[0]["content"]["text"].startswith("نحن ماضون")
    assert "وأشار" not in cs[0]["content"]["text"]


def test_a_relative_clause_whose_pronoun_refers_back_has_its_subject_after() -> None:
    (c,) = claims("يأتي ذلك في الوقت الذي أعلنت فيه وزارة النقل خطة جديدة للطرق.")
    assert "وزارة النقل" in c["speaker"]["text"]
    assert "الوقت" not in c["speaker"]["text"]


def test_a_relative_pronoun_after_a_persons_title_has_the_person() -> None:
    (c,) = claims(
        "واتصل النائب هاتفيا مع الدكتور يوسف الحمد مدير مستشفى الشفاء الذي أكد أنه لن ينفذ القرار على المرضى."
    )
    assert "يوسف الحمد" in c["speaker"]["text"]


def test_a_relative_pronoun_after_a_title_with_no_person_before_keeps_its_noun() -> None:
    (c,) = claims("وانتقد المتحدث موقف الولايات المتحدة التي تتهم النظام بدعم المسلحين.")
    assert "الولايات المتحدة" in c["speaker"]["text"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وكان الجيش تقدم نحو المدينة، إلا أن سياسيين أكدوا أن التقدم كان فخا.", "سياسيين"),
        ("ويرى مراقبون أن الضربات دفعت المسلحين إلى الانسحاب.", "مراقبون"),
    ],
)
def test_unnamed_politicians_and_observers(sentence: str, speaker: str) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["speaker"]["anonymous"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "وذكرت صحة المدينة المنورة أن الفريق الطبي قدم الرعاية اللازمة للطفل.",
        "وأوضحت شرطة المنطقة الشرقية أن المتهمين أوقفوا بعد ساعات من الحادث.",
    ],
)
def test_a_health_or_police_directorate_kept_as_written_is_a_body(sentence: str) -> None:
    (c,) = claims(sentence)
    assert c["channel"] == "statement"


# ------------------------------------------------------------------------------- documents after بحسب
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وبحسب إحصائية «البعثة» فإن المحافظة كانت الأكثر تضررا.", "إحصائية «البعثة»"),
        ("وبحسب الأرقام فإن عدد الزوار تضاعف هذا العام.", "الأرقام"),
    ],
)
def test_a_document_after_bihasab_speaks_unnamed(sentence: str, speaker: str) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["speaker"]["anonymous"] is True


def test_the_body_that_issued_the_document_speaks() -> None:
    (c,) = claims("وحسب المعطيات التي كشفت عنها وزارة الداخلية فقد تجاوزت الطلبات عشرة آلاف طلب.")
    assert c["speaker"]["text"] == "وزارة الداخلية"


def test_a_plan_a_paper_saw_stays_the_plans() -> None:
    (c,) = claims("وبحسب الخطة التي اطلعت عليها «الوطن»، فإن القوات ستتقدم نحو العاصمة.")
    assert "الخطة" in c["speaker"]["text"]


def test_working_for_a_company_in_the_sentence_before_is_no_interview() -> None:
    cs = claims(
        "وكان المهندس يعمل لحساب الشركة الفرنسية في القاهرة، كما قال والده سامي. وأضاف أن ابنه كان يستعد للعودة."
    )
    assert all(c["channel"] != "interview" for c in cs)


# ------------------------------------------------------------------------------- a speaker after the quote
def test_a_speaker_after_the_quote() -> None:
    (c,) = claims("«لن نسمح بعودة المسلحين إلى المدينة»، قال قائد الشرطة العميد سالم الراشد.")
    assert "سالم الراشد" in c["speaker"]["text"]
    assert c["content"]["text"] == "لن نسمح بعودة المسلحين إلى المدينة"
    assert c["direct"] is True


def test_a_quoted_term_before_a_verb_with_its_own_content_is_not_the_content() -> None:
    (c,) = claims("وردا على «الوصاية»، قال الوزير إن بلاده ترفض التدخل.")
    assert c["content"]["text"].startswith("بلاده ترفض")


# ------------------------------------------------------------------------------- nested attribution
@pytest.mark.parametrize(
    ("sentence", "source", "passed_by"),
    [
        ("وأفاد مراسل القناة نقلا عن شهود عيان أن الطائرات قصفت السوق.", "شهود عيان", "مراسل القناة"),
        ("وقال الناشط سامر الحلبي نقلا عن مصادر محلية إن القصف استمر ساعات.", "مصادر محلية", "سامر الحلبي"),
    ],
)
def test_the_source_after_naqlan_an_speaks(sentence: str, source: str, passed_by: str) -> None:
    (c,) = claims(sentence)
    assert c["speaker"]["text"] == source
    assert passed_by in str(c["reported_via"])


def test_a_quoted_paper_passes_its_source_on() -> None:
    (c,) = claims("ونقلت صحيفة «الوطن» عن مصادر أمنية قولها إن المتهمين اعتقلوا.")
    assert c["speaker"]["text"] == "مصادر أمنية"
    assert c["reported_via"] == "الوطن"


def test_an_agencys_own_name_in_parentheses_is_no_interview() -> None:
    (c,) = claims("وأوضحت وكالة الأنباء الرسمية (سانا) أن وحدات الجيش دمرت مواقع للمسلحين.")
    assert c["channel"] != "interview"


def test_a_definite_plural_in_the_accusative_after_the_verb_is_its_object() -> None:
    cs = claims("وأعلنت الكلية فتح باب القبول. ودعت المتقدمين إلى مراجعة إدارة القبول.")
    assert all(c["speaker"].get("text") != "المتقدمين" for c in cs)
