"""Round 34 (helper pl21, a patch to ``stages/geo.py``): a bearing and a place that close a model's organisation guess
(``معاقل تأوي عناصر «بيت المقدس» جنوب رفح`` tagged ORG whole) are where the group is: the guess ends before them and
the place is read. Every sentence was written for rasd (none copied from a corpus)."""

from __future__ import annotations

from tests.event_checks import rows


def test_a_place_after_a_group_name_is_read() -> None:
    out = rows(
        "أعلن الجيش المصري أمس مقتل عشرة مسلحين في شمال سيناء. إلى ذلك شنت مروحيات الأباتشي غارة جوية مفاجئة "
        "استهدفت معاقل تأوي عناصر «بيت المقدس» جنوب رفح، ودمرت عددا من السيارات.",
        title="الجيش المصري يواصل عملياته في سيناء",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes and all((e["location"] or {}).get("admin1") == "North Sinai" for e in strikes), strikes
