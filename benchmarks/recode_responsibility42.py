"""Round 42, the lead's round-41 ruling (helper cl75): a claim of responsibility is a claim. A group that claims an
act (تبنى / تبنت / بتبنيه, أعلن / أعلنت مسؤوليته عن …) is the speaker of a claim whose content is the act; the
released claims files never coded the تبنى forms (every note: "an act, not coded"). This script adds the claims the
released files' articles hold, from span texts written by hand below, and lists each change.

Candidates were found by searching every released file's articles for the markers in all their forms (تبن… and
مسؤولي… / مسئولي… near أعلن، ادعى، تبنى), every hit read (docs/claims.md, round 42, cl75): 40 hits, of which a
stance or a policy adopted (تتبنى إستراتيجية، تبنى فكرا، يتبنى مجلس الأمن … قرارا), «لم تعلن أي جهة مسؤوليتها»
(no claim made), a blame (محملا … المسؤولية, coded as an accusation already), a duty (يتحمل مسؤوليته) and the
أعلن … المسؤولية claims the files already code (8 of 10: check5's nested one and check23's lede were not) are left as
they are.

- ``ADD``: a new claim appended to its article's claims with the next id (the other claims keep theirs): the marker is
  the occurrence of its text nearest the anchor, the speaker and content the occurrences of their texts nearest the
  marker; sha1s computed; ``canonical``, ``role``, ``org`` null, not anonymous, not direct, ``polarity`` assert, no
  events, ``reported_via`` null.
- ``FOLD``: a participle coded apart only because the تبنى before it was no claim (its note says so) now folds into
  the new claim by ruling 5 (one saying, one claim): the claim keeps its id, speaker, channel and events; its marker
  becomes the تبنى verb and its content runs from the act to the participle content's end.

Files: the released claims files only (``claims_tune2`` … ``claims_tune6``, ``claims_check`` … ``claims_check40``;
the TUNE half of ``events_dev.jsonl`` holds no uncoded claim of responsibility and is not touched).

    python benchmarks/recode_responsibility42.py [--shared ../shared] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import load_articles, sha12

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NOTE = "round 42, cl75: claim of responsibility, ruling round 41"

#: (file, a part of the url, anchor offset, marker, speaker, content, channel, note) of each claim added
ADD: tuple[tuple[str, str, int, str, str, str, str, str], ...] = (
    (
        "claims_check5.jsonl",
        "الكويت-خلية-داعش",
        200,
        "وأعلن",
        "تنظيم داعش",
        "مسؤوليته عنه",
        "statement",
        "nested inside C1's content (ruling 8): أعلن … مسؤوليته عن (check31's IS); an armed group: statement; content"
        " the object to the sentence's end",
    ),
    (
        "claims_check10.jsonl",
        "alriyadh.com/1071274",
        377,
        "تبنته",
        "حركة طالبان",
        "هذا الهجوم",
        "statement",
        "nested in C3's content: a relative (الذي تبنته), the content its antecedent before the marker (as C4's"
        " أكدها); a movement: statement",
    ),
    (
        "claims_check20.jsonl",
        "عتقال-16-شخصًا",
        1056,
        "وتبنى",
        "تنظيم الدولة الاسلامية",
        "غالبية هذه الهجمات",
        "statement",
        "background (the earlier attacks), a claim by the ruling (C4's note 'IS's تبنى (an act) not coded' is"
        " superseded); an armed group: statement; content the object to the sentence's end",
    ),
    (
        "claims_check22.jsonl",
        "يستأنف-الحرب-الانتحارية",
        81,
        "بتبنيه",
        "حزب العمال الكردستاني",
        "هجومًا انتحاريًا، مساء أول من أمس، في شرق تركيا أوقع 33 قتيلاً وجريحًا",
        "statement",
        "the verbal noun تبنيه, the party (the sentence's subject) its owner (doubtful: a noun marker, as check23's"
        " اتهام); a party: statement; content the object to the sentence's end (C1's note 'an act, not coded' is"
        " superseded)",
    ),
    (
        "claims_check23.jsonl",
        "alyaum.com/article/4082827",
        264,
        "تبنت",
        "مجموعة متطرفة",
        "هجوما انتحاريا على السفارة الاميركية في انقرة ادى الى مقتل عنصر امني تركي",
        "statement",
        "a past claim (2013) in the paper's gloss on the group the official names; the span on the group noun before"
        " the verb (doubtful: the name inside C2's quotation); a group: statement; content the object to the"
        " sentence's end",
    ),
    (
        "claims_check23.jsonl",
        "alyaum.com/article/4082827",
        1,
        "اعلنت",
        "مجموعة يسارية متطرفة",
        "مسؤوليتها الاثنين عن الهجوم الذي استهدف القنصلية الاميركية في اسطنبول",
        "statement",
        "the lede's أعلن … مسؤوليتها عن (check31's IS, coded in every other file; missed here); a group: statement;"
        " content the object to the comma (the paper's وذلك بعيد اتهام … outside)",
    ),
    (
        "claims_check28.jsonl",
        "alyaum.com/article/4081226",
        1090,
        "تبنت",
        "المقاومة الشعبية في إقليم تهامة",
        "هجوماً آخر على دورية تابعة للحوثيين، مساء الخميس، في نفس المنطقة ما أسفر عن مقتل اثنين وإصابة اثنين آخرين",
        "statement",
        "inside the paper's يذكر أن (itself not coded, as check31's C7; C5's note 'not coded' is superseded); a"
        " movement: statement; content the object to the sentence's end",
    ),
    (
        "claims_check29.jsonl",
        "الإيراني-في-اشتباكات",
        1715,
        "تبنت",
        "وحدات شرق كردستان",
        "غالبية هذه الاشتباكات مع النظام الإيراني",
        "statement",
        "after حيث; an armed group: statement (as its أعلنت in C1 and C4); content the object to the comma before"
        " وأعلنت (C4's note 'an act, not coded' is superseded)",
    ),
    (
        "claims_check30.jsonl",
        "يقتل-3-من-زملائه",
        950,
        "وتبنى",
        "تنظيم “داعش”",
        "الهجوم",
        "statement",
        "an armed group: statement; content the object (C4's note 'an act, not coded' is superseded)",
    ),
)

#: (file, a part of the url, claim id, new marker, anchor offset, the content's first words, note) of each fold
FOLD: tuple[tuple[str, str, str, str, int, str, str], ...] = (
    (
        "claims_check20.jsonl",
        "423886",
        "C1",
        "وتبنى",
        269,
        "العملية",
        "recoded, not added: تبنى … العملية is now a claim and the participle of saying after it (قائلاً إن «…»,"
        " coded apart because تبنى was not) folds into it by ruling 5 (one saying, one claim); the span on the name;"
        " content from the act to the quotation's end; a partial quotation (the act unquoted): not direct"
        " (doubtful: direct, as check28's «…»، مضيفًا); a group speaking: statement",
    ),
    (
        "claims_check23.jsonl",
        "alyaum.com/article/4082827",
        "C3",
        "وتبنت",
        358,
        "الهجوم",
        "recoded, not added: تبنت … الهجوم is now a claim and the threat participle after it (متوعدة «…», coded"
        " apart because تبنت was not) folds into it by ruling 5 (a warning participle, as محذرة); content from the"
        " act to the quotation's end; a partial quotation (the act unquoted): not direct (doubtful: direct); في بيان"
        " نشرته على موقعها على الانترنت: statement (doubtful: post)",
    ),
)


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "sha1": sha12(text[start:end])}


def _nearest(text: str, needle: str, at: int, *, within: int = 400) -> int:
    """The start of the occurrence of ``needle`` nearest ``at`` (a whole-word match: no letter on either side)."""
    best: int | None = None
    i = text.find(needle)
    while i != -1:
        before = text[i - 1] if i else " "
        after = text[i + len(needle)] if i + len(needle) < len(text) else " "
        whole = not before.isalpha() and not after.isalpha()
        if whole and abs(i - at) <= within and (best is None or abs(i - at) < abs(best - at)):
            best = i
        i = text.find(needle, i + 1)
    if best is None:
        raise SystemExit(f"{needle!r} not found near {at}")
    return best


def added_claim(
    rec: dict[str, Any], text: str, spec: tuple[str, str, int, str, str, str, str, str]
) -> dict[str, Any] | None:
    """The claim ``spec`` describes, or None where a claim with that marker is coded already (the script ran)."""
    _, _, anchor, marker, speaker, content, channel, note = spec
    m = _nearest(text, marker, anchor, within=40)
    s = _nearest(text, speaker, m, within=120)
    c = _nearest(text, content, m, within=120)
    if any(c_["marker"]["start"] == m for c_ in rec["claims"]):
        return None
    return {
        "id": f"C{len(rec['claims']) + 1}",
        "speaker": {
            "mention": _span(text, s, s + len(speaker)),
            "canonical": None,
            "role": None,
            "org": None,
            "anonymous": False,
        },
        "marker": _span(text, m, m + len(marker)),
        "content": _span(text, c, c + len(content)),
        "direct": False,
        "channel": channel,
        "reported_via": None,
        "polarity": "assert",
        "events": [],
        "note": f"{NOTE}; {note}",
    }


def fold(rec: dict[str, Any], text: str, spec: tuple[str, str, str, str, int, str, str]) -> dict[str, Any]:
    _, _, cid, marker, anchor, first, note = spec
    claim: dict[str, Any] = next(c for c in rec["claims"] if c["id"] == cid)
    m = _nearest(text, marker, anchor, within=40)
    if claim["marker"]["start"] == m:
        return claim  # folded already (the script ran)
    c = _nearest(text, first, m, within=60)
    if not m < c < claim["content"]["end"]:
        raise SystemExit(f"bad fold {cid} {rec['key']['url']}")
    claim["marker"] = _span(text, m, m + len(marker))
    claim["content"] = _span(text, c, claim["content"]["end"])
    claim["direct"] = False
    claim["note"] = f"{NOTE}; {note}"
    return claim


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="rewrite the files (default: list the changes only)")
    args = ap.parse_args()
    names = sorted({s[0] for s in ADD} | {s[0] for s in FOLD})
    for name in names:
        path = DATA / name
        lines = path.read_text(encoding="utf-8").splitlines()
        recs = {i: json.loads(line) for i, line in enumerate(lines) if line.strip()}
        articles = load_articles(
            args.shared / "data" / "news" / "saudinewsnet", {(r["key"]["zip"], r["key"]["url"]) for r in recs.values()}
        )
        changed: set[int] = set()
        for spec in [s for s in FOLD if s[0] == name]:
            (i,) = [i for i, r in recs.items() if spec[1] in r["key"]["url"]]
            rec = recs[i]
            text = articles[(rec["key"]["zip"], rec["key"]["url"])]["content"]
            assert sha12(text) == rec["content_sha1"]
            c = fold(rec, text, spec)
            print(
                f"{name} {rec['key']['url']} FOLD {c['id']}: [{text[c['marker']['start'] : c['marker']['end']]}]"
                f" {' '.join(text[c['content']['start'] : c['content']['end']].split())[:90]}"
            )
            changed.add(i)
        for add in [s for s in ADD if s[0] == name]:
            (i,) = [i for i, r in recs.items() if add[1] in r["key"]["url"]]
            rec = recs[i]
            text = articles[(rec["key"]["zip"], rec["key"]["url"])]["content"]
            assert sha12(text) == rec["content_sha1"]
            new = added_claim(rec, text, add)
            if new is None:
                print(f"{name} {rec['key']['url']} already coded: {add[3]}")
                continue
            rec["claims"].append(new)
            sp, mk, ct = (new["speaker"]["mention"], new["marker"], new["content"])
            who, verb, what = (text[s["start"] : s["end"]] for s in (sp, mk, ct))
            print(f"{name} {rec['key']['url']} ADD {new['id']}: {who} [{verb}] {what[:90]}")
            changed.add(i)
        if args.write:
            for i in changed:
                lines[i] = json.dumps(recs[i], ensure_ascii=False)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
