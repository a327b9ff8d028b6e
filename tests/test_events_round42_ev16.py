"""Round 42, helper ev16: the blind files' errors traced to status and background judgments.

* A verbal noun joined by و to the chain a future verb governs shares its future (``status._future_governed``,
  ``_conjunct``): "سيتقدم الجيش … نحو مدينة الحديدة وفرض طوق عليها وتحريرها" is a plan, not a capture, even when the
  future verb stands more than ten words back.
* The strikes told as the support of a capture the date step already left with no day (the pluperfect at the
  sentence's head: "وكانت القوات الحكومية استعادت مدينة عدن … بدعم من الغارات") are background with it
  (``merge.past_capture._undated_past``).
* An arrest or an abduction told after "ممن" (of those who) with no day in its clause describes people by what
  befell them before ("نقلوا عشرات المحتجزين ممن تم اعتقالهم في نقاط التفتيش"): no happening of a day
  (``general_state.described_detainees``, granularity ongoing).

Sentences written for these tests.
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in rows(text))


def test_a_capture_noun_joined_to_a_future_verbs_chain_is_a_plan() -> None:
    text = (
        "وقال القائد العسكري إنه في حال صدرت الأوامر سيتقدم الجيش الوطني مدعوما بمقاتلي القبائل نحو مدينة الحديدة "
        "مباشرة وفرض طوق عليها وتحريرها من المسلحين الحوثيين."
    )
    assert _subs(text) == []


def test_a_capture_noun_joined_to_a_past_verbs_chain_stays_a_capture() -> None:
    # the chain's verb is past: the capture is told as done (passes before and after the change)
    text = (
        "وتقدمت قوات الجيش الوطني مدعومة بمقاتلي القبائل أمس نحو مدينة الحديدة وتمكنت من فرض طوق عليها وتحريرها من "
        "المسلحين الحوثيين."
    )
    assert "Government regains territory" in _subs(text)


def test_strikes_supporting_an_undated_pluperfect_capture_are_background() -> None:
    text = (
        "وصل وزير الداخلية اليمني أمس إلى مدينة عدن على رأس وفد حكومي لتفقد الأوضاع الأمنية في المدينة. وكانت القوات "
        "الحكومية استعادت مدينة عدن من المسلحين الحوثيين بدعم من الغارات الجوية للتحالف العربي."
    )
    assert _subs(text) == []


def test_strikes_supporting_a_capture_of_yesterday_stay_rows() -> None:
    # the capture has a day of its own: it is the news, and so are its strikes (passes before and after the change)
    text = (
        "وصل وزير الداخلية اليمني أمس إلى مدينة عدن. وكانت القوات الحكومية استعادت أمس مدينة زنجبار من المسلحين "
        "الحوثيين بدعم من الغارات الجوية للتحالف العربي."
    )
    assert _subs(text) == ["Air/drone strike", "Government regains territory"]


def test_detainees_described_by_their_arrest_are_no_row() -> None:
    text = "وذكر شهود أن الحراس نقلوا عشرات المحتجزين ممن تم اعتقالهم في نقاط التفتيش إلى سجن بمدينة ذمار."
    assert _subs(text) == []


def test_an_arrest_told_with_its_day_stays_a_row() -> None:
    # a plain arrest with its day (passes before and after the change)
    assert _subs("واعتقلت قوات الأمن أمس عشرة مطلوبين في مدينة الموصل.") == ["Arrests"]
