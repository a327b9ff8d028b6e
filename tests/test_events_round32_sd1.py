"""Round 32 (helper sd1): strategic developments with no trigger read — a side's withdrawal from its front lines and a
place handed over.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 32:
strategic developments with no trigger (helper sd1)"):

- every person and tense of انسحب and its verbal noun, with a front line or the side's own positions in its clause
  (انسحبت حركة … من خطوط التماس مع …), is a withdrawal (ACLED Strategic developments, Non-violent transfer of
  territory); a walk-out from a meeting or a contest names no front and is no event;
- every person and tense of سلم and its verbal noun, told with what is handed over (a building, a base, a crossing)
  and to whom (إلى الحكومة، لقوات الجيش), is a handover of territory (``needs_also``: both lists met in the clause);
  a prize or a letter handed to the government is no event, nor is a man giving himself up or weapons handed over
  (``triggers._hands_a_thing``, events.yaml ``word_sets.handed_things``);
- every person and tense of وقع with an agreement for its object and an armed side or the war it ends named in its
  clause (وقعت الحكومة والحركة الشعبية اتفاقا … لوقف الأعمال العدائية) is an agreement (Strategic developments,
  Agreement); a trade or an arms deal between governments is no event;
- a name the name finder ends with a past verb whose agent follows (… سلما من قبل …) is its slip, not a name
  holding the trigger (``triggers._agent_slip``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from rasd.events.coding.triggers import _agent_slip
from tests.event_checks import rows


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return [str(e["acled_sub_event_type"]) for e in out]


def test_a_withdrawal_from_front_lines_is_a_transfer_of_territory() -> None:
    out = rows(
        "انسحبت حركة أحرار الشام يوم الأحد من خطوط التماس مع تنظيم داعش في ريف حلب الشمالي، وتركتها لفصائل أخرى.",
        published="2015-08-10",
    )
    assert _subs(out) == ["Non-violent transfer of territory"]


def test_a_withdrawal_told_by_its_verbal_noun_from_the_front_lines() -> None:
    out = rows(
        "أعلنت جبهة النصرة أمس السبت انسحاب مقاتليها من خطوط المواجهة في ريف حلب الشمالي.",
        published="2015-08-09",
    )
    assert _subs(out) == ["Non-violent transfer of territory"]


def test_a_walk_out_from_a_meeting_is_no_event() -> None:
    out = rows("انسحب وزير الخارجية أمس من الاجتماع الوزاري في جنيف احتجاجا على كلمة المندوب.", published="2015-08-09")
    assert out == []


def test_a_player_withdrawing_from_a_tournament_is_no_event() -> None:
    out = rows("انسحب اللاعب المصري من البطولة الدولية في الدوحة بسبب الإصابة.", published="2015-08-09")
    assert out == []


def test_a_base_handed_over_to_the_army_is_a_transfer_of_territory() -> None:
    out = rows(
        "وسلمت الفصائل المسلحة يوم الجمعة معسكر الشرطة في مدينة درنة إلى قوات الجيش بعد وساطة من شيوخ القبائل.",
        published="2015-08-08",
    )
    assert _subs(out) == ["Non-violent transfer of territory"]


def test_a_letter_handed_to_the_government_is_no_event() -> None:
    out = rows("سلم السفير الأمريكي يوم الأحد رسالة من الرئيس إلى الحكومة في بغداد.", published="2015-08-10")
    assert out == []


def test_a_prize_handed_over_in_the_city_is_no_event() -> None:
    out = rows(
        "وسلم أمير المنطقة الجوائز للفائزين في حفل أقيم بمقر الغرفة التجارية في المدينة.", published="2015-08-10"
    )
    assert out == []


def test_a_name_ending_with_a_verb_told_by_its_agent_is_a_slip() -> None:
    text = "أن مبنى الإذاعة والمخابرات سلما من قبل المسلحين إلى الحكومة"
    verb = text.index("سلما")
    name = SimpleNamespace(start=text.index("المخابرات"), end=verb + len("سلما"))
    match = SimpleNamespace(start=verb, end=verb + len("سلما"), value=SimpleNamespace(tense="past"))
    assert _agent_slip(text, name, match)
    later = SimpleNamespace(start=verb, end=verb + len("سلما"), value=SimpleNamespace(tense="noun"))
    assert not _agent_slip(text, name, later)


def test_weapons_handed_to_the_army_at_a_base_are_no_transfer() -> None:
    out = rows("سلم المسلحون أسلحتهم يوم السبت إلى الجيش في معسكر الحرية بمدينة الرمادي.", published="2015-08-09")
    assert "Non-violent transfer of territory" not in _subs(out)


def test_a_wanted_man_giving_himself_up_is_no_transfer() -> None:
    out = rows("سلم المطلوب نفسه أمس إلى قوات الأمن في مقر مديرية الأمن بمدينة الموصل.", published="2015-08-09")
    assert "Non-violent transfer of territory" not in _subs(out)


def test_an_agreement_signed_with_an_armed_movement_to_end_the_fighting() -> None:
    out = rows(
        "وقعت الحكومة الكولومبية وحركة متمردة يوم الخميس اتفاقا في هافانا لوقف الأعمال العدائية في جنوب البلاد.",
        published="2015-08-07",
    )
    assert _subs(out) == ["Agreement"]


def test_a_trade_agreement_between_two_states_is_no_event() -> None:
    out = rows(
        "وقعت المملكة وفرنسا أمس في الرياض اتفاقية للتعاون الاقتصادي بحضور وزيري الخارجية.", published="2015-08-09"
    )
    assert out == []


def test_an_arms_deal_to_face_militias_is_no_agreement() -> None:
    out = rows("وقع وزير الدفاع أمس اتفاقية لشراء طائرات مقاتلة لمواجهة الميليشيات في بغداد.", published="2015-08-09")
    assert "Agreement" not in _subs(out)
