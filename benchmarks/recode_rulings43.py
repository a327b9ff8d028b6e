"""Round 43, the lead's two claims rulings (helper cl81), applied to the released claims files they touch.

1. **The carried channel** (ruling, round 43): a channel told once for a speaker (an interview «قال لـ"الحياة"», a
   press conference, a statement, a video) carries to that speaker's later claims in the same article — continued by
   a pronoun (وأضاف، وتابع، ويرى، وهو يرى) or named again — until another channel is named for them or the text ties
   the later words to another occasion (a different day, «في وقت سابق», another outlet). Every released claims file
   but one codes so; round 42's blind ``claims_check41.jsonl`` was coded under a brief that said "the channel from the
   words of each claim's own sentence" and left the same officers' and interviewees' later sentences ``unspecified``
   (twelve of them marked "doubtful: interview"). ``CARRY`` names each claim of that file whose speaker's earlier
   claim names the channel (an interview with Asharq al-Awsat, in the Abyan and the Yemen articles: the only channel
   named for a speaker with later claims in its eight articles), with the earlier claim it carries from: ``channel``
   unspecified -> interview and ``reported_via`` None -> «الشرق الأوسط» (the file codes every interview with the paper
   so, and every claim given to the paper as an interview: ``tests/test_claims_check41.py``); the note's stale
   channel clause is replaced and the note ends «round 43 ruling (cl81): …». Found by reading every claim of the
   file: the other six articles name no channel for a speaker with later claims (reports and statements carry
   already; a ceremony, a speech, a column, a meeting are no channel).
2. **The object relative** (ruling, round 43): an object relative whose antecedent is the thing announced («الهدنة
   التي أعلنها التحالف», «الخلايا التي أعلنت السلطات ضبطها») is NOT a claim. Helper cl80 (docs/claims.md, round 43)
   counted 21 such forms in the released files' articles, 2 of them coded: ``DROP`` removes those two (check18's
   «الضربة … التي أعلنت عنها وزارة الداخلية», check33's «الخلايا … التي أعلنت السلطات السعودية ضبطها»), and the
   article's other claims are numbered C1, C2, … again in the file's order (the files' tests require it, as
   ``recode_participles24`` did); nothing else of them changes.

Every other record is byte-identical. Each change is checked against the text (the marker's text, the old channel or
the content's opening), so a second run changes nothing.

    python benchmarks/recode_rulings43.py [--shared ../shared] [--write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import load_articles, sha12

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
AW = "الشرق الأوسط"
CARRY_TAG = f"round 43 ruling (cl81): channel unspecified -> interview, reported_via {AW} (the carried channel)"

_ABYAN = "426901/أبين-محررة-بالكامل"
_YEMEN = "425501/حرب-اليمن-قوى-متفرجة"
_STALE = "unspecified (doubtful: interview)"

#: (file, a part of the url, claim id, its marker's text, the earlier claim naming the channel, the note's stale
#: channel clause, found once in the note: from its «unspecified» on it becomes «interview carried from <earlier
#: claim>», what stands before it (a context that makes it unique) kept)
CARRY: tuple[tuple[str, str, str, str, str, str], ...] = (
    # the Abyan article: Brigadier Fadl's words to the paper (C9, named again in C13 «خلال حديثه لـ«الشرق الأوسط»»)
    (
        "claims_check41.jsonl",
        _ABYAN,
        "C10",
        "وأضاف",
        "C9",
        "unspecified (the interview of the sentence before not carried, the brief's rule; doubtful: interview)",
    ),
    ("claims_check41.jsonl", _ABYAN, "C11", "قال", "C9", _STALE),
    ("claims_check41.jsonl", _ABYAN, "C12", "أكد", "C9", _STALE),
    # Brigadier al-Subaihi's words to the paper (C14)
    ("claims_check41.jsonl", _ABYAN, "C15", "ولفت", "C14", _STALE),
    ("claims_check41.jsonl", _ABYAN, "C16", "أكد", "C14", _STALE),
    # the resistance spokesman al-Hariri's words to the paper (C17, C21; named again in C24)
    ("claims_check41.jsonl", _ABYAN, "C23", "وأضاف", "C21", _STALE),
    # the Yemen article: Fuad Rashed «في تصريحات لـ«الشرق الأوسط»» (C2; the southern leader again in C4)
    ("claims_check41.jsonl", _YEMEN, "C3", "ويصف", "C2", _STALE),
    ("claims_check41.jsonl", _YEMEN, "C6", "ويقول", "C4", _STALE),
    ("claims_check41.jsonl", _YEMEN, "C7", "ويقول", "C4", _STALE),
    # Muhsin bin Farid «في معرض رده على أسئلة «الشرق الأوسط»» (C8)
    ("claims_check41.jsonl", _YEMEN, "C9", "ويطالب", "C8", _STALE),
    ("claims_check41.jsonl", _YEMEN, "C10", "يرى", "C8", "not direct; unspecified"),
    ("claims_check41.jsonl", _YEMEN, "C11", "يرى", "C8", "assert; unspecified"),
    # the journalist al-Dailami to the paper (C12)
    ("claims_check41.jsonl", _YEMEN, "C13", "ويضيف", "C12", _STALE),
    # Najib Ghallab «في تصريحات لـ«الشرق الأوسط»» (C15; the researcher named again in C17, فهو in C18)
    ("claims_check41.jsonl", _YEMEN, "C16", "ويؤكد", "C15", _STALE),
    ("claims_check41.jsonl", _YEMEN, "C17", "بالتأكيد", "C15", "direct; unspecified"),
    ("claims_check41.jsonl", _YEMEN, "C18", "يرى", "C15", "closing mark; unspecified"),
)

#: (file, a part of the url, claim id, its marker's text, its content's opening) of each claim removed
DROP: tuple[tuple[str, str, str, str, str], ...] = (
    ("claims_check18.jsonl", "Con20150725785531", "C1", "أعلنت عنها", "الضربة الأمنية النوعية الكبرى"),
    ("claims_check33.jsonl", "alweeam.com.sa/348456/", "C2", "أعلنت", "ضبطها مؤخراً"),
)

_REF = re.compile(r"\bC\d+\b")


def _text(rec: dict[str, Any], shared: Path) -> str:
    key = (rec["key"]["zip"], rec["key"]["url"])
    text: str = load_articles(shared / "data" / "news" / "saudinewsnet", {key})[key]["content"]
    assert sha12(text) == rec["content_sha1"], rec["key"]["url"]
    return text


def _claim(rec: dict[str, Any], cid: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in rec["claims"] if c["id"] == cid]
    (claim,) = found
    return claim


def _at(text: str, span: dict[str, Any]) -> str:
    return text[span["start"] : span["end"]]


def carry(rec: dict[str, Any], text: str, spec: tuple[str, str, str, str, str, str]) -> str | None:
    """Recode one claim's channel by the carried-channel ruling; a line saying what changed, None if done already."""
    _, _, cid, marker, source, stale = spec
    claim, earlier = _claim(rec, cid), _claim(rec, source)
    assert _at(text, claim["marker"]) == marker, (cid, _at(text, claim["marker"]))
    # the earlier claim names the paper, comes first, and is the interview the claim now carries
    assert earlier["marker"]["start"] < claim["marker"]["start"]
    assert (earlier["channel"], earlier["reported_via"]) == ("interview", AW)
    if claim["channel"] == "interview":
        assert claim["reported_via"] == AW and CARRY_TAG in claim["note"]
        return None
    assert (claim["channel"], claim["reported_via"]) == ("unspecified", None), cid
    assert claim["note"].count(stale) == 1, (cid, stale)
    claim["channel"], claim["reported_via"] = "interview", AW
    fresh = re.sub(r"unspecified.*$", f"interview carried from {source}", stale)
    claim["note"] = claim["note"].replace(stale, fresh) + f"; {CARRY_TAG}"
    return f"{cid} [{marker}] unspecified -> interview (carried from {source})"


def drop(rec: dict[str, Any], text: str, spec: tuple[str, str, str, str, str]) -> str | None:
    """Remove one object-relative claim and number the article's claims again; None if done already."""
    _, _, cid, marker, content = spec
    hits = [
        c
        for c in rec["claims"]
        if _at(text, c["marker"]) == marker and c["content"] and _at(text, c["content"]).startswith(content)
    ]
    if not hits:
        return None
    (gone,) = hits
    assert gone["id"] == cid, (gone["id"], cid)
    kept = [c for c in rec["claims"] if c is not gone]
    # no kept claim's note refers to another claim by id, so numbering again touches ids only
    assert not any(_REF.search(c.get("note") or "") for c in kept)
    renamed = []
    for n, c in enumerate(kept, 1):
        if c["id"] != f"C{n}":
            renamed.append(f"{c['id']}->C{n}")
            c["id"] = f"C{n}"
    rec["claims"] = kept
    return f"{cid} [{marker}] {content} removed; ids {', '.join(renamed) or 'unchanged'}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="rewrite the files (default: list the changes only)")
    args = ap.parse_args()
    for name in sorted({s[0] for s in CARRY} | {s[0] for s in DROP}):
        path = DATA / name
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = False
        for part in sorted({s[1] for s in (*CARRY, *DROP) if s[0] == name}):
            (i,) = [i for i, line in enumerate(lines) if part in line]
            rec = json.loads(lines[i])
            text = _text(rec, args.shared)
            done: list[str | None] = [carry(rec, text, s) for s in CARRY if s[:2] == (name, part)]
            done += [drop(rec, text, s) for s in DROP if s[:2] == (name, part)]
            for line in done:
                print(f"{name} {rec['key']['url']} {line or 'done already'}")
            if any(done):
                lines[i] = json.dumps(rec, ensure_ascii=False)
                changed = True
        if args.write and changed:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
