"""Round 38 (helper sp4): the events rules' regexes behind a literal gate (``rasd.events.gates``) find exactly what
the regexes find, in every window.

The sentences are written for these tests in news style; the random texts are made of the patterns' own words,
proclitics, other words, spaces and punctuation, so that matches and near misses are frequent.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import rasd.events
from rasd.events.gates import MAX_LEAD, Gated, gated, pattern_gate, pattern_keys

SENTENCES = [
    "وقال المتحدث من الرياض إن المحادثات في جنيف ستستأنف الأسبوع المقبل، بينما تتواصل الاشتباكات في تعز",
    "عقد الاجتماع في القاهرة بحضور وزراء الخارجية، وأكدت السفارة اليمنية في واشنطن أن القصف طال منازل",
    "سقط قتلى وجرحى في قصف على قرية عيشة بمحافظة حجة، وقتل ثلاثة آخرون في المنطقة نفسها",
    "وتمكنت القوات من السيطرة على معسكر العند وقاعدة الديلمي، فيما كان المسلحون قد انسحبوا من ولاية فرياب",
    "ودعا إلى أن يتغمد الله الشهداء بواسع رحمته ويلهم أسر الشهداء الصبر، بعد مقتل جنود في هجوم على جبهة نهم",
    "أعلنت جمعية الهلال الأحمر في مدينة عدن أن أمير منطقة جازان زار الجرحى، على بعد عشرة كيلومترات من الحدود",
    "وكانت قوات الأمن قد اعتقلت سبعة أشخاص في إقليم كشمير بشكل يومي، تحت سيطرة الميليشيات المدعومة من الخارج",
    "وأسفر الانفجار عن سقوط قتلى بين قتيل وجريح، وشيع الأهالي الذين قتلوا في الاشتباكات الأخيرة مع المسلحين",
    "وأضاف البيان أن «إرهابيا» قتل أيضا في الاشتباكات، وسبق للتنظيم أن تبنى هجمات مماثلة في البلدة ذاتها",
    "وزارت جمعية رعاية الأيتام مقرها في مدينة المكلا، بعد أن خلفت الغارات قتلى وجرحى في القرية ذاتها",
    "وسقط قتلى من المدنيين في مناطق خاضعة لسيطرة التنظيم، وهي المنطقة نفسها التي شهدت معارك في نفس المكان",
    # round 39 (ev6): merge.vague_share._NUMBER_DIED, figures._CAPTURED_AFTER, _THOSE_IN and _ONE_WITH_OTHERS
    "وذكر المصدر أن عددا آخر من عناصر التنظيم قتلوا في الغارات، بعد معارك قتل فيها العشرات منهم أو تم أسرهم",
    "واستهدفت الغارة سيارة للمسلحين على الطريق العام، ما أدى إلى احتراقها ومقتل من فيها في الحال",
    "وأكد المصدر أن القائد الميداني للجماعة لقي مصرعه مع 12 آخرين، فيما فر الباقون نحو الجبال",
    # round 43 (sp20): merge.tolls._OTHER_SIDE and place_filters._SEAT_OFFICE, gated this round
    "وقتل خمسة من المسلحين في المواجهات مع الجيش، بينما قتل جنديان من القوات الحكومية قرب السوق",
    "وندد رئيس المجلس البلدي بمنطقة الباحة بالهجوم، فيما زار مدير تعليم المحافظة المدرسة المتضررة",
]

#: Words that make near misses: proclitics, parts of the patterns' words, punctuation.
_FILLERS = ["و", "ف", "ب", "ل", "ال", "في", "من", "على", "قد", "كان", "كانت", "،", ".", ":", "«", "»", "(", ")", "\n"]


def _gated_patterns() -> list[tuple[str, Gated]]:
    found: list[tuple[str, Gated]] = []
    seen: set[int] = set()
    for info in pkgutil.walk_packages(rasd.events.__path__, "rasd.events."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, Gated) and id(value) not in seen:
                seen.add(id(value))
                found.append((f"{info.name}.{name}", value))
    return found


GATED = _gated_patterns()


def _spans(found: object) -> object:
    if isinstance(found, re.Match):
        return found.span(), found.groups()
    if found is None or isinstance(found, list):
        return found
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


def _random_text(rng: random.Random, keys: list[str]) -> str:
    words: list[str] = []
    for _ in range(rng.randint(3, 25)):
        roll = rng.random()
        if roll < 0.3:
            words.append(rng.choice(keys))
        elif roll < 0.45:
            words.append(rng.choice(["و", "ف", "ب", "ل", "وب", "لل", "ال", "بال"]) + rng.choice(keys))
        elif roll < 0.6:
            key = rng.choice(keys)
            words.append(key[: rng.randint(1, max(1, len(key) - 1))])  # a piece of a word: a near miss
        elif roll < 0.85:
            words.append(rng.choice(_FILLERS))
        else:
            words.append(rng.choice(SENTENCES).split(" ")[rng.randint(0, 5)])
    seps = [" ", " ", " ", "", "  ", "، "]
    return "".join(w + rng.choice(seps) for w in words)


def test_the_gates_are_on() -> None:
    names = {name for name, _ in GATED}
    for expected in (
        "rasd.events.place_filters._VENUE",
        "rasd.events.unlisted_places._DIVISION",
        "rasd.events.figures._MARTYRS",
        "rasd.events.merge.tolls._VAGUE_DEAD",
        "rasd.events.coding.kinds._FOOTER",
    ):
        assert expected in names
    assert len(GATED) >= 25
    assert all(g.keys for _, g in GATED)


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"(?<![\u0621-\u064A])(?:و|ف)?(?:قال|قالت)\s+من", {"قال"}),  # قال|قالت is parsed as قال(?:|ت)
        (r"(?<![\u0621-\u064A])[وف]?[بل]?(?:ولاية|إقليم|اقليم)\s+([\u0621-\u064A]{3,})", {"ولاية", "إقليم", "اقليم"}),
        (r"ab|cd", {"ab", "cd"}),
        (r"x(?:ab)+y", {"ab"}),
        (r"x(?:ab)*yz", {"yz"}),
        # the part whose shortest word is longest: the parser takes the common م out of مقتل|مصرع (قتل|صرع are left)
        (r"(?:مقتل|مصرع)\s+(?:جنود|عناصر)", {"جنود", "عناصر"}),
    ],
)
def test_pattern_keys(pattern: str, keys: set[str]) -> None:
    assert pattern_keys(re.compile(pattern)) == keys


@pytest.mark.parametrize(
    "pattern",
    [
        r"ab|c",  # one branch with a single letter only
        r"(?:ab)?c",  # nothing required but a letter
        r"(?i:ab)c",  # a case-blind part
        r"[\u0621-\u064A]+",
        r"(?=قتل)\w+",  # a look-ahead reads nothing of the match
        r"(?:قتل|)\s+",  # an empty branch
    ],
)
def test_no_keys(pattern: str) -> None:
    assert pattern_keys(re.compile(pattern)) is None
    g = gated(re.compile(pattern))
    assert g.keys is None and g.holds("أي نص")
    assert _spans(g.search("ab c قتل x")) == _spans(re.compile(pattern).search("ab c قتل x"))


@pytest.mark.parametrize(
    ("pattern", "lead"),
    [
        (r"(?<![\u0621-\u064A])(?:و|ف)?(?:قال|قالت)\s+من", 1),
        (r"(?<![\u0621-\u064A])[وف]?[بل]?(?:ولاية|إقليم|اقليم)\s+([\u0621-\u064A]{3,})", 2),
        (r"\s*(?:مدينة|العاصمة)\s*$", None),  # any run of spaces may open the match
        (r"(?:في|ب)\s*(?:نفس|ذات)\s+(?:المنطقة|المكان)", None),  # the words chosen stand past a run of spaces
    ],
)
def test_pattern_lead(pattern: str, lead: int | None) -> None:
    gate = pattern_gate(re.compile(pattern))
    assert gate is not None and gate[1] == lead


def test_anchored_overlapping_words() -> None:
    """Words that overlap (قتل in قتلى, تلى after it) and matches that follow each other or overlap a word: the
    places tried near each word give what the engine's search gives."""
    rx = re.compile(r"(?<![\u0621-\u064A])[وب]?(?:قتل|تلى|قتلى)(?:\s+قتلى)?")
    gate = pattern_gate(rx)
    assert gate is not None and gate[1] == 1
    g = Gated(rx, *gate)
    rng = random.Random(38)
    pieces = ["قتل", "تلى", "قتلى", "وقتلى", "بتلى", "ق", "ت", " ", "، ", "و", "ب"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for pos, endpos in [(0, len(text))] + [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))]:
            assert _spans(g.finditer(text, pos, endpos)) == _spans(rx.finditer(text, pos, endpos)), text
            assert _spans(g.search(text, pos, endpos)) == _spans(rx.search(text, pos, endpos)), text
            assert g.findall(text, pos, endpos) == rx.findall(text, pos, endpos), text


def test_case_blind_pattern_is_not_gated() -> None:
    assert pattern_keys(re.compile("abc", re.IGNORECASE)) is None


def _both_modes(g: Gated) -> list[Gated]:
    """The gate as the module has it, the gate over the window, and (its match's lead bounded) the gate tried only
    near each word."""
    gate = pattern_gate(g.regex)
    assert gate is not None
    keys, lead = gate
    modes = [g, Gated(g.regex, keys, None)]
    if lead is not None and lead <= MAX_LEAD:
        modes.append(Gated(g.regex, keys, lead))
    return modes


@pytest.mark.parametrize(("name", "g"), GATED, ids=[name for name, _ in GATED])
def test_gated_equals_the_regex(name: str, g: Gated) -> None:
    """Every method, every window of the written sentences and of random texts of the pattern's own words, in each
    mode of the gate."""
    rx = g.regex
    modes = _both_modes(g)
    assert g.pattern == rx.pattern
    rng = random.Random(hash(name) % 10_000)
    keys = sorted(g.keys or ())
    texts = SENTENCES + [_random_text(rng, keys) for _ in range(60)]
    matched = 0
    for text in texts:
        n = len(text)
        windows = [(0, n)] + [tuple(sorted((rng.randint(0, n), rng.randint(0, n)))) for _ in range(12)]
        if text in SENTENCES:  # the windows that end at a word's end or after its space (the $-anchored patterns)
            windows += [(max(0, k - 90), e) for k in range(n) if text[k] == " " for e in (k, k + 1)]
        for pos, endpos in windows:
            for method in ("search", "finditer", "findall", "match", "fullmatch"):
                want = _spans(getattr(rx, method)(text, pos, endpos))
                for mode in modes:
                    assert _spans(getattr(mode, method)(text, pos, endpos)) == want, (method, mode.lead, text, pos)
            if rx.search(text, pos, endpos) is not None:
                matched += 1
                assert g.holds(text, pos, endpos)
        # every match holds one of the keys (what the gate relies on)
        for m in rx.finditer(text):
            assert any(k in m.group(0) for k in keys), (m.group(0), keys)
    MATCHED[name] = matched


#: How many windows each pattern matched in, filled by :func:`test_gated_equals_the_regex`.
MATCHED: dict[str, int] = {}


def test_the_texts_reach_matches() -> None:
    """The equality above is checked where every pattern matches too (the written sentences build each frame; the
    windows that end at a word's end reach the patterns anchored there)."""
    if len(MATCHED) < len(GATED):
        for name, g in GATED:
            test_gated_equals_the_regex(name, g)
    assert all(n > 0 for n in MATCHED.values()), MATCHED
