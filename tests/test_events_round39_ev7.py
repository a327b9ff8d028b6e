"""Round 39 (helper ev7): misses and false rows of the long released files, traced by the stage that decides them.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 39:
events recall and precision on long articles — a trace by stage (helper ev7)"):

- ``coding.status``: a negation cue the matcher finds only inside a word that negates nothing (event_arg_cues
  ``negation_misreads``: كلا "both" read as ك + لا, كلم "km" as ك + لم, أرجاء "all over" as إرجاء "postponing",
  بارجات "warships" as ب + أرجأت) no longer denies the act after it.
- ``stages.events.no_happening``: a bare blast (انفجار، انفجارات) told only as heard — a word of hearing before it
  (سمع دوي انفجارات), the sound noun after مع or وسط, a verb of hearing after it (انفجارات سمعت) — with no toll of its
  own is no row; the verb دوى "rang out" (دوى انفجار في …) still opens a blast's report.
- ``events.yaml``: مؤازرة is no longer a form of a movement of forces (mobilization): لمؤازرة "to support", بمؤازرة
  "with the support of", ومؤازرتها "and to back it" tell an aim or an accompaniment (the plural مؤازرات stays).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

TITLE = "تطورات ميدانية"


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str(e["acled_sub_event_type"]) for e in out)


def test_warships_are_no_postponement() -> None:
    out = rows(
        "وقالت مصادر محلية إن طيران وبارجات التحالف شنت قصفا عنيفا أمس على مواقع المسلحين في مدينة زنجبار.",
        title=TITLE,
    )
    assert _subs(out) == ["Air/drone strike"]


def test_both_sides_are_no_negation() -> None:
    out = rows("وسقط أمس قتلى من كلا الطرفين في اشتباكات عنيفة دارت في مديرية حيس جنوب الحديدة.", title=TITLE)
    assert _subs(out) == ["Armed clash"]


def test_all_over_the_city_is_no_postponement() -> None:
    out = rows("وفي أرجاء المدينة اندلعت أمس اشتباكات عنيفة بين المقاومة والحوثيين في مدينة تعز.", title=TITLE)
    assert _subs(out) == ["Armed clash"]


def test_kilometres_are_no_negation() -> None:
    out = rows("وقتل ثلاثة جنود أمس على بعد 20 كلم انفجار لغم أرضي بعربتهم في ولاية ماردين.", title=TITLE)
    assert _subs(out) == ["Remote explosive/landmine/IED"]
    # a negation of its own still denies
    assert rows("ولم تشن الطائرات أمس أي غارة على مدينة زنجبار.", title=TITLE) == []


def test_explosions_only_heard_are_no_row() -> None:
    out = rows(
        "وفي صنعاء انتشر المسلحون في الشوارع، فيما سمع دوي انفجارات في الأحياء الشمالية للمدينة مساء الأربعاء.",
        title=TITLE,
    )
    assert _subs(out) == []
    out = rows("وقال شهود إن انفجارات هائلة سمعت أمس في معسكر الحرس بمدينة يريم.", title=TITLE)
    assert _subs(out) == []
    # a heard blast with its own toll, and a blast that rang out (the verb دوى), stay
    out = rows("وسمع دوي انفجار قوي في حي المنصور ببغداد أمس أسفر عن مقتل خمسة أشخاص.", title=TITLE)
    assert _subs(out) == ["Remote explosive/landmine/IED"]
    out = rows("ودوى انفجار ضخم صباح أمس في حي الكرادة وسط العاصمة بغداد.", title=TITLE)
    assert _subs(out) == ["Remote explosive/landmine/IED"]


def test_to_support_is_no_movement_of_forces() -> None:
    # لمؤازرة "to support" (and بمؤازرة "with the support of") tells no reinforcement that moved
    out = rows("وقتل أمس عشرة من المقاتلين الذين جاؤوا لمؤازرة الفرقة في مدينة اعزاز بريف حلب.", title=TITLE)
    assert "Change to group/activity" not in _subs(out)
