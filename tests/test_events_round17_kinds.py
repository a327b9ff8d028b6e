"""Round 17 (issue 12, helper vs): a storming typed an attack on civilians (rasd.events.coding.kinds).

Forces, police or settlers entering a place (اقتحم، وطئ، دهم) with no one killed, hurt or arrested is no violence
against civilians in ACLED's sense; when a crowd confronts them (مواجهات، صدامات، رشق بالحجارة، "ساحة حرب") the
happening is a riot. The class recurred in four independent files (tune10, tune14, tune17, rowjudge4).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from rasd.events.coding.kinds import _ASSAULT, _CONFRONTATION, _STORMING, KIND_CUES
from rasd.text.normalize import normalize
from tests.event_checks import rows

_RIOT = ("Riots", "Violent demonstration")
_VAC = "Violence against civilians"


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e["acled_event_type"], e["acled_sub_event_type"]) for e in rows(text)]


# ------------------------------------------------------------------------------------------- a storming alone


def test_settlers_entering_a_mosque_under_guard_is_no_row() -> None:
    text = "واقتحم عشرات المستوطنين صباح اليوم الثلاثاء المسجد الإبراهيمي في الخليل تحت حماية جنود الاحتلال."
    assert [t for t, _ in _typed(text) if t == _VAC] == []


def test_police_entering_a_compound_alone_is_no_row() -> None:
    text = "اقتحمت قوة من الشرطة الإسرائيلية ظهر أمس الأحد باحات المسجد الأقصى في القدس المحتلة."
    assert [t for t, _ in _typed(text) if t == _VAC] == []


# --------------------------------------------------------------------------------- a storming met by a crowd


def test_storming_met_by_confrontations_is_a_riot() -> None:
    text = (
        "اقتحمت قوات الاحتلال صباح اليوم الخميس مخيم العروب شمال الخليل، واعتدت على الأهالي وسط صدامات "
        "مع الشبان الذين رشقوها بالحجارة."
    )
    typed = _typed(text)
    assert _RIOT in typed
    assert all(t != _VAC for t, _ in typed)


def test_assault_on_worshippers_in_a_compound_turned_battlefield_is_a_riot() -> None:
    text = (
        "تحولت ساحات المسجد في البلدة القديمة بالقدس يوم الجمعة إلى ساحة حرب بعدما دخلتها الشرطة الإسرائيلية "
        "واعتدت على المصلين الذين حاولوا منع المستوطنين من دخولها."
    )
    typed = _typed(text)
    assert _RIOT in typed
    assert all(t != _VAC for t, _ in typed)


def test_a_headline_storming_is_the_riot_its_lead_tells() -> None:
    text = (
        "الشرطة الإسرائيلية تقتحم المسجد الأقصى\n\n"
        "اندلعت صدامات صباح اليوم الأحد في باحات المسجد الأقصى بالقدس بين المصلين والشرطة الإسرائيلية "
        "التي دخلت الباحات بعد أن تحصن فيها عشرات الشبان."
    )
    typed = _typed(text)
    assert _RIOT in typed
    assert all(t != _VAC for t, _ in typed)


# ------------------------------------------------------------------------------------ what stays what it was


def test_a_storming_that_kills_stays_an_attack_on_civilians() -> None:
    text = "قتل مواطن فلسطيني برصاص جنود الاحتلال أثناء اقتحامهم بلدة بيت أمر شمال الخليل فجر اليوم الخميس."
    assert (_VAC, "Attack") in _typed(text)


def test_an_assault_with_no_confrontation_stays_an_attack_on_civilians() -> None:
    text = "اعتدى مستوطنون صباح اليوم الأربعاء على مزارع فلسطيني في قرية بورين جنوب نابلس وأصابوه بجروح."
    assert _VAC in [t for t, _ in _typed(text)]


def test_a_storming_met_by_gunmen_is_no_riot() -> None:
    text = (
        "اقتحمت قوات الاحتلال مخيم جنين فجر اليوم الاثنين واندلعت اشتباكات مع مسلحين فلسطينيين تبادلوا "
        "إطلاق النار معها."
    )
    assert _RIOT not in _typed(text)


# --------------------------------------------------------------------------------------------------- the words


def test_the_word_lists_read_whole_words_after_their_prefixes() -> None:
    for word in ("اقتحمت", "واقتحم", "باقتحام", "اقتحامهم", "تقتحم", "وطئتها", "داهموا"):
        assert _STORMING.fullmatch(normalize(word)), word
    for word in ("اعتدت", "واعتدوا", "الاعتداء"):
        assert _ASSAULT.fullmatch(normalize(word)), word
    assert not _STORMING.fullmatch(normalize("اقتحاميون"))
    assert _CONFRONTATION.search(normalize("تحولت الباحات إلى ساحة حرب"))
    assert _CONFRONTATION.search(normalize("وسط صدامات مع الشبان"))
    assert not _CONFRONTATION.search(normalize("المواجهاتية"))


def test_every_list_of_the_cue_file_is_read() -> None:
    for name in ("storming_words", "assault_words", "confrontation_words", "battlefield_phrases", "armed_side_words"):
        assert KIND_CUES.words(name)


def test_facing_is_no_confrontation() -> None:
    # the singular مواجهة after ل is "to face": an opinion's general words, no crowd met the force
    assert not _CONFRONTATION.search(normalize("قوات مشتركة لمواجهة التدخلات والاعتداءات على المقدسات"))
