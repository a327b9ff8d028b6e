"""Round 42, helper ev14: events on unseen short articles, a third check — misses and false rows.

* A definite noun of fighting told at a scene of its own — a relative clause of witnessing or taking place, its own
  place named in it and its own dead (سقطوا في المواجهات التي دارت في قرية … بمديرية …) — is a fight of its own,
  not the fight told before at another place (``merge.own_scene``): it was folded into that row with its dead.
* Two bare words of fighting merged in one clause, each naming a battle in general (شبّه معركة تعز … بمعركة بدر), are
  no deed of each other: the general-fighting test reads each (``rasd.stages.events._each_general``).
* An activity with its doer's pronoun after the subject and a time (أوقفت شركة الطيران … صباح اليوم الأحد رحلاتها)
  is a thing stopped, no arrest (events.yaml ``word_sets.halted_own_objects``, read up to eight words on).
* استشهد / يستشهد with a thing cited after ب within five words (استشهد الرئيس في كلمته بمقولة، واستشهد على ذلك
  بحالة أسرة) means "he cited": no killing (events.yaml ``word_sets.cited_things``; triggers' veto ``cited``).
* One martyr told again by a word of martyrdom in a sentence about his family's town (وزار الأمير منزل الأسرة في
  محافظة الطائف، وقال إن الرقيب استشهد دفاعا عن الوطن) folds into his telling at the front (``merge.martyr_retold``).
* A headline that tells a fall from a height, a fall in a lift shaft or an animal's attack tells an accident
  (event_sentence_cues.yaml ``accident_headline``): its death or wound is no attack.

Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "المقاومة في تعز تواصل تقدمها"
_LEAD = "أفادت مصادر في المقاومة الشعبية بمقتل 15 مسلحا حوثيا اليوم خلال اشتباكات ضارية اندلعت قرب جبل صبر. "


def _dead(e: dict[str, Any]) -> int | None:
    f = e.get("fatalities")
    return f.get("value") if isinstance(f, dict) else f


def test_a_fight_at_a_scene_of_its_own_is_a_row_of_its_own() -> None:
    out = rows(
        _LEAD + "وقال المركز الإعلامي للمقاومة إن خمسة قتلى سقطوا في المواجهات التي دارت في قرية الأقروض بمديرية "
        "المسراخ.",
        title=_TITLE,
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash", "Armed clash"]
    assert sorted(_dead(e) or 0 for e in out) == [5, 15]


def test_the_fight_named_again_at_its_own_place_stays_one_row() -> None:
    # a guard: the definite noun at the place told before is the same fight (passes before and after the change)
    out = rows(_LEAD + "وأضافت المصادر أن عشرين آخرين أصيبوا في المواجهات التي دارت هناك.", title=_TITLE)
    assert len(out) == 1
    assert _dead(out[0]) == 15


def test_two_battles_likened_in_a_speech_are_no_row() -> None:
    out = rows(
        "ولم تحمل الكلمة جديدا. وقد مضى أبعد من ذلك في تشبيه معركة تعز وهزيمته فيها بمعركة “بدر” وانتصار "
        "المسلمين فيها!",
        title="قراءة في خطاب الزعيم",
    )
    assert out == []


def test_a_battle_likened_to_another_is_no_row() -> None:
    out = rows("وحاول المتحدث تشبيه معركة الرمادي وخسارة قواته فيها بمعركة اليرموك الشهيرة.", title="قراءة في خطاب")
    assert out == []


def test_fighting_told_twice_in_its_clause_stays_a_row() -> None:
    # a guard: a fighting word waged with its place and sides keeps its row (passes before and after the change)
    out = rows(
        "واندلعت اليوم معارك عنيفة بين الجيش ومسلحي التنظيم في محيط مدينة بيجي، وهي معارك وصفها مصدر أمني "
        "بالأعنف منذ أسابيع."
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash"]


def test_an_airline_that_stopped_its_flights_arrests_no_one() -> None:
    out = rows(
        "أوقفت شركة الطيران الوطنية صباح اليوم الأحد رحلاتها من مطار بغداد الدولي وإليه بسبب سوء الأحوال الجوية."
    )
    assert not [e for e in out if e["acled_sub_event_type"] == "Arrests"]


def test_police_that_stopped_a_suspect_arrest_him() -> None:
    # a guard: a person stopped by the police is an arrest (passes before and after the change)
    out = rows("أوقفت الشرطة التركية اليوم في مدينة إسطنبول شابا يشتبه في انتمائه إلى تنظيم داعش.")
    assert [e["acled_sub_event_type"] for e in out] == ["Arrests"]


def test_a_fall_from_a_roof_is_no_attack() -> None:
    out = rows(
        "لقي عامل آسيوي مصرعه أمس إثر سقوطه من سطح مبنى قيد الإنشاء في حي الصفا بمدينة جدة.",
        title="مصرع عامل سقط من سطح مبنى في جدة",
    )
    assert out == []


def test_a_fall_in_a_lift_shaft_is_no_attack() -> None:
    out = rows(
        "لقي عامل مصرعه أمس بعد سقوطه داخل بئر مصعد في عمارة بحي العزيزية في مكة المكرمة.",
        title="وفاة عامل داخل مصعد بمكة",
    )
    assert out == []


def test_a_monkey_bite_is_no_attack() -> None:
    out = rows(
        "أصيب طفل بجروح في ذراعه بعد تعرضه لهجوم من قرد في أحد منتزهات محافظة الطائف أمس.",
        title="قرد يهاجم طفلا في الطائف",
    )
    assert out == []


def test_a_projectile_that_fell_on_a_town_stays_a_row() -> None:
    # a guard: a shell told falling under a headline of falling shells is no accident (passes before and after)
    out = rows(
        "أعلن الدفاع المدني اليوم أن مقذوفا عسكريا أطلق من الأراضي اليمنية سقط على منزل في مدينة نجران وأصاب "
        "مقيما بجروح.",
        title="سقوط مقذوف عسكري على نجران",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Shelling/artillery/missile attack"]


def test_a_president_citing_a_saying_is_no_killing() -> None:
    out = rows(
        "حضر الحفل عدد كبير من المسؤولين. * استشهد الرئيس المصري في كلمته بمقولة الأديب الراحل عن «مصر الخالدة»، "
        "قبل أن يعلن افتتاح الميناء في مدينة السويس.",
        title="على هامش افتتاح الميناء الجديد",
    )
    assert out == []


def test_an_expert_citing_a_case_is_no_killing() -> None:
    out = rows(
        "وأوضح المختص أن العدوى تنتقل داخل البيت الواحد، واستشهد على ذلك بحالة أسرة في مدينة الرياض نقل إليها الأب "
        "الفيروس بعد إصابته.",
        title="تزايد الإصابات بالفيروس",
    )
    assert out == []


def test_martyred_by_bullets_stays_a_killing() -> None:
    # a guard: ب + the weapon after استشهد is how he died (passes before and after the change)
    out = rows("واستشهد شاب فلسطيني فجر اليوم برصاص قوات الاحتلال الإسرائيلي في مدينة الخليل.")
    assert [e["acled_sub_event_type"] for e in out] == ["Attack"]


def test_martyred_by_a_shell_stays_a_shelling() -> None:
    # a guard (passes before and after the change)
    out = rows("واستشهد جندي سعودي اليوم بقذيفة أطلقت من داخل الأراضي اليمنية على موقع عسكري في جازان.")
    assert [e["acled_sub_event_type"] for e in out] == ["Shelling/artillery/missile attack"]


_CONDOLENCE = "أمير المنطقة يعزي أسرة الشهيد الرقيب فهد العتيبي"
_FRONT = (
    "نقل أمير المنطقة تعازي القيادة إلى أسرة الرقيب فهد العتيبي من منسوبي الحرس الوطني، الذي أعلنت القيادة "
    "استشهاده أمس في قطاع نجران. "
)


def test_a_martyr_told_again_at_his_family_town_is_one_row() -> None:
    out = rows(
        _FRONT + "وزار الأمير منزل الأسرة في محافظة الطائف، وقال إن الرقيب فهد استشهد دفاعا عن الوطن.",
        title=_CONDOLENCE,
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Armed clash"]
    assert out[0]["location"]["admin1"] == "Najran"


def test_a_martyr_praised_at_his_family_town_is_one_row() -> None:
    out = rows(
        _FRONT + "وقدم الأمير التعازي لوالد الشهيد في محافظة الطائف، مؤكدا أن استشهاد ابنه شرف للوطن.",
        title=_CONDOLENCE,
    )
    assert len(out) == 1
    assert out[0]["location"]["admin1"] == "Najran"


def test_two_martyrs_at_two_fronts_stay_two_rows() -> None:
    # a guard: two deaths each told at its own front (passes before and after the change)
    out = rows(
        "أعلنت قيادة القوات المشتركة اليوم استشهاد الجندي فهد العتيبي في قطاع نجران. كما أعلنت استشهاد الجندي سعد "
        "القحطاني في قطاع جازان.",
        title="استشهاد جنديين على الحد الجنوبي",
    )
    assert sorted(e["location"]["admin1"] for e in out) == ["Jazan", "Najran"]
