"""Round 43 (helper ev22): events precision on long articles — a detonating word that sets off no charge.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 43:
events precision on long articles (helper ev22)"):

- ``events.coding.triggers._vetoed`` "sparked" (``_sparked``; events.yaml ``word_sets.sparked_objects`` and
  ``sparked_not_subjects``): a detonating word of the explosive class whose object, right after it or after its
  one-word subject, is a thing no charge is (يفجرون صدامات، فجر أزمة، فجرت التصريحات جدلا، تفجر الغضب) is a figure
  of speech, no bombing. Not past a preposition or a word of time (انفجار عبوة خلال مواجهات: a blast during
  clashes).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return [e["acled_sub_event_type"] for e in out]


def test_a_headline_that_sets_off_clashes_is_no_bombing() -> None:
    out = rows(
        "اقتحم عشرات المتطرفين اليهود صباح اليوم ساحات المسجد في القدس المحتلة تحت حماية الشرطة.",
        title="متطرفون يهود يقتحمون ساحات المسجد ويفجرون صدامات عنيفة مع المصلين",
    )
    assert "Remote explosive/landmine/IED" not in _subs(out)


def test_statements_that_set_off_a_debate_are_no_bombing() -> None:
    out = rows("وقد فجرت التصريحات جدلا واسعا في بيروت أمس.")
    assert _subs(out) == []


def test_a_blast_during_clashes_is_still_a_bombing() -> None:
    out = rows("قتل ثلاثة جنود أمس في انفجار عبوة ناسفة خلال مواجهات مع مسلحين قرب مدينة الرمادي غرب العراق.")
    assert "Remote explosive/landmine/IED" in _subs(out)


def test_a_charge_set_off_by_gunmen_is_still_a_bombing() -> None:
    out = rows("فجر مسلحون مجهولون عبوة ناسفة أمس قرب دورية للشرطة في مدينة الرمادي ما أدى إلى مقتل شرطيين.")
    assert "Remote explosive/landmine/IED" in _subs(out)


def test_a_bombing_for_a_purpose_stays_a_bombing_noun() -> None:
    out = rows("فجر انتحاري حزامه الناسف أمس في سوق شعبي ببغداد، وقال مسؤول إن التفجير لإشعال الفتنة قتل 12 شخصا.")
    assert any(s in ("Suicide bomb", "Remote explosive/landmine/IED") for s in _subs(out))
