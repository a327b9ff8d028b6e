"""Round 18c (helper an): al-Anad air base (قاعدة العند, Lahij) is a sourced place row of the gazetteer supplement
(Wikipedia 'Al Anad Air Base', 13°10′34″N 44°45′44″E), measured by helper gz (docs/places.md, Round 18b): the site
the Yemeni articles of the tuning files name is placed at its own point in Lahij, not left unresolved."""

from __future__ import annotations

import csv
from pathlib import Path

from rasd.geo.recognize import find_places

SUPPLEMENT = Path(__file__).resolve().parents[1] / "src/rasd/resources/gazetteer/supplement.tsv"


def _row(row_id: str) -> dict[str, str]:
    lines = [line for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return next(r for r in csv.DictReader(lines, delimiter="\t") if r["id"] == row_id)


def test_the_row_names_its_source_and_lies_in_lahij() -> None:
    row = _row("YE.al_anad")
    assert row["kind"] == "place" and row["country"] == "YE" and row["admin1_code"] == "24"
    assert "Al Anad Air Base" in row["source"] and "13°10′34″N 44°45′44″E" in row["source"]
    assert abs(float(row["lat"]) - (13 + 10 / 60 + 34 / 3600)) < 1e-3
    assert abs(float(row["lon"]) - (44 + 45 / 60 + 44 / 3600)) < 1e-3


def test_the_base_named_with_its_kind_word_is_placed_at_its_point() -> None:
    places = find_places("شنت مقاتلات التحالف غارات مكثفة على مواقع المتمردين في قاعدة العند الجوية أمس")
    site = next(p for p in places if p.canonical_ar.startswith("العند"))
    assert site.geo["admin1"] == "Lahij" and not site.geo.get("unresolved")
    assert abs(site.geo["lat"] - 13.17611) < 1e-4 and abs(site.geo["lon"] - 44.76222) < 1e-4


def test_the_camp_of_the_same_name_is_placed_there_too() -> None:
    places = find_places("وأفادت مصادر محلية أن مواجهات عنيفة اندلعت قرب معسكر العند شمال مدينة الحوطة")
    site = next(p for p in places if p.canonical_ar.startswith("العند"))
    assert site.geo["admin1"] == "Lahij" and not site.geo.get("unresolved")
