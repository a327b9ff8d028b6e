"""Claims, round 19 of issue 13 (helper cl21): words that spell a marker of saying but are no speech in long
articles — a verb form after a count or a kunya is the noun (أكثر من 700 طالب: students; علي بن أبي طالب), and a
passive participle after a word is an adjective (تظل مهددة، و66 آخرين متهمين بـ، يبدو أنهم مطالبين بـ), while the
same forms after a comma, with و or as a verb with its subject still speak; an aside or a second verb after the
verb (وقال بهذا الخصوص، وأضاف يقول) is no speaker, and reality before the verb (لكن الواقع يشير إلى أن) is the
writer's voice. docs/claims.md, "Round 19: claims precision on long articles (helper cl21)". Sentences written for
the project (none taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text

from .test_claims_generalize import claims


# ------------------------------------------------------------------ a verb form after a count or a kunya
def test_students_counted_are_no_demand() -> None:
    text = (
        "وأوضح مدير التعليم أن الوزارة جهزت المدارس الحدودية. وزار المدير عددا من المدارس التي يدرس فيها أكثر "
        "من 900 طالب في المرحلة المتوسطة."
    )
    assert by_marker(text, "طالب") == []
    assert len(by_marker(text, "أوضح")) == 1


def test_students_counted_in_thousands_are_no_demand() -> None:
    text = "وأكدت الجامعة أن التسجيل سيبدأ الأحد. وتستقبل الجامعة هذا العام نحو 40 ألف طالب في كلياتها المختلفة."
    assert by_marker(text, "طالب") == []


def test_abu_talib_is_no_demand() -> None:
    text = (
        "وقال إمام المسجد إن الخطبة ستتناول فضل الصبر. وأدى المصلون صلاة الجمعة في جامع علي بن أبي طالب بالمدينة أمس."
    )
    assert by_marker(text, "طالب") == []
    assert len(by_marker(text, "قال")) == 1


def test_a_demand_with_its_subject_still_speaks() -> None:
    text = "وطالب رئيس المجلس البلدي الجهات المعنية بسرعة إصلاح الطريق قبل بدء العام الدراسي."
    demand = by_marker(text, "طالب")
    assert len(demand) == 1
    assert "رئيس المجلس البلدي" in demand[0]["speaker"]["text"]


def test_a_demand_after_a_sentence_ending_in_a_number_still_speaks() -> None:
    text = "وأشار المهندس إلى أن الطريق أنشئ قبل 30 عاما. وطالب الأهالي البلدية بإعادة رصفه وإنارته."
    assert len(by_marker(text, "طالب")) == 1


# ------------------------------------------------------------------ a passive participle after a word
def test_threatened_after_a_copula_is_no_warning() -> None:
    text = (
        "وقال المحلل أندرو كوسغروف إن الإنتاج لن يتراجع هذا العام. إلا أن الشركات الأميركية الصغيرة تظل مهددة "
        "بأن تستحوذ عليها الشركات الكبرى، ولذلك لن يتراجع الإنتاج."
    )
    assert by_marker(text, "مهددة") == []
    assert len(by_marker(text, "قال")) == 1


def test_defendants_accused_are_no_accusers() -> None:
    text = (
        "وقال الادعاء إن المتهمين خططوا لهجمات. وأرجأت المحكمة النطق بالحكم على القيادي السابق و40 آخرين "
        "متهمين «بتشكيل خلية إرهابية» إلى الشهر المقبل."
    )
    assert by_marker(text, "متهمين") == []


def test_players_required_to_score_are_no_demand() -> None:
    text = (
        "وقالت صحيفة «سبورت» إن الفريق لم يسجل في أربع مباريات. لقد قال المدرب أن على لاعبيه أن يدافعوا بشكل "
        "أفضل ويبدو أنهم مطالبين بالإجادة أيضا في الهجوم»."
    )
    assert by_marker(text, "مطالبين") == []
    coach = by_marker(text, "قال")
    assert len(coach) == 1 and "مطالبين بالإجادة" in coach[0]["content"]["text"]


def _folded(text: str, participle: str) -> list[str]:
    """The participles folded into the claims of ``text`` (round 24, the lead's ruling 5: a participle that goes on
    with the same speaker's claim is part of it), after checking none is a claim of its own."""
    assert by_marker(text, participle) == []
    return [k["text"] for c in claims(text) for k in c.get("continuations", [])]


# round 19 read these participles as claims of their own; the lead's ruling 5 of round 24 folds them into the claim
# before: they are still read (as the claim's continuation), never lost as adjectives
def test_a_warning_participle_after_a_comma_still_warns() -> None:
    text = "وأكدت وزارة الصحة أن الإصابات ارتفعت إلى 40 حالة، مهددة بإغلاق المستشفيات التي لا تلتزم بإجراءات الوقاية."
    assert _folded(text, "مهددة") == ["مهددة"]


def test_a_demand_participle_after_a_comma_still_demands() -> None:
    text = "وقال المدرب إن لاعبيه يدافعون جيدا، مطالبين بالإجادة في الهجوم أيضا."
    assert _folded(text, "مطالبين") == ["مطالبين"]


def test_accusing_after_a_comma_still_accuses() -> None:
    text = "وأكد الادعاء أن المتهم اعترف بالتهم، متهما إياه بالتخطيط للهجوم."
    assert _folded(text, "متهما") == ["متهما"]
    found = claims(text)
    assert found[0]["kind"] == "accuse"  # a claim of saying that folds an accusation accuses
    # round 39 (cl65, ruling 8): the accused's admission told inside the prosecution's content (اعترف بالتهم) is a
    # nested claim of its own, spoken by the accused; the accusation stays the prosecution's
    assert [c["kind"] for c in found] == ["accuse", "say"]
    assert found[1]["content"]["text"] == "بالتهم"


# ------------------------------------------------------------------ an aside or a second verb is no speaker
def test_an_aside_after_the_verb_is_no_speaker() -> None:
    text = "وقال وزير النقل إن المشروع سيكتمل العام المقبل. وقال بهذا الخصوص: «سنفتتح المرحلة الأولى في مارس المقبل»."
    said = by_marker(text, "قال")
    assert len(said) == 2
    assert speaker_text(said[1]) == "وزير النقل"


def test_a_second_verb_of_saying_is_no_speaker() -> None:
    text = "وأكد المدير أن الفريق جاهز للموسم. وأضاف يقول: إن اللاعبين الجدد سيصلون الأسبوع المقبل."
    added = by_marker(text, "أضاف")
    assert len(added) == 1
    assert speaker_text(added[0]) == "المدير"


def test_reality_before_the_verb_is_the_writers_voice() -> None:
    text = "ويقول المسؤولون إن الأندية تحقق أرباحا كبيرة، لكن الواقع يشير إلى أن معظمها يعاني من الديون."
    assert by_marker(text, "يشير") == []
    assert len(by_marker(text, "يقول")) == 1


def test_a_named_speaker_before_a_present_verb_still_speaks() -> None:
    text = "وفي المقابل، فإن الوزير يؤكد أن الأندية تحقق أرباحا كبيرة هذا الموسم."
    assert len(by_marker(text, "يؤكد")) == 1


# ------------------------------------------------------------------ a quoted name after the verb, then a colon
def test_a_quoted_agency_before_a_colon_speaks() -> None:
    text = 'وأوضح التقرير أن الإعصار ضرب المنطقة الساحلية. وقالت "شينخوا": إن الإعصار تسبب في نزوح أكثر من مئة ألف شخص.'
    said = by_marker(text, "قالت")
    assert len(said) == 1
    assert said[0]["speaker"]["text"] == "شينخوا"
    assert "تسبب في نزوح" in said[0]["content"]["text"]


def test_a_quoted_relative_before_a_colon_speaks() -> None:
    text = 'وأكد المحامي أن القضية منظورة أمام المحكمة. وقال "الشقيق": أخي رجل كبير بالسن ويعاني من عدة أمراض.'
    said = by_marker(text, "قال")
    assert len(said) == 1
    assert said[0]["speaker"]["text"] == "الشقيق"
    assert said[0]["content"]["text"].startswith("أخي رجل كبير")


def test_a_quoted_name_before_an_introducer_keeps_its_reading() -> None:
    text = "وذكرت «شينخوا» أن الإعصار تسبب في نزوح آلاف الأشخاص."
    said = by_marker(text, "ذكرت")
    assert len(said) == 1 and "شينخوا" in said[0]["speaker"]["text"]
    assert said[0]["content"]["text"].startswith("الإعصار")


def test_a_long_quote_after_a_colon_stays_speech() -> None:
    text = 'وقال وزير الخارجية: "نحن ندعم الحل السياسي": وهذا موقف ثابت للمملكة.'
    said = by_marker(text, "قال")
    assert len(said) == 1 and "وزير الخارجية" in said[0]["speaker"]["text"]


# ------------------------------------------------------------------ a verb of saying after a condition particle
def test_an_inquiry_supposed_after_if_is_no_claim() -> None:
    text = (
        "وأضافت الأم أن ابنها ما زال في الحبس. وإذا خلص تحقيق إلى أن الشرطة لم تقم بواجبها، فقد يعصف هذا "
        "بحكومة الإقليم."
    )
    assert by_marker(text, "خلص") == []
    assert len(by_marker(text, "أضافت")) == 1


def test_a_minister_supposed_after_if_is_no_claim() -> None:
    text = "وإذا قال الوزير إن المشروع سيكتمل فعليه أن يحدد موعدا للافتتاح."
    assert by_marker(text, "قال") == []


def test_a_verb_after_when_still_reports() -> None:
    text = "وأثارت القضية فضيحة عندما أكدت وثائق نشرت على الإنترنت أن الشاحنات تعود إلى الاستخبارات."
    assert len(by_marker(text, "أكدت")) == 1


# ------------------------------------------------------------------ أن after an adverb of "especially"
def test_especially_that_after_a_trailing_verb_is_no_content() -> None:
    text = "وندد رئيس البلدية بتجارة الأعضاء التي تتنامى كما قال خاصة أن الطلب عليها قوي."
    assert all("خاصة" not in str((c["speaker"] or {}).get("text")) for c in claims(text))


def test_especially_that_after_a_comma_opens_a_reason() -> None:
    text = (
        "وأكد القائد أن هناك تنسيقا بين القيادات، ورصد احتياج القوات في مواقع القتال، خاصة أن المرحلة الحالية "
        "تحتاج إلى دعم أكبر."
    )
    assert all(not c["content"]["text"].startswith("المرحلة الحالية") for c in claims(text))


def test_private_sources_still_introduce_their_account() -> None:
    text = "وعلمت «عكاظ» من مصادر خاصة أن الحوثيين زرعوا متفجرات في الطرق المؤدية إلى المدينة."
    learned = by_marker(text, "علمت")
    assert len(learned) == 1 and learned[0]["content"]["text"].startswith("الحوثيين")


# ------------------------------------------------------------------ a topic that opens the sentence
def test_a_party_named_in_the_topic_is_no_speaker() -> None:
    text = (
        "وقال المحلل جبور إن الاتفاق لن يغير شيئا. وعن وضع «حزب الله» بعد الاتفاق، أشار إلى أن الحزب سيحاول "
        "الاستفادة منه."
    )
    pointed = by_marker(text, "أشار")
    assert len(pointed) == 1
    assert speaker_text(pointed[0]) == "المحلل جبور"


def test_a_group_named_in_the_topic_is_no_speaker() -> None:
    text = "وأكد الوزير أن التنظيم يستهدف الشباب. وحول تجنيد «داعش» للشباب، ذكر أن التنظيم كان يستهدف النساء."
    told = by_marker(text, "ذكر")
    assert len(told) == 1
    assert speaker_text(told[0]) == "الوزير"


def test_a_speaker_after_the_topic_still_speaks() -> None:
    text = "وعن الأوضاع في اليمن، قالت الحكومة اليمنية إن الحوثيين يعرقلون المفاوضات."
    said = by_marker(text, "قالت")
    assert len(said) == 1 and said[0]["speaker"]["text"] == "الحكومة اليمنية"
