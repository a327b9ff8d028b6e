"""Two happenings the text tells apart in one sentence stay two rows (round 16b, helper mg4; issue 12, recall).

The gold events rasd finds when their sentence is given alone but loses in the article (docs/events.md, "Round 16b:
two happenings, two rows (helper mg4)") were traced to the merge step that took them. The class kept here is a second
act the sentence itself sets apart by a word between the two triggers:

- a separate place or incident (في مكان منفصل، في حادث آخر، في هجوم منفصل): the two acts are two happenings, whatever
  their kind;
- a reply or response (ردوا بـ، ردت، ردا على، في المقابل) by acts of another kind: an air strike and the rockets that
  answered it are two rows. A reply of the same kind is left to the other steps (an attack on a post and the fire
  that answered it is one clash: mg3's class, one happening told twice).

merge.clauses.told_apart, read by merge_clause, merge_sentence and retold.told_again. Every sentence below was
written for this test (none copied from a corpus), each given alone as the sentence bench gives it.
"""

from __future__ import annotations

from tests.test_events_round14_assaults import told

CLASH = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


# --------------------------------------------------------------------- a reply by acts of another kind
def test_rockets_fired_in_reply_to_an_air_raid_are_a_second_row() -> None:
    told_ = told(
        "وقال المرصد إن الطيران الحربي قصف أحياء في مدينة دوما أمس وإن مقاتلي المعارضة ردوا بإطلاق الصواريخ "
        "وقذائف الهاون على بلدتين قرب مدينة حماة."
    )
    assert AIR in told_
    assert SHELLING in told_


def test_shells_fired_in_response_after_a_strike_are_a_second_row() -> None:
    told_ = told(
        "وشنت طائرات حربية غارات على مواقع المسلحين شرق المدينة، وفي المقابل سقطت قذائف هاون أطلقها المسلحون "
        "على حي سكني في وسطها."
    )
    assert AIR in told_
    assert SHELLING in told_


# --------------------------------------------------------------------- a separate place or incident
def test_fighters_killed_in_a_separate_place_are_a_second_clash() -> None:
    told_ = told(
        "وقتلت قوات الجيش 12 مسلحا خلال اشتباكات في قرية البوعيثة شمال الرمادي، فيما تمكنت قوة أخرى في مكان "
        "منفصل من قتل خمسة مسلحين في اشتباكات مسلحة جنوب المدينة."
    )
    assert told_.count(CLASH) == 2


# --------------------------------------------------------------------- what stays one row
def test_fire_returned_by_the_attacked_post_is_one_clash() -> None:
    told_ = told("وهاجم مسلحون مجهولون حاجزا للجيش قرب مدينة العريش وردت القوات بإطلاق النار عليهم فقتلت اثنين منهم.")
    assert told_.count(CLASH) == 1


def test_a_strike_and_its_toll_without_a_word_between_are_one_row() -> None:
    told_ = told("وقتل سبعة مسلحين في غارة جوية شنتها طائرات التحالف على مخزن للأسلحة في مدينة صعدة فجر اليوم.")
    assert told_.count(AIR) == 1
