"""Events merged away (round 23, helper mg11).

Two constructions folded a happening into a row of another: fighting told with the capture it aims at (تخوض
الفصائل معارك … من أجل السيطرة على …؛ المواجهات ما زالت دائرة في …، حيث تحاول المقاومة السيطرة عليها) went into the
aimed capture, which is no row (an aim), so the fighting was lost; and a happening told at the head of its sentence as
a separate incident (وفي حادثة منفصلة، قتل جندي …) went with a row of the same kind told before it. The fighting is
a clash of its own (the lead's ruling 2), the separate incident a row of its own. Kept merges: a capture told done
with the fighting of its entry (ruling 3), a clash with no capture aimed at beside it, a bombing told again in the
next sentence with no word of another incident. Every sentence below was written for these tests.
"""

from __future__ import annotations

from tests.event_checks import rows


def _rows(text: str, title: str | None = None) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in rows(text, title, "2015-08-01"))


def test_fighting_for_the_control_of_towns_is_a_clash_not_the_aimed_capture() -> None:
    found = _rows(
        "أعلنت مصادر في المعارضة السورية أن فصائل جيش الفتح تخوض معارك مستمرة مع قوات النظام من أجل السيطرة على "
        "بلدة الفوعة في ريف إدلب، وسط قصف متبادل بين الطرفين."
    )
    assert "Armed clash" in found
    assert not {"Non-state actor overtakes territory", "Government regains territory"} & set(found)


def test_fighting_still_going_on_while_the_resistance_tries_to_take_the_town_is_a_clash() -> None:
    found = _rows(
        "وقال مصدر محلي إن المواجهات المسلحة ما زالت دائرة بين الحوثيين والمقاومة الشعبية في مدينة زنجبار، حيث تحاول "
        "المقاومة السيطرة عليها وطرد المسلحين منها."
    )
    assert found == ["Armed clash"]


def test_a_capture_told_done_with_the_fighting_of_its_entry_stays_one_row() -> None:
    found = _rows(
        "وسيطرت قوات المقاومة الشعبية أمس على مدينة زنجبار بعد اشتباكات عنيفة مع مسلحي الحوثي استمرت عدة ساعات."
    )
    assert found == ["Government regains territory"]


def test_a_separate_incident_at_the_head_of_its_sentence_is_a_row_of_its_own() -> None:
    found = _rows(
        "قتل جنديان تركيان وأصيب 20 آخرون اليوم الأحد في هجوم انتحاري بجرار مفخخ استهدف مركزا للدرك في شرق "
        "تركيا. وفي حادثة منفصلة، قتل جندي تركي وجرح ثلاثة آخرون عندما انفجر لغم أرضي لدى مرور قافلة "
        "عسكرية على طريق في ولاية ماردين جنوب شرقي البلاد.",
        "قتيلان في هجوم انتحاري على مركز للدرك شرق تركيا",
    )
    assert sorted(found) == ["Remote explosive/landmine/IED", "Suicide bomb"]


def test_another_operation_told_at_the_head_of_its_sentence_is_not_the_strike_told_before() -> None:
    found = _rows(
        "شنت طائرات التحالف غارات جوية على مواقع الحوثيين في مديرية صرواح بمحافظة مأرب صباح اليوم. وفي عملية "
        "أخرى، استهدفت غارات جوية تجمعات للحوثيين في مديرية صرواح مساء اليوم."
    )
    assert found == ["Air/drone strike", "Air/drone strike"]


def test_a_bombing_told_again_in_the_next_sentence_stays_one_row() -> None:
    found = _rows(
        "قتل ثلاثة من رجال الشرطة اليوم الأحد في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة العريش بشمال سيناء. "
        "وقال مصدر أمني إن العبوة انفجرت لدى مرور الدورية على الطريق الدائري في المدينة."
    )
    assert found == ["Remote explosive/landmine/IED"]


def test_an_attack_in_words_beside_an_aimed_liberation_is_no_clash() -> None:
    found = _rows(
        "وهاجمت كتل برلمانية عراقية بعض القوى السياسية دون أن تسميها، متهمة إياها بعرقلة تقدم القوات الأمنية "
        "لتحرير مدينة الرمادي من تنظيم داعش."
    )
    assert "Armed clash" not in found
