"""Claims, round 42 (helper cl77): a subject, then a channel phrase, then the announced decision.

The lead's round-42 ruling makes an announced decision a claim (speaker the announcer, content the decision). rasd
read «وأعلنت الحركة إغلاق المعبر», but with a channel phrase between a one-word subject and its object («وأعلنت
الحركة في بيان إغلاق المعبر»، «عبر حسابها على تويتر») it read no claim, and after a body's name the content opened
with the channel phrase («في بيان إغلاق المعبر …») or, with a comma after a short object, after that comma.

1. ``after._break_then_object``: a channel phrase (``_past_channel_words``: في / خلال / عبر, a channel noun, its own
   words له، صحافي، أمس, a date, adjectives in ي / ية, a verb of issuing with its pronoun ``channel_issuing`` نشرته،
   أصدرته, a medium after على ``channel_media`` موقعها، الإنترنت or a channel cue تويتر) ends the subject of a
   movement or group head (الحركة، الجماعة، الحزب) when a plain object follows it (``_object_word``).
2. ``reading._past_channel_phrase``: an object that opens right after such a phrase starts the content
   (``after.object_past_channel``), a comma or none after it.

docs/claims.md, "Round 42: announced decisions recoded (helper cl77)". Sentences written for the project (none taken
from an article); each test fails at the start tree (9eaee13f)."""

from __future__ import annotations

from tests.test_claims_generalize import claims, content_text, speaker_text, with_marker


def _one(text: str, marker: str) -> dict:
    found = with_marker(text, marker)
    assert len(found) == 1, [(speaker_text(c), content_text(c)) for c in claims(text)]
    return found[0]


def test_a_one_word_subject_then_a_statement_then_the_decision() -> None:
    claim = _one("وأعلنت الحركة في بيان تعليق مشاركتها في جولة المفاوضات المقبلة.", "أعلنت")
    assert speaker_text(claim) == "الحركة"
    assert content_text(claim) == "تعليق مشاركتها في جولة المفاوضات المقبلة"
    assert claim["kind"] == "announce" and claim["channel"] == "statement"
    # with أن after the channel phrase the reading is as before
    that = _one("وأعلنت الحركة في بيان أن مقاتليها انسحبوا من التلة.", "أعلنت")
    assert (speaker_text(that), content_text(that)) == ("الحركة", "مقاتليها انسحبوا من التلة")


def test_a_group_on_its_account_then_the_decision() -> None:
    claim = _one("وأعلنت الجماعة عبر حسابها على تويتر انسحابها من المحادثات الجارية في العاصمة.", "أعلنت")
    assert speaker_text(claim) == "الجماعة"
    assert content_text(claim) == "انسحابها من المحادثات الجارية في العاصمة"
    assert claim["channel"] == "post"
    # a medium's genitive and its name in quotes belong to the channel phrase
    site = "وأعلنت وزارة الصحة عبر حسابها على موقع التواصل الاجتماعي «تويتر» إطلاق حملة التطعيم في المدارس."
    assert content_text(_one(site, "أعلنت")) == "إطلاق حملة التطعيم في المدارس"


def test_a_body_then_its_statement_the_content_opens_at_the_decision() -> None:
    claim = _one("وأعلنت وزارة النقل في بيان لها أمس إغلاق المنفذ الحدودي أمام حركة الشاحنات.", "أعلنت")
    assert speaker_text(claim) == "وزارة النقل"
    assert content_text(claim) == "إغلاق المنفذ الحدودي أمام حركة الشاحنات"
    # a short object before a comma is the content, not the words after the comma
    short = _one("وأعلنت الحكومة في بيان رسمي تعليق الدراسة في المدارس، مشيرة إلى سوء الأحوال الجوية.", "أعلنت")
    assert content_text(short).startswith("تعليق الدراسة في المدارس")


def test_a_statement_issued_on_a_site_then_the_decision() -> None:
    claim = _one("وأعلن الحزب في بيان نشره على موقعه الإلكتروني انسحابه من الائتلاف الحكومي.", "أعلن")
    assert speaker_text(claim) == "الحزب"
    assert content_text(claim) == "انسحابه من الائتلاف الحكومي"
    # the issuing verb is no object: تبنى's act after the same phrase opens the content
    owned = _one("وتبنت الجماعة في بيان نشرته على موقعها على الإنترنت الهجوم على القاعدة.", "تبنت")
    assert content_text(owned).startswith("الهجوم على القاعدة")
    # a channel phrase set off by a comma before على is read as before
    urged = _one("وأكد الوزير في تعميم للجان، على ضرورة الالتزام بالمواعيد المحددة.", "أكد")
    assert content_text(urged) == "على ضرورة الالتزام بالمواعيد المحددة"
