"""A bare "the coalition" points back at the coalition named in full before it (round 30, helper ac17; with
``/tmp/ac17/event_arg_cues.yaml.patch``: تحالف among ``anaphor_heads``).

"قتلوا لدى قصف التحالف لمقرات" after "مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة": the shelling is the
coalition's, not the side whose men it killed. Every sentence below was written for this test (none copied from a
corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_a_bare_coalition_is_the_one_named_before() -> None:
    text = (
        "قتل 14 من عناصر تنظيم داعش في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة قرب "
        "تلعفر. وأضاف المسؤول المحلي أن عددا آخر من عناصر التنظيم قتلوا لدى قصف التحالف لمقرات في قريتي "
        "العبرة والزهيرية غرب المدينة."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n == "Global Coalition Against Daesh" for n in names)


def test_a_coalition_never_named_in_full_stays_unread() -> None:
    # trap: with no coalition named before, the bare word names no one
    text = "وأضاف المسؤول أن عددا من المسلحين لقوا حتفهم لدى قصف التحالف لمقرات في قرية العبرة غرب تلعفر أمس."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert "Global Coalition Against Daesh" not in names
