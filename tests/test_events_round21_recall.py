"""Events missed on unseen short articles (round 21, helper evr2; issue 12's recall).

Two constructions that recur in the tuning files and in fresh in-range articles and that rasd did not read:

* an offensive or an infiltration of armed men foiled (أحبطت الشرطة محاولة تسلل لعناصر التنظيم): a clash, as the
  foiling verbs إجهاض and إفشال already were; a plot foiled, smuggling and migrants stopped at a border stay no event;
* fire returned on the source of the shells (ردت المدفعية على مصدر القذائف داخل محافظة صعدة): the replying side's
  strike, its weapon choosing the sub-type (before, only the shells were read, and as what goes on: no row); a
  patrol returning gunfire is its clash, and a reply to words is no event.

Every sentence below was written for these tests.
"""

from __future__ import annotations

from tests.event_checks import events, rows


def test_a_foiled_infiltration_of_armed_men_is_a_clash() -> None:
    found = rows(
        "وأعلنت قيادة الشرطة أمس إحباط محاولة تسلل لعناصر تنظيم داعش إلى مواقعها شرق مدينة الرمادي بمحافظة الأنبار.",
        "",
        "2015-08-02",
    )
    clash = [e for e in found if e["acled_sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["location"]["admin1"] == "Al Anbar"
    assert clash[0]["date"]["value"] == "2015-08-01"


def test_a_foiled_advance_is_a_clash() -> None:
    found = rows(
        "وأحبطت المقاومة الشعبية فجر اليوم محاولة تقدم لميليشيات الحوثي نحو مواقعها في جبهة صرواح بمحافظة مأرب.",
        "",
        "2015-08-02",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]
    assert found[0]["location"]["admin1"] == "Marib"


def test_a_foiled_plot_is_no_clash() -> None:
    for text in (
        "وأعلنت وزارة الداخلية أمس أن الأجهزة الأمنية أحبطت مخططا إرهابيا لعناصر تنظيم داعش في المنطقة الشرقية.",
        "وتمكنت الأجهزة الأمنية في المنطقة الشرقية أمس من إحباط عملية إرهابية لعناصر من التنظيم.",
    ):
        assert not any(e["acled_event_type"] == "Battles" for e in rows(text, "", "2015-08-02")), text


def test_smuggling_and_migrants_stopped_are_no_clash() -> None:
    for text in (
        "وتمكنت قوات الأمن في مرسى مطروح من إحباط محاولة تسلل 60 شخصا إلى ليبيا عبر الدروب الصحراوية أمس.",
        "أحبط رجال الجمارك في منفذ الحديثة أمس محاولة تهريب كمية كبيرة من الحبوب المخدرة.",
    ):
        assert not any(e["acled_event_type"] == "Battles" for e in events(text, "2015-08-02")), text


def test_artillery_returning_fire_into_a_province_is_a_shelling_there() -> None:
    found = rows("وشوهدت المدفعية السعودية مساء أمس وهي ترد على مصدر القذائف في عمق محافظة صعدة.", "", "2015-08-02")
    shelling = [e for e in found if e["acled_sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0]["location"]["admin1"] == "Sadah"
    assert shelling[0]["date"]["value"] == "2015-08-01"


def test_aircraft_returning_fire_is_an_air_strike() -> None:
    found = rows("وردت طائرات الأباتشي مساء أمس على مصادر القذائف في مديرية حرض بمحافظة حجة اليمنية.", "", "2015-08-02")
    assert "Air/drone strike" in [e["acled_sub_event_type"] for e in found]


def test_a_patrol_returning_gunfire_is_its_clash_not_a_shelling() -> None:
    found = rows(
        "تعرضت دورية أمنية لإطلاق نار من مسلحين مجهولين في بلدة العوامية بمحافظة القطيف مساء أمس، وردت الدورية على "
        "مصدر النيران.",
        "",
        "2015-08-02",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]


def test_a_reply_to_words_is_no_event() -> None:
    found = events("وردت وزارة الخارجية أمس على تصريحات المسؤول الإيراني بشأن الأوضاع في محافظة صعدة.", "2015-08-02")
    assert not any(e["acled_event_type"] for e in found)
