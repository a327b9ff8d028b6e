"""What befell someone: "X came under attack / fire" (تعرض X لهجوم / لإطلاق نار) — round 21, helper evr3.

The attack nouns after تعرض were read already (the ل after it names what befell its subject, not an aim), but not
when the verb carries its conjunction (وتعرض خط الأنابيب لهجوم، فتعرضت الدورية لإطلاق نار), the way a news
sentence most often opens: the weak noun was then dropped as an aim (لقتال داعش). A shot or an attack after تعرض is
no aim either when it is read as a verbal noun after ل. Fire suffered (تعرضت الدورية لنيران قناصة) is an attack
on the one it befell, read only after تعرض (النيران alone is also a blaze). A verbal attack, a shot by mistake and a
history of attacks stay no row.

Every sentence below was written for these tests.
"""

from __future__ import annotations

from tests.event_checks import rows


def test_a_pipeline_that_came_under_attack_with_its_conjunction_is_a_row() -> None:
    found = rows(
        "وتعرض خط أنابيب الغاز الواصل من إيران لهجوم في ولاية أغري شرقي تركيا يوم الثلاثاء، ما أدى إلى توقف الضخ.",
        "",
        "2015-08-03",
    )
    assert found, "the attack on the pipeline"
    assert found[0]["location"]["admin1"] == "Agri"
    assert found[0]["acled_event_type"] in ("Battles", "Violence against civilians", "Explosions/Remote violence")


def test_a_patrol_that_came_under_fire_with_its_conjunction_is_a_row() -> None:
    found = rows(
        "وأوضح المتحدث أن الدورية كانت تؤدي مهامها في بلدة العوامية بمحافظة القطيف مساء أمس، "
        "فتعرضت لهجوم من مسلحين مجهولين لاذوا بالفرار.",
        "",
        "2015-08-05",
    )
    assert found and found[0]["location"]["admin1"] == "Eastern Province"
    assert found[0]["date"]["value"] == "2015-08-04"


def test_a_verbal_attack_suffered_is_no_row() -> None:
    for text in (
        "وتعرضت الوزيرة لهجوم حاد من نواب المعارضة خلال جلسة البرلمان أمس بسبب قرار رفع الأسعار.",
        "وتعرض المدرب لهجوم إعلامي واسع بعد خسارة الفريق في المباراة الأخيرة.",
    ):
        assert not rows(text, "", "2015-08-05"), text


def test_a_shot_by_mistake_and_a_history_of_attacks_are_no_row() -> None:
    for text in (
        "وأفادت الشرطة أن الطفل تعرض بالخطأ لإطلاق نار أثناء لهوه في حديقة المنزل.",
        "وتعرضت القرى الحدودية لهجمات متكررة خلال السنوات الماضية دفعت سكانها إلى النزوح.",
    ):
        assert not rows(text, "", "2015-08-05"), text


def test_fire_suffered_is_an_attack_on_the_one_it_befell() -> None:
    found = rows(
        "وتعرضت دورية للجيش لنيران قناصة في حي الجمهوري بمدينة تعز مساء أمس، ما أدى إلى إصابة جنديين.", "", "2015-08-02"
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]
    assert found[0]["location"]["admin1"] == "Taizz"
    assert found[0]["date"]["value"] == "2015-08-01"


def test_a_blaze_is_no_fire_suffered() -> None:
    for text in (
        "وأتت النيران على محتويات المنزل بالكامل وتعرض ساكنوه للاختناق قبل وصول فرق الدفاع المدني.",
        "وتعرض المستودع لحريق هائل امتدت نيرانه إلى المحلات المجاورة في حي الصناعية أمس.",
    ):
        assert not rows(text, "", "2015-08-02"), text
