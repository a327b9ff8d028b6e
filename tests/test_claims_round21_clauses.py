"""Round 21 (lead, from helper cl25's finding): a verb of saying right after فيما / بينما opens a clause of its own,
so the claim before the conjunction does not read its introducer across it (``claim_cues.yaml``
``clause_opening_conjunctions``; ``rasd.stages.claims.marks``). Sentences written for the project."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(
    ("text", "speaker", "marker", "content"),
    [
        (
            "وأكد مدير مستشفى المدينة حصيلة القتلى، فيما أشار قائد عسكري إلى أن الهجوم انطلق من المرتفعات الشرقية.",
            "قائد عسكري",
            "أشار",
            "الهجوم انطلق من المرتفعات الشرقية",
        ),
        (
            "ونفى المتحدث باسم الشرطة هذه الأنباء، بينما ذكر شهود عيان أن قوات الأمن أطلقت النار على المحتجين.",
            "شهود عيان",
            "ذكر",
            "قوات الأمن أطلقت النار على المحتجين",
        ),
    ],
)
def test_a_verb_after_fima_or_baynama_speaks_for_its_own_subject(
    text: str, speaker: str, marker: str, content: str
) -> None:
    doc = rasd.extract(text)
    found = [(c["speaker"].get("text"), c["marker"]["text"], (c.get("content") or {}).get("text")) for c in doc.claims]
    assert (speaker, marker, content) in found
    # the claim before the conjunction does not take the content told after it
    assert not any(m != marker and body == content for _, m, body in found)


def test_a_verb_after_fima_still_reads_its_own_subject_and_introducer() -> None:
    text = (
        "تواصلت الاشتباكات في ريف المدينة الجنوبي منذ ساعات الصباح، فيما أكد المتحدث باسم الجيش العقيد سامي الحربي أن"
        " القوات استعادت السيطرة على التلال المحيطة."
    )
    claims = rasd.extract(text).claims
    assert [(c["speaker"].get("text"), c["marker"]["text"]) for c in claims] == [("سامي الحربي", "أكد")]
