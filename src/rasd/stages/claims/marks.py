"""Step 2 of the claims stage: the markers that report something (:func:`_marks`) and where a new speaker's turn
starts inside a clause."""

from __future__ import annotations

import functools
import re

from rasd.claims.agreement import marker_form
from rasd.claims.context import DocIndex, _union
from rasd.claims.lexicon import MARKER_PARTICIPLE, MARKER_PREPOSITION, MARKER_RESUMPTIVE, MARKER_VERB, Cue
from rasd.claims.spans import is_opening_quote
from rasd.claims.speakers import (
    punct_between,
    role_reader,
)
from rasd.resources.cues import CueFile
from rasd.stages.claims.common import _accusation_document, _Mark, _present, _told_ahead
from rasd.stages.claims.cues import (
    _ABOUT_NOT_VERBS,
    _ABOUT_PRONOUNS,
    _ADDED_VERBS,
    _BETWEEN_FIRST,
    _BETWEEN_OPENERS,
    _BETWEEN_VERBS,
    _BLAME_NOT,
    _BLAME_OBJECTS,
    _BLAME_VERBS,
    _BY_SAYING_NOT,
    _BY_SAYING_WORDS,
    _CAUSE_OBJECTS,
    _CAUSE_POINTERS,
    _CAUSE_VERBS,
    _CHARGE_NOUNS,
    _CHARGE_VERBS,
    _CLAIMED_ACTS,
    _CLAUSE_OPENING_CONJUNCTIONS,
    _CLAUSE_PUNCT,
    _CONDITIONALS,
    _CONVEYING_VERBS,
    _COUNT_WORDS,
    _COUNTED_NOUN_LEADS,
    _COUNTED_NOUN_TAILS,
    _COUNTED_NOUNS,
    _FACT_ANTECEDENTS,
    _GOING_ON_VERBS,
    _GOING_ON_WORDS,
    _GREETING_NOUNS,
    _HEADS,
    _INTRO_ONLY_MARKS,
    _INTRO_ONLY_WORDS,
    _KANA,
    _KANA_POINTING,
    _LEARNED_FROM,
    _LEARNED_OUTLETS,
    _LEARNED_VERBS,
    _MODALS,
    _OPENERS,
    _OWN_WORDING,
    _OWN_WORDS,
    _POINTING_DEMONSTRATIVES,
    _POINTING_HEADS,
    _PRAYER_HEADS,
    _PRESENT_CAUSE_VERBS,
    _PROMISE_NOT_AFTER,
    _PROMISE_NOT_BEFORE,
    _PROMISE_VERBS,
    _QAD,
    _QUANTIFIERS,
    _RESUMPTIVE_PRONOUNS,
    _SUBJUNCTIVE,
    _TELLING_OPENINGS,
    _THAT,
    _TIME_BEFORE_THAT,
    _TIME_CONJUNCTION_NOUNS,
    _TOPIC_LEADS,
    _TRAILING_WORDS,
    _VERB_FIRST,
    _WENT_ON_VERBS,
)
from rasd.text.clitics import CONJUNCTIONS, drop_conjunction, in_words
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm

#: the verbs of saying read only with their complement (:func:`_complement_close`; round 29: one look-up for them all)
_COMPLEMENT_VERBS = (
    _GOING_ON_VERBS | _WENT_ON_VERBS | _ADDED_VERBS | _BLAME_VERBS | _PROMISE_VERBS | _BY_SAYING_WORDS | _CAUSE_VERBS
)


# ---------------------------------------------------------------------------------------------- step 2: markers
def _intro_close(ix: DocIndex, end: int, words: int = _INTRO_ONLY_WORDS) -> bool:
    """Whether a content introducer (أن/إن) starts within ``words`` words after ``end`` (:data:`_INTRO_ONLY_WORDS`
    unless given), with no sentence end between."""
    w = ix.word_after(end)
    last = end
    for _ in range(words + 1):
        if w is None or w[0] in (".", "!", "?", "؟"):
            break
        last = w[2]
        w = ix.word_after(w[2])
    return bool(ix.intros_in(end, last))


#: ``claims.yaml``'s word lists, normalized word by word (the shared cue-file reader, built once per process)
_CLAIMS_YAML = CueFile("ar/claims.yaml", section=None)
#: the word lists the readers below ask for, read once at import (round 42, sp18: each reader called the
#: cue file's memoized reader again, ~25,000 calls per 1,000 articles)
_FINDING_QUANTIFIERS = _CLAIMS_YAML.normalized_words("finding_quantifiers")
_FINDING_SUBJECTS = _CLAIMS_YAML.normalized_words("finding_subjects")
_REAFFIRMING_NOUNS = _CLAIMS_YAML.normalized_words("reaffirming_nouns")
_REPORT_SPEAKER_HEADS = _CLAIMS_YAML.normalized_words("report_speaker_heads")
_FINDER_SUBJECTS = _FINDING_SUBJECTS | _REPORT_SPEAKER_HEADS
_FINDING_VERBS = _CLAIMS_YAML.normalized_words("finding_verbs")
_SHOWING_VERBS = _CLAIMS_YAML.normalized_words("showing_verbs")
_SHOWING_SUBJECTS = _CLAIMS_YAML.normalized_words("showing_subjects") | (
    _REPORT_SPEAKER_HEADS - _CLAIMS_YAML.normalized_words("showing_results")
)
_SHOWING_RESULTS = _CLAIMS_YAML.normalized_words("showing_results")
_SHOWING_RESULTS_OF = _CLAIMS_YAML.normalized_words("showing_results_of")
_REAFFIRMING_VERBS = _CLAIMS_YAML.normalized_words("reaffirming_verbs")
_PRONOUN_VERDICTS = _CLAIMS_YAML.normalized_words("pronoun_verdict_verbs")
_VERDICT_THAT = _CLAIMS_YAML.normalized_words("verdict_that_words")
_VERDICT_ADJECTIVE_VERBS = _CLAIMS_YAML.normalized_words("verdict_adjective_verbs")
_VERDICT_ADJECTIVE_NOT = _CLAIMS_YAML.normalized_words("verdict_adjective_not")
_THAT_AFTER_SUBJECT = _CLAIMS_YAML.normalized_words("that_after_subject_verbs")
_BELIEF_VERBS = _CLAIMS_YAML.normalized_words("belief_verbs")
#: how many words after a present-tense verdict verb (يعتبر، تعتبر) its أن / إن may stand: its subject's (round 40)
_THAT_AFTER_SUBJECT_WORDS = 4


def _that_soon(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether أن / إن stands within :data:`_THAT_AFTER_SUBJECT_WORDS` words after the marker ``m`` with no clause
    punctuation between (ويعتبر المحللون أن، تعتبر بعض العائلات أن; not "العمل الذي يعتبر خرقا …"، "يعتبر كافيا
    للموافقة عليه ولكن إن"), and not at once after a joined verb with no subject of its own ("يشير فلان إلى … ويعتبر
    أن": the earlier verb's speaker goes on, its content with it; round 40, cl71)."""
    end = m.end
    w = ix.word_after(end)
    if w is not None and m.prefix and ix.intros_in(end, w[2]):
        return False
    last = end
    for _ in range(_THAT_AFTER_SUBJECT_WORDS):
        if w is None or w[0] in _CLAUSE_PUNCT or w[0] in (".", "!", "?", "؟"):
            break
        last = w[2]
        w = ix.word_after(w[2])
    return bool(ix.intros_in(end, last))


def _pronoun_verdict(ix: DocIndex, m: Match[Cue], pw: str) -> bool:
    """Whether وصفه / وصفها … (``pronoun_verdict_verbs``) is a verdict told: بأن / أن (``verdict_that_words``) among
    the ten words after it before any clause punctuation, not the noun وصفة, not a verbal noun after a preposition
    or a modal (حسب وصفه، على وصفها بأنها، لا يمكن وصفها; round 24, helper cl34)."""
    if ix.doc.text[m.start : m.end].endswith("ة") or pw in ix.lexicon.prepositions or pw in _MODALS:
        return False
    if pw in ix.lexicon.verbal_noun_leads or drop_conjunction(pw, min_rest=2) in ix.lexicon.attribution_heads:
        return False
    that = _VERDICT_THAT
    w = ix.word_after(m.end)
    for _ in range(10):
        if w is None or w[0] in _CLAUSE_PUNCT:
            break
        if norm(w[0]) in that:
            return True
        w = ix.word_after(w[2])
    return _joined_pronoun_verdict(ix, m)


def _joined_pronoun_verdict(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether وصفه / وصفها … joined by و to what its subject did before (أدان، رفض، هاجم، امتدح) gives its verdict
    as a بـ phrase right after it, with no بأن: "ورفض روحاني المزاعم ووصفها بالتصور الخاطئ"، "وأدانت الرابطة
    التصريحات، ووصفتها بالمسعورة"، "ووصفه بـ«الرجل الاستثنائي»" (round 25, helper cl36: check20 codes such a verdict
    a claim, its content the بـ phrase). Not after a relative, ما or a preposition ("التي وصفها بالمنقذ"، "ما وصفه
    بالتآمر": the speaker's own wording inside a clause), nor a verbal noun joined to another ("من شتم إيران ووصفها
    بالمجوسية"، "بعد انتخاب روحاني ووصفه بالمعتدل"): the reading (reading._read_claim) keeps it only with the speaker
    of the sentence found before it."""
    if "و" not in m.prefix:
        return False
    return verdict_phrase_at(ix, m.end) is not None


def verdict_phrase(ix: DocIndex, w: tuple[str, int, int]) -> bool:
    """Whether the word ``w`` may open a verdict's بـ phrase: بال + a word, not a place, a name or a linking phrase
    (``verdict_adjective_not``; round 24, helper cl35)."""
    n = norm(w[0])
    return (
        n.startswith("بال")
        and len(n) >= 5
        and n not in _VERDICT_ADJECTIVE_NOT
        and not any(c.type in ("GPE", "LOC", "ORG", "PER") for c in ix.candidates_in(w[1], w[2]))
    )


def verdict_phrase_at(ix: DocIndex, end: int) -> int | None:
    """Where a verdict's بـ phrase opens right after ``end`` (the verb with its pronoun object): a word of
    :func:`verdict_phrase`, or بـ before a quote ("ووصفه بـ«الرجل الاستثنائي»"); else None (round 25, helper cl36)."""
    w = ix.word_after(end)
    if w is None or ix.doc.text[end : w[1]].strip():
        return None
    if norm(w[0]) == "ب":
        nxt = ix.word_after(w[2])
        return w[1] if nxt is not None and nxt[0][:1] in _QUOTES else None
    return w[1] if verdict_phrase(ix, w) else None


def _finder_after(ix: DocIndex, end: int) -> bool:
    """Whether a verb of finding (وجد، وجدت) is a study's report: a study or its researchers right after it (after
    a quantifier: وجدت إحدى الدراسات) and أن/إن close after (ووجدت الدراسة أن، ووجد الباحثون أن); "ووجد بحوزته
    أوراق"، "وجد نفسه أمام" and "وعند الوصول وجد أن الحادث …" find things, nobody reports (round 22, helper cl30)."""
    subjects = _FINDER_SUBJECTS
    quantifiers = _FINDING_QUANTIFIERS
    w = ix.word_after(end)
    if w is not None and norm(w[0]) in quantifiers:
        w = ix.word_after(w[2])
    return w is not None and norm(w[0]) in subjects and _intro_close(ix, end)


def _shower_after(ix: DocIndex, end: int) -> bool:
    """Whether a verb of showing (أظهر، تظهر) reports a finding: a survey, data, figures, a study or a document right
    after it (after a quantifier: أظهرت إحدى الدراسات), or results before a study's noun (أظهرت نتائج الاستطلاع);
    "أظهرت الصور"، "أظهر اللاعب مستوى"، "ويظهر أن" show things or seem, nobody reports (round 43, helper cl79)."""
    w = ix.word_after(end)
    if w is not None and norm(w[0]) in _FINDING_QUANTIFIERS:
        w = ix.word_after(w[2])
    if w is None:
        return False
    head = norm(w[0])
    if head in _SHOWING_SUBJECTS:
        return True
    of = ix.word_after(w[2]) if head in _SHOWING_RESULTS else None
    return of is not None and norm(of[0]) in _SHOWING_RESULTS_OF


#: what may follow a document's noun inside its phrase after a verb of showing: the verb or participle that issued it
#: (صدرت أمس، نشرت نتائجه اليوم، أجرته الغرفة)
_ISSUING = frozenset(
    {
        "صدرت",
        "صدر",
        "صادره",
        "الصادره",
        "نشرت",
        "نشر",
        "نشره",
        "نشرتها",
        "اجرته",
        "اجرتها",
        "اجراها",
        "اعدته",
        "اعدتها",
        "اعدها",
    }
)


def _shown_subject_end(ix: DocIndex, verb: tuple[str, int, int] | None, end: int) -> tuple[int, int] | None:
    """The document's phrase right after a verb of showing that reports (:func:`_shower_after`) — its noun, an
    adjective in ي / ية, the body that owns it (بيانات معهد البترول، مسح لرويترز), and the verb that issued it with
    its date and issuer (بيانات رسمية صدرت أمس، استطلاع أجرته الغرفة التجارية) — up to the object or أن: ``(start,
    end)``, or None for any other verb. The document speaks, even after another speaker's claim (where an
    indefinite noun after a verb is read as its object): round 43, helper cl79."""
    if (
        verb is None
        or drop_conjunction(norm(verb[0]), min_rest=2) not in _SHOWING_VERBS
        or not _shower_after(ix, verb[2])
    ):
        return None
    w = ix.word_after(verb[2])
    if w is not None and norm(w[0]) in _FINDING_QUANTIFIERS:
        w = ix.word_after(w[2])
    if w is None:
        return None
    start, stop = w[1], w[2]
    if norm(w[0]) in _SHOWING_RESULTS and (of := ix.word_after(stop)) is not None:
        stop = of[2]
    issued = False
    pos = stop  # (a date is passed over, not kept at the phrase's end: "بيانات رسمية صدرت أمس")
    for _ in range(8):
        nxt = ix.word_after(pos)
        if nxt is None or nxt[1] >= end or ix.intros_in(nxt[1], nxt[2]):
            break
        n = norm(nxt[0])
        ent = ix.candidate_at(nxt[1])
        if ix.in_timex(nxt[1]):
            pos = nxt[2]
            continue
        if ent is not None and ent.end <= end:
            pos = stop = ent.end  # "بيانات معهد البترول الأميركي"؛ "أجرته الغرفة التجارية"
            continue
        if n in _ISSUING and not issued:
            issued = True
            pos = stop = nxt[2]
            continue
        if (
            n in ix.lexicon.modifiers
            or (len(n) > 4 and n.endswith(("يه", "ي")) and not n.startswith(("ب", "ل")))
            or (issued and n.startswith("ال") and len(n) > 3)
        ):
            pos = stop = nxt[2]  # an adjective (رسمية، حديثة); the issuer as written (أجرته الغرفة التجارية)
            continue
        break
    return start, stop


def _reaffirming_after(ix: DocIndex, end: int) -> bool:
    """Whether التأكيد stands among the twelve words after أعاد, before any punctuation (وأعاد التأكيد على أن،
    أعاد الرئيس الروسي فلاديمير بوتين وسيب بلاتر رئيس الفيفا التأكيد على أن); "أعاد فتح الطريق" reopened (round 22,
    helper cl30)."""
    nouns = _REAFFIRMING_NOUNS
    w = ix.word_after(end)
    for _ in range(12):
        if w is None or not any(ch.isalpha() for ch in w[0]):
            return False
        if norm(w[0]) in nouns:
            return True
        w = ix.word_after(w[2])
    return False


def _source_after(ix: DocIndex, end: int) -> bool:
    """Whether من and a source follow a verb of learning within a few words (وعلمت «عكاظ» من مصادرها، علم من مصدر
    مطلع): the word after من an unnamed source's noun or the start of a tagged speaker."""
    w = ix.word_after(end)
    for _ in range(6):
        if w is None or w[0] in _CLAUSE_PUNCT:
            return False
        if norm(w[0]) in _LEARNED_FROM:
            nxt = ix.word_after(w[2])
            if nxt is None:
                return False
            head = norm(nxt[0]).removeprefix("ال")
            return head.startswith(("مصدر", "مصادر")) or ix.candidate_at(nxt[1]) is not None
        w = ix.word_after(w[2])
    return False


def _outlet_learned(ix: DocIndex, end: int) -> bool:
    """Whether a paper's quoted name (at most three words) or the noun of a paper (``learned_outlets``) follows a
    verb of learning, then أن / بأن at once ("وعلمت «المدينة» أن"، "وعلمت الصحيفة أن"): the paper learned from
    sources it does not name (round 35, cl55)."""
    text = ix.doc.text
    w = ix.word_after(end)
    if w is None:
        return False
    rest = text[w[1] : w[1] + 60]
    if rest[:1] in '«“"':
        close = next((k for k, ch in enumerate(rest[1:], 1) if ch in '»”"'), -1)
        if close < 2 or len(rest[1:close].split()) > 3 or any(ch in rest[1:close] for ch in ".،,:"):
            return False
        after = ix.word_after(w[1] + close + 1)
    elif norm(w[0]) in _LEARNED_OUTLETS:
        after = ix.word_after(w[2])
    else:
        return False
    return after is not None and norm(after[0]) in _THAT


def _in_line_with(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a preposition of accordance (وفق، وفقا لـ، طبقا لـ) says "in line with" a norm rather than whose account
    it is: the word after it (a fused لـ read off) one of ``accordance_nouns`` or ``rule_nouns`` (وفق قرارات الشرعية
    الدولية، وفقا للمبادرة الخليجية، وفقاً للتوجيهات الكريمة, round 18)."""
    lex = ix.lexicon
    if m.value.type is not MARKER_PREPOSITION or norm(m.key) not in lex.accordance_heads:
        return False
    nxt = ix.word_after(m.end)
    if nxt is None:
        return False
    w = norm(nxt[0])
    forms = {w}
    if w.startswith("لل"):
        forms.add("ال" + w[2:])
    elif w.startswith("ل"):
        forms.add(w[1:])
    if _accusation_document(ix, m.end) is not None:
        return False  # "وطبقا للائحة الاتهام فإن": the indictment's account (round 26, cl38)
    return any(f in lex.accordance_nouns or f in lex.rule_nouns for f in forms)


#: the most words between the preposition's first term (بينهم، بين الطرفين) and a وبين that is its second (round 17b)
_BETWEEN_WORDS = 8


def _between_preposition(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a بين read as بيّن (explained) is the preposition (round 17b, cl17): bare, it is the verb only where it
    opens its clause — at a text's or line's start, after punctuation, after a clause opener (كما بين المدير أن، حيث
    بين، الذي بين أن، بدوره بين), or with أن / إن right after it or after one word (a comma left out: "…بضعفه بين
    التقرير أن"); after any other word it is "between" (حافلة ركاب بين الحدود ومدينة …، وقتهم
    مقسم بين …، لمدة عامين بين 2017 و2019، ومن بين الحضور، ترعى بين الحقول وبما أن). With و / ف it is the preposition
    when بين or بينهم / بينها … stands within eight words before it with no punctuation between (خلاف بينهم وبين
    قيادات الحزب، وأن …)."""
    if m.value.type is not MARKER_VERB or norm(ix.doc.text[m.start : m.end]) not in _BETWEEN_VERBS:
        return False
    text = ix.doc.text
    prev = ix.word_before(m.prefix_start)
    if m.prefix_start == m.start:
        if prev is None or prev[0] in _CLAUSE_PUNCT or punct_between(ix, prev[2], m.prefix_start):
            return False
        if "\n" in text[prev[2] : m.prefix_start]:
            return False
        pw = norm(prev[0])
        if in_words(pw, _BETWEEN_OPENERS, min_rest=2):
            return False
        # "…بضعفه بين التقرير أن"، "أما بالنسبة للطرق بين إن": a comma left out; the preposition's object is never
        # followed at once by أن / إن, the verb's subject often is
        first = ix.word_after(m.end)
        second = ix.word_after(first[2]) if first is not None else None
        if first is not None and norm(first[0]) in _THAT:
            return False
        return not (
            first is not None
            and second is not None
            and norm(second[0]) in _THAT
            and not punct_between(ix, first[2], second[1])
            and first[0] not in _CLAUSE_PUNCT
        )
    w: tuple[str, int, int] | None = prev
    end = m.prefix_start
    for _ in range(_BETWEEN_WORDS):
        if w is None or w[0] in _CLAUSE_PUNCT or punct_between(ix, w[2], end) or "\n" in text[w[2] : end]:
            return False
        word = norm(w[0])
        if word in _BETWEEN_FIRST or (word[:1] == "و" and word[1:] in _BETWEEN_FIRST):
            return True
        end = w[1]
        w = ix.word_before(end)
    return False


def _fact_points(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a bare present verb of saying follows الذي after a noun of a fact (…، الأمر الذي يشير إلى الاهتمام
    بالبرنامج; الأمر الذي "يهدد بتقليل …"; وهو الأمر الذي يدعو الجهات إلى): its subject is the fact, no speaker
    (round 17b, cl17) — as "ما يشير إلى" (round 7). Not with a pronoun back to the noun after it (الأمر الذي يؤكد عليه
    الخبراء: the experts speak) nor in the past (الأمر الذي أكده الوزير)."""
    if m.value.type is not MARKER_VERB or m.prefix_start != m.start or not _present(ix.doc.text[m.start : m.end]):
        return False
    prev = ix.word_before(m.start)
    if prev is not None and prev[0] in _QUOTES:
        prev = ix.word_before(prev[1])
    if prev is None or norm(prev[0]) != "الذي":
        return False
    noun = ix.word_before(prev[1])
    if noun is None or norm(noun[0]) not in _FACT_ANTECEDENTS:
        return False
    nxt = ix.word_after(m.end)
    return not (nxt is not None and norm(nxt[0]) in _RESUMPTIVE_PRONOUNS)


_QUOTES = frozenset('"«“')


def _prayer_cuts(ix: DocIndex) -> set[int]:
    """Where a participle of calling opens a prayer ("…، داعيا المولى عز وجل أن يحفظ البلاد"; claim_cues.yaml
    ``prayer_heads``): no claim (claims.yaml ``not_claims_after``: الله، المولى), but a clause of its own all the
    same — its أن is the prayer's, never the introducer of a verb before it ("وأعرب والد الشهيد عن الشكر …، داعيا
    المولى أن يحفظ البلاد" gave أعرب the prayer as its content), and a claim before it ends there (round 28, cl42)."""
    out: set[int] = set()
    for m in ix.markers:
        if m.value.type is not MARKER_PARTICIPLE:
            continue
        nxt = ix.word_after(m.end)
        if nxt is None or norm(nxt[0]) not in _PRAYER_HEADS:
            continue
        out.add(m.prefix_start)
    return out


def _about_then_told(ix: DocIndex, m: Match[Cue], prev: tuple[str, int, int] | None) -> bool:
    """Whether عن + a pronoun after a verb of saying (say, report: no object lead) stands between the verb and its
    subject, with an introducer, a colon or an opening quote ahead in the sentence ("وقال عنها الناقد فلان: «…»"،
    "وذكر عنها فلان، في جريدة …، «…»"; round 32, cl47), not in a passive relative clause ("الصفقة التي أعلن
    عنها": no report): the verb opens its clause (a conjunction on it, punctuation or nothing before it)."""
    cue = m.value
    if cue.kind not in ("say", "report") or cue.object_lead or norm(m.key) in _ABOUT_NOT_VERBS:
        return False
    if not ("و" in m.prefix or "ف" in m.prefix or prev is None or prev[0] in _CLAUSE_PUNCT):
        return False
    about = ix.word_after(m.end)
    subject = ix.word_after(about[2]) if about is not None else None
    if subject is None or not subject[0][:1].isalpha() or ix.intros_in(subject[1], subject[2]):
        return False  # "ويقول عنها إنها …": no subject named, a pronoun the files read back too far (round 32)
    text = ix.doc.text
    end = min(len(text), m.end + _ABOUT_TOLD_CHARS)
    for ch in ".\n؛;":
        k = text.find(ch, m.end, end)
        if k >= 0:
            end = k
    if ix.intros_in(m.end, end) or ":" in text[m.end : end]:
        return True
    return any(text[k] in '«"“' and is_opening_quote(text, k) for k in range(m.end, end))


#: How far ahead of "قال عنها" its introducer may stand (characters: the subject, a setting in commas)
_ABOUT_TOLD_CHARS = 120


def _passive_charge(ix: DocIndex, end: int) -> bool:
    """Whether the word after a verb of accusing ending at ``end`` is its charge fused to بـ, with no object before
    it: a definite noun (بالفساد), a verbal noun of the shapes تفعيل / إفعال / افتعال / استفعال (بتمويل، بإهانة،
    بارتكاب، باستخدام) or one of ``charge_nouns`` (بقتل، بسرقة، بعدم). The verb is then the passive (اُتُّهم بـ: was
    accused of) and tells nobody's claim. Not a name (واتهمت باكستان الهند، واتهم بوتين) nor another noun (واتهموا
    بلدية المحافظة بتجاهل …: the object)."""
    nxt = ix.word_after(end)
    if nxt is None or ix.candidate_at(nxt[1]) is not None:
        return False
    w = norm(nxt[0])
    if w[:1] != "ب" or len(w) < 4:
        return False
    rest = w[1:]
    return (
        rest.startswith(("ال", "ت"))
        or nxt[0][1:2] == "إ"
        or (rest[:1] == "ا" and rest[2:3] == "ت")
        or rest in _CHARGE_NOUNS
    )


def _introducer_at_once(ix: DocIndex, m: Match[Cue], first: tuple[str, int, int] | None) -> bool:
    """Whether the marker's content opens at once after it: a colon or an opening quotation mark, or ``first`` (the
    word after it) is أن / إن (وزاد: «…»، وزاد أن; ورد بالقول إن)."""
    nxt = ix.doc.text[m.end : m.end + 12].lstrip(" \t\u00a0")
    return nxt[:1] in ':«"“' or (first is not None and norm(first[0]) in _THAT | {"ان", "انه", "انها"})


def _said_before(ix: DocIndex, before: Match[Cue], m: Match[Cue]) -> bool:
    """Whether a "by saying" word (بقوله، بالقول) follows a marker of its own sentence with no introducer or colon
    between them (round 39, cl66): "وأفاد مصدر ردا على سؤال بالقول إن"، "وعلق الوزير على ذلك بقوله:" — the
    verb before tells its content through it, no second claim."""
    if before.end > m.prefix_start or ix.sentence_bounds(before.start)[1] <= m.prefix_start:
        return False
    between = ix.doc.text[before.end : m.prefix_start]
    return not ix.intros_in(before.end, m.prefix_start) and ":" not in between  # (not «: a name in quotes)


def _counted_noun(ix: DocIndex, m: Match[Cue], pw: str) -> bool:
    """Whether a verb form that is also a noun (طالب: a student) is the noun: the word before it takes only a noun
    (وهو طالب، كأول طالب، ضد طالب، كل طالب: ``counted_noun_leads``) or the word after it tells what the student
    studies or is (طالب الدكتوراه، طالب جامعي، طالب مبتعث: ``counted_noun_tails``) — round 43, cl82."""
    if pw in _COUNTED_NOUN_LEADS:
        return True
    nxt = ix.word_after(m.end)
    return nxt is not None and norm(nxt[0]) in _COUNTED_NOUN_TAILS


def _thing_relative_head(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a present verb of saying after a comma has for its subject the definite noun that opens its sentence
    before a relative clause, a thing (``pointing_heads``: "الحملة الكبيرة التي أعلنت عنها وزارة الصحة قبل أيام،
    تؤكد أن …": the campaign points; the ministry is the relative clause's agent, no speaker of the verb) — round 43,
    cl82. The noun and at most three definite adjectives open the sentence, the relative pronoun follows."""
    if not _present(ix.doc.text[m.start : m.end]):
        return False
    s0, _ = ix.sentence_bounds(m.start)
    w = _first_word(ix, s0)
    if w is None or w[1] >= m.start or norm(w[0]) not in _POINTING_HEADS:
        return False
    for _ in range(4):
        w = ix.word_after(w[2])
        if w is None or w[1] >= m.start:
            return False
        nw = norm(w[0])
        if nw in ix.lexicon.relatives:
            return True
        if not nw.startswith("ال"):
            return False
    return False


def _first_word(ix: DocIndex, s0: int) -> tuple[str, int, int] | None:
    """The sentence's first word: the one at ``s0`` or the first after it."""
    w = ix.word_after(s0 - 1) if s0 > 0 else None
    if w is not None and w[1] >= s0:
        return w
    return ix.word_after(s0)


def _marks(ix: DocIndex) -> list[_Mark]:
    lex = ix.lexicon
    out: list[_Mark] = []
    last = (-1, -1)
    for m in ix.markers:
        if (m.start, m.end) == last:
            continue  # one reading per span (the first group listed)
        last = (m.start, m.end)
        cue = m.value
        nkey = norm(m.key)  # (round 29: the key and the marker's type read once)
        verb = cue.type is MARKER_VERB
        participle = cue.type is MARKER_PARTICIPLE
        prev = ix.word_before(m.prefix_start)
        pw = norm(prev[0]) if prev is not None else ""
        if pw in _with_conjunction(lex.negators):  # (in_words(pw, negators, min_rest=2) in one look-up: round 30)
            continue
        if participle and pw in lex.prepositions:
            continue  # "مع مضيفه": the noun (his host), not the participle مضيفة
        if verb and not m.prefix and pw in _CONDITIONALS:
            continue  # "لو دعا بهذه الدعوة"، "وإذا طالبت بمحاسبة …": a supposition, no account (round 19)
        if verb and pw in _QAD and _present(ix.doc.text[m.start : m.end]):
            continue  # "قد يقول قائل"، "موعدها قد يعلن"، "معلومة قد تفيد": قد + present is "may", no speech (round 7)
        if verb and not m.prefix and pw in _SUBJUNCTIVE and _present(ix.doc.text[m.start : m.end]):
            time = ix.word_before(prev[1]) if prev is not None else None
            if time is None or norm(time[0]) not in _TIME_BEFORE_THAT:
                continue  # "لم يشأ أن يكشف عن"، "لكي تكشف عن"، "يجب أن يتوقع": a wish or a purpose (round 36)
        if verb and ("ب" in m.prefix or "ك" in m.prefix or "ل" in m.prefix):
            continue  # "بحث الاتحاد فرض عقوبات" (discussed) is no ب + حث: a verb takes no ب / ك; ل + verb is a
            # purpose or result ("…، لتكشف عن غير قصد عن مواعيد الزيارة"), no claim of its own (round 7)
        if verb and pw in lex.verbal_noun_leads and not m.prefix:
            continue  # "تمكن الوزارة من كشف ملابسات …": the verbal noun
        if verb and not m.prefix and nkey in _COUNTED_NOUNS and (pw in _COUNT_WORDS or pw.isdigit()):
            continue  # "أكثر من 700 طالب في المرحلة الثانوية"، "علي بن أبي طالب": the noun after a count (round 19)
        if verb and not m.prefix and nkey in _COUNTED_NOUNS and _counted_noun(ix, m, pw):
            continue  # "وهو طالب في جامعة"، "كأول طالب أجنبي"، "الباحث فلان طالب الدكتوراه": a student (round 43)
        if (
            verb
            and not m.prefix
            and prev is not None
            and prev[0] not in _CLAUSE_PUNCT
            and _present(ix.doc.text[m.start : m.end])
            and not pw.startswith("ال")
            and pw not in lex.not_speakers
            and ix.candidate_at(prev[1]) is None
        ):
            lead = ix.word_before(prev[1])
            if (
                lead is not None
                and norm(lead[0]) in lex.prepositions
                and not any(b.end == prev[2] for b in ix.breaks)  # not "في حين تصر روسيا"
            ):
                continue  # "في نطاق يشير إلى"، "بشكل يؤكد": a verb describing an indefinite noun
        if (
            participle
            and m.key in lex.ambiguous_participles
            and not (prev is None or prev[0] in _CLAUSE_PUNCT or "و" in m.prefix)
        ):
            continue  # "لجنة متابعة الأسعار"، "قيودا مشددة": a noun or an adjective
        if verb and not m.prefix and pw in lex.evidence_subjects:
            continue  # "لكن الواقع يشير إلى أن"، "والمؤشرات تؤكد أن": a thing before the verb points (round 19)
        if verb and not m.prefix and prev is not None and prev[0] in ("،", ",") and _thing_relative_head(ix, m):
            continue  # "الحملة التي أعلنت عنها الوزارة قبل أيام، تؤكد أن": the campaign points (round 43, cl82)
        if verb and not m.prefix and _pointing_demonstrative(ix, m, prev):
            continue  # "وهذا يؤكد أن"، "وذلك يشير إلى أن": a fact points, nobody speaks (round 36)
        if verb and nkey in _CONVEYING_VERBS and _conveyed_greeting(ix, m):
            continue  # "ونقل سموه للمصابين تمنيات …"، "ونقل الوزير تعازيه": a greeting conveyed (round 36)
        if verb and nkey in _INTRO_ONLY_MARKS and not _intro_close(ix, m.end):
            continue  # "جدد اللاعب عقده"، "رفع علم الثورة": no introducer close after, no marker (round 15)
        if verb and nkey in _THAT_AFTER_SUBJECT and not _that_soon(ix, m):
            continue  # "العمل الذي يعتبر خرقا"، "يعتبر كافيا …": the passive's predicate, no marker (round 40, cl71)
        if verb and nkey in _BELIEF_VERBS and (nxt := ix.word_after(m.end)) is not None and ix.intros_in(m.end, nxt[2]):
            continue  # "يعتقد أنه"، "الجانب الآخر … يعتقد أنه نجح": no subject after it, no marker (round 41, cl74)
        if not _complement_close(ix, m):
            continue  # "وزاد عدد الزوار"، "حمل اللاعب الكأس"، "وعدت إلى المنزل": no verb of saying (round 17)
        if _between_preposition(ix, m):
            continue  # "حافلة ركاب بين الحدود ومدينة فان"، "خلاف بينهم وبين قيادات": the preposition (round 17b)
        if _in_line_with(ix, m):
            continue  # "وإنهاء الاحتلال وفق قرارات الشرعية الدولية": a norm, nobody's account (round 18)
        if _fact_points(ix, m):
            continue  # "الأمر الذي يشير إلى الاهتمام": a fact points, nobody speaks (round 17b)
        if verb and nkey in _REAFFIRMING_VERBS and not _reaffirming_after(ix, m.end):
            continue  # "وأعادت البلدية فتح الطريق": reopened; only "أعاد … التأكيد على أن" reports (round 22)
        if verb and nkey in _PRONOUN_VERDICTS and not _pronoun_verdict(ix, m, pw):
            continue  # "حسب وصفه"، "وصفة للاستقرار"، "ووصفها بالمجوسية": only "ووصفها بأنها …" (round 24)
        if verb and nkey in _FINDING_VERBS and not _finder_after(ix, m.end):
            continue  # "ووجد بحوزته أوراق"، "وجد نفسه": found, no study's finding; no clause end either (round 22)
        if verb and nkey in _SHOWING_VERBS and not _shower_after(ix, m.end):
            continue  # "وأظهرت الصور الدخان"، "أظهر اللاعب مستوى جيدا": no finding reported (round 43, cl79)
        if verb and nkey in _CHARGE_VERBS and _passive_charge(ix, m.end):
            continue  # "رجل اتُّهم بالقتل"، "الذين اتُّهموا بتمويل …": the passive, nobody accuses (round 33, cl50)
        if verb and nkey in _LEARNED_VERBS and not _source_after(ix, m.end) and not _outlet_learned(ix, m.end):
            continue  # "وقال فلان من قسم التغذية وعلم التغذية في جامعة … إن": science, no paper learning (round 15)
        if cue.type is MARKER_PREPOSITION and nkey == "علي حد":
            nxt = ix.word_after(m.end)
            rest = ix.doc.text[nxt[2] : nxt[2] + 4].lstrip(' \t\u00a0»”")') if nxt is not None else ""
            if nxt is None or norm(nxt[0]) not in _OWN_WORDS or (rest and rest[0] not in ".!?؟\n"):
                continue  # "على حد سواء": alike; only a trailing "…، على حد قوله." attributes (round 15)
        if verb and not m.prefix and _kana_evidence(ix, m):
            continue  # "وكانت المعلومات قد أشارت"، "وكانت الحصيلة السابقة أفادت": the same after كان (round 20;
            # read last, after the cheaper tests: the lead, round 20)
        attribution = False
        fused = prev is not None and verb and (pw in lex.fused_heads or pw[1:] in lex.fused_heads)
        if fused:
            attribution = True  # "حسبما ذكرت إدارة الصحة": head and ما in one word
        elif prev is not None and pw in ("ما", "لما") and cue.type in (MARKER_VERB, MARKER_RESUMPTIVE):
            head = ix.word_before(prev[1])
            hw = norm(head[0]) if head is not None else ""
            hw = hw[1:] if hw[:1] == "و" and hw not in lex.attribution_heads else hw
            if hw in lex.attribution_heads or (hw[:1] == "ل" and hw[1:] in lex.attribution_heads):
                attribution = True  # "بحسب ما أعلنت الوزارة"، "وفقا لما ذكرته الوكالة" (the latter: round 12b)
            elif verb and hw == "علي" and pw == "ما" and head is not None and _ends_sentence_after(ix, m, head):
                attribution = True  # "…، على ما ذكرت صحف محلية.": the wire copy's trailing source (round 11)
            elif verb and pw == "ما" and _present(ix.doc.text[m.start : m.end]):
                continue  # "ما يدعو إلى"، "ما يشير إلى": "what calls for", no speech
        elif prev is not None and pw == "كما" and verb and _ends_sentence_after(ix, m, prev):
            attribution = True  # "…، كما أعلنت السلطات مساء الأربعاء.": the source of the clause before (round 11)
        nxt = ix.word_after(m.end)
        if nxt is not None:
            nw = norm(nxt[0])
            nxt2 = ix.word_after(nxt[2])
            if (
                nw in lex.not_after
                or (
                    # (round 30: the pair built only after the first word of a two-word entry)
                    nxt2 is not None and nw in _pair_heads(lex.not_after) and f"{nw} {norm(nxt2[0])}" in lex.not_after
                )
            ) and not (verb and nw in _ABOUT_PRONOUNS and _about_then_told(ix, m, prev)):
                continue
            if _blessed(ix, nxt):
                continue  # "فقال نوح عليه السلام"، "قال رسول الله صلى الله عليه وسلم": scripture, hadith
            subject = norm(nxt2[0]) if nw in _QUANTIFIERS and nxt2 is not None else nw
            if subject in lex.evidence_subjects:
                continue  # "وتشير تفاصيل الواقعة إلى أن"، "تفيد كل التوقعات بأن": a thing points to a fact (round 10)
        clause_start = m.prefix_start
        if cue.type is MARKER_RESUMPTIVE:
            if prev is None or pw not in lex.resumptive_heads:
                continue
            clause_start = prev[1]
            head = ix.word_before(prev[1])
            if head is not None and norm(head[0]) in _HEADS:
                clause_start = head[1]
            if head is not None and (norm(head[0]) in _TOPIC_LEADS or head[0] in ("«", '"', "“")):
                continue  # "إن «ما ذكره فلان شهادة أعتز بها»": what he said is the topic, no resumed claim (round 10)
        relative: tuple[int, int] | None = None
        disagreeing = False  # a relative pronoun the verb after it does not agree with (round 31, cl46)
        time_conjunction = (
            prev is not None
            and verb
            and pw in lex.relatives
            and not (nxt is not None and norm(nxt[0]) in _RESUMPTIVE_PRONOUNS)
            and _time_conjunction(ix, prev)
        )
        if attribution:
            head = prev if fused else ix.word_before(prev[1]) if prev is not None else None
            clause_start = head[1] if head is not None else clause_start
        elif (
            prev is not None
            and verb
            and (
                pw in lex.relatives or (pw[:1] == "و" and pw[1:] in lex.relatives and cue.kind in ("say", "report"))
            )  # "، والذي قال:" (not "، والتي اتُّهمت بالتجسس": a passive)
            and not (nxt is not None and norm(nxt[0]) in _RESUMPTIVE_PRONOUNS)
            and not time_conjunction
            and not (disagreeing := not _relative_agrees(ix, pw, m) or _subject_after(ix, m, nxt))
        ):  # (not "في الوقت الذي أعلنت فيه الوزارة": a pronoun back to the noun, the subject after it)
            noun = ix.word_before(prev[1])
            if noun is not None and noun[0] in ("،", ","):  # "وفقا للمسؤول العسكري نفسه، الذي يضيف أن"
                noun = ix.word_before(noun[1])
            if noun is not None and (noun[0] not in _CLAUSE_PUNCT or noun[0] in "-–"):
                relative = (noun[1], prev[1])  # "وموسكو التي تنفي": the clause starts at the noun
                clause_start = noun[1]
            if " " in m.key:
                continue  # "المادة السادسة التي جاء فيها أن": what a text provides, nobody's claim
        if disagreeing and prev is not None:
            if not _told_ahead(ix, m.end):
                continue  # "الأرقام التي أشار إليها فلان"، "الصندوق الذي دعت المؤسسة إلى إنشائه": what was told of
            if _impersonal(ix, m, nxt):
                continue  # "هيلاري كلينتون التي يتوقع أن تكون": the passive "it is expected", nobody speaks
            clause_start = prev[1]  # "والذي كشفت الصحف الغانية أن"، "الهجوم الذي قالت إنه": the subject after the
            #   verb or a pronoun; the clause opens at the pronoun
        if time_conjunction and prev is not None:
            noun = ix.word_before(prev[1])
            fi = ix.word_before(noun[1]) if noun is not None else None
            clause_start = fi[1] if fi is not None else clause_start  # "في الوقت الذي تشير": the clause opens at في
        initial = (
            not verb
            or "و" in m.prefix
            or "ف" in m.prefix
            or prev is None
            or prev[0] in _CLAUSE_PUNCT
            or attribution
            or relative is not None
            or disagreeing
            or time_conjunction
            or pw in _CLAUSE_OPENING_CONJUNCTIONS  # "، فيما أكد المتحدث أن": the verb opens its own clause
        )
        after_ma = prev is not None and pw in ("ما", "فما") and verb and not attribution
        if participle and nkey in _BY_SAYING_WORDS and out and _said_before(ix, out[-1].match, m):
            continue  # "وأكد المصدر أن الأخير … بقوله"، "أفاد ردا على سؤال بالقول إن": the verb's own words
        out.append(
            _Mark(
                m,
                clause_start,
                initial,
                attribution=attribution,
                relative=relative,
                after_ma=after_ma,
                time_conjunction=time_conjunction,
            )
        )
    return out


#: the most words between كان and the verb for a thing that points as its subject (الحصيلة السابقة قد)
_KANA_EVIDENCE_WORDS = 4


def _pointing_demonstrative(ix: DocIndex, m: Match[Cue], prev: tuple[str, int, int] | None) -> bool:
    """Whether a present verb of saying stands right after a demonstrative (``pointing_demonstratives``, with و / ف)
    that no preposition leads: "وهذا يؤكد أن"، "ولعل ذلك يشير إلى"، "فإن ذلك يشير إلى أن" — what was just told points
    to a fact, nobody speaks; "ومع ذلك يؤكد المسؤولون"، "وعن هذا يشير زكي" name their subject after the verb (round
    36, helper cl58)."""
    if prev is None or not _present(ix.doc.text[m.start : m.end]):
        return False
    if drop_conjunction(norm(prev[0]), min_rest=3) not in _POINTING_DEMONSTRATIVES:
        return False
    lead = ix.word_before(prev[1])
    return lead is None or drop_conjunction(norm(lead[0]), min_rest=2) not in ix.lexicon.prepositions


#: the most words between نقل and the greeting it conveys (ونقل سموه -حفظه الله- للمصابين تمنيات: five)
_GREETING_REACH = 7


def _conveyed_greeting(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a verb of conveying (``conveying_verbs``: نقل) has a greeting, condolences or wishes as its object
    (``greeting_nouns``, with or without the article or a possessive pronoun) within :data:`_GREETING_REACH` words,
    before any punctuation but a dash or a comma and before عن: "ونقل سموه -حفظه الله- للمصابين تمنيات ودعوات …
    بأن يمن الله عليهم"، "ونقل الدخيل خلال الاتصال تعازيه الشخصية" — the أن after it opens a wish or a prayer, no
    account relayed (round 36, helper cl58)."""
    w = ix.word_after(m.end)
    for _ in range(_GREETING_REACH):
        if w is None or w[0] in (".", ":", "؛", ";", "!", "?", "؟"):
            return False
        word = drop_conjunction(norm(w[0]), min_rest=3)
        if word in ("عن", "عنه", "عنها", "عنهم"):
            return False  # "ونقل عنه تحياته": a source relayed first
        core = word[2:] if word.startswith("ال") else word
        if core in _GREETING_NOUNS or any(
            core.endswith(p) and core[: -len(p)] in _GREETING_NOUNS for p in ("ه", "ها", "هم", "نا", "كم")
        ):
            return True
        w = ix.word_after(w[2])
    return False


def _kana_evidence(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether the verb ``m`` has a thing that points to a fact (``evidence_subjects``) as its subject right after
    كان / وكانت, a few words before it with no punctuation (round 20, cl24): "وكانت المعلومات قد أشارت إلى"،
    "وكانت الحصيلة السابقة أفادت بمقتل" (``kana_pointing_subjects``)، "في حين كانت التوقعات تشير إلى" — the
    writer's voice, as without كان. Not with an owner after it ("وكانت توقعات سابقة للرئاسة أشارت": the
    presidency's) or a name between."""
    lex = ix.lexicon
    at = m.prefix_start
    for _ in range(_KANA_EVIDENCE_WORDS + 1):
        w = ix.word_before(at)
        # (round 29: only spaces between, no token there: punct_between is not asked)
        if w is None or ((gap := ix.doc.text[w[2] : at]) and not gap.isspace() and punct_between(ix, w[2], at)):
            return False
        word = norm(w[0])
        if word in _KANA_ANY:  # (كان، وكانت … : the word or the word less its و / ف, one look-up; round 30)
            subject = ix.word_after(w[2])
            if (
                subject is None
                or subject[1] >= m.prefix_start
                or norm(subject[0]) not in _union(lex.evidence_subjects, _KANA_POINTING)
            ):
                return False
            between = ix.doc.text[subject[2] : m.prefix_start].split()
            # "وكانت توقعات سابقة للرئاسة أشارت": a forecast with its owner after ل is the owner's claim
            return not any(
                norm(x).startswith("ل") or norm(x) in lex.relatives for x in between
            ) and not ix.candidates_in(subject[2], m.prefix_start)
        at = w[1]
    return False


#: the verb forms (gender, number) a relative pronoun's antecedent may take as the verb's subject (round 31, cl46)
_RELATIVE_FORMS = {"الذي": ("m", "s"), "التي": ("f", "s"), "الذين": ("m", "p")}


def _impersonal(ix: DocIndex, m: Match[Cue], nxt: tuple[str, int, int] | None) -> bool:
    """Whether a verb after a relative pronoun it does not agree with is a singular masculine present form with the
    introducer right after it — the impersonal passive (يُتوقع أن، يُعتقد أن، يُذكر أن: "التي يتوقع أن تكون"),
    not an active verb with a pronoun subject (قال إنه، يقولون إنها)."""
    word = norm(ix.doc.text[m.start : m.end])
    if not word.startswith("ي") or word.endswith(("ون", "ان")):
        return False
    return nxt is not None and norm(nxt[0]) in ("ان", "بان")


def _subject_after(ix: DocIndex, m: Match[Cue], nxt: tuple[str, int, int] | None) -> bool:
    """Whether a name the entity layer found (a person, body or state) stands right after a verb of saying or
    reporting in a relative clause: the verb's subject, the antecedent what it told of — "شبكة تنظيم داعش التي
    أعلنت الكويت اليوم الكشف عنها" (round 31, cl46). Not after a verb of telling or demand, whose object the name
    is (أبلغ الوزير، دعا الحكومة)."""
    if nxt is None or m.value.kind not in ("say", "report", "announce", "deny"):
        return False
    if norm(ix.doc.text[m.start : m.end]).startswith(_TELLING_OPENINGS):
        return False  # "الذي أبلغ الوزير أن": the one told
    c = ix.candidate_at(nxt[1])
    return c is not None and c.type in ("PER", "ORG", "GPE")


def _relative_agrees(ix: DocIndex, pw: str, m: Match[Cue]) -> bool:
    """Whether a verb of saying right after a relative pronoun may have the pronoun's antecedent as its subject: the
    verb agrees with the pronoun (round 31, cl46). "المواضيع التي قال إنه ناقشها" (a masculine verb after التي)
    and "الصندوق الذي دعت مؤسسة النقد إلى إنشائه" (a feminine one after الذي) tell of the antecedent: the subject
    is a pronoun or follows the verb. A form the agreement reader cannot tell (أثبت، أخبرها) agrees."""
    want = _RELATIVE_FORMS.get(pw[1:] if pw[:1] == "و" and pw[1:] in _RELATIVE_FORMS else pw)
    if want is None:
        return True
    rel = ix.word_before(m.prefix_start)
    noun = ix.word_before(rel[1]) if rel is not None else None
    if noun is not None and any(
        c.end == noun[2] and c.type == "PER" for c in ix.candidates_in(max(0, noun[1] - 60), noun[2])
    ):
        return True  # "مع المدير فلان والتي بين أن": a person right before a pronoun written wrong; the verb his
    gender, number = marker_form(ix.doc.text[m.start : m.end], participle=False)
    if gender is None:
        return True
    if want[1] == "p":
        return number != "s"  # "الذين قال إنهم": a singular verb, another subject
    return (gender, number) == want or number is None


def _time_conjunction(ix: DocIndex, rel: tuple[str, int, int]) -> bool:
    """Whether the relative pronoun ``rel`` closes "في الوقت الذي", a conjunction ("while"; round 20, cl24): the
    noun of time (``time_conjunction_nouns``) right before it and في / وفي before that. The verb after it has its
    subject after it ("في الوقت الذي أعلنت شركة …"), as with the pronoun back to the noun (الذي أعلنت فيه الوزارة)."""
    noun = ix.word_before(rel[1])
    if noun is None or norm(noun[0]) not in _TIME_CONJUNCTION_NOUNS:
        return False
    fi = ix.word_before(noun[1])
    return fi is not None and norm(fi[0]) in ("في", "وفي", "ففي")


#: the most words between a verb of blaming and its word of responsibility, a subject and the one blamed between
#: ("حملت الحكومة الأردنية حكومة الاحتلال كونها القوة القائمة بالاحتلال مسؤولية …")
_BLAME_WORDS = 12
#: the most words of a subject between مضى and بالقول (round 18)
_GOING_ON_SUBJECT = 4
#: punctuation stripped from a word before it is compared (round 17)
_WORD_PUNCT = '،,؛;.:!?؟«»"“”()'


def _blame_at(ix: DocIndex, end: int) -> int | None:
    """Where a word of responsibility stands within twelve words after a verb of blaming (حملت الحكومة الميليشيات
    مسؤولية …), with no "on his shoulders" before it (حمل على عاتقه مسؤولية: took upon himself) and no sentence end,
    colon or quote; None otherwise (round 17, cl16)."""
    w = ix.word_after(end)
    for _ in range(_BLAME_WORDS):
        if w is None or w[0] in '.!?؟:«»"“”':
            return None
        word = norm(w[0].strip(_WORD_PUNCT))
        if word in _BLAME_NOT:
            return None
        if word in _BLAME_OBJECTS:
            return w[1]
        w = ix.word_after(w[2])
    return None


#: the most words between a verb of announcing and its word of responsibility, the subject's words between (round 42)
_OWNED_WORDS = 6


def _owned_at(ix: DocIndex, end: int) -> int | None:
    """Where a word of responsibility with its pronoun (``responsibility`` in claims.yaml: مسؤوليته، مسؤوليتها،
    تبنيه …; not the bare المسؤولية of "لجنة المسؤولية الاجتماعية") stands within :data:`_OWNED_WORDS` words after a
    verb of announcing (أعلنت جماعة مسلحة مسؤوليتها عن …), with no sentence end, colon, quote or أن / إن before it;
    None otherwise (round 42, cl75)."""
    w = ix.word_after(end)
    for _ in range(_OWNED_WORDS):
        if w is None or w[0] in '.!?؟:«»"“”':
            return None
        word = norm(w[0].strip(_WORD_PUNCT))
        if word in ix.lexicon.responsibility and not word.startswith("ال"):
            return w[1]
        if word in ("ان", "بان", "انه", "انها") or w[0][-1:] in '.!?؟:«»"“”':
            return None
        w = ix.word_after(w[2])
    return None


#: words of "all" before a noun, which no claimed act follows ("في جميع العمليات")
_ALL_WORDS = frozenset({norm(w) for w in ("جميع", "كافة", "كل", "مختلف")})
#: the most words between تبنى and the act it claims, the subject and a channel phrase between ("وتبنت الجماعة في
#: بيان نشرته على موقعها الهجوم")
_ACT_WORDS = 9


def _act_at(ix: DocIndex, end: int) -> int | None:
    """Where the first word of a claimed act (``claimed_acts``: الهجوم، العملية، التفجيرات، غالبية …) stands within
    :data:`_ACT_WORDS` words after تبنى (تبنت الجماعة الهجوم، وتبنى التنظيم العملية), with no sentence end, colon or
    quote before it and no preposition or "all" right before it ("وتبني أنظمة الحاسب في جميع العمليات المالية": the
    verbal noun of adopting, its object before); None otherwise (round 42, cl75)."""
    w = ix.word_after(end)
    prev = ""
    for _ in range(_ACT_WORDS):
        if w is None or w[0] in '.!?؟:«»"“”':
            return None
        word = norm(w[0].strip(_WORD_PUNCT))
        if word in _CLAIMED_ACTS:
            return None if prev in ix.lexicon.prepositions or prev in _ALL_WORDS else w[1]
        prev = word
        if w[0][-1:] in '.!?؟:«»"“”':
            return None
        w = ix.word_after(w[2])
    return None


#: how far a cause verb's noun of cause may stand (its subject's words before it) and its أن / إن (round 40, cl71)
_CAUSE_WORDS = 16
_CAUSE_INTRO_WORDS = 6


def _cause_at(ix: DocIndex, end: int) -> int | None:
    """Where a noun of cause (``cause_objects``: السبب، أسباب …) stands within :data:`_CAUSE_WORDS` words after a
    cause verb (أرجع المحللون أسباب التراجع إلى …، عزت الوزارة سبب الحريق إلى …), or a pointer with إلى after it
    (``cause_pointers``: وعزا التقرير ذلك إلى …), with no sentence end, colon, quote or إلى before it; None otherwise
    (round 40, cl71)."""
    w = ix.word_after(end)
    prev = ""
    for _ in range(_CAUSE_WORDS):
        if w is None or w[0] in '.!?؟:«»"“”':
            return None
        word = norm(w[0].strip(_WORD_PUNCT))
        if word in _CAUSE_OBJECTS:
            return w[1]
        if (
            word in _CAUSE_POINTERS
            and prev not in ix.lexicon.prepositions  # not "ويرجع الفضل في ذلك إلى"
            and (nxt := ix.word_after(w[2])) is not None
            and norm(nxt[0]) in ("الي", "إلى")
        ):
            return w[1]  # "وعزا التقرير ذلك إلى …": the fact explained, pointed back to
        prev = word
        if word in ("الي", "إلى"):
            return None  # "عزت الشركة التراجع إلى عدة أسباب": a cause after إلى is the one given, not the object
        w = ix.word_after(w[2])
    return None


def _complement_close(ix: DocIndex, m: Match[Cue]) -> bool:
    """Whether a verb of saying read only with its complement has it close after it (round 17, cl16); elsewhere it is
    no marker at all, so that it cuts no other claim's content ("وقال إن عدد الزوار زاد"، "حمل اللاعب الكأس"):
    وزاد / وزادت with its introducer at once (وزاد: «…»، وزاد أن; not "وزاد المؤشر 0.3 في المئة"); مضى with بالقول /
    إلى القول (ومضى بالقول إن; not "مضى الموكب"); a verb of blaming with a word of responsibility within twelve
    words (حمّل فلانا المسؤولية); a verb of promising with أن / بأن within eight words (ووعدت المنظمة بأن تعلن),
    not after a word of condition (وإذا وعدت فأوف) nor before إلى / ذلك
    (وعدت إلى المنزل: returned; وعد ذلك مؤشرا: counted). Every other marker: True."""
    if m.value.type not in (MARKER_VERB, MARKER_PARTICIPLE):
        return True
    key = norm(ix.doc.text[m.start : m.end])
    if key not in _COMPLEMENT_VERBS:
        return True  # (round 29: every other verb, its next word not read)
    first = ix.word_after(m.end)
    if key in _GOING_ON_VERBS:
        # round 18 (cl18): the subject may stand between (ومضت المصادر بالقول إن، ومضى المقدشي بالقول "…": 12 fresh
        # articles of the hash range, tune23's alwatan 231078), up to four words and no punctuation
        word = first
        for _ in range(_GOING_ON_SUBJECT + 1):
            if word is None or not any(ch.isalpha() for ch in word[0]):
                return False
            second = ix.word_after(word[2])
            if norm(word[0]) in _GOING_ON_WORDS or (
                norm(word[0]) in ("الي", "إلى") and second is not None and norm(second[0]) in _GOING_ON_WORDS
            ):
                return True
            word = second
        return False
    if key in _WENT_ON_VERBS:  # "وواصل: «…»"، "وواصل "يشعر المسلمون …"" (round 18)
        nxt = ix.doc.text[m.end : m.end + 300].lstrip(" \t\u00a0")
        if nxt[:1] == ":":
            return True
        if nxt[:1] not in '«"“':
            return False
        close = min((k for k in (nxt.find(q, 1) for q in '»"”') if k > 0), default=len(nxt))
        return len(nxt[1:close].split()) >= 3
    if key in _BY_SAYING_WORDS:  # "ورد عليها بالقول: «…»" (round 39, cl66): its introducer at once, no scripture
        if m.prefix not in ("ب", "وب") or first is None or norm(first[0].strip(_WORD_PUNCT)) in _BY_SAYING_NOT:
            return False
        return _introducer_at_once(ix, m, first)
    if key in _ADDED_VERBS:
        return _introducer_at_once(ix, m, first)
    if key in _BLAME_VERBS:
        return _blame_at(ix, m.end) is not None
    if key in _CAUSE_VERBS:  # round 40 (cl71): a noun of cause, or أن / إن close after
        if key in _PRESENT_CAUSE_VERBS:  # "ويرجع البنك ذلك إلى": a subject first (not "ويرجع ذلك إلى")
            cause = _cause_at(ix, m.end)
            return (
                cause is not None
                and first is not None
                and first[1] < cause
                and norm(first[0]) not in _CAUSE_POINTERS
                and norm(first[0]) not in _POINTING_DEMONSTRATIVES
            )
        return _cause_at(ix, m.end) is not None or _intro_close(
            ix, m.end, _CAUSE_INTRO_WORDS
        )  # عزا ذلك إلى أن (round 8)
    if key in _PROMISE_VERBS:
        prev = ix.word_before(m.prefix_start)
        if first is None or norm(first[0].strip(_WORD_PUNCT)) in _PROMISE_NOT_AFTER:
            return False
        if prev is not None and drop_conjunction(norm(prev[0]), min_rest=2) in _PROMISE_NOT_BEFORE:
            return False
        if not (
            prev is None
            or prev[0] in _CLAUSE_PUNCT
            or "و" in m.prefix
            or "ف" in m.prefix
            or norm(prev[0]) in _VERB_FIRST
            or norm(prev[0]) in ix.lexicon.relatives
        ):
            return False  # "ولا تتغيب عن مناسبة وعدت بأن تحضرها": inside a clause, you promised, no report
        w: tuple[str, int, int] | None = first
        for _ in range(8):  # "ووعدت المنظمة بأن تعلن"
            if w is None or w[0] in ".!?؟":
                return False
            if norm(w[0]) in _THAT:
                return True
            w = ix.word_after(w[2])
        return False
    return True


def _ends_sentence_after(ix: DocIndex, m: Match[Cue], head: tuple[str, int, int]) -> bool:
    """Whether a marker after كما / على ما (``head``, after a comma) is a trailing attribution: a past verb, a
    short source phrase, then the sentence's end, with no introducer, colon or quote ("…، كما أعلنت السلطات مساء
    الأربعاء."; not "كما أعلن الوزير إطلاق برنامج جديد في المدينة لدعم الشباب", nor "كما أكد أن …")."""
    before = ix.word_before(head[1])
    if before is None or before[0] not in ("،", ","):
        return False
    if _present(ix.doc.text[m.start : m.end]):
        return False
    s1 = ix.sentence_bounds(m.start)[1]
    tail = ix.doc.text[m.end : s1]
    if "«" in tail or "“" in tail or '"' in tail:
        # "…، كما ذكرت صحيفة «الوطن» المحلية.": an outlet's name in quotes is no quotation (round 37, cl60)
        tail = _QUOTED_NAME.sub(" x ", tail)
    if any(ch in tail for ch in ':«»“”"') or ix.intros_in(m.end, s1):
        return False
    return 0 < len(tail.strip(" \t\u00a0\n.،,").split()) <= _TRAILING_WORDS


#: a name of one to four words in quotes (an outlet or a body: «الوطن»، "سانا")
_QUOTED_NAME = re.compile(r'[«“"]\s*[^«»“”"\s:]+(?:\s+[^«»“”"\s:]+){0,3}\s*[»”"]')


def _midway_own_words(ix: DocIndex, mk: _Mark) -> bool:
    """Whether a preposition marker before the speaker's own words or wording (``own_words``, ``own_wording``: حسب
    تعبيره، على حد قولهم) stands inside a sentence that goes on after them ("العمل المحترف -حسب تعبيره-، ما تسبب
    في …"): it names no new source, so it cuts no content (round 24, helper cl35)."""
    m = mk.match
    if m.value.type is not MARKER_PREPOSITION:
        return False
    nxt = ix.word_after(m.end)
    if nxt is None or norm(nxt[0]) not in _OWN_WORDS | _OWN_WORDING:
        return False
    w = ix.word_after(nxt[2])
    while w is not None and w[0] in ("-", "–", "ـ", "ــ", "»", "”", '"', ")"):
        w = ix.word_after(w[2])
    if w is None or w[0] in (".", "!", "?", "؟"):
        return False
    if w[0] in ("،", ","):  # "-حسب تعبيره-، ما تسبب في"، "حسب وصفه، أن": the clause goes on; not "، كما علمت"
        w = ix.word_after(w[2])
        word = norm(w[0]) if w is not None else "و"
        return word[:1] != "و" and (word in _THAT or word not in _OPENERS | _CLAUSE_OPENING_CONJUNCTIONS)
    word = norm(w[0])  # "- حسب تعبيرهم - وأن": another clause of the saying; not "حسب وصفهم وهو ما أدى"
    return word not in _OPENERS and (word[:1] != "و" or word[1:] in _THAT)


def _named_turn(ix: DocIndex, mk: _Mark) -> int | None:
    """Where a new speaker's turn starts inside a clause: a verb marker that does not open its clause, with a person
    or body right after it and its introducer within four words of that name ("… بسبب ظروفه المادية وعن نظامية
    الزواج قال حسين فواز: إنه …"). The cut goes back to the word with و that opens the phrase before the verb (at
    most four words, no punctuation), else to the verb. None when the marker opens its clause anyway."""
    m = mk.match
    if mk.initial or m.value.type is not MARKER_VERB or mk.relative is not None or mk.attribution:
        return None
    name = next(iter(ix.candidates_in(m.end, m.end + 80)), None)
    if name is None or name.type not in ("PER", "ORG") or punct_between(ix, m.end, name.start):
        return None
    titles = ix.doc.text[m.end : name.start].split()  # "قال المهندس فلان:": a title may stand before the name
    if len(titles) > 2 or not all(role_reader().may_start(norm(w)) for w in titles):
        return None
    intro = next(iter(ix.intros_in(name.end, name.end + 40)), None)
    after = ix.word_after(name.end)
    inna = intro is not None and ix.doc.text[intro.start] == "إ" and ix.words_between(name.end, intro.start) <= 4
    if after is None or not (after[0] in (":", "«", "“", '"') or inna):
        return None  # (not أن: "أصر الدكتور فلان عليه أن يستمر" is inside the claim around it)
    at = m.prefix_start
    for _ in range(4):
        w = ix.word_before(at)
        if w is None or w[0] in _CLAUSE_PUNCT:
            break
        at = w[1]
        if norm(w[0])[:1] == "و" and len(w[0]) > 2:
            return at
    return m.prefix_start


def _blessed(ix: DocIndex, first: tuple[str, int, int]) -> bool:
    """Whether a blessing (عليه السلام، صلى الله) stands within the first four words from ``first``."""
    blessings = ix.lexicon.blessings
    heads = _blessing_heads(blessings)
    prev = norm(first[0])
    # each pair of words in turn (round 21: the pair is built only after a first word of one; round 38: the four
    # words read in one walk of the token list)
    for nxt in ix.words_after(first[2], 4):
        word = norm(nxt[0])
        if prev in heads and f"{prev} {word}" in blessings:
            return True
        prev = word
    return False


@functools.cache
def _with_conjunction(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each of them after و / ف: ``w in _with_conjunction(words)`` is ``in_words(w, words, min_rest=2)``
    (the word, or the word less one leading conjunction when more than two letters are left, is in ``words``)."""
    return words | frozenset(c + w for c in CONJUNCTIONS for w in words if len(w) >= 2)


#: كان and its forms, alone or after و / ف (what ``word in _KANA or drop_conjunction(word, 2) in _KANA`` accepts)
_KANA_ANY = _with_conjunction(frozenset(_KANA))


@functools.cache
def _pair_heads(words: frozenset[str]) -> frozenset[str]:
    """The first words of the entries of ``words`` that are two words or more (a pair "w1 w2" is in ``words`` only when
    w1 is one of them)."""
    return frozenset(w.split(" ", 1)[0] for w in words if " " in w)


@functools.cache
def _blessing_heads(blessings: frozenset[str]) -> frozenset[str]:
    """The first words of the blessings (عليه، صلى، رضي)."""
    return frozenset(b.split(" ", 1)[0] for b in blessings)
