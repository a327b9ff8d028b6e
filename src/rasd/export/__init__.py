"""Exports of coded events: ACLED's CSV (:mod:`rasd.export.acled`) and GeoJSON (:mod:`rasd.export.geojson`)."""

from __future__ import annotations

import functools
from typing import Any

from rasd.resources import load_yaml


@functools.cache
def countries() -> dict[str, tuple[int, str, str]]:
    """ISO3 -> (ISO numeric, English name, ACLED region), from ``resources/countries.yaml``."""
    table: dict[str, Any] = load_yaml("countries.yaml")["countries"]
    return {iso3: (int(v[0]), str(v[1]), str(v[2])) for iso3, v in table.items()}


def country_name(iso3: str | None) -> str | None:
    """The English name of a country given by ISO3 code (None when unknown)."""
    row = countries().get(iso3 or "")
    return row[1] if row else None
