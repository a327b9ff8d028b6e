"""Round 24 (helper ac11): actor1 on unseen short articles.

Two classes read on round 23's blind tune32 (released unseen), the older blind files and fresh in-range short articles:

- Yemen's sides named in forms the actor lexicon lacked: the Houthis by their forces, fighters, units or the adjective
  (قوات الحوثي، مقاتلو الحوثي، الميليشيا الحوثية، العناصر الحوثية، القوات الحوثية، مليشيات الحوثي وصالح) and the
  government's forces with the president named in full (القوات الموالية للرئيس اليمني عبد ربه منصور هادي). Unread,
  the deed fell to an unnamed armed group, to Iran's army (القوات الحوثية الموالية لإيران) or to the side driven out.
- A side named inside the relative clause of another side before the trigger (التحالف العربي الذي يقاتل قوات
  الحوثي، قوات المقاومة التي تقاتل الحوثيين): what the relative verb tells of the side before it, never the doer of
  the trigger's deed; a relative verb with an object pronoun (الذي تقوده السعودية، الذي شنته) keeps its subject.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

HOUTHI_2015 = "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"
HADI_2015 = "Military Forces of Yemen (2012-)"


def _actor1(text: str, kind: str, published: str = "2015-08-10") -> list[str | None]:
    found: list[dict[str, Any]] = [e for e in rows(text, None, published) if e["acled_sub_event_type"] == kind]
    return [(e.get("actor1") or {}).get("name") for e in found]


def test_houthi_forces_named_by_their_forces_attack() -> None:
    text = "وقال مصدر في المقاومة إن قوات الحوثي هاجمت مواقع المقاومة الشعبية في مدينة تعز فجر اليوم الاثنين."
    assert _actor1(text, "Armed clash") == [HOUTHI_2015]


def test_houthi_militia_in_the_adjective_form_attack() -> None:
    text = "وشنت الميليشيا الحوثية هجوما على مواقع الجيش الوطني في مديرية صرواح غرب مأرب اليوم الاثنين."
    assert _actor1(text, "Armed clash") == [HOUTHI_2015]


def test_houthi_elements_shell_a_town() -> None:
    text = "وقصفت العناصر الحوثية بقذائف الهاون أحياء سكنية في مدينة الضالع مساء أمس الأحد."
    assert _actor1(text, "Shelling/artillery/missile attack") == [HOUTHI_2015]


def test_government_forces_named_with_the_president_in_full_take_a_town() -> None:
    # unread before: the capture fell to an unnamed armed group, typed as a non-state actor's
    text = (
        "وسيطرت القوات الموالية للرئيس عبد ربه منصور هادي على مدينة زنجبار عاصمة محافظة أبين اليوم الاثنين بعد "
        "معارك مع مسلحي الحوثي."
    )
    assert _actor1(text, "Government regains territory") == [HADI_2015]


def test_government_forces_named_in_full_are_not_the_side_they_drove_out() -> None:
    text = (
        "واستعادت القوات الموالية للرئيس اليمني عبد ربه منصور هادي قاعدة العند الجوية في محافظة لحج اليوم الاثنين "
        "بعد أن طردت الحوثيين منها."
    )
    assert _actor1(text, "Government regains territory") == [HADI_2015]


def test_the_side_in_a_relative_clause_before_a_capture_is_not_its_doer() -> None:
    text = "وقال سكان إن المقاومة الشعبية التي تحارب الحوثيين استعادت مدينة الحوطة عاصمة محافظة لحج اليوم الاثنين."
    assert _actor1(text, "Government regains territory") == ["Popular Resistance"]


def test_the_side_in_a_relative_clause_before_shelling_is_not_its_doer() -> None:
    text = "وقالت مصادر إن القوات الحكومية التي تقاتل المتمردين الحوثيين قصفت مواقعهم في مدينة تعز اليوم الاثنين."
    assert _actor1(text, "Shelling/artillery/missile attack") == [HADI_2015]


def test_a_relative_verb_with_its_object_pronoun_keeps_its_subject() -> None:
    # trap: "الذي تقوده السعودية" names the coalition's leader, and the coalition still struck
    text = "وشنت طائرات التحالف الذي تقوده السعودية غارات على مواقع الحوثيين في مدينة صعدة فجر اليوم الاثنين."
    assert _actor1(text, "Air/drone strike") == ["Operation Restoring Hope"]


def test_houthi_forces_in_a_demand_make_no_row() -> None:
    # trap: the forces named in a demand, no deed told
    text = "وطالبت الحكومة اليمنية بانسحاب قوات الحوثي من المدن التي تسيطر عليها وتسليم الأسلحة الثقيلة."
    assert rows(text) == []
