"""Round 17 (issue 12, helper ev16): false rows on fresh articles — a trigger told as the circumstance of another
clause, or as what recurs, is no happening of its own.

Read on tune19, tune20 (released this round) and rowjudge3, with the other tune files and rowjudge/rowjudge2: a war
word in "at a time when" with a present-tense verb (في وقت يحاول فيه العراق استعادة السيطرة على الرمادي), in a
relative clause of witnessing that describes a place (سيناء التي تشهد هجمات يشنها متشددون، تركيا التي شهدت عدة هجمات
دموية), amid a rise of a kind of violence (وسط تصاعد هجمات الحزب والغارات التركية), or said of what recurs (ألقي
القبض عليه عدة مرات) names the background of the news, not a happening of a day. A day named in the frame or the
clause, or a counted toll, keeps the row.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import events, rows


def _granularity(text: str, trigger: str) -> str | None:
    found = [e for e in events(text, "2015-08-10") if e["trigger"]["text"] == trigger]
    return found[0]["granularity"] if found else None


# "At a time when" with a present-tense verb: the frame of the main clause.


def test_at_a_time_when_a_force_tries_to_retake_a_city_is_no_row() -> None:
    text = (
        "التقى وزير الخارجية الأمريكي أمس الاثنين رئيس الوزراء العراقي في بغداد في وقت تحاول فيه القوات الحكومية "
        "استعادة السيطرة على مدينة الفلوجة."
    )
    assert rows(text) == []
    assert _granularity(text, "استعادة السيطرة") == "ongoing"


def test_at_a_time_when_the_fighting_goes_on_in_a_province_is_no_row() -> None:
    text = (
        "ناقش الرئيس اليمني مع قادة التحالف أمس الأحد الوضع الإنساني في الوقت الذي تخوض فيه قوات المقاومة معارك "
        "ضد المتمردين في محافظة تعز."
    )
    assert [e for e in rows(text) if e["acled_event_type"] == "Battles"] == []


def test_at_a_time_when_with_a_past_verb_keeps_the_row() -> None:
    text = "في وقت سابق اليوم، قصفت طائرات التحالف مواقع للحوثيين في صنعاء."
    assert [e["acled_event_type"] for e in rows(text)] == ["Explosions/Remote violence"]


# A place described by what it witnesses.


def test_a_city_that_saw_fierce_battles_is_no_row() -> None:
    text = "وزار وزير الداخلية أمس مدينة عدن التي شهدت معارك عنيفة بين المقاومة الشعبية والحوثيين."
    assert rows(text) == []
    assert _granularity(text, "معارك عنيفة") == "ongoing"


def test_a_city_that_saw_several_attacks_is_no_row() -> None:
    text = "وأعربت الأمم المتحدة عن قلقها من الأوضاع في تعز التي شهدت عدة هجمات دامية."
    assert rows(text) == []


def test_a_region_that_witnesses_attacks_adds_no_row_to_the_blast() -> None:
    text = "قتل جنديان مصريان أمس الأحد في انفجار عبوة ناسفة بمدينة العريش شمال سيناء التي تشهد هجمات يشنها مسلحون."
    assert [e["acled_event_type"] for e in rows(text)] == ["Explosions/Remote violence"]


def test_a_city_that_saw_clashes_this_morning_keeps_its_day() -> None:
    text = "وصل المبعوث الأممي إلى مدينة تعز التي شهدت صباح اليوم الأحد اشتباكات عنيفة بين المقاومة الشعبية والحوثيين."
    assert _granularity(text, "اشتباكات عنيفة") == "discrete"


# Amid a rise of a kind of violence.


def test_amid_rising_attacks_is_no_row() -> None:
    text = (
        "أعلنت الحكومة التركية رفع حالة التأهب في المحافظات الجنوبية وسط تصاعد هجمات المسلحين الأكراد على مواقع الجيش."
    )
    assert _granularity(text, "هجمات") == "ongoing"


# What recurs.


def test_arrested_several_times_is_no_row() -> None:
    text = "وقال مصدر أمني إن الشاب اعتقل عدة مرات بسبب نشاطه في التنظيم."
    assert _granularity(text, "اعتقل") == "ongoing"


def test_settlers_attacked_the_farmers_repeatedly_is_no_row() -> None:
    text = "وقالت مصادر محلية إن المستوطنين اعتدوا على المزارعين في قرية بورين مرارا."
    assert rows(text) == []


def test_shelled_several_times_this_morning_keeps_the_row() -> None:
    text = "قصفت طائرات النظام السوري مدينة دوما عدة مرات صباح اليوم الأحد."
    assert [e["acled_event_type"] for e in rows(text)] == ["Explosions/Remote violence"]


def test_an_arrest_of_the_day_of_a_man_arrested_several_times_before_keeps_its_row() -> None:
    text = "اعتقلت الشرطة التركية أمس الثلاثاء في إسطنبول شابا سبق أن اعتقل عدة مرات."
    assert [e["acled_sub_event_type"] for e in rows(text)] == ["Arrests"]


def test_amid_the_continuing_shelling_of_the_day_keeps_the_row() -> None:
    text = (
        "ارتفع إلى 12 عدد الغارات التي نفذها الطيران الحربي منذ صباح أمس على مدينة درعا وسط استمرار قصف قوات "
        "النظام على أحياء المدينة."
    )
    assert _granularity(text, "قصف") != "ongoing"
