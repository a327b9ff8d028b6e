"""Events: the reading rules of the third round (issue 12), each on short texts written for rasd (not copied from any
corpus). Each rule was found as a class of misses or false positives on the blind tune3 file or on the blind single
sentences, and checked on unannotated articles before it was kept (docs/events.md)."""

from __future__ import annotations

import json
from typing import Any

from rasd import Pipeline
from rasd.events.lexicon import conjugate
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()


def _events(title: str | None, text: str, published: str | None = "2021-03-10") -> list[dict[str, Any]]:
    record = {"text": text, "published": published}
    if title:
        record["title"] = title
    doc = read_line(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return doc.events


def _subs(events: list[dict[str, Any]]) -> list[str]:
    return [e["acled_sub_event_type"] for e in events if e["status"] in ("reported", "claimed", "alleged")]


def test_verbs_with_a_weak_last_letter_are_conjugated() -> None:
    forms = conjugate("اعتدى", "يعتدي")
    for form in ("اعتدى", "اعتدت", "اعتدوا", "اعتديا", "اعتداه", "يعتدي", "يعتدون", "تعتدي", "سيعتدون"):
        assert form in forms, form
    assert "اعتدىت" not in forms and "يعتديون" not in forms
    assert "استولوا" in conjugate("استولى", "يستولي")


def test_a_feminine_past_of_a_defective_verb_is_a_trigger() -> None:
    assert "Attack" in _subs(_events(None, "اعتدت عناصر من الميليشيا على طاقم طبي داخل مستشفى المدينة."))


def test_a_headline_in_the_present_reports_a_capture_but_a_held_place_is_a_state() -> None:
    captured = _events("قوات الجيش تسيطر على مدينة زنجبار", "وقال مصدر عسكري إن المعارك استمرت حتى الصباح.")
    assert "Government regains territory" in _subs(captured) or "Non-state actor overtakes territory" in _subs(captured)
    held = _events("12 قتيلا في قصف على قرية يسيطر عليها التنظيم", "وقال ناشطون إن القصف استهدف السوق.")
    assert not any(s.endswith("territory") for s in _subs(held))
    recalled = _events("إمام المسجد يستعيد اللحظات الأخيرة قبل التفجير", "روى الإمام ما جرى في المسجد.")
    assert not any(s.endswith("territory") for s in _subs(recalled))


def test_a_capture_of_a_place_told_by_its_kind_is_kept() -> None:
    assert "Non-state actor overtakes territory" in _subs(
        _events(None, "سيطر مقاتلو التنظيم على قرية جديدة بعد انسحاب القوات الحكومية منها.")
    )


def test_fires_and_storms_are_not_captures() -> None:
    events = _events(None, "سيطرت فرق الدفاع المدني على حريق اندلع في مستودع بالمنطقة الصناعية.")
    assert not any(s.endswith("territory") for s in _subs(events))


def test_a_court_verdict_tells_charges_not_happenings() -> None:
    text = (
        "أصدرت المحكمة الجزائية المتخصصة حكما ابتدائيا بثبوت إدانة مواطن بالانضمام إلى جماعة مسلحة والمشاركة في "
        "القتال الدائر هناك."
    )
    assert not _subs(_events(None, text))


def test_heroes_are_not_a_defusing() -> None:
    text = "نزف لكم بشرى دخول قوات مكافحة الإرهاب الأبطال إلى الجامعة ورفع المتفجرات وفتح الطرق."
    assert "Disrupted weapons use" not in _subs(_events(None, text))


def test_a_bare_march_word_is_not_a_drone() -> None:
    subs = _subs(_events(None, "قتل متظاهران بالرصاص الحي خلال مسيرة مناهضة للحكومة."))
    assert "Excessive force against protesters" in subs and "Air/drone strike" not in subs


def test_a_person_freed_is_not_a_place_regained() -> None:
    subs = _subs(_events(None, "هاجم مئات من الأهالي مركزا للشرطة وحرروا موقوفا كان محتجزا فيه."))
    assert "Mob violence" in subs and not any(s.endswith("territory") for s in subs)


def test_a_wire_dateline_at_the_head_of_a_sentence_is_no_place() -> None:
    text = "واس- دمشق: أكدت مصادر محلية اليوم سقوط قتلى في كمين محكم نصبه مسلحون لدورية عسكرية."
    for ev in _events(None, text):
        assert (ev["location"] or {}).get("name_ar") != "دمشق"


def test_an_ambush_laid_is_a_clash_and_a_bare_checkpoint_is_not() -> None:
    assert "Armed clash" in _subs(_events(None, "قتل جنديان في كمين نصبه مسلحون لدورية عسكرية قرب المدينة."))
    text = "شددت الشرطة الإجراءات الأمنية وأقامت كمائن ثابتة ومتحركة لتفتيش السيارات."
    assert not _subs(_events(None, text))


def test_a_suspended_strike_and_a_described_protester_are_not_protests() -> None:
    assert not _subs(_events(None, "أعلنت النقابة تعليق الإضراب بعد التوصل إلى اتفاق مع الحكومة."))
    assert not _subs(_events(None, "وصف الوزير المتظاهرين بأنهم مخربون ودعا إلى الحوار."))


def test_months_of_fighting_are_an_aggregate_but_an_agreement_ending_them_is_not() -> None:
    events = _events(None, "أعيد إعمار المدينة التي دمرت في أربعة أشهر من المعارك العنيفة.")
    assert all(e["granularity"] != "discrete" for e in events if e["acled_event_type"] == "Battles")
    assert "Agreement" in _subs(_events(None, "وقعت الحكومة والمتمردون اتفاق سلام ينهي سنوات من القتال."))


def test_a_bomb_destroyed_before_use_is_disrupted_weapons_use() -> None:
    text = "دمرت القوات الأمنية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش قرب مدينة الرمادي."
    assert "Disrupted weapons use" in _subs(_events(None, text))


def test_a_number_of_dead_is_several_by_acled_convention() -> None:
    events = _events(None, "أسفر التفجير عن استشهاد عدد من رجال الأمن في مدينة أبها.")
    assert [e["fatalities"]["value"] for e in events if e["fatalities"]] == [10]
    events = _events(None, "قتل عشرات المدنيين في قصف على مدينة حلب.")
    assert [e["fatalities"]["value"] for e in events if e["fatalities"]] == [12]  # dozens stay 12


def test_a_peaceful_protest_carries_no_toll() -> None:
    text = "اعتصم المئات في ساحة المدينة احتجاجا على مقتل ثلاثة شبان برصاص مجهولين."
    protests = [e for e in _events(None, text) if e["acled_sub_event_type"] == "Peaceful protest"]
    assert protests and all(e["fatalities"] is None for e in protests)


def test_the_dead_after_a_victim_word_are_targets_not_perpetrators() -> None:
    text = "استنكر المجلس التفجير الإرهابي في مدينة أبها مما نتج عنه استشهاد عدد من رجال الأمن."
    violent = [e for e in _events(None, text) if e["disorder_type"] == "Political violence"]
    assert violent
    assert all((e["actor1"] or {}).get("name_ar") != "رجال الأمن" for e in violent)
    assert any((e["actor2"] or {}).get("name_ar") == "رجال الأمن" for e in violent)
