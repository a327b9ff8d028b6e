"""Round 16b (issue 12, helper ev15): false rows on real articles — confrontations typed as battles, general
statements told as happenings.

ACLED's Battles need two organised armed groups. Confrontations (مواجهات، صدامات) of residents or young men with an
army — an occupation's forces named in the sentence, or a crowd named as the other side after مع or بين — with no
armed hands and no fire exchanged named, are a violent demonstration (the coders' call on three tune files). A
confrontation with gunmen, fighters or a named armed group, or one told as armed (مواجهات مسلحة), stays a clash.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e["acled_event_type"], e["acled_sub_event_type"]) for e in rows(text)]


_RIOT = ("Riots", "Violent demonstration")


def test_confrontation_with_residents_is_a_riot() -> None:
    text = "قتلت قوات الاحتلال الإسرائيلي فجر أمس شابا من سكان بلدة قباطية جنوب جنين خلال مواجهات مع السكان في البلدة."
    assert _typed(text) == [_RIOT]


def test_confrontation_with_the_occupation_army_is_a_riot() -> None:
    text = "اندلعت مواجهات فجر اليوم الأحد بين شبان فلسطينيين والجيش الإسرائيلي في بلدة بيت أمر شمال الخليل."
    assert _typed(text) == [_RIOT]


def test_confrontation_of_residents_with_security_forces_is_a_riot() -> None:
    text = "اندلعت مواجهات عنيفة مساء الجمعة بين الأهالي وقوات الأمن في مدينة الخليل."
    assert _typed(text) == [_RIOT]


def test_confrontation_with_gunmen_stays_a_clash() -> None:
    text = "اندلعت مواجهات عنيفة بين مسلحين فلسطينيين وقوات الاحتلال الإسرائيلي شرق خان يونس أمس الاثنين."
    assert _typed(text) == [("Battles", "Armed clash")]


def test_armed_confrontation_stays_a_clash() -> None:
    text = "وقعت مواجهات مسلحة بين قوات الاحتلال الإسرائيلي وعدد من الشبان في مخيم جنين فجر اليوم."
    assert _typed(text) == [("Battles", "Armed clash")]


def test_confrontation_of_two_armed_groups_stays_a_clash() -> None:
    text = "دارت مواجهات بين الجيش اليمني ومسلحي الحوثي في مديرية نهم أمس الأحد أسفرت عن مقتل عشرة."
    assert ("Battles", "Armed clash") in _typed(text)
    assert _RIOT not in _typed(text)


# General statements: what an actor does, told in a relative clause in the present tense, with no day of its own.


def test_a_campaign_described_by_a_relative_clause_is_no_row() -> None:
    text = "وقد تصبح حماية المقاتلين مهمة متزايدة للولايات المتحدة التي تشن ضربات جوية ضد مواقع التنظيم في شرق سوريا."
    assert rows(text) == []


def test_a_campaign_named_before_its_relative_clause_is_no_row() -> None:
    text = "وزار نائب الوزير أربيل لطمأنة المسؤولين بشأن الغارات التي تشنها أنقرة على مواقع الحزب في شمال العراق."
    assert rows(text) == []


def test_a_present_tense_trigger_after_a_relative_pronoun_is_no_row() -> None:
    text = "وقالت الوزارة إن القانون يسمح باحتجاز المقاتلين الذين يعتقلون في ميادين القتال في العراق."
    assert rows(text) == []


def test_acts_committed_as_a_kind_are_no_row() -> None:
    text = "ودعا الوزير إلى العمل معا للقضاء على أعمال العنف هذه التي ترتكب في مدن المنطقة."
    assert rows(text) == []


def test_a_relative_clause_with_a_day_of_its_own_is_still_a_row() -> None:
    text = "وقالت مصادر إن الطائرات التي تشن غارات على المدينة منذ صباح اليوم الأحد قتلت خمسة مدنيين في حي الشعار بحلب."
    assert rows(text)


def test_a_past_tense_relative_clause_is_still_a_row() -> None:
    text = "وقالت الشرطة إن المسلحين الذين هاجموا حاجزا أمنيا في مدينة العريش أمس الأحد قتلوا جنديين."
    assert rows(text)


def test_a_storming_told_with_confrontations_is_one_riot() -> None:
    text = (
        "وذكرت مصادر محلية أن شابا أصيب فجر اليوم برصاصة في قدمه خلال مواجهات مع الجيش الإسرائيلي الذي اقتحم "
        "بلدة عزون شرق قلقيلية."
    )
    assert _RIOT in _typed(text)
    assert ("Violence against civilians", "Attack") not in _typed(text)
