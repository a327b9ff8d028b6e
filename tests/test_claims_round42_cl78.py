"""Claims, round 42 (helper cl78): an announced decision with a فَعْل verbal noun; «في بيان صادر عن …».

The lead's round-42 ruling makes an announced decision a claim (speaker the announcer, content the decision). rasd
read «وأعلنت الوزارة إغلاق المعبر» (a derived verbal noun, read by its pattern) but not a three-letter one: «وأعلن
الجيش حظر التجول» gave no claim, «وأعلن الرئيس قطع العلاقات» took «قطع العلاقات» into the speaker, and after a
channel phrase the content kept «في بيان». A channel issued («في بيان صادر عن مكتب رئيس الوزراء»، «صادر عنها»،
«صدر أمس»، «نشر على موقعها») stayed in the content.

1. ``after._verbal_noun`` reads ``measure_verbal_nouns`` (claim_speaker_cues.yaml: حظر، فرض، رفع، قطع، خفض، حل …) as
   verbal nouns; ``after._state_object`` leaves «رفع / تمديد حالة الطوارئ» to the object readers.
2. ``after._past_channel_words`` goes past a channel issued (claim_cues.yaml ``channel_issued``: صادر، الصادر، صدر،
   نشر) with its issuer (``_past_issuer``: its pronoun, or a construct chain or entity after عن / من).

3. ``written._preposition_written``: after بحسب / وفقا لـ, a channel noun issued by a body («بحسب بيان صادر عن الجيش،
   فإن …») names that body as the source, the phrase closed by a comma, the sentence end or an introducer, and not
   right after another speaker's claim (which the statement passes on).

docs/claims.md, "Round 42: announced decisions read (helper cl78)". Sentences written for the project (none taken
from an article); each test fails at the start tree (8a411f8e)."""

from __future__ import annotations

from tests.test_claims_generalize import claims, content_text, speaker_text, with_marker


def _one(text: str, marker: str) -> dict:
    found = with_marker(text, marker)
    assert len(found) == 1, [(speaker_text(c), content_text(c)) for c in claims(text)]
    return found[0]


def test_a_curfew_announced_by_the_army() -> None:
    claim = _one("وأعلن الجيش حظر التجول في المدينة حتى إشعار آخر.", "أعلن")
    assert speaker_text(claim) == "الجيش"
    assert content_text(claim) == "حظر التجول في المدينة حتى إشعار آخر"
    assert claim["kind"] == "announce" and claim["channel"] == "statement"
    imposed = _one("وأعلنت الحكومة فرض قيود جديدة على حركة الشاحنات.", "أعلنت")
    assert (speaker_text(imposed), content_text(imposed)) == ("الحكومة", "فرض قيود جديدة على حركة الشاحنات")
    # negated, future or expected announcements stay no claim (the ruling's exceptions)
    assert not claims("لم تعلن الحكومة فرض حظر التجول في المدينة.")
    assert not claims("وسيعلن الجيش فرض حظر التجول في المدينة غدا.")
    assert not claims("ويتوقع أن تعلن الحكومة خفض أسعار الوقود الشهر المقبل.")


def test_the_measure_is_not_taken_into_the_speaker() -> None:
    cut = _one("وأعلن الرئيس قطع العلاقات الدبلوماسية مع الدولة المجاورة.", "أعلن")
    assert speaker_text(cut) == "الرئيس"
    assert content_text(cut) == "قطع العلاقات الدبلوماسية مع الدولة المجاورة"
    lifted = _one("وأعلن المجلس العسكري رفع حالة الطوارئ في البلاد.", "أعلن")
    assert speaker_text(lifted) == "المجلس العسكري"
    assert content_text(lifted) == "رفع حالة الطوارئ في البلاد"
    # a state declared by itself is read as before
    state = _one("وأعلنت الحكومة حالة الطوارئ في الإقليم.", "أعلنت")
    assert (speaker_text(state), content_text(state)) == ("الحكومة", "حالة الطوارئ في الإقليم")


def test_a_statement_then_the_measure() -> None:
    claim = _one("وأعلنت الحكومة في بيان فرض حظر التجول في العاصمة.", "أعلنت")
    assert speaker_text(claim) == "الحكومة"
    assert content_text(claim) == "فرض حظر التجول في العاصمة"


def test_a_statement_issued_by_an_office() -> None:
    claim = _one("وأعلنت الحكومة في بيان صادر عن مكتب رئيس الوزراء إغلاق المعابر الحدودية.", "أعلنت")
    assert speaker_text(claim) == "الحكومة"
    assert content_text(claim) == "إغلاق المعابر الحدودية"
    own = _one("وأعلنت الرئاسة في بيان صادر عنها تعليق الرحلات إلى العاصمة.", "أعلنت")
    assert content_text(own) == "تعليق الرحلات إلى العاصمة"
    put = _one("وأعلنت الوزارة في بيان نشر على موقعها الإلكتروني إغلاق المنفذ.", "أعلنت")
    assert content_text(put) == "إغلاق المنفذ"
    # «أن» after a channel issued reads as before
    that = _one("وأعلنت الرئاسة في بيان صادر عنها أن الرئيس سيزور العاصمة.", "أعلنت")
    assert (speaker_text(that), content_text(that)) == ("الرئاسة", "الرئيس سيزور العاصمة")
    # the statement itself as the subject: its issuer speaks, the measure is the content
    issued = _one("وأعلن بيان صادر عن مكتب رئيس الوزراء فرض حظر التجول في العاصمة.", "أعلن")
    assert speaker_text(issued) == "مكتب رئيس الوزراء"
    assert content_text(issued) == "فرض حظر التجول في العاصمة"


def test_a_stance_after_a_statement_issued_yesterday() -> None:
    claim = _one("وأكد المجلس في بيان صدر أمس رفضه القاطع لهذه الاعتداءات.", "أكد")
    assert speaker_text(claim) == "المجلس"
    assert content_text(claim) == "رفضه القاطع لهذه الاعتداءات"


def test_according_to_a_statement_issued_by_a_body() -> None:
    claim = _one("وبحسب بيان صادر عن الجيش، فإن القوات سيطرت على البلدة بعد معارك عنيفة.", "بحسب")
    assert speaker_text(claim) == "الجيش"
    assert content_text(claim) == "القوات سيطرت على البلدة بعد معارك عنيفة"
    closing = _one("وارتفع عدد المصابين إلى ثلاثين، بحسب بيان صادر عن الدفاع المدني.", "بحسب")
    assert speaker_text(closing) == "الدفاع المدني"
    # after another speaker's claim the statement passes it on: no second claim of the same words
    said = "وأكد الوزير خلال لقائه الوفد أن المفاوضات ستستأنف قريبا، بحسب بيان صادر عن الرئاسة."
    assert [speaker_text(c) for c in claims(said)] == ["الوزير"]
