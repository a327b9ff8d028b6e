"""Round 26 (helper sp5): the events stage's speed changes return what the code they replaced returned.

* ``LexiconMatcher.find_all(overlapping=True)`` built on ``_overlapping`` (a sort only when the matches come out of
  order, the source offsets read without a call when no mark was dropped after the last letter), and
  ``spans_by_value`` (the cue lists of ``events.context.build_context`` grouped without building matches), against
  the round 25 code kept here as the reference;
* the clause-break regex of ``events.context`` written to open with one character class, against the round 25
  pattern;
* ``Context.previous_word`` and ``Context.word_start`` memoized per document (bounded by the document: one entry per
  offset asked about), against the uncached reading.
"""

from __future__ import annotations

import random
import re
from itertools import compress

import pytest

from rasd.document import Document, Span
from rasd.events import context as C
from rasd.events.lexicon import cue_matcher
from rasd.resources.cues import event_cue_alt
from rasd.text.matcher import LexiconMatcher, Match, _analyze, cached_view
from rasd.text.normalize import NormalizedView, normalize_view, normalize_word

# pieces of realistic news text: words with proclitics and the article, diacritics after a last letter, a ligature,
# a hashtag, punctuation and line breaks
_PIECES = [
    "قتل",
    "ثلاثة",
    "مدنيين",
    "وأصيب",
    "آخرون",
    "في",
    "قصف",
    "جوي",
    "على",
    "ريف",
    "إدلب",
    "الجنوبي",
    "بالمدينة",
    "للمدينة",
    "مدينة",
    "حماة",
    "وبحماة",
    "الغوطة",
    "الشرقية",
    "للغوطة",
    "غوطة",
    "قوات",
    "النظام",
    "وقوات",
    "الأمن",
    "اشتباكات",
    "عنيفة",
    "بين",
    "مسلحين",
    "فيما",
    "بينما",
    "وذلك",
    "حيث",
    "وسط",
    "من",
    "عقب",
    "غارة",
    "غاراتها",
    "طائرات",
    "التحالف",
    "الطيران",
    "الحربي",
    "انتحاري",
    "عبوة",
    "ناسفة",
    "مظاهرة",
    "المتظاهرين",
    "اعتقال",
    "ذكرى",
    "مباراة",
    "قذائف",
    "هاون",
    "صاروخ",
    "مقتلَ",
    "الجيشُ",
    "ﻻ",
    "#ريف_حماة",
    "2015",
    "،",
    ",",
    ".",
    ":",
    "؛",
    "-",
    "\n",
    "«داعش»",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(3, 40))]
        seps = [rng.choice([" ", " ", " ", "  ", "\t", " - ", "\n"]) for _ in words]
        out.append("".join(w + s for w, s in zip(words, seps, strict=True)).strip())
    return out


_SENTENCES = [
    "قتل ثلاثة مدنيين وأصيب آخرون في قصف جوي لطائرات التحالف على ريف إدلب الجنوبي، فيما اندلعت اشتباكات عنيفة.",
    "وقالت مصادر محلية إن الطيران الحربي شن غاراته على بلدات الغوطة الشرقية وسط اشتباكات بين قوات النظام ومسلحين.",
    "فجر انتحاري عبوة ناسفة عقب صلاة الجمعة في مدينة حماة، بينما تظاهر المئات للمطالبة بالإفراج عن المعتقلين.",
    "أطلقت قوات الأمن قنابل الغاز على المتظاهرين في الذكرى الثانية للاحتجاجات، وذلك بعد مباراة كرة القدم.",
]


def _reference_overlapping(matcher: LexiconMatcher[str], text: str | NormalizedView) -> list[Match[str]]:
    """Round 25's ``find_all(text, overlapping=True)``, as it was written."""
    view = text if isinstance(text, NormalizedView) else cached_view(text)
    an = _analyze(view)
    words, starts, ends, gaps = an.words, an.starts, an.ends, an.gaps
    offsets = view.offsets
    last_word = len(words) - 1
    all_readings = [matcher._readings(w) for w in words]
    delete = str.maketrans("", "", " \t\u00a0\u2009\u200a\u202f-\u2010\u2011")
    out: list[Match[str]] = []
    for i in compress(range(len(words)), all_readings):
        found = []
        w0 = starts[i]
        for prefix, mismatch, node in all_readings[i]:
            plen = len(prefix)
            if plen and offsets[w0 + plen] == offsets[w0 + plen - 1]:
                continue
            j = i
            if node.values:
                found.append((j, plen, mismatch, prefix, node))
            children = node.children
            while children and j < last_word:
                gap = gaps[j]
                j += 1
                if gap == " ":
                    child = children.get(words[j])
                elif "\n" in gap:
                    break
                else:
                    core = gap.translate(delete)
                    child = children.get(words[j] if not core else f"{core}\x1f{words[j]}")
                if child is None:
                    break
                if child.values:
                    found.append((j, plen, mismatch, prefix, child))
                children = child.children
        if not found:
            continue
        ps = offsets[w0]
        best: dict[int, tuple] = {}
        for cand in found:
            k = id(cand[4])
            if k not in best or cand[1:3] < best[k][1:3]:
                best[k] = cand
        for last, plen, _, prefix, node in sorted(best.values(), key=lambda c: (-c[0], c[1], c[2])):
            s, e = view.to_source(w0 + plen, ends[last])
            for value in node.values:
                out.append(Match(s, e, value, node.key, prefix, ps))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _small_matcher() -> LexiconMatcher[str]:
    entries = [
        ("مدينة", "town"),
        ("المدينة", "the_town"),
        ("حماة", "hama"),
        ("ريف حماة", "rural_hama"),
        ("ريف إدلب الجنوبي", "south_idlib"),
        ("ريف إدلب", "rural_idlib"),
        ("إدلب", "idlib"),
        ("الغوطة الشرقية", "ghouta_east"),
        ("الغوطة", "ghouta"),
        ("غوطة", "ghouta_bare"),
        ("قوات النظام", "regime"),
        ("قوات", "forces"),
        ("النظام", "regime_word"),
        ("قصف", "shelling"),
        ("قصف جوي", "air"),
        ("عبوة ناسفة", "ied"),
        ("عبوة", "device"),
        ("لا", "no"),
        ("حماة", "hama_again"),
    ]
    return LexiconMatcher(entries)


@pytest.mark.parametrize("make", [_small_matcher, cue_matcher], ids=["small", "cues"])
def test_overlapping_matches_as_round25(make) -> None:
    matcher = make()
    for text in _SENTENCES + _texts(300, 26):
        assert matcher.find_all(text, overlapping=True) == _reference_overlapping(matcher, text), text


@pytest.mark.parametrize("make", [_small_matcher, cue_matcher], ids=["small", "cues"])
def test_spans_by_value_groups_the_overlapping_matches(make) -> None:
    matcher = make()
    for text in _SENTENCES + _texts(300, 2026):
        grouped: dict[str, tuple[list[int], list[int]]] = {}
        for m in matcher.find_all(text, overlapping=True):
            group = grouped.setdefault(m.value, ([], []))
            group[0].append(m.start)
            group[1].append(m.end)
        got = matcher.spans_by_value(normalize_view(text))
        assert got == grouped, text
        assert list(got) == list(grouped)  # the lists in the order they are first met


def test_spans_read_marks_after_the_last_letter() -> None:
    """A diacritic after a match's last letter is inside its span (to_source's reading), also without a call."""
    matcher = _small_matcher()
    text = "سقطت قذائف على مدينةٍ حماةَ أمس"
    spans = matcher.spans_by_value(text)
    s, e = spans["town"][0][0], spans["town"][1][0]
    assert text[s:e] == "مدينةٍ"
    s, e = spans["hama"][0][0], spans["hama"][1][0]
    assert text[s:e] == "حماةَ"


def test_overlapping_order_when_a_shorter_prefix_reads_a_longer_entry() -> None:
    """Matches of one word read with different prefixes come out by start, then longest first (a sort is needed)."""
    matcher = LexiconMatcher([("مدينة القديمة", "old_city"), ("المدينة", "the_town")])
    text = "في المدينة القديمة"
    got = [(m.start, m.end, m.value) for m in matcher.find_all(text, overlapping=True)]
    assert got == [(m.start, m.end, m.value) for m in _reference_overlapping(matcher, text)]
    # found longest first (ال + مدينة القديمة, then المدينة), returned by start
    assert got == [(3, 10, "the_town"), (5, 18, "old_city")]
    assert matcher.spans_by_value(text) == {"the_town": ([3], [10]), "old_city": ([5], [18])}


_ROUND25_CLAUSE_BREAK = re.compile(
    r"[،,؛;:\n]|(?<!\sفي)(?<!\sمن)\s" r"(?=(?:" + event_cue_alt("clause_openers") + r")\s)"
)


def test_clause_break_as_round25() -> None:
    texts = (
        _SENTENCES
        + [
            "قصفت الطائرات البلدة في حين انسحب المسلحون، وسط حالة من الذعر",
            "خرج المتظاهرون من وسط المدينة في وسط الزحام بينما كانت الشرطة تراقب",
            "اشتباكات عنيفة\nحيث قتل اثنان: وذلك عقب هجوم؛ غير أن الجيش نفى",
            "قال المتحدث إلا أن القوات\tكما أعلنت\u00a0بعدما انتهت العملية ولكن لم يذكر",
        ]
        + _texts(300, 7)
    )
    for text in texts:
        for lo, hi in ((0, len(text)), (min(5, len(text)), len(text)), (0, max(0, len(text) - 7))):
            old = [m.span() for m in _ROUND25_CLAUSE_BREAK.finditer(text, lo, hi)]
            new = [m.span() for m in C._CLAUSE_BREAK.finditer(text, lo, hi)]
            assert new == old, (text, lo, hi)


def _uncached_previous_word(text: str, offset: int) -> str:
    j = offset
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if j < offset:
        return normalize_word(text[j:offset])
    words = re.findall(r"[^\W\d_]+|\d+", text[max(0, offset - 40) : offset])
    return normalize_word(words[-1]) if words else ""


def _uncached_word_start(text: str, offset: int) -> int:
    j = offset
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j


def test_previous_word_and_word_start_memos() -> None:
    text = " ".join(_SENTENCES)
    doc = Document(text=text)
    doc.sentences = [Span(0, len(text))]
    ctx = C.build_context(doc)
    rng = random.Random(5)
    offsets = [rng.randrange(0, len(text) + 1) for _ in range(400)]
    for _ in range(2):  # asked twice: the second answer is the memo's
        for off in offsets:
            assert ctx.previous_word(off) == _uncached_previous_word(text, off)
            assert ctx.word_start(off) == _uncached_word_start(text, off)
    # bounded by the document: one entry per offset asked about
    assert len(ctx.prev_words) == len(ctx.word_starts) == len(set(offsets))
    assert C.build_context(doc).prev_words == {}  # a new document's context starts empty


def test_day_named_as_the_scan_of_timexes() -> None:
    from rasd.document import Timex

    text = "قصفت الطائرات البلدة يوم الأحد 3 مايو 2015 صباحا، وفي الشهر الماضي قتل اثنان، وأمس مساء اندلعت اشتباكات"
    doc = Document(text=text)
    doc.sentences = [Span(0, len(text))]
    doc.timexes = [
        Timex(id="t0", start=21, end=42, type="DATE", value="2015-05-03"),
        Timex(id="t1", start=43, end=48, type="TIME", value="2015-05-03TMO"),
        Timex(id="t2", start=52, end=65, type="DATE", value="2015-04"),
        Timex(id="t3", start=77, end=80, type="DATE", value="2015-05-02"),
        Timex(id="t4", start=81, end=85, type="DURATION", value="2015-05-02"),
    ]
    ctx = C.build_context(doc)

    def scan(start: int, end: int) -> bool:
        return any(
            x.type in ("DATE", "TIME") and start <= x.start < end and re.match(r"\d{4}-\d{2}-\d{2}", str(x.value or ""))
            for x in doc.timexes
        )

    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            assert ctx.day_named(start, end) == scan(start, end), (start, end)
    assert ctx.day_starts == [21, 43, 77]


@pytest.mark.parametrize("make", [_small_matcher, cue_matcher], ids=["small", "cues"])
def test_readings_cached_through_the_suffix_test(make) -> None:
    """The words ``_prepare`` caches as having no reading without asking (no suffix of theirs, less up to four letters
    of proclitics, is a first word) are those ``_readings`` gives none."""
    matcher = make()
    words = [w for text in _SENTENCES + _texts(200, 99) for w in _analyze(cached_view(text)).words]
    words += ["وبالمدينة", "فللغوطة", "وللاذقية", "كالمدينة", "بحماة", "ولحماة", "والغوطة", "غوطة", "مدينتهم"]
    matcher._cache.clear()
    matcher.find_all(" ".join(words))
    assert matcher._cache  # the words were read through _prepare
    for word, readings in matcher._cache.items():
        assert readings == matcher._readings(word), word


def test_normalize_returns_a_text_with_nothing_to_fold_as_it_is() -> None:
    """``normalize`` returns a text none of whose characters it changes at once; every text normalizes as before."""
    from rasd.text import normalize as N

    def round25(text: str) -> str:
        if N._PRESENTATION_RE.search(text):
            return "".join([N._fold(ch) for ch in text])
        return N._fast_fold(text)

    pool = (
        "قصفتالطائراتمدينةحلبوقتلمدنيينأإآىةؤئء"
        + "ًٌٍَُِّْـ\u0670\u06d6\u200c\u200f\ufeff"
        + "٠١٢٣٤٥٦٧٨٩۰۱۲٫٬،؛؟_\u00a0کیۀە"
        + "ﻻﷺﻷabcXYZ 0123.,;?-\n"
    )
    rng = random.Random(2026)
    texts = ["في", "قصف جوي على ريف حلب", "", "ABC", "مدينة", "الأمم المتحدة"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    texts += [
        "".join(rng.choice("قصفتالطائراتمدينحلبوقتلمدني ") for _ in range(rng.randint(1, 30))) for _ in range(500)
    ]
    for text in texts:
        assert N.normalize(text) == round25(text), text
