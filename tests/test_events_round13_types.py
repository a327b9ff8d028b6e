"""Round 13b (issue 12, helper ev7): two cue bugs found when the word lists moved to event_cues.yaml, and the
Battles/Explosions confusion of a rocket-propelled shell or machine guns fired by a group at an armed post. Every
sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from rasd.events.coding.subtypes import protest_word
from rasd.events.coding.triggers import _BROKEN_UP
from tests.event_checks import events, rows, subs, types


# ------------------------------------------------------------------------------------------- word boundaries
def test_broken_up_is_read_as_whole_words() -> None:
    for text in ("خرجوا رفضا للقرار", "وهو أفضل حل", "ذكرى الانتفاضة", "هجمات متفرقة", "الفرقة الرابعة", "المحتجزين"):
        assert not _BROKEN_UP.search(text), text
    for text in ("فضت الشرطة الاعتصام", "لفض الاعتصام", "فرقت الشرطة المتظاهرين", "بالغاز المسيل للدموع", "للمحتجين"):
        assert _BROKEN_UP.search(text), text


def test_a_drone_and_a_detainee_are_no_words_of_a_demonstration() -> None:
    for text in ("أسقطت طائرة مسيرة", "قصفت الطائرات المسيرة", "بطائرتين مسيرتين", "أفرج عن المحتجزين"):
        assert not protest_word(text, 0, len(text)), text
    for text in ("خرجت مسيرة حاشدة", "شارك في المسيرة", "يتظاهرون أمام البرلمان", "للمتظاهرين", "والاحتجاجات"):
        assert protest_word(text, 0, len(text)), text


def test_a_ban_told_with_rafdan_is_no_protest_broken_up() -> None:
    text = (
        "أصدرت وزارة الداخلية قرارا بمنع المسيرة التي دعت إليها أحزاب المعارضة في العاصمة عمان رفضا لقانون الانتخابات."
    )
    assert rows(text) == []


def test_a_ban_with_afdal_is_no_protest_but_one_broken_up_is() -> None:
    banned = "قررت السلطات منع التظاهرة في وسط مدينة الدار البيضاء، وقال المنظمون إن القرار أفضل دليل على التضييق."
    assert rows(banned) == []
    held = "قررت السلطات منع التظاهرة في وسط مدينة الدار البيضاء، لكن الشرطة فضت تجمعا للمحتجين واعتقلت عشرة منهم."
    assert subs(held) == ["Protest with intervention"]


def test_a_drone_in_the_sentence_makes_no_killing_of_fighters_force_at_a_protest() -> None:
    text = "قتل ثلاثة مسلحين برصاص قوات الأمن في مدينة درعا بعد أن رصدتهم طائرة مسيرة قرب الحدود."
    assert types(text) == ["Battles"]


def test_a_mob_with_a_drone_overhead_is_no_demonstration() -> None:
    text = "هاجم عشرات الغاضبين منازل في قرية بمحافظة المنيا وأحرقوا بعضها، فيما حلقت طائرة مسيرة فوق القرية."
    assert subs(text) == ["Mob violence"]


# ------------------------------------------------------------------------------------- direct fire on a post
def test_a_rocket_propelled_shell_fired_by_a_group_at_a_checkpoint_is_a_clash() -> None:
    text = "قتل أربعة جنود وأصيب اثنان آخران في محافظة حجة بعد هجوم للمسلحين بقذيفة صاروخية على نقطة تفتيش تابعة للجيش."
    assert subs(text) == ["Armed clash"]


def test_a_rocket_propelled_shell_at_an_armoured_police_car_is_a_clash() -> None:
    text = "أطلق مسلحون قذيفة صاروخية باتجاه سيارة مصفحة تابعة للشرطة في ولاية شرناق، ما أدى إلى مقتل شرطي."
    assert subs(text) == ["Armed clash"]


def test_heavy_machine_guns_at_a_checkpoint_with_mortars_are_a_clash() -> None:
    text = (
        "قتل ثلاثة من عناصر الشرطة أمس بعد استهداف مسلحين حاجزا أمنيا في مدينة درعا بالرشاشات الثقيلة "
        "والمتوسطة، إضافة إلى قذائف الهاون."
    )
    assert subs(text) == ["Armed clash"]


def test_rocket_shells_on_towns_and_mortars_on_a_post_stay_shelling() -> None:
    # no armed target: shells rained on towns are fired from afar; a mortar is no direct-fire weapon
    for text in (
        "أمطرت الفصائل المسلحة بلدة الفوعة في ريف إدلب أمس بالقذائف الصاروخية والمدفعية.",
        "قصفت قوات النظام مواقع المعارضة في حي جوبر أمس بقذائف الهاون.",
        "أطلق مسلحو التنظيم أمس قذائف صاروخية على مواقع الجيش العراقي قرب مدينة بيجي.",  # a salvo, maybe from afar
    ):
        found = events(text)
        assert found and {e["acled_event_type"] for e in found} == {"Explosions/Remote violence"}, text


def test_the_other_cue_regexes_read_whole_words() -> None:
    from rasd.events.coding.status import _HABITUAL
    from rasd.events.coding.subtypes import _SEQUEL_OTHER, _TOLL_OF

    assert _HABITUAL.search("وكثيرا ما تقع ") and _HABITUAL.search("وغالبا ما تشهد المنطقة ")
    assert not _HABITUAL.search("تعمل الفرق على إعادة ما ")  # إعادة holds عادة
    assert _SEQUEL_OTHER.search("في حادث منفصل") and _SEQUEL_OTHER.search("وقصفت الطائرات")
    assert not _SEQUEL_OTHER.search("وسط محادثات بين الطرفين")  # محادثات holds حادث
    assert _TOLL_OF.search("مقتل 11 من التنظيم جراء ")
    assert not _TOLL_OF.search("مقتل عنصر إضافي ")  # إضافي ends with في
