"""Actor rules of the eleventh events round (issue 12, helper ac2): actor1 by ACLED's conventions.

Each rule comes from a class of actor1 errors on the tune files, checked here on sentences written for rasd (none
copied from a corpus): a force "believed to belong" to an actor is still that actor's arm; the body whose men an
explosion killed or wounded, named after the toll (من أبطال القوات المسلحة), is what was hit, not who struck.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_checks import events as _events
from tests.event_checks import rows as _rows


def _name(actor: dict[str, Any] | None) -> str | None:
    return actor.get("name") if actor else None


# ------------------------------------------------------------------------- a belonging told as a belief
@pytest.mark.parametrize(
    "text",
    [
        "ذكر ناشطون أن طائرات حربية يعتقد أنها تابعة للتحالف الدولي شنت أمس غارات على مواقع لتنظيم داعش في ريف "
        "الرقة الشمالي.",
        "وأفاد سكان بأن مقاتلات يرجح أنها تابعة للتحالف الدولي شنت غارة جوية على مقر لتنظيم داعش في مدينة الحسكة أمس.",
    ],
)
def test_aircraft_believed_to_belong_to_an_actor_are_its_own(text: str) -> None:
    rows = [r for r in _rows(text) if r["acled_sub_event_type"] == "Air/drone strike"]
    assert rows, text
    assert _name(rows[0]["actor1"]) == "Global Coalition Against Daesh"
    assert "Islamic State" in (_name(rows[0]["actor2"]) or "")


# ------------------------------------------------------------------------- the body whose men were hit
@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث العسكري إن الانفجار أسفر عن استشهاد ضابطين وإصابة أربعة آخرين من أبطال القوات المسلحة "
        "في شمال سيناء.",
        "انفجرت عبوة ناسفة أمس في مدينة العريش ما أدى إلى مقتل ثلاثة من عناصر الشرطة المصرية.",
    ],
)
def test_the_body_whose_men_an_explosion_killed_is_not_its_author(text: str) -> None:
    rows = [r for r in _rows(text) if r["acled_event_type"] == "Explosions/Remote violence"]
    assert rows, text
    assert "Forces of Egypt" not in (_name(rows[0]["actor1"]) or ""), rows[0]["actor1"]


def test_a_partitive_before_a_toll_keeps_the_shooter() -> None:
    # the dead "of" a force told before the deed, the force firing named after it: the rule does not take the shooter
    rows = _rows("قتل ثلاثة مدنيين أمس برصاص قوات الأمن خلال مداهمة في مدينة العريش.")
    assert rows
    assert "Egypt" in (_name(rows[0]["actor1"]) or "")


# ------------------------------------------------------------------------- the men a vehicle carried
def test_the_men_a_bus_carried_are_hit_not_hitting() -> None:
    rows = _rows(
        "انفجرت عبوة ناسفة صباح أمس أثناء مرور حافلة تقل مجندي الأمن المركزي على الطريق الساحلي بمدينة العريش، "
        "ما أدى إلى إصابة 12 منهم."
    )
    rows = [r for r in rows if r["acled_event_type"] == "Explosions/Remote violence"]
    assert rows
    assert "Police Forces of Egypt" not in (_name(rows[0]["actor1"]) or ""), rows[0]["actor1"]
    assert _name(rows[0]["actor1"]) == "Unidentified Armed Group (Egypt)"


def test_carrying_is_not_blaming() -> None:
    # تحمل … المسؤولية names the one blamed; the rule reads only verbs of carrying men (تقل)
    from rasd.events.actors import _CARRIED

    assert _CARRIED.search("وتحمل ") is None
    assert _CARRIED.search("مسافة لا تقل عن ") is None
    assert _CARRIED.search("سيارة تقل عناصر من ") is not None


# ------------------------------------------------------------------------- "its killing of" men of a side
def test_the_men_a_side_announced_it_killed_are_the_target() -> None:
    rows = _rows(
        "أكدت فصائل المعارضة السورية المسلحة اليوم استمرار تقدمها في ريف إدلب الجنوبي وقتلها العشرات من عناصر النظام."
    )
    clash = [r for r in rows if r["acled_event_type"] == "Battles" and r["trigger"]["text"].startswith("وقتل")]
    clash = clash or [r for r in rows if r["acled_event_type"] == "Battles"]
    assert clash, rows
    assert not (_name(clash[0]["actor1"]) or "").startswith("Military Forces of Syria"), clash[0]["actor1"]


def test_gunmen_of_a_group_still_kill() -> None:
    rows = _rows("قتل مسلحون من جماعة بوكو حرام أمس 20 قرويا في هجوم على قرية قرب مدينة مايدوغوري.")
    assert rows
    assert "Boko Haram" in (_name(rows[0]["actor1"]) or "")


# ------------------------------------------------------------------------- the force that tells of strikes
def test_a_force_telling_of_the_campaign_leaves_it_to_the_force_it_names() -> None:
    text = (
        "قال الجيش الأمريكي اليوم الاثنين إن الولايات المتحدة ودول التحالف نفذت 18 غارة جوية ضد أهداف لتنظيم "
        "داعش في العراق أمس الأحد.\n\n"
        "وأوضح بيان للقيادة المركزية أن ست غارات قرب مدينة الموصل أصابت وحدات تكتيكية للتنظيم، فيما دمرت غارة "
        "جوية أخرى مبنى للتنظيم قرب مدينة الفلوجة."
    )
    second = text.index("وأوضح")
    strikes = [
        e for e in _events(text) if e["acled_sub_event_type"] == "Air/drone strike" and e["trigger"]["start"] > second
    ]
    assert len(strikes) == 2, strikes
    assert all(_name(e["actor1"]) == "Global Coalition Against Daesh" for e in strikes), [e["actor1"] for e in strikes]


# ------------------------------------------------------------------------- a claim in a later sentence
@pytest.mark.parametrize(
    "claim",
    [
        "وتبنت الهجوم جماعة «ولاية سيناء» في بيان على الإنترنت.",
        "وأعلن تنظيم داعش مسؤوليته عن التفجير في بيان نشره على مواقع التواصل.",
    ],
)
def test_a_claim_told_in_the_next_sentence_names_the_bomber(claim: str) -> None:
    rows = _rows(
        "قتل ثلاثة جنود مصريين وأصيب اثنان آخران أمس في انفجار عبوة ناسفة استهدفت مدرعة للجيش في مدينة العريش "
        "بشمال سيناء. " + claim
    )
    rows = [r for r in rows if r["acled_event_type"] == "Explosions/Remote violence"]
    assert rows
    assert _name(rows[0]["actor1"]) == "Islamic State (Egypt)", rows[0]["actor1"]


def test_a_claim_told_as_past_is_another_attacks() -> None:
    rows = _rows(
        "قتل ثلاثة جنود مصريين أمس في انفجار عبوة ناسفة استهدفت مدرعة للجيش في مدينة العريش بشمال سيناء. "
        "وكانت جماعة «ولاية سيناء» قد تبنت الهجوم على نقطة تفتيش في المدينة الشهر الماضي."
    )
    rows = [
        r for r in rows if r["acled_event_type"] == "Explosions/Remote violence" and "العريش" in r["evidence"]["text"]
    ]
    assert rows
    assert _name(rows[0]["actor1"]) != "Islamic State (Egypt)", rows[0]["actor1"]


# ------------------------------------------------------------------------- the gatherings of a side hit
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "وقالت مصادر محلية إن قوات البشمركة قصفت بالمدفعية مواقع وتجمعات تنظيم داعش في قضاء سنجار أمس.",
            "Peshmerga",
            "Islamic State",
        ),
        (
            "وشن طيران التحالف الدولي أمس غارات على تجمعات تنظيم داعش في مدينة الرمادي.",
            "Global Coalition Against Daesh",
            "Islamic State",
        ),
    ],
)
def test_the_gatherings_of_a_side_are_hit(text: str, actor1: str, actor2: str) -> None:
    rows = _rows(text)
    assert rows, text
    assert actor1 in (_name(rows[0]["actor1"]) or ""), rows[0]["actor1"]
    assert actor2 in (_name(rows[0]["actor2"]) or ""), rows[0]["actor2"]
