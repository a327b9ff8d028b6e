"""Round 37 (helper ev1): "another" strike or clash told as one more item of the day's news.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 37: events
missed on unseen articles — a trace, and 'another' items of the news (helper ev1)"):

- ``rasd.events.further.told_further``: a trigger told as "another" or "similar" (غارات أخرى، اشتباكات مماثلة) with a
  past verb of launching, hitting or occurring right before it (its subject between), or a past verb of occurring or
  of a toll right after its "another" (هجوم آخر أسفر عن مقتل), is one more happening of the news, dated as its sentence
  dates it — not "an earlier event" with no date (so no row), as before. Not with a word of time shortly before it
  (بعد أسبوعين من هجوم مماثل), a past period after it (في الأشهر الماضية), a day a week or more before the report, or
  without a place of its own clause or sentence.
- ``rasd.events.further.fold_further_into_kin``: such a word whose clause holds an event of the same ACLED type
  (هجوم آخر بسيارة مفخخة) joins that event: one happening, one row.
- ``rasd.events.merge.districts_apart``: two events of one sub-type told, each in its own clause, at two districts of
  one province (neither holding the other, neither a seat or capital) are two happenings, not one told again
  (``merge.happening.retold``).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return sorted((str((e.get("location") or {}).get("admin1")), (e.get("location") or {}).get("name")) for e in out)


def test_more_strikes_told_at_another_province_are_a_row() -> None:
    out = rows(
        "قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة صعدة. وفي محافظة حجة نفذت مقاتلات التحالف غارات أخرى على "
        "مخازن للأسلحة. ويتهم الحوثيون التحالف بأنه شن غارات مماثلة في الأشهر الماضية على الأسواق."
    )
    assert [a for a, _ in _places(out)] == ["Hajjah", "Sadah"]  # (not a third row for the past months' strikes)


def test_similar_clashes_that_took_place_at_another_town_are_a_row() -> None:
    out = rows(
        "اندلعت أمس مواجهات عنيفة بين المقاومة الشعبية والحوثيين في مدينة الضالع. وقال مصدر في المقاومة إن "
        "اشتباكات مماثلة دارت بين الطرفين في منطقة كرش بمحافظة لحج."
    )
    assert [a for a, _ in _places(out)] == ["Ad Dali", "Lahij"]
    assert all(e["acled_sub_event_type"] == "Armed clash" for e in out)


def test_another_attack_with_its_toll_is_a_row_and_an_old_one_is_not() -> None:
    out = rows(
        "قتل جنديان في هجوم لمسلحين على نقطة تفتيش في مدينة العريش اليوم. وقالت مصادر أمنية إن هجوما آخر أسفر عن "
        "مقتل شرطي في مدينة رفح. وفي 2 يونيو وقع هجوم آخر خلف خمسة قتلى من الجنود في مدينة الشيخ زويد."
    )
    names = [n for _, n in _places(out)]
    assert "Rafah" in names
    assert len(out) == 2  # (the attack of 2 June, weeks before the report, is no item of its news)


def test_similar_clashes_are_a_row_and_an_attack_weeks_before_is_not() -> None:
    text = (
        "وفي مدينة تعز قال مصدر إن اشتباكات مماثلة دارت أمس بين المقاومة والحوثيين، وذلك بعد أسبوعين من هجوم "
        "مماثل استهدف مقر المحافظة في مدينة إب."
    )
    out = rows(text)
    assert [a for a, _ in _places(out)] == ["Taizz"]
    assert out[0]["acled_sub_event_type"] == "Armed clash"


def test_two_districts_taken_are_two_rows() -> None:
    out = rows(
        "سيطرت المقاومة الشعبية يوم الأحد على مديرية حزم العدين في محافظة إب بعد معارك مع الحوثيين. وقال قائد ميداني "
        "إن قوات المقاومة سيطرت أيضا على مديرية النادرة."
    )
    assert [n for _, n in _places(out)] == ["An Nadirah District", "Hazm Al Udayn District"]


def test_strikes_on_two_districts_of_one_province_are_two_rows() -> None:
    out = rows(
        "شنت طائرات التحالف أمس غارات على مواقع للحوثيين في مديرية كتاف بمحافظة صعدة. وقال سكان إن الطائرات قصفت "
        "مخازن للأسلحة في مديرية رازح."
    )
    assert [n for _, n in _places(out)] == ["Kitaf", "Razih District"]
