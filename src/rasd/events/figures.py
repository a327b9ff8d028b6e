"""Figures of events: how the counts of one toll add up (helpers of :func:`rasd.events.merge.read_figures`).

A toll is often told as a list of the dead by kind or by name rather than as one number: "قتل ضابطا شرطة ومجند
ومسلح" (2 + 1 + 1), "مقتل جنديين وطفل" (2 + 1), "استشهد الشاب فلان والطفل فلان" (1 + 1). The quantities stage
reads each item as a quantity of its own (a dual, one person joined by و, a named victim told by his kind); here
the items of one list are added up. A breakdown ("قتل ثلاثة أشخاص بينهم طفلان") is never added: the quantities
stage does not join what follows بينهم/منهم, and a number never hangs on a name or a genitive.
"""

from __future__ import annotations

import re

from rasd.document import Quantity

#: What may stand between two counts that add up: و, a comma, spaces ("مقتل 42 حوثيا على الأقل، و9 مقاتلين").
AND = re.compile(r"\s*(?:على الأقل|على الاقل)?\s*[،,]?\s*و\s*")
#: A few words, then و: what stands between a person counted by his noun and one more joined to him ("ضابطا شرطة
#: ومجند": the genitive of a construct dual; "الشاب محمد أحمد والطفل": a name). No digit, no sentence stop.
_WORDS_AND = re.compile(r"(?:\s+[\u0621-\u064A\u064B-\u0652]+){1,4}\s*[،,]?\s*و\s*")
#: Words after which what follows is a part of the figure before, not more of it (بينهم طفلان، منهم ثلاثة).
_BREAKDOWN = re.compile(r"(?<![\u0621-\u064A])و?(?:بينهم|بينهن|منهم|منهن|هم|هن)(?![\u0621-\u064A])")


def adds_up(text: str, prev: Quantity, nxt: Quantity) -> bool:
    """Whether quantity ``nxt`` is one more item of the list ``prev`` belongs to (their counts add up)."""
    gap = text[prev.end : nxt.start]
    if AND.fullmatch(gap):
        return True  # "مقتل ضابط ومجند"، "قتل 5 مدنيين و3 جنود"
    word = text[nxt.start : nxt.end]
    # one more person told by a single noun (a dual or one person) that the quantities stage joined to the list:
    # "ضابطا شرطة ومجند"، "الشاب محمد أحمد والطفل علي"
    person = nxt.value is not None and nxt.value <= 2 and not re.search(r"[\s\d]", word)
    return person and bool(_WORDS_AND.fullmatch(gap)) and not _BREAKDOWN.search(gap)


def share(toll: int, rows: int, n: int) -> int:
    """The ``n``-th row's part of a toll told once for ``rows`` rows at as many places: an even split in the order
    the rows are told, the first rows taking one more each when it does not divide (7 over two: 4, 3; 8 over three:
    3, 3, 2), as the hand-coded tune4 file codes seven dead told for two towns (4 and 3)."""
    each, extra = divmod(toll, rows)
    return each + (1 if n < extra else 0)


#: A consequence verb with its object pronoun right after the act ("أطلقا النار على أمين شرطة فقتلاه"، "فأردوه
#: قتيلا"، "فقتلتهما"): the pronoun counts the dead (ه/ها one, هما two).
KILLED_THEM = re.compile(r"(?<![\u0621-\u064A])ف(?:قتل|أرد|ارد|اغتال)(?:ا|و|ت|تا)?(ه|ها|هما)(?![\u0621-\u064A])")


def killed_them(text: str, start: int, end: int) -> int | None:
    """The dead a consequence verb counts by its object pronoun in ``text[start:end]`` (None: no such verb)."""
    found = KILLED_THEM.search(text, start, end)
    if found is None:
        return None
    return 2 if found.group(1) == "هما" else 1
