"""Actors across the region: regional groups and their partisan names, ACLED labels chosen by date, national bodies
told apart by the country named beside them, generic actors with the article's focus country, and no unfilled
ACLED template anywhere (sentences written for rasd)."""

from __future__ import annotations

import itertools

import pytest

import rasd
from rasd.document import Document, Entity
from rasd.geo.focus import adjective_country, focus_country, place_country
from rasd.ner.lexicon import load_lexicon
from rasd.stages.entities import find_entities
from rasd.stages.segment import segment_document


def actors(text: str, *, published: str | None = None) -> dict[str, Entity]:
    """The lexicon actors of ``text`` run through the whole pipeline (places geocoded), by surface."""
    doc = rasd.extract("خبر\n\n" + text, fmt="text", published=published)
    assert not doc.errors, doc.errors
    assert doc.validate_spans() == []
    return {doc.text[e.start : e.end]: e for e in doc.entities if e.actor_id}


# ---------------------------------------------------------------------------------------------- no "{" anywhere
_DATES = [None, "2009-01-01", "2014-06-01", "2015-03-01", "2015-07-20", "2016-10-01", "2019-06-01", "2022-06-01"]


def test_no_acled_name_or_canonical_keeps_a_template() -> None:
    lexicon = load_lexicon()
    countries = [None, *lexicon.countries]
    dates = sorted({*_DATES, *(lab.until for a in lexicon.actors for lab in a.earlier)}, key=lambda d: d or "")
    for actor, date in itertools.product(lexicon.actors, dates):
        for country in countries:
            reading = lexicon.read_actor(actor, country=country, date=date, focus=country)
            if reading is None:
                continue
            for value in (reading.acled, reading.canonical, reading.canonical_ar):
                assert value is None or ("{" not in value and "}" not in value), (actor.id, country, date, value)
            name = actor.acled_name(lexicon.country_name(country), date=date)
            assert name is None or "{" not in name, (actor.id, country, date, name)


def test_entities_never_carry_a_template() -> None:
    text = (
        "تبنى تنظيم داعش الهجوم، وقال مسلحون مجهولون إنهم قتلوا مدنيين، وخرج المتظاهرون في الشوارع، "
        "ثم فرقتهم الشرطة وقوات الأمن، وتدخل الجيش والدفاع المدني، وتبنت أنصار الشريعة هجوما آخر."
    )
    for published in (None, "2015-07-20"):
        doc = rasd.extract("خبر\n\n" + text, fmt="text", published=published)
        for e in doc.entities:
            for value in (e.acled, e.canonical, e.canonical_ar):
                assert value is None or "{" not in value, (doc.text[e.start : e.end], value)
        for ent in doc.to_dict()["entities"]:
            assert all("{" not in str(ent.get(key, "")) for key in ("acled", "canonical", "canonical_ar"))


# ---------------------------------------------------------------------------------------------- labels by date
@pytest.mark.parametrize(
    ("actor_id", "date", "acled", "inter"),
    [
        ("yem-houthi", "2014-09-21", "Houthi Movement - Ansar Allah", 2),
        ("yem-houthi", "2015-07-20", "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee", 1),
        ("yem-houthi", "2017-01-10", "Military Forces of Yemen (2016-) Supreme Political Council", 1),
        ("yem-houthi", "2019-05-01", "Military Forces of Yemen (2017-) Houthi", 1),
        ("yem-gov-forces", "2016-03-01", "Military Forces of Yemen (2012-)", 1),
        ("yem-gov-forces", "2023-03-01", "Military Forces of Yemen (2022-) Presidential Leadership Council", 1),
        ("sdn-rsf", "2021-06-01", "Military Forces of Sudan (2019-2023) Rapid Support Forces", 1),
        ("sdn-rsf", "2024-01-15", "RSF: Rapid Support Forces", 2),
        ("saudi-coalition", "2015-04-01", "Operation Decisive Storm", 8),
        ("saudi-coalition", "2016-04-01", "Operation Restoring Hope", 8),
        ("syr-gov-forces", "2019-05-20", "Military Forces of Syria (2000-2024)", 1),
        ("usa-forces", "2023-01-01", "Military Forces of the United States (2021-)", 8),
        ("usa-forces", "2025-06-01", "Military Forces of the United States (2025-)", 8),
        ("som-army", "2016-01-01", "Military Forces of Somalia (2012-)", 1),
        ("tur-forces", "2015-07-20", "Military Forces of Turkey (2002-2016)", 8),
        # a period whose label could not be sourced has none (never a guessed one)
        ("irq-forces", "2015-07-20", None, 1),
        ("irq-pmf", "2016-10-17", None, 1),
        ("tur-forces", "2001-05-01", None, 8),
    ],
)
def test_state_force_labels_follow_the_date(actor_id: str, date: str, acled: str | None, inter: int) -> None:
    actor = load_lexicon().by_id[actor_id]
    assert actor.acled_name(date=date) == acled
    assert actor.inter_on(date) == inter


def test_entity_label_follows_the_article_date() -> None:
    text = "وقصف الحوثيون أحياء مدينة تعز بالمدفعية."
    assert actors(text, published="2015-07-20")["الحوثيون"].acled == (
        "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"
    )
    assert actors(text, published="2020-02-01")["الحوثيون"].acled == "Military Forces of Yemen (2017-) Houthi"
    assert actors(text)["الحوثيون"].acled == "Military Forces of Yemen (2017-) Houthi"  # no date: the current


# ---------------------------------------------------------------------------------------------- regional groups
@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        # Yemen, with the partisan and pejorative names
        ("وهاجمت ميليشيا الحوثي الانقلابية مواقع الجيش.", "ميليشيا الحوثي الانقلابية", "yem-houthi"),
        ("وقالت جماعة أنصار الله إنها أسقطت طائرة.", "جماعة أنصار الله", "yem-houthi"),
        ("وتقدمت الميليشيات الحوثية نحو المدينة.", "الميليشيات الحوثية", "yem-houthi"),
        ("وشنت مقاتلات التحالف العربي غارات على المعسكر.", "مقاتلات التحالف العربي", "saudi-coalition"),
        ("وتبنى تنظيم القاعدة في جزيرة العرب التفجير.", "تنظيم القاعدة في جزيرة العرب", "yem-aqap"),
        ("وسيطر مسلحو أنصار الشريعة على المبنى.", "أنصار الشريعة", "ansar-al-sharia"),
        ("واشتبكت المقاومة الجنوبية مع قوات صالح.", "المقاومة الجنوبية", "yem-southern-resistance"),
        ("واشتبكت المقاومة الجنوبية مع قوات صالح.", "قوات صالح", "yem-saleh-forces"),
        ("وانتشرت قوات الحزام الأمني في الشوارع.", "قوات الحزام الأمني", "yem-security-belt"),
        # Iraq
        ("وشاركت قوات الحشد الشعبي في الهجوم.", "قوات الحشد الشعبي", "irq-pmf"),
        ("وتقدمت قوات البيشمركة نحو القرية.", "قوات البيشمركة", "irq-peshmerga"),
        ("واعتقلت الأسايش ثلاثة مشتبه بهم.", "الأسايش", "irq-asayish"),
        # Libya
        ("وقصفت قوات حفتر مواقع في المدينة.", "قوات حفتر", "lby-lna"),
        ("وأعلن الجيش الوطني الليبي سيطرته على الميناء.", "الجيش الوطني الليبي", "lby-lna"),
        ("وانسحبت قوات فجر ليبيا من المطار.", "قوات فجر ليبيا", "lby-libya-dawn"),
        ("واشتبك الجيش مع مجلس شورى ثوار بنغازي.", "مجلس شورى ثوار بنغازي", "lby-benghazi-shura"),
        # Sudan
        ("واتهم الأهالي قوات الدعم السريع بنهب السوق.", "قوات الدعم السريع", "sdn-rsf"),
        ("وهاجمت ميليشيا الجنجويد القرية.", "ميليشيا الجنجويد", "sdn-rsf"),
        ("وأعلنت حركة العدل والمساواة انسحابها.", "حركة العدل والمساواة", "sdn-jem"),
        # Somalia
        ("وتبنت حركة الشباب المجاهدين الهجوم.", "حركة الشباب المجاهدين", "som-al-shabaab"),
        ("وطرد الجيش الصومالي المسلحين من البلدة.", "الجيش الصومالي", "som-army"),
        # Palestine, Israel, Lebanon, Egypt
        ("وأطلقت كتائب عز الدين القسام صواريخ.", "كتائب عز الدين القسام", "pse-hamas"),
        ("وأعلنت سرايا القدس مسؤوليتها.", "سرايا القدس", "pse-pij"),
        ("واقتحمت قوات الاحتلال الإسرائيلي البلدة.", "قوات الاحتلال الإسرائيلي", "isr-forces"),
        ("واعتقلت الشرطة في غزة مطلوبين.", "الشرطة في غزة", "pse-gaza-police"),
        ("واستهدف حزب الله دورية على الحدود.", "حزب الله", "lbn-hezbollah"),
        ("وداهمت قوى الأمن الداخلي شقة في بيروت.", "قوى الأمن الداخلي", "lbn-isf"),
        ("وتبنت جماعة أنصار بيت المقدس الهجوم.", "جماعة أنصار بيت المقدس", "egy-wilayat-sinai"),
        ("وأعلن تنظيم ولاية سيناء مسؤوليته.", "تنظيم ولاية سيناء", "egy-wilayat-sinai"),
    ],
)
def test_regional_actor(text: str, surface: str, actor_id: str) -> None:
    doc = Document(text=text)
    segment_document(doc)
    found = {text[e.start : e.end]: e.actor_id for e in find_entities(doc) if e.actor_id}
    assert found.get(surface) == actor_id, found


def test_sinai_province_is_the_islamic_state_in_egypt() -> None:
    found = actors("وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم في العريش.", published="2016-01-01")
    assert found["تنظيم ولاية سيناء"].acled == "Islamic State (Egypt)"
    assert found["تنظيم ولاية سيناء"].country == "EGY"


# ---------------------------------------------------------------------------------------------- national bodies
@pytest.mark.parametrize(
    ("text", "surface", "actor_id", "country", "canonical"),
    [
        (
            "وانتشلت طواقم الدفاع المدني الفلسطيني جثث الضحايا.",
            "طواقم الدفاع المدني الفلسطيني",
            "civil-defence",
            "PSE",
            None,
        ),
        ("وأخمد الدفاع المدني في غزة الحريق.", "الدفاع المدني", "civil-defence", "PSE", "Civil Defence (Palestine)"),
        ("وانتشل الدفاع المدني السوري الضحايا.", "الدفاع المدني السوري", "syr-civil-defence", "SYR", None),
        ("وانتشلت فرق الدفاع المدني السوري الضحايا.", "فرق الدفاع المدني السوري", "syr-civil-defence", "SYR", None),
        ("وفرقت الشرطة العراقية المحتجين.", "الشرطة العراقية", "irq-police", "IRQ", "Iraqi police"),
        ("وفرقت الشرطة المصرية المحتجين.", "الشرطة المصرية", "egy-police", "EGY", "Egyptian police"),
        ("وأعلن الجيش اللبناني توقيف مطلوب.", "الجيش اللبناني", "lbn-army", "LBN", None),
        (
            "وقالت الشرطة الأردنية إنها أوقفت المشتبه به.",
            "الشرطة الأردنية",
            "state-police",
            "JOR",
            "Police Forces of Jordan",
        ),
        ("وهبطت طائرة من سلاح الجو الملكي السعودي في المطار.", "سلاح الجو الملكي السعودي", "sau-forces", "SAU", None),
        ("وقال الجيش الروسي إنه دمر مستودعا.", "الجيش الروسي", "rus-forces", "RUS", None),
    ],
)
def test_national_bodies_are_told_apart_by_the_country_beside_them(
    text: str, surface: str, actor_id: str, country: str, canonical: str | None
) -> None:
    found = actors(text, published="2019-05-20")
    assert surface in found, list(found)
    ent = found[surface]
    assert (ent.actor_id, ent.country) == (actor_id, country)
    if canonical is not None:
        assert ent.canonical == canonical


def test_a_bare_civil_defence_with_no_country_is_the_syrian_one() -> None:
    doc = Document(text="وانتشلت فرق الدفاع المدني الضحايا.")
    segment_document(doc)
    (ent,) = [e for e in find_entities(doc) if e.actor_id]
    assert ent.actor_id == "syr-civil-defence"


# ---------------------------------------------------------------------------------------------- generic actors
YEMEN = (
    "قصف الجيش مواقع للمسلحين في مدينة زنجبار بمحافظة أبين جنوب اليمن، فيما اغتال مسلحون مجهولون ضابطا في عدن، "
    "وقالت مصادر طبية إن مدنيين قتلوا في القصف، وخرج المتظاهرون في تعز للمطالبة برواتبهم."
)


def test_generic_actors_take_the_focus_country() -> None:
    found = actors(YEMEN, published="2016-03-01")
    army = found["الجيش"]
    assert (army.actor_id, army.acled, army.inter, army.country) == (
        "yem-gov-forces",
        "Military Forces of Yemen (2012-)",
        1,
        "YEM",
    )
    gunmen = found["مسلحون مجهولون"]
    assert (gunmen.canonical, gunmen.acled, gunmen.inter, gunmen.country) == (
        "Unidentified Armed Group (Yemen)",
        "Unidentified Armed Group (Yemen)",
        3,
        "YEM",
    )
    assert (found["مدنيين"].acled, found["مدنيين"].inter) == ("Civilians (Yemen)", 7)
    assert (found["المتظاهرون"].acled, found["المتظاهرون"].inter) == ("Protesters (Yemen)", 6)


def test_generic_state_forces_without_a_sourced_label() -> None:
    found = actors("وقصفت القوات الحكومية مواقع المسلحين في بنغازي وسرت شرق ليبيا.", published="2015-07-20")
    ent = found["القوات الحكومية"]
    assert (ent.actor_id, ent.canonical, ent.acled, ent.country) == (
        "state-military",
        "Military Forces of Libya",
        None,
        "LBY",
    )


def test_another_countrys_state_forces_are_external() -> None:
    found = actors("وقالت الشرطة التركية إنها أوقفت مهربين قرب إدلب وحلب في سوريا.", published="2019-05-20")
    ent = found["الشرطة التركية"]
    assert (ent.country, ent.inter, ent.canonical) == ("TUR", 8, "Police Forces of Turkey")


def test_the_coalition_depends_on_the_country() -> None:
    yemen = actors("وشنت طائرات التحالف غارات على صنعاء وصعدة في اليمن.", published="2016-01-10")
    iraq = actors("وشنت طائرات التحالف غارات على الموصل وتلعفر في العراق.", published="2016-01-10")
    assert yemen["طائرات التحالف"].actor_id == "saudi-coalition"
    assert iraq["طائرات التحالف"].actor_id == "coalition-daesh"


def test_a_generic_actor_with_no_country_is_not_an_entity() -> None:
    doc = Document(text="وقالت الشرطة إن التحقيق مستمر.")
    segment_document(doc)
    assert [e for e in find_entities(doc) if e.actor_id] == []


# ---------------------------------------------------------------------------------------------- focus country
def test_focus_country_from_geocoded_places_and_before_them() -> None:
    doc = rasd.extract(YEMEN, fmt="text")
    assert focus_country(doc) == "YEM"
    assert focus_country(Document(text="لا مكان هنا")) is None
    pre = Document(text=YEMEN)
    segment_document(pre)
    assert focus_country(pre, entities=find_entities(pre)) == "YEM"


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("اليمنية", "YEM"), ("العراقيين", "IRQ"), ("الليبي", "LBY"), ("والسوريون", "SYR"), ("تركي", None), ("كبير", None)],
)
def test_adjective_country(word: str, iso3: str | None) -> None:
    assert adjective_country(word) == iso3


def test_place_country() -> None:
    assert place_country("بنغازي") == ("LBY", False)
    assert place_country("اليمن") == ("YEM", True)
    assert place_country("طرابلس") is None  # Libya and Lebanon
