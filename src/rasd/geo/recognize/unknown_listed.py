"""Step 7 of :meth:`Recognizer.find`, continued: unlisted names in a list after a placed one, in a province
(one or several), and chained after a descriptor."""

from __future__ import annotations

from rasd.geo.recognize.lexicon import _Tok, text_tokens
from rasd.geo.recognize.mentions import PlaceMention, _Mention
from rasd.geo.recognize.unknown import _Unknown
from rasd.geo.recognize.words import (
    _ADJ_ENDS,
    _CLOSE_QUOTES,
    _DISTRICT_WORDS,
    _LIST_ENDS,
    _LISTED_KINDS,
    _OPEN_QUOTES,
    _PROVINCE_ITEM_KINDS,
    _WORD_TOO,
)
from rasd.geo.resolve import fallback_geo
from rasd.text.normalize import NormalizedView


class _UnknownListed(_Unknown):
    """Unlisted names in lists, provinces and chains (part of :class:`Recognizer`)."""

    def _unknown_listed_after(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: names the gazetteer lacks listed with و right after a village, town or district it holds, told
        by its kind (``في منطقة الدمنة والحوبان ومدينة الصالح شرقي المدينة``): places of that place's province
        (``geo_precision`` 3, ``unresolved``; no point of their own). An item is a definite one-word name after و,
        or a settlement descriptor without the article and a one- or two-word name (ومدينة الصالح، وقرية تل X);
        the list ends at anything else and counts only when it ends at a punctuation mark, a direction or a link
        (شرقي المدينة، في، قرب) and holds an item told by its kind or ends at a direction or link: "في مدينة حلب
        والشرطة." lists no place."""
        out: list[PlaceMention] = []
        vtext = view.text
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        for b in mentions:
            if not b.accepted or b.choice is None or b.descriptor not in _LISTED_KINDS or b.descriptor_definite:
                continue
            place = b.choice.place
            if place.is_area or place.feature == "PCLI":
                continue
            province = self.gazetteer.admin1_place(place.country, place.admin1_code)
            if province is None:
                continue
            toks = self._tokens_after(vtext, b.ve, 16)
            # a dual (بلدتي نبل والزهراء) announces one more name only: what follows is no item (والمحاصرتين)
            most = 1 if b.plural and self._dual(vtext, b) else 4
            items: list[list[_Tok]] = []
            kinds = 0
            k = 0
            end_ok = anchored = False
            while k < len(toks):
                t = toks[k]
                if t.text in ("،", ",") and k + 1 < len(toks) and toks[k + 1].text.startswith("و"):
                    k += 1
                    continue
                if not t.text.startswith("و") or len(t.text) < 2 or not t.text.isalpha():
                    anchored = t.text in self.lex.dir_before or t.text in ("في", "من") or self._near_word(t.text)
                    end_ok = (t.text in _LIST_ENDS or anchored) and k > 0
                    break
                rest = _Tok(t.text[1:], t.start + 1, t.end)
                desc = self._descriptor(rest.text)
                if desc is not None:
                    if desc[0] not in _LISTED_KINDS or desc[2] or desc[1] in self.lex.plural or k + 1 >= len(toks):
                        break
                    group = [toks[k + 1]]
                    if self._in(group[0].text, self._joinable) and k + 2 < len(toks):
                        group.append(toks[k + 2])
                    kinds += 1
                else:
                    if not rest.text.startswith("ال") or len(rest.text) < 4 or rest.text.endswith(_ADJ_ENDS):
                        break  # "والمحاصرتين", "والمجاورة": an adjective of the list, no name
                    group = [rest]
                if any(not g.text.isalpha() for g in group):
                    break
                items.append(group)
                k += 1 + (len(group) if desc is not None else 0)
                if len(items) >= most:
                    end_ok = anchored = most == 1  # the dual told the second name's kind
                    break
            else:
                end_ok = bool(items)
            if not items or not end_ok or not (kinds or anchored):
                continue
            geo = fallback_geo(province)
            for group in items:
                evidence = ("unknown-name", f"descriptor:{b.descriptor}", "listed")
                if (new := self._unlisted(group, mentions, taken, view, geo, evidence, plain=False)) is not None:
                    out.append(new)
        return out

    def _unknown_in_province(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: a village, town or district the gazetteer lacks, told by its kind (منطقة، قرية، بلدة، مديرية،
        ناحية، قضاء، عزلة; no article) and a name with the article (or a two-word name such as ``تل X``), in a
        sentence whose places all lie in the one province it names (``وفي محافظة مأرب شنت المقاتلات غارات على
        منطقة الجدعان``): a place of that province (``geo_precision`` 3, the province's seat, ``unresolved``).
        Several names after a plural kind word (مناطق الX والY) are each a place; a name in quotes needs no article
        (منطقة «دافوس»); the province may be named after the name too. Not when the sentence names a
        place of another province, nor for a name that runs on into a definite word (منطقة العمليات العسكرية)
        or is a common noun of war news (منطقة الاشتباكات، منطقة الحدود)."""
        vtext = view.text
        provinces = [m for m in mentions if m.accepted and m.choice is not None and m.choice.place.feature == "ADM1"]
        if not provinces:
            return []
        accepted = [m for m in mentions if m.accepted and m.choice is not None]
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        toks = text_tokens(vtext)
        out: list[PlaceMention] = []
        for i, (tok, desc) in enumerate(zip(toks[:-1], self._descriptors_at(toks), strict=False)):
            if desc is None or desc[0] not in _PROVINCE_ITEM_KINDS or desc[1] in _WORD_TOO:
                continue
            dprefix = tok.text[: desc[2]]
            if "ال" in dprefix or dprefix.endswith("لل") or desc[1].startswith("ال") or desc[1] == "عاصمه":
                continue  # "المنطقة الشرقية", "العاصمة المقدسة": an adjective; "عاصمة التمور": capital of
            plural = desc[1] in self.lex.plural
            groups: list[list[_Tok]] = []
            k = i + 1
            if k + 2 < len(toks) and toks[k].text in _OPEN_QUOTES:
                # a name in quotes needs no article: "فقدت المقاومة أحد قياداتها في منطقة «دافوس»"
                close = next((q for q in range(k + 2, min(k + 5, len(toks))) if toks[q].text in _CLOSE_QUOTES), None)
                if close is not None and all(x.text.isalpha() for x in toks[k + 1 : close]):
                    groups.append(toks[k + 1 : close])
                    k = close + 1
            while k < len(toks) and (not groups or plural):
                t = toks[k]
                word = t.text if not groups else (t.text[1:] if t.text.startswith("و") else "")
                if not word.isalpha():
                    break
                wt = _Tok(word, t.end - len(word), t.end)
                if word.startswith("ال") and len(word) >= 4:
                    groups.append([wt])
                    k += 1
                elif self._in(word, self._joinable) and k + 1 < len(toks) and toks[k + 1].text.isalpha():
                    groups.append([wt, toks[k + 1]])
                    k += 2
                else:
                    break
            if not groups or (
                k < len(toks) and toks[k].text.startswith("ال") and not self._is_place_at(mentions, toks[k])
            ):
                continue  # "منطقة العمليات العسكرية": a phrase runs on, no name
            lo = max(vtext.rfind(c, 0, tok.start) for c in ".؟!\n")
            hi = min((x for x in (vtext.find(c, tok.end) for c in ".؟!\n") if x >= 0), default=len(vtext))
            around = [m for m in accepted if lo < m.vs < hi]
            heads = {m.choice.place.id: m.choice.place for m in provinces if lo < m.vs < hi and m.choice}
            if len(heads) != 1:
                continue
            province = next(iter(heads.values()))
            if any(
                m.choice is not None
                and m.choice.place.id != province.id
                and not (m.choice.place.feature == "PCLI" and m.choice.place.country == province.country)
                and (m.choice.place.country != province.country or m.choice.place.admin1 != province.admin1)
                for m in around
            ):
                continue  # a place of another province (or country) in the sentence: whose is the name?
            geo = fallback_geo(province)
            for group in groups:
                evidence = ("unknown-name", f"descriptor:{desc[0]}", "province")
                if (new := self._unlisted(group, mentions, taken, view, geo, evidence)) is not None:
                    out.append(new)
        return out

    def _unknown_in_one_province(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: a district the gazetteer lacks (مديرية، قضاء، ناحية X) or a Saudi governorate (محافظة X, a
        part of a region: محافظة الطوال بمنطقة جازان), written with its descriptor and a name with the article, in
        a text whose towns and provinces all lie in one province (countries aside): a place of that province
        (``geo_precision`` 3, the province's seat, ``unresolved``), as ``_unknown_in_country`` does for a country."""
        accepted = [m for m in mentions if m.accepted and m.choice is not None and m.choice.place.feature != "PCLI"]
        units = {(m.choice.place.country, m.choice.place.admin1_code) for m in accepted if m.choice is not None}
        if len(units) != 1:
            return []
        country, code = next(iter(units))
        province = self.gazetteer.admin1_place(country, code)
        if province is None or not any(
            m.choice is not None and (m.choice.place.feature == "ADM1" or m.descriptor in ("district", "governorate"))
            for m in accepted
        ):
            return []  # the province is named as one (منطقة جازان), not only through a town of it
        vtext = view.text
        kinds = _DISTRICT_WORDS + (("محافظه",) if country == "SA" else ())
        if not any(d in vtext for d in kinds):
            return []
        toks = text_tokens(vtext)
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for i, (tok, desc) in enumerate(zip(toks[:-1], self._descriptors_at(toks), strict=False)):
            if (
                desc is None
                or desc[1] not in kinds
                or "ال" in tok.text[: desc[2]]
                or tok.text[: desc[2]].endswith("لل")
            ):
                continue
            first = toks[i + 1]
            if vtext[tok.end : first.start] != " " or not first.text.isalpha() or not first.text.startswith("ال"):
                continue
            if i + 2 < len(toks) and (
                (toks[i + 2].text.startswith("ال") and not self._is_place_at(mentions, toks[i + 2]))
                or toks[i + 2].text in ("علي", "عن")
            ):
                continue  # a phrase runs on; "محافظة الأسر على …" (keeping), a verbal noun and its object
            evidence = ("unknown-name", f"descriptor:{desc[0]}", "one province")
            if (new := self._unlisted([first], mentions, taken, view, fallback_geo(province), evidence)) is not None:
                out.append(new)
        return out

    def _unknown_chained(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 12: the items before an unlisted place in a list of places each told by its kind (``في منطقة عرقوب
        ومنطقة دوفس بمحافظة أبين``، ``منطقة X وقرية Y ومديرية الZ``): a name of one or two words between a singular
        kind word without the article and the next item's ``و`` + kind word is a place of the same area as the item
        after it (its ``geo``, ``unresolved``)."""
        vtext = view.text
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        queue = sorted(placed, key=lambda u: -u.start)
        while queue:
            u = queue.pop(0)
            vs = view.to_view(u.start)
            toks = self._tokens_before(vtext, vs, 5)
            if len(toks) < 3 or not self._chain_kind(toks[-1].text, True):
                continue
            j = next((q for q in (len(toks) - 3, len(toks) - 4) if q >= 0 and self._chain_kind(toks[q].text)), None)
            if j is None:
                continue
            group = toks[j + 1 : -1]
            if any(not t.text.isalpha() for t in group) or vtext[toks[-1].end : vs].strip():
                continue
            desc = self._descriptor(toks[j].text) or ("", "", 0)
            evidence = ("unknown-name", f"descriptor:{desc[0]}", "chained")
            if (new := self._unlisted(group, mentions, taken, view, u.geo, evidence)) is None:
                continue
            out.append(new)
            taken.append((group[0].start, group[-1].end))
            queue.insert(0, new)
        return out
