"""Error classes of the second places batch (audit2, issue 11) and the tune half, on sentences written for rasd:
a name the gazetteer lacks placed by the known place right after it, that name repeated, a model entity that cuts
a place in two, and a model place with no ``geo`` written like a place the text names elsewhere."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity
from rasd.geo.recognize import find_places
from rasd.stages.geo import locate_places


def found(text: str) -> dict[str, dict[str, object]]:
    return {text[p.start : p.end]: p.geo for p in find_places(text)}


@pytest.mark.parametrize(
    ("text", "name", "iso3", "admin1", "precision"),
    [
        # a district named before a direction and a town: near the town
        ("اندلعت اشتباكات في منطقة الصفيرة جنوب غرب مأرب مساء أمس.", "الصفيرة", "YEM", "Marib", 2),
        # several names after a plural descriptor, then في and a governorate: the governorate's area
        ("قصف الطيران مناطق البوعيثة والعوجاء في محافظة الأنبار.", "العوجاء", "IRQ", "Al Anbar", 3),
        ("قصف الطيران مناطق البوعيثة والعوجاء في محافظة الأنبار.", "البوعيثة", "IRQ", "Al Anbar", 3),
        # an indefinite one-word name, then a direction and a town
        ("استهدفت الغارة منطقة كريشة شمال مدينة سامراء.", "كريشة", "IRQ", "Salah Al Din", 2),
        # a Saudi governorate written 'محافظة X بمنطقة Y'
        ("نفذ الحكم في محافظة الدغيرة بمنطقة الباحة أمس.", "الدغيرة", "SAU", "Al Bahah", 2),
        # التابعة ل
        ("يقيم في محافظة السهوة التابعة لحائل منذ سنوات.", "السهوة", "SAU", "Hail", 2),
        # a comma before the link, الواقعة before a direction
        ("قصفت الطائرات قرية الصفيرة، في محافظة إدلب.", "الصفيرة", "SYR", "Idleb", 3),
        ("سيطروا على بلدة الصفيرة الواقعة شمال مدينة حلب.", "الصفيرة", "SYR", "Aleppo", 2),
        # a neighbourhood coordinated with a known one after a dual descriptor
        ("دارت المعارك حول حيي المعلا الجديد وكريتر.", "المعلا الجديد", "YEM", "Aden", 2),
    ],
)
def test_unknown_name_placed_by_the_place_after_it(
    text: str, name: str, iso3: str, admin1: str, precision: int
) -> None:
    geo = found(text)[name]
    assert geo["country_iso3"] == iso3 and geo["admin1"] == admin1
    assert geo["geo_precision"] == precision and geo["unresolved"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("سقطت القذائف على منطقة عسكرية في حلب.", "عسكرية"),  # an adjective
        ("تسيطر القوات على مناطق واسعة في محافظة الأنبار.", "واسعة"),  # an adjective of the list
        ("وقعت المعارك في المنطقة الصناعية من مأرب.", "الصناعية"),  # a definite descriptor: no name follows
        ("كانت حلب العاصمة الاقتصادية لسورية.", "الاقتصادية"),  # a definite descriptor takes an adjective
        ("قصفت الطائرات منطقة الصفيرة والعوجاء في محافظة الأنبار.", "العوجاء"),  # و after a singular descriptor
        ("وصلت التعزيزات إلى منطقة الصفيرة أمس.", "الصفيرة"),  # no known place to place it
    ],
)
def test_no_unknown_name(text: str, word: str) -> None:
    assert not any(word in k for k in found(text))


def test_a_placed_name_repeated_after_a_preposition() -> None:
    text = "اندلعت مواجهات في منطقة الصفيرة جنوب غرب مأرب. وقصف الطيران مواقع المسلحين في الصفيرة أمس."
    spans = [(p.start, text[p.start : p.end]) for p in find_places(text)]
    name = "الصفيرة"
    assert [s for s in spans if s[1] == name] == [(text.index(name), name), (text.rindex(name), name)]


def test_model_entity_cutting_a_place_in_two_yields() -> None:
    text = "استهدف الهجوم حاجزا جنوب الشيخ زويد شرق العريش أمس."
    start = text.index("زويد")
    per = Entity(id="T1", type="PER", start=start, end=text.index(" أمس"), source="model")
    doc = Document(text=text, entities=[per])
    locate_places(doc)
    placed = {text[e.start : e.end]: e.geo for e in doc.entities if e.geo}
    assert placed["جنوب الشيخ زويد"]["country_iso3"] == "EGY"  # type: ignore[index]
    assert "شرق العريش" in placed and all(e.type != "PER" for e in doc.entities)


def test_model_place_written_like_a_recognised_one_takes_its_geo() -> None:
    text = "أعلنت السلطات تفكيك خلية في المغرب أمس. ولا يخفي المغرب قلقه من هذه الظاهرة."
    second = text.rindex("المغرب")
    loc = Entity(id="T1", type="LOC", start=second, end=second + len("المغرب"), source="model")
    doc = Document(text=text, entities=[loc])
    locate_places(doc)
    assert loc.geo is not None and loc.geo["country_iso3"] == "MAR"


def test_nisba_shaped_model_place_is_left_to_the_recognizer() -> None:
    text = "تقع الرقة في سورية. وحاول مقاتلون من جنسيات غير سورية الفرار."
    second = text.rindex("سورية")
    loc = Entity(id="T1", type="LOC", start=second, end=second + len("سورية"), source="model")
    doc = Document(text=text, entities=[loc])
    locate_places(doc)
    assert loc.geo is None
