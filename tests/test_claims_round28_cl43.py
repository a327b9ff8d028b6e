"""Claims, round 28 (helper cl43): claims nested inside another speaker's quotation. (1) A past verb of saying inside
a direct claim's quotation, its speaker named there (a person or body, a title, a speaker noun), with its own
introducer or a told object, is a claim of its own beside the outer one (the lead's ruling 8; sources._nested_inside,
claim_cues.yaml ``quoted_nested_kinds``): «أكد ليون أنه …» inside a statement, "أكد المتحدث الرسمي … على رفض" inside
a ministry's quoted statement. Not a pronoun («وقالوا لنا إن»)، not the one told («فقال لي:»)، not a name deep in an
object, not تحدث عن (a topic). (2) A clause break of a fronted subordinate part (بينما، فيما، في حين) right after the
introducer ends nothing: "قال إنه بينما …، فإن …" has its content (claim_cues.yaml ``fronted_breaks``,
claims.content.Clauses.clause_end). docs/claims.md, "Round 28: claims nested inside a quotation (helper cl43)".
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


# ------------------------------------------------------------------ (1) a report told inside a quotation
def test_a_title_told_inside_a_bodys_quoted_statement_speaks() -> None:
    text = "وقالت وزارة الداخلية في بيان: «أكد الوزير أن المفاوضات مع الجانب الآخر مستمرة رغم الصعوبات»."
    outer = _by(text, "قالت")
    inner = _by(text, "أكد")
    assert len(outer) == 1 and "أكد الوزير" in outer[0]["content"]["text"]  # the outer claim stays whole
    assert len(inner) == 1
    assert inner[0]["speaker"]["text"] == "الوزير"
    assert inner[0]["content"]["text"] == "المفاوضات مع الجانب الآخر مستمرة رغم الصعوبات"  # no closing mark
    assert inner[0]["channel"] == "statement"  # told in the ministry's statement


def test_a_spokesman_inside_a_quotation_with_a_told_object() -> None:
    text = 'وقالت وزارة الخارجية في بيان "أكد المتحدث الرسمي باسم الوزارة على رفض المملكة لأي تدخل في شؤونها الداخلية".'
    inner = _by(text, "أكد")
    assert len(inner) == 1
    assert inner[0]["speaker"]["text"].startswith("المتحدث الرسمي")
    assert inner[0]["content"]["text"].startswith("على رفض المملكة")


def test_sources_before_the_verb_inside_a_quotation() -> None:
    text = "وأضاف قائد الشرطة: «مصادر موثوقة أكدت لنا أن المسلحين غادروا القرية فجر اليوم»."
    inner = _by(text, "أكدت")
    assert len(inner) == 1
    assert inner[0]["speaker"]["text"].startswith("مصادر")
    assert inner[0]["content"]["text"] == "المسلحين غادروا القرية فجر اليوم"


def test_a_body_announcing_inside_a_spokesmans_quotation() -> None:
    text = "وقال المتحدث: «أعلنت الحكومة الأردنية أنها ستغلق المعبر الحدودي حتى إشعار آخر»."
    inner = _by(text, "أعلنت")
    assert len(inner) == 1
    assert inner[0]["speaker"]["text"] == "الحكومة الأردنية"


def test_no_nested_claim_without_a_speaker_named_in_the_quotation() -> None:
    for text, word in (
        ("وقالت الأم: «جاء رجال الأمن وقالوا لنا إن علينا المغادرة فورا».", "قالوا"),  # a pronoun
        ("وقال الشيخ: «سألت أحد الشباب عن رأيه في التفجير فقال لي: هذا عمل مشروع».", "قال لي"),  # the one told
        (
            "وقال رئيس النادي: «نشكر الشركة الراعية ورأى في المشروع الخيري لشركة التطوير بأنه سيخدم الشباب».",
            "رأى",
        ),  # a name deep in the object: the verb's subject is a pronoun
        (
            "وقال مدير التعليم: «ناقش المجتمعون عددا من الموضوعات حيث تحدث رئيس قسم المقررات عن توزيع الكتب».",
            "تحدث",
        ),  # a topic talked of, no content told
    ):
        found = claims(text)
        assert len(found) == 1, text
        assert word.split()[0] in found[0]["content"]["text"]


def test_a_verb_inside_plain_content_of_a_named_speaker_stays_his_account() -> None:
    # outside a quotation a named speaker's report of another's words is his own (round 16), as before
    text = "وأكد الوزير أن الحكومة أعلنت أن الطريق سيفتح أمام المسافرين الأسبوع المقبل."
    assert len(claims(text)) == 1


# ------------------------------------------------------------------ (2) a fronted subordinate part after أن
def test_a_fronted_while_clause_opens_the_content() -> None:
    for text in (
        "وقال الوزير إنه بينما تستمر المفاوضات بين الطرفين، فإن الحكومة لن تتخلى عن حقوقها.",
        "وأوضحت الباحثة أنه في حين لا يوجد علاج نهائي للمرض، فإن الأدوية الحديثة تخفف أعراضه كثيرا.",
    ):
        found = claims(text)
        assert len(found) == 1, text
        assert found[0]["content"]["text"].split()[0] in ("بينما", "في"), text
        assert found[0]["content"]["text"].rstrip(".").endswith(("حقوقها", "كثيرا")), text


def test_a_while_clause_after_the_content_still_ends_it() -> None:
    text = "وقال الوزير إن الوضع الأمني مستقر، بينما أكد نواب في البرلمان أن الهجمات ما زالت مستمرة."
    said = _by(text, "قال")
    assert len(said) == 1
    assert said[0]["content"]["text"] == "الوضع الأمني مستقر"
