"""Happenings merged away (round 25, helper mg14).

Two violent events of one type told in two sentences, each at a site of its own named by its kind (منطقة وادي …،
قاعدة …، جبهة …، مزارع …), were one row when both took one province (or the lead's place): the gazetteer lacks most
such sites, so the article-wide step saw one place and one day. They are two fronts. Kept as one: the same site told
again, and a later sentence that names no site of its own. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, None, "2015-08-04")


def _words(row: dict[str, Any]) -> list[str]:
    return [m["trigger"]["text"] for m in row.get("mentions") or [] if m.get("trigger")]


def _clashes(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in found if e["acled_sub_event_type"] == "Armed clash" and e.get("acled_row", True)]


def test_clashes_at_two_named_sites_of_one_province_are_two_rows() -> None:
    found = _rows(
        "أفادت مصادر محلية أمس بأن اشتباكات عنيفة تدور بين المقاومة الشعبية ومسلحي الحوثي في منطقة وادي الحسيني "
        "شمالي مدينة الحوطة بمحافظة لحج. وبالقرب من قاعدة العند دارت مواجهات عنيفة بين عناصر المقاومة وبقايا قوات "
        "صالح."
    )
    clashes = _clashes(found)
    assert len(clashes) == 2
    assert {w for e in clashes for w in _words(e)} >= {"اشتباكات عنيفة", "مواجهات عنيفة"}
    assert all("مواجهات عنيفة" not in _words(e) for e in clashes if "اشتباكات عنيفة" in _words(e))


def test_strikes_at_two_named_camps_told_in_two_sentences_are_two_rows() -> None:
    found = _rows(
        "شنت طائرات التحالف أمس غارات على تجمعات للحوثيين في معسكر لبوزة بمحافظة لحج. "
        "وفي وقت لاحق استهدفت الطائرات مخازن أسلحة في معسكر الصدرين بالمحافظة."
    )
    strikes = [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 2


def test_the_same_named_site_told_again_stays_one_row() -> None:
    found = _rows(
        "اندلعت اشتباكات عنيفة أمس بين الجيش ومسلحين في منطقة وادي الحسيني بمحافظة لحج. "
        "وقالت المصادر إن المواجهات في منطقة وادي الحسيني أسفرت عن مقتل خمسة مسلحين."
    )
    assert len(_clashes(found)) == 1


def test_a_later_sentence_with_no_site_of_its_own_stays_the_clash_told_before() -> None:
    found = _rows(
        "دارت مواجهات عنيفة أمس بين المقاومة الشعبية والحوثيين في جبهة الجفينة بمحافظة مأرب. "
        "وأوضح المصدر أن الاشتباكات أسفرت عن مقتل سبعة من الحوثيين وإصابة آخرين."
    )
    clashes = _clashes(found)
    assert len(clashes) == 1
    assert "اشتباكات" in _words(clashes[0])


def test_a_region_the_gazetteer_names_and_a_camp_in_it_stay_one_attack() -> None:
    found = _rows(
        "قتل عشرة جنود في هجوم شنه مسلحون متشددون صباح أمس على معسكر للجيش المالي في منطقة تمبكتو شمال البلاد. "
        "وقال مصدر عسكري إن معسكر غورما تعرض لهجوم إرهابي خلف عشرة قتلى في صفوف الجنود."
    )
    assert len(_clashes(found)) == 1


def test_a_site_named_in_the_other_clause_is_no_second_front() -> None:
    found = _rows(
        "هاجم مسلحون حوثيون أمس مواقع المقاومة في جبل صبر بمحافظة تعز. "
        "وقالت مصادر إن المقاومة صدت الهجوم في منطقة جبل صبر وقتلت ثلاثة من المهاجمين."
    )
    assert len(_clashes(found)) == 1
