"""Round 13 (issue 12, helper fp3): false rows that recur across the blind files' first runs. The largest class still
made is one happening rowed twice; the rules here fold such pairs by the article's structure:

- one count of dead in the text read by two rows of two sentences is the happening of the row whose sentence tells
  it (``merge.toll_owner``), when the places meet (one holds the other, or two points of one province a few
  kilometres apart); two strikes at two towns of a province stay two;
- a headline and the lead that tell the same exact count of dead with one sub-type are one happening, at the lead's
  place (``merge.lead_count``);
- a row placed only in a region ("في شمال سوريا") and the strikes named again with the article in the next sentence
  at a town inside it are one (``merge._coarse_over``);
- a night told past its midnight ("بعد منتصف ليل أمس") dates the next day (``dates.past_midnight``);
- strikes named by a present-tense clause of waging them after an indefinite noun ("بمساندة ضربات جوية يشنها
  التحالف") are a campaign described, not a row, unless an ordinal singles one out or it has its dead
  (``merge.campaign``).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _brief(found: list[dict[str, Any]]) -> list[tuple[str, str | None, int | None]]:
    out = []
    for e in found:
        fat = e.get("fatalities")
        value = fat.get("value") if isinstance(fat, dict) else fat
        out.append((e["acled_sub_event_type"], (e.get("location") or {}).get("admin1"), value))
    return out


# ------------------------------------------------------------------------------------------------ one toll
def test_a_toll_read_by_a_strike_of_another_sentence_stays_with_its_own_strike() -> None:
    text = (
        "شنت طائرات التحالف فجر اليوم نحو عشر غارات على مواقع المتمردين في حي التواهي وفي الضواحي الشمالية لمدينة "
        "عدن. وذكرت مصادر عسكرية أن سبعة متمردين قتلوا ليلا في غارة جوية على خور المكسر في وسط عدن بينما تستمر "
        "المعارك حول حي كريتر."
    )
    found = rows(text)
    assert len(found) == 2
    tolls = [v for _, _, v in _brief(found)]
    assert sorted(v or 0 for v in tolls) == [0, 7]  # the seven dead told once, on the strike that killed them
    assert next(e for e in found if _brief([e])[0][2] == 7)["location"]["name"] == "Khawr Maksar"


def test_two_strikes_at_two_towns_of_a_province_stay_two() -> None:
    text = (
        "شن طيران التحالف غارة جوية أمس على مبنى قيادة اللواء في مديرية بيحان بمحافظة شبوة. وشنت مقاتلات التحالف "
        "غارة جوية على الطريق العام بين مديرية عسيلان ومديرية بيحان وقتلت القيادي الحوثي أبو علي و20 من مرافقيه."
    )
    assert [e["location"]["name"] for e in rows(text)] == ["Bayhan", "'Usaylan"]


# ------------------------------------------------------------------------------------------------ headline count
_LINK = "رابط الخبر بصحيفة الوئام: "
_TITLE = "مقتل 19 من عناصر داعش باشتباكات متفرقة غربي بغداد"


def test_the_headlines_count_told_again_by_the_lead_is_one_clash_at_the_leads_place() -> None:
    body = (
        "أفادت مصادر في الجيش العراقي اليوم الأربعاء أن 19 من عناصر تنظيم داعش قتلوا في اشتباكات متفرقة مع القوات "
        "العراقية في مناطق من محافظة الأنبار. وقالت المصادر إن قوة عسكرية هاجمت وكرا للتنظيم قرب ناحية البغدادي. "
    )
    found = rows(body + _LINK + _TITLE, title=_TITLE, published="2015-07-22")
    assert _brief(found) == [("Armed clash", "Al Anbar", 19)]


def test_a_headline_count_the_lead_does_not_tell_stays_apart() -> None:
    body = (
        "أفادت مصادر في الجيش العراقي اليوم الأربعاء أن 7 من عناصر تنظيم داعش قتلوا في اشتباكات مع القوات العراقية "
        "في مناطق من محافظة الأنبار. وقالت المصادر إن قوة عسكرية هاجمت وكرا للتنظيم قرب ناحية البغدادي. "
    )
    found = rows(body + _LINK + _TITLE, title=_TITLE, published="2015-07-22")
    assert sorted(v for _, _, v in _brief(found)) == [7, 19]


# ------------------------------------------------------------------------------------------------ region, then the town
def test_strikes_named_again_in_the_next_sentence_at_a_town_of_the_region_are_those_strikes() -> None:
    text = (
        "نفذ التحالف الدولي اليوم الجمعة غارات جوية على جسرين في محافظة دير الزور شرق سوريا. وعلى صعيد متصل قال "
        "المرصد إن طائرات حربية للتحالف قصفت مواقع لجبهة النصرة في شمال سوريا اليوم. وذكر المرصد أن الغارات الجوية "
        "قصفت مواقع للجبهة قرب بلدة أعزاز شمال حلب."
    )
    found = rows(text, published="2015-07-31")
    told = {
        e["location"]["name"]: {text[m["trigger"]["start"] : m["trigger"]["end"]] for m in e["mentions"]} for e in found
    }
    assert set(told) == {"Deir ez Zor", "I'zaz"}
    assert told["Deir ez Zor"] == {"غارات جوية"}  # the region's strikes are the ones told next at I'zaz
    assert "قصفت" in told["I'zaz"]


# ------------------------------------------------------------------------------------------------ past midnight
def _day(text: str, published: str) -> list[str | None]:
    return [(e.get("date") or {}).get("value") for e in rows(text, published=published)]


def test_past_midnight_of_last_night_is_today() -> None:
    text = "قال المرصد إن طائرات التحالف قصفت جسرا في ريف دير الزور بعد منتصف ليل أمس."
    assert _day(text, "2015-07-31") == ["2015-07-31"]


def test_last_night_alone_is_yesterday() -> None:
    text = "قال المرصد إن طائرات التحالف قصفت جسرا في ريف دير الزور ليل أمس."
    assert _day(text, "2015-07-31") == ["2015-07-30"]


def test_past_midnight_of_a_named_night_is_the_next_day() -> None:
    text = "شن الطيران الحربي بعد منتصف ليل الثلاثاء غارات على مواقع المسلحين في مدينة جسر الشغور."
    assert _day(text, "2015-08-06") == ["2015-08-05"]


def test_past_midnight_never_dates_after_the_report() -> None:
    text = "شن الطيران الحربي بعد منتصف الليلة غارات على مواقع المسلحين في مدينة جسر الشغور."
    assert all(d is None or d <= "2015-08-06" for d in _day(text, "2015-08-06"))


# ------------------------------------------------------------------------------------------------ a campaign described
def _kinds(text: str) -> list[tuple[str, str, bool]]:
    return [(e["acled_sub_event_type"], e["granularity"], e["acled_row"]) for e in events(text)]


def test_strikes_named_by_a_present_tense_clause_after_an_indefinite_noun_are_a_campaign() -> None:
    text = (
        "سيطر مقاتلون قبليون موالون للحكومة على أربع مناطق في محافظة إب اليوم الاثنين بمساندة ضربات جوية يشنها "
        "التحالف العربي."
    )
    assert ("Air/drone strike", "ongoing", False) in _kinds(text)
    assert ("Non-state actor overtakes territory", "discrete", True) in _kinds(text)
    text = "تشهد شبه جزيرة سيناء هجمات يشنها متشددون على مواقع الجيش."
    assert all(not row for _, _, row in _kinds(text))


def test_an_attack_singled_out_or_with_its_dead_is_no_campaign() -> None:
    text = "قتل عشرون شرطيا أمس في أول هجوم كبير يشنه المتمردون على مركز للشرطة في ولاية قندهار."
    assert any(row for _, _, row in _kinds(text))
    text = "قتل خمسة مدنيين في ضربات جوية يشنها التحالف على بلدة في ريف إدلب."
    assert ("Air/drone strike", "discrete", True) in _kinds(text)
