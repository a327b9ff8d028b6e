"""Round 30 (helper dp1): one happening told in two sentences by one count of dead is one row.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 30: one
happening, two rows (helper dp1)"): ``rasd.events.merge.duplicates.fold_told_toll`` folds two violent rows told in
two sentences, each with its own exact count of dead of one number (two or more), at most one day apart and not two
provinces apart, when the later telling is a source's word (a verb or noun of saying before it: وأوضح بيان للجيش أن
…) or the first is the headline's; the row told by a bare word of attack or dying takes the type of the telling that
names the weapon (``resources/ar/event_duplicate_cues.yaml``).
"""

from __future__ import annotations

from typing import Any

from rasd.resources.cues import CueFile
from tests.event_checks import rows

_TITLE = "أخبار أمنية"


def _rows(text: str) -> list[tuple[str, Any]]:
    return sorted((e["acled_sub_event_type"], (e.get("fatalities") or {}).get("value")) for e in rows(text, _TITLE))


# ---------------------------------------------------------------------------------- one happening, told twice
def test_a_source_s_detail_of_the_attack_is_the_attack() -> None:
    out = _rows(
        "لقي ستة جنود مصرعهم مساء الأحد في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش. وذكر بيان للجيش أن عبوة"
        " ناسفة انفجرت بمدرعة كانت تقل الجنود عند مدخل المدينة، ما أدى إلى مقتل ستة منهم وإصابة ثلاثة."
    )
    assert out == [("Remote explosive/landmine/IED", 6)]


def test_the_statement_names_the_bomb_of_the_patrol_attack() -> None:
    out = _rows(
        "أعلن الجيش التركي مقتل أربعة جنود اليوم في هجوم لمسلحين من حزب العمال الكردستاني على دورية في إقليم سيرت."
        " وأوضح بيان للجيش أن عبوة ناسفة زرعها المسلحون انفجرت بمركبة الدورية، ما أدى إلى مقتل أربعة جنود."
    )
    assert out == [("Remote explosive/landmine/IED", 4)]


# ------------------------------------------------------------------------------------------- two happenings
def test_two_towns_of_one_province_with_one_count_are_two() -> None:
    out = _rows(
        "قتل أربعة مدنيين وأصيب عشرة آخرون اليوم في قصف لقوات النظام على مدينة دوما بريف دمشق. وفي ريف دمشق أيضا،"
        " قتل أربعة مقاتلين من المعارضة في اشتباكات مع قوات النظام على أطراف بلدة داريا."
    )
    assert len(out) == 2


def test_two_provinces_are_two_even_when_a_source_tells_the_second() -> None:
    out = _rows(
        "قتل خمسة من عناصر الشرطة أمس في هجوم على حاجز أمني في مدينة بعقوبة بمحافظة ديالى. وفي محافظة الأنبار قال"
        " مصدر أمني إن خمسة جنود قتلوا في انفجار عبوة ناسفة قرب مدينة الرمادي."
    )
    assert len(out) == 2


def test_days_apart_are_two_even_in_one_province() -> None:
    out = _rows(
        "قتل ثلاثة جنود أتراك اليوم الاثنين في هجوم لمسلحين على مخفر في ولاية هكاري. وذكر بيان للجيش أن ثلاثة جنود"
        " قتلوا الخميس الماضي في انفجار لغم في الولاية نفسها."
    )
    assert len(out) == 2


def test_the_cue_lists_carry_their_header_and_words() -> None:
    cues = CueFile("ar/event_duplicate_cues.yaml")
    assert "هجوم" in cues.words("generic_attack_words")
    assert "أوضح" in cues.words("saying_frames")
