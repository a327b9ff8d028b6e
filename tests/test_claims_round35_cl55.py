"""Claims, round 35 (helper cl55): the participles مؤكدا / مشددا (and their feminine and plural) read a plain object
as أكد / شدد do, and a participle that takes a plain object, set off by a comma after a clause that holds no claim
(أدان، ندد، عبر عن حزنه، أشاد، ثمن), is a claim of that clause's subject — the name or title right after its opening
verb, never a name inside the verb's object nor a speaker going on from an earlier sentence (``claims.yaml``, a
participle group with ``object: true``; ``claim_cues.yaml`` ``on_object_verbs``; ``stages/claims/reading.py``
``_set_off_after_clause`` and ``_clause_subject``). After the same speaker's claim such a participle folds into it
(ruling 5), its object now inside that claim's content; مشددا reads its object only after على (``on_object_verbs``).
A paper that learned a fact and names no source ("وعلمت «الوطن» أن"، "وعلمت الصحيفة أن") is its unnamed sources'
claim, anonymous, an interview the paper passes on (``marks._outlet_learned``, ``reading._learned_by_outlet``,
``claim_cues.yaml`` ``learned_outlets``). docs/claims.md, "Round 35: participles after a clause with no claim, and a
paper that learned (helper cl55)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_participle_with_a_plain_object_after_a_condemnation() -> None:
    text = "وأدان الشيخ سالم الحربي الاعتداء الآثم على رجال الأمن، مؤكدا وقوف أهالي المحافظة صفا واحدا خلف القيادة."
    found = _by(text, "مؤكدا")
    assert len(found) == 1
    assert "الحربي" in _speaker(found[0])
    assert _content(found[0]).startswith("وقوف أهالي المحافظة")


def test_participle_with_ala_after_praise() -> None:
    text = "وثمن الدكتور فهد العتيبي جهود الفرق الميدانية خلال موسم الأمطار، مشددا على أهمية الالتزام بتعليمات السلامة."
    found = _by(text, "مشددا")
    assert len(found) == 1
    assert "العتيبي" in _speaker(found[0])
    assert "أهمية الالتزام بتعليمات السلامة" in _content(found[0])


def test_feminine_participle_after_a_body_that_says_nothing() -> None:
    text = "واستنكرت منظمة العفو الدولية الهجوم على المدنيين في القرية، مؤكدة ضرورة محاسبة المسؤولين عنه."
    found = _by(text, "مؤكدة")
    assert len(found) == 1
    assert "منظمة العفو الدولية" in _speaker(found[0])
    assert _content(found[0]).startswith("ضرورة محاسبة")


def test_a_name_after_a_preposition_is_no_subject() -> None:
    # the thanks go to the family: its name is in the verb's object, the honorific is the subject
    text = "وتقدم سموه بالشكر إلى أسرة آل مطر على جهودها في خدمة الحي، داعيا إلى الحفاظ على روح التعاون."
    assert all("مطر" not in _speaker(c) for c in claims(text))


def test_participle_after_a_claim_folds_into_it() -> None:
    text = "وقال وزير الصحة إن الوضع الوبائي مستقر، مؤكدا جاهزية المستشفيات لاستقبال الحالات."
    assert not _by(text, "مؤكدا")
    found = _by(text, "قال")
    assert len(found) == 1
    assert "جاهزية المستشفيات" in _content(found[0])


def test_participle_as_adjective_stays_unread() -> None:
    # "قيود مشددة" (tight restrictions) and "إصابة مؤكدة" (a confirmed case): no comma, no claim
    text = "وفرضت البلدية قيودا مشددة على البسطات بعد تسجيل إصابة مؤكدة في السوق."
    assert not claims(text)


def test_shaddada_participle_needs_ala() -> None:
    # "مشددا" with a plain object that does not open with على: no claim of its object (tightening, not stressing)
    text = "وأغلقت الشرطة الطريق المؤدي إلى السوق، مشددة الرقابة على المداخل."
    assert not _by(text, "مشددة")


def test_a_paper_that_learned_with_no_source_named() -> None:
    # the paper's unnamed sources speak, no span (the verb's word), an interview passed on by the paper
    text = "وعلمت «الوطن» أن إدارة النادي اتفقت مع المدرب على تمديد عقده موسمين إضافيين."
    found = _by(text, "علمت")
    assert len(found) == 1
    assert found[0]["speaker"].get("anonymous") is True
    assert found[0]["reported_via"] == "الوطن"
    assert found[0]["channel"] == "interview"
    assert _content(found[0]).startswith("إدارة النادي اتفقت")


def test_the_paper_noun_that_learned() -> None:
    text = "وعلمت الصحيفة بأن البلدية ستغلق السوق الشعبي أسبوعا لأعمال الصيانة."
    found = _by(text, "علمت")
    assert len(found) == 1
    assert _content(found[0]).startswith("البلدية ستغلق")


def test_learning_with_no_paper_is_no_claim() -> None:
    # "when she learned that …": nobody told it
    text = "وعندما علمت الأم أن ابنها أصيب في الحادث هرعت إلى المستشفى."
    assert not _by(text, "علمت")
    text = "ولما علمت أن الرحلة تأجلت عادت إلى منزلها."
    assert not _by(text, "علمت")
