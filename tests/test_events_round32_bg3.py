"""Round 32 (helper bg3): a province of a lead's list of strikes told again by the body at a place inside it.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 32: false
rows on the latest unseen files (helper bg3)"):

- ``rasd.events.merge.list_detail``: a row that is one item of a list of provinces ("غارات جوية على مواقع … في صنعاء
  وحجة ومأرب") folds into the first later row that tells the same kind of act on the same day at another place inside
  that province ("كما قصف معسكرات … في منطقة الصباحة غربي صنعاء"); the later row keeps its place, and takes the list's
  air strikes and their doer where it was read as a shelling with no subject of its own.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TITLE = "أخبار اليمن"
_LIST = "شن طيران التحالف العربي أمس سلسلة غارات جوية على مواقع للمتمردين في صنعاء وحجة ومأرب."


def _strikes(text: str) -> list[dict[str, Any]]:
    return [e for e in rows(text, _TITLE) if e["acled_event_type"] == "Explosions/Remote violence"]


def _places(found: list[dict[str, Any]]) -> list[str | None]:
    return [(e.get("location") or {}).get("name") for e in found]


def test_the_list_s_province_is_the_body_s_strike_at_a_place_inside_it() -> None:
    text = (
        _LIST
        + " وقصف الطيران تجمعات للمتمردين في محافظة حجة."
        + " كما قصف معسكرات تابعة للحرس الجمهوري في منطقة الصباحة غربي صنعاء."
    )
    found = _strikes(text)
    places = _places(found)
    assert "Sanaa" not in places  # the list's Sanaa is the strikes at al-Sabaha
    sabaha = [e for e in found if (e.get("location") or {}).get("name") == "الصباحة"]
    assert len(sabaha) == 1
    # the list names air strikes and the coalition: "كما قصف" has the aircraft as its subject
    assert sabaha[0]["acled_sub_event_type"] == "Air/drone strike"
    assert "Restoring Hope" in str((sabaha[0].get("actor1") or {}).get("name"))
    assert "Hajjah" in places


def test_the_list_s_province_told_again_two_sentences_later() -> None:
    text = (
        "شنت طائرات التحالف العربي أمس سلسلة غارات جوية على مواقع المتمردين في صنعاء وحجة."
        " كما قصفت الطائرات مخازن للأسلحة في منطقة عطان غربي صنعاء."
        " وأوضح المتحدث العسكري أن الطائرات عادت إلى قواعدها بسلام."
    )
    places = _places(_strikes(text))
    assert "Sanaa" not in places
    assert places.count("عطان") == 1 and "Hajjah" in places


def test_a_strike_told_on_another_day_keeps_the_list_s_row() -> None:
    text = (
        "شنت طائرات التحالف العربي أمس سلسلة غارات جوية على مواقع المتمردين في صنعاء وحجة وصعدة."
        " وكانت الطائرات قد قصفت يوم الخميس الماضي مخازن للأسلحة في منطقة عطان غربي صنعاء."
    )
    places = _places(_strikes(text))
    assert "Sanaa" in places and "عطان" in places


def test_a_clash_in_the_province_is_not_the_list_s_strikes() -> None:
    text = (
        "شنت طائرات التحالف العربي أمس سلسلة غارات جوية على مواقع المتمردين في صنعاء وحجة وصعدة."
        " واندلعت أمس اشتباكات عنيفة بين المقاومة والمتمردين في منطقة عطان غربي صنعاء."
    )
    found = rows(text, _TITLE)
    assert "Sanaa" in _places(_strikes(text))
    assert any(e["acled_sub_event_type"] == "Armed clash" for e in found)


def test_a_strike_in_a_province_the_list_does_not_name_stays_its_own() -> None:
    text = (
        "شنت طائرات التحالف العربي أمس سلسلة غارات جوية على مواقع المتمردين في صنعاء وحجة."
        " كما قصفت الطائرات معسكرا للمتمردين في منطقة ذباب بمحافظة تعز."
    )
    places = _places(_strikes(text))
    assert "Sanaa" in places and "Hajjah" in places and "Dhubab" in places


# ----------------------------------------------- a bare word of attack at a region and the bomb of its sentence
_EGYPT = "أخبار مصر"


def test_an_attack_in_sinai_is_the_bomb_its_sentence_tells_at_al_arish() -> None:
    text = (
        "أعلنت وزارة الداخلية المصرية اليوم مقتل ثلاثة من رجال الشرطة في هجوم إرهابي بسيناء، وأوضحت الوزارة في"
        " بيانها أن عبوة ناسفة انفجرت بسيارة للشرطة على الطريق الدولي في مدينة العريش."
    )
    found = rows(text, _EGYPT)
    assert [e["acled_sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"]
    assert (found[0].get("location") or {}).get("name") == "Arish"
    assert (found[0].get("fatalities") or {}).get("value") == 3  # the attack's dead are the bomb's


def test_an_attack_at_a_town_and_a_bomb_at_another_stay_two() -> None:
    text = (
        "قتل ثلاثة من رجال الشرطة اليوم في هجوم مسلح على كمين أمني في مدينة العريش، فيما انفجرت عبوة ناسفة بمدرعة"
        " في مدينة رفح."
    )
    subs = sorted(e["acled_sub_event_type"] for e in rows(text, _EGYPT))
    assert subs == ["Armed clash", "Remote explosive/landmine/IED"]


# ------------------------------------------------------------------ a noun trigger made a priority or a goal
def test_a_capture_named_as_a_priority_is_no_row() -> None:
    text = (
        "وأكد قائد المنطقة العسكرية الرابعة أمس أن استعادة السيطرة على مدينة تعز على رأس أولويات الجيش الوطني"
        " والمقاومة."
    )
    assert [e for e in rows(text, _TITLE) if "territory" in e["acled_sub_event_type"]] == []


def test_a_capture_told_beside_the_priority_of_another_stays() -> None:
    text = (
        "سيطرت المقاومة الشعبية أمس على مدينة الحوطة بعد معارك عنيفة، وقال قائد ميداني إن السيطرة على قاعدة العند"
        " تأتي في مقدمة أولويات المقاومة."
    )
    captures = [e for e in rows(text, _TITLE) if "territory" in e["acled_sub_event_type"]]
    assert len(captures) == 1 and (captures[0].get("date") or {}).get("value") == "2015-08-09"


def test_the_priority_list_is_loaded() -> None:
    from rasd.resources.cues import EVENT_MERGE_CUES
    from rasd.text.normalize import normalize

    assert normalize("على رأس أولويات") in EVENT_MERGE_CUES.normalized("priority_after")


# ------------------------------------------------------------------ a happening told "at that time", long before
def test_a_raid_told_then_after_its_day_in_may_is_no_row_of_the_news_week() -> None:
    text = (
        "سلمت السلطات الأمريكية اليوم أرملة قيادي في التنظيم إلى السلطات العراقية. وكان القيادي قد قتل في 10 مايو في"
        " عملية للقوات الخاصة شرق سوريا. وأعلن البنتاغون حينذاك أن القوات الأمريكية نجحت في مهمتها شرق سوريا بقتلها"
        " الأحد القيادي البارز مع عشرة من مساعديه."
    )
    # "الأحد" is May's Sunday, not the news' (the 9th of August): no row dated in the news' week
    assert [
        e for e in rows(text, "العراق") if str((e.get("date") or {}).get("value") or "").startswith("2015-08")
    ] == []


def test_a_shelling_told_then_of_a_year_long_gone_is_no_row() -> None:
    text = (
        "وفي عام 1990 اجتاحت القوات العراقية الكويت. وأعلنت بغداد آنذاك أن قواتها تمكنت بقصفها الأحد من تدمير مواقع"
        " في مدينة الخفجي السعودية."
    )
    assert rows(text, "السعودية") == []


def test_then_pointing_back_to_yesterday_keeps_the_row() -> None:
    text = (
        "قتل مسلحون ثلاثة جنود أمس في هجوم على حاجز للجيش في مدينة العريش. وأعلن الجيش حينذاك أن قواته ردت على"
        " الهجوم بقتلها الأحد خمسة من المسلحين في العريش."
    )
    found = rows(text, _EGYPT)
    assert found and all((e.get("date") or {}).get("value") == "2015-08-09" for e in found)


def test_the_then_words_are_loaded() -> None:
    from rasd.events.merge.then_past import _THEN

    assert _THEN.search("وأعلن البنتاغون حينذاك أن") and _THEN.search("في ذلك الحين")
    assert not _THEN.search("وكان والده حينها في جدة")  # (حينها: also "then, at once" in the news' own time)
