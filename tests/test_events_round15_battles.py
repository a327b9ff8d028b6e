"""Round 15 (issue 12, helper ev10): Battles rows made from fighting named in general. A bare word of fighting
(معارك، معركة، مواجهات، قتال، هجمات) that tells no happening of its own — no verb waging it or telling it going on
(دارت، تدور، اندلعت، خاض، صد، أسفرت …), no place after a preposition, no two sides (بين … و …), no dead, wounded or
captives and no day of its own — is fighting named as a topic (a capacity in the battles, an agreement about fighting,
the wounded of a city's battles, the attacks a group carries out): no ACLED row. Such rows were false Battles rows in
ten of the fourteen blind files' first runs and still in four of them at the start of round 15.

Still rows: the same words with a verb that wages them, a place of their own after a preposition, the two sides, a
toll, or a day; and a single attack (هجوم) or a word joined to a deed of its clause (صد الجيش هجوما).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

import pytest

from tests.event_checks import rows


def _battles(text: str) -> list[dict]:
    return [e for e in rows(text) if e["acled_event_type"] == "Battles"]


@pytest.mark.parametrize(
    "text",
    [
        # a capacity or a loss in the battles (no battle told)
        "وأقر وزير الدفاع خلال لقائه قادة الألوية في مدينة حلب بتراجع قدرات الجيش في المعارك.",
        # an agreement or a plan about fighting a group
        "وقال وزير الخارجية التركي للصحفيين في أنقرة أمس إن التفاهم مع واشنطن يقتصر على قتال تنظيم داعش ولا يشمل "
        "دعم الفصائل الكردية في شمال سوريا.",
        # the wounded or dead of a city's battles, named as a campaign (no preposition before the city)
        "وأعلنت وزارة الصحة الأردنية استقبال دفعة جديدة من الجرحى اليمنيين الذين أصيبوا في معارك تعز لتلقي العلاج.",
        # the attacks a group carries out, a habit in a relative clause
        "وأسفرت الحملة عن تدمير مخابئ في رفح التي يستخدمها المسلحون في تنفيذ هجماتهم ضد قوات الأمن.",
    ],
)
def test_fighting_named_in_general_is_no_battles_row(text: str) -> None:
    assert _battles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb that wages the fighting or tells it going on
        "ودارت معارك بين المقاومة الشعبية وميليشيات الحوثي في مديرية الوازعية غربي تعز.",
        "وخاض مقاتلو القبائل أمس الأحد معارك ضد المسلحين في مدينة لودر.",
        "وأفاد سكان أن مواجهات تدور حاليا في حي الجمهوري بمدينة تعز.",
        # a place of its own after a preposition
        "يشارك جنود من العشائر للمرة الأولى في المعارك في محيط مدينة الفلوجة.",
        # spreading, or going on now
        "وقال شهود إن المواجهات مع قوات الشرطة امتدت إلى الشوارع المحيطة بالمسجد في البلدة القديمة بالخليل.",
        "وسقط مزيد من القتلى من الطرفين في المعارك الجارية على أطراف مدينة بيجي.",
        # its other side, then where
        "قتلى من مسلحي التنظيم في معارك مع قوات البيشمركة في سنجار",
        # its own dead
        "قتل سبعة من مسلحي التنظيم في معارك مع قوات البيشمركة قرب قضاء مخمور.",
        # the two sides told
        "وأكد مصدر محلي وقوع مواجهات بين مسلحين قبليين وعناصر من الحوثيين في مديرية أرحب.",
    ],
)
def test_fighting_told_as_a_happening_is_a_battles_row(text: str) -> None:
    assert len(_battles(text)) == 1, rows(text)


def test_one_attack_and_a_repelled_attack_stay_rows() -> None:
    assert _battles("شن مسلحو حركة الشباب أمس هجوما على قاعدة للجيش الصومالي قرب مدينة بيدوا.")
    assert _battles("وأفادت مصادر محلية أن مقاتلي المعارضة تعرضوا لهجوم من عناصر التنظيم في ريف حلب الشمالي.")
    assert _battles("صد الجيش والمقاومة هجوما لميليشيات الحوثي في جبهة الضالع الشمالية.")
