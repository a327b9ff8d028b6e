"""Places: the gazetteer (GeoNames + curated supplement), candidate lookup, disambiguation and GeoNames import.

* :mod:`rasd.geo.gazetteer` loads the packaged gazetteer once per process and looks names up with scores.
* :mod:`rasd.geo.resolve` chooses among candidates and builds the ``geo`` object of an entity (ACLED admin
  levels and ``geo_precision``).
* :mod:`rasd.geo.importer` turns a GeoNames country dump into an additional gazetteer file.
* :mod:`rasd.geo.cli` holds the ``rasd gazetteer`` subcommands.

The recognition stage itself is :mod:`rasd.stages.geo`.
"""

from __future__ import annotations

from rasd.geo.gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["Gazetteer", "Place", "load_gazetteer"]
