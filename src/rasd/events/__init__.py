"""Event coding: the lexicon of triggers and cues, and the argument readers the ``events`` stage uses."""
