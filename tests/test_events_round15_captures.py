"""Round 15c (issue 12, helper tr): captures told by words that had no trigger.

A regaining told by the verbal noun with its pronoun and السيطرة (باستعادتها السيطرة على …) is one trigger: before,
"استعادتها" (read as the verb with its object) and "السيطرة على" made two rows of one capture, one of them typed as a
non-state actor's. Not a regaining of something else (استعادته لياقته).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import subs


def test_a_regaining_told_with_its_pronoun() -> None:
    text = "وأعلنت القوات الحكومية أمس انتهاء العملية باستعادتها السيطرة على قاعدة العند الجوية في محافظة لحج."
    assert subs(text) == ["Government regains territory"]


def test_a_regaining_told_with_its_pronoun_is_one_row() -> None:
    text = "حققت المقاومة الشعبية أمس نصرا جديدا باستعادتها السيطرة على مدينة زنجبار في محافظة أبين."
    assert subs(text) == ["Government regains territory"]


def test_a_regaining_of_something_else_is_no_capture() -> None:
    assert subs("وأكد المدرب استعادته لياقته البدنية قبل المباراة في الرياض أمس.") == []
