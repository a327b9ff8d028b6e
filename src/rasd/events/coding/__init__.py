"""Steps 1-4 of the events stage: triggers that count, what is not an event, the sub-type from weapon and
target words, status and granularity.

Round 13 split the one module of 1,823 lines into ``classes`` (what a weapon refines, priorities, registers),
``readers`` (readers the steps share), ``triggers`` (steps 1-2 and their vetoes), ``subtypes`` (step 3) and ``status``
(step 4); their Arabic word lists live in ``resources/ar/event_cues.yaml``. This package re-exports what the rest of
rasd imports from it."""

from rasd.events.coding.classes import (
    ACCIDENT_PRONE,
    ER,
    MEANS_CLASS,
    NEEDS_PLACE,
    PRIORITY,
    RANK,
    REFINE_TO,
    VETO_ALL,
    VETO_WEAK,
    VIOLENT,
)
from rasd.events.coding.readers import back_words, in_title, lead_register, means_family, preposition
from rasd.events.coding.status import (
    MASS_TOLL,
    generic_plural,
    habitual,
    judged_as_kind,
    read_granularity,
    read_status,
    strong_aggregate,
    told_victims,
)
from rasd.events.coding.subtypes import (
    armed_target_in,
    civilians_in,
    direct_fire_on_armed,
    fired_on_during,
    instrumental_family,
    refine,
    with_sub,
)
from rasd.events.coding.triggers import SELF_BLAST, find_triggers, register_veto

__all__ = [
    "ACCIDENT_PRONE",
    "ER",
    "MASS_TOLL",
    "MEANS_CLASS",
    "NEEDS_PLACE",
    "PRIORITY",
    "RANK",
    "REFINE_TO",
    "SELF_BLAST",
    "VETO_ALL",
    "VETO_WEAK",
    "VIOLENT",
    "armed_target_in",
    "back_words",
    "civilians_in",
    "direct_fire_on_armed",
    "find_triggers",
    "fired_on_during",
    "generic_plural",
    "habitual",
    "in_title",
    "instrumental_family",
    "judged_as_kind",
    "lead_register",
    "means_family",
    "preposition",
    "read_granularity",
    "read_status",
    "refine",
    "register_veto",
    "strong_aggregate",
    "told_victims",
    "with_sub",
]
