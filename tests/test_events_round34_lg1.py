"""Round 34 (helper lg1): false rows of long articles — an attempt at a taking or an arrest, an adverb of aim, training
for a fight, and reinforcements told with the operation they serve (``rasd.events.coding.status._attempted``,
``._trained``, ``._aimed`` with ``frame_aim_adverbs``; ``rasd.events.coding.kinds.movement_for_operation``; the cue
lists in ``event_kind_cues.yaml``).

Every sentence here was written for rasd (none copied from a corpus). Round 33's blind tune43 (nine long articles)
named the classes: the resistance attacking "in an attempt to break the siege of the town and liberate it", gunmen's
"attempt to carry out a campaign of raids on homes", fighters "trained to repel the attack", military columns arriving
"as part of an operation to liberate the region". The real act told in the same sentence (the attack, the clash)
stays a row; an attempted assault is still coded (an attack word is not read by the attempt frame).
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return sorted(str(e["acled_sub_event_type"]) for e in rows(text, published="2015-08-10"))


# ---- an attempt at a taking or an arrest: not done; the fight it came with stays


def test_an_attempt_to_liberate_is_no_taking_but_the_attack_stays() -> None:
    text = (
        "وشنت قوات الجيش والمقاومة أمس هجوما واسعا على مواقع المتمردين شرق مدينة الحوطة في محاولة منها لكسر"
        " الطوق المفروض على المدينة وتحريرها من المسلحين."
    )
    subs = _subs(text)
    assert "Government regains territory" not in subs and "Non-state actor overtakes territory" not in subs
    assert subs, "the attack told in the sentence is a row"


def test_an_attempt_at_raids_is_no_arrest_but_the_clash_stays() -> None:
    text = (
        "واندلعت مواجهات عنيفة فجر أمس في قرية الحمراء عقب محاولة لمسلحي الجماعة تنفيذ حملة دهم واعتقالات"
        " لمنازل الأهالي."
    )
    subs = _subs(text)
    assert "Arrests" not in subs
    assert "Armed clash" in subs


def test_a_past_try_at_a_taking_is_no_taking() -> None:
    assert _subs("وحاول المتمردون أمس السيطرة على جبل العروس المطل على مدينة تعز.") == []


def test_a_past_try_at_an_arrest_is_no_arrest() -> None:
    assert _subs("وسعت قوات الأمن إلى اعتقال المطلوبين في حي الشيخ عثمان بعدن.") == []


def test_a_taking_done_after_attempts_is_a_taking() -> None:
    text = "وبعد محاولات عدة تمكنت قوات الجيش أمس من السيطرة على جبل النار المطل على مدينة الحوطة."
    subs = _subs(text)
    assert "Government regains territory" in subs or "Non-state actor overtakes territory" in subs


def test_an_attempted_storming_stays_a_fight() -> None:
    text = "وتصدت قوات الأمن أمس لهجوم شنه مسلحون على نقطة تفتيش شمال مدينة العريش في محاولة لاقتحامها."
    assert _subs(text), "an attempted assault met by the force is a clash"


# ---- an adverb of aim: what the act before it is for


def test_mustering_in_order_to_fight_is_no_fight() -> None:
    text = "وتحشد المقاومة مقاتليها في مديرية الوازعية بغية خوض معارك لاستعادتها من المسلحين."
    assert _subs(text) == []


def test_a_bombing_with_an_aim_stays_a_bombing() -> None:
    # the aim (بهدف السيطرة) is kept apart from the bombing told before it, which stays a row
    text = (
        "وفجر مقاتلو المعارضة أمس عبوة ناسفة استهدفت حاجزا للجيش شرق بلدة الحاضر بهدف السيطرة على التلال المحيطة بها."
    )
    subs = _subs(text)
    assert "Remote explosive/landmine/IED" in subs
    assert "Government regains territory" not in subs and "Non-state actor overtakes territory" not in subs


# ---- training for a fight: what they trained for


def test_trained_to_repel_an_attack_is_no_clash() -> None:
    text = "وذكر المصدر أن المقاتلين تلقوا تدريباتهم في الإمارات للتصدي للهجوم المسلح ومواجهة العدو في المدينة."
    assert _subs(text) == []


def test_trained_on_repelling_gunmen_is_no_clash() -> None:
    text = "وقالت مصادر في المقاومة إن عناصرها تدربوا في معسكر قرب عدن على التصدي للمسلحين واقتحام مواقعهم."
    assert _subs(text) == []


def test_a_drill_simulating_a_defence_is_no_clash() -> None:
    text = "وقال ضابط في الجيش إن الكتيبة نفذت مناورات بالذخيرة الحية تحاكي التصدي لهجوم بري على الحدود الشمالية."
    assert _subs(text) == []


def test_soldiers_killed_during_a_drill_is_still_told() -> None:
    text = "وقتل جنديان وأصيب ثلاثة آخرون أمس في انفجار قذيفة خلال تدريبات عسكرية في معسكر قرب مدينة الكرك."
    assert _subs(text), "a blast during a drill with its dead is a happening"


# ---- reinforcements told with the operation they serve


def test_columns_arriving_for_an_operation_are_no_row() -> None:
    text = (
        "وأعلنت مصادر عسكرية أمس عن وصول أرتال من المدرعات إلى مدينة الحوطة، في إطار عملية لتحرير ما تبقى من"
        " مديريات المحافظة."
    )
    assert "Change to group/activity" not in _subs(text)


def test_reinforcements_crossing_to_support_the_operations_are_no_row() -> None:
    text = "وعبرت تعزيزات عسكرية تضم عشرات الآليات الحدود ليل الأربعاء إلى محافظة مأرب لدعم العمليات ضد المتمردين."
    assert "Change to group/activity" not in _subs(text)


# ---- a campaign told as daily or constant: a habit, not one happening


def test_shelling_told_as_daily_is_no_row() -> None:
    assert _subs("وتقصف الميليشيات أحياء مدينة تعز بشكل يومي بقذائف الهاون والكاتيوشا.") == []


def test_shelling_night_and_day_is_no_row() -> None:
    assert _subs("وتقصف مدفعية المتمردين قرى مديرية قعطبة ليل نهار منذ أسابيع.") == []
