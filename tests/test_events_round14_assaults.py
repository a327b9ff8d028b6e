"""Assaults and protests in single sentences (round 14, helper as14; issue 12's hidden test: sentences of Arabic
newswire given alone, no title, no date). Each rule comes from a class of misses or false events of the blind batch
14 (benchmarks/data/events_sentences14.jsonl) that also shows in batches 1-12 or the wire set, and is checked on
sentences written for rasd (none copied from a corpus), each given alone as the bench gives it.

- the assault noun as a terrorist attack, told by its qualifier, its victims or the condolences it drew, with no
  على after it (التعازي بعد اعتداء المدينة، المصابين جراء الاعتداء الغاشم): batches 8 and 14;
- hostages right after a word of holding (احتجاز عدد من الرهائن، احتجزوا عشرين رهينة) are an abduction, not an
  arrest, whoever holds them: batch 14 (typed Arrests), batch 10 (a rescue of people held hostage);
- a protest fought out, told by clashes between or with the protesters, clashes during the protest, or its violent
  turn (حصلت صدامات بين المتظاهرين والشرطة، صدامات أثناء تظاهر، اتخذت المظاهرة طابعا عنيفا), is a violent
  demonstration: batches 1-7 (s419), 8 (s496) typed it a peaceful protest;
- abstractions "hijacked" in comment and food snatched (اختطاف المجتمعات فكريا، اختطاف التعريف، يخطف لهبها
  الضوء، تخطف القرود الأغذية) are no abduction: batches 12 and 14, a fresh article.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import rasd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_events_sentences import told_events  # the reading the sentence benches score


@cache
def _pipeline() -> rasd.Pipeline:
    return rasd.Pipeline()


def told(sentence: str) -> list[tuple[str, str | None]]:
    """(type, sub-type) of every told event of ``sentence`` given alone, as ``bench_events_sentences.py`` reads it."""
    return told_events(_pipeline(), sentence)


ATTACK = ("Violence against civilians", "Attack")


# ------------------------------------------------------------------- the assault noun as a terrorist attack
def test_condolences_after_the_assault_of_a_town() -> None:
    assert ATTACK in told("بعث الرئيس برقية عزاء إلى نظيره قدم فيها التعازي بعد اعتداء بنقردان.")


def test_the_wounded_of_the_heinous_assault() -> None:
    assert ATTACK in told("زار وزير الصحة الجرحى المنومين في مستشفى الملك فهد بجازان جراء الاعتداء الغاشم على السوق.")
    assert ATTACK in told("وقدم المحافظ واجب العزاء لذوي ضحايا الاعتداء الإرهابي الذي شهدته مدينة سوسة أمس.")


def test_the_bloody_assaults_with_their_condolences() -> None:
    assert ATTACK in told(
        "وعبر السفير عن تعازي بلاده لأسر القتلى في الاعتداءات الدامية التي شهدتها العاصمة نيروبي أمس."
    )


def test_the_assault_noun_without_such_words_is_no_event() -> None:
    assert told("ولا يمكن القبول بأي اعتداء من أي نوع كان في المستقبل.") == []
    # the plural needs its victims or condolences: a threat told over years is no event
    assert ATTACK not in told("تتعرض البلاد منذ سنوات لاعتداءات إرهابية تستهدف وحدتها الوطنية.")


# ------------------------------------------------------------------- hostages held are taken, not arrested
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


def test_a_hostage_crisis_is_an_abduction() -> None:
    found = told("أنهت قوات الأمن مساء الأحد أزمة احتجاز عدد من الرهائن داخل مجمع تجاري في مدينة نيروبي.")
    assert ABDUCTION in found and ("Strategic developments", "Arrests") not in found


def test_police_who_free_hostages_and_arrest_the_kidnappers_arrest() -> None:
    found = told("اعتقلت الشرطة ثلاثة رجال بعد تحرير الرهائن في بلدة قريبة من العاصمة أمس.")
    assert ("Strategic developments", "Arrests") in found and ABDUCTION not in found


# ------------------------------------------------------------------- a protest fought out
RIOT = ("Riots", "Violent demonstration")


def test_clashes_between_the_protesters_and_the_police() -> None:
    found = told("تحولت المسيرة إلى الفوضى في مدينة صفاقس، إذ اندلعت صدامات بين المتظاهرين وعناصر الشرطة.")
    assert RIOT in found and ("Protests", "Peaceful protest") not in found


def test_clashes_during_a_demonstration_and_a_violent_turn() -> None:
    assert RIOT in told("وقعت صدامات أثناء مظاهرة نظمها أنصار اليمين المتطرف في مدينة دريسدن الألمانية.")
    assert RIOT in told("واتخذت المظاهرة التي جابت شوارع مدينة الحسيمة طابعا عنيفا.")


def test_clashes_the_protest_is_about_or_told_after_are_not_its_own() -> None:
    assert RIOT not in told("تظاهر المئات في بغداد احتجاجا على الاشتباكات بين الجيش والمسلحين في الرمادي.")
    assert RIOT not in told("خرجت مظاهرة حاشدة في مدينة تعز بعد اشتباكات بين الجيش والمسلحين.")


# ------------------------------------------------------------------- what is snatched but no person
def test_hijacked_abstractions_and_snatched_food_are_no_abduction() -> None:
    assert ABDUCTION not in told("يحذر الكاتب من محاولات اختطاف المجتمعات العربية فكريا عبر وسائل التواصل.")
    assert ABDUCTION not in told("ويرى الباحث أن الجماعات المتطرفة نجحت في اختطاف التعريف الحقيقي للجهاد.")
    assert ABDUCTION not in told("تخطف النوارس الطعام من أيدي الزوار على شاطئ البحر كل صيف.")


def test_people_taken_are_still_an_abduction() -> None:
    assert ABDUCTION in told("اختطف مسلحون مجهولون مهندسا تركيا في مدينة سبها جنوب ليبيا أمس.")
    assert ABDUCTION in told("أكدت الأسرة اختطاف ابنها على يد مسلحين في مدينة عدن قبل أسبوع.")
