"""GeoJSON: a FeatureCollection with one Point per located event; its properties are the event's fields."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rasd.document import Document


def features(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """One Feature per event that has a point (events without coordinates are left out)."""
    for doc in docs:
        for ev in doc.events:
            loc = ev.get("location") or {}
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            props = {k: v for k, v in ev.items() if k != "mentions"}
            props["document"] = doc.id
            props["article_url"] = doc.article.url
            props["article_title"] = doc.article.title
            yield {
                "type": "Feature",
                "id": f"{doc.id[:10]}:{ev['id']}",
                "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                "properties": props,
            }


def feature_collection(docs: Iterable[Document]) -> dict[str, Any]:
    """The FeatureCollection of ``docs``' located events."""
    return {"type": "FeatureCollection", "features": list(features(docs))}
