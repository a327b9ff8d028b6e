"""Single sentences after blind batches 15 and 16 (round 16, helper as19; issue 12's hidden test: sentences of Arabic
newswire given alone, no title, no date). Batches 15 and 16 (released this round), batch 21 (60 real sentences coded
by hand before rasd ran on them) and the misses and false events of batches 1-19 and the wire set were read as
classes (docs/events.md, "Round 16: single sentences after batches 15–16 (helper as19)"); each rule here is checked
on sentences written for rasd (none copied from a corpus), each given alone as the bench gives it.

- the beating suffered, told as تعرض + its victims + للضرب (تعرض عدد من الطلبة الذين نظموا وقفة احتجاجية للضرب):
  an attack on civilians, the victims between the verb and the noun (events.yaml, one entry);
- a protester the subject of a passive killing, no agent told (إن متظاهرا قتل وأصيب آخران خلال مظاهرة): lethal force
  against the protest (subtypes._PROTESTER_KILLED); a nominative plural before an active verb is the protesters' deed;
- احتجنا is "we needed" (احتاج), never a protest verb (triggers._NEEDED).
"""

from __future__ import annotations

from tests.test_events_round14_assaults import told

ATTACK = ("Violence against civilians", "Attack")
EXCESSIVE = ("Protests", "Excessive force against protesters")


def types(sentence: str) -> set[str]:
    return {t for t, _ in told(sentence)}


# ------------------------------------------------------------------------------- تعرض + victims + للضرب
def test_beating_suffered_with_its_victims_between() -> None:
    assert ATTACK in told("وأدانت النقابة تعرض عدد من الصحفيين الذين غطوا الانتخابات للضرب على يد عناصر أمن أمس.")
    assert ATTACK in told("تعرض ثلاثة من عمال البلدية للضرب في حي الشيخ عثمان بعدن صباح اليوم.")
    assert ATTACK in told("وقالت الأسرة إن ابنها تعرض أمس للضرب داخل مركز الشرطة في المدينة.")


def test_beating_noun_without_the_verb_is_no_event() -> None:
    assert told("وضبطت الشرطة عصيا وهراوات معدة للضرب في مستودع مهجور.") == []
    assert told("وقال الطبيب إن العلاج بالإبر لا يحتاج إلى الضرب على الجلد.") == []


# ---------------------------------------------------------------- a protester killed, no agent told
def test_protester_killed_in_the_passive_is_force_against_protesters() -> None:
    assert EXCESSIVE in told("وقالت الشرطة إن متظاهرا قتل وأصيب آخران أمس خلال مظاهرة ضد انقطاع الكهرباء في البصرة.")
    assert EXCESSIVE in told("وأفاد شهود بأن محتجين قتلوا خلال مسيرة في وسط العاصمة مساء الجمعة.")


def test_protesters_killing_someone_is_not_force_against_them() -> None:
    events = told("وقال مسؤولون إن المتظاهرين قتلوا شرطيا خلال مظاهرة في البصرة أمس.")
    assert EXCESSIVE not in events


def test_a_protest_with_no_death_stays_peaceful() -> None:
    assert told("تظاهر مئات الطلاب أمس أمام وزارة التعليم في عمان للمطالبة بخفض الرسوم.") == [
        ("Protests", "Peaceful protest")
    ]


# -------------------------------------------------------------------------------- احتجنا: we needed
def test_we_needed_is_no_protest() -> None:
    assert told("ولو كانت المدارس مجهزة لما احتجنا إلى بناء مبان جديدة هذا العام.") == []
    assert told("وقال الوزير: احتجنا وقتا أطول لإنجاز المشروع بسبب الأمطار.") == []


def test_they_protested_stays_a_protest() -> None:
    assert "Protests" in types("واحتج عشرات المعلمين أمس أمام مبنى المحافظة في تعز للمطالبة بصرف رواتبهم.")
