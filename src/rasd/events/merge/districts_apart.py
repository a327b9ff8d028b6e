"""(Round 37, helper ev1) Two districts of one province are two places: an act told at each, in its own clause, is
two happenings, not one told again.

:func:`rasd.events.merge.happening.retold` joins two events of one sub-type in one province when one of them is not
placed at a town (precision 2 or 3): the province's event told again at a finer place, or the town's told again by
its district. A district (GeoNames ADM2 / ADM3, or the gazetteer's own district) is not the province, though:
"سيطرت المقاومة على مديرية حزم العدين" and, paragraphs later, "كما سيطرت المقاومة على مديرية النادرة" are two
captures at two places, which ACLED codes as two rows (one event per location and day). Only when neither place holds
the other (:func:`rasd.events.merge.areas.one_area`: a district and its own town, a province and its district), each
place is its own clause's, and neither is a province's seat or a capital (عدن spans several of its districts: كريتر،
التواهي). Counted in round 37: tune46 +2 right rows (al-Qafr and al-Nadirah, Ibb), no other released row; 0 rows of
800 fresh war articles changed.
"""

from __future__ import annotations

from rasd.events.merge.areas import one_area
from rasd.events.model import Candidate
from rasd.events.places import place_key

#: GeoNames features of a district.
_DISTRICTS = frozenset({"ADM2", "ADM3"})
#: ... and of a place that may span districts: a province, a province's seat, a country or its capital.
_SEATS = frozenset({"PPLA", "PPLC", "ADM1", "PCLI"})


def districts_apart(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are told, each in its own clause, at two places of which one at least is a district
    and neither holds the other (nor is a seat or capital that may span districts)."""
    if a.place is None or b.place is None or a.place_from != "clause" or b.place_from != "clause":
        return False
    ga, gb = a.place.geo or {}, b.place.geo or {}
    if not ga.get("place_id") or not gb.get("place_id") or ga.get("place_id") == gb.get("place_id"):
        return False
    fa, fb = str(ga.get("feature") or ""), str(gb.get("feature") or "")
    if not (fa in _DISTRICTS or fb in _DISTRICTS) or fa in _SEATS or fb in _SEATS:
        return False
    if not ga.get("admin2") or not gb.get("admin2"):
        return False
    return place_key(a.place) != place_key(b.place) and not one_area(a.place, b.place)
