"""The ``geo`` stage: entities with geo on the document, merging, and the seed article's places."""

from __future__ import annotations

import importlib.util
import json
import math
from typing import Any

import pytest

import rasd.stages.geo  # registers the stage
from rasd.document import Document, Entity
from rasd.pipeline import Pipeline, registered_stages
from rasd.stages.geo import locate_places
from tests.conftest import SHARED, needs_shared

TEXT = "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي، ونزح الأهالي إلى حلب ومخيمات أطمة."


def test_stage_is_registered() -> None:
    spec = registered_stages()["geo"]
    assert spec.fn is rasd.stages.geo.geo
    assert spec.requires == frozenset({"text"})
    assert {"entities", "places"} <= spec.provides


def test_stage_adds_place_entities() -> None:
    doc = Document(text=TEXT)
    Pipeline(["geo"]).run(doc)
    assert not doc.errors
    found = {doc.text[e.start : e.end]: e for e in doc.entities}
    assert set(found) == {"كفرنبل", "ريف إدلب الجنوبي", "حلب"}
    kafr = found["كفرنبل"]
    assert kafr.type == "GPE" and kafr.source == "gazetteer" and kafr.canonical_ar == "كفرنبل"
    assert kafr.geo is not None and kafr.geo["geonames_id"] == 168661 and kafr.geo["country_iso3"] == "SYR"
    region = found["ريف إدلب الجنوبي"]
    assert region.type == "LOC" and region.geo is not None and region.geo["feature"] == "REGION"
    assert [e.id for e in doc.entities] == ["T1", "T2", "T3"]
    assert all(doc.text[e.start : e.end] for e in doc.entities)
    json.loads(doc.to_json())  # the geo object serializes


def test_place_inside_an_organisation_is_left_to_it() -> None:
    doc = Document(text="أطباء مستشفى حماة الوطني في مدينة إدلب")
    org_start = doc.text.index("مستشفى")
    doc.entities.append(Entity(id="T1", type="ORG", start=org_start, end=org_start + len("مستشفى حماة الوطني")))
    locate_places(doc)
    assert [(e.id, e.type, doc.text[e.start : e.end]) for e in doc.entities] == [
        ("T1", "ORG", "مستشفى حماة الوطني"),
        ("T2", "GPE", "إدلب"),
    ]


def test_existing_place_entity_gets_geo_instead_of_a_duplicate() -> None:
    doc = Document(text="سقطت قذائف على مدينة إدلب")
    start = doc.text.index("إدلب")
    doc.entities.append(Entity(id="T7", type="LOC", start=start, end=start + 4, source="model"))
    placed = locate_places(doc)
    assert len(doc.entities) == 1 and placed == doc.entities
    entity = doc.entities[0]
    assert entity.id == "T7" and entity.source == "model"
    assert entity.geo is not None and entity.geo["admin1"] == "Idleb" and entity.canonical == "Idlib"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("سقطت قذائف على مدينة إدلب", "إدلب", "GPE"),  # a city
        ("وصل النازحون إلى سوريا", "سوريا", "GPE"),  # a country
        ("تقدمت القوات في سهل الغاب", "سهل الغاب", "LOC"),  # a plain stays a location
    ],
)
def test_model_loc_takes_the_place_kind(text: str, name: str, expected: str) -> None:
    doc = Document(text=text)
    start = doc.text.index(name)
    doc.entities.append(Entity(id="T1", type="LOC", start=start, end=start + len(name), source="model"))
    locate_places(doc)
    assert [(e.type, doc.text[e.start : e.end]) for e in doc.entities] == [(expected, name)]


def test_running_twice_does_not_duplicate() -> None:
    doc = Document(text=TEXT)
    locate_places(doc)
    first = [(e.id, e.start, e.end) for e in doc.entities]
    locate_places(doc)
    assert [(e.id, e.start, e.end) for e in doc.entities] == first


def test_document_without_places() -> None:
    doc = Document(text="ارتفعت أسعار الخبز هذا الأسبوع")
    assert locate_places(doc) == []
    assert doc.entities == []


# ------------------------------------------------------------------------------------------------ the seed
SEED = SHARED / "seed" / "noonpost-2019-05-20.md"
GOLD = SHARED / "seed" / "noonpost-2019-05-20.gold.json"
_HAS_MARKDOWN = importlib.util.find_spec("rasd.ingest.markdown") is not None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _seed() -> tuple[Document, dict[str, Any], str]:
    from rasd.ingest import read_path

    doc = next(iter(read_path(SEED)))
    Pipeline(["geo"]).run(doc)
    return doc, json.loads(GOLD.read_text(encoding="utf-8")), SEED.read_text(encoding="utf-8")


def _aligned(doc: Document, raw: str, mention: dict[str, Any]) -> tuple[int, int] | None:
    """The gold mention's span in ``doc.text``.

    The gold offsets index the raw Markdown file; the document text has the markup removed, so the mention is
    found as the same occurrence (by count) of its text in the document.
    """
    text = mention["text"]
    nth = raw.count(text, 0, mention["start"])
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.find(text, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(text)


@needs_shared
@pytest.mark.skipif(not _HAS_MARKDOWN, reason="the Markdown ingester (rasd.ingest.markdown) is not there yet")
def test_seed_places_are_geocoded() -> None:
    """check_seed_places of ../shared/tools/score-seed: every gold place with a point, within 10 km."""
    doc, gold, raw = _seed()
    placed = [e for e in doc.entities if e.geo]
    missed = []
    wanted = 0
    for g in gold["entities"]:
        geo = g.get("geo") or {}
        if g["type"] != "LOCATION" or geo.get("lat") is None or (g.get("subtype") or "").startswith("PCLI"):
            continue
        wanted += 1
        spans = {s for s in (_aligned(doc, raw, m) for m in g["mentions"]) if s}
        ok = False
        for e in placed:
            if not any(e.start < b and a < e.end for a, b in spans):
                continue
            eg = e.geo or {}
            if (g.get("subtype") or "").startswith("ADM1"):
                ok = (eg.get("admin1") or "")[:3].lower() == (geo.get("admin1") or "")[:3].lower()
            elif eg.get("lat") is not None:
                ok = _km(eg["lat"], eg["lon"], geo["lat"], geo["lon"]) < 10
            if ok:
                break
        if not ok:
            missed.append(g["canonical_en"])
    assert wanted == 10
    assert not missed, missed


@needs_shared
@pytest.mark.skipif(not _HAS_MARKDOWN, reason="the Markdown ingester (rasd.ingest.markdown) is not there yet")
@pytest.mark.parametrize(
    ("gold_id", "admin1"),
    [("L05", "Idleb"), ("L10", "Hama"), ("L14", "Rural Damascus"), ("L16", "Hama"), ("L17", "Aleppo")],
)
def test_seed_areas_resolve_as_areas(gold_id: str, admin1: str) -> None:
    doc, gold, raw = _seed()
    g = next(e for e in gold["entities"] if e["id"] == gold_id)
    spans = {s for s in (_aligned(doc, raw, m) for m in g["mentions"]) if s}
    hits = [e for e in doc.entities if e.geo and any(e.start < b and a < e.end for a, b in spans)]
    assert hits, f"{g['canonical_en']} not recognised"
    for e in hits:
        assert e.geo is not None
        assert e.geo["feature"] in ("REGION", "ZONE", "PLN") and e.geo["geo_precision"] >= 2
        assert e.geo["admin1"] == admin1


def test_model_entity_is_trimmed_to_the_gazetteer_name() -> None:
    from rasd.document import Document, Entity
    from rasd.stages.geo import locate_places

    text = "قتل مدنيان بقصف على مدينة طفس. وارتفع عدد ضحايا القصف على بلدة المزيريب."
    start = text.index("مدينة طفس")
    misc = text.index("ضحايا")
    doc = Document(text=text)
    doc.entities.append(Entity(id="T1", type="LOC", start=start, end=start + len("مدينة طفس"), source="model"))
    doc.entities.append(Entity(id="T2", type="MISC", start=misc, end=len(text) - 1, source="model"))
    locate_places(doc)
    names = {text[e.start : e.end] for e in doc.entities if e.geo}
    assert {"طفس", "المزيريب"} <= names and "مدينة طفس" not in names
    assert all(e.type != "MISC" for e in doc.entities)


def test_model_org_guess_covered_by_a_region_name_becomes_the_place() -> None:
    from rasd.document import Document, Entity
    from rasd.stages.geo import locate_places

    text = "وجرى تهجير عدد من الشبان إلى الشمال السوري."
    start = text.index("الشمال السوري")
    doc = Document(text=text)
    doc.entities.append(Entity(id="T1", type="ORG", start=start, end=start + len("الشمال السوري"), source="model"))
    locate_places(doc)
    (place,) = doc.entities
    assert place.type != "ORG" and place.geo is not None
    assert place.geo["country_iso3"] == "SYR" and place.geo["geo_precision"] == 3


def test_lexicon_org_still_blocks_a_place_inside_it() -> None:
    from rasd.document import Document, Entity
    from rasd.stages.geo import locate_places

    text = "أعلنت قوات سوريا الديمقراطية السيطرة على القرية."
    start = text.index("قوات")
    end = start + len("قوات سوريا الديمقراطية")
    doc = Document(text=text)
    doc.entities.append(Entity(id="T1", type="ORG", start=start, end=end, source="lexicon"))
    locate_places(doc)
    assert [e.type for e in doc.entities] == ["ORG"]
