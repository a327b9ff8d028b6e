"""Toponym recognition and resolution: clitics, descriptors, areas, traps, disambiguation, the test set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.geo.recognize import PlaceMention, find_places

DATA = Path(__file__).parent / "data" / "geo_sentences.yaml"


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_places(text)]


def by_span(text: str) -> dict[str, PlaceMention]:
    return {text[m.start : m.end]: m for m in find_places(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف مدفعي على بلدة كفرنبيل صباح اليوم", ["كفرنبيل"]),
        ("غارات على خان شيخون وبسراقب", ["خان شيخون", "سراقب"]),  # و and ب proclitics
        ("وصلت التعزيزات لحماة مساء أمس", ["حماة"]),  # ل proclitic
        ("#كفرنبل تحت القصف", ["كفرنبل"]),  # hashtag
        ("قصفت الطائرات #ريف_حماة الشمالي", ["ريف_حماة الشمالي"]),  # hashtag with underscore
        ("نزح المدنيون من ريف إدلب الجنوبي", ["ريف إدلب الجنوبي"]),  # countryside + direction: one area
        ("تصعيد عسكري على شمال غربي سوريا", ["شمال غربي سوريا"]),  # compound direction before a country
        ("قصفت المدفعية قرية الكبانة", ["الكبانة"]),  # article on a name written without it
        ("استُخدم الغاز في منطقة #الكبانة القلعة الصامدة", ["الكبانة"]),  # a hashtag ends where it ends
        ("سقطت قذائف في الغوطة الشرقية", ["الغوطة الشرقية"]),
        ("التقى الوفدان في أنقرة وموسكو", ["أنقرة", "موسكو"]),
    ],
)
def test_recognition(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "فتح الاتفاق الباب أمام مفاوضات جديدة",  # the door
        "قامت الفلاحة بحلب الحليب من البقرة",  # milking, not Aleppo
        "حماة الديار عليكم سلام",  # protectors, not Hama
        "رحب رئيس مجلس الدوما الروسي بالاتفاق",  # the Russian Duma, not Douma
        "أعلن الاتحاد الأوروبي عن مساعدات",  # the union
        "خرجت المظاهرات السلمية في الشوارع",  # peaceful, not Salamiyah
        "كيف يمكن أن يعود النازحون؟",  # how, not Kyiv
        "أظهرت صور الأقمار الصناعية دماراً واسعاً",  # pictures, not Tyre
        "قصفت قوات سوريا الديمقراطية مواقع للتنظيم",  # an organisation named after a country
        "عاد إلى مسقط رأسه بعد سنوات",  # birthplace, not Muscat
        "وقعت الأطراف اتفاق خفض التصعيد",  # an agreement, not a zone
    ],
)
def test_common_word_traps(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # a bare governorate name is the governorate (point: its seat, coarse) ...
        ("اشتدت المعارك في إدلب", "إدلب", {"feature": "ADM1", "admin1": "Idleb", "geo_precision": 3}),
        # ... "مدينة" makes it the city, "محافظة" the governorate
        ("قصف على مدينة إدلب", "إدلب", {"feature": "PPLA", "admin1": "Idleb", "geo_precision": 1}),
        ("نزوح من محافظة حماة", "حماة", {"feature": "ADM1", "admin1": "Hama", "geo_precision": 3}),
        # ... but a metropolis is meant as the city
        ("سقطت قذائف على حلب", "حلب", {"feature": "PPLA", "admin1": "Aleppo", "geo_precision": 1}),
        # countryside of a governorate: coarse; countryside of a town: near the town
        ("قصف على ريف حماة", "ريف حماة", {"feature": "REGION", "admin1": "Hama", "geo_precision": 3}),
        ("قصف على ريف سراقب", "ريف سراقب", {"feature": "REGION", "admin1": "Idleb", "geo_precision": 2}),
        # a country's part has no point
        ("معارك في شمالي سوريا", "شمالي سوريا", {"country_iso3": "SYR", "lat": None, "geo_precision": 3}),
        # areas from the supplement
        ("قصف على سهل الغاب", "سهل الغاب", {"feature": "PLN", "admin1": "Hama", "admin2": "As-Suqaylabiyah"}),
        ("من مناطق غصن الزيتون", "غصن الزيتون", {"admin1": "Aleppo", "geonames_id": None, "geo_precision": 2}),
        # villages missing from GeoNames cities500 with a sourced point
        ("قصف على بلدة كبانة", "كبانة", {"lat": 35.71833, "lon": 36.23361, "admin3": "Kinsabba"}),
        ("سيطرت القوات على كفرنبودة", "كفرنبودة", {"geonames_id": 168660, "admin1": "Hama"}),
    ],
)
def test_geo_fields(text: str, name: str, want: dict[str, Any]) -> None:
    geo = by_span(text)[name].geo
    for key, value in want.items():
        assert geo[key] == value, (key, geo)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("اشتباكات في طرابلس شمالي لبنان", "طرابلس", "LBN"),  # the text's own country qualifier
        ("وصل الوفد إلى العاصمة الليبية طرابلس", "طرابلس", "LBY"),  # the capital by default
        ("قصف على دوما في الغوطة الشرقية", "دوما", "SYR"),
        ("غارات على خان شيخون وسراقب ثم على أريحا", "أريحا", "SYR"),  # nearby Syrian places
        ("زار الوفد القدس وبيت لحم وأريحا", "أريحا", "PSE"),  # nearby Palestinian places
        # Arab League homonyms: a nationality adjective after or before the name, the article's country focus
        ("هدمت السلطات منازل في رفح المصرية", "رفح", "EGY"),
        ("قصفت المدفعية منازل في رفح جنوب قطاع غزة", "رفح", "PSE"),
        ("وصل الوفد إلى العاصمة الليبية طرابلس", "طرابلس", "LBY"),
        ("اشتباكات في طرابلس، وقال الجيش اللبناني إنه أوقف مطلوبين", "طرابلس", "LBN"),
        ("انفجار في مصنع بمدينة الجبيل الصناعية", "الجبيل", "SAU"),
        ("زار الوفد جبيل شمال بيروت", "جبيل", "LBN"),
        ("اشتباكات في محافظة البيضاء وسط اليمن", "البيضاء", "YEM"),
        ("وصل الوفد إلى مدينة البيضاء شرقي ليبيا", "البيضاء", "LBY"),
        ("تفجير في مدينة المنصورة بدلتا النيل", "المنصورة", "EGY"),
        ("قصف على بلدة المنصورة في ريف الرقة الغربي", "المنصورة", "SYR"),
    ],
)
def test_disambiguation_by_context(text: str, name: str, country: str) -> None:
    assert by_span(text)[name].geo["country_iso3"] == country


def test_homonym_outside_the_named_region_falls_back_to_it() -> None:
    # GeoNames knows al-Mansurah in Raqqa only; the text puts this one west of Aleppo (REFERENCE §7)
    text = "قصفت الطائرات قرية المنصورة بريف حلب الغربي"
    geo = by_span(text)["المنصورة"].geo
    assert geo["admin1"] == "Aleppo" and geo["geo_precision"] == 3 and geo["unresolved"] is True
    assert geo["geonames_id"] is None


def test_small_place_of_a_country_nothing_else_names_is_dropped() -> None:
    # the Saudi region al-Jawf (a built division since 2026-11-26) is read, never the Libyan town of that name
    text = "أعلن أمير منطقة الجوف عن مشاريع في طبرجل وسكاكا بحضور مسؤولين سعوديين"
    assert spans(text) == ["الجوف", "طبرجل", "سكاكا"]
    assert by_span(text)["الجوف"].geo["country_iso3"] == "SAU"
    # a town of a country nothing else names is still dropped (طبرجل, Saudi, in an article on Yemen)
    assert spans("غارات على صعدة ومأرب وحجة في اليمن، ومشاريع في طبرجل") == ["صعدة", "مأرب", "حجة", "اليمن"]
    assert spans("وصلت قافلة إلى منطقة الجوف جنوب شرقي ليبيا") == ["الجوف", "جنوب شرقي ليبيا"]


def test_madda_no_name_has_makes_a_common_word() -> None:
    assert spans("سعى إلى تحقيق مآرب سياسية") == []
    assert spans("غارات على مأرب") == ["مأرب"]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("#المستريحة في ريف حماة الشمالي", "المستريحة", "Hama"),  # a hashtag the gazetteer lacks
        ("قصف على بلدة تل ملح بريف حماة الشمالي", "تل ملح", "Hama"),  # not the village ملح elsewhere
    ],
)
def test_unknown_name_placed_by_the_text(text: str, name: str, admin1: str) -> None:
    geo = by_span(text)[name].geo
    assert geo["admin1"] == admin1 and geo["geo_precision"] == 3 and geo["unresolved"] is True


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات قرية صغيرة في ريف إدلب",  # an adjective, not a name
        "نزح سكان بلدات عدة في ريف إدلب",
        "قصف على تل ملح في ريف حماة",  # no descriptor or hashtag: not guessed
    ],
)
def test_no_unknown_name_without_evidence(text: str) -> None:
    assert [m.key for m in find_places(text)] == ["حماه" if "حماة" in text else "ادلب"]


def test_common_word_outside_the_article_countries_is_not_taken() -> None:
    text = "سقطت قذيفة على حي الروضة في مدينة طنجة شمالي المغرب"  # not the Syrian or Yemeni villages
    assert spans(text) == ["الروضة", "طنجة", "شمالي المغرب"]
    # since round 4 the neighbourhood is placed in the one town of the text: near Tangier, never a village of its name
    rawda = next(m for m in find_places(text) if text[m.start : m.end] == "الروضة")
    assert rawda.geo["country_iso3"] == "MAR" and rawda.geo["geo_precision"] == 2


def test_neighbourhood_outside_its_town_falls_back_to_the_town() -> None:
    # GeoNames knows three Yemeni al-Rawdahs, none in Taiz (admin1 code 25): the text's own town is used
    text = "سقطت قذيفة على حي الروضة شمالي مدينة تعز جنوب غربي اليمن"
    found = by_span(text)
    assert list(found) == ["الروضة", "شمالي مدينة تعز", "جنوب غربي اليمن"]
    geo = found["الروضة"].geo
    assert geo["country_iso3"] == "YEM" and geo["unresolved"] is True and geo["geo_precision"] == 2
    assert geo["geonames_id"] is None
    # "in" written as the clitic ب after a neighbourhood places it in that town too
    geo = by_span("أصيب أربعة مدنيين بقذيفة في حي الروضة بتعز")["الروضة"].geo
    assert geo["country_iso3"] == "YEM" and geo["unresolved"] is True and geo["geo_precision"] == 2


def test_plural_descriptor_carries_over_a_list() -> None:
    found = by_span("قصف على مدينتي إدلب وحماة")
    assert found["إدلب"].geo["feature"] == "PPLA" and found["حماة"].geo["feature"] == "PPLA"
    found = by_span("غارات على ريفي إدلب وحماة")
    assert found["حماة"].geo["feature"] == "REGION"


def test_common_word_seen_with_context_is_kept_with_a_preposition() -> None:
    text = "سيطرت الفصائل على مدينة الباب. وعاد الأهالي إلى الباب بعد أسبوع"
    assert spans(text) == ["الباب", "الباب"]


def test_offsets_survive_diacritics_and_tatweel() -> None:
    text = "قُصِفَتْ بلدةُ كفرنـبل ليلاً"
    (m,) = find_places(text)
    assert text[m.start : m.end] == "كفرنـبل"


# --------------------------------------------------------------------------------------------- the test set
def _load_set() -> list[dict[str, Any]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return list(data["sentences"])


def test_test_set_size() -> None:
    sentences = _load_set()
    traps = sum(len(s.get("trap") or []) for s in sentences)
    assert len(sentences) >= 60
    assert traps >= 20


def test_test_set_precision_and_recall() -> None:
    tp = fp = fn = 0
    errors = []
    for s in _load_set():
        text = s["text"]
        expected = list(s["places"])
        for got in spans(text):
            if got in expected:
                expected.remove(got)
                tp += 1
            else:
                fp += 1
                errors.append(f"false place {got!r} in {text}")
        fn += len(expected)
        errors.extend(f"missed {e!r} in {text}" for e in expected)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    # floors: the set scored 1.00 / 1.00 when it was written (2026-11-25); raise them, never lower them
    assert precision >= 0.95 and recall >= 0.95, (precision, recall, errors)


def test_test_set_geo_expectations() -> None:
    wrong = []
    for s in _load_set():
        found = by_span(s["text"])
        for name, want in (s.get("geo") or {}).items():
            geo = found[name].geo
            for key, value in want.items():
                field = "geo_precision" if key == "precision" else key
                if geo.get(field) != value:
                    wrong.append(f"{name}.{field}={geo.get(field)!r}, want {value!r} in {s['text']}")
    assert not wrong, wrong


# --------------------------------------------------------------------------------------------- properties
_WORDS = ["في", "قصف", "على", "بلدة", "ريف", "إدلب", "وحماة", "الباب", "شمالي", "سوريا", "#كفرنبل", "، ", "الشمالي"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_mentions_are_spans_of_the_text(words: list[str]) -> None:
    text = " ".join(words)
    previous_end = 0
    for m in find_places(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end  # no overlaps, text order
        previous_end = m.end
        assert m.geo["geo_precision"] in (1, 2, 3)


def test_a_country_before_a_qualified_town_is_the_country_not_a_homonym() -> None:
    from rasd.geo.recognize import find_places

    text = "وأعلنت روسيا في مدينة حلب وقفًا لإطلاق النار."
    found = {text[m.start : m.end]: m for m in find_places(text)}
    assert found["روسيا"].geo["country_iso3"] == "RUS"
    assert "fallback:qualifier" not in found["روسيا"].evidence


@pytest.mark.parametrize("text", ["وجنوب جدة", "بجنوب دمشق", "وشمال حلب"])
def test_direction_phrase_at_the_very_start_of_a_text(text: str) -> None:
    """A direction phrase whose proclitic is the text's first token has nothing before it (was an IndexError)."""
    found = find_places(text)
    assert len(found) == 1
    assert found[0].start == 1
    assert found[0].geo is not None and found[0].geo["geo_precision"] == 2
