"""(Round 33, helper sp13) The table of word readings that the pipeline's document matchers share.

The place matcher (the geo stage) and the events stage's cue and trigger matchers all run over the document's text,
whose analysis (:func:`rasd.text.matcher._analyze`) is the same object from the first stage that matches it to the
last. Joined in one :class:`~rasd.text.matcher.SharedReadings` table, in two groups (``places``, ``events``), a
document's words are looked up once, in the geo stage; the events stage takes the same rows and reads only its own
columns of the words that lack them. One table of at most 40,000 words replaces the place matcher's own cache and the
events stage's table (two of 40,000). What the table holds never changes a match (docs/measurements.md, round 33).
"""

from __future__ import annotations

from rasd.text.matcher import SharedReadings

#: The shared table (its members join when their lexicons are built, once per process).
DOCUMENT_READINGS = SharedReadings()

#: The group of the place matcher's column, read in the geo stage.
PLACES = "places"
#: The group of the events stage's two matchers' columns (cue lists and triggers), read together in that stage.
EVENTS = "events"
