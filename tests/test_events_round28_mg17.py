"""Round 28 (helper mg17): happenings that the article-wide merge folded into another event of their kind.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 28:
happenings folded into another event (helper mg17)"):

- a happening told in the body with a day of its own, two or more days off the day of an undated happening of its
  kind told before it, is another happening (``merge.days_apart.told_another_day``, read where ``same_happening`` and
  the definite-noun step pick the event a later one joins): not in the headline or the lead, and not the other way
  round (a dated happening named again with no day is the one told);
- a definite clash noun placed by the town its own sentence names ("ترافق مع استمرار الاشتباكات … في محيط المدينة")
  does not name a clash told before at another town (``stages.events._another_town``);
- two acts of one sub-type in two sentences, each told by its past verb at a place of its own (a town, a site, part
  of a town; not one area) are two happenings, not one told again (``merge.happening.two_own_places``, read by
  ``retold``).
"""

from __future__ import annotations

import json
from typing import Any

from rasd import Pipeline
from rasd.events.context import Context, build_context
from rasd.events.lexicon import EventClass
from rasd.events.model import Candidate
from rasd.ingest.jsonl import read_line
from tests.event_checks import rows

_AIR = "Air/drone strike"
_CLASH = "Armed clash"


def _places(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out if e["acled_sub_event_type"] == sub)


# ------------------------------------------------------------------------------------- a day of its own, days off
_FILLER = (
    "وأوضح مسؤول في مكتب الصحة بالمحافظة أن المستشفيات الحكومية والخاصة تعمل بأقل من نصف طاقتها، وأن عددا من "
    "المراكز الصحية أغلقت أبوابها بسبب نفاد الوقود اللازم لتشغيل المولدات."
)
_STORY = (
    "قالت مصادر محلية إن الوضع الإنساني في مدينة تعز يزداد سوءا مع استمرار الحصار المفروض على أحيائها منذ أشهر.\n"
    + _FILLER
    + "\n"
    + _FILLER.replace("مكتب الصحة", "مكتب التربية")
    + "\nوذكرت المصادر أن الحوثيين قصفوا عدة مناطق في محافظة تعز بقذائف الهاون.\n"
    + "وقالت المصادر إن المدينة تعيش في ظلام دامس بسبب انقطاع الكهرباء بعد تعرض محطة الكهرباء الرئيسية لقصف "
    + "الحوثيين يوم الخميس الماضي."
)


def _context(text: str, title: str) -> Context:
    line = {"title": title, "text": text, "published": "2015-08-10"}
    doc = read_line(json.dumps(line, ensure_ascii=False).encode("utf-8"))
    Pipeline().run(doc)
    return build_context(doc)


_SHELLING = EventClass(
    "bombardment",
    "Explosions/Remote violence",
    "Shelling/artillery/missile attack",
    "ATTACK",
    None,
    "195",
)


def _told(ctx: Context, word: str, nth: int, date: dict[str, Any]) -> Candidate:
    at = -1
    for _ in range(nth):
        at = ctx.doc.text.index(word, at + 1)
    s0 = ctx.doc.text.rfind("\n", 0, at) + 1
    s1 = ctx.doc.text.find("\n", at)
    span = (s0, s1 if s1 >= 0 else len(ctx.doc.text))
    return Candidate(
        _SHELLING,
        at,
        at + len(word),
        "past",
        False,
        False,
        span,
        span,
        date=date,
        place_from="clause",
    )


_UNDATED = {
    "value": "2015-08-10",
    "time_precision": 2,
    "timex": None,
    "source": "reference date",
}
_THURSDAY = {
    "value": "2015-08-06",
    "time_precision": 1,
    "timex": "X9",
    "range": ["2015-08-06", "2015-08-06"],
}


def test_a_happening_told_with_its_own_day_days_before_an_undated_one_is_another() -> None:
    from rasd.events.merge.days_apart import told_another_day

    ctx = _context(_STORY, "الحصار يشتد على تعز")
    head = _told(ctx, "قصفوا", 1, dict(_UNDATED))
    later = _told(ctx, "لقصف", 1, dict(_THURSDAY))
    assert told_another_day(ctx, head, later)


def test_a_dated_happening_named_again_with_no_day_is_the_one_told() -> None:
    from rasd.events.merge.days_apart import told_another_day

    ctx = _context(_STORY, "الحصار يشتد على تعز")
    head = _told(ctx, "قصفوا", 1, dict(_THURSDAY))
    later = _told(ctx, "لقصف", 1, dict(_UNDATED))
    assert not told_another_day(ctx, head, later)


def test_the_lead_told_undated_and_the_body_with_its_day_are_one_happening() -> None:
    from rasd.events.merge.days_apart import told_another_day

    text = (
        "قتل 12 مدنيا في قصف للحوثيين على أحياء مدينة تعز.\n"
        + _FILLER
        + "\nوقتل 12 مدنيا يوم الخميس الماضي في قصف للحوثيين على أحياء المدينة."
    )
    ctx = _context(text, "قتلى في قصف على تعز")
    head = _told(ctx, "قصف", 1, dict(_UNDATED))
    later = _told(ctx, "قصف", 2, dict(_THURSDAY))
    assert not told_another_day(ctx, head, later)


def test_an_undated_happening_placed_only_by_the_lead_is_not_parted_by_a_day() -> None:
    from rasd.events.merge.days_apart import told_another_day

    ctx = _context(_STORY, "الحصار يشتد على تعز")
    head = _told(ctx, "قصفوا", 1, dict(_UNDATED))
    head.place_from = "lead"
    later = _told(ctx, "لقصف", 1, dict(_THURSDAY))
    assert not told_another_day(ctx, head, later)


def test_a_day_off_by_one_is_no_other_happening() -> None:
    from rasd.events.merge.days_apart import told_another_day

    ctx = _context(_STORY, "الحصار يشتد على تعز")
    head = _told(ctx, "قصفوا", 1, dict(_UNDATED))
    sunday = {
        "value": "2015-08-09",
        "time_precision": 1,
        "timex": "X9",
        "range": ["2015-08-09", "2015-08-09"],
    }
    later = _told(ctx, "لقصف", 1, sunday)
    assert not told_another_day(ctx, head, later)


# ------------------------------------------------------------------ "the clashes" at its own sentence's other town
def test_continuing_clashes_at_another_town_are_that_towns_clash() -> None:
    out = rows(
        "قصفت قوات النظام صباح أمس مناطق في مدينة دوما بالغوطة الشرقية، وسط اشتباكات عنيفة بين الطرفين في محيط "
        "المدينة.\nكما تعرضت مناطق في مدينة داريا بالغوطة الغربية لقصف من قبل قوات النظام، ترافق مع استمرار "
        "الاشتباكات العنيفة بين قوات النظام والفصائل المقاتلة في محيط المدينة.",
        title="قصف واشتباكات في الغوطة",
    )
    assert _places(out, _CLASH) == ["Darayya", "Duma"], out


def test_continuing_clashes_at_the_same_town_stay_one() -> None:
    out = rows(
        "اندلعت صباح أمس اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة في مدينة داريا بالغوطة الغربية.\n"
        "وتعرضت مناطق في مدينة داريا لقصف من قبل قوات النظام، ترافق مع استمرار الاشتباكات العنيفة في محيط المدينة.",
        title="اشتباكات وقصف في ريف دمشق",
    )
    assert _places(out, _CLASH) == ["Darayya"], out


# ------------------------------------------------------------- two acts, each by its past verb at a place of its own
def test_two_strikes_by_past_verbs_at_a_town_and_a_base_are_two() -> None:
    out = rows(
        "استهدفت مقاتلات التحالف أمس تجمعات للحوثيين في مدينة كرش بمحافظة لحج.\n"
        "واستهدف طيران التحالف تجمعات الميليشيات في محيط قاعدة العند الجوية.",
        title="التحالف يواصل دعم المقاومة في الجنوب",
    )
    assert len(_places(out, _AIR)) == 2, out
    assert "Kirsh" in _places(out, _AIR), out


def test_a_strike_told_again_at_the_same_town_stays_one() -> None:
    out = rows(
        "استهدفت مقاتلات التحالف أمس تجمعات للحوثيين في مدينة كرش بمحافظة لحج.\n"
        "واستهدفت الطائرات مواقع أخرى للميليشيات في المدينة نفسها.",
        title="التحالف يواصل دعم المقاومة في الجنوب",
    )
    assert _places(out, _AIR) == ["Kirsh"], out


def test_a_strike_named_again_by_a_noun_at_a_base_stays_one() -> None:
    out = rows(
        "استهدفت مقاتلات التحالف أمس تجمعات للحوثيين في مدينة كرش بمحافظة لحج.\n"
        "وجاءت الغارات على محيط قاعدة العند بعد تقدم المقاومة في المنطقة.",
        title="التحالف يواصل دعم المقاومة في الجنوب",
    )
    assert len(_places(out, _AIR)) == 1, out


# --------------------------------------------------------- a round-up's next item at a site the gazetteer lacks
_FIELD = "تطورات ميدانية في ريف دمشق"


def test_a_round_up_item_at_a_site_of_its_own_is_its_own_clash() -> None:
    out = rows(
        "اندلعت بعد منتصف ليل أمس اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة في مدينة الزبداني بريف دمشق، كذلك "
        "دارت اشتباكات بين قوات النظام من طرف، والفصائل المقاتلة من طرف آخر، في محيط محطة الكهرباء الحرارية، وسط "
        "أنباء عن خسائر بشرية في صفوف الطرفين.",
        title=_FIELD,
    )
    assert len(_places(out, _CLASH)) == 2, out


def test_a_round_up_item_in_a_quarter_stays_the_towns_clash() -> None:
    out = rows(
        "اندلعت بعد منتصف ليل أمس اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة في مدينة الزبداني بريف دمشق، كذلك "
        "دارت اشتباكات بين الطرفين في حي الجسر، وسط أنباء عن خسائر بشرية في صفوف الطرفين.",
        title=_FIELD,
    )
    assert len(_places(out, _CLASH)) == 1, out


def test_the_shelling_named_again_at_another_area_stays_one() -> None:
    out = rows(
        "قصفت قوات النظام صباح أمس أحياء في مدينة الزبداني بريف دمشق، كما شمل القصف منطقة السهل الغربي، دون أنباء عن "
        "إصابات.",
        title=_FIELD,
    )
    assert len(_places(out, "Shelling/artillery/missile attack")) == 1, out


# ------------------------------------------------------------ a pluperfect capture at a site of its own, its own day
_CAPTURE = EventClass("capture", "Battles", "Government regains territory", "SEIZE", None, "1951")
_TOLD_THEN = (
    "أفادت مصادر يمنية أمس الخميس بسيطرة المقاومة الشعبية على أجزاء من مدينة زنجبار عاصمة محافظة أبين جنوبي البلاد.\n"
    "وكانت المقاومة الشعبية قد أحكمت سيطرتها أمس الأول الأربعاء على منطقة الكود التي تبعد عن مدينة زنجبار حوالي خمسة "
    "كيلو مترات."
)


def _capture(ctx: Context, word: str) -> Candidate:
    at = ctx.doc.text.index(word)
    s0 = ctx.doc.text.rfind("\n", 0, at) + 1
    s1 = ctx.doc.text.find("\n", at)
    span = (s0, s1 if s1 >= 0 else len(ctx.doc.text))
    return Candidate(_CAPTURE, at, at + len(word), "past", False, False, span, span)


def test_a_pluperfect_capture_names_a_site_the_first_telling_does_not() -> None:
    from rasd.events.merge.happening import own_site_named

    ctx = _context(_TOLD_THEN, "المقاومة تتقدم في أبين")
    assert own_site_named(ctx, _capture(ctx, "بسيطرة"), _capture(ctx, "أحكمت"))


def test_a_pluperfect_capture_of_the_same_town_names_no_site_of_its_own() -> None:
    from rasd.events.merge.happening import own_site_named

    text = _TOLD_THEN.replace(
        "على منطقة الكود التي تبعد عن مدينة زنجبار حوالي خمسة كيلو مترات",
        "على أحياء في المدينة نفسها",
    )
    ctx = _context(text, "المقاومة تتقدم في أبين")
    assert not own_site_named(ctx, _capture(ctx, "بسيطرة"), _capture(ctx, "أحكمت"))


def test_two_days_written_and_different_are_off_each_other() -> None:
    from rasd.stages.events import off_own_day

    ctx = _context(_TOLD_THEN, "المقاومة تتقدم في أبين")
    first, then = _capture(ctx, "بسيطرة"), _capture(ctx, "أحكمت")
    first.date = {"value": "2015-08-06", "time_precision": 1, "timex": "X1"}
    then.date = {"value": "2015-08-05", "time_precision": 1, "timex": "X2"}
    assert off_own_day(first, then)
    then.date = {
        "value": "2015-08-05",
        "time_precision": 2,
        "timex": None,
        "source": "reference date",
    }
    assert not off_own_day(first, then)
