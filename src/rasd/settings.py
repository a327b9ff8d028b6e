"""One typed settings object; no configuration framework beyond it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.errors import ConfigError

#: NER modes: the CRF alone, or the CRF mixed with the network (``rasd.ner.model``).
NER_MODES = ("fast", "accurate")


def parse_iso_date(value: str, *, what: str = "date") -> str:
    """Check that ``value`` is ``YYYY-MM-DD`` and return it normalized; raise :class:`ConfigError` otherwise."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError) as exc:
        raise ConfigError(f"{what} must be a date as YYYY-MM-DD (for example 2019-05-20), got {value!r}") from exc


@dataclass(frozen=True, slots=True)
class Settings:
    """Options that change what the pipeline does.

    Attributes:
        published: overrides (or supplies) the publication date, ``YYYY-MM-DD``; it is the reference date for
            relative dates.
        stages: names of the stages to run, in order; ``None`` runs every registered default stage.
        strict: raise on a stage failure instead of recording it on the document (for debugging).
        ner: ``"fast"`` tags names with the CRF alone (the default); ``"accurate"`` mixes in the character-aware
            network (a few F1 points more on held-out data, at about half the tagging speed; see docs/entities.md).
        row_filter: run the events stage's learned row filter (``rasd.events.rowfilter``): rows it scores under its
            threshold become non-rows (``acled_row: false`` with ``filter_score``). On by default since round 25:
            retrained on five times round 10's rows, it raised the F1 of eighteen blind files' first-run rows left
            out one at a time (P 0.598 -> 0.648, R 0.642 -> 0.618; docs/events.md, "the row filter on five times
            the data"); ``False`` gives the rules' rows.
    """

    published: str | None = None
    stages: tuple[str, ...] | None = None
    strict: bool = False
    ner: str = "fast"
    row_filter: bool = True

    def __post_init__(self) -> None:
        if self.ner not in NER_MODES:
            raise ConfigError(f"ner must be one of {', '.join(NER_MODES)} (--ner), got {self.ner!r}")
        if self.published is not None:
            object.__setattr__(self, "published", parse_iso_date(self.published, what="--published"))
