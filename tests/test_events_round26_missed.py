"""Round 26 (helper rc2): happenings the unseen articles told and rasd missed.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 26: missed
happenings on unseen articles (helper rc2)"):

* the control noun with a word of completeness before its على (السيطرة الكاملة على، سيطرتها التامة على) is a
  capture form of ``events.yaml``: it was read as the verb سيطره with the article and dropped;
* a capture noun that is the object of a verb of confirming or announcing, past its subject, with its place (أكدت
  مصادر عسكرية … السيطرة الكاملة على مديرية قعطبة) is the news of the capture, as "أعلن … عن" is
  (``captures.announced`` through ``coding.readers.confirmed_object``; ``event_cues.yaml`` confirming_verbs,
  confirm_not_between, confirm_pluperfect), its place told right after it.

A capture told in a relative clause with its own day (ruling 1) was already a row; its guard tests are here too.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_CAPTURES = ("Government regains territory", "Non-state actor overtakes territory")


def _captures(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in out if e["acled_sub_event_type"] in _CAPTURES]


def _admin1(out: list[dict[str, Any]]) -> set[str]:
    return {(e.get("location") or {}).get("admin1") for e in out}


# ------------------------------------------------------------------------- control confirmed or told complete
def test_full_control_confirmed_by_sources_is_a_capture() -> None:
    out = rows(
        "أكدت مصادر عسكرية يمنية في محافظة الضالع لـ«الشرق الأوسط» السيطرة الكاملة على مديرية قعطبة بعد معارك "
        "استمرت يومين مع المتمردين الحوثيين.",
        title="تقدم للمقاومة في الضالع",
    )
    caps = _captures(out)
    assert caps, out
    assert _admin1(caps) == {"Ad Dali"}, caps


def test_control_confirmed_by_unnamed_sources_with_no_word_of_completeness_is_a_capture() -> None:
    out = rows(
        "أكدت مصادر محلية لـ«عكاظ» السيطرة على مديرية المسيمير في محافظة لحج بالكامل، وبدء عودة النازحين إليها.",
        title="تطورات ميدانية في لحج",
    )
    assert _admin1(_captures(out)) == {"Lahij"}, out


def test_full_control_imposed_on_a_town_is_a_capture() -> None:
    out = rows(
        "وتمكنت المقاومة الشعبية اليمنية أمس من فرض سيطرتها الكاملة على مدينة الحوطة عاصمة محافظة لحج بعد فرار "
        "المتمردين.",
        title="المقاومة تسيطر على الحوطة",
    )
    assert _admin1(_captures(out)) == {"Lahij"}, out


def test_full_control_expected_in_the_coming_hours_is_no_row() -> None:
    out = rows(
        "وتتوقع مصادر في المقاومة الشعبية أن تتم السيطرة الكاملة على مدينة زنجبار خلال الساعات القليلة المقبلة.",
        title="المقاومة تقترب من زنجبار",
    )
    assert not _captures(out), out


def test_full_control_of_the_pitch_is_no_row() -> None:
    out = rows(
        "وتقدم الفريق في الشوط الثاني، وفرض سيطرته التامة على الملعب حتى صافرة النهاية، ليتأهل إلى الدور النهائي.",
        title="الهلال إلى النهائي",
    )
    assert not out, out


def test_control_after_confirming_that_is_no_row() -> None:
    out = rows(
        "وأكد محافظ تعز في مؤتمر صحفي أن السيطرة الكاملة على مدينة تعز مسألة وقت لا أكثر.",
        title="محافظ تعز: المعركة طويلة",
    )
    assert not _captures(out), out


def test_control_confirmed_as_a_need_is_no_row() -> None:
    out = rows(
        "وأكد القائد الميداني ضرورة السيطرة الكاملة على مديرية المسيمير خلال الأيام المقبلة لقطع خطوط الإمداد.",
        title="خطة لتحرير المسيمير",
    )
    assert not _captures(out), out


def test_liberation_announced_in_the_pluperfect_is_no_row() -> None:
    out = rows(
        "ووصل الوزير إلى المدينة في زيارة تفقدية. وكانت الحكومة اليمنية أعلنت تحرير مدينة عدن من الميليشيات.",
        title="وزير يمني يزور عدن",
    )
    assert not _captures(out), out


# ---------------------------------------------------------------- a capture told in a relative clause (guards)
def test_base_retaken_on_its_own_day_in_a_relative_clause_is_a_capture() -> None:
    out = rows(
        "وزار محافظ لحج قاعدة العند التي استعادها مقاتلو المقاومة الشعبية يوم الاثنين الماضي بعد معارك عنيفة.",
        title="محافظ لحج يزور العند",
    )
    caps = _captures(out)
    assert _admin1(caps) == {"Lahij"}, out
    assert {e["date"]["value"] for e in caps} == {"2015-08-03"}, caps


def test_town_held_since_last_year_in_a_relative_clause_is_no_row() -> None:
    out = rows(
        "وتعاني مدينة الرمادي التي سيطر عليها تنظيم داعش منذ العام الماضي من نقص حاد في الأدوية والغذاء.",
        title="أزمة إنسانية في الرمادي",
    )
    assert not _captures(out), out
