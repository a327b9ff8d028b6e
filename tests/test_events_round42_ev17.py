"""Round 42, helper ev17: one event per happening — the extra rows beside a matched one.

* A turn of side or level (من جهة أخرى، على صعيد آخر) leaves the paragraph before, not the headline's or the lead's
  summary: the air strike the lead sums up and a sentence after such a turn tells in detail, at one place and day, is
  one row (``merge.happening.turned``, cues ``TOPIC_TURN`` and ``LEAD_TOLD`` of ``merge.clauses.merge_sentence``).
* Not for a turn of matter (في حادث منفصل), nor for other kinds of act: a guard wounded by a shell after the lead's
  guard killed by one is an incident of its own.

Sentences written for these tests.
"""

from __future__ import annotations

from tests.event_checks import rows

_LEAD = (
    "قالت مصادر قبلية إن عشرات المسلحين الحوثيين سقطوا بين قتيل وجريح في معارك بمدينة تعز، كما استهدفت مقاتلات "
    "التحالف أمس بعدة ضربات مواقعهم في محافظة إب.\n"
    "وبينت المصادر أن المعارك اندلعت في أحياء متفرقة من المدينة وأسفرت عن مقتل تسعة من المسلحين.\n"
)
_TITLE = "عشرات القتلى من الحوثيين في معارك تعز وضربات للتحالف في إب"


def _subs(text: str, title: str | None = _TITLE) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in rows(text, title=title))


def test_the_leads_air_strike_told_again_after_a_turn_is_one_row() -> None:
    text = _LEAD + (
        "وعلى صعيد آخر، قصفت طائرات التحالف أمس معسكرا تابعا لقوات الأمن الخاصة في محافظة إب ودمرت مخازن ذخيرة فيه "
        "وقتلت عددا من حراسه."
    )
    assert _subs(text).count("Air/drone strike") == 1


def test_the_leads_air_strike_told_again_after_another_side_is_one_row() -> None:
    text = _LEAD + (
        "من جهة أخرى، قال متحدث باسم التحالف إن طائراته قصفت أمس مواقع للمسلحين الحوثيين في محافظة إب ودمرت مخازن "
        "للأسلحة."
    )
    assert _subs(text).count("Air/drone strike") == 1


def test_an_air_strike_told_as_a_separate_incident_stays_its_own_row() -> None:
    # a turn of matter: another incident by the text's own word (passes before and after the change)
    text = _LEAD + (
        "وفي حادث منفصل، قتل خمسة مسلحين في غارة جوية لطيران التحالف العربي استهدفت سيارتهم في محافظة إب أمس."
    )
    assert _subs(text).count("Air/drone strike") == 2


def test_a_shelling_after_a_turn_beside_the_leads_shelling_stays_its_own_row() -> None:
    # not an air strike: a guard wounded by a shell after the lead's guard killed by one (passes before and after)
    text = (
        "قتل جندي من حرس الحدود السعودي أمس نتيجة سقوط قذيفة أطلقها مسلحون حوثيون من داخل الأراضي اليمنية على موقع "
        "عسكري في منطقة جازان. وشيع الآلاف جثمان الجندي في مسقط رأسه. من جهة أخرى، أصيب جندي آخر أمس إثر سقوط "
        "قذيفة أطلقها مسلحون من داخل الأراضي اليمنية على دوريته في منطقة جازان."
    )
    assert _subs(text, title="مقتل جندي سعودي بقذيفة حوثية").count("Shelling/artillery/missile attack") == 2
