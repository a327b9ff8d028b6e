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
