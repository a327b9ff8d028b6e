"""Round 12 (lead): the US-led coalition named by a relative clause (التحالف الذي تقوده ...) is its ACLED actor."""

from __future__ import annotations

import pytest

from tests.event_checks import rows


@pytest.mark.parametrize(
    "text",
    [
        "قال التحالف الذي تقوده واشنطن إن طائراته قصفت مواقع للتنظيم قرب مدينة الموصل اليوم.",
        "وقصف التحالف الذي تقوده الولايات المتحدة مواقع للتنظيم في مدينة الرقة أمس.",
    ],
)
def test_coalition_named_by_a_relative_clause(text: str) -> None:
    found = rows(text, title=None, published="2016-05-02")
    assert found, "expected an event row"
    assert found[0]["actor1"]["name"] == "Global Coalition Against Daesh"


def test_saudi_led_coalition_stays_apart() -> None:
    found = rows(
        "وشنت طائرات التحالف الذي تقوده السعودية غارات على مواقع الحوثيين في صعدة اليوم.",
        title=None,
        published="2016-05-02",
    )
    assert found and found[0]["actor1"]["name"] != "Global Coalition Against Daesh"
