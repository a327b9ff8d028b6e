"""Round 20 (helper ty): the right happening under the wrong ACLED type.

A "terrorist" attack or crime condemned with no means told anywhere in its article (الجريمة الإرهابية التي
استهدفت منسوبي قوات الطوارئ، الهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ، التفجيرالإرهابي الذي استهدف مسجدا with
the space lost) is coded by the files as a bombing, not as a clash with the security men it killed nor as an attack on
the worshippers (tune16, tune19, tune23: rasd.events.coding.subtypes._terror_unnamed). A burning, a knife, shots or
gunmen told in the article keep the attack's own type.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _violent(text: str, title: str | None = None) -> list[dict[str, Any]]:
    return [
        e
        for e in rows(text, title)
        if e["acled_event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    ]


def test_a_terrorist_crime_on_security_men_with_no_means_is_a_bombing() -> None:
    title = "الكويت تدين الجريمة الإرهابية التي استهدفت رجال الأمن"
    text = (
        "أدانت دولة الكويت الجريمة الإرهابية التي استهدفت عددا من رجال الأمن في مدينة الطائف أمس وأسفرت عن استشهاد "
        "خمسة منهم، مؤكدة وقوفها إلى جانب المملكة في مواجهة الإرهاب."
    )
    found = _violent(text, title)
    assert len(found) == 1
    assert found[0]["acled_event_type"] == "Explosions/Remote violence"


def test_a_terrorist_attack_on_a_mosque_with_no_means_is_one_bombing() -> None:
    title = "أحزاب أردنية تستنكر الاعتداء على مسجد في الدمام"
    text = (
        "استنكرت أحزاب أردنية الهجوم الذي استهدف مسجدا في مدينة الدمام أمس. وقال رئيس أحد الأحزاب إن الهجوم "
        "الإرهابي الذي استهدف المصلين يهدف إلى زرع الفتنة بين أبناء الوطن الواحد."
    )
    found = _violent(text, title)
    assert len(found) == 1
    assert found[0]["acled_event_type"] == "Explosions/Remote violence"


def test_a_terrorist_attack_told_with_its_gunmen_keeps_its_type() -> None:
    text = (
        "أدانت الحكومة الهجوم الإرهابي الذي استهدف حافلة تقل مدنيين في ولاية بنزرت أمس، وقالت إن مسلحين ملثمين "
        "أطلقوا النار على الركاب فقتلوا أربعة منهم."
    )
    found = _violent(text)
    assert found
    assert all(e["acled_event_type"] != "Explosions/Remote violence" for e in found)


def test_a_terrorist_attack_by_burning_keeps_its_type() -> None:
    text = (
        "نددت الخارجية الأمريكية بالهجوم الإرهابي الذي أدى إلى مقتل رضيع حرقا بعدما أضرم مستوطنون النار في منزل "
        "عائلته في قرية قرب نابلس فجر أمس."
    )
    found = _violent(text)
    assert found
    assert all(e["acled_event_type"] == "Violence against civilians" for e in found)


def test_a_terrorist_act_with_firebombs_keeps_its_type() -> None:
    title = "الأمم المتحدة تطالب بمحاسبة منفذي الهجوم على منزل في قرية بالضفة"
    text = (
        "ندد الأمين العام للأمم المتحدة بمقتل طفل فلسطيني في هجوم على منزل عائلته في الضفة الغربية، ووصف الحادث "
        "بأنه عمل إرهابي. وكان المنزل قد تعرض لهجوم بقنابل حارقة فجر الجمعة."
    )
    found = _violent(text, title)
    assert found
    assert all(e["acled_event_type"] != "Explosions/Remote violence" for e in found)
