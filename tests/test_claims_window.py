"""A title whose organisation runs on past the speaker window (found in the whole-corpus batch run)."""

from __future__ import annotations

import json

import rasd
from rasd.ingest.jsonl import read_line


def test_title_with_an_organisation_running_past_the_window_gives_a_claim_not_an_error() -> None:
    # the window of the speaker ends before the relative clause (الذي …), the ORG entity runs on to السعودية
    text = "أكد المتحدث باسم التحالف الذي تقوده السعودية أن العمليات العسكرية ستستمر حتى استعادة صنعاء."
    pipe = rasd.Pipeline(settings=rasd.Settings(ner="fast", strict=True))
    doc = pipe.run(read_line(json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")))
    assert doc.errors == []
    speakers = [c["speaker"].get("text") for c in doc.claims]
    assert any(s and s.startswith("المتحدث باسم التحالف") for s in speakers), speakers
