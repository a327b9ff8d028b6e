"""Round 34 (helper bg5): a capture's verbal noun joined by و to a noun that a frame governs takes that frame
(``rasd.events.coding.background.joined_frame``; cue lists ``joined_since_nouns``, ``joined_aim_nouns``,
``joined_aim_frames``, ``joined_stops`` of ``event_cues.yaml``):

- joined to the noun of a since-frame (منذ قيام الجماعة بالسيطرة على المدينة وأحيائها … واستعادتها), it is the war's
  background like the noun the frame governs (read by ``time_point``: only a day written right after it dates it);
- joined to the object of a noun of victory, a part played or help (past_state's nouns: حقق التحالف انتصارا
  واضحا بمؤازرة المقاومة وتحرير عدن), it is the state of things (read by ``time_point`` too), not after a verb of
  saying;
- joined to ل and the verbal noun of an effort's step, or to a frame of aim or attempt (في محاولة لفك الحصار على
  المدينة وتحريرها، للانطلاق واستعادة …), it is aimed at, no deed (the date step gives it no day: no row).

Every sentence here was written for rasd (none copied from a corpus). rowjudge11 judged such a since-frame's
recapture false (the war's background of an official's first visit), rowjudge7 the victory's liberation of Aden
(fp8005); tune43's coder left the joined aim uncoded (that one, after في محاولة, is read by lg1's
``status._attempted`` as well this round: its test passes without this rule).
A deed joined to a deed, and a since-frame of time (منذ فجر اليوم) rather than of a happening, stay rows.
"""

from __future__ import annotations

from tests.event_checks import rows


def _captures(text: str) -> list[str]:
    return [
        str(e["acled_sub_event_type"])
        for e in rows(text, published="2015-08-10")
        if "territory" in str(e["acled_sub_event_type"])
    ]


# ---- a since-frame: the capture joined to its noun is the war's background


def test_a_recapture_joined_to_a_since_frame_is_background() -> None:
    text = (
        "ووصل وزير الداخلية اليمني اليوم إلى مدينة عدن، وهي الزيارة الأولى لوزير في الحكومة منذ قيام جماعة الحوثي"
        " بالسيطرة على مدينة عدن وأحياء كريتر والمعلا والتواهي واستعادتها من قبل قوات التحالف والمقاومة الشعبية."
    )
    assert _captures(text) == []


def test_a_recapture_joined_to_a_since_noun_is_background() -> None:
    text = (
        "وقال المحافظ اليوم إن مدينة زنجبار تعاني من انقطاع الكهرباء منذ سيطرة المسلحين على المدينة ومعسكر"
        " اللواء الخامس عشر واستعادة الجيش لها."
    )
    assert _captures(text) == []


# ---- a noun of victory, a part played or help (past_state's nouns): the capture joined to its object


def test_a_liberation_joined_to_a_victory_with_support_is_the_state_of_things() -> None:
    text = (
        "وقال الكاتب إن التحالف العربي حقق انتصارا واضحا في اليمن بمؤازرة المقاومة الشعبية وتحرير مدينة عدن، وأوفى"
        " بوعده بعودة الحكومة الشرعية."
    )
    assert _captures(text) == []


# ---- an aim: the capture joined to ل and a verbal noun of an effort's step, or to a frame of attempt


def test_a_liberation_joined_to_an_attempt_to_lift_a_siege_is_an_aim() -> None:
    text = (
        "وشنت المقاومة الشعبية أمس هجوما على مواقع الحوثيين في محيط مدينة زنجبار في محاولة منها لفك الحصار على"
        " المدينة وتحريرها من الميليشيات."
    )
    assert _captures(text) == []


def test_a_recapture_joined_to_setting_out_is_an_aim() -> None:
    text = (
        "وقال قائد المقاومة في محافظة مأرب إن قواته تعمل حاليا على تأمين الطرق للانطلاق واستعادة مدينة صرواح من"
        " قبضة الحوثيين."
    )
    assert _captures(text) == []


def test_extending_control_joined_to_reinforcing_gains_is_an_aim() -> None:
    text = (
        "وقال الوزير إن عودة الحكومة إلى عدن ستعطي دفعة قوية للقوات الحكومية والمقاومة الشعبية للتحرك لتعزيز"
        " الانتصارات وبسط السيطرة على محافظة تعز ودحر الميليشيات."
    )
    assert _captures(text) == []


# ---- guards: a deed joined to a deed, a since-frame of time


def test_a_recapture_joined_to_a_managed_deed_stays_a_row() -> None:
    text = "وتمكنت المقاومة الشعبية أمس من دحر الحوثيين واستعادة مديرية لودر في محافظة أبين."
    assert _captures(text) != []


def test_a_recapture_after_a_since_frame_of_time_stays_a_row() -> None:
    text = "وقالت مصادر محلية إن المقاومة الشعبية تمكنت منذ فجر أمس من طرد الحوثيين واستعادة مديرية لودر بمحافظة أبين."
    assert _captures(text) != []
