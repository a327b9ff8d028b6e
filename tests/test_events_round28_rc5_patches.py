"""Round 28 (helper rc5), with its patches to ``events/actors.py`` and ``stages/events.py``.

actors: people named as the report's source (وقال سكان محليون إن …) are no civilian target (actor2) of a killing of
armed men, so the killing is read as the armed clash it is (tune35: "أشار سكان محليون … إلى أن العشرات من مسلحي
التمرد قتلوا"). stages: a bare fighting noun told as going on at a named place (المعارك لا تزال مستمرة في مديرية
صرواح: ``background.fighting_going_on``, which keeps it discrete) is no fighting in general (``general_fighting``):
ruling 2's clash of the report's day. Sentences written for rasd."""

from __future__ import annotations

from tests.event_checks import rows


def test_armed_men_killed_told_by_residents_is_a_clash() -> None:
    out = rows(
        "وقال سكان محليون في المدينة إن العشرات من مسلحي الحوثي قتلوا أثناء محاولتهم الفرار من مديرية المسيمير "
        "بمحافظة لحج."
    )
    clashes = [e for e in out if e["acled_sub_event_type"] == "Armed clash"]
    assert clashes, out
    assert not any((e.get("actor2") or {}).get("inter") == 7 for e in clashes), out


def test_residents_killed_are_still_civilians() -> None:
    out = rows("وقال سكان إن مسلحين قتلوا ثلاثة من السكان في قرية قرب مدينة تعز.")
    assert [e for e in out if e["acled_sub_event_type"] == "Attack"], out


def test_fighting_still_going_on_in_a_district_is_a_clash() -> None:
    out = rows("وقال المتحدث باسم المقاومة إن المعارك لا تزال مستمرة في مديرية صرواح بمحافظة مأرب.")
    assert {(e.get("location") or {}).get("admin1") for e in out if e["acled_sub_event_type"] == "Armed clash"} == {
        "Marib"
    }, out


def test_fighting_still_going_on_in_a_country_is_no_row() -> None:
    out = rows("وقال المحلل إن المعارك لا تزال مستمرة في اليمن منذ أشهر.")
    assert not [e for e in out if e["acled_sub_event_type"] == "Armed clash"], out
