"""Round 31 (helper bg2): a capture told only as done before the news is no row; one capture told twice is one row.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 31:
duplicates and background rows on unseen news (helper bg2)"):

- ``rasd.events.merge.past_capture``: a capture every mention of which is framed as done before the news (an
  occasion or a share in it, a stretch of days or more, a pluperfect with no day, a judgement, a vague past) loses its
  day (background: the event stays, no row), and so do the strikes told only as its support; a capture after "بعد"
  is not read (the released gold codes it);
- ``rasd.events.merge.capture_twice``: a verb of regaining and the noun of control it takes as its object, or a
  capture noun made the subject of "وتأتي" after the same place's capture, give one row.
"""

from __future__ import annotations

from typing import Any

from rasd.resources.cues import CueFile
from tests.event_checks import rows

_TITLE = "أخبار اليمن"
_CAPTURES = ("Government regains territory", "Non-state actor overtakes territory")


def _captures(text: str, title: str | None = _TITLE) -> list[dict[str, Any]]:
    return [e for e in rows(text, title) if e["acled_sub_event_type"] in _CAPTURES]


# ------------------------------------------------------------------------- a capture told as done before the news
def test_a_statement_on_the_occasion_of_a_liberation_is_no_capture_row() -> None:
    text = (
        "أصدرت قيادة المنطقة العسكرية الرابعة اليوم بيانا بمناسبة تحرير مدينة الحوطة أكدت فيه استمرار دعمها"
        " للمقاومة الشعبية في كل الجبهات."
    )
    assert _captures(text) == []


def test_an_effort_that_contributed_to_a_liberation_is_no_capture_row() -> None:
    text = (
        "أشاد محافظ شبوة اليوم بالجهود الكبيرة التي بذلتها القبائل والتي أسهمت في تحرير مدينة عتق وطرد الميليشيات"
        " منها، داعيا إلى توحيد الصفوف."
    )
    assert _captures(text) == []


def test_a_city_retaken_lately_is_the_visit_s_background() -> None:
    text = "وصل وزير الداخلية اليمني أمس إلى مدينة الحوطة التي تمت استعادتها مؤخرا من المتمردين الحوثيين."
    assert _captures(text) == []


def test_a_liberation_judged_and_joined_to_a_contribution_is_no_capture_row() -> None:
    text = (
        "أشاد محافظ شبوة اليوم بالجهود التي أسهمت في تحرير مدينة عتق. واعتبر المحافظ أن تحرير مدينة عتق يعد خطوة"
        " أولى نحو استعادة بقية المحافظات."
    )
    assert _captures(text) == []


def test_a_pluperfect_announcement_with_no_day_is_background() -> None:
    text = (
        "افتتح محافظ شبوة اليوم مستشفى مدينة عتق بعد ترميمه. وكانت قيادة المقاومة أعلنت تحرير مدينة عتق من"
        " الميليشيات الحوثية."
    )
    assert _captures(text) == []


def test_the_strikes_that_supported_a_past_capture_are_background_with_it() -> None:
    text = (
        "افتتح محافظ لحج أمس مدرسة في مدينة الحوطة. وسيطرت القوات الحكومية قبل أسابيع على مدينة الحوطة، وهي على"
        " طريق تعز، بدعم من غارات طيران التحالف على مواقع الحوثيين في مدينة تعز."
    )
    assert rows(text, _TITLE) == []  # neither the capture nor the strikes of weeks ago


def test_strikes_of_the_day_beside_a_capture_of_the_day_stay_rows() -> None:
    text = (
        "شن طيران التحالف العربي اليوم غارات على مواقع الحوثيين في مدينة الحوطة بمحافظة لحج، وسيطرت المقاومة"
        " الشعبية على المدينة بمساعدة غارات التحالف."
    )
    assert sorted(e["acled_sub_event_type"] for e in rows(text, _TITLE)) == [
        "Air/drone strike",
        "Government regains territory",
    ]


# ------------------------------------------------------------------------------------------ captures kept (guards)
def test_a_pluperfect_announcement_with_its_day_is_a_row() -> None:
    text = "وكانت قيادة المقاومة أعلنت أمس تحرير مدينة عتق من الميليشيات الحوثية بعد معارك استمرت يومين."
    assert len(_captures(text)) == 1


def test_a_capture_told_as_the_news_is_a_row() -> None:
    text = "سيطرت المقاومة الشعبية اليوم على مدينة عتق بعد معارك عنيفة مع الحوثيين استمرت ساعات."
    assert len(_captures(text)) == 1


def test_a_capture_after_bad_in_a_fight_s_sentence_is_a_row() -> None:
    text = (
        "قال قيادي في المقاومة إن اشتباكات عنيفة تدور الآن في مدينة لودر عقب سيطرة المقاومة على جبل ثرة"
        " الاستراتيجي المطل على المدينة."
    )
    assert len(_captures(text)) == 1


# ------------------------------------------------------------------------------------ one capture told twice
def test_a_verb_of_regaining_and_its_object_noun_are_one_capture() -> None:
    text = (
        "سيطرت المقاومة الشعبية أمس على مدينة جعار. وفي محافظة لحج، استعادت القوات الحكومية السيطرة على مدينة"
        " الحوطة بعد معارك عنيفة."
    )
    places = sorted((e["location"] or {}).get("name") or "" for e in _captures(text))
    assert len(places) == 2 and len(set(places)) == 2  # one row for al-Hawtah (two before), one for Ja'ar


def test_the_capture_put_in_context_by_ta_ti_is_the_capture_told_before() -> None:
    text = (
        "أعلن وزير الدفاع الصومالي أمس الأحد أن القوات الحكومية تمكنت من السيطرة على معقل لحركة الشباب في جنوب"
        " البلاد. وقال للصحافيين: «لقد سيطرت قواتنا على دينسور وفر المسلحون منها». وتأتي السيطرة على دينسور بعد"
        " استعادة قوات الاتحاد الأفريقي لبلدة باردهيري الخميس في جنوب البلاد."
    )
    out = sorted(((e["location"] or {}).get("name"), (e.get("date") or {}).get("value")) for e in _captures(text))
    assert out == [("Baardheere", "2015-08-06"), ("Diinsoor", "2015-08-09")]


# ------------------------------------------------------------------------------------------------ the cue lists
def test_the_cue_lists_are_read() -> None:
    cues = CueFile("ar/event_merge_cues.yaml")
    for name in (
        "past_capture_spans",
        "past_capture_frames",
        "past_capture_vague",
        "past_capture_judgements",
        "past_capture_announcers",
        "past_capture_support",
        "capture_twice_objects",
    ):
        assert cues.words(name)
    assert "بمناسبة" in cues.words("past_capture_frames")
    assert "سيطرة" in cues.words("capture_twice_objects")
