"""Attacks told without a trigger rasd reads on its own (round 16, helper ev14; issue 12, recall on real articles).

The events fresh news tells with no row (docs/events.md, "Round 16: rows judged on fresh news (helper fp5)" and
"Round 16: attacks and explosions told without a trigger (helper ev14)") were read as shapes over the tune files, the
sentence batches and rowjudge2/rowjudge3. The rule kept here, checked on sentences written for rasd (none copied from a
corpus), each given alone as the sentence bench gives it:

- a bare attack word (هجوم، هجمات) told with the armed post it struck after على (هجوم شنه مسلحون على
  حاجز للجيش) or as the object of a verb that repelled or foiled it, a few words back (صدت المقاومة في مأرب
  عدة هجمات) is a happening: an armed clash, as is an attack told failed (بفشل هجوم). subtypes._on_post and
  subtypes._repelled; lists attacked_posts, not_posts_after, repelling_verbs, not_repelled_between in
  event_cues.yaml. Not a web site (موقع إلكتروني), not a gathering (تجمع: as often civilians), not a plan
  (مخطط هجوم) nor a plot (هجوما كان يعتزم تنفيذه), not "any" attack (صد أي هجوم), not an aim (لصد).
"""

from __future__ import annotations

from tests.test_events_round14_assaults import told

CLASH = ("Battles", "Armed clash")


# --------------------------------------------------------------------- an attack on an armed post
def test_attack_launched_on_a_post_of_fighters_is_a_clash() -> None:
    sentence = "وقتل ثلاثة من المسلحين الحوثيين في هجوم نفذه رجال القبائل أمس على نقطة لهم قرب مدينة البيضاء."
    assert CLASH in told(sentence)


def test_attacks_launched_on_positions_after_a_repelling_verb_is_a_clash() -> None:
    sentence = "وصدت قوات الجيش في محافظة الجوف، شمال اليمن، عدة هجمات شنها المتمردون على مواقعها في جبهة الحزم."
    assert CLASH in told(sentence)


def test_attack_on_a_checkpoint_with_the_attackers_named_is_a_clash() -> None:
    sentence = "وقال مصدر أمني إن شرطيين أصيبا في هجوم شنه ملثمون ليل الثلاثاء على حاجز أمني عند مدخل البلدة."
    assert CLASH in told(sentence)


# --------------------------------------------------------------------- an attack foiled or repelled
def test_foiled_attempts_of_attack_are_a_clash() -> None:
    told_ = told("وأحبطت قوات حرس الحدود فجر اليوم محاولات هجوم فاشلة لمسلحين قادمين من الجانب الآخر من الحدود.")
    assert CLASH in told_


def test_repelled_attacks_far_from_the_verb_are_a_clash() -> None:
    assert CLASH in told("تصدت وحدات الجيش الليلة الماضية في ريف حماة لعدة هجمات متتالية للفصائل المسلحة.")


def test_an_attack_told_failed_is_a_clash() -> None:
    assert CLASH in told("وأفاد ناشطون بفشل هجوم شنته القوات النظامية أمس على بلدة خان الشيح في ريف دمشق.")


# --------------------------------------------------------------------- what stays no event
def test_an_attack_on_a_gathering_is_not_made_a_clash_by_the_post_rule() -> None:
    assert CLASH not in told("وندد الاتحاد بالهجوم الدامي على تجمع لطلاب جامعيين في المدينة الأسبوع الماضي.")


def test_an_attack_on_web_sites_is_no_clash() -> None:
    assert CLASH not in told("وتعرضت الوزارة أمس لهجمات على مواقع إلكترونية تابعة لها نفذها قراصنة مجهولون.")


def test_a_foiled_plan_or_any_attack_is_not_made_a_clash_by_the_verb() -> None:
    assert CLASH not in told("وقال الوزير إن الأجهزة الأمنية أحبطت مخطط هجوم كان يعد له شخصان في العاصمة.")
    assert CLASH not in told("وتعهد المسؤول بأن بلاده مستعدة لصد أي هجوم قد تتعرض له في المستقبل.")
    assert CLASH not in told("وقالت الصحيفة إن الأجهزة الأمنية أحبطت أمس هجوما كان الشاب يعتزم تنفيذه بحزام ناسف.")


def test_an_attack_word_in_a_football_report_stays_no_event() -> None:
    assert told("وشن لاعبو الفريق هجمات متتالية على مرمى الضيوف في الشوط الثاني دون أن ينجحوا في التسجيل.") == []
