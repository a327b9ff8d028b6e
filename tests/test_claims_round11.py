"""Claims, round 11 of issue 13 (helper cs): who the speaker is. Sentences written for the project (none taken from
an article). Each class has its negative: a marker and a would-be speaker that plainly disagree in gender or number
pass it over (دعا الهند إلى: the object), one that agrees keeps it; a formula of blessing is never a speaker."""

from __future__ import annotations

import pytest

from rasd.claims.agreement import disagrees, formula, marker_form, speaker_form

from .test_claims_generalize import claims


def _claim(text: str, marker: str) -> dict | None:
    cs = [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]
    return cs[0] if cs else None


# ------------------------------------------------------------------------------------- the forms themselves
@pytest.mark.parametrize(
    ("word", "participle", "form"),
    [
        ("قال", False, ("m", "s")),
        ("وقالت", False, ("f", "s")),
        ("قالوا", False, ("m", "p")),
        ("أكدا", False, ("m", "d")),
        ("نفت", False, ("f", "s")),  # نفى
        ("دعت", False, ("f", "s")),  # دعا
        ("دعا", False, ("m", "s")),  # not a dual: دع is no form
        ("ولفت", False, ("m", "s")),  # لفت ends in ت but is masculine
        ("تقول", False, ("f", "s")),
        ("يقولون", False, ("m", "p")),
        ("أخبرته", False, (None, None)),  # an object pronoun hides the ending
        ("اتهم", False, ("m", "s")),  # its هم is the root's, no pronoun
        ("اتهمت", False, ("f", "s")),
        ("مشيرا", True, ("m", "s")),
        ("مشيرة", True, ("f", "s")),
        ("معتبرين", True, ("m", "p")),
    ],
)
def test_marker_form(word: str, participle: bool, form: tuple) -> None:
    assert marker_form(word, participle=participle) == form


@pytest.mark.parametrize(
    ("text", "typ", "form"),
    [
        ("وزارة الداخلية", "ORG", ("f", "s")),
        ("الحكومة", None, ("f", "s")),
        ("الهند", "GPE", ("f", "s")),
        ("العراق", "GPE", ("m", "s")),  # a masculine state
        ("مجلس الوزراء", "ORG", ("m", "s")),
        ("المستوطنين", None, ("m", "p")),
        ("الأمين العام", None, ("m", "s")),  # a title, no plural
        ("الربيعة", "PER", (None, "s")),  # a family name: gender unknown
        ("أمين مشاقبة", "PER", (None, "s")),  # a given name that is also a title word
        ("معايطة", None, (None, None)),  # a family name kept as written: unknown
        ("مصادر أمنية", "ANON", (None, None)),  # a broken plural agrees with anything
        ("آية الله فلان", None, (None, None)),
    ],
)
def test_speaker_form(text: str, typ: str | None, form: tuple) -> None:
    assert speaker_form(text, typ) == form


def test_disagreement_rules() -> None:
    assert disagrees(("m", "s"), ("f", "s"), before=False)  # دعا الهند
    assert not disagrees(("m", "s"), ("m", "p"), before=False)  # قال شهود: verb first, number free
    assert disagrees(("m", "s"), ("m", "p"), before=True)  # المستوطنين … واعتبر: a singular after a plural
    assert disagrees(("m", "p"), (None, "s"), before=True)  # فلان …، معتبرين
    assert disagrees(("m", "d"), (None, "s"), before=False)  # أكدا تقارير: a dual verb takes no single subject after
    assert not disagrees(("f", "s"), (None, None), before=True)  # unknown agrees with anything


def test_formula() -> None:
    assert formula(["حفظه", "الله"])
    assert formula(["-", "رحمه", "الله", "-"])
    assert formula(["عليه", "السلام"])
    assert not formula(["عبد", "الله", "الربيعة"])


# ------------------------------------------------------------------------------------- in the pipeline
def test_object_after_a_masculine_verb_is_no_speaker() -> None:
    # a state right after a masculine verb that takes an object is its object, not its subject
    text = (
        "اتهمت باكستان الهند بالوقوف وراء الهجوم على مركز الشرطة، ولكنها لم تقدم أي دليل. "
        "ودعا الهند إلى وقف توجيه الاتهامات والتعاون في مكافحة الإرهاب."
    )
    c = _claim(text, "دعا")
    assert c is None or c["speaker"]["text"] != "الهند"


def test_state_after_an_agreeing_verb_speaks() -> None:
    # negative: the feminine verb agrees with the state, which speaks
    c = _claim("ودعت الهند جارتها إلى وقف توجيه الاتهامات والتعاون في مكافحة الإرهاب.", "دعت")
    assert c is not None and c["speaker"]["text"] == "الهند"


def test_body_after_a_feminine_verb_is_its_object() -> None:
    # "فإنها دعت حزب …": the feminine verb does not agree with the party after it, its object
    text = "وفيما أدانت رئاسة الإقليم القصف، فإنها دعت حزب العمال الكردستاني إلى إبعاد المعركة عن أراضي الإقليم."
    c = _claim(text, "دعت")
    assert c is None or "حزب" not in c["speaker"]["text"]


def test_masculine_body_after_a_masculine_verb_speaks() -> None:
    # negative: agreement keeps the body as the speaker
    c = _claim("ودعا حزب العمال الكردستاني الحكومة إلى وقف القصف على القرى.", "دعا")
    assert c is not None and c["speaker"]["text"].startswith("حزب العمال")


def test_plural_in_the_sentence_before_is_no_antecedent_of_a_singular_verb() -> None:
    # the sentence before opens with the statement; the settlers in its object do not speak "واعتبر"
    text = (
        "وقال البيان إن الاعتداءات تتكرر كل يوم. "
        "وأدان البيان اقتحام المستوطنين المتطرفين باحات المسجد تحت حماية الشرطة. "
        "واعتبر أن المدينة بحاجة إلى موقف عربي موحد."
    )
    c = _claim(text, "اعتبر")
    assert c is not None and c["speaker"]["text"] != "المستوطنين"


def test_singular_in_the_sentence_before_is_the_antecedent() -> None:
    # negative: the minister who opens the sentence before speaks "وقال"
    text = (
        "وقال الناطق باسم الشرطة إن التحقيق بدأ. "
        "ندد وزير الخارجية عادل الجبير بالتفجير في المسجد. "
        "وقال في تغريدة إن الإرهاب لا دين له."
    )
    c = next(x for x in claims(text) if (x["marker"] or {}).get("start", 0) > text.index("ندد"))
    assert "الجبير" in c["speaker"]["text"] or c["speaker"].get("found_by") == "pronoun"


def test_participle_passes_over_a_masculine_body() -> None:
    # "مبينة": not the regime named inside the clause
    text = (
        "وأفادت المجموعة في بيان اليوم عن وفاة عدد من المعتقلين تحت التعذيب في سجون نظام بشار الأسد خلال "
        "الأسبوع الماضي، مبينة أن عدد الضحايا ارتفع إلى مئة."
    )
    for c in claims(text):
        assert "نظام" not in c["speaker"]["text"]


def test_participle_keeps_an_agreeing_body() -> None:
    # negative: the feminine participle agrees with the organisation that opens the sentence
    text = "أدانت منظمة العفو الدولية أمس قصف الأحياء السكنية في المدينة، مشيرة إلى أن القصف قتل عشرة مدنيين."
    c = _claim(text, "مشيرة")
    assert c is not None and "منظمة العفو" in c["speaker"]["text"]


def test_blessing_is_no_speaker() -> None:
    text = (
        "وأعلنت الوزارة تنفيذ الحكم بحق المدان. والوزارة إذ تعلن ذلك لتؤكد حرص حكومة خادم الحرمين "
        "الشريفين - حفظه الله - على محاربة المخدرات، وهي تحذر كل من يقدم على ذلك بأن العقاب سيكون مصيره."
    )
    for c in claims(text):
        assert "حفظه" not in c["speaker"]["text"]


def test_name_before_blessing_still_speaks() -> None:
    # negative: the blessing does not stop the name before it from speaking
    c = _claim("وقال الشيخ عبد العزيز بن باز رحمه الله إن الصدق أساس التعامل.", "قال")
    assert c is not None and "رحمه" not in c["speaker"]["text"]


def test_bare_place_name_has_no_gender() -> None:
    # a person the tagger may read as a place (ودعا أورلاندو الزعماء): only a state with the article is feminine
    assert speaker_form("أورلاندو", "GPE") == (None, None)
    assert speaker_form("الصين", "GPE") == ("f", "s")


def test_family_name_in_ta_marbuta_has_no_gender() -> None:
    # "ودعا باسلمة المنظمات الحقوقية": a family name in ة is no feminine body; a body noun without ال is
    assert speaker_form("باسلمة المنظمات الحقوقية", None) == (None, None)
    assert speaker_form("جامعة الملك سعود", "ORG") == ("f", "s")


# ------------------------------------------------------------------------------------- attributions not read
def test_source_after_a_claim_with_a_clause_of_its_own() -> None:
    # "…، وبحسب مصدر عسكري تمكن …": the unnamed source's own claim, not the claim before passed on
    text = "وتحدث مصدر دبلوماسي عن وجود موظف روسي في الفندق، وبحسب مصدر عسكري تمكن مواطن أوكراني من الفرار من الفندق."
    c = _claim(text, "حسب")
    assert c is not None and c["speaker"]["text"] == "مصدر عسكري"
    assert c["content"]["text"].startswith("تمكن مواطن")


def test_outlet_after_a_claim_still_passes_it_on() -> None:
    # negative: an outlet after a claim, with nothing after it, is that claim's reported_via, no claim of its own
    text = "وقال الرئيس الجزائري: «سنواصل دعم الحوار بين الأطراف الليبية»، بحسب وكالة الأنباء الجزائرية."
    cs = claims(text)
    assert len(cs) == 1 and cs[0]["reported_via"]


def test_attribution_standing_alone_after_a_full_stop() -> None:
    # "… . بحسب مصادر عسكرية.": the sentence before is its content
    text = (
        "وتقدمت قوات الجيش باتجاه مدينة لودر ثاني أكبر مدن محافظة أبين. بحسب مصادر عسكرية. "
        "وذكرت المصادر أن المسلحين فروا من المدينة."
    )
    c = _claim(text, "حسب")
    assert c is not None and c["speaker"]["text"] == "مصادر عسكرية"
    assert c["content"]["text"].startswith("وتقدمت قوات الجيش") or c["content"]["text"].startswith("تقدمت")


def test_attribution_with_a_verb_after_it_is_no_sentence_of_its_own() -> None:
    # negative: "وبحسب مصادر عسكرية، أكدت أن …": the verb after reads the sources' claim; no second one before
    text = (
        "وتحتاج المرحلة الحالية إلى دعم أكبر بالسلاح والذخيرة. "
        "وبحسب مصادر عسكرية، أكدت أن عدد القوات ارتفع إلى خمسة آلاف."
    )
    for c in claims(text):
        assert not c["content"]["text"].startswith("وتحتاج"), c


def test_plural_officials_after_bihasab() -> None:
    # "بحسب المسؤولين": the unnamed officials (المسؤولين with the article, not only المسؤولون)
    c = _claim("وقتل ثلاثة جنود في الهجوم على الثكنة، بحسب المسؤولين المحليين.", "حسب")
    assert c is not None and c["speaker"]["text"].startswith("المسؤولين")


def test_group_named_in_quotes_speaks() -> None:
    # "وأعلنت جماعة "…" المتطرفة مسؤوليتها": the group noun and its quoted name, with its adjective
    text = 'وقالت الشرطة إنها اعتقلت رجلا في المدينة. وأعلنت جماعة "أنصار الدين" المتطرفة مسؤوليتها عن الهجوم.'
    c = _claim(text, "أعلنت")
    assert c is not None and c["speaker"]["text"].startswith("جماعة") and "أنصار الدين" in c["speaker"]["text"]
    assert c["kind"] == "claim_responsibility"


def test_quoted_object_after_a_plain_noun_is_no_group() -> None:
    # negative: a quoted title after a noun that names no group is no speaker ("وأعلنت الشركة إطلاق "…"")
    c = _claim('وأعلنت الشركة إطلاق "هاتف المستقبل" في الأسواق الشهر المقبل.', "أعلنت")
    assert c is None or c["speaker"]["text"] == "الشركة"


def test_trailing_kama_attribution() -> None:
    # "…، كما أعلنت السلطات مساء الأربعاء.": the wire copy's source of the clause before
    c = _claim("وأدى انقلاب الحافلة إلى مقتل 16 شخصا على الأقل، كما أعلنت السلطات مساء الأربعاء.", "أعلنت")
    assert c is not None and c["speaker"]["text"] == "السلطات"
    assert c["content"]["text"].startswith("وأدى انقلاب") or c["content"]["text"].startswith("أدى انقلاب")


def test_trailing_ala_ma_attribution() -> None:
    c = _claim("وتوفيت الفتاة غرقا بعد أن منع والدها المنقذين من الوصول إليها، على ما ذكرت صحف محلية.", "ذكرت")
    assert c is not None and c["speaker"]["text"] == "صحف محلية"
    assert "توفيت الفتاة" in c["content"]["text"]


def test_kama_with_an_object_is_no_trailing_attribution() -> None:
    # negative: "كما أعلن الوزير إطلاق …" goes on with its own object, long after the verb
    text = (
        "وافتتح الوزير المعرض في الرياض، كما أعلن الوزير إطلاق برنامج جديد لدعم الشباب في المناطق "
        "الريفية خلال العام المقبل بميزانية كبيرة."
    )
    c = _claim(text, "أعلن")
    assert c is None or not c["content"]["text"].startswith("وافتتح")


def test_kama_with_an_introducer_reads_after_it() -> None:
    # negative: "، كما أكد الوزير أن …" has its own content after أن
    c = _claim("وافتتح الوزير المعرض في الرياض، كما أكد الوزير أن المعرض سيقام كل عام.", "أكد")
    assert c is not None and c["content"]["text"].startswith("المعرض سيقام")


# ---------------------------------------------------------------------- subjects before a dual verb / after كان
def test_dual_verb_takes_no_single_subject_after_it() -> None:
    # "وكان مصدران أمنيان قد أكدا في وقت سابق تقارير …": the reports are the object; the two sources speak
    text = "وكان مصدران أمنيان أمريكيان قد أكدا في وقت سابق تقارير إعلامية أفادت بأن القائد زار موسكو."
    c = _claim(text, "أكدا")
    assert c is not None and c["speaker"]["text"].startswith("مصدران")


def test_plural_verb_object_is_no_speaker() -> None:
    # "وكان خبراء اقتصاديون طالبوا البنوك بالحد من …": the experts, not the banks
    text = "وكان خبراء اقتصاديون طالبوا البنوك السعودية بالحد من تسهيلات القروض الاستهلاكية."
    c = _claim(text, "طالبوا")
    assert c is not None and c["speaker"]["text"].startswith("خبراء")


def test_singular_verb_keeps_its_subject_after() -> None:
    # negative: a singular verb's subject after it stays ("وطالب الخبراء البنوك …")
    c = _claim("وطالب الخبراء الاقتصاديون البنوك السعودية بالحد من تسهيلات القروض.", "طالب")
    assert c is not None and c["speaker"]["text"].startswith("الخبراء")


def test_kana_title_chain_runs_to_the_verb() -> None:
    # "وكان رئيس مجلس قضاء … في محافظة الأنبار فلان أعلن مقتل …": the title chain and the untagged name speak
    text = "وكان رئيس مجلس قضاء الخالدية في محافظة الأنبار علي داوود أعلن مقتل قيادي في التنظيم بقصف جوي."
    c = _claim(text, "أعلن")
    assert c is not None and c["speaker"]["text"].startswith("رئيس مجلس قضاء")


def test_kana_title_with_a_comma_is_not_stretched() -> None:
    # negative: punctuation between the title and the verb ends the subject phrase
    text = "وكان رئيس المجلس، بعد زيارة المدينة أمس، أعلن بدء مشروع جديد للطرق في المحافظة."
    for c in claims(text):
        assert "زيارة" not in c["speaker"]["text"]


def test_kana_subject_as_written_before_qad() -> None:
    # "وكان زوج المعلمة قد اتهم جامعة تبوك بـ…": the phrase between كان and قد speaks, the university is the object
    text = "وكان زوج المعلمة قد اتهم جامعة تبوك بعدم قبول ابنته في كلية الطب."
    c = _claim(text, "اتهم")
    assert c is not None and c["speaker"]["text"] == "زوج المعلمة"


def test_kana_with_a_preposition_first_is_no_subject() -> None:
    # negative: "وكان في المدينة قد أعلن …": a place phrase, no subject written
    for c in claims("وكان في المدينة قد أعلن الحظر الشامل."):
        assert not c["speaker"]["text"].startswith("في")


def test_statement_of_a_ministry_named_by_its_field() -> None:
    # "وأوضح بيان للداخلية أنه …": the interior ministry issued the statement
    c = _claim("وأوضح بيان للداخلية أنه تم جلب والد أحد العناصر لإقناعه بتسليم نفسه.", "أوضح")
    assert c is not None and "داخلية" in c["speaker"]["text"] and c["channel"] == "statement"


def test_definite_outlet_passes_its_source_on() -> None:
    # "وقالت الوكالة نقلا عن الشرطة إن …": the police speak, the agency named again passes it on
    c = _claim("وقالت الوكالة نقلا عن الشرطة إن رئيس الشركة عثر عليه مشنوقا في مكتبه.", "قالت")
    assert c is not None and c["speaker"]["text"] == "الشرطة" and c["reported_via"]


def test_definite_outlet_alone_speaks() -> None:
    # negative: with no source after it, the paper named again speaks itself
    c = _claim("وقالت الصحيفة إن الوزير سيزور المدينة غدا.", "قالت")
    assert c is not None and c["speaker"]["text"] == "الصحيفة"
