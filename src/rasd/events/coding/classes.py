"""Event coding: the classes a weapon word refines, the priority of triggers in one clause, the registers that
veto them (moved out of ``coding.py`` in round 13)."""

from __future__ import annotations

#: Classes whose sub-type a weapon word decides (means family -> class).
MEANS_CLASS = {
    "chemical": "chemical",
    "suicide_bomb": "suicide_bomb",
    "drone_strike": "drone_strike",
    "air_strike": "air_strike",
    "explosive": "explosive",
    "grenade": "grenade",
    "shelling": "shelling",
}


#: Which means a generic class may take (a killing may be by any weapon; an explosion is not an air strike).
REFINE_TO = {
    "bombardment": ("chemical", "drone_strike", "air_strike", "shelling"),
    "attack": ("chemical", "suicide_bomb", "drone_strike", "air_strike", "explosive", "grenade", "shelling"),
    "assault": ("explosive", "grenade"),
    "killing": ("chemical", "suicide_bomb", "drone_strike", "air_strike", "explosive", "grenade", "shelling"),
    "assassination": ("explosive", "drone_strike", "air_strike"),
    "explosive": ("suicide_bomb", "explosive", "grenade", "shelling", "drone_strike", "air_strike"),
}


#: When two triggers of one clause tell one thing, the one earlier in this list names it.
PRIORITY = (
    "chemical",
    "suicide_bomb",
    "capture",
    "recapture",
    "drone_strike",
    "air_strike",
    "grenade",
    "disrupted_weapons",
    "explosive",
    "shelling",
    "assassination",
    "execution",
    "abduction",
    "sexual_violence",
    "assault",
    "clash",
    "riot",
    "mob_violence",
    "protest",
    "ceasefire",
    "agreement",
    "withdrawal",
    "base",
    "destruction",
    "looting",
    "arrest",
    "mobilization",
    "group_change",
    "bombardment",
    "attack",
    "killing",
    "displacement",
    "phone_call",
    "visit",
    "meeting",
    "strategic_other",
)


RANK = {name: i for i, name in enumerate(PRIORITY)}


VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


ER = frozenset({"chemical", "suicide_bomb", "drone_strike", "air_strike", "grenade", "explosive", "shelling"})


#: Classes that need a named place in their clause to be an event (a capture of nothing is a figure of speech).
NEEDS_PLACE = frozenset({"capture", "recapture", "withdrawal"})


#: Registers that veto every trigger of a sentence / only the weak and figurative ones.
VETO_ALL = ("not:sports", "not:culture", "not:history", "not:judicial", "not:ages")  # (ages: round 11)


VETO_WEAK = ("not:economy", "not:speech", "not:crime")


ACCIDENT_PRONE = frozenset(  # السيطرة على حريق؛ إعلان حالة الطوارئ في المطار بعد عطل فني
    {"killing", "explosive", "attack", "arrest", "capture", "recapture", "strategic_other"}
)


#: Classes of strikes from afar, whose kind "the strikes" may take from the sentence before them.
_STRIKE_CLASSES = frozenset({"bombardment", "shelling", "air_strike", "drone_strike"})


#: Weapon families told from afar, which a sentence before "the strikes" may name for them.
_REMOTE_FAMILIES = ("drone_strike", "air_strike", "shelling")
