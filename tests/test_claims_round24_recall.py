"""Claims, round 24 (helper cl34): speakers unseen short articles lose. وصف with its object as a pronoun and بأن
after it ("وأدان الحادثة ووصفها بأنها «…»"، "فيما وصفه رئيس الوزراء بأنه «…»"; claims.yaml ``pronoun_verdict_verbs``)
is a verdict told; a verb of saying joined by و to the sentence's opening verb has that verb's subject, a title no
entity covers ("وزار وزير الخارجية المدينة وأكد أن"; before._speaker_around); a leading بحسب whose source, a name in
quotes or a name already speaking, is closed by فإن ("وبحسب «تسنيم»، فإن"; claims.yaml ``source_then_words``).
docs/claims.md, "Round 24: speakers unseen articles lose (helper cl34)". Sentences written for the project (none
taken from an article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text
from tests.test_claims_generalize import claims


# ------------------------------------------------------------------ وصف with a pronoun object
def test_verdict_with_a_pronoun_object_and_the_speaker_after() -> None:
    text = "وقتل ستة جنود في هجوم شنه مسلحون وصفهم مسؤول عسكري بأنهم «إرهابيون» صباح اليوم على حاجز للجيش."
    said = [c for c in claims(text) if (c["marker"] or {}).get("text") == "وصفهم"]
    assert len(said) == 1
    assert speaker_text(said[0]) == "مسؤول عسكري"
    assert said[0]["content"]["text"] == "«إرهابيون»"  # the quote, not the date and place after it


def test_verdict_with_a_pronoun_object_joined_to_a_condemnation() -> None:
    text = "شهدت البلدة هجوما على سوق شعبي أمس. وأدان وزير الداخلية الهجوم ووصفه بأنه «عمل جبان لا يمت إلى الدين بصلة»."
    said = [c for c in claims(text) if (c["marker"] or {}).get("text") == "وصفه"]
    assert len(said) == 1
    assert speaker_text(said[0]).startswith("وزير الداخلية")
    assert "عمل جبان" in said[0]["content"]["text"]


def test_description_after_a_preposition_or_with_no_that_is_no_claim() -> None:
    text = (
        "وأمضى الراكب خمس ساعات مؤلمة حسب وصفه في مقعد ضيق. ولا تعد الحلول المؤقتة وصفة للاستقرار. ولن نستفيد "
        "من شتم الخصوم ووصفهم بالخونة."
    )
    assert claims(text) == []


# ------------------------------------------------------------------ the subject of the opening verb
def test_saying_joined_to_the_opening_verb_takes_its_title_subject() -> None:
    text = (
        "وصل الوفد الحكومي إلى المدينة صباح أمس. وتفقد وزير الصحة المستشفى الميداني وأكد أن المستلزمات الطبية "
        "ستصل خلال يومين."
    )
    said = by_marker(text, "أكد")
    assert len(said) == 1
    assert speaker_text(said[0]).startswith("وزير الصحة")
    assert said[0]["content"]["text"].startswith("المستلزمات الطبية ستصل")


# ------------------------------------------------------------------ a leading بحسب closed by فإن
def test_leading_attribution_to_a_quoted_name_closed_by_then() -> None:
    text = (
        "وتراجعت أسعار الأسهم في البورصة أمس. وبحسب «بلومبيرغ»، فإن المستثمرين يتوقعون رفع أسعار الفائدة قبل "
        "نهاية العام."
    )
    said = by_marker(text, "بحسب")
    assert len(said) == 1
    assert speaker_text(said[0]) == "بلومبيرغ"
    assert said[0]["content"]["text"].startswith("المستثمرين يتوقعون")


def test_leading_attribution_to_a_name_already_speaking() -> None:
    text = (
        "وأكد هولاند أن بلاده ستواصل دعم الحكومة في مالي. وبحسب هولاند، فإن القوات الفرنسية ستبقى في الشمال "
        "حتى نهاية العام."
    )
    said = by_marker(text, "بحسب")
    assert len(said) == 1
    assert speaker_text(said[0]) == "هولاند"
    assert said[0]["content"]["text"].startswith("القوات الفرنسية ستبقى")


def test_a_plan_after_a_leading_attribution_is_no_source() -> None:
    text = "وتنتهي أعمال الصيانة في الطريق خلال شهرين. وبحسب «الخطة الموضوعة»، فإن العمل يبدأ من الجهة الشمالية."
    assert by_marker(text, "بحسب") == []


def test_leading_attribution_to_a_definite_body_closed_by_then() -> None:
    text = (
        "وتواصل الأندية استعداداتها للموسم الجديد. وحسب المركز الطبي فإن المهاجم سيكون جاهزا بشكل نهائي مطلع "
        "الشهر المقبل."
    )
    said = by_marker(text, "حسب")
    assert len(said) == 1
    assert speaker_text(said[0]).startswith("المركز الطبي")
    assert said[0]["content"]["text"].startswith("المهاجم سيكون جاهزا")


def test_information_after_a_leading_attribution_is_no_source() -> None:
    text = "وشهدت المدينة انفجارا قرب مركز الشرطة أمس. وبحسب المعلومات المتوافرة، فإن الانفجار نجم عن عبوة ناسفة."
    assert by_marker(text, "بحسب") == []
