"""Round 16 (issue 12, recall; helper tr2): territory told by armed men entering a place.

An entry (دخلت القوات …، دخل مقاتلو …، قوات الأمن دخلت …) is a capture when its armed subject stands beside the verb
and a place is its object; a figure of speech, a building or a term entered, a fight joined, the occupation's raids
and the verbal noun (mostly background: منذ دخول المسلحين) are not. The fighting row of the entry's sentence folds
into the capture (one happening, the place taken, with the fighting's dead), and an entry into a place whose capture
the article tells elsewhere is that capture told again.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows, subs, types


def test_forces_entering_a_town_is_its_capture() -> None:
    text = "ودخلت القوات العراقية أمس مركز مدينة الرمادي بعد أن انسحب مسلحو تنظيم داعش من أحيائها الشرقية."
    assert types(text) == ["Battles"]
    assert subs(text)[0] in ("Government regains territory", "Non-state actor overtakes territory")


def test_the_fighting_of_the_entry_sentence_is_the_capture() -> None:
    text = "دخل مقاتلو المقاومة الشعبية صباح اليوم حي التواهي في عدن وسط اشتباكات متقطعة مع مسلحي الحوثي."
    found = rows(text)
    assert len(found) == 1
    assert found[0]["acled_sub_event_type"] != "Armed clash"


def test_the_entry_keeps_the_dead_of_its_fighting() -> None:
    text = "ودخلت قوات الجيش أمس بلدة الكرمة شرق الفلوجة وسط معارك عنيفة مع مسلحي التنظيم قتل فيها 9 مسلحين."
    found = rows(text)
    assert len(found) == 1
    assert found[0]["acled_event_type"] == "Battles"
    assert found[0]["acled_sub_event_type"] != "Armed clash"


def test_forces_entering_told_before_their_verb() -> None:
    text = "وقال بيان للجيش إن قوات مكافحة الإرهاب دخلت أمس الخميس جامعة الأنبار في جنوب مدينة الرمادي."
    assert types(text) == ["Battles"]


def test_an_entry_months_ago_told_by_the_verbal_noun_is_no_capture() -> None:
    text = "ويعاني سكان مدينة الحديدة من انقطاع الكهرباء منذ دخول المسلحين الحوثيين إلى المدينة قبل أشهر."
    assert "Non-state actor overtakes territory" not in subs(text)
    assert "Government regains territory" not in subs(text)


def test_the_dead_of_the_entry_fighting_are_its_own() -> None:
    text = "ودخلت القوات العراقية أمس مركز مدينة الرمادي وسط اشتباكات عنيفة مع مسلحي تنظيم داعش قتل فيها 12 مسلحا."
    found = rows(text)
    assert len(found) == 1
    assert found[0]["fatalities"]["value"] == 12


def test_a_term_entered_is_no_capture() -> None:
    assert rows("دخلت الاتفاقية حيز التنفيذ أمس في عدن بحضور ممثلي المقاومة الشعبية.") == []


def test_a_hospital_entered_is_no_capture() -> None:
    assert rows("دخل قائد المقاومة الشعبية المستشفى في عدن أمس لإجراء فحوص طبية.") == []


def test_a_raid_of_the_occupation_is_no_capture() -> None:
    assert subs("دخلت قوات الاحتلال باحات المسجد الأقصى في القدس صباح اليوم.") == []


def test_entering_a_fight_is_no_capture() -> None:
    text = "ودخلت القوات الحكومية في مواجهات مع مسلحي القبائل في مدينة مأرب أمس."
    assert "Non-state actor overtakes territory" not in subs(text)
    assert "Government regains territory" not in subs(text)


def test_intervention_is_no_entry() -> None:
    assert rows("وطالب المجلس بتدخل قوات دولية لحماية المدنيين في مدينة حلب.") == []


def test_an_entry_into_a_town_taken_in_the_same_article_is_that_capture() -> None:
    text = (
        "سيطرت المقاومة الشعبية أمس على مدينة زنجبار عاصمة محافظة أبين. "
        "وقال مصدر في المقاومة إن مقاتليها دخلوا المدينة من جهتها الشرقية، ثم دخلت المقاومة مدينة زنجبار من "
        "جهة الغرب أيضا."
    )
    found = [e for e in rows(text) if e["acled_event_type"] == "Battles"]
    assert len(found) == 1
