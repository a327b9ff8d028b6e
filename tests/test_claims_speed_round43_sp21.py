"""Claims stage speed, round 43 (helper sp21; docs/measurements.md "Round 43: the claims stage's time"): the outlet
test of a claim's speaker read once for the two readers of a nested report. Sentences written for the project (none
taken from an article)."""

from __future__ import annotations

from rasd import extract
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import load_claim_lexicon
from rasd.document import Document
from rasd.stages.claims.common import _channel_at
from rasd.stages.claims.reading import _outlet_noun, _outlet_speaker
from rasd.stages.claims.sources import passes_on

from .test_claims import STAGES

#: news-style texts written for this test: outlets, documents and persons as speakers, nested reports in both kinds
ARTICLES = [
    "الرياض - واس\nوذكرت وكالة الأنباء الرسمية أن الوزير أبلغ المجلس أن الخطة ستنفذ هذا العام. وقال الوزير خالد "
    "العمري إن مصادر في الوزارة أكدت أن العمل بدأ، وأضاف أن الفرق الميدانية قالت إن الطرق آمنة.",
    "بغداد - وكالات\nوأفاد البيان أن قائد الشرطة قال في كلمته إن المنطقة آمنة. وأوضحت صحيفة «الصباح» أن المحافظ "
    "أعلن إغلاق الجسر، فيما أكد مسؤول محلي أن السكان قالوا إن القصف توقف منذ الصباح.",
    "القاهرة\nوقالت الحكومة إن الاجتماع المقبل سيعقد في موعده، وأشار التقرير إلى أن الخبراء أكدوا أن الأسعار "
    "ستتراجع. وقالت الوكالة إن المتحدث باسم الجيش أعلن مقتل ثلاثة مسلحين.",
    "عمّان\nوقالت وكالة الأنباء الأردنية إن الحدود ستفتح غدا. وذكرت صحيفة «الرأي» أن الحكومة ستعلن خطتها قريبا. "
    "وأضاف التقرير أن الاستثمارات ارتفعت بنسبة عشرة في المئة، وقال وزير المالية إن الموازنة ستقر الشهر المقبل.",
]


def _round42_claim_test(ix: DocIndex, speaker: dict[str, object]) -> bool:
    """Round 42's reading in _nested_claim: None (False here) unless the start is known and an outlet test holds."""
    if not isinstance(speaker.get("start"), int):
        return False
    return bool(
        _outlet_speaker(ix, speaker) or _channel_at(ix, int(speaker["start"])) or _outlet_noun(ix, speaker)  # type: ignore[call-overload]
    )


def _round42_own_test(ix: DocIndex, speaker: dict[str, object]) -> bool:
    """Round 42's reading in _nested_own: None (True here) when the start is known and an outlet test holds."""
    return isinstance(speaker.get("start"), int) and bool(
        _outlet_speaker(ix, speaker) or _channel_at(ix, int(speaker["start"])) or _outlet_noun(ix, speaker)  # type: ignore[call-overload]
    )


def test_passes_on_as_both_round42_readings() -> None:
    docs: list[Document] = [extract(a, fmt="text", published="2023-03-02", stages=STAGES) for a in ARTICLES]
    answers = []
    for doc in docs:
        ix = DocIndex.build(doc, load_claim_lexicon())
        speakers = [c["speaker"] for c in doc.claims]
        speakers += [{**sp, "start": None} for sp in speakers]  # (a speaker with no span: a post's author)
        for sp in speakers:
            got = passes_on(ix, sp)
            assert got == _round42_claim_test(ix, sp) == _round42_own_test(ix, sp), sp
            answers.append(got)
    assert answers.count(True) >= 4 and answers.count(False) >= 6  # outlets and documents, persons and bodies
