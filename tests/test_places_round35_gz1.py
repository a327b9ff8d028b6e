"""Round 35 (helper gz1): a site named after a place, told by a bearing from a town of another province.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 35: a
base, airport, camp or triangle named after a place (helper gz1)"): a site the gazetteer lacks whose province is
sourced (``ar/geo.yaml`` site_provinces: العند of Lahij), written as "kind + name + bearing + town" with the town in
another province (قاعدة العند شمال عدن), lies in its own province (that province's area, precision 2), not near the
town; its repeats through the article follow (``geo.recognize.unknown._unknown_before_anchor``).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _found(text: str) -> dict[str, dict[str, Any]]:
    return {text[m.start : m.end]: dict(m.geo or {}) for m in find_places(text)}


def test_a_base_north_of_aden_lies_in_lahij() -> None:
    found = _found("اقتحمت وحدات من الجيش مساء الأحد قاعدة العند شمال عدن بعد قتال استمر أياما.")
    assert found.get("العند", {}).get("admin1") == "Lahij", found
    assert found.get("شمال عدن", {}).get("admin1") == "Aden", found  # the bearing itself is still read


def test_the_base_told_again_keeps_its_province() -> None:
    text = (
        "وصلت تعزيزات عسكرية جديدة إلى معسكر العند شمال عدن يوم الاثنين. "
        "وقال ضابط في الجيش إن الوحدات المرابطة في العند ستتولى تأمين الطرق المؤدية إلى المحافظات المجاورة."
    )
    spots = [(text[m.start : m.end], (m.geo or {}).get("admin1")) for m in find_places(text)]
    assert [a for name, a in spots if name == "العند"] == ["Lahij", "Lahij"], spots


def test_a_row_at_the_base_is_not_in_aden() -> None:
    text = (
        "تحاصر المقاومة منذ أسبوع قاعدة العند شمال عدن. "
        "وقتل سبعة من مسلحي الحوثي أمس في اشتباكات مع رجال المقاومة في العند، بحسب مصادر محلية."
    )
    out = rows(text)
    assert out and all((e.get("location") or {}).get("admin1") == "Lahij" for e in out), [
        e.get("location") for e in out
    ]


def test_a_base_told_beside_a_town_of_its_own_province_keeps_the_town() -> None:
    found = _found("تجمعت قوات الجيش أمس في قاعدة العند جنوب لحج.")
    assert found.get("العند", {}).get("admin1") == "Lahij", found


def test_an_unsourced_name_still_takes_the_town_it_is_told_beside() -> None:
    found = _found("شنت الطائرات غارات على معسكر الصمود شمال عدن فجر اليوم.")
    assert found.get("الصمود", {}).get("admin1") in (None, "Aden"), found


def test_entering_the_base_north_of_aden_is_a_row_in_lahij() -> None:
    out = rows("نجحت المقاومة مساء أمس في دخول قاعدة العند شمال عدن بعد فرار مسلحي الحوثي منها.")
    assert out and all((e.get("location") or {}).get("admin1") == "Lahij" for e in out), [
        e.get("location") for e in out
    ]
