"""Round 12b (issue 12, helper mg2): merges and dates. A day in a reporting clause earlier in the paragraph (وقالت
القيادة في بيان اليوم الأحد إن …) dates the report, not what the next sentence goes on to tell (``dates.event_date``);
fighting waged by "other" units at a town of its own, in a clause of its own after a capture, is another front, not a
detail of the capture (``merge.own_front``); a sentence that turns to another matter (من جهة أخرى، على صعيد آخر)
tells no happening told before it (``merge.turned``). Every sentence here was written for rasd (none copied from a
corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _brief(found: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["acled_sub_event_type"], (e.get("location") or {}).get("admin1"), (e.get("date") or {}).get("value"))
        for e in found
    ]


# ------------------------------------------------------------------------------------------------ the report's day
def test_the_statements_day_does_not_date_the_strikes_told_after_it() -> None:
    text = (
        "قالت القيادة المركزية الأمريكية إن طائرات التحالف شنت 12 غارة جوية في العراق يوم السبت ضد أهداف لتنظيم "
        "داعش. وقالت القيادة في بيان اليوم الأحد إن الغارات شملت أربع غارات قرب الموصل. "
        "وجرت الضربات الأخرى قرب كركوك وبيجي."
    )
    found = rows(text, published="2015-08-09")
    assert [d for _, _, d in _brief(found)] == ["2015-08-08"] * 3


def test_a_day_told_in_the_paragraph_for_the_events_still_dates_them() -> None:
    # the day stands in the told clause, not the reporting one: it dates the strikes of the next sentence
    text = (
        "قالت مصادر محلية إن طائرات حربية قصفت اليوم الأحد مواقع للمسلحين قرب الموصل. "
        "وطالت الغارات كذلك مواقع قرب كركوك."
    )
    assert {d for _, _, d in _brief(rows(text, published="2015-08-09"))} == {"2015-08-09"}


# ------------------------------------------------------------------------------------------------ another front
CAPTURE_AND_FRONT = (
    "سيطرت المقاومة الشعبية في محافظة الضالع أمس على معسكر للحوثيين وبعض التلال في قعطبة، بينما بدأت مجموعات أخرى "
    "بخوض مواجهات في وسط مدينة دمت."
)


def _places(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["acled_sub_event_type"], (e.get("location") or {}).get("name")) for e in found]


def test_fighting_by_other_units_at_a_town_of_its_own_is_another_front() -> None:
    # the Popular Resistance fought on the government's side in 2015: its capture is the government's (round 16b,
    # actors.yaml `affiliate`; "Non-state actor overtakes territory" before)
    assert _places(rows(CAPTURE_AND_FRONT)) == [
        ("Government regains territory", "Qa'tabah"),
        ("Armed clash", "Hammam Damt"),
    ]


def test_the_fighting_that_won_a_town_stays_its_capture() -> None:
    text = "سيطرت القوات الحكومية أمس على بلدة قعطبة بمحافظة الضالع بعد مواجهات عنيفة في محيطها."
    assert [s for s, _ in _places(rows(text))] == ["Government regains territory"]


def test_the_same_units_fighting_on_stay_one_row() -> None:
    # no other subject: the advancing force's own fighting goes on with the capture
    text = "سيطرت المقاومة الشعبية أمس على تلال في قعطبة بمحافظة الضالع، وفيما تتقدم خاضت مواجهات في مدينة دمت."
    assert len(rows(text)) == 1


def test_a_province_clash_told_before_does_not_take_the_other_front() -> None:
    text = (
        "حققت المقاومة الشعبية أمس انتصارات جديدة بمحافظة الضالع إثر قتال عنيف مع الحوثيين. "
        "وتقدمت المقاومة في مناطق عدة. من جهة أخرى سيطرت المقاومة أمس على تلال في قعطبة، وفيما تتقدم بدأت "
        "مجموعات أخرى بخوض مواجهات في وسط مدينة دمت."
    )
    assert ("Armed clash", "Hammam Damt") in _places(rows(text))


# ------------------------------------------------------------------------------------------------ another matter
def test_a_sentence_that_turns_to_another_matter_tells_another_projectile() -> None:
    text = (
        "قتل جندي سعودي أمس إثر سقوط مقذوف عسكري أطلق من الأراضي اليمنية على مدينة صامطة بمنطقة جازان. "
        "وشيع المئات جثمانه في مسقط رأسه. من جهة أخرى زار قائد حرس الحدود أمس جنديا أصيب إثر سقوط مقذوف عسكري "
        "على مدينة صامطة."
    )
    assert len(rows(text)) == 2


def test_a_related_sentence_tells_the_same_projectile() -> None:
    text = (
        "قتل جندي سعودي أمس إثر سقوط مقذوف عسكري أطلق من الأراضي اليمنية على مدينة صامطة بمنطقة جازان. "
        "وشيع المئات جثمانه في مسقط رأسه. وفي سياق متصل زار قائد حرس الحدود أمس جنديا أصيب إثر سقوط المقذوف على "
        "مدينة صامطة."
    )
    assert len(rows(text)) == 1


def test_a_relative_clause_after_a_turn_recalls_the_capture_told_before() -> None:
    text = (
        "سيطرت وحدات حماية الشعب الكردية أمس على مدينة تل أبيض بعد معارك مع تنظيم داعش. من جهة أخرى، يقول مسؤولون "
        "أميركيون إن الغارات تهدف إلى منع التنظيم من استعادة المدينة التي سيطرت عليها الوحدات."
    )
    assert [s for s, _ in _places(rows(text))].count("Non-state actor overtakes territory") == 1
