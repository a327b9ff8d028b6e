"""Round 28 (helper pl14): which place of the text is the event's own, on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 28: the
event's own place against a borrowed one (helper pl14)"):

* when two mentions of one happening are merged, a place found nearer to the happening (its own clause, then its
  sentence or paragraph, then the headline, lead or dateline) is kept against, and replaces, a place found farther
  away in another province or country, whatever their precisions (``events.place_roles.own_place_stands``,
  ``own_place_wins``, read by ``events.merge.happening.absorb``): the dateline's Riyadh or the preachers' town no
  longer carry a bombing their sentence places in Asir;
* the place of the locative phrase right after the trigger (في or a fused ب, a kind word maybe between) is the event's
  when the clause's ranking chose a place of another province, a frame before the trigger or an aim after it
  (``events.place_roles.trigger_locative``, ``ar/place_cues.yaml`` ``trigger_locative_words``); a weak word (مواجهات)
  keeps the ranked place when the locative one has no point, since it keeps a row only at a local place;
* a place across two dots or an ellipsis from the trigger, in another item of a headline, gives way to one on the
  trigger's side (``events.place_roles.across_item_break``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from rasd.events.place_roles import across_item_break
from rasd.geo.recognize.words import TRIGGER_LOCATIVE_WORDS
from tests.event_checks import rows


def _places(out: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(e["acled_sub_event_type"], (e.get("location") or {}).get("admin1")) for e in out]


# ---------------------------------------------------------------- a borrowed place against the event's own
def test_a_dateline_city_does_not_carry_a_bombing_its_clause_places_in_another_province() -> None:
    out = rows(
        "سامي القحطاني- سبق- الرياض: أكد رئيس الهيئة أن القضاء سيقف بحزم في وجه كل من يثبت تورطه في مثل هذه "
        "الأعمال الإجرامية الدنيئة. وقد أدان رئيس الهيئة العمل الإرهابي الآثم، الذي استهدف مسجدا في مقر قوات "
        "الطوارئ الخاصة بمنطقة عسير أثناء أداء صلاة الظهر اليوم، ونتج عنه استشهاد عدد من منسوبي القوات وإصابة "
        "آخرين. وقال رئيس الهيئة إن استهداف رجال الأمن وفي بيت من بيوت الله فعل مجرم لا يقره دين ولا عقل. وأضاف "
        "أن هذه الفئة الضالة خرجت لتقتل المصلين الركع السجود.",
        title="رئيس الهيئة: القضاء سيقف في وجه المفسدين",
    )
    assert [a for _, a in _places(out)] == ["Asir"], out


def test_the_condemning_preachers_town_does_not_carry_the_bombing_they_condemn() -> None:
    out = rows(
        "استنكر أئمة المساجد والجوامع بمحافظة ينبع، أمس، التفجير الآثم الذي وقع في مسجد قوات الطوارئ الخاصة "
        "بمنطقة عسير يوم الخميس، واستهدف رجال الأمن أثناء الصلاة، مؤكدين أن التفجير الآثم يهدف إلى زعزعة الأمن في "
        "هذا البلد وتفريق أبنائه.",
        title="تفجير مسجد طوارئ عسير يستهدف وحدة الوطن",
    )
    where = [a for sub, a in _places(out) if sub.startswith("Remote explosive")]
    assert where == ["Asir"], out


# ---------------------------------------------------------------- the locative phrase of the trigger
def test_a_capture_in_a_province_is_not_placed_at_the_capital_named_as_its_aim() -> None:
    out = rows(
        "أفاد سكان بأن مسلحين من القبائل المناهضة للحوثيين سيطروا على أربع مناطق في محافظة إب أمس الأحد الأمر الذي "
        "يضع المقاومة على مقربة من معقل الجماعة في العاصمة صنعاء."
    )
    assert _places(out) == [("Government regains territory", "Ibb")], out


def test_a_capture_told_with_the_country_first_keeps_its_province() -> None:
    out = rows(
        "قال مسؤولون محليون إن مسلحين موالين للحكومة في اليمن سيطروا على خمس مناطق في محافظة إب أمس الأحد الأمر "
        "الذي يقرب المقاومة من معقل الحوثيين في العاصمة صنعاء."
    )
    assert [a for _, a in _places(out)] == ["Ibb"], out


def test_a_weak_word_keeps_its_row_when_its_district_has_no_point() -> None:
    # trap: the district (Arhab, Sanaa governorate) has no point of its own; "مواجهات" keeps a row only at a local
    # place, so the ranked town stays rather than the row being lost
    out = rows(
        "وفي العاصمة صنعاء قتل أربعة مسلحين حوثيين في مواجهات اندلعت مع رجال القبائل في منطقة بيت الأحمر بمديرية "
        "أرحب شمال العاصمة."
    )
    assert [sub for sub, _ in _places(out)] == ["Armed clash"], out


def test_a_capture_and_its_aim_in_one_city_keep_the_city() -> None:
    # trap: the frame and the locative lie in one province; nothing moves
    out = rows(
        "قال مسؤولون محليون إن مقاتلي المقاومة سيطروا على مواقع عسكرية في مدينة تعز أمس الأحد الأمر الذي يقربهم من "
        "القصر الجمهوري في المدينة."
    )
    assert [a for _, a in _places(out)] == ["Taizz"], out


def test_the_locative_words_are_read_from_the_cue_file() -> None:
    assert {"في", "داخل"} <= TRIGGER_LOCATIVE_WORDS


# ---------------------------------------------------------------- another item of a headline
def _span(text: str, word: str) -> SimpleNamespace:
    start = text.index(word)
    return SimpleNamespace(start=start, end=start + len(word))


def test_a_place_across_two_dots_is_of_another_headline_item() -> None:
    text = "المقاومة الشعبية تستعيد قاعدة العند.. والقوات الخليجية تؤمن عدن"
    ctx = SimpleNamespace(doc=SimpleNamespace(text=text))
    cand = _span(text, "تستعيد")
    assert across_item_break(ctx, cand, _span(text, "عدن"))  # type: ignore[arg-type]
    assert not across_item_break(ctx, cand, _span(text, "العند"))  # type: ignore[arg-type]
    text = "سوريا… قتلى وجرحى في سقوط صاروخ على حلب"
    ctx = SimpleNamespace(doc=SimpleNamespace(text=text))
    cand = _span(text, "سقوط")
    assert across_item_break(ctx, cand, _span(text, "سوريا"))  # type: ignore[arg-type]
    assert not across_item_break(ctx, cand, _span(text, "حلب"))  # type: ignore[arg-type]
