"""Claims, round 8 of issue 13: reporting verbs and channel cues read from the corpus (SaudiNewsNet articles outside
every annotated file), not from the tune files. Unit rows written for the project (no sentence is taken from an
article): each new marker family finds a claim with the right speaker and content, and each risky verb's
non-speech use gives none."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _claim(sentence: str, marker: str) -> dict:
    cs = [c for c in claims(sentence) if (c["marker"] or {}).get("text", "").endswith(marker)]
    assert cs, (
        f"no claim marked {marker!r} in {sentence!r}: {[(c['marker'] or {}).get('text') for c in claims(sentence)]}"
    )
    return cs[0]


# ------------------------------------------------------------------------------- new reporting verbs
@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content", "kind"),
    [
        # a post: كتب / غرد with a colon or a quote
        (
            "وكتب رئيس الوزراء البريطاني ديفيد كاميرون على حسابه في تويتر: «نقف مع ضحايا الهجوم».",
            "كتب",
            "ديفيد كاميرون",
            "نقف مع ضحايا الهجوم",
            "say",
        ),
        ("وغرد الكاتب فهد العتيبي: الدوري هذا الموسم أقوى من سابقه.", "غرد", "فهد العتيبي", "الدوري هذا الموسم", "say"),
        # an answer and a comment with their introducer
        ("وعلق الكاتب محمد السعد بقوله: إن القرار تأخر كثيرا.", "علق", "محمد السعد", "القرار تأخر كثيرا", "say"),
        # verbs that only أن / إن opens
        (
            "وقدر المسؤولون الأمريكيون أن الغارات قتلت نحو ألف مقاتل.",
            "قدر",
            "المسؤولون الأمريكيون",
            "الغارات قتلت نحو ألف مقاتل",
            "say",
        ),
        (
            "وأقر وزير المالية أحمد الخليفي بأن العجز سيتجاوز التوقعات.",
            "أقر",
            "أحمد الخليفي",
            "العجز سيتجاوز التوقعات",
            "say",
        ),
        (
            "وعزا الخبير الاقتصادي فهد الشمري ذلك إلى أن الطلب تراجع.",
            "عزا",
            "فهد الشمري",
            "الطلب تراجع",
            "say",
        ),
        (
            "وأفصح الرئيس التنفيذي أن الشركة تدرس التوسع في الخارج.",
            "أفصح",
            "الرئيس التنفيذي",
            "الشركة تدرس التوسع",
            "say",
        ),
        ("ونبه التقرير إلى أن القروض المتعثرة ارتفعت بنسبة كبيرة.", "نبه", "التقرير", "القروض المتعثرة", "warn"),
        ("وخلصت الدراسة إلى أن السهر يضر بالذاكرة.", "خلصت", "الدراسة", "السهر يضر بالذاكرة", "say"),
    ],
)
def test_verbs_of_round8(sentence: str, marker: str, speaker: str, content: str, kind: str) -> None:
    c = _claim(sentence, marker)
    assert c["speaker"]["text"] == speaker
    assert content in c["content"]["text"]
    assert c["kind"] == kind


@pytest.mark.parametrize(
    ("sentence", "marker", "speaker", "content"),
    [
        (
            "واستقبل الأمير الوفد، معربا عن أمله في أن تسهم الزيارة في تعزيز العلاقات.",
            "معربا",
            "الأمير",
            "تسهم الزيارة",
        ),
        ("وتفقد المدير سير العمل، مفيدا أن الفرق ستنتهي من الصيانة قبل رمضان.", "مفيدا", "المدير", "الفرق ستنتهي"),
        ("وأشاد الوزير بالمتطوعين، كاشفا أن عددهم تجاوز ألف متطوع.", "كاشفا", "الوزير", "عددهم تجاوز"),
        (
            "وأبدى سكان الحي استياءهم من انقطاع المياه، موضحين أنهم ينتظرون الحل منذ أسابيع.",
            "موضحين",
            "سكان",
            "ينتظرون الحل",
        ),
        ("وافتتح الأمير المعرض، معلنا أن الدورة المقبلة ستقام في جدة.", "معلنا", "الأمير", "الدورة المقبلة"),
    ],
)
def test_participles_of_round8(sentence: str, marker: str, speaker: str, content: str) -> None:
    c = _claim(sentence, marker)
    assert str(c["speaker"]["text"]).startswith(speaker)
    assert content in c["content"]["text"]


# ------------------------------------------------------------------------------- the same words when no speech
@pytest.mark.parametrize(
    "sentence",
    [
        "وأقر مجلس الوزراء الميزانية العامة للدولة بعد أن ناقشها الأعضاء.",  # approved
        "وكتب الطالب قصيدة عن الوطن نالت إعجاب الحضور.",  # wrote a poem
        "وتحفل كتب التاريخ بكثير من القصص عن المدينة.",  # books
        "وعلقت الحكومة الدراسة في المدارس بسبب الأمطار.",  # suspended
        "وأجاب الطلاب عن أسئلة الاختبار في الوقت المحدد.",  # answered the questions
        "وقدر الحضور الجهود التي بذلتها اللجنة المنظمة.",  # appreciated
        "ووعد الوزير بتحسين الخدمات في المنطقة.",  # a promise with no content clause
        "وعد ذلك مؤشرا على نجاح الهيئة في عملها.",  # وعدّ "considered": وعد is no marker
        "وفيما يروى عن الفيلسوف أنه كان يكتب ليلا.",  # the passive يُروى: an anecdote
        "وكانت الجلسة مفيدة للطلاب، وشارك فيها عدد من المعلمين.",  # useful
        "وقد خلص المؤتمر إلى عدة توصيات مهمة.",  # concluded with recommendations
        "وتوصل الطرفان إلى اتفاق نهائي بعد جولات من التفاوض.",  # reached an agreement
        "وشرح المعلم الدرس للطلاب في الحصة الأولى.",  # explained a lesson
        "وتباع السلع في المتاجر بأسعار معلنة، أن تتغير خلال الموسم أمر مستبعد.",  # the adjective معلنة
        "ونبه الحكم اللاعب بعد تدخله العنيف.",  # the referee warned a player
        "ويعتقد أن الحريق نشب بسبب ماس كهربائي.",  # the impersonal passive يُعتقد
        "ويعتقد البعض أن الحل في زيادة الرواتب.",  # يعتقد is no marker (round 8's fresh draw)
        "وتساءل المواطنون: كيف يعمل المستشفى دون طبيب تخدير؟",  # a question is no claim in the coded sets
        "وردت معلومات مغلوطة عن أن سبب العطل هو الشبكة.",  # وردت (arrived), not رد
    ],
)
def test_no_claim_from_the_same_words(sentence: str) -> None:
    assert claims(sentence) == []


# ------------------------------------------------------------------------------- channel cues
@pytest.mark.parametrize(
    "sentence",
    [
        "وقال اللاعب في مقطع نشره على حسابه في الإنستجرام إن إصابته ليست خطيرة.",
        "وأكدت الفنانة عبر سناب شات أنها بخير بعد الحادث.",
        "وقال الداعية في مقطع على اليوتيوب إن الفتوى مكذوبة.",
        "وأوضح المغرد في الفيسبوك أن الصورة قديمة.",
    ],
)
def test_platform_spellings_are_posts(sentence: str) -> None:
    cs = claims(sentence)
    assert cs and cs[0]["channel"] == "post"
