"""Round 14b (issue 12, helper ev9): events kept apart. A deed told with a death after a word of sequence in one
sentence ("ردت المدفعية بقصف مواقع … بعد مقتل جندي في إطلاق نار من الجانب الآخر") tells two happenings: the death came
first, by the other side's fire, so it cannot be the deed's toll. Before, the clause merge folded the death and its
fire into the shelling (tune15's first run and today: the Kilis clash folded into the reply's shelling).

Still one happening: a death told first and its cause after "بعد" (قتل خمسة بعد انفجار عبوة), a capture after a death,
and a definite fighting noun "set off" by a death (الاشتباكات اندلعت بعد مقتل …: the fighting told before, with its
spark).

Two more constructions keep two happenings apart:

- an "also" clause (كما) at a village of its own the gazetteer lacks (كما قتل جنديان في هجوم … في قرية كوشكلر) is the
  next item of a list of attacks, not the first attack told again (tune12: two attacks of one Turkish district and
  day folded into one row by the sentence, details and told-again steps);
- two events of one sentence that each tell dead of their own in clauses of their own (شنت عملية عسكرية … تمكنت
  خلالها من قتل تسعة مسلحين، وأشاروا إلى مقتل خمسة مدنيين في انفجار عبوة): the weaker is not a detail of the other
  (tune16: a Peshmerga operation folded into the bombs' row).

A summary toll that sums several counts (مقتل تسعة من عناصر داعش وستة مدنيين في موجة عنف) is no row of its own when
each count is told again, in a later sentence, by a row of its own (tune16's lead: a false row beside its parts).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((e["acled_event_type"], e["trigger"]["text"]) for e in rows(text))


def test_a_reply_and_the_death_before_it_are_two_rows() -> None:
    found = _kinds(
        "ردت المدفعية التركية أمس الخميس بقصف مواقع تنظيم داعش في ريف حلب بعد مقتل جندي تركي في إطلاق نار من "
        "الجانب السوري قرب بلدة كيليس."
    )
    assert [t for t, _ in found] == ["Battles", "Explosions/Remote violence"], found


def test_the_death_after_a_word_of_sequence_is_not_the_deeds_toll() -> None:
    text = (
        "قصفت الدبابات الأردنية صباح اليوم الأحد مواقع للمسلحين عقب مقتل جنديين بنيران أطلقت من داخل الأراضي "
        "السورية على مخفر حدودي قرب الرمثا."
    )
    found = rows(text)
    assert sorted(e["acled_event_type"] for e in found) == ["Battles", "Explosions/Remote violence"]
    shelling = next(e for e in found if e["acled_event_type"] == "Explosions/Remote violence")
    assert not shelling.get("fatalities")  # the two soldiers are the clash's dead


def test_a_death_told_first_and_its_cause_after_are_one_happening() -> None:
    found = rows("قتل خمسة مدنيين أمس الثلاثاء بعد انفجار عبوة ناسفة في سوق شعبي بمدينة بعقوبة.")
    assert len(found) == 1 and found[0]["acled_event_type"] == "Explosions/Remote violence"
    assert (found[0].get("fatalities") or {}).get("value") == 5


def test_a_capture_after_a_death_stays_one_row() -> None:
    found = rows("سيطرت قوات الجيش أمس السبت على بلدة الكرمة بعد مقتل قائد الفصائل المسلحة فيها.")
    assert [e["acled_event_type"] for e in found] == ["Battles"]


def test_fighting_told_before_and_the_death_that_set_it_off_stay_one_row() -> None:
    found = rows("وقال مسؤول محلي إن الاشتباكات اندلعت بعد مقتل أحد أبناء العشيرة عند حاجز أمني في مدينة سبها.")
    assert [e["acled_event_type"] for e in found] == ["Battles"]


def test_a_strike_and_its_own_toll_stay_one_row() -> None:
    found = rows("شنت طائرات التحالف أمس الجمعة غارات على مواقع للحوثيين في مدينة صعدة أسفرت عن مقتل 12 مسلحا.")
    assert len(found) == 1 and (found[0].get("fatalities") or {}).get("value") == 12


# ------------------------------------------------------------------------------------ "also" at a village of its own
def test_an_also_attack_at_a_village_of_its_own_is_another_row() -> None:
    found = rows(
        "وقتل جندي تركي مساء الثلاثاء في هجوم شنه مسلحون على مخفر للدرك في ولاية شرناق، كما قتل جنديان في هجوم شنه "
        "مسلحون على دورية في قرية كوشكلر التابعة للولاية."
    )
    assert sorted((e.get("fatalities") or {}).get("value") for e in found) == [1, 2]


def test_also_wounded_in_the_attack_stay_its_row() -> None:
    found = rows(
        "وقتل جندي تركي مساء الثلاثاء في هجوم شنه مسلحون على دورية في قرية كوشكلر بولاية شرناق، كما أصيب ثلاثة جنود "
        "آخرون في الهجوم."
    )
    assert len(found) == 1


# ------------------------------------------------------------------------------------------ two tolls, two events
def test_two_tolls_of_one_sentence_are_two_rows() -> None:
    found = _kinds(
        "وقال المسؤولون إن قوة من الجيش شنت عملية عسكرية على قرى شمال شرقي بعقوبة تمكنت خلالها من قتل تسعة مسلحين، "
        "وأشاروا إلى مقتل خمسة مدنيين في انفجار عبوة ناسفة في قضاء المقدادية."
    )
    assert [t for t, _ in found] == ["Battles", "Explosions/Remote violence"], found


def test_an_operation_and_its_own_toll_stay_one_row() -> None:
    for text in (
        "شنت قوات الجيش أمس عملية عسكرية على قرى شمال شرقي بعقوبة أسفرت عن مقتل تسعة مسلحين من تنظيم داعش.",
        "وقال المسؤولون إن قوة من الجيش شنت أمس عملية عسكرية على قرى شمال شرقي بعقوبة، وإن تسعة مسلحين قتلوا خلالها.",
    ):
        found = rows(text)
        assert len(found) == 1 and (found[0].get("fatalities") or {}).get("value") == 9, text


# ------------------------------------------------------------------------------------------------ a summary toll
_SUMMARY = (
    "أعلن مسؤولون أمنيون أمس الخميس مقتل تسعة من عناصر تنظيم داعش وستة مدنيين في موجة عنف شهدتها قرى تابعة لمدينة "
    "بعقوبة. وقال المسؤولون إن قوة من الجيش شنت عملية عسكرية على قرى شمال شرقي بعقوبة تمكنت خلالها من قتل تسعة "
    "مسلحين."
)


def test_a_summary_toll_whose_counts_are_each_told_again_is_no_row() -> None:
    found = _kinds(_SUMMARY + " وأضافوا أن ستة مدنيين قتلوا في انفجار عبوة ناسفة في قضاء المقدادية.")
    assert [t for t, _ in found] == ["Battles", "Explosions/Remote violence"], found


def test_a_summary_toll_with_a_count_told_nowhere_else_stays() -> None:
    found = _kinds(_SUMMARY)
    assert [t for t, _ in found] == ["Battles", "Violence against civilians"], found
