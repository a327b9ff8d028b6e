"""``rasd.text.matcher.StemEnds``: the one test the time and quantities lexicons share for a word none of whose
proclitic readings can be a stem (review, round 27)."""

from __future__ import annotations

from rasd.text.matcher import StemEnds, strip_proclitics


def test_a_word_ending_no_stem_has_no_reading_that_is_one() -> None:
    ends = StemEnds(["قتيل", "يوم", "ال"])
    assert not ends.may_end("مدرسه")
    assert ends.may_end("وبقتيل")  # و + ب + قتيل
    assert ends.may_end("باليوم")
    assert ends.may_end("فال")  # a short stem ends the word


def test_may_end_never_refuses_a_word_with_a_stem_reading() -> None:
    stems = {"مدينه", "قتيل", "يوم", "سوق"}
    ends = StemEnds(stems)
    for word in ("وبالمدينه", "للقتيل", "واليوم", "فسوق", "كالسوق", "مدينه"):
        assert any(stem in stems for _, stem in strip_proclitics(word))
        assert ends.may_end(word)
