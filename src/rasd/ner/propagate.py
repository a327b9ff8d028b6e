"""One reading per document: names the tagger found once are found again where it missed them.

A news article names a person in full once (سيغموند فرويد) and then by one name (فرويد) a dozen times; the CRF,
which sees one sentence at a time, catches the full form and misses many of the bare ones. After the whole
document is tagged, :func:`propagate` collects every PER/LOC/ORG span the model predicted (keyed by its words'
clitic-stripped stems), and for a person of two or more words also the last word on its own (the family name);
each key takes the type most of its mentions got. Every run of words the model left ``O`` that equals a key is
then tagged with that type, longest key first. Spans the model did tag are never changed, and MISC is not spread.

A one-word key is spread only when it looks like a name of its type (:func:`spreadable`): three letters or more,
not a name particle, and either unseen in training or tagged that type at least half of the times the training
corpora have it (``resources/ner/word_types.tsv``, written by ``scripts/train_ner.py``). A first version that
only excluded words the corpora mostly tag ``O`` spread المسجد، العربية، المتحف (words that are mostly *inside*
names) and lost 2.8 F1 on the NewsFANE test slice; the type-share rule is what is shipped.

Measured on dev (model trained on NewsFANE slices 0-7 + Wojood train; AQMAR, never trained on, as an
encyclopedic out-of-domain set), micro F1 before -> after: NewsFANE slice 8 75.2 -> 76.7, AQMAR 50.0 -> 51.0,
Wojood val 80.4 -> 80.0 (its 25-sentence "documents" are unrelated sentences).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources
from itertools import compress

from rasd.ner.features import split_proclitics
from rasd.ner.labels import spans_from_bio
from rasd.ner.lexicon import load_lexicon
from rasd.resources import load_yaml
from rasd.text.normalize import normalize

#: Types whose mentions are spread through the document.
SPREAD_TYPES = frozenset({"PER", "LOC", "ORG"})
WORD_TYPES_RESOURCE = "ner/word_types.tsv"

# name particles: never a key of their own (a person's first or last word may be one: أبو محمد، محمد بن)
_PARTICLES = frozenset({"بن", "ابن", "ابو", "ابي", "ابا", "عبد", "ال", "بنت", "ام", "دي", "فان", "فون", "دو", "لا"})
_MIN_KEY_LETTERS = 3
_PREPOSITIONS = frozenset("بلك")
_MIN_TRIM_STEM = 4
_MIN_TRIM_SEEN = 5


@functools.cache
def word_types() -> dict[str, tuple[int, int, int, int]]:
    """How the training corpora tag each frequent word: stem -> (occurrences, as PER, as LOC, as ORG).

    Read from ``resources/ner/word_types.tsv`` (written by ``scripts/train_ner.py``); empty when absent.
    """
    path = resources.files("rasd.resources").joinpath(WORD_TYPES_RESOURCE)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    table: dict[str, tuple[int, int, int, int]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, n, per, loc, org = line.split("\t")
        table[word] = (int(n), int(per), int(loc), int(org))
    return table


_TYPE_COLUMN = {"PER": 1, "LOC": 2, "ORG": 3}


def spreadable(word: str, kind: str, table: dict[str, tuple[int, int, int, int]]) -> bool:
    """Whether a one-word name ``word`` (a key) of type ``kind`` may be spread through a document.

    It must have three letters or more, not be a name particle, and be a word the training corpora never saw
    three times (most foreign names) or tagged ``kind`` at least half of the times they saw it (so المسجد، العربية،
    غريب are never spread on their own). A word with a possessive pronoun is looked up without it (رؤيته → رؤية).
    """
    if len(word) < _MIN_KEY_LETTERS or word in _PARTICLES:
        return False
    row = _row(word, table)
    return row is None or 2 * row[_TYPE_COLUMN[kind]] >= row[0]


@functools.lru_cache(maxsize=16384)
def _key(token: str) -> str:
    """The matching key of one token: its normalized form without proclitics (لفرويد → فرويد)."""
    norm = normalize(token).strip() or token
    return split_proclitics(norm)[1]


def bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(type, start, end)`` of every span of a BIO sequence (an ``I-`` after ``O`` opens a span): the spans of
    :func:`rasd.ner.labels.spans_from_bio`, which reads the tags the same way."""
    return [(kind, start, end) for start, end, kind in spans_from_bio(tags)]


def _table(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], types: dict[str, tuple[int, int, int, int]]
) -> dict[tuple[str, ...], str]:
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for sent_keys, sent_tags in zip(keys, tags, strict=True):
        for kind, start, end in bio_spans(sent_tags):
            if kind not in SPREAD_TYPES:
                continue
            words = tuple(sent_keys[start:end])
            votes.setdefault(words, Counter())[kind] += 2
            if kind == "PER" and len(words) >= 2:  # the family name alone: فرويد after سيغموند فرويد
                votes.setdefault((words[-1],), Counter())["PER"] += 1
    table: dict[tuple[str, ...], str] = {}
    for words, counts in votes.items():
        kind = counts.most_common(1)[0][0]
        if len(words) == 1 and not spreadable(words[0], kind, types):
            continue
        table[words] = kind
    return table


_ENCLITICS = ("هما", "ها", "هم", "هن", "كم", "نا", "ه")


def _row(stem: str, table: dict[str, tuple[int, int, int, int]]) -> tuple[int, int, int, int] | None:
    """The training counts of a stem, or of the stem without a possessive pronoun (رؤيته → رؤية)."""
    row = table.get(stem)
    if row is not None:
        return row
    for suffix in _ENCLITICS:
        base = stem.removesuffix(suffix)
        if base != stem and len(base) >= _MIN_KEY_LETTERS:
            # a teh marbuta becomes ت before a pronoun: رؤيته = رؤية + ـه
            return table.get(base[:-1] + "ه") if base.endswith("ت") else table.get(base)
    return None


def ordinary(stem: str, table: dict[str, tuple[int, int, int, int]]) -> bool:
    """Whether the training corpora saw ``stem`` five times or more and almost never (under 5%) in a name."""
    row = _row(stem, table)
    return row is not None and row[0] >= _MIN_TRIM_SEEN and 20 * (row[1] + row[2] + row[3]) < row[0]


def _split_preposition(word: str) -> tuple[bool, str, str]:
    """``(has a preposition, proclitics without the article, stem)`` of a word: بحضور → (True, "ب", "حضور").

    The article is not a preposition (للـ = ل + ال); a stem under four letters never counts as carrying one
    (foreign names that begin with ب or ك split like كوري = ك + وري)."""
    pro, stem = split_proclitics(normalize(word).strip())
    pro = pro.removesuffix("ال")
    return bool(set(pro) & _PREPOSITIONS) and len(stem) >= _MIN_TRIM_STEM, pro, stem


def _trim_tail(word: str, table: dict[str, tuple[int, int, int, int]]) -> bool:
    """Whether a person's name must not end with ``word``: an ordinary word led by a preposition (بحضور) or an
    accusative adverb (سابقا، حاليا)."""
    prep, pro, stem = _split_preposition(word)
    if len(stem) < _MIN_TRIM_STEM or not ordinary(stem, table):
        return False
    return prep or (not pro and stem.endswith("ا"))


def _trim_head(word: str, table: dict[str, tuple[int, int, int, int]]) -> bool:
    """Whether a person's name must not start with ``word``: a function word after و/ف (وفي), or an ordinary word
    that is not a given name or a name particle."""
    lexicon = load_lexicon()
    norm = normalize(word).strip()
    if norm[:1] in ("و", "ف") and norm[1:] in lexicon.name_stops:
        return True  # "وفي الزبداني": a function word with a conjunction
    if lexicon.is_given_name(word) or norm in lexicon.particles:
        return False
    return ordinary(_key(word), table)


_CLAUSE_PUNCT = frozenset('.,،:؛;!?؟»«"()-–—')


@functools.cache
def clause_verbs() -> frozenset[str]:
    """Verbs of saying and demanding that open a clause before their subject (``person_names.yaml``'s
    ``clause_verbs``, normalized): طالب is also a given name, and the tagger reads "كما طالب الجبوري" as one."""
    data = load_yaml("ar/person_names.yaml")
    return frozenset(normalize(str(w)) for w in data.get("clause_verbs") or ())


@functools.cache
def _name_words(key: str) -> frozenset[str]:
    """A word list of ``person_names.yaml`` (``clause_openers``: the words after which a clause opens with its verb,
    كما طالب …، ثم أعلن …; ``report_openers``: the complementizers that open what a named person said), normalized."""
    return frozenset(normalize(str(w)) for w in load_yaml("ar/person_names.yaml").get(key) or ())


@functools.cache
def _clause_verb_keys() -> frozenset[str]:
    """The matching keys (:func:`_key`) of the clause verbs, bare and after و / ف (كشف may lose its ك as a
    preposition): a word whose key is none of them is no clause verb."""
    return frozenset(_key(p + v) for v in clause_verbs() for p in ("", "و", "ف"))


@functools.cache
def _report_openers() -> frozenset[str]:
    """What opens a named person's report: :func:`_name_words` ``report_openers`` and a colon."""
    return _name_words("report_openers") | {":"}


def verb_before_name(sent: Sequence[str], start: int) -> bool:
    """Whether the first word of a person span at ``sent[start]`` is a verb of saying opening its clause.

    The word is one of :func:`clause_verbs`, bare after كما / ثم / (و)قد / لقد or at the sentence's start (كما طالب
    الجبوري، ثم أعلن فلان), or with a fused و / ف at the sentence's start or after punctuation (، وطالب الجبوري).
    A given name in a list or after a title ("التقى علي وطالب الجبوري", "الشيخ طالب الرفاعي") is not at a clause's
    start and is kept.
    """
    verbs = clause_verbs()
    norm = normalize(sent[start]).strip()
    prev = normalize(sent[start - 1]).strip() if start else ""
    at_start = not start or (bool(prev) and all(ch in _CLAUSE_PUNCT for ch in prev))
    if norm in verbs:
        return at_start or prev in _name_words("clause_openers")
    return norm[:1] in ("و", "ف") and norm[1:] in verbs and at_start


_MAX_NAME_AFTER_VERB = 3


def names_after_verbs(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    key_lists: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """Tag a person the model left untagged between a verb of saying at its clause's start and أن / إن / a colon:
    "وذكر علي رافع الشهري (والد الطفلة) أنه …".

    The first word is a listed given name — علي as written with ي (على with ى is the preposition) — followed by
    one or two words the model left ``O``, no function word, the first of them no ordinary word (a family name
    may be an adjective: الشهري) — or a name the model tagged from the second word on (علي ناصر القحطاني) —,
    then, after at most a bracketed aside, أن / إن / أنه / إنها or a colon. "وأكد علي أهمية أن …" (أهمية is an
    ordinary word) is left.
    """
    lexicon = load_lexicon()
    table = word_types()
    verbs = _clause_verb_keys()
    out = [list(t) for t in tags]
    keys_ = key_lists if key_lists is not None else [[_key(tok) for tok in sent] for sent in sentences]
    for sent, sent_keys, sent_tags in zip(sentences, keys_, out, strict=True):
        n = len(sent)
        # the stem without و / ف: most words are no clause verb's, and are passed over in C
        for i in compress(range(n - 3), map(verbs.__contains__, sent_keys)):
            first = sent[i + 1]
            if sent_tags[i + 1] != "O" or not lexicon.is_given_name(first) or first.strip("\u064b-\u0652") == "على":
                continue
            if not verb_before_name(sent, i):
                continue
            end = i + 2
            if sent_tags[end] == "B-PER":  # "علي ناصر القحطاني" tagged from ناصر on: علي begins the name
                end += 1
                while end < n and sent_tags[end] == "I-PER":
                    end += 1
            while end < n and end - i - 1 < _MAX_NAME_AFTER_VERB and sent_tags[end] == "O":
                word = normalize(sent[end]).strip()
                if not word.isalpha() or word in lexicon.name_stops or word in _report_openers():
                    break
                if (end == i + 2 and ordinary(_key(word), table)) or led_by_preposition(sent[end], table):
                    break  # "علي أهمية": the preposition and a noun; a family name may be an adjective (الشهري)
                end += 1
            if end == i + 2:
                continue
            k = end
            if k < n and sent[k] == "(":
                k = next((m + 1 for m in range(k, min(n, k + 8)) if sent[m] == ")"), n)
            if k >= n or normalize(sent[k]).strip() not in _report_openers():
                continue
            sent_tags[i + 1] = "B-PER"
            for m in range(i + 2, end):
                sent_tags[m] = "I-PER"
    return out


def led_by_preposition(word: str, table: dict[str, tuple[int, int, int, int]]) -> bool:
    """Whether ``word`` carries a preposition (ب، ل، ك) before a stem of four letters or more that is not a name.

    Not a name: the training corpora never tagged the stem inside a name, and it is not a listed given name
    (لطيفة splits like ل + طيفة). A person's name after a title never takes the preposition (it goes on the
    title: للقاضي فلان), so such a word does not start one: بتجريم in "القاضي بتجريم" ("which rules to
    criminalise", after the participle that is also the title "judge").
    """
    prep, _, stem = _split_preposition(word)
    if not prep:
        return False
    row = _row(stem, table)
    if row is not None and row[1] + row[2] + row[3] > 0:
        return False
    return not load_lexicon().is_given_name(word)


def trim_person_tails(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """Drop ordinary words the model let end a person's name (``هيلاري كلينتون بحضور``، ``المالكي سابقا``).

    A PER span of two or more words loses its last word while that word is ordinary (its stem, four letters or
    more, seen five times or more by the training corpora and almost never, under 5%, inside a name:
    ``resources/ner/word_types.tsv``) and either carries a preposition (ب، ل، ك, alone or after و/ف; the article
    ال is not one) or is an accusative adverb (سابقا، حاليا، أيضا). Names do not end in "with the presence of";
    places and organisations may (مركز الملك سلمان للإغاثة), so only PER is trimmed. Common words without a
    preposition are kept (الأول، الصغير، الخطاب end real names), and so are three-letter stems: foreign names
    that begin with ب or ك split into one (كوري، بيست) as often as real prepositional phrases do (بوفد). On the
    dev sets (NewsFANE slice 8, Wojood val, AQMAR) the rule changes two sentences, both for the better.

    Args:
        sentences: the tokens of each sentence.
        tags: BIO tags for each sentence (not modified).

    Returns:
        New tag lists.
    """
    table = word_types()
    out = [list(t) for t in tags]
    for sent, sent_tags in zip(sentences, out, strict=True):
        if "B-PER" not in sent_tags and "I-PER" not in sent_tags:  # no person (most sentences): two scans in C
            continue
        for kind, start, end in bio_spans(sent_tags):
            if kind != "PER":
                continue
            if led_by_preposition(sent[start], table) and ordinary(_split_preposition(sent[start])[2], table):
                for k in range(start, end):  # "القاضي بتجريم الصهيونية": no name begins with such a word
                    sent_tags[k] = "O"
                continue
            if end - start >= 2 and verb_before_name(sent, start):
                sent_tags[start] = "O"  # "كما طالب الجبوري": the verb of demand, not the given name طالب
                start += 1
                sent_tags[start] = "B-PER"
            while end - start >= 2 and _trim_tail(sent[end - 1], table):
                end -= 1
                sent_tags[end] = "O"
            while end - start >= 2 and _trim_head(sent[start], table):
                sent_tags[start] = "O"  # "عمد لودريان", "حظوظ هولاند": a verb or noun the model took in
                start += 1
                sent_tags[start] = "B-PER"
    return out


def propagate(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    keys: Callable[[str], str] | None = None,
    *,
    key_lists: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """Spread the document's predicted names to the mentions the tagger left untagged.

    Args:
        sentences: the tokens of each sentence of one document.
        tags: the tagger's BIO tags for each sentence (not modified).
        keys: the matching key of a token (its normalized stem) when the caller has it cached (the tagger's word
            records); by default computed here. Must equal ``_key``.
        key_lists: the keys of every token of each sentence, when the caller has them already (used instead of
            ``keys``).

    Returns:
        New tag lists: the same, plus ``B-``/``I-`` tags on untagged runs of words equal to a name found
        elsewhere in the document (see the module docstring).
    """
    keys_: Sequence[Sequence[str]]
    if key_lists is None:
        key = keys or _key
        keys_ = [[key(tok) for tok in sent] for sent in sentences]
    else:
        keys_ = key_lists
    table = _table(keys_, tags, word_types())
    out = [list(t) for t in tags]
    if not table:
        return out
    # the longest key starting with each word: most words start none, and are passed over at once
    longest: dict[str, int] = {}
    for k in table:
        longest[k[0]] = max(longest.get(k[0], 0), len(k))
    for sent_keys, sent_tags in zip(keys_, out, strict=True):
        n = len(sent_keys)
        after = 0  # the first word not inside a run just tagged
        for i in compress(range(n), map(longest.__contains__, sent_keys)):
            if i < after or sent_tags[i] != "O":
                continue
            width = longest[sent_keys[i]]
            hit = 0
            for size in range(min(width, n - i), 0, -1):
                end = i + size
                kind = table.get(tuple(sent_keys[i:end]))
                if kind is None or any(t != "O" for t in sent_tags[i:end]):
                    continue
                if end < n and sent_tags[end].startswith("I-"):
                    continue
                sent_tags[i] = "B-" + kind
                for j in range(i + 1, end):
                    sent_tags[j] = "I-" + kind
                hit = size
                break
            after = i + (hit or 1)
    return out


def postprocess(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    keys: Callable[[str], str] | None = None,
    *,
    key_lists: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """The document-level steps after the CRF: :func:`names_after_verbs`, :func:`trim_person_tails`, then
    :func:`propagate`.

    (Untagging one-word spans that are ordinary words was tried and dropped: neutral on dev, but it untagged
    correct homonyms such as مشهد the city and علي the name, which normalizes like على.)
    """
    if key_lists is None:
        key = keys or _key
        key_lists = [[key(tok) for tok in sent] for sent in sentences]
    trimmed = trim_person_tails(sentences, names_after_verbs(sentences, tags, key_lists))
    return propagate(sentences, trimmed, keys, key_lists=key_lists)
