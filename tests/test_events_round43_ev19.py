"""Round 43 (helper ev19): events on long articles — a row's own count over a lower count of another paragraph.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 43:
events on long articles (helper ev19)"):

- ``events.merge.tolls.row_toll`` (read by ``events.output.event_json``): a body row whose own sentence gives a
  count of dead takes the lowest of its own sentence's reports, not a lower count told in another paragraph and
  folded into it (a round-up's same-day strikes of one front told one per paragraph); not for a headline or lead row
  (a summary), not when the row's sentence names a series or a wave, and not when the other count is told in the
  row's own paragraph (ACLED's lowest figure of the reports stands).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "تطورات ميدانية في اليمن"
_LEAD = "اشتدت المعارك في عدد من المحافظات اليمنية خلال الساعات الماضية بين المقاومة والمتمردين."
_STRIKE = (
    "وأغارت طائرات التحالف العربي صباح أمس على معسكر للمتمردين في مديرية بيحان التابعة لمحافظة شبوة، ما أسفر عن "
    "مصرع 30 مسلحا حوثيا."
)
_OTHER = "وفي السياق ذاته، شنت طائرات التحالف غارة جوية على طريق عسيلان في بيحان وأدت إلى مقتل قائد ميداني حوثي."


def _tolls(out: list[dict[str, Any]], sub: str) -> list[int | None]:
    return [(e.get("fatalities") or {}).get("value") for e in out if e["acled_sub_event_type"] == sub]


def test_a_rows_own_count_stands_over_a_lower_count_of_another_paragraph() -> None:
    out = rows("\n".join((_LEAD, _STRIKE, _OTHER)), title=_TITLE)
    assert _tolls(out, "Air/drone strike") == [30]


def test_a_lower_count_of_the_rows_own_paragraph_is_still_the_lowest_report() -> None:
    out = rows("\n".join((_LEAD, _STRIKE + " " + _OTHER)), title=_TITLE)
    assert _tolls(out, "Air/drone strike") == [1]


def test_a_series_count_in_the_rows_sentence_is_not_its_own_report() -> None:
    series = (
        "وأغارت طائرات التحالف العربي صباح أمس على معسكر للمتمردين في مديرية بيحان التابعة لمحافظة شبوة، ضمن سلسلة "
        "غارات أسفرت عن مصرع 30 مسلحا حوثيا."
    )
    out = rows("\n".join((_LEAD, series, _OTHER)), title=_TITLE)
    assert _tolls(out, "Air/drone strike") == [1]
