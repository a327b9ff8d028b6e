"""Arabic temporal expressions: recognition and TimeML normalization (the engine of the ``time`` stage).

See :mod:`rasd.stages.time` for the stage, its steps and the resolution rules.
"""

from __future__ import annotations

from rasd.stages.timex.engine import as_date, find_timexes

__all__ = ["as_date", "find_timexes"]
