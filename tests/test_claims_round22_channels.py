"""Claims, round 22 of issue 13 (helper cl29): channels on short articles. A report cue in a relative clause that
describes the speaker (الذي أشرف على الدراسة) is not his channel; a written finding that speaks (التحقيقات، النشرة،
نشرة «…»: claims.yaml ``report_speaker_heads``) is a report; a cue inside a topic phrase opened by عن (وعن تصريحات
…، قال) is not the claim's; an outlet told in the speaker's phrase that the content as read opens with (مصادر | في
اللواء … لـ«عكاظ» مقتل: ``speaker_phrase_prepositions``) is an interview; an unnamed source named again with the
article (وأوضح المصدر) takes the last unnamed source's interview (``source_nouns``); a body tagged as the speaker
right after a person's title (مدرب برشلونة، وكيل وزارة الصحة: ``person_title_heads``) speaks as that person.
docs/claims.md, "Round 22: channels on short articles (helper cl29)". Sentences written for the project (none taken
from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text


def _channels(text: str, marker: str) -> list[tuple[str, str | None]]:
    return [(c["channel"], c["reported_via"]) for c in by_marker(text, marker)]


# ------------------------------------------------------------------ a report cue describing the speaker
def test_study_he_led_is_not_his_channel() -> None:
    text = "وقال الدكتور خالد المنصور الذي أشرف على الدراسة إن النتائج مشجعة للمرضى."
    assert _channels(text, "قال") == [("unspecified", None)]


def test_study_he_speaks_in_stays_a_report() -> None:
    text = "وقال الدكتور خالد المنصور في الدراسة إن النتائج مشجعة للمرضى."
    assert _channels(text, "قال") == [("report", None)]


def test_report_his_body_wrote_is_not_his_channel() -> None:
    text = "وقال سامي الخطيب المدير العام للمنظمة التي أعدت التقرير إن آلاف الأسر فقدت منازلها."
    found = by_marker(text, "قال")
    assert [speaker_text(c) for c in found] == ["سامي الخطيب"]
    assert found[0]["channel"] == "unspecified"


# ------------------------------------------------------------------ a written finding speaks in a report
def test_investigations_speak_in_a_report() -> None:
    text = "وأحيل المتهم إلى المحكمة. وذكرت التحقيقات أن المتهم تلقى أموالا من جهات خارجية."
    assert _channels(text, "ذكرت") == [("report", None)]


def test_bulletin_speaks_in_a_report() -> None:
    text = "وأوضحت النشرة أن عدد الفروع المصرفية ارتفع إلى 120 فرعا خلال الشهر."
    assert _channels(text, "أوضحت") == [("report", None)]


def test_bulletin_of_a_named_body_is_a_report() -> None:
    text = "ووصل ألف نازح إلى المخيم. وقالت نشرة «أوتشا» الأسبوعية إن المنظمات لم تتمكن من إيصال الغذاء."
    assert _channels(text, "قالت") == [("report", None)]


def test_published_it_is_no_bulletin() -> None:
    text = "وقال الاتحاد في بيان نشره موقعه الرسمي إن المباراة ستقام في موعدها."
    assert _channels(text, "قال") == [("statement", None)]


def test_source_close_to_the_investigations_is_no_report() -> None:
    text = "وقال مصدر مقرب من التحقيقات إن المتهم اعترف بالتهم."
    assert _channels(text, "قال") == [("unspecified", None)]


# ------------------------------------------------------------------ a topic phrase opened by عن
def test_statements_in_a_topic_phrase_are_not_his_channel() -> None:
    text = "وعن تصريحات وزير الخارجية حول الاتفاق، قال النائب سالم العلي إن الحكومة لم تطلع البرلمان على بنوده."
    assert _channels(text, "قال") == [("unspecified", None)]


def test_by_way_of_his_account_keeps_the_post() -> None:
    text = "وعن طريق حسابه في تويتر، قال الوزير إن الحكومة ستدعم المزارعين."
    assert _channels(text, "قال") == [("post", None)]


# ------------------------------------------------------------------ an outlet told inside the content's opening
def test_outlet_after_the_sources_phrase_is_an_interview() -> None:
    text = "وأكدت مصادر ميدانية في اللواء الثالث بمحافظة مأرب لـ«عكاظ» مقتل عشرة من المسلحين في المواجهات."
    assert _channels(text, "أكدت") == [("interview", "عكاظ")]


def test_demand_to_a_quoted_aim_is_no_interview() -> None:
    text = "ودعا مدير البرنامج في الأمم المتحدة إلى «وقف القتال» فورا في المدينة."
    assert all(channel != "interview" for channel, _ in _channels(text, "دعا"))


# ------------------------------------------------------------------ an unnamed source named again
def test_source_named_again_keeps_the_papers_interview() -> None:
    text = "أكدت مصادر قبلية لـ«عكاظ» أن المسلحين انسحبوا من القرية. وأوضح المصدر أن الجيش سيطر على الطريق الرئيسي."
    assert _channels(text, "أوضح") == [("interview", "عكاظ")]


def test_source_named_again_with_no_paper_stays_unspecified() -> None:
    text = "أكدت مصادر قبلية أن المسلحين انسحبوا من القرية. وأوضح المصدر أن الجيش سيطر على الطريق الرئيسي."
    assert _channels(text, "أوضح") == [("unspecified", None)]


# ------------------------------------------------------------------ a person's title before the body tagged
def test_coach_of_a_club_speaks_as_a_person() -> None:
    text = "وقال مدرب برشلونة السابق إن الفريق سيعود أقوى في الموسم المقبل."
    assert _channels(text, "قال") == [("unspecified", None)]


def test_undersecretary_of_a_ministry_speaks_as_a_person() -> None:
    text = "وأوضح وكيل وزارة الصحة أن الحالات المسجلة في تراجع مستمر."
    assert _channels(text, "أوضح") == [("unspecified", None)]


def test_ministry_itself_speaks_in_a_statement() -> None:
    text = "وأوضحت وزارة الصحة أن الحالات المسجلة في تراجع مستمر."
    assert _channels(text, "أوضحت") == [("statement", None)]


def test_spokesman_of_a_ministry_keeps_the_statement() -> None:
    text = "وقال متحدث وزارة الداخلية إن قوات الأمن أحبطت محاولة تهريب."
    assert _channels(text, "قال") == [("statement", None)]
