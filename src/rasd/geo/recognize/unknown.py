"""Step 7 of :meth:`Recognizer.find`: names the gazetteer lacks but the text places (after a descriptor,
before an anchor, in a town, a country, a neighbouring country), and the words that are not names."""

from __future__ import annotations

import re
from typing import Any

from rasd.geo.gazetteer import AREA_FEATURES
from rasd.geo.recognize.lexicon import _Tok, text_tokens
from rasd.geo.recognize.mentions import PlaceMention, _Mention
from rasd.geo.recognize.reading import _Reading
from rasd.geo.recognize.words import (
    _ADJ_ENDS,
    _COUNTRY_DESCRIPTORS,
    _DUAL_STEMS,
    _LINK_WORDS,
    _LISTED_KINDS,
    _NAMED_KINDS,
    _NEIGHBOUR_CHARS,
    _NEIGHBOURHOOD_ENDS,
    _NEIGHBOURHOOD_RE,
    _NEIGHBOURING,
    _NEIGHBOURING_RE,
    _PROCLITIC_LETTERS,
    _SECTOR_WORDS,
    _SETTLEMENTS,
    _SOURCED_UNLISTED,
    _TANWEEN,
    _TOKEN_RE,
    _WAR_NOUNS,
    _WORD_TOO,
    SITE_PROVINCES,
)
from rasd.geo.resolve import fallback_geo
from rasd.text.normalize import NormalizedView


class _Unknown(_Reading):
    """Unlisted names placed by their context (part of :class:`Recognizer`)."""

    # ------------------------------------------------------------------------------------------ 7 unknown names
    def _unknown_places(self, mentions: list[_Mention], view: NormalizedView) -> list[PlaceMention]:
        """Names the gazetteer lacks, placed in the area the text gives right after them.

        ``#المستريحة في ريف حماة الشمالي`` or ``قرية الصفصافة بريف إدلب``: a hashtag, or a settlement descriptor
        followed by a name written with the article (or a two-word name such as ``تل X``), then ``في``/``ب`` and a
        recognised countryside, direction or governorate. The place gets that area's ``geo`` (coarser precision,
        ``unresolved``), never a point of its own.
        """
        out: list[PlaceMention] = []
        vtext = view.text
        for b in mentions:
            if not b.accepted or b.choice is None:
                continue
            if not (b.countryside or (b.direction and not b.direction_after) or b.descriptor == "governorate"):
                continue
            start = b.span_start if b.span_start is not None else b.vs
            toks = self._tokens_before(vtext, start, 5)
            # drop the glue: a ب/و/ف left of the ريف word, and في
            while toks and (toks[-1].end == start and toks[-1].text in ("ب", "وب", "في")):
                toks.pop()
            if toks and toks[-1].text == "في":
                toks.pop()
            if not toks or toks[-1].end > start or not _TOKEN_RE.fullmatch(toks[-1].text):
                continue
            name_toks = [toks[-1]]
            if len(toks) >= 2 and self._in(toks[-2].text, self._joinable):
                name_toks.insert(0, toks[-2])
            first = name_toks[0]
            before = toks[-len(name_toks) - 1] if len(toks) > len(name_toks) else None
            pair = self._dual_before_area(toks, name_toks)
            if pair:
                # "قريتي الصمدانية والحميدية بريف القنيطرة": two names after a plural settlement descriptor (11c)
                for group in pair:
                    if " ".join(t.text for t in group) in self._keys or self._not_a_name(group):
                        continue
                    if any(m.accepted and m.vs < group[-1].end and group[0].start < m.ve for m in mentions):
                        continue
                    s, e = view.to_source(group[0].start, group[-1].end)
                    pair_ev = ("unknown-name", "descriptor:plural", "area")
                    geo = fallback_geo(b.choice.place)
                    out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], geo, "", pair_ev, 0.0))
                continue
            hashtag = first.start > 0 and vtext[first.start - 1] == "#"
            desc = self._descriptor(before.text) if before is not None else None
            named = len(name_toks) == 2 or first.text.startswith("ال")
            if not (hashtag or (desc is not None and desc[0] in _SETTLEMENTS and named)):
                continue
            written = " ".join(t.text for t in name_toks)
            if written in self._keys or self._descriptor(first.text) or not first.text.isalpha():
                continue
            if any(m.accepted and m.vs < name_toks[-1].end and first.start < m.ve for m in mentions):
                continue
            s, e = view.to_source(first.start, name_toks[-1].end)
            geo = fallback_geo(b.choice.place)
            evidence = ("unknown-name", "hashtag" if hashtag else f"descriptor:{desc[0] if desc else ''}")
            out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], geo, "", evidence, 0.0))
        return out

    def _dual_before_area(self, toks: list[_Tok], name_toks: list[_Tok]) -> list[list[_Tok]]:
        """The two names of ``<plural settlement descriptor> الX والY`` right before an area (قريتي الصمدانية
        والحميدية بريف القنيطرة), or nothing: each name written with the article, the second after و."""
        if len(name_toks) != 1 or len(toks) < 3 or not name_toks[0].text.startswith("وال"):
            return []
        second, first, head = name_toks[0], toks[-2], toks[-3]
        if not first.text.startswith("ال") or len(first.text) < 4 or len(second.text) < 5:
            return []
        desc = self._descriptor(head.text)
        if desc is None or desc[0] not in _SETTLEMENTS or desc[1] not in self.lex.plural:
            return []
        if "ال" in head.text[: desc[2]]:
            return []  # "القريتين": the definite dual points back, it names nothing
        return [[first], [_Tok(second.text[1:], second.start + 1, second.end)]]

    def _unknown_before_anchor(self, mentions: list[_Mention], view: NormalizedView) -> list[PlaceMention]:
        """Names the gazetteer lacks, written as ``<descriptor> <name> <link> <known place>``.

        ``منطقة الجفينة جنوب غرب مأرب``، ``مناطق البوشجل والملاحمة في محافظة الأنبار``، ``محافظة الحجرة بمنطقة
        الباحة``، ``بمنطقة الساحل الشرقي في مدينة درنة``، ``حيي دار سعد وكريتر``: a settlement, district,
        neighbourhood, camp or governorate descriptor without the article, one to three words (several names
        joined by و after a plural descriptor), then a link to a recognised place: في، من (before a division),
        ب or ل on its descriptor or on the name, a direction before it (جنوب غرب), التابعة ل، or و after a
        plural descriptor (the names are listed together). The name gets the known place's area (a town: near
        it, ``geo_precision`` 2; a division: 3), marked ``unresolved``; an indefinite one-word name that looks
        like an adjective (a nisba ending in ي/ية, or a word of ``not_names`` in ``geo.yaml``) is no name.
        """
        out: list[PlaceMention] = []
        vtext = view.text
        for b in mentions:
            if not b.accepted or b.choice is None or b.countryside:
                continue  # ريف X places the name before it in _unknown_places
            place = b.choice.place
            start = b.span_start if b.span_start is not None else b.vs
            toks = self._tokens_before(vtext, start, 10)
            if not toks or toks[-1].end > start:
                continue
            prefix = b.prefix
            if toks[-1].end == start and set(toks[-1].text) <= _PROCLITIC_LETTERS:
                prefix += toks.pop().text  # a phrase's span starts after its proclitics (بجنوب)
            if not toks:
                continue  # nothing before the proclitic: no descriptor, no name
            i = len(toks) - 1
            link = "ب" in prefix or "ل" in prefix or (b.span_start is not None and b.direction is not None)
            joined = "و" in prefix and not link
            anchor_desc = self._descriptor(toks[i].text)
            if anchor_desc is not None and anchor_desc[0] != "countryside" and vtext[toks[i].end : start].strip() == "":
                prefix = toks[i].text[: anchor_desc[2]]
                if "ال" in prefix:
                    continue  # "في المنطقة الشرقية": an adjective phrase, not a name's link
                link = link or "ب" in prefix or "ل" in prefix
                joined = joined or ("و" in prefix and not link)
                i -= 1
            if i >= 1 and f"{toks[i - 1].text} {toks[i].text}" in self.lex.dir_before:
                i -= 2
                link = True
            elif i >= 0 and toks[i].text in self.lex.dir_before:
                i -= 1
                link = True
            if i >= 1 and toks[i].text == "من" and b.relational and self._near_word(toks[i - 1].text):
                i -= 1  # "بلدة X بالقرب من إدلب" (round 12): the near word below
            elif i >= 0 and toks[i].text in ("في", "من"):
                if toks[i].text == "من" and anchor_desc is None and place.feature not in AREA_FEATURES:
                    continue
                i -= 1
                link = True
            if b.relational and not link and i >= 0 and self._near_word(toks[i].text):
                i -= 1  # "قريتي X وY قرب الموصل": near the place (round 12)
                link = True
                if i >= 0 and toks[i].text == "في":
                    i -= 1  # "قرية X في محيط حلب"
            while link and i >= 1 and toks[i].text in _LINK_WORDS:
                i -= 1  # "X التابعة لحائل", "X الواقعة شمال Y", "X، في Y"
            if not (link or joined) or i < 1:
                continue
            # the descriptor: one to three words before the link
            j = next((q for q in range(i - 1, max(-1, i - 4), -1) if self._descriptor(toks[q].text)), None)
            if j is None:
                continue
            kind, stem, plen = self._descriptor(toks[j].text) or ("", "", 0)
            dprefix = toks[j].text[:plen]
            if kind not in _NAMED_KINDS or "ال" in dprefix or dprefix.endswith("لل") or stem.startswith("ال"):
                continue  # "العاصمة الاقتصادية لسورية": a definite descriptor takes an adjective, not a name
            ds, de = view.to_source(toks[j].start, toks[j].end)
            if "إحياء" in view.source[ds:de]:
                continue  # "لإحياء العملية السياسية" (reviving), not أحياء (neighbourhoods): one form normalized
            plural = stem in self.lex.plural
            if joined and not plural:
                continue
            if place.feature == "PCLI" and kind not in _SETTLEMENTS:
                continue
            name_toks = toks[j + 1 : i + 1]
            if any(not _TOKEN_RE.fullmatch(t.text) or not t.text.isalpha() for t in name_toks):
                continue
            groups: list[list[_Tok]] = [[]]
            for t in name_toks:
                if groups[-1] and t.text.startswith("و") and (t.text.startswith("وال") or (plural and len(t.text) > 3)):
                    if not plural:
                        if not any(x.accepted and x.vs == t.start for x in mentions):
                            groups = []  # "منطقة X والY" after a singular descriptor: not one name
                        # else "منطقة رأس عيسى والصليف، شمالي مدينة الحديدة": X is listed with a known place
                        break
                    groups.append([_Tok(t.text[1:], t.start + 1, t.end)])
                else:
                    groups[-1].append(t)
            geo = fallback_geo(place)
            pair = len(groups) == 2 and stem in _DUAL_STEMS
            for group in groups:
                if not group or self._not_a_name(group, pair):
                    continue
                gs, ge = view.to_source(group[0].start, group[-1].end)
                if _TANWEEN.search(view.source[gs:ge]):
                    continue  # "آزال هجومًا مباغتًا": tanween marks an ordinary word
                written = " ".join(t.text for t in group)
                if written in self._keys:
                    continue
                if any(m.accepted and m.vs < group[-1].end and group[0].start < m.ve for m in mentions):
                    continue
                s, e = view.to_source(group[0].start, group[-1].end)
                evidence = ("unknown-name", f"descriptor:{kind}", "anchor")
                own = self._sourced_site_geo(written, place)
                if own is not None:
                    # round 35 (helper gz1): "قاعدة العند شمال عدن": a site whose province is sourced lies in it,
                    # not in the town of another province its bearing is told from (the province's area, precision 2)
                    evidence = ("unknown-name", f"descriptor:{kind}", "sourced site")
                out.append(
                    PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], own or dict(geo), "", evidence, 0.0)
                )
        return out

    def _sourced_site_geo(self, name: str, anchor: Any) -> dict[str, Any] | None:
        """Round 35 (helper gz1): the area of the sourced province of a site the gazetteer lacks (``ar/geo.yaml``
        site_provinces: العند of Lahij) when the place it is told beside lies in another province of the same
        country (قاعدة العند شمال عدن: Lahij's, not Aden's), at precision 2 (a spot of the province, the site as
        ``events.unlisted_places.site_place`` reads it); None otherwise (the anchor's area stands)."""
        sourced = SITE_PROVINCES.get(name)
        if sourced is None or (anchor.iso3, anchor.admin1) == sourced:
            return None
        division = next(
            (
                p
                for p in self.gazetteer.candidates_by_country(anchor.country)
                if p.feature == "ADM1" and p.iso3 == sourced[0] and p.admin1 == sourced[1]
            ),
            None,
        )
        if division is None:
            return None
        # a spot within the province, as events.unlisted_places.site_place reads the sourced site (precision 2)
        return {**fallback_geo(division), "geo_precision": 2}

    def _unknown_after_head(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 11c: a list whose province is named once at its head, then a colon, then its items each told by
        its kind (``في محافظة صعدة: مديرية X، ومنطقة Y، وقرية Z``): the names the gazetteer lacks are places of
        that province (``geo_precision`` 3, ``unresolved``). An item is a descriptor of a named kind without the
        article and one to three words of name, items parted by a comma or و; the list ends at the first word that
        is neither (a full stop, a verb, a longer phrase). Items the gazetteer holds stay as they are."""
        out: list[PlaceMention] = []
        vtext = view.text
        taken = [(p.start, p.end) for p in placed]
        for b in mentions:
            if not b.accepted or b.choice is None:
                continue
            place = b.choice.place
            if place.feature not in ("ADM1", "ADM2") and b.descriptor != "governorate":
                continue
            toks = self._tokens_after(vtext, b.ve, 40)
            if not toks or toks[0].text != ":":
                continue
            geo = fallback_geo(place)
            k = 1
            while k < len(toks):
                if toks[k].text in ("،", ","):
                    k += 1
                    continue
                desc = self._descriptor(toks[k].text)
                if desc is None or desc[0] not in _NAMED_KINDS:
                    break
                dprefix = toks[k].text[: desc[2]]
                if "ال" in dprefix or dprefix.strip("و") or desc[1].startswith("ال"):
                    break  # "وبالمنطقة": a definite or linked word, not the next item
                k += 1
                group: list[_Tok] = []
                while k < len(toks) and _TOKEN_RE.fullmatch(toks[k].text) and toks[k].text.isalpha():
                    if group and toks[k].text.startswith("و") and self._descriptor(toks[k].text[1:]):
                        break  # "ومنطقة": the next item
                    group.append(toks[k])
                    k += 1
                if not group or len(group) > 3:
                    break  # no name, or a phrase that runs on: the list is over
                if self._not_a_name(group) or " ".join(t.text for t in group) in self._keys:
                    continue
                if any(m.accepted and m.vs < group[-1].end and group[0].start < m.ve for m in mentions):
                    continue  # an item the gazetteer holds
                s, e = view.to_source(group[0].start, group[-1].end)
                if _TANWEEN.search(view.source[s:e]) or any(a < e and s < z for a, z in taken):
                    continue
                evidence = ("unknown-name", f"descriptor:{desc[0]}", "head")
                out.append(PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], dict(geo), "", evidence, 0.0))
        return out

    def _unknown_in_town(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A neighbourhood the gazetteer lacks, in the one town the text names: ``مكة المكرمة: … سقط عامل في حي
        الزاهر`` is al-Zahir of Mecca (near the town, ``geo_precision`` 2, ``unresolved``).

        Only a singular neighbourhood descriptor without the article (حي، حارة، ضاحية) and a name written with the
        article (or a two-word name such as ``أبو X``), when every settlement the text names is one and the same
        town (countries and divisions aside); a neighbourhood lies in a town, so no other is left.
        """
        towns = {
            m.choice.place.id: m.choice.place
            for m in mentions
            if m.accepted and m.choice is not None and m.choice.place.feature not in AREA_FEATURES
        }
        if len(towns) != 1:
            return []
        town = next(iter(towns.values()))
        vtext = view.text
        if not _NEIGHBOURHOOD_RE.search(vtext):
            return []  # most texts: one regex pass instead of a descriptor test per word
        toks = text_tokens(vtext)
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for i, tok in enumerate(toks[:-1]):
            if not tok.text.endswith(_NEIGHBOURHOOD_ENDS):
                continue
            desc = self._descriptor(tok.text)
            if desc is None or desc[0] != "neighbourhood" or desc[1] in self.lex.plural or "ال" in tok.text[: desc[2]]:
                continue
            group = [toks[i + 1]]
            if self._in(group[0].text, self._joinable) and i + 2 < len(toks):
                group.append(toks[i + 2])
            first = group[0]
            if vtext[tok.end : first.start] != " " or any(not t.text.isalpha() for t in group):
                continue
            if len(group) == 1 and not first.text.startswith("ال"):
                continue
            if self._not_a_name(group):
                continue  # a gazetteer name is kept: its candidates were turned down (a Yemeni الزاهر in Mecca)
            gs, ge = view.to_source(first.start, group[-1].end)
            if _TANWEEN.search(view.source[gs:ge]):
                continue
            if any(a < group[-1].end and first.start < b for a, b in taken) or any(
                m.accepted and m.vs < group[-1].end and first.start < m.ve for m in mentions
            ):
                continue
            evidence = ("unknown-name", "descriptor:neighbourhood", "one town")
            written = view.source[gs:ge]
            out.append(PlaceMention(gs, ge, "GPE", written, written, fallback_geo(town), "", evidence, 0.0))
        return out

    def _unknown_sourced(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Round 24 (helper geo8): a place the gazetteer lacks whose first-level division is sourced (``place_cues``
        sourced_unlisted: جبل صبر of Taizz), written after its descriptor (بجبل صبر، منطقة جبل صبر) or bare after في
        or ب when the text also writes it with its descriptor (في صبر; bare صبر is "patience"), and placed by no
        other rule: that division (``geo_precision`` 3, ``unresolved``, no point of its own)."""
        vtext = view.text
        out: list[PlaceMention] = []
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        for desc, name, code, admin1 in _SOURCED_UNLISTED:
            if f"{desc} {name}" not in vtext:
                continue
            division = next(
                (p for p in self.gazetteer.candidates_by_country(code) if p.feature == "ADM1" and p.admin1 == admin1),
                None,
            )
            if division is None:
                continue
            full = re.compile(r"(?<!\w)(?:[وفبل]{0,2})" + desc + r"\s+(" + name + r")(?!\w)")
            bare = re.compile(r"(?<!\w)(?:في\s+|[وف]?ب)(" + name + r")(?!\w)")
            for m in [*full.finditer(vtext), *bare.finditer(vtext)]:
                gs, ge = m.start(1), m.end(1)
                if any(a < ge and gs < b for a, b in taken) or any(
                    k.accepted and k.vs < ge and gs < k.ve for k in mentions
                ):
                    continue  # placed by another rule (جبل صبر في تعز: near Taiz) or a gazetteer name
                s, e = view.to_source(gs, ge)
                if _TANWEEN.search(view.source[s:e]):
                    continue
                taken.append((gs, ge))
                written = view.source[s:e]
                evidence = ("unknown-name", f"descriptor:{desc}", "sourced division")
                out.append(PlaceMention(s, e, "GPE", written, written, fallback_geo(division), "", evidence, 0.0))
        return out

    def _unknown_in_country(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A governorate or district the gazetteer lacks, written with its descriptor (محافظة، مديرية، قضاء) and a
        name with the article (``محافظة الخرمة``، ``مديرية الشمايتين``), in a text whose places all lie in one
        country: that country (``geo_precision`` 3, ``unresolved``; no admin1 is guessed)."""
        accepted = [m for m in mentions if m.accepted and m.choice is not None]
        countries = {m.choice.place.country for m in accepted if m.choice is not None}
        if len(countries) != 1 or len({m.key for m in accepted}) < 2:
            return []  # one place alone may be a wrong reading: two names of one country say where the text is
        code = next(iter(countries))
        country = next((p for p in self.gazetteer.candidates_by_country(code) if p.feature == "PCLI"), None)
        if country is None:
            return []
        vtext = view.text
        if not any(d in vtext for d in _COUNTRY_DESCRIPTORS):
            return []
        toks = text_tokens(vtext)
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for i, tok in enumerate(toks[:-1]):
            if not tok.text.endswith(_COUNTRY_DESCRIPTORS):
                continue
            desc = self._descriptor(tok.text)
            if desc is None or desc[1] not in _COUNTRY_DESCRIPTORS:
                continue
            if "ال" in tok.text[: desc[2]] or tok.text[: desc[2]].endswith("لل"):
                continue  # "المنطقة الشرقية": a definite descriptor takes an adjective
            first = toks[i + 1]
            if vtext[tok.end : first.start] != " " or not first.text.isalpha() or not first.text.startswith("ال"):
                continue
            group = [first]
            if self._not_a_name(group):
                continue
            gs, ge = view.to_source(first.start, first.end)
            if _TANWEEN.search(view.source[gs:ge]):
                continue
            if any(a < first.end and first.start < b for a, b in taken) or any(
                m.vs < first.end and first.start < m.ve for m in mentions
            ):
                continue  # placed, or a gazetteer name the recognizer turned down: left alone
            evidence = ("unknown-name", f"descriptor:{desc[0]}", "one country")
            written = view.source[gs:ge]
            out.append(PlaceMention(gs, ge, "GPE", written, written, fallback_geo(country), "", evidence, 0.0))
        return out

    def _unknown_neighbouring(
        self, mentions: list[_Mention], view: NormalizedView, placed: list[PlaceMention]
    ) -> list[PlaceMention]:
        """A village or town the gazetteer lacks, written as the neighbour of a town the text named before it
        (``… مدينة سبها … بقرية الطيوري المجاورة``): near that town (``geo_precision`` 2, ``unresolved``)."""
        vtext = view.text
        if _NEIGHBOURING not in vtext:
            return []  # most texts: one substring test
        towns = sorted(
            # a town written as a bearing ("700 كيلومتر جنوبي طرابلس") locates another place, not this story's town
            (
                m
                for m in mentions
                if m.accepted and m.choice is not None and not m.choice.place.is_area and not m.direction
            ),
            key=lambda m: m.ve,
        )
        taken = [(view.to_view(u.start), view.to_view(u.end)) for u in placed]
        out: list[PlaceMention] = []
        for hit in _NEIGHBOURING_RE.finditer(vtext):
            ns, ne = hit.span("name")
            if self._descriptor(hit.group("desc")) is None or self._not_a_name([_Tok(hit.group("name"), ns, ne)]):
                continue
            if hit.group("name") in self._keys or any(a < ne and ns < b for a, b in taken):
                continue
            if any(m.vs < ne and ns < m.ve for m in mentions):
                continue  # a gazetteer name the recognizer read or turned down
            before = [m for m in towns if m.ve <= ns and ns - m.ve <= _NEIGHBOUR_CHARS]
            if not before or before[-1].choice is None:
                continue
            gs, ge = view.to_source(ns, ne)
            if _TANWEEN.search(view.source[gs:ge]):
                continue
            written = view.source[gs:ge]
            geo = fallback_geo(before[-1].choice.place)
            evidence = ("unknown-name", "neighbouring")
            out.append(PlaceMention(gs, ge, "GPE", written, written, geo, "", evidence, 0.0))
        return out

    def _chain_kind(self, word: str, joined: bool = False) -> bool:
        """A singular kind word of a list item without the article (منطقة، وقرية، بمديرية); ``joined``: with و."""
        desc = self._descriptor(word)
        if desc is None or desc[0] not in _LISTED_KINDS or desc[1] in self.lex.plural or desc[1] in _WORD_TOO:
            return False
        prefix = word[: desc[2]]
        if "ال" in prefix or desc[1].startswith("ال"):
            return False
        return prefix.startswith("و") if joined else True

    @staticmethod
    def _is_place_at(mentions: list[_Mention], tok: _Tok) -> bool:
        return any(m.accepted and m.vs <= tok.start < m.ve for m in mentions)

    def _repeated_unknown(self, unknown: list[PlaceMention], view: NormalizedView) -> list[PlaceMention]:
        """Other mentions of a name placed once by its context (7 above), written after في or with ب:
        ``مواجهات في منطقة الجفينة جنوب غرب مأرب … وقصف الطيران مواقعهم في الجفينة`` is the same place."""
        out: list[PlaceMention] = []
        if not unknown:
            return out
        vtext = view.text
        seen: set[str] = set()
        taken = {(view.to_view(u.start), view.to_view(u.end)) for u in unknown}
        for u in unknown:
            vs, ve = view.to_view(u.start), view.to_view(u.end)
            name = vtext[vs:ve]
            names = [name]
            words = name.split()
            if len(words) == 2 and words[1].startswith("ال") and words[1].endswith(("يه", "ي")):
                names.append(words[0])  # "قاعدة العند الجوية" … "قاعدة العند": the name without its adjective
            for name in names:
                if name in seen or len(name) < 4:
                    continue
                seen.add(name)
                out += self._repeats(name, vs, u, view, taken)
        return out

    def _repeats(
        self, name: str, vs: int, u: PlaceMention, view: NormalizedView, taken: set[tuple[int, int]]
    ) -> list[PlaceMention]:
        """The other mentions of ``name``: after في or with ب, or (round 11) after a descriptor of a named kind
        without the article (``… قاعدة العند الجوية بمحافظة لحج … سيطروا على قاعدة العند``)."""
        out: list[PlaceMention] = []
        vtext = view.text
        for m in re.finditer(rf"({re.escape(name)})(?![\w])", vtext):
            if m.start(1) == vs or any(a <= m.start(1) < b for a, b in taken):
                continue
            before = " " + vtext[max(0, m.start(1) - 12) : m.start(1)]
            if not re.search(r"(?:\sفي |\sب|\sوب|\sوفي )$", before) and (
                before[-1:].isalnum() or not self._named_kind_before(vtext, m.start(1))
            ):
                continue
            taken.add((m.start(1), m.end(1)))
            s, e = view.to_source(m.start(1), m.end(1))
            written = view.source[s:e]
            evidence = ("unknown-name", "repeated")
            out.append(PlaceMention(s, e, u.type, written, written, dict(u.geo), "", evidence, 0.0))
        return out

    def _named_kind_before(self, vtext: str, pos: int) -> bool:
        """Whether the word right before ``pos`` (a space or an opening quote between) is a descriptor of a named
        kind without the article (قاعدة، لقاعدة، منطقة; not القاعدة)."""
        toks = self._tokens_before(vtext, pos, 1)
        if not toks or vtext[toks[-1].end : pos].strip(' «“"') != "":
            return False
        if toks[-1].text in _SECTOR_WORDS:
            return True  # "بقطاع الطوال" after "محافظة الطوال" (round 12)
        desc = self._descriptor(toks[-1].text)
        if desc is None or desc[1] in self.lex.plural:
            return False  # a plural (قرى، مناطق) lists kinds of things as often as places
        return desc[0] in _NAMED_KINDS and "ال" not in toks[-1].text[: desc[2]]

    def _unlisted(
        self,
        group: list[_Tok],
        mentions: list[_Mention],
        taken: list[tuple[int, int]],
        view: NormalizedView,
        geo: dict[str, Any],
        evidence: tuple[str, ...],
        *,
        plain: bool = True,
    ) -> PlaceMention | None:
        """The mention of a name the gazetteer lacks that a round-12 rule places at ``geo`` (its area), or None when
        the gazetteer or another rule holds the words, when they describe rather than name (:meth:`_not_a_name`;
        with ``plain``, also one word that is an adjective or a war noun), or when tanween marks them indefinite."""
        gs, ge = group[0].start, group[-1].end
        if any(m.vs < ge and gs < m.ve for m in mentions) or any(a < ge and gs < z for a, z in taken):
            return None
        first = group[0].text
        if plain and len(group) == 1 and (first.endswith(_ADJ_ENDS) or first in _WAR_NOUNS):
            return None
        if self._not_a_name(group) or " ".join(g.text for g in group) in self._keys:
            return None
        s, e = view.to_source(gs, ge)
        if _TANWEEN.search(view.source[s:e]):
            return None
        return PlaceMention(s, e, "GPE", view.source[s:e], view.source[s:e], dict(geo), "", evidence, 0.0)

    def _not_a_name(self, group: list[_Tok], pair: bool = False) -> bool:
        """Words after a descriptor that describe it rather than name it (منطقة عسكرية، مناطق واسعة).

        ``pair``: the group is one of the two names a dual descriptor announces (قريتي دويزات والحود, round 12),
        so a one-word name ending like a plural (ات، ين) is still a name."""
        first = group[0].text
        if any(self._descriptor(t.text) or t.text in self.lex.preps or t.text in self.lex.not_names for t in group):
            return True
        if any(t.text[:1] in "بلك" and len(t.text) >= 4 for t in group[1:]):
            return True  # "جنوبية كحضرموت", "ميمنة بمركز سنورس": a clitic starts another phrase
        if first.startswith("لل"):
            return True  # "معسكر للجيش المالي": ل with the article starts a phrase, never a name
        if first in self.lex.dir_before or first in self.lex.dir_after:
            return True  # a direction is no name (الساحل الشرقي is: a direction after the name's first word)
        if first.startswith("ال"):
            return len(first) < 4
        if first.endswith(("يه", "ي")):
            return True  # an indefinite nisba adjective (منطقة عسكرية، محافظات جنوبية)
        if pair:
            return len(group) == 1 and (len(first) < 3 or first.endswith(("ها", "هم", "هن", "نا")))
        return len(group) == 1 and (len(first) < 3 or first.endswith(("ين", "ات", "ها", "هم", "هن", "نا")))
