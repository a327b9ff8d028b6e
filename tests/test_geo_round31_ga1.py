"""Round 31 (helper ga1): a gazetteer key that only a Persian/Urdu/Kurdish spelling of GeoNames' alternate names
gives (سیرت "Siirt" with Persian yeh folds to سيرت "she dispatched"; کیف "Kyiv" to كيف "how") has the ``common``
tier: it names a place only with a descriptor or other supporting context. A key an Arabic-script name of any place
also gives keeps its tier. Sentences written for rasd."""

from __future__ import annotations

from rasd.geo.gazetteer import TIER_COMMON, TIER_NORMAL, Gazetteer, Place, load_gazetteer, name_key
from rasd.geo.recognize.recognizer import find_places


def _names(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_places(text)]


def _place(pid: str, *names: str) -> Place:
    return Place(id=pid, name=pid, name_ar=names[0], names_ar=names, feature="PPL", country="AA", population=50_000)


def test_a_key_only_a_persian_spelling_gives_is_common() -> None:
    gaz = Gazetteer.from_places([_place("a", "بارسان", "سیرات")])
    assert gaz.tier(name_key("سیرات")) == TIER_COMMON
    assert gaz.tier(name_key("بارسان")) == TIER_NORMAL


def test_an_arabic_spelling_of_any_place_keeps_the_key_normal() -> None:
    gaz = Gazetteer.from_places([_place("a", "سیرات"), _place("b", "سيرات")])
    assert gaz.tier(name_key("سيرات")) == TIER_NORMAL
    same = Gazetteer.from_places([_place("c", "کرمانات", "كرمانات")])
    assert same.tier(name_key("كرمانات")) == TIER_NORMAL


def test_packaged_gazetteer_siirt_and_kyiv() -> None:
    gaz = load_gazetteer()
    assert gaz.tier(name_key("سیرت")) == TIER_COMMON
    assert gaz.tier(name_key("کیف")) == TIER_COMMON
    assert gaz.tier(name_key("سعرد")) == TIER_NORMAL  # Siirt's Arabic name
    assert gaz.tier(name_key("كييف")) == TIER_NORMAL  # Kyiv's Arabic name


def test_dispatched_patrols_is_no_place() -> None:
    text = "وسيرت مديرية الأمن العام دوريات الشرطة في شوارع المدينة بعد انتهاء صلاة العيد لتنظيم حركة السير."
    assert not any("سيرت" in n for n in _names(text)), _names(text)
    text2 = "وقالت الوزارة إنها سيرت قوافل إغاثة إلى المناطق المتضررة من السيول خلال الأسبوع الماضي."
    assert not any("سيرت" in n for n in _names(text2)), _names(text2)


def test_arabic_names_of_the_same_places_still_read() -> None:
    text = "وقتل جنديان تركيان في اشتباك مع مسلحين في ولاية سعرد جنوب شرقي تركيا، فيما زار الوزير العاصمة كييف."
    names = _names(text)
    assert any("سعرد" in n for n in names), names
    assert any("كييف" in n for n in names), names


def test_a_persian_spelling_of_an_arabic_name_written_joined_keeps_its_tier() -> None:
    gaz = Gazetteer.from_places([_place("d", "بيت عوا", "بیتعوا"), _place("e", "کرملان")])
    assert gaz.tier(name_key("بيتعوا")) == TIER_NORMAL
    assert gaz.tier(name_key("كرملان")) == TIER_COMMON
    assert load_gazetteer().tier(name_key("دياربكر")) == TIER_NORMAL  # ديار بكر written joined


def test_a_foreign_spelling_after_a_preposition_written_apart_is_the_place() -> None:
    text = "وقال مسؤول محلي إن قذيفتين أطلقتا من الجانب السوري سقطتا صباح اليوم في كيليس، دون وقوع إصابات."
    assert any("كيليس" in n for n in _names(text)), _names(text)
    text2 = "وقالت الشرطة إنها ضبطت مهربين اثنين كانا ينقلان مواد مخدرة، فيما فر آخرون هاربين باتجاه الجبال."
    names2 = _names(text2)
    assert not any("مهربين" in n or "هاربين" in n for n in names2), names2


def test_the_article_added_to_a_foreign_spelling_still_needs_context() -> None:
    # المنسك (a Saudi neighbourhood) is Minsk only through Persian منسک with the article added: not read as Minsk
    text = "وتقام الخيمة الدعوية في حي المنسك بمدينة أبها طوال أيام الصيف، وتشمل أنشطة للرجال والنساء."
    assert not any(p.canonical == "Minsk" for p in find_places(text)), [p.canonical for p in find_places(text)]
