"""The seed article (../shared/seed): named people with role and organisation, armed actors with canonical names.

Gold mentions are read from the gold file at run time and compared by their text: the gold offsets index the raw
Markdown, not ``Document.text``. Adjective mentions (الروسي، التركي), Twitter handles and nominal mentions are
out of scope for the entity stage (they are the claims and events stages' business).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasd.document import Document
from rasd.ingest import read_path
from rasd.stages.entities import ActorEntity, find_entities
from rasd.stages.segment import segment_document
from rasd.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "noonpost-2019-05-20.md"
GOLD = SHARED / "seed" / "noonpost-2019-05-20.gold.json"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"../shared not present ({SEED} missing): seed skipped")

# gold entity (by its English canonical name) → rasd actor id
ARMED = {
    "Syrian government forces (Assad regime forces)": "syr-gov-forces",
    "Syrian Arab Air Force": "syr-air-force",
    "Russian Armed Forces (incl. Aerospace Forces) in Syria": "rus-forces",
    "National Front for Liberation (NFL/NLF)": "syr-nlf",
    "Free Syrian Army (FSA)": "syr-fsa",
    "Hay'at Tahrir al-Sham (HTS)": "syr-hts",
    "Ahrar al-Sharqiya": "syr-ahrar-sharqiya",
    "Syrian National Army (SNA)": "syr-sna",
    "Ministry of National Defence of Turkey": "tur-forces",
    "Liwa al-Mu'tasim (al-Mu'tasim Brigade)": "syr-mutasim",
}
# gold person → (words the role must contain, org)
PEOPLE = {
    "Hulusi Akar": (("defence", "minister"), "Turkey"),
    "Sergei Shoigu": (("defence", "minister"), "Russia"),
    "Mustafa Sejari": (("political bureau",), "Al-Mu'tasim Brigade"),
    "Naji al-Mustafa": (("spokesman",), "National Front for Liberation"),
    "Tamam Abu al-Khair": (("author",), None),
}


@pytest.fixture(scope="module", params=["fast", "accurate"])
def doc(request: pytest.FixtureRequest) -> Document:
    """The seed with its entities, in each NER mode (both must meet the acceptance)."""
    (d,) = list(read_path(SEED))
    segment_document(d)
    d.entities = list(find_entities(d, accurate=request.param == "accurate"))
    return d


@pytest.fixture(scope="module")
def gold() -> dict[str, dict[str, Any]]:
    entities: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))["entities"]
    return {e["canonical_en"]: e for e in entities}


def _mentions(entity: dict[str, Any]) -> list[str]:
    """Arabic mention texts of a gold entity, Markdown emphasis removed, handles and adjectives skipped."""
    out = []
    for m in entity.get("mentions") or []:
        text = m["text"].replace("*", "").strip()
        if not text or text.isascii() or (len(text.split()) == 1 and text.startswith("ال") and text.endswith("ي")):
            continue
        out.append(text)
    return out


def _found(doc: Document, surface: str) -> list[ActorEntity]:
    key = normalize(surface)
    return [
        e for e in doc.entities if isinstance(e, ActorEntity) and normalize(doc.text[e.start : e.end]).endswith(key)
    ]


@pytest.mark.parametrize("canonical", sorted(PEOPLE))
def test_named_people_with_role_and_org(doc: Document, gold: dict[str, dict[str, Any]], canonical: str) -> None:
    words, org = PEOPLE[canonical]
    mentions = _mentions(gold[canonical])
    assert mentions
    for surface in mentions:
        hits = [e for e in _found(doc, surface) if e.type == "PER"]
        assert hits, f"{surface} not found as PER"
        assert any(e.role and all(w in e.role for w in words) for e in hits), [(e.role, e.org) for e in hits]
        if org is not None:
            assert any(e.org == org for e in hits), [e.org for e in hits]


@pytest.mark.parametrize("canonical", sorted(ARMED))
def test_armed_actors_mapped(doc: Document, gold: dict[str, dict[str, Any]], canonical: str) -> None:
    actor_id = ARMED[canonical]
    for surface in _mentions(gold[canonical]):
        hits = _found(doc, surface)
        assert any(e.actor_id == actor_id for e in hits), f"{surface}: {[(e.actor_id, e.source) for e in hits]}"


def test_iranian_militias_and_anonymous_commander(doc: Document) -> None:
    assert any(e.actor_id == "irn-militias" for e in doc.entities if isinstance(e, ActorEntity))
    anonymous = [e for e in doc.entities if isinstance(e, ActorEntity) and e.anonymous]
    assert anonymous
    assert any(e.org == "Syrian armed opposition" for e in anonymous)


def test_spans_valid(doc: Document) -> None:
    assert doc.validate_spans() == []
