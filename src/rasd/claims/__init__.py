"""Reported speech: who said what, through which channel (the word lists and readers of the claims stage).

:mod:`rasd.claims.lexicon` loads ``resources/ar/claims.yaml`` (markers, introducers, channel cues, unnamed-speaker
nouns) into one matcher; :mod:`rasd.claims.context` indexes a document (words, sentences, cues, speaker
candidates); :mod:`rasd.claims.spans` reads quotes; :mod:`rasd.claims.content` finds the introducer and the content;
:mod:`rasd.claims.speakers` finds the speaker of a marker; :mod:`rasd.stages.claims` puts them together.
"""
