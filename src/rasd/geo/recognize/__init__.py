"""Toponym recognition: gazetteer names found in Arabic text, read in context, accepted or rejected, resolved.

Steps of :meth:`Recognizer.find`:

1. Match every gazetteer name on the normalized view with the clitic-aware matcher (``بإدلب``, ``والغوطة``,
   ``#كفرنبل``, ``كفرنبيل``/``كفر نبل``).
2. Read each match's context on the view: a hashtag, a preposition (also as a clitic), a descriptor before it
   (``مدينة``، ``بلدة``، ``ريف``، ``محافظة``، ``منطقة``، ``سهل`` …, quotes allowed in between), a direction word before
   it (``شمال``، ``شمالي``) or after it (``الشمالي``), a relational word (``قرب``، ``أطراف``), a word that rules the
   place out (``مجلس الدوما``), a definite noun right after it (``حلب الحليب``), ``العاصمة`` right after it (``الكويت
   العاصمة`` is the capital city), and a bare word that carries on a name after a settlement descriptor (``مخيم نور
   شمس``: a small town of another country than the text's, matched inside it, is dropped in step 4).
3. Link neighbouring matches: coordination (``إدلب وحماة``, ``منبج، الباب``) and qualification (``كفرنبل بريف
   إدلب``, ``X شمال حماة``: the second place contains or locates the first).
4. Accept: ``normal`` names unless a negative word precedes; ``homograph`` names unless a definite noun follows
   or a negative word precedes; ``common`` names (``الباب``، ``تل``، ``المنصورة``) only with a descriptor, a
   direction, a relational word, a hashtag, a qualifier after them, ``ريف`` before them, coordination with an
   accepted place, or a preposition when the same name was recognised with such context elsewhere in the text;
   and a common word or a neighbourhood name (``حي الروضة``) only in a country the text is about, when it names
   one. A name written with an article it does not have (``الجنين`` for جنين, "the fetus") is a common word,
   and so is any word with tanween (``دوماً`` "always"); the clitic ك never precedes a place (``كبيرين``).
   Names of organisations that contain a place (``قوات سوريا الديمقراطية``) are matched whole and dropped.
5. Resolve with :func:`rasd.geo.resolve.choose`: unambiguous places first (they set the article's countries,
   governorates and anchor points), then the rest; a qualified place whose only candidates lie outside the
   qualifier's governorate falls back to the qualifier's area (REFERENCE §7 homonym rule).
6. Build mentions: ``ريف X [direction]`` and ``direction X`` become areas of X (``geo_precision`` 2 near a town,
   3 for a governorate or a country's part) whose span covers the whole phrase; a distance before the direction
   (``على بعد 40 كيلومترًا غرب X``) makes a place near the town X (its point, ``geo_precision`` 2); a country name
   after a settlement descriptor (``قرية مصر``) is not the country; other names keep their own span.
7. Names the gazetteer lacks but the text places (``#المستريحة في ريف حماة الشمالي``, ``قرية الصفصافة بريف
   إدلب``) get the area they are placed in, coarser and marked ``unresolved``.

A package since round 13 (helper dc5): :mod:`.words` (the word lists and patterns), :mod:`.lexicon` (the context words
of ``geo.yaml``), :mod:`.mentions`, :mod:`.reading` (steps 1-3), :mod:`.unknown` and :mod:`.unknown_listed` (step 7)
and :mod:`.recognizer` (:class:`Recognizer`, steps 4-6, :func:`find_places`).
"""

from __future__ import annotations

from rasd.geo.recognize.lexicon import GeoLexicon, geo_lexicon
from rasd.geo.recognize.mentions import PlaceMention
from rasd.geo.recognize.recognizer import Recognizer, find_places, get_recognizer

__all__ = ["GeoLexicon", "PlaceMention", "Recognizer", "find_places", "geo_lexicon", "get_recognizer"]
