"""Round 20 (lead): the "terrorist attack" reading of helper ty (rasd.events.coding.subtypes._terror_unnamed) is one
reading of the whole article, worked out once per document and first tested on the text (every qualifier holds
``_TERROR_STEM``): the same answers as reading it per attack word, in the spellings the test must not miss (ى for ي,
a tatweel inside the word). Every sentence here was written for rasd."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import rasd.resources
from rasd.events.coding.subtypes import _TERROR_STEM, word_set
from tests.event_checks import rows


def _violent(text: str, title: str | None = None) -> list[dict[str, Any]]:
    return [
        e
        for e in rows(text, title)
        if e["acled_event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    ]


def test_every_qualifier_holds_the_stem_as_written_and_normalized() -> None:
    written = yaml.safe_load((Path(rasd.resources.__file__).parent / "ar" / "events.yaml").read_text(encoding="utf-8"))[
        "word_sets"
    ]
    assert written["terror_qualifiers"]
    assert all(_TERROR_STEM in w for w in written["terror_qualifiers"])
    assert all(_TERROR_STEM in w for w in word_set("terror_qualifiers"))


def test_the_qualifier_spelled_with_alef_maqsura_or_a_tatweel_still_reads() -> None:
    for qualifier in ("الإرهابى", "الإرهـابي"):
        text = (
            f"أدانت وزارة الخارجية الهجوم {qualifier} الذي استهدف مصلين في مسجد بمدينة القطيف أمس وأسفر عن مقتل "
            "أربعة أشخاص."
        )
        found = _violent(text)
        assert len(found) == 1, qualifier
        assert found[0]["acled_event_type"] == "Explosions/Remote violence", qualifier


def test_the_next_article_is_read_afresh() -> None:
    condemned = "أدانت وزارة الخارجية الهجوم الإرهابي الذي استهدف مصلين في مسجد بمدينة القطيف أمس."
    shot = "قتل أربعة أشخاص في هجوم استهدف مصلين في مسجد بمدينة القطيف أمس، وأطلق مسلحون النار على المصلين."
    assert _violent(condemned)[0]["acled_event_type"] == "Explosions/Remote violence"
    assert all(e["acled_event_type"] != "Explosions/Remote violence" for e in _violent(shot))
    assert _violent(condemned)[0]["acled_event_type"] == "Explosions/Remote violence"
