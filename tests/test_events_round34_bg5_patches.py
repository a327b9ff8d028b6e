"""Round 34 (helper bg5): the test of /tmp/bg5/triggers.py.patch (``rasd.events.coding.triggers``, not bg5's file):
«عاصفة الحزم» (Operation Decisive Storm) is no storm — the accident word set's عاصفة before الحزم vetoes no capture,
killing or attack of its sentence (tune38 gains a right row); a storm that kills stays an accident. Sentences written
for rasd."""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return [str(e["acled_sub_event_type"]) for e in rows(text, published="2015-08-10")]


def test_a_capture_beside_the_operations_name_is_a_row() -> None:
    text = (
        "وقال المتحدث العسكري إن المقاومة الشعبية سيطرت أمس على مديرية لودر في محافظة أبين بدعم من طيران التحالف"
        " المشارك في عملية «عاصفة الحزم»."
    )
    assert "Government regains territory" in _subs(text)


def test_a_sandstorm_that_kills_stays_no_event() -> None:
    text = "وقال الدفاع المدني إن عاصفة رملية ضربت المنطقة أمس وأدت إلى مقتل شخصين."
    assert _subs(text) == []
