"""Round 18 (issue 12 items 4 and 6, helper ge2): rows with no happening in longer articles — a happening aimed at,
attempted, discussed, decided or ordered is no row.

A verbal noun governed, earlier in its clause, by a word of aim or attempt in the present (تحاول، يسعى، يتأهبون، من
أجل، سعيا), of discussion (لبحث، لمناقشة), of decision (قرار، قررت) or of order (توجيهات، أوامر) is a happening still
to come (status "future"), not one told as done: reinforcements a militia "tries to bring", fighters "preparing to
join", a truce talks were held "in order to reach", strikes a prime minister "gave orders for". The fight told for
such an aim stays a row of its own (دارت معارك من أجل السيطرة على القاعدة), and arrests a force stormed a place for
are the raid told (round 12c's reading of للقيام بحملة اعتقالات). A campaign a country takes part in or joins
(مشاركتها في غارات التحالف) is the campaign as a whole, no happening of a day; the liberation of a whole country
(تحرير اليمن، تحرير الكويت) is a war's aim, slogan or end, no territory taken on a day.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e["acled_event_type"], e["acled_sub_event_type"]) for e in rows(text)]


def _words(text: str) -> list[str]:
    return [text[e["trigger"]["start"] : e["trigger"]["end"]] for e in rows(text)]


_CHANGE = ("Strategic developments", "Change to group/activity")
_AIR = ("Explosions/Remote violence", "Air/drone strike")


def test_reinforcements_a_militia_tries_to_bring_are_no_row() -> None:
    text = (
        "من جهتها، تحاول ميليشيات الحوثي والقوات الموالية لصالح استقدام مزيد من التعزيزات العسكرية إلى شمال عدن عن "
        "طريق محافظتي البيضاء وأبين، حسب ما أفادت مصادر محلية."
    )
    assert _typed(text) == []


def test_reinforcements_that_arrived_stay_a_row() -> None:
    text = "وصلت تعزيزات عسكرية حوثية إلى محافظة لحج عبر طريق البيضاء أمس."
    assert _typed(text) == [_CHANGE]


def test_the_strikes_of_the_day_stay_beside_the_attempt() -> None:
    text = (
        "شن طيران التحالف أمس ست غارات على معسكر الصباحة غرب صنعاء. من جهتها، تحاول ميليشيات الحوثي استقدام مزيد من "
        "التعزيزات العسكرية إلى شمال عدن عن طريق محافظة أبين."
    )
    assert _typed(text) == [_AIR]


def test_fighters_preparing_to_join_are_no_row() -> None:
    text = (
        "استعادت المقاومة الشعبية أمس قاعدة العند الجوية في محافظة لحج بعد مواجهات عنيفة. وكشفت مصادر أن آلاف "
        "المقاتلين المدربين في عدن والضالع يتأهبون للانضمام إلى إخوتهم في مدينة زنجبار."
    )
    assert _typed(text) == [("Battles", "Government regains territory")]


def test_a_truce_talks_were_held_to_reach_is_no_agreement() -> None:
    text = (
        "وانسحب وفد حركة أحرار الشام من المفاوضات التي جرت في إسطنبول من أجل التوصل إلى هدنة عسكرية في مدينة "
        "الزبداني بريف دمشق."
    )
    assert _typed(text) == []


def test_a_truce_signed_stays_an_agreement() -> None:
    text = "وقع الطرفان أمس في إسطنبول اتفاقا على هدنة في مدينة الزبداني."
    assert _typed(text) == [("Strategic developments", "Agreement")]


def test_a_decision_to_join_a_campaign_is_no_row() -> None:
    text = (
        "ورحب المسؤول الكردي بقرار تركيا الانضمام إلى الحملة الجوية التي يشنها التحالف الدولي ضد تنظيم داعش في العراق."
    )
    assert _typed(text) == []


def test_liberation_named_as_the_topic_of_talks_is_no_row() -> None:
    text = (
        "وصل وزير الدفاع الأميركي أمس إلى بغداد في زيارة غير معلنة للقاء مسؤولين عراقيين لبحث القضايا المتعلقة "
        "بمواجهة تنظيم داعش وتحرير المدن الخاضعة لسيطرته في محافظة الأنبار."
    )
    assert _typed(text) == []


def test_the_battles_fought_for_an_aim_stay_a_row() -> None:
    text = "وفي محافظة لحج دارت أمس معارك عنيفة بين المقاومة والحوثيين من أجل السيطرة على قاعدة العند العسكرية."
    assert _typed(text) == [("Battles", "Armed clash")]


def test_the_aim_alone_is_no_capture() -> None:
    text = "وفي محافظة لحج تستمر المعارك بين المقاومة والحوثيين من أجل السيطرة على قاعدة العند العسكرية."
    assert ("Battles", "Government regains territory") not in _typed(text)


def test_arrests_a_storming_was_for_stay_the_raid_told() -> None:
    text = "اقتحم الجيش الإسرائيلي فجر الأحد منازل في بلدة يعبد غرب جنين من أجل إجراء اعتقالات واسعة في صفوف الشبان."
    assert _typed(text) == [("Strategic developments", "Arrests")]


def test_a_past_attempt_stays_a_row() -> None:
    text = "حاول مسلحون اقتحام حاجز للجيش في مدينة العريش فجر اليوم، واندلعت اشتباكات أسفرت عن مقتل جنديين."
    assert _typed(text) == [("Battles", "Armed clash")]


def test_searching_for_the_attackers_keeps_the_attack() -> None:
    text = "تواصل قوات الأمن عمليات للبحث عن منفذي الهجوم على حاجز الشرطة في مدينة العريش أمس الذي قتل فيه ثلاثة جنود."
    assert _typed(text) == [("Battles", "Armed clash")]


def test_an_aim_in_another_reported_clause_keeps_the_strikes() -> None:
    text = (
        "قال المتحدث إن الحكومة تسعى إلى إعادة الاستقرار، وإن طيران التحالف شن غارات على مواقع الحوثيين في صنعاء أمس."
    )
    assert _typed(text) == [_AIR]


def test_a_countrys_part_in_a_coalition_campaign_is_no_row() -> None:
    text = (
        "أعلن وزير الدفاع البريطاني عن تمديد بلاده مشاركتها في غارات التحالف ضد تنظيم داعش في العراق عاما آخر "
        "باستخدام مقاتلات تورنادو."
    )
    assert _typed(text) == []


def test_aircraft_that_took_part_in_strikes_stay_a_row() -> None:
    assert _typed("شاركت طائرات أردنية في غارات على مواقع التنظيم في مدينة الرقة أمس.") == [_AIR]


def test_a_part_taken_in_the_strikes_of_the_day_stays_a_row() -> None:
    text = "أعلنت عمان مشاركة طائراتها في غارات استهدفت مواقع التنظيم في مدينة الرقة فجر اليوم."
    assert _typed(text) == [_AIR]


_REGAINS = ("Battles", "Government regains territory")


def test_the_liberation_of_a_whole_country_is_no_capture() -> None:
    text = (
        "قال قائد المقاومة في مدينة عدن إن قواته ماضية في معركتها، وإن تحرير اليمن من عصابات الحوثي وقوات صالح بات "
        "مسألة وقت."
    )
    assert _REGAINS not in _typed(text)


def test_the_liberation_of_a_town_stays_a_capture() -> None:
    assert _typed("أعلنت القوات العراقية تحرير مدينة تكريت من تنظيم داعش أمس.") == [_REGAINS]
