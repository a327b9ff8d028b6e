"""Claims, round 43 (helper cl79): recall on unseen articles — the misses left.

1. A participle after a sentence that opens with a verb of an act (ثمن، رحب، أشاد، استقبل، تحدث) whose subject is a
   title with no name the tagger found, far past the opening reach, is that title's, not the speaker of an earlier
   sentence (``before._opening_verb_title``); an opening aside with no comma (من جهته، بدوره) is passed over as with
   one (``before._past_opening_aside``), and "أحد + a group" after the verb is a subject of its own. The title phrase
   is cut where the verb's object opens (``before._title_before_object``).

docs/claims.md, "Round 43: claims recall, the misses left (helper cl79)". Sentences written for the project (none
taken from an article); each test fails at the start tree (d310688c)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _speakers(text: str) -> list[str]:
    return [str(c["speaker"].get("text") or "") for c in claims(text)]


def test_a_participle_far_after_an_act_is_the_title_after_the_opening_verb() -> None:
    text = (
        "قال أمير المنطقة إن الموسم الزراعي كان جيدا. وثمن مدير عام الإدارة العامة للزراعة بالمنطقة دعم أمير "
        "المنطقة المتواصل للمزارعين والجمعيات التعاونية في المحافظات، مشيرا إلى أن المهرجان سيستقبل زوارا من "
        "دول الخليج."
    )
    found = claims(text)
    last = found[-1]
    assert last["marker"]["text"] == "مشيرا", _speakers(text)
    assert last["speaker"]["text"].startswith("مدير عام الإدارة العامة"), _speakers(text)
    assert "دعم" not in last["speaker"]["text"]  # the object is no part of the title
    assert last["speaker"].get("found_by") == "title"
    # the name the tagger found after the opening verb was read before this round and still is
    named = (
        "وقال المدرب إن الفريق جاهز للمباراة. وأعرب اللاعب سعيد العمري عن سعادته بالفوز على المنافس، مشيرا إلى "
        "أن الفريق قدم أداء كبيرا."
    )
    assert _speakers(named)[-1] == "سعيد العمري", _speakers(named)


def test_a_title_phrase_is_cut_where_a_b_object_opens() -> None:
    text = (
        "وقال مدير المستشفى إن الأجهزة وصلت. من جهته رحب مدير صحة المنطقة بمبادرة الجامعة لافتتاح أقسام جديدة في "
        "المستشفيات الطرفية، مؤكدا حاجة المنطقة إلى أطباء متخصصين، مشددا على أن العمل بدأ في قسم القلب."
    )
    found = claims(text)
    speakers = [(c["marker"]["text"], c["speaker"]["text"]) for c in found]
    assert ("مشددا", "مدير صحة المنطقة") in speakers, speakers


def test_a_joined_verb_after_an_aside_with_no_comma_is_the_title_after_the_verb() -> None:
    text = (
        "وقال المتحدث باسم المطار إن الرحلة تأخرت ثلاث ساعات. من جهته قدم مدير خدمة العملاء بالشركة اعتذاره "
        "للمسافرين عن التأخير، وقال إن الشركة ستعوضهم عن الليلة التي قضوها في الفندق."
    )
    found = claims(text)
    assert found[-1]["speaker"]["text"] == "مدير خدمة العملاء", _speakers(text)
    assert found[-1]["speaker"].get("found_by") == "title"


def test_one_of_a_group_after_the_opening_verb_speaks_for_the_participle() -> None:
    text = (
        "وقال مدير الشرطة إن الوضع تحت السيطرة. وخلال الجولة، تحدث أحد أقارب الضحايا في الحادث مخاطبا الوزير، "
        "مشيرا إلى أنه مستعد للتطوع في الدفاع المدني."
    )
    found = claims(text)
    assert found[-1]["speaker"]["text"] == "أحد أقارب الضحايا", _speakers(text)
