"""Claims, round 22 (helper cl28): speakers on short articles. An introducer written with its hamza that the entity
layer took into a person's name ("وأضاف بأن سعيد العتيبي سيتولى …") stays an introducer and the name starts after it
(claim_cues.yaml ``name_leading_intros``); وجود and صحة open a verb's plain object after a title
(claim_speaker_cues.yaml ``object_verbal_nouns``); a person's name that shows its lineage (بن، أبو: a man; بنت،
أم: a woman) agrees in gender with a verb or participle of saying (claim_speaker_cues.yaml ``masculine_lineage`` …).
docs/claims.md, "Round 22: speakers on short articles (helper cl28)". Sentences written for the project (none taken
from an article)."""

from __future__ import annotations

from rasd.claims.agreement import disagrees, marker_form, speaker_form
from tests.claims_marker_checks import by_marker, speaker_text


def _said(text: str, marker: str) -> list[tuple[str, str]]:
    return [(speaker_text(c), c["content"]["text"]) for c in by_marker(text, marker)]


# ------------------------------------------------------------------ an introducer the tagger took into a name
def test_added_that_before_a_name_is_a_claim() -> None:
    text = "وقال الوزير إن الحكومة ستدعم المشروع. وأضاف بأن سعيد العتيبي سيتولى الملف الأسبوع المقبل."
    said = by_marker(text, "أضاف")
    assert len(said) == 1
    assert said[0]["speaker"]["found_by"] == "pronoun"
    assert speaker_text(said[0]) == "الوزير"
    assert said[0]["content"]["text"] == "سعيد العتيبي سيتولى الملف الأسبوع المقبل"


def test_explained_that_before_a_name_keeps_its_speaker() -> None:
    text = "وأوضح الوزير بأن عبدالله الشهري سيتولى إدارة الملف."
    assert _said(text, "أوضح") == [("الوزير", "عبدالله الشهري سيتولى إدارة الملف")]


def test_ban_ki_moon_without_hamza_stays_a_name() -> None:
    text = "وقال بان كي مون إن الأمم المتحدة ستدعم الحوار بين الأطراف."
    assert _said(text, "قال") == [("بان كي مون", "الأمم المتحدة ستدعم الحوار بين الأطراف")]


# ------------------------------------------------------------------ وجود and صحة as a plain object
def test_a_title_then_existence_is_the_object() -> None:
    text = "وأكد مدير الشرطة وجود ثلاثة مشتبهين في القضية."
    assert _said(text, "أكد") == [("مدير الشرطة", "وجود ثلاثة مشتبهين في القضية")]


def test_a_title_then_truth_is_the_object() -> None:
    text = "ونفى الوزير صحة الأنباء عن استقالته من منصبه."
    assert _said(text, "نفى") == [("الوزير", "صحة الأنباء عن استقالته من منصبه")]


def test_existence_as_a_title_genitive_is_no_object() -> None:
    text = "وقال مدير إدارة وجود الأطفال في المدارس إن البرنامج سيبدأ غدا."
    said = by_marker(text, "قال")
    assert len(said) == 1
    assert said[0]["content"]["text"] == "البرنامج سيبدأ غدا"


# ------------------------------------------------------------------ a name's lineage shows its gender
def test_lineage_words_show_a_persons_gender() -> None:
    assert speaker_form("ساير بن لافي الرشيدي", "PER") == ("m", "s")
    assert speaker_form("أبو عبدالله الحوثي", "PER") == ("m", "s")
    assert speaker_form("فاطمة بنت محمد", "PER") == ("f", "s")
    assert speaker_form("أم لمار", "PER") == ("f", "s")
    assert speaker_form("محمد الغامدي", "PER") == (None, "s")
    assert speaker_form("ابن تيمية", "PER") == (None, "s")  # ابن as the first word: no lineage read


def test_a_feminine_participle_disagrees_with_a_son_of() -> None:
    participle = marker_form("مبينة", participle=True)
    assert disagrees(participle, speaker_form("أبو عبدالله بن يحيى", "PER"), before=True)
    assert not disagrees(participle, speaker_form("ريم الشهري", "PER"), before=True)


def test_a_feminine_verb_after_a_man_named_by_lineage_is_not_his() -> None:
    text = (
        "ونفذ حكم القتل في الجاني علي بن محمد الغامدي أمس في الرياض. "
        "ووزارة الداخلية إذ تعلن عن ذلك لتؤكد للجميع حرص الحكومة على استتباب الأمن."
    )
    assert all("الغامدي" not in speaker_text(c) for c in by_marker(text, "تعلن"))


def test_a_masculine_verb_keeps_a_man_named_by_lineage() -> None:
    text = "وقال خالد بن سعيد الزهراني إن الفريق جاهز للمباراة."
    assert _said(text, "قال") == [("خالد بن سعيد الزهراني", "الفريق جاهز للمباراة")]


# ------------------------------------------------------------------ a verb of saying inside a quotation left open
def test_added_inside_a_quotation_never_closed_is_its_own_claim() -> None:
    text = (
        "وقال رئيس الوفد في مؤتمر صحفي إن «الوفد عازم على مواصلة الحوار ضمن الشروط التي اتفقنا عليها "
        "وأضاف أن المبعوث الدولي «سيتصل بنا في الأيام المقبلة لتقديم مقترح جديد»."
    )
    first = by_marker(text, "قال")
    assert len(first) == 1
    assert first[0]["content"]["text"].endswith("التي اتفقنا عليها")
    added = by_marker(text, "أضاف")
    assert len(added) == 1
    assert speaker_text(added[0]) == "رئيس الوفد"
    assert added[0]["content"]["text"].startswith("المبعوث الدولي")


def test_straight_quotes_left_open_past_a_quoted_paper_name() -> None:
    text = (
        'وكشف مصدر لـ"الرياض" أن "المدير اجتمع بالموظفين أمس ولم يقدم لهم أي وعود، وأكد أن الشكوى حق لكل موظف. '
        'من جانبه، أوضح المستشار القانوني سعد العتيبي لـ"الرياض" أن "التظلم حق مكفول".'
    )
    assert [c["content"]["text"] for c in by_marker(text, "أكد")] == ["الشكوى حق لكل موظف"]
    assert speaker_text(by_marker(text, "أكد")[0]) == "مصدر"
    assert [speaker_text(c) for c in by_marker(text, "أوضح")] == ["سعد العتيبي"]


def test_added_inside_a_closed_quotation_stays_quoted() -> None:
    text = "وقال الوزير إن «الحكومة ستدعم المشروع وأضاف أن التمويل جاهز» ثم غادر القاعة."
    assert by_marker(text, "أضاف") == []
    said = by_marker(text, "قال")
    assert len(said) == 1
    assert said[0]["content"]["text"].startswith("الحكومة ستدعم المشروع وأضاف")


# ------------------------------------------------------------------ the verb's own pronoun, nobody named before
def test_said_that_after_a_sentence_with_no_speaker_is_a_claim() -> None:
    text = "صادقت جهات رقابية أوروبية أمس على عقار جديد لعلاج الملاريا، وقالت إنه آمن وفعال للأطفال."
    said = by_marker(text, "قالت")
    assert len(said) == 1
    assert said[0]["speaker"]["found_by"] == "pronoun"
    assert said[0]["speaker"]["text"] == "وقالت"
    assert said[0]["content"]["text"] == "آمن وفعال للأطفال"


def test_explained_that_opening_the_next_sentence_is_a_claim() -> None:
    text = (
        "أعلنت إدارة التعليم في المحافظة عن حاجتها لشغل بعض الوظائف الشاغرة. "
        "وأوضحت أن الشروط تتضمن أن يكون المتقدم سعودي الجنسية."
    )
    said = by_marker(text, "أوضحت")
    assert [(c["speaker"]["found_by"], c["content"]["text"]) for c in said] == [
        ("pronoun", "الشروط تتضمن أن يكون المتقدم سعودي الجنسية")
    ]


def test_a_verb_with_a_plain_object_and_nobody_named_stays_no_claim() -> None:
    text = "سجلت الأسواق أمس ارتفاعا في أسعار الذهب. وأكد ارتفاع الطلب استمرار الموجة."
    assert by_marker(text, "أكد") == []


def test_a_verb_inside_a_sentence_without_its_waw_stays_no_claim() -> None:
    text = "تقدم الفريق في الدقيقة الأولى حين قال إن المباراة انتهت مبكرا."
    assert by_marker(text, "قال") == []


# ------------------------------------------------------------------ a verbal noun with ه as a plain object
def test_announced_its_signing_is_the_object() -> None:
    text = "وأعلن نادي الاتحاد الإماراتي تعاقده مع المهاجم البرازيلي لمدة عامين."
    said = _said(text, "أعلن")
    assert [content for _, content in said] == ["تعاقده مع المهاجم البرازيلي لمدة عامين"]
    assert "الاتحاد" in said[0][0]


def test_a_fifth_form_noun_with_its_pronoun_is_the_object() -> None:
    text = "وأكد مدير الجامعة تمسكه بقرار إيقاف القبول في الكلية."
    assert _said(text, "أكد") == [("مدير الجامعة", "تمسكه بقرار إيقاف القبول في الكلية")]


def test_ta_marbuta_written_with_ha_stays_in_the_title() -> None:
    text = "وقال مدير المنطقه إن القرار نهائي."
    assert _said(text, "قال") == [("مدير المنطقه", "القرار نهائي")]
