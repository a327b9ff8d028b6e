"""One conjunction off a word: the shared way for rules that read a word with or without its و / ف.

Rules compare a word of the text with a word list (``قال``, ``لم``, ``طالب``) whether or not a conjunction is
written on it (``وقال``, ``ولم``, ``فطالب``). ``str.lstrip("وف")`` is not that: it removes EVERY leading و and ف,
so a word whose root begins with one loses a root letter (``وفاة`` → ``اة``, ``فوز`` → ``ز``, ``ووقع`` → ``قع``,
``وفد`` → ``د``), and ``w[1:] if w[:1] in "وف"`` strips the root letter of ``وزير``, ``وصل``, ``وقف``.

:func:`drop_conjunction` takes off ONE leading و or ف, and only when at least ``min_rest`` letters remain (3 by
default: ``وقال`` → ``قال``, ``فوز`` stays, ``وزير`` → ``زير`` is still possible — so a rule that tests a word
list asks :func:`forms` and checks the whole word first). Arabic has no word of fewer than two letters after
a conjunction, and the short function words a rule may want after one (``لم``, ``لا``, ``ان``, ``قد``) are asked for
with ``min_rest=2``.

The word is expected in its normalized form (:func:`rasd.text.normalize.normalize_word`); normalization never
changes و or ف, so a word of the source text works too when no diacritic follows its conjunction. For the
conjunction *and* a preposition or the article (وبال، فلل), use :func:`rasd.text.matcher.strip_proclitics`.
"""

from __future__ import annotations

from collections.abc import Container

#: The conjunctions written on a word.
CONJUNCTIONS = "وف"


def drop_conjunction(word: str, min_rest: int = 3) -> str:
    """The word without one leading conjunction و or ف, when at least ``min_rest`` letters remain; else the word.

    Example:
        >>> drop_conjunction("وقال"), drop_conjunction("فطالب"), drop_conjunction("ووقع")
        ('قال', 'طالب', 'وقع')
        >>> drop_conjunction("وفاه"), drop_conjunction("فوز"), drop_conjunction("وصل"), drop_conjunction("وفد")
        ('فاه', 'فوز', 'وصل', 'وفد')
        >>> drop_conjunction("ولم"), drop_conjunction("ولم", min_rest=2), drop_conjunction("فوفد")
        ('ولم', 'لم', 'وفد')

    Args:
        word: one normalized word.
        min_rest: the fewest letters the word keeps after its conjunction.

    Returns:
        ``word[1:]`` or ``word``; never more than one letter is taken off.
    """
    if len(word) > min_rest and word[0] in CONJUNCTIONS:
        return word[1:]
    return word


def forms(word: str, min_rest: int = 3) -> tuple[str, ...]:
    """The word, then the word without one conjunction when :func:`drop_conjunction` takes one off.

    A rule testing membership in a word list asks ``any(f in words for f in forms(w))``: the whole word is read
    first, so ``وزير`` or ``وصل`` in the list is found as written.

    Example:
        >>> forms("وقال"), forms("قال"), forms("وفاه"), forms("فوفد")
        (('وقال', 'قال'), ('قال',), ('وفاه', 'فاه'), ('فوفد', 'وفد'))
    """
    bare = drop_conjunction(word, min_rest)
    return (word,) if bare is word else (word, bare)


def in_words(word: str, words: Container[str], min_rest: int = 3) -> bool:
    """Whether the word, or the word without one conjunction, is in ``words`` (a set, dict or other container).

    Example:
        >>> in_words("ولم", {"لم", "لا"}, min_rest=2), in_words("فوز", {"وز"}), in_words("وقال", {"قال"})
        (True, False, True)
    """
    return word in words or drop_conjunction(word, min_rest) in words
