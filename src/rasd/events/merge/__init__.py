"""Step 6: one event per happening (clause, sentence, headline and article-wide merging), and the figures
of each event.

A package since round 13 (helper dc2): :mod:`.clauses` (steps 6a, 6b), :mod:`.headline` (6c), :mod:`.retold`
(6d), :mod:`.background` (6e), :mod:`.happening` (one happening or two), :mod:`.areas` (one area or two places) and
:mod:`.tolls` (the figures of step 5)."""

from __future__ import annotations

from rasd.events.merge.areas import covers, one_area, two_places
from rasd.events.merge.background import (
    BACKDROP_DAYS,
    BACKGROUND_DAYS,
    campaign,
    keep_out_background,
    running_total,
    told_day,
)
from rasd.events.merge.clauses import (
    anchored,
    answered,
    apart,
    compatible,
    merge_clause,
    merge_sentence,
    other_province,
    own_front,
    own_place,
    two_sided,
    unlike_aim,
)
from rasd.events.merge.happening import (
    absorb,
    also_elsewhere,
    bombing_pair,
    coarse_retold,
    fold_coarse,
    fold_riot_clash,
    fold_suicide_retold,
    mark_item_towns,
    mark_own_sites,
    mark_summaries,
    own_site_named,
    recalled,
    retold,
    same_happening,
    told_over_fallback,
    turned,
)
from rasd.events.merge.headline import fold_headline
from rasd.events.merge.retold import fold_told_again, lead_copy, lead_count, told_again, toll_owner
from rasd.events.merge.tolls import (
    ACLED_SEVERAL,
    cause_cut,
    lowest_figure,
    read_figures,
    share_tolls,
    summary_toll,
)
from rasd.events.merge.volley import fold_volley_lead

__all__ = [
    "ACLED_SEVERAL",
    "BACKDROP_DAYS",
    "BACKGROUND_DAYS",
    "absorb",
    "also_elsewhere",
    "anchored",
    "answered",
    "apart",
    "bombing_pair",
    "campaign",
    "cause_cut",
    "coarse_retold",
    "compatible",
    "covers",
    "fold_coarse",
    "fold_headline",
    "fold_riot_clash",
    "fold_suicide_retold",
    "fold_told_again",
    "fold_volley_lead",
    "keep_out_background",
    "lead_copy",
    "lead_count",
    "lowest_figure",
    "mark_item_towns",
    "mark_own_sites",
    "mark_summaries",
    "merge_clause",
    "merge_sentence",
    "one_area",
    "other_province",
    "own_front",
    "own_place",
    "own_site_named",
    "read_figures",
    "recalled",
    "retold",
    "running_total",
    "same_happening",
    "share_tolls",
    "summary_toll",
    "told_again",
    "told_day",
    "told_over_fallback",
    "toll_owner",
    "turned",
    "two_places",
    "two_sided",
    "unlike_aim",
]
