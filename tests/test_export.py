"""ACLED CSV and GeoJSON exports of coded events (articles written for rasd)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rasd import Pipeline
from rasd.cli import main
from rasd.export.acled import COLUMNS, to_csv
from rasd.export.geojson import feature_collection
from rasd.ingest import parse_string

_ARTICLE = (
    "غارات على أريحا\n"
    "قتل سبعة مدنيين، يوم أمس السبت، في غارات شنها الطيران الروسي على مدينة أريحا جنوبي إدلب.\n"
    "وقدرت موجة النزوح بـ20 ألفا منذ بدء الحملة على ريف إدلب.\n"
    "وفي سياق آخر، تظاهر المئات في مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية.\n"
)


def _doc():  # type: ignore[no-untyped-def]
    doc = parse_string(_ARTICLE, fmt="text", published="2021-03-14")
    Pipeline().run(doc)
    return doc


def test_acled_csv_has_the_31_columns_in_order_and_one_row_per_discrete_event() -> None:
    doc = _doc()
    rows = list(csv.DictReader(io.StringIO(to_csv([doc]))))
    assert len(COLUMNS) == 31 and COLUMNS[0] == "event_id_cnty" and COLUMNS[-1] == "timestamp"
    assert list(rows[0].keys()) == list(COLUMNS)
    subs = sorted(r["sub_event_type"] for r in rows)
    assert subs == ["Air/drone strike", "Peaceful protest"]  # the displacement aggregate is not a row
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
    assert strike["event_date"] == "2021-03-13" and strike["year"] == "2021" and strike["time_precision"] == "1"
    assert strike["country"] == "Syria" and strike["iso"] == "760" and strike["admin1"] == "Idleb"
    assert strike["fatalities"] == "7" and strike["civilian_targeting"] == "Civilian targeting"
    assert strike["notes"].startswith("On 13 March 2021, Military Forces of Russia")
    assert "7 reported fatalities" in strike["notes"]


def test_geojson_points_carry_the_event_fields() -> None:
    fc = feature_collection([_doc()])
    assert fc["type"] == "FeatureCollection"
    assert fc["features"]
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["properties"]["location"]["lat"] == lat and f["properties"]["location"]["lon"] == lon
        assert "mentions" not in f["properties"]


def test_cli_formats(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(article), "--published", "2021-03-14", "--format", "acled-csv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)
    gj = tmp_path / "out.geojson"
    assert main(["extract", str(article), "--published", "2021-03-14", "--format", "geojson", "-o", str(gj)]) == 0
    assert json.loads(gj.read_text(encoding="utf-8"))["features"]


def test_country_names_agree_with_the_actor_lexicon() -> None:
    """resources/countries.yaml (ISO numbers, ACLED regions) and actors.yaml's countries name a country the same."""
    from rasd.export import countries
    from rasd.ner.lexicon import load_lexicon

    lexicon = load_lexicon()
    differ = {
        iso3: (name, lexicon.country_name(iso3))
        for iso3, (_, name, _) in countries().items()
        if lexicon.country_name(iso3) not in (None, name)
    }
    assert not differ
