"""Claims, round 11 of issue 13 (helper ch2): channels of press conferences and interviews. Sentences written for
the project (none taken from an article). Each class has its negative: a conference that is an event of the news
(مؤتمر المانحين) and not the speaker's occasion, a topic phrase that names a broadcaster, an agency that the paper
relays, a partner never named."""

from __future__ import annotations

from .test_claims_generalize import claims


def _channels(text: str) -> list[tuple[str, str, str | None]]:
    return [(str((c["marker"] or {}).get("text", "")), str(c["channel"]), c.get("reported_via")) for c in claims(text)]


def _channel_of(text: str, marker: str) -> str:
    found = [ch for m, ch, _ in _channels(text) if m.endswith(marker)]
    assert found, _channels(text)
    return found[0]


# ------------------------------------------------------------------ a press conference at the content's start
def test_press_conference_opening_the_object_of_akkada() -> None:
    text = (
        "أكد وزير الخارجية الأردني ناصر الحمود خلال مؤتمر صحفي عقده اليوم في عمان على ضرورة وقف القتال في "
        "المدينة فورا. وأضاف: إن بلاده ستواصل إرسال المساعدات إلى المحاصرين."
    )
    assert _channel_of(text, "أكد") == "press conference"
    assert _channel_of(text, "أضاف") == "press conference"


def test_donors_conference_is_no_occasion() -> None:
    # مؤتمر المانحين is what the minister talked about, not where: no press conference
    text = "أكد وزير التخطيط سامي العبدلي على أهمية مؤتمر المانحين المقبل لإعادة إعمار المدن المتضررة."
    assert _channel_of(text, "أكد") != "press conference"


def test_conference_in_the_content_is_no_occasion() -> None:
    text = "قال مسؤول في الوزارة إن الحكومة ستعقد خلال مؤتمر صحفي غدا اجتماعا مع ممثلي النقابات."
    assert _channel_of(text, "قال") == "unspecified"


# ------------------------------------------------------------------ reporters without the article
def test_reporters_without_article() -> None:
    text = "وقال المتحدث باسم القوات المشتركة لصحفيين في القاعدة إن الطائرات دمرت ثلاثة مخازن للذخيرة."
    assert _channel_of(text, "قال") == "press conference"


# ------------------------------------------------------------------ the partner of a joint press conference
def test_partner_of_joint_conference_by_family_name() -> None:
    text = (
        "أكد وزير الخارجية الكويتي سالم الصباح أن المحادثات تناولت أمن الخليج. وقال خلال مؤتمر صحفي مشترك عقده "
        "مع وزير الخارجية المغربي الأستاذ كريم بن علي الفاسي في الرباط إن البلدين متفقان على دعم الحل السياسي. "
        "وفي شأن العلاقات الثنائية أشار وزير الخارجية كريم الفاسي إلى أن البلدين يعملان على اتفاق تجاري جديد."
    )
    assert _channel_of(text, "أشار") == "press conference"


def test_partner_of_joint_conference_by_title() -> None:
    text = (
        "أكد وزير الداخلية البحريني خلال مؤتمر صحفي عقده مع وزير الداخلية العماني في المنامة على أهمية "
        "التنسيق الأمني. وأشار وزير الداخلية العماني إلى أن التعاون بين البلدين يتسع كل عام."
    )
    assert _channel_of(text, "أشار") == "press conference"


def test_someone_not_named_at_the_conference_keeps_his_channel() -> None:
    text = (
        "أكد وزير الداخلية البحريني خلال مؤتمر صحفي عقده مع وزير الداخلية العماني في المنامة على أهمية "
        "التنسيق الأمني. وقال الخبير الأمني سالم الراشدي إن التعاون بين البلدين يتسع كل عام."
    )
    assert _channel_of(text, "قال") != "press conference"


# ------------------------------------------------------------------ the same person named by his family name
def test_conference_told_in_the_next_claim_of_a_name_told_after_the_title() -> None:
    text = (
        "وقالت مندوبة كندا لدى الأمم المتحدة سارة ماكدونالد إن بلادها قلقة من تقارير عن نقل أسلحة إلى المنطقة، "
        'وقالت ماكدونالد للصحفيين بعد جلسة مجلس الأمن "ما زلنا نتحقق من هذه المعلومات".'
    )
    assert [ch for _, ch, _ in _channels(text)][:2] == ["press conference", "press conference"]


# ------------------------------------------------------------------ an interview relayed by a named paper
def test_statements_relayed_by_a_paper_are_its_interview() -> None:
    text = (
        "وأكد المتحدث الرسمي باسم الحكومة، فهد العتيبي، في تصريحات نقلتها صحيفة «الأنباء» أن الوزارة ستصرف "
        "الرواتب المتأخرة الأسبوع المقبل."
    )
    found = [(ch, via) for m, ch, via in _channels(text) if m.endswith("أكد")]
    assert found == [("interview", "الأنباء")]


def test_statement_read_out_stays_a_statement() -> None:
    text = "وأكد المتحدث الرسمي باسم الحكومة، فهد العتيبي، في بيان أن الوزارة ستصرف الرواتب المتأخرة الأسبوع المقبل."
    assert _channel_of(text, "أكد") == "statement"


# ------------------------------------------------------------------ an interview told later, same sentence's tail
def test_interview_passed_back_over_the_tail_of_the_sentence() -> None:
    text = (
        "كشف الدكتور سعد المالكي، المدير التنفيذي لجمعية الإغاثة، عن خطة لتوزيع الغذاء على النازحين في المحافظات "
        "الشمالية، وذلك بالتنسيق مع السلطات المحلية. وقال المالكي لـ«الوطن» إن الجمعية ستبدأ التوزيع الشهر المقبل."
    )
    assert [ch for _, ch, _ in _channels(text)][:2] == ["interview", "interview"]


def test_interview_not_passed_back_over_another_occasion() -> None:
    text = (
        "كشف الدكتور سعد المالكي، المدير التنفيذي لجمعية الإغاثة، عن خطة لتوزيع الغذاء على النازحين، وذلك في بيان "
        "وزعته الجمعية أمس. وقال المالكي لـ«الوطن» إن الجمعية ستبدأ التوزيع الشهر المقبل."
    )
    assert next(ch for _, ch, _ in _channels(text)) != "interview"


# ------------------------------------------------------------------ unnamed sources told to a paper
def test_unnamed_sources_named_again_told_the_paper() -> None:
    text = (
        "أكدت شخصيات برلمانية كويتية أن زيارة الوفد الرسمي عززت التعاون بين البلدين. "
        "وأكدت هذه الشخصيات لـ«الرأي» أن التنسيق سيشمل ملفات الطاقة والأمن."
    )
    assert [(ch, via) for _, ch, via in _channels(text)][:2] == [("interview", "الرأي"), ("interview", "الرأي")]


def test_unnamed_sources_that_told_an_agency_stay_the_papers_account() -> None:
    text = (
        "أفادت مصادر أمنية بأن مسلحين هاجموا نقطة تفتيش شمال المدينة. "
        "وقالت المصادر لوكالة الأنباء الألمانية إن ثلاثة من الحراس أصيبوا."
    )
    assert next(ch for _, ch, _ in _channels(text)) == "unspecified"


# ------------------------------------------------------------------ a topic phrase is no channel
def test_topic_phrase_naming_a_broadcaster_is_no_channel() -> None:
    text = (
        "«الوطن» التقت بمدير إذاعة الرياض خالد السبيعي، والذي قال: نعمل على تطوير البرامج. "
        "وحول خطط القناة الجديدة منذ توليه إدارتها، قال: نريد الوصول إلى جمهور أوسع في المنطقة."
    )
    assert [ch for _, ch, _ in _channels(text)][-1] != "television"


def test_cue_after_the_verb_in_a_topic_sentence_stays() -> None:
    text = "وحول ذلك قال الوزير في مقابلة تلفزيونية، إن الحكومة ستعلن خطتها قريبا."
    assert _channel_of(text, "قال") == "television"


def test_journalists_as_the_topic_are_no_press_conference() -> None:
    text = "دعا وزير الخارجية الاسباني خوسيه مارتن وسائل الإعلام امس للتعامل بحرص مع قضية صحفيين مستقلين مفقودين."
    assert _channel_of(text, "دعا") != "press conference"


def test_press_conference_named_with_its_pronoun() -> None:
    text = "وقال وزير المالية سالم العتيبي في مؤتمره الصحفي إن الحكومة ستعلن خطتها الأسبوع المقبل."
    assert _channel_of(text, "قال") == "press conference"


def test_interview_phrase_opening_the_object_names_its_outlet() -> None:
    text = "وأكد القيادي ياسر العمري في تصريحات لـ «عكاظ» على ضرورة الاهتمام بالنازحين وإغاثة أسرهم."
    found = [(ch, via) for m, ch, via in _channels(text) if m.endswith("أكد")]
    assert found == [("interview", "عكاظ")]


def test_post_phrase_opening_the_object() -> None:
    text = "وأعلنت وزارة الصحة أمس عبر حسابها في «تويتر» عن تسجيل ثلاث إصابات جديدة بالفيروس في المنطقة الشرقية."
    assert _channel_of(text, "أعلنت") == "post"


# ------------------------------------------------------------------ a phone call with a named outlet
def test_phone_call_with_the_paper_is_its_interview() -> None:
    text = "وقال قائد اللواء العميد ناصر الشعيبي في اتصال هاتفي مع «الوطن» إن قواته استعادت السيطرة على التلال."
    found = [(ch, via) for m, ch, via in _channels(text) if m.endswith("قال")]
    assert found == [("interview", "الوطن")]


def test_phone_call_between_leaders_is_no_interview() -> None:
    text = "وقال الرئيس في اتصال هاتفي مع نظيره التركي إن البلدين سيعززان التعاون الأمني."
    assert _channel_of(text, "قال") != "interview"


# ------------------------------------------------------------------ "the conference" pointing back
def test_the_conference_points_back_to_a_press_conference() -> None:
    text = (
        "عقد وزير الداخلية سلامة الحمدان مؤتمرا صحفيا في عمان أمس. "
        "وقال الحمدان خلال المؤتمر إن الأجهزة الأمنية أحبطت مخططا لتفجير سيارات مفخخة."
    )
    assert _channel_of(text, "قال") == "press conference"


def test_the_conference_of_donors_is_no_press_conference() -> None:
    text = (
        "افتتح وزير التخطيط مؤتمر المانحين في الكويت أمس بمشاركة ستين دولة. "
        "وقال الوزير سامي العبدلي خلال المؤتمر إن الدول تعهدت بثلاثة مليارات دولار."
    )
    assert _channel_of(text, "قال") != "press conference"
