"""The patch of ``stages/events.py`` (round 35, helper dh1; /tmp/dh1/events.py.patch): a definite verbal noun that
is the deed of a verb of doing with its doer named (قامت جماعة الحوثي … بالقصف العشوائي على …) is told as done, not
a noun naming the happening told before (``merge.doers.told_as_deed``): it folds into no row of another province.
Every sentence below was written for these tests."""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _rows(text: str) -> list[dict[str, Any]]:
    return rows(text, "تطورات ميدانية في اليمن", "2015-08-10")


_HUDAYDAH = (
    "قال شهود عيان إن مسلحين من المقاومة الشعبية استهدفوا أمس نقطة تفتيش للحوثيين في مديرية الضحي بمحافظة الحديدة "
    "بصاروخ محمول، ما أدى إلى سقوط قتلى وجرحى.\n\n"
)


def test_a_shelling_told_by_a_verb_of_doing_in_another_province_is_a_row_of_its_own() -> None:
    found = _rows(
        _HUDAYDAH + "وفي مدينة تعز، قامت جماعة الحوثي وقوات الرئيس السابق بالقصف العشوائي على منطقة وادي المعسل، "
        "وطالبت السكان بمغادرة منازلهم."
    )
    assert sorted((e.get("location") or {}).get("name") for e in found) == ["Ad Dahi", "Taiz"]


def test_the_shelling_named_again_by_its_noun_stays_one_row() -> None:
    found = _rows(
        "قصفت ميليشيا الحوثي أمس حي الروضة في مدينة تعز بقذائف الهاون، ما أدى إلى مقتل ثلاثة مدنيين.\n\n"
        "وقال سكان إن القصف استمر ساعات وأدى إلى احتراق عدد من المنازل."
    )
    assert len(found) == 1
