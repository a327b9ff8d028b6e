"""Shared look-ups of the claims tests (rounds 19-20): the claims a sentence's marker introduces, and the text of a
claim's speaker (a pronoun's antecedent for a pronoun)."""

from __future__ import annotations

from .test_claims_generalize import claims


def by_marker(text: str, form: str) -> list[dict]:
    """The claims of ``text`` whose marker, less a leading و, is ``form``."""
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").lstrip("و") == form]


def speaker_text(claim: dict) -> str:
    """The claim's speaker as written, or the antecedent's text for a pronoun."""
    speaker = claim["speaker"] or {}
    ante = speaker.get("antecedent") or {}
    return str(speaker.get("text") if speaker.get("found_by") != "pronoun" else ante.get("text") or "")
