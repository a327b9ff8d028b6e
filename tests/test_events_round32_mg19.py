"""Events a merge swallowed (round 32, helper mg19).

A violent deed told by a past verb right after a contrast opener (فيما، بينما، في حين، في وقت), with its doer named as
the verb's subject right after it (an actor the actors' stage reads, or a definite word of a force or group told back
by its kind: التنظيم، الفصائل), is another doer's happening of the day: "while X did Y". Before, a bare targeting
(استهدفت الفصائل تجمعات لقوات النظام), a weak word, joined the sentence's strike or shelling as its detail. Kept as
before: a targeting with no subject of its own after the opener (the strikes' own further targets, a passive), and
the dead told after فيما (the toll of the deed before). A round-up's item told at a site of its own the gazetteer lacks
(كذلك دارت اشتباكات … في محيط مطار كويرس العسكري) is no country-wide account for the coarse fold: before, it was
folded into the one clash of the country placed in a province. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from rasd.document import Entity
from rasd.events.lexicon import EventClass
from rasd.events.merge import fold_coarse
from rasd.events.model import Candidate
from tests.event_checks import rows

_TITLE = "تطورات ميدانية في سوريا"


def _rows(text: str, title: str | None = _TITLE) -> list[dict[str, Any]]:
    return [e for e in rows(text, title, "2015-08-04") if e.get("acled_row", True)]


def _kinds(found: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((e["acled_event_type"], e["acled_sub_event_type"]) for e in found)


def test_rebels_targeting_after_bainama_beside_barrel_bombs_is_a_row_of_its_own() -> None:
    found = _rows(
        "ألقى الطيران المروحي براميل متفجرة على مناطق في بلدة كفرنبل، بينما استهدفت الفصائل المقاتلة تجمعات لقوات "
        "النظام في البلدة."
    )
    assert _kinds(found) == [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike")]


def test_a_named_group_targeting_after_fima_beside_shelling_is_a_row_of_its_own() -> None:
    found = _rows(
        "قصفت قوات النظام بالمدفعية أحياء مدينة دوما منذ الصباح، فيما استهدف جيش الإسلام حواجز لقوات النظام في المدينة."
    )
    assert len(found) == 2
    assert ("Battles", "Armed clash") in _kinds(found)


def test_a_targeting_with_no_subject_after_fima_stays_the_strikes_detail() -> None:
    found = _rows(
        "قالت مصادر محلية إن غارات عنيفة استهدفت مواقع المتمردين في مديرية حيدان بمحافظة صعدة، فيما استهدفت بعض "
        "المخازن هناك."
    )
    assert _kinds(found) == [("Explosions/Remote violence", "Air/drone strike")]


def test_an_adverb_after_the_verb_is_no_subject() -> None:
    found = _rows(
        "قالت مصادر محلية إن غارات عنيفة استهدفت مواقع المتمردين في مديرية حيدان بمحافظة صعدة، فيما استهدفت أيضا "
        "مخازن للأسلحة هناك."
    )
    assert _kinds(found) == [("Explosions/Remote violence", "Air/drone strike")]


def test_the_dead_after_fima_stay_the_shellings_toll() -> None:
    found = _rows(
        "قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرزيتا في ريف حماة الشمالي، فيما قتل ثلاثة مدنيين بينهم طفل."
    )
    assert _kinds(found) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_targeting_after_bainama_under_a_round_up_leaves_the_other_provinces_clash() -> None:
    found = _rows(
        "أفاد المرصد السوري لحقوق الإنسان بسقوط قذائف أطلقتها الفصائل على أحياء في مدينة حلب، كذلك دارت اشتباكات "
        "عنيفة بين تنظيم داعش وقوات النظام في محيط مطار كويرس العسكري.\n"
        "وفي درعا ألقى الطيران المروحي براميل متفجرة على أحياء المدينة، بينما استهدفت الفصائل المقاتلة تجمعات لقوات "
        "النظام في مدينة درعا."
    )
    clashes = [e for e in found if e["acled_sub_event_type"] == "Armed clash"]
    assert len(clashes) == 2  # (the Kuweires clash, placed at Aleppo by its sentence, and the rebels' at Daraa)


_CLASH = EventClass("clash", "Battles", "Armed clash", "FIGHT", None, "190")
_DAY = {"value": "2015-07-25", "time_precision": 1, "timex": None, "source": "test"}


def _clash(at: int, sentence: tuple[int, int], name: str, geo: dict[str, Any], cues: set[str]) -> Candidate:
    place = Entity(id="", type="GPE", start=at + 20, end=at + 20 + len(name), canonical=name, geo=geo, source="events")
    return Candidate(
        _CLASH,
        at,
        at + 8,
        "noun",
        False,
        False,
        sentence,
        sentence,
        place=place,
        place_from="sentence",
        place_precision=3,
        date=dict(_DAY),
        cues=cues,
    )


def test_the_coarse_fold_leaves_a_round_up_item_at_a_site_of_its_own() -> None:
    site = _clash(300, (100, 540), "كويرس", {"country_iso3": "SYR", "admin1": None}, {"own_site:كويرس العسكري"})
    town = _clash(850, (547, 1000), "درعا", {"country_iso3": "SYR", "admin1": "Dara"}, set())
    assert fold_coarse([site, town]) == [site, town]
    assert len(town.mentions) == 0


def test_the_coarse_fold_still_takes_an_account_told_for_the_country_alone() -> None:
    country = _clash(300, (100, 540), "سوريا", {"country_iso3": "SYR", "admin1": None}, set())
    town = _clash(850, (547, 1000), "درعا", {"country_iso3": "SYR", "admin1": "Dara"}, set())
    assert fold_coarse([country, town]) == [town]
