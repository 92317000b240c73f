"""Claims sub-stage: source phrases — what the words after (or before) a cue name as a teller.

`parse_source` and its readers (`_np_*`): an entity the earlier stages named, a title with or without a name,
a source noun (مصادر، شهود), an outlet and its name, a body by its head noun, a quoted name, a partitive (أحد
السكان), a correspondent and the outlet he speaks for, a counterpart or a title standing for a person named
before. Separate because it only reads a noun phrase at a given token into an NP with its kind; whether that
phrase is the teller of a cue is decided above it.
"""

from __future__ import annotations

import bisect

from marsad import model, packs
from marsad.pipeline import EntityDraft
from marsad.stages import names, ner  # (the corpus's word classes: once here, not an import per word read)

from .cues import (
    _AFFILIATION,
    _AGENCY,
    _AGENCY_BODIES,
    _ALA_TO,
    _ALA_WORD,
    _ALIAS_BODY_HEADS,
    _ALLAH,
    _AN,
    _BI_ISM,
    _BODY_MODIFIERS,
    _BODY_NOUNS,
    _COMPOUND,
    _COUNTERPARTS,
    _DEFINITE_BODY_HEADS,
    _DEMONSTRATIVES,
    _ENVOYS,
    _FEMININE_ENDINGS,
    _FI,
    _FORCE_NOUNS,
    _GROUP_HEADS,
    _KIN_HEADS,
    _LAM_BODY_HEADS,
    _LINEAGE,
    _MANNER,
    _MAX_NP,
    _MAX_QUOTE,
    _MIN,
    _NAME_LINKS,
    _NAME_TIES,
    _NAMING,
    _NISBA_ENDINGS,
    _NOT_NAME,
    _OBJECT_MASDARS,
    _OFFICE_HEADS,
    _ONE_OF,
    _PARTITIVES,
    _PERSON_TITLES,
    _PLATFORM_NAMES,
    _PLURAL_ENDINGS,
    _POSSESSIVE,
    _POSSESSIVE_TITLE,
    _PUBLISHED,
    _PUNCT_STOP,
    _QUOTE,
    _RECENCY,
    _RELATIVE,
    _REPRESENTING,
    _SAME_SOURCE_LEADS,
    _SEMI,
    _STRICT_COMPS,
    _THAT_FORMS,
    _TIME_NOUNS,
    _TIME_PREPS,
    _TIME_PRONOUNS,
    _TIME_WORDS,
    _TITLE_BI_PREFIXES,
    _TOKEN,
    _TOLD_OBJECTS,
    _VERBAL_NOUN_PREFIXES,
    _WAQT,
    _YEAR_NOUNS,
    _bare,
    _bi_object,
    _cue_words,
    _f,
    _given_names,
    _starting,
    _unprefix,
    _witness_pairs,
)
from .reader import NP, Tok, _Base

#: the ending of a singular feminine noun or adjective (ة, folded ه): the feminine endings less the plural ات
_SINGULAR_FEMININE = tuple(e for e in _FEMININE_ENDINGS if e not in _PLURAL_ENDINGS)

#: the ending of a masculine singular nisba (الفنزويلي): the nisba endings of one letter
_MASC_NISBA = tuple(e for e in _NISBA_ENDINGS if len(e) == 1)


class _Phrases(_Base):
    """The reader's layer of phrases.py: source phrases — what the words after (or before) a cue name as a teller."""

    def parse_source(self, i: int, lam: bool = False, sent_of: int | None = None) -> NP | None:
        first = self.tok_at(i, lam)
        if first is None or not self.same_sentence(sent_of if sent_of is not None else i, i):
            return None
        t0 = first.t
        if t0 == _QUOTE and not lam:
            return self._with_abbrev(self._np_quoted(i) or self._np_quoted_outlet(i) or self._np_quoted_noun(i)
                                     or self._np_quoted_body(i))
        if t0 in _PUNCT_STOP or t0 == _QUOTE or t0 in self.lx.comps:
            return None
        if not lam and (t0 in _PARTITIVES or _unprefix(t0) in _PARTITIVES):
            return self._one_of_named(self._np_partitive(i, first), i, first)
        if not lam and _unprefix(t0) in _RECENCY and self.same_sentence(i, i + 1) \
                and self.lx.source_nouns.get(_bare(self.t(i + 1))) == "document":
            # (after an according-to cue too: بحسب آخر حصيلة للمرصد, the Observatory's document; an owner that is
            # no outlet is found there by the cue's reader: بحسب أحدث حصيلة لوزارة الصحة)
            np_ = self._np_noun(i + 1, self.toks[i + 1])
            return np_ if np_ is not None and np_.kind == "document" else None
        if not lam and self._time_phrase_at(i):
            return None  # قالت خلالها إن، وأضاف عقب الاجتماع أن: a time phrase, no teller
        if t0 in _SAME_SOURCE_LEADS and self.same_sentence(i, i + 1) and self.t(i + 1).startswith("ال"):
            return self._same_source_lead(i, first, sent_of)
        for parse in (self._np_entity, self._np_headed_entity, self._np_outlet, self._np_role, self._np_noun,
                      self._np_known, self._np_possessed_title):
            np_ = parse(i, first)
            if np_ is not None and parse == self._np_noun and self.t(i + 1) == "بين" and self.same_sentence(i, i + 1):
                return None  # الفرق بين الموقفين: a noun followed by "between" compares, no teller (فرق: teams)
            if np_ is not None and parse == self._np_noun:
                np_ = self._noun_then_name(np_, i, first)
            if np_ is not None:
                np_ = self._with_naming(self._with_abbrev(np_))
                if np_ is not None and lam:
                    self._give_back_article(np_, i)
                return np_
        return None

    def _same_source_lead(self, i: int, first: Tok, sent_of: int | None) -> NP | None:
        """"بحسب نفس المصدر، وفقا لذات المصادر، وأوضح نفس المصدر أن": the anaphoric word before an unnamed source
        noun makes it the same source, as المصدر ذاته does with the word after it; the phrase opens at that word
        (the chain reads the head past it)."""
        np_ = self.parse_source(i + 1, sent_of=sent_of if sent_of is not None else i)
        if np_ is None or np_.i != i + 1 or np_.kind not in ("anonymous", "official") or np_.text is not None:
            return None  # (نفس الوكالة، ذات الجهة: no source noun of that kind; left unread as before)
        np_.anaphoric = True
        np_.i, np_.s = i, first.s
        return np_

    def _np_possessed_title(self, i: int, first: Tok) -> NP | None:
        """A one-word title with a possessive pronoun (نقل فلان عن مديرها العام، وقال رئيسه إن): the head of the
        body the pronoun points back to, with no personal name, so an office speaking officially; the definite
        words that qualify it (العام، التنفيذي) belong to it."""
        if self.surface(first.s, first.e).endswith("ة"):
            return None  # نائبة: folding made the feminine ending look like the pronoun ه
        suf = None
        # (the word as written first: the و of وزيرها is the title's own letter, no conjunction)
        for t in dict.fromkeys((first.t, _unprefix(first.t))):
            suf = next((p for p in _POSSESSIVE_TITLE if t.endswith(p) and len(t) - len(p) >= 3), None)
            if suf is not None and ((t[:-len(suf)],) in self.lx.roles.get(t[:-len(suf)], [])
                                    or self.lx.source_nouns.get(t[:-len(suf)]) == "official"
                                    or t[:-len(suf)] in self.lx.correspondents):
                break
            suf = None
        if suf is None:
            return None  # (a spokesman noun takes one too: على لسان ناطقها الإعلامي)
        corr = t[:-len(suf)] in self.lx.correspondents
        # (وقال محاميها: the conjunction و/ف is no part of the teller's text)
        first = Tok(first.s + len(first.t) - len(t), first.e, t)
        k = i + 1
        while k < len(self.toks) and k < i + 3 and self.same_sentence(i, k) and not self._bi_object_at(k) and (
                _bare(self.t(k)) in self.lx.role_mods | self.lx.qualifiers
                or (self.t(k).startswith("ال") and self._adjective(k))):
            k += 1
        n = self._post_title_place(k, i)
        hit = self.entity_at(self.toks[n].s, self.toks[n].e, ("person",)) \
            if n < len(self.toks) and self.same_sentence(i, n) and self.t(n).isalpha() else None
        if hit is not None and n > k and self._mention_starts_at(n, self.toks[n]):
            # وقال ممثلها في فرنسا فلان الفلاني: the place the holder serves in stands between title and name
            k = n
        if hit is not None and self._mention_starts_at(k, self.toks[k]):
            # بحسب ما قال محاميه فلان الفلاني: the holder of the title, named right after it
            end = self.tok_until_orig(k, hit[1])
            if k < end and self.same_sentence(i, end - 1):
                np_ = NP("person", i, end, first.s, self.toks[end - 1].e, role=self.surface(first.s, first.e),
                         entity=hit[0].id)
                np_.name = self.surface(self.toks[k].s, self.toks[end - 1].e)
                if corr:
                    np_.outer = self._own_outlet(i)
                return np_
        if n > k and n < len(self.toks) and self.t(n) in self.lx.comps:
            k = n  # وقال مندوبها في مجلس الأمن إن، ومديرها في حلب إن: the place or body he serves in is his title's
        if corr:
            # وقال مراسلها في دمشق إن: the outlet's own correspondent, an anonymous inner link with the place he
            # reports from, speaking for the outlet the pronoun points back to
            np_ = NP("anonymous", i, n, first.s, self.toks[n - 1].e)
            np_.outer = self._own_outlet(i)
            return np_
        return NP("official", i, k, first.s, self.toks[k - 1].e, role=self.surface(first.s, first.e))

    def _own_outlet(self, i: int) -> list[model.Source]:
        """The outlet a correspondent with a pronoun (مراسلها) belongs to: none after عن or على لسان, where the
        relaying outlet is already the outer link; else the last outlet cited, else the publisher."""
        if i > 0 and (self.t(i - 1) == _AN or self._after_tongue(i)):
            return []
        src = self.outlets[-1] if self.outlets else None
        a = self.orig(self.toks[i].s, self.toks[i].e)[0]
        named = self.doc.overlapping(0, a, ("outlet",))
        if named:
            # the outlet named last before it, told or not (أفاد المرصد بسقوط قذائف. وقال مراسله …), as cited
            m, ent = max(named, key=lambda p: p[0].start)
            src = next((o for o in reversed(self.outlets) if o.entity == ent.id), None) \
                or model.Source("outlet", self.doc.text[m.start:m.end], entity=ent.id)
        src = src or self._publisher()
        if src is not None:
            self.last_corr = src
        return [src] if src is not None else []

    def _post_title_place(self, k: int, i: int) -> int:
        """After a possessed title, "في" and a place the earlier stages named (ممثلها في فرنسا): the token after
        the place, else k. Only the place itself, so a name right after it can be the title's holder."""
        if k + 1 >= len(self.toks) or self.t(k) != _FI or not self.same_sentence(i, k + 1):
            return k
        a, b = self.orig(self.toks[k + 1].s, self.toks[k + 1].e)
        # (or a body the holder sits in: مندوبها في مجلس الأمن)
        end = max((m.end for m, _ent in self.doc.overlapping(a, b, ("place", "actor")) if m.start == a),
                  default=None)
        return k if end is None else max(k + 2, self.tok_until_orig(k + 1, end))

    def _noun_then_name(self, np_: NP, i: int, first: Tok) -> NP:
        """"قالت المتحدثة الأوروبية، مايا كوسيانشيتش، إن": a source noun in the singular set off by commas
        from a person the earlier stages named is that person's title (a person, as after a role noun)."""
        if np_.kind not in ("official", "anonymous") or np_.role is not None or np_.anaphoric \
                or not _bare(first.t):
            return np_
        head = _bare(_unprefix(first.t))
        if head.endswith(_PLURAL_ENDINGS) or head in _OFFICE_HEADS or head in _BODY_NOUNS:
            # مسؤولون، مصادر … are several tellers; مكتب رئيس الوزراء، فلان، is the office, not the man
            return np_
        comma = self._comma_after_complement(np_.j, i)
        if comma is None:
            return self._kin_then_name(np_, i, first)
        app = self._appositive_name(comma, i, closing=comma > np_.j)
        if app is None or app[0] is None:
            return np_
        ent, j = app
        out = NP("person", i, j, first.s, self.toks[j - 1].e, role=self.surface(np_.s, np_.e), entity=ent.id)
        out.name = self.surface(self.toks[comma + 1].s, self.toks[j - 1].e)
        out.outer = list(np_.outer)  # مراسلة بي بي سي، فلانة، …: she speaks for the outlet her title names
        return out

    def _kin_then_name(self, np_: NP, i: int, first: Tok) -> NP:
        """"وأكدت والدته فلانة الفلانية أن": a singular source noun (a kin, a witness) right before a person the
        earlier stages named, with no comma, is that person's title: the teller is the named person."""
        k = np_.j
        # (the noun carries a pronoun, read on the text as written: without one, شقيق فلان is the brother of
        # the man named, who is no teller)
        if k >= len(self.toks) or not self.same_sentence(i, k) or np_.j - np_.i != 1 \
                or not self.surface(first.s, first.e).endswith(_POSSESSIVE):
            return np_
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("person",))
        if hit is not None and any(m.start == self.doc.folded.orig(self.toks[k].s) for m in hit[0].mentions):
            j = self.tok_until_orig(k, hit[1])
        elif self._plain_word(self.t(k)) and self.t(k) not in _NOT_NAME and (
                self._closes(k + 1) or self.t(k + 1) in {":", _QUOTE}):
            j = k + 1  # قالت شقيقته مهى: "…": one plain word after a kin with its pronoun is the kin's name
        else:
            return np_
        out = NP("person", i, j, first.s, self.toks[j - 1].e, role=self.surface(np_.s, np_.e),
                 entity=hit[0].id if hit is not None else None)
        out.name = self.surface(self.toks[k].s, self.toks[j - 1].e)
        out.outer = list(np_.outer)
        return out

    def _np_partitive(self, i: int, first: Tok) -> NP | None:
        """"أحد السكان" / "عدد من الشهود" / "اثنان من المسؤولين": a source noun after a partitive (and من) is
        the source, the partitive part of its text; the definite noun names no earlier tellers."""
        k = i + 1
        if self.t(k) == _MIN:
            k += 1
        if not self.same_sentence(i, k):
            return None
        # (أحد رجال الأعمال: the head of a multi-word source noun is read by _np_noun as well)
        if not self.lx.source_nouns.get(_bare(self.t(k))) and _bare(self.t(k)) not in self.lx.multi_heads:
            return self._some_of_the(i, k, first)
        np_ = self._np_noun(k, self.toks[k])
        if np_ is None or np_.kind not in ("anonymous", "official", "document"):
            return None  # (عدة تقارير، أحد التقارير: documents)
        if np_.kind == "document" and i > 0 and self.t(i - 1) in self._PREPS:
            return None  # جاء في إحدى الوثائق: a text the words stand in, no teller
        np_.i, np_.s, np_.definite = i, first.s, False
        return self._with_abbrev(np_)

    def _one_of_named(self, np_: NP | None, i: int, first: Tok) -> NP | None:
        """"وقال أحد سكان الحي، فلان الفلاني، إن": one of a group (أحد، إحدى) set off by commas from a name is that
        person, the partitive phrase his title (as _noun_then_name does for a singular source noun)."""
        if np_ is None or np_.kind != "anonymous" or _unprefix(first.t) not in _ONE_OF:
            return np_
        comma = self._comma_after_complement(np_.j, i)
        app = self._appositive_name(comma, i) if comma is not None else None
        if app is None or app[0] is None:
            return np_  # (a name no stage knows may be a place or a second group: keep the unnamed teller)
        ent, j = app
        out = NP("person", i, j, first.s, self.toks[j - 1].e, role=self.surface(np_.s, np_.e), entity=ent.id)
        out.name = self.surface(self.toks[comma + 1].s, self.toks[j - 1].e)
        out.outer = list(np_.outer)
        return out

    def _some_of_the(self, i: int, k: int, first: Tok) -> NP | None:
        """"وقال بعض الطلبة إنهم" / "وقالت إحدى المعلمات في المدرسة إنها" / "قال أحد هؤلاء الأصدقاء،": a
        partitive before a definite plural no list knows is an unnamed teller when the phrase (with its
        adjectives, a place after في or a relative clause) ends at أن/إن, a colon, a quote or a comma."""
        if i > 0 and self.t(i - 1) in self._PREPS:
            return None  # جاء في إحدى الرسائل: a text the words stand in, no teller
        if self.t(k) in _DEMONSTRATIVES:
            k += 1
        t = self.t(k)
        if not (t.startswith("ال") and t.isalpha() and self.same_sentence(i, k)) or self.is_boundary(k) \
                or t in self.lx.stops:
            return None
        j = k + 1
        while j - k < 3 and self.t(j).startswith("ال") and self.t(j).isalpha() and not self.is_boundary(j):
            j += 1  # adjectives (أحد الطلبة الناجين)
        nxt = self.t(j)
        if nxt == _FI and self.t(j + 1).startswith("ال") and self.t(j + 2) in self.lx.comps:
            j += 2  # إحدى المعلمات في المدرسة إنها
            nxt = self.t(j)
        # قال أحد السكان للوكالة / للمنظمة: …: the body or outlet spoken to
        spoken_to = self.addressee_at(j, probe=True) is not None or (
            nxt.startswith("لل") and (self.t(j + 1) in self.lx.comps or self.t(j + 1) in {":", _QUOTE, "،", ","}))
        if not (nxt in self.lx.comps or nxt in {":", _QUOTE, "،", ","} or nxt in _RELATIVE or spoken_to):
            return None
        return NP("anonymous", i, j, first.s, self.toks[j - 1].e, definite=False)

    def _give_back_article(self, np_: NP, i: int) -> None:
        """وفقاً للمرصد السوري / للأمم المتحدة: the ل took the article's alef; an outlet's or a body's name is
        المرصد السوري (an unnamed source keeps the surface: للمصادر ذاتها → مصادر ذاتها)."""
        if np_.text is None and np_.kind in ("outlet", "official") and self.t(i).startswith("لل") and np_.i == i:
            # للجنة: the body's noun keeps its own ل (اللجنة), the preposition took the article's
            np_.text = ("الل" if self._lam_body(i) and not self._body_head(_bare(self._strip_lam(i).t)) else "ال") \
                + self.surface(np_.s, np_.e)

    def _with_naming(self, np_: NP | None) -> NP | None:
        """مسؤولة كردية كبيرة تدعى هيفي مصطفى: the source is the person so named."""
        if np_ is None or np_.kind not in ("official", "anonymous") or self.t(np_.j) not in _NAMING:
            return np_
        k = np_.j + 1
        while k < len(self.toks) and k - np_.j <= 3 and self.same_sentence(np_.i, k) and (
                self._plain_word(self.t(k)) or (k > np_.j + 1 and self._family_name_word(k))) \
                and not (k > np_.j + 1 and self.addressee_at(k, probe=True)):
            k += 1  # (شاهد يدعى محمود الحسين لعنب بلدي: the outlet spoken to ends the name)
        if k == np_.j + 1:
            return np_
        np_.role = self.surface(np_.s, np_.e)
        np_.name = self.surface(self.toks[np_.j + 1].s, self.toks[k - 1].e)
        hit = self.entity_at(self.toks[np_.j + 1].s, self.toks[k - 1].e, ("person",))
        np_.entity = hit[0].id if hit is not None else None
        np_.kind, np_.j, np_.e = "person", k, self.toks[k - 1].e
        return np_

    def _family_name_word(self, k: int) -> bool:
        """A definite word after a given name that goes on the name (شاهد عيان يدعى أحمد الخلف): a family name,
        not a date, qualifier, party or place, nor a word that ends a name (`_name_end`)."""
        t = self.t(k)
        return t.startswith("ال") and t.isalpha() and t not in _TIME_WORDS and _bare(t) not in self.lx.qualifiers \
            and self._name_end(k, k + 1) == k + 1

    def _body_alias(self, ent: EntityDraft) -> bool:
        """Whether a person the entity stage named is written in parentheses right after the name of a body
        (جهاز الأمن العام الإسرائيلي (شين بيت)): the body's short name, no one's personal name. The body is a
        party or outlet the entity stage named, or up to five words before the bracket headed by a body noun
        (grammar.alias_body_heads and the other body heads) with no title before it (وزير الخارجية (فلان))."""
        text = self.doc.text
        for m in ent.mentions:
            # (a window before and after the mention: copying the whole text per mention is quadratic on a long line)
            lo = max(0, m.start - 300)
            before = text[lo:m.start].rstrip()
            if not before.endswith("(") or not text[m.end:m.end + 100].lstrip().startswith(")"):
                continue
            end = lo + len(before[:-1].rstrip())
            if any(men.end == end for men, _ in self.doc.overlapping(max(0, end - 1), end, ("actor", "outlet"))):
                return True
            words = _TOKEN.findall(_f(before[:-1]))[-5:]
            while words and not all(w.isalpha() for w in words):
                words = words[1:]
            heads = _ALIAS_BODY_HEADS | _DEFINITE_BODY_HEADS | _OFFICE_HEADS | _BODY_NOUNS
            for w in words:
                forms = {w, _unprefix(w)}
                if any(f in self.lx.roles for f in forms):
                    break
                if any(_bare(f) in heads for f in forms):
                    return True
        return False

    def _np_quoted(self, i: int) -> NP | None:
        """A quoted name as the subject (قالت «قوات سوريا الديمقراطية» في بيان إن): the entity inside."""
        end = self.consume_quote(i, limit=10)
        if end is None or end - i < 3:
            return None
        inner = self.toks[i + 1]
        hit = self.entity_at(inner.s, self.toks[end - 2].e, ("outlet", "person", "actor"))
        if hit is None:
            return None
        np_ = self._np_entity(i + 1, inner)
        if np_ is None or np_.j > end - 1:
            return None
        np_.i, np_.j, np_.s, np_.e = i, end, self.toks[i].s, self.toks[end - 1].e
        if np_.kind == "person":
            np_.name = self.surface(inner.s, self.toks[end - 2].e)
        return np_

    def _np_quoted_noun(self, i: int) -> NP | None:
        """A source noun set in quotes, as local outlets mark an unnamed source (نقلت الوكالة عن "مصدر أمني" أن):
        the source the words inside make, when they fill the quote."""
        end = self.consume_quote(i, limit=6)
        if end is None or end - i < 3:
            return None
        np_ = self._np_noun(i + 1, self.toks[i + 1])
        if np_ is None or np_.j != end - 1 or np_.kind not in ("anonymous", "official"):
            return None
        np_.i, np_.j, np_.s, np_.e = i, end, self.toks[i].s, self.toks[end - 1].e
        np_.text = self.surface(self.toks[i + 1].s, self.toks[end - 2].e)
        return np_

    def _np_quoted_outlet(self, i: int) -> NP | None:
        """A quoted outlet name no entity stage knows (ونقلت "وكالة خبر" اليمنية عن …): an outlet noun opens it."""
        end = self.consume_quote(i, limit=8)
        if end is None or end - i < 4 or _bare(self.t(i + 1)) not in self.lx.outlet_nouns:
            return None
        inner = self.surface(self.toks[i + 1].s, self.toks[end - 2].e)
        if self.is_own(inner):
            return None
        return NP("outlet", i, end, self.toks[i].s, self.toks[end - 1].e, text=inner)

    def _np_quoted_body(self, i: int) -> NP | None:
        """A short quoted name no entity stage knows, speaking right away (قالت "أسترازينيكا" إنها، قالت
        "الشركة" في بيان إن): a body speaking officially."""
        end = self.consume_quote(i, limit=6)
        if end is None or end - i < 3 or not self.same_sentence(i, end) or self.t(i - 1) in self._PREPS:
            return None  # أعربت عن "أسفها" في بيان: an object, not a teller
        nxt = self.t(end)
        if not (nxt in _STRICT_COMPS or (nxt == _FI and self.t(end + 1) in self.lx.medium)):
            return None
        if self.entity_at(self.toks[i + 1].s, self.toks[end - 2].e, ("actor", "person", "place")):
            return None
        return NP("official", i, end, self.toks[i].s, self.toks[end - 1].e,
                  text=self.surface(self.toks[i + 1].s, self.toks[end - 2].e))

    def _with_abbrev(self, np_: NP | None) -> NP | None:
        """A parenthesised abbreviation belongs to the name: وكالة الأنباء العراقية (واع)."""
        if np_ is None or np_.kind not in ("outlet", "official", "person") or self.t(np_.j) != "(":
            return np_
        if np_.kind != "outlet" and np_.entity is None:
            return np_
        end = self._paren(np_.j)
        if end is None or end - np_.j > 5 or not self.same_sentence(np_.i, end - 1):
            return np_
        if not all(self.t(m).isalnum() for m in range(np_.j + 1, end - 1)):
            return np_
        np_.j = end
        np_.e = self.toks[end - 1].e
        return np_

    def _np_entity(self, i: int, first: Tok) -> NP | None:
        hit = self.entity_at(first.s, first.e, ("outlet", "person", "actor"))
        if hit is None or not self._mention_starts_at(i, first):
            return None
        ent, m_end = hit
        if ent.type == "person" and self._time_phrase_at(i):
            return None  # وقال قبيل الظهر إن: a time phrase the entity stage took for a name tells nothing
        j = self.tok_until_orig(i, m_end)
        if first.s == self.toks[i].s and _unprefix(first.t) != first.t:
            # وترامب قال إن: a mention after the conjunction glued to it starts after it
            a, b = self.orig(first.s, first.e)
            if any(m.start == a + 1 and self.doc.text[a] in "وف" for m, _e in self.doc.overlapping(a, b, (ent.type,))):
                first = Tok(first.s + 1, first.e, first.t[1:])
        np_ = NP("official", i, j, first.s, self.toks[j - 1].e, entity=ent.id)
        if ent.type == "outlet":
            np_.kind = "outlet"
        elif ent.type == "person" and self._body_alias(ent):
            pass  # جهاز الأمن العام (شين بيت) … وقال "شين بيت": the body's short name, taken for a name
        elif ent.type == "person" and j > i + 1 and not first.t.startswith("ال") \
                and _unprefix(first.t) in _OFFICE_HEADS:
            pass  # منتدى الإعلام الحر، مجمع … الطبي: a body's head in construct, a body's name taken for a person's
        elif ent.type == "person" and _bare(_unprefix(first.t)) in self.lx.outlet_nouns and j > i + 1:
            np_.kind = "outlet"  # مجلة فوربس: an outlet noun heads it, a publication's name taken for a person's
        elif ent.type == "person":
            np_.kind = "person"
            # the same person named twice in a row (الرئيس الأميركي، دونالد ترامب): one phrase
            k = j + 1 if self.t(j) in {"،", ","} else j
            if k < len(self.toks) and self.same_sentence(i, k):
                nxt = self.entity_at(self.toks[k].s, self.toks[k].e, ("person",))
                if nxt is not None and nxt[0].id == ent.id:
                    j = self.tok_until_orig(k, nxt[1])
                    np_.j, np_.e = j, self.toks[j - 1].e
            np_.role = ent.attrs.get("role")
            np_.name = self.surface(first.s, self.toks[j - 1].e)
            np_.outer = self._outlet_in(i, j)
            if j - i >= 2 and self._outlet_suffix_end(i, j):
                np_.kind, np_.name, np_.role, np_.outer, np_.entity = "outlet", None, None, [], None  # اوس نيوز
        return np_

    def _outlet_suffix_end(self, i: int, j: int) -> bool:
        """Tokens i..j end with an outlet's suffix (نيوز، تايمز، برس، تي في): an outlet's name, not a person's."""
        last = self.t(j - 1)
        return last in self.lx.outlet_suffixes or (
            j - i >= 3 and f"{self.t(j - 2)} {last}" in self.lx.outlet_suffixes)

    def _np_headed_entity(self, i: int, first: Tok) -> NP | None:
        """منظمة "إيروورز"، حركة "حماس": a noun that heads a body, then a named outlet or actor (quoted or not):
        that entity, the head noun part of its text."""
        if _bare(_unprefix(first.t)) not in _OFFICE_HEADS or not self.same_sentence(i, i + 1):
            return None
        k = i + 1
        quoted = self.t(k) == _QUOTE
        if quoted:
            k += 1
        if k >= len(self.toks):
            return None
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet", "actor"))
        if hit is None or not self._mention_starts_at(k, self.toks[k]):
            return self._np_headed_quote(i, first) if quoted else None
        if not quoted and _unprefix(first.t).startswith("ال") and not self.t(k).startswith("ال"):
            # a definite head is in construct with nothing, so a bare name right after it is no name of it:
            # وحذر الاتحاد موسكو من أنه (Moscow is the one warned; the union is the teller on its own)
            return None
        ent, m_end = hit
        j = self.tok_until_orig(k, m_end)
        if quoted:
            if self.t(j) != _QUOTE:
                return None
            j += 1
        kind = "outlet" if ent.type == "outlet" else "official"
        return NP(kind, i, j, first.s, self.toks[j - 1].e, entity=ent.id)

    def _np_headed_quote(self, i: int, first: Tok) -> NP | None:
        """منظمة "أطباء بلا حدود" الخيرية إن، جامعة "X" في بيان إن: a body's head noun, then a quoted name no
        earlier stage knows (and its adjectives), speaking right away: that body, speaking officially. Its text
        is the head and the quoted name (the adjectives describe it). An outlet noun's quote is the outlet's."""
        if (i > 0 and self.t(i - 1) in self._PREPS) or _bare(_unprefix(first.t)) in self.lx.outlet_nouns:
            return None
        end = self.consume_quote(i + 1, limit=8)
        if end is None or end - i < 4 or not self.same_sentence(i, end - 1):
            return None
        j = end
        while j - end < 3 and j < len(self.toks) and self.same_sentence(i, j) and (
                self._adjective(j) or self.t(j) in self.lx.outlet_tails
                or (self.t(j) in _SEMI and self._adjective(j + 1))):
            j += 1
        if j >= len(self.toks) or not self.same_sentence(i, j):
            return None
        nxt = self.t(j)
        if not (nxt in _THAT_FORMS or nxt in _STRICT_COMPS or (nxt == _FI and self.t(j + 1) in self.lx.medium)):
            return None
        return NP("official", i, j, first.s, self.toks[j - 1].e,
                  text=self.surface(first.s, self.toks[end - 1].e))

    def _mention_starts_at(self, i: int, first: Tok) -> bool:
        """Some entity mention begins with token i, or after a و/ف glued to it, or after the ل a caller already
        stripped (وفقاً للمرصد). A mention that began in an earlier word, or after a ب/ل the caller did not strip
        (بيان read as بـ + a name), is no teller here."""
        a, b = self.orig(self.toks[i].s, first.e)
        glued = ("", "و", "ف", "ل", "لل", "لـ") if first.s != self.toks[i].s else ("", "و", "ف")
        return any(m.start >= a and self.doc.text[a:m.start] in glued
                   for m, _ent in self.doc.overlapping(a, b, ("outlet", "person", "actor")))

    def _outlet_name_end(self, k: int, start: int) -> int:
        """After an outlet noun (شبكة، موقع، راديو …): its name, quoted or a few words."""
        if self.t(k) == _QUOTE:
            end = self.consume_quote(k)
            if end is not None and self.t(start).startswith("ال") and (
                    end - k - 2 >= 5 or self.t(k + 1) in self.lx.stops):
                # كتبت الصحيفة "لقد تجاوزت الحكومة …": after an outlet already named (a definite head) a long
                # quote, or one opening with a particle, is what the outlet wrote, never its name
                return k
            return end if end is not None else k
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",)) if k < len(self.toks) else None
        if hit is not None:
            return self.tok_until_orig(k, hit[1])
        if self.t(start).startswith("ال") and k < len(self.toks) and self._definite_outlet_object(k):
            return k  # ووصفت الوكالة تصرفات الشرطة: the outlet named before, then the verb's object
        m = k
        while m < len(self.toks) and m - k < 4 and self.same_sentence(start, m) and not self.is_boundary(m) \
                and not self.addressee_at(m, probe=True) and self.t(m) not in self.lx.medium \
                and self.t(m) not in ("(", ")") and not (m == k and self.t(m) in self._PREPS) \
                and not (m > k and self.t(m) == _QUOTE and self._said_quote(m, k)) \
                and not self._object_after_definite(m, k) and not (m > k and self.t(m) in _PUBLISHED) \
                and not (self.t(start).startswith("ال") and self._time_phrase_at(m)) \
                and not (m > k and (self.t(m) in _given_names() or self.t(m) in self.persons)):
            # (مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن: a given name after the name is its head's;
            # ونقلت الوكالة ليل الثلاثاء عن: a time of day after an outlet named before is the verb's, no name;
            # لتلفزيون فلسطين الرسمي "نحن …": a quote after the name's words opens what was said)
            # (نشرت القناة التلفزيونية الرابعة صورا: what was published, after the name, is no word of it)
            m += 1  # (الوكالة في تقريرها: a preposition opens the medium, not the outlet's name)
            if self.t(m - 1) in self.lx.stops and self.t(m - 1) not in _TIME_WORDS:
                return m - 1  # وأعلنت الوكالة لاحقا أن: an adverb of the verb, no word of the name
        if m < len(self.toks) and self.t(m - 1) in _SEMI and self.same_sentence(start, m) \
                and _bare(self.t(m)) in self.lx.qualifiers:
            m += 1  # وكالة أنباء تسنيم الإيرانية شبه الرسمية: "semi" takes its qualifier along
        quotes = [x for x in range(k, m) if self.t(x) == _QUOTE]
        if len(quotes) % 2:
            # وكالة الأنباء الرسمية "سانا"، وكالة أنباء وزارة النفط "شانا": the word limit fell inside the short
            # quoted name that ends the phrase; the name runs to its closing mark (a quote that does not close
            # soon is no part of the name)
            end = self.consume_quote(quotes[-1], limit=5)
            m = end if end is not None and end - quotes[-1] - 2 <= 3 else quotes[-1]
        return m

    def _said_quote(self, m: int, k: int) -> bool:
        """The quote mark at token m opens words said (not closed within three words), not a quoted name
        (وكالة أنباء "الأناضول"); a mark closing one opened since token k opens nothing."""
        if sum(1 for x in range(k, m) if self.t(x) == _QUOTE) % 2:
            return False
        end = self.consume_quote(m, limit=5)
        return end is None or end - m - 2 >= 3

    def _definite_outlet_object(self, k: int) -> bool:
        """Whether the bare word at k, right after a definite outlet noun (الوكالة، الصحيفة), is a common word
        the corpus never reads in a name: the verb's object, since an anaphoric outlet noun takes no name."""
        t = self.t(k)
        if t[:1].isdigit():
            return True  # وأحصت الصحيفة 24 عملية: a count opens the verb's object, no outlet's name holds one
        if not t.isalpha() or t.startswith(("ال", "ل", "و")) or t in self.lx.outlet_suffixes \
                or t in self.lx.anaphoric \
                or self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",)) is not None:
            return False  # (الموقع نفسه، الوكالة ذاتها: the same outlet, its anaphor goes on)
        return t in _OBJECT_MASDARS or names._plain_word(t, ner.corpus_words())

    def _object_after_definite(self, m: int, k: int) -> bool:
        """Whether the bare word at m, after a definite word of an outlet's unnamed run (التلفزيون الرسمي السوري،
        وكالة سبوتنيك الروسية), opens the verb's object: a definite adjective closes such a name, so an indefinite
        word after it belongs to what is said (وأعلن التلفزيون الرسمي سيطرة الجيش على …), unless the packs know it
        as an outlet's name (وكالة الأنباء القطرية قنا)."""
        if m <= k or not self._nisba_shape(self.t(m - 1)):
            return False  # (after any other definite word a foreign tail may go on: موقع الخليج أونلاين)
        t = self.t(m)
        if not t.isalpha() or t.startswith(("ال", "ل", "و")) or t in _SEMI or t in self.lx.outlet_suffixes:
            return False  # (الشبكة السورية لحقوق الإنسان، مهر الإيرانية شبه الرسمية، السومرية نيوز، والآراء …)
        if self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",)) is not None:
            return False
        # only a verbal noun or a word the corpus knows as common, no name's (سيطرة، بتوقع): a foreign name may
        # follow an adjective (الموقع الإلكتروني بيلينجكات)
        return t in _OBJECT_MASDARS or t.startswith(_VERBAL_NOUN_PREFIXES) \
            or names._plain_word(t, ner.corpus_words())

    def _drop_informed(self, np_: NP) -> None:
        """وأبلغ قائد الشرطة الصحفيين بأن، وأخبرت البلدية السكان بأن: after a verb of informing, a definite noun
        right after another definite word (no adjective, no name any stage knows) is the one informed."""
        if np_.text is not None or np_.j - 1 <= np_.i:
            return
        for m in range(np_.i + 1, np_.j):
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",))
            if hit is not None and self.tok_until_orig(m, hit[1]) == np_.j and (
                    m == 0 or self.entity_at(self.toks[m - 1].s, self.toks[m - 1].e, ("outlet",)) != hit):
                # حسبما أبلغت الشرطة وكالة رويترز: the outlet told closes the phrase; it is the outer link
                src = model.Source("outlet", self._outlet_text(hit[0], m, np_.j), entity=hit[0].id)
                if not any(o.kind == "outlet" for o in np_.outer) and not self.is_own(src.text):
                    np_.outer.append(src)
                np_.j, np_.e = m, self.toks[m - 1].e
                return
        a, b = self.orig(np_.s, np_.e)
        named = max((m.end for m, _ent in self.doc.overlapping(a, b, ("person",))), default=b)
        cut = self.tok_until_orig(np_.i, named) if named < b else np_.j
        if np_.i < cut < np_.j and self.entity_at(self.toks[cut].s, self.toks[cut].e, ("actor", "place")):
            # أبلغت السفيرة فلانة مجلس الأمن أن: a party after the person's name is the one informed
            gone = self.surface(self.toks[cut].s, self.toks[np_.j - 1].e)
            if np_.name is not None and np_.name.endswith(" " + gone):
                np_.name = np_.name[: -len(gone) - 1]
            np_.j, np_.e = cut, self.toks[cut - 1].e
            return
        last = np_.j - 1
        t, prev = self.t(last), self.t(last - 1)
        if not (t.startswith("ال") and prev.startswith("ال")) or self._nisba_shape(t) or t in self.persons \
                or self.entity_at(self.toks[last].s, self.toks[last].e, ("actor", "person", "outlet", "place")):
            return
        word = self.surface(self.toks[last].s, self.toks[last].e)
        if np_.qualifiers and np_.qualifiers[-1] == word:
            np_.qualifiers.pop()
        if np_.name is not None and np_.name.endswith(" " + word):
            np_.name = np_.name[: -len(word) - 1]
        np_.j, np_.e = last, self.toks[last - 1].e

    def _agency_body(self, i: int, head: str) -> bool:
        """وكالة مكافحة الكوارث، وكالة الاستخبارات المركزية: an agency named by what it does is a body, unless
        the earlier stages know it as an outlet."""
        if _bare(head) != _AGENCY or not self.same_sentence(i, i + 1):
            return False
        k = i + 1
        if self._nisba_shape(self.t(k)) and self.same_sentence(i, k + 1) and self.t(k + 1).startswith("لل"):
            k += 1  # الوكالة الدولية للطاقة الذرية: an adjective, then what it is for with لـ
        w = "ا" + self.t(k)[1:] if k > i + 1 else _unprefix(self.t(k))
        return w in _AGENCY_BODIES and self.entity_at(self.toks[i].s, self.toks[k].e, ("outlet",)) is None

    def _np_outlet(self, i: int, first: Tok) -> NP | None:
        head = _bare(first.t)
        if head not in self.lx.outlet_nouns:
            return None
        if self._agency_body(i, head):
            k = self._outlet_name_end(i + 1, i)
            return NP("official", i, k, first.s, self.toks[k - 1].e)
        nxt = self.t(i + 1)
        if not nxt.startswith("ال") and (nxt in self.lx.qualifiers or self._close_to(i + 1) is not None) \
                and not (first.t.startswith("ال") and self._aside_at(i + 1)):
            # (but ووثق المرصد في المقابل مقتل …: an adverb of turn after a definite outlet noun, no qualifier)
            # صحيفة محلية، قناة تلفزيونية، صحيفة تابعة للنظام: an outlet with no name is an anonymous source that
            # keeps what qualifies it (see _np_noun), as the ontology keeps outlet for a named organisation
            return None
        k = self._outlet_name_end(i + 1, i)
        if k > i + 1:
            k = self._outlet_of_outlet(k, i)
            np_ = NP("outlet", i, k, first.s, self.toks[k - 1].e)
            hit = self.entity_at(first.s, self.toks[k - 1].e, ("outlet",))
            if hit is not None:
                np_.entity = hit[0].id
            return np_
        if first.t.startswith("ال"):
            # an anaphoric outlet noun (الشبكة، الوكالة): the last outlet cited with that noun
            for src in reversed(self.outlets):
                # (bare forms: an earlier bare "المرصد" is the one "المرصد" now points back to)
                if head in {_bare(w) for w in _f(src.text).split()} or src.entity:
                    return NP("outlet", i, i + 1, first.s, first.e, entity=src.entity, text=src.text)
            named = self._named_outlet_before(head, i) if not self.outlets else None
            if named is not None:
                # وأثيرت القضية من قبل صحيفة "X" … وذكرت الصحيفة أن: the outlet named before outside any claim
                return NP("outlet", i, i + 1, first.s, first.e, entity=named.entity, text=named.text)
            if not self.outlets and self._first_at(head) >= i:
                # "ونقلت الوكالة عن …" in an article that named no outlet nor anything else with that noun: the
                # agency the text was taken from, unnamed (not the publisher, which often only reprints it)
                return NP("outlet", i, i + 1, first.s, first.e)
        return None

    def _outlet_of_outlet(self, k: int, i: int) -> int:
        """الموقع الإلكتروني لصحيفة "X"، النسخة العربية لقناة X: an outlet's part (its website, its edition)
        belongs to the outlet named after it with لـ, which is what the text names; the phrase runs on to that
        outlet's name. Returns the phrase's end (k when no outlet follows)."""
        t = self.t(k)
        if k >= len(self.toks) or not self.same_sentence(i, k) or not t.startswith("ل") or len(t) < 4:
            return k
        rest = t[1:]
        if _bare(rest) not in self.lx.outlet_nouns:
            return k
        end = self._outlet_name_end(k + 1, k)
        return end if end > k + 1 else k

    def _named_outlet_before(self, head: str, i: int) -> NP | None:
        """The last outlet named with the noun `head` before token i (صحيفة "يوميوري شيمبون"), read where it
        stands; None when the text names none."""
        if self._first_at(head) >= i:
            return None
        for m in range(i - 1, -1, -1):
            if head not in (_bare(self.t(m)), _bare(_unprefix(self.t(m)))) or self.t(m).startswith("ال"):
                continue
            k = self._outlet_name_end(m + 1, m)
            if k <= m + 1:
                continue
            hit = self.entity_at(self.toks[m].s, self.toks[k - 1].e, ("outlet",))
            if hit is None and self.t(m + 1) != _QUOTE:
                continue  # أكبر صحيفة يومية: a noun described, no name
            np_ = NP("outlet", m, k, self.toks[m].s, self.toks[k - 1].e, entity=hit[0].id if hit else None)
            np_.text = self.surface(np_.s, np_.e)
            return None if self.is_own(np_.text) else np_
        return None

    def _first_at(self, word: str) -> int:
        """The first token whose bare form (with or without و/ف) is `word`; built once per document."""
        if self._first is None:
            self._first = {}
            for m, tok in enumerate(self.toks):
                for w in (_bare(tok.t), _bare(_unprefix(tok.t))):
                    self._first.setdefault(w, m)
        return self._first.get(word, len(self.toks))

    def _np_role(self, i: int, first: Tok) -> NP | None:
        role_end = None
        for seq in self.lx.roles.get(first.t, []):
            words = (first.t, *[self.t(i + n) for n in range(1, len(seq))])
            if tuple(words) == seq:
                role_end = i + len(seq)
                break
        if role_end is None:
            return None
        k = role_end
        while k < len(self.toks) and _bare(self.t(k)) in self.lx.role_mods | self.lx.qualifiers:
            k += 1
        # the rest: a title's complement and the name, up to a boundary
        end = self._name_over_particle(k, self.consume_arg(k, i, names=True))
        if self.t(k) == _QUOTE and k > i and self.t(k - 1).startswith("ال") and end > k:
            close = self.consume_quote(k)
            if close is None or close - k - 2 >= 5:
                end = k  # وأضاف المتحدث "من المهم احترام …": a long quote is what was said, no name nor body
        name_from = k
        while ((_unprefix(first.t) in _REPRESENTING and self.t(end) == _AN)
               or (_unprefix(first.t) in _ENVOYS and self.t(end) in _ALA_TO)) and self.same_sentence(i, end + 1):
            # النائب عن تحالف الفتح / المبعوث الأممي إلى اليمن: the bloc a member sits for or the land an envoy
            # is sent to, part of the title (no inner source, and a name may still follow); a name starts after
            # the bloc's first word (النائب عن محافظة نينوى names no one)
            if self.t(end) == _AN and not self._second_an(i, end):
                break  # وكشف نائب رئيس المجلس عن وصول قافلة: the one عن in reach is the verb's object
            nxt = self.consume_arg(end + 1, i, names=True)
            if nxt == end + 1:
                break
            end, name_from = nxt, end + 2
        if first.t.startswith("ال") and k > role_end and k < end and self.t(k).startswith("ال") and self.entity_at(
                self.toks[k].s, self.toks[k].e, ("actor", "place")):
            end = k  # واتهمت المندوبة الأمريكية القوات الروسية: a complete title, then the verb's object
        if end > i + _MAX_NP:
            end = i + _MAX_NP
        end = self._adjective_closes(k, end)
        end = self._agreement_closes(max(k, i + 1), end)
        end = self._told_object_closes(k, end)
        # (ندد وزير الخارجية بالهجوم، رحب المتحدث باسمها بالقرار: بـ on a definite or verbal noun opens the object
        # of a verb that takes بـ, whatever stands before the title)
        end = next((m for m in range(max(k, role_end), end) if self._bi_object_at(m)), end)
        role = self.surface(first.s, self.toks[role_end - 1].e)
        hit = self.entity_at(first.s, self.toks[end - 1].e, ("person",))
        name_start = self._name_start(role_end, name_from, end, definite_role=first.t.startswith("ال"))
        quoted = self._quoted_name(self._quote_open(name_from, end), end) \
            if hit is None and name_start == end and self.t(end - 1) == _QUOTE else None
        if quoted is not None:
            name_start = quoted  # العميد الركن "فلان الفلاني": a title, then the man's name in quotes
        # the phrase right after a verb or verbal noun of telling (not a subject before its verb) with no
        # أن/إن, quote, comma or outlet spoken to closing it (اتهم، نفى، نفي)
        # (a comma closes it only when أن/إن follows: وقال المتحدث، فلان، إن)
        # (على لسان hands the verb's words to the teller after it, so the verb's object may follow him just the
        # same: أعلنت الوزارة على لسان المتحدث باسمها تراجع الهجمات)
        open_end = i > 0 and (self.t(i - 1) in _cue_words() or self._after_tongue(i)) \
            and self.t(end) not in _STRICT_COMPS \
            and self.t(end) != _QUOTE and self.addressee_at(end, probe=True) is None \
            and not (self.t(end) in {"،", ","} and self._has_complement(end, i))
        masdar = next((m for m in range(k, end) if self.t(m) in _OBJECT_MASDARS), None) if open_end else None
        if hit is not None and masdar is not None and not any(
                self.entity_at(self.toks[m].s, self.toks[m].e, ("person",)) for m in range(k, masdar)):
            # (أكد مدير التربية انخفاض أعداد الطلاب، أكد الرئيس الأفغاني مقتل زعيم الحركة فلان: a verbal noun of
            # the object before any name opens the object; the name the earlier stages read after it, or the
            # person named inside the object, holds no title of the teller)
            hit = None
        if open_end:
            # no أن/إن closes the phrase (اتهم، نفى): the verb's object may follow the title or the name
            if hit is not None:
                # the person's mention ends the phrase (أعلن محافظ أربيل نوزاد هادي مقتل …)
                h_end = self.tok_until_orig(k, hit[1])
                if k < h_end < end:
                    end = h_end
                name_start = min(name_start, end)
            else:
                name_end = self._name_end(name_start, end)
                if name_end - name_start < 2:
                    end = self._title_end(k, end)  # no name: only the title, up to its complement's end
                    name_start = end
                else:
                    end = name_end
        if (hit is None or self.tok_until_orig(k, hit[1]) == end) \
                and first.t.startswith("ال") and k == role_end == name_start and end - name_start == 2 \
                and self.t(name_start + 1).startswith("ال") and self._common_after_name(name_start):
            # (توعد الرئيس منفذي الهجوم بأنهم …: a definite title, then a common word in construct with a definite
            # noun, the verb's object, whether or not the entity stage took it for a name (it no longer does:
            # `names.common_phrase`); the title alone tells)
            hit, end = None, name_start
            name_start = end
        if not open_end:
            # (وأكد مدير الصحة فلان الفلاني حصيلة القتلى، وذكر أن …، وقال فلان الفلاني منتقدا …: a comma and a
            # later أن close the phrase, yet the name still ends at the first common word after two of its words
            # and after the person's mention)
            cut_from = name_start + 2 if hit is None else max(name_start + 2, self.tok_until_orig(k, hit[1]))
            end = next((m for m in range(cut_from, end) if self._common_after_name(m)), end)
            end = self._from_place_end(k, end)  # (قال النائب فلان الفلاني من بيروت إن)
            name_start = min(name_start, end)
        n_name = end - name_start
        known = n_name >= 1 and self.t(end - 1) in self.persons
        # one given name after a definite title (الملك عبدالله، الرئيس حسن): a person named by title and name
        known = known or (n_name == 1 and first.t.startswith("ال") and self.t(end - 1) in _given_names())
        if hit is None and not known and n_name >= 2 and not first.t.startswith("ال") \
                and self.lx.source_nouns.get(_bare(first.t)) == "anonymous" and not self._name_like(name_start) \
                and _bare(first.t) not in _KIN_HEADS:
            # (not after a kin or counsel: محامي الشركة فلان فلانوف is the lawyer by name)
            # خبير أسلحة كيماوية، باحث شؤون أمنية: after an unnamed expert's title, plain words that open with no
            # given name and that the earlier stages did not name are the field he knows, not his name
            end = name_start = self._title_end(k, end)
            n_name = 0
        if hit is not None or n_name >= 2 or known:
            # (not after a one-word definite title, which a name follows right away: البروفيسور فلان، مدير كلية
            # …، has the title after the name)
            app = self._appositive_name(end, i) if not known and not (
                first.t.startswith("ال") and role_end == i + 1 and k == role_end
                and all(self._plain_word(self.t(m)) or (m > k and self._plain_word(self.t(m)[2:]))
                        for m in range(k, end))) else None
            if app is not None and app[0] is None and not self._unknown_name_words(
                    end + 1 if self.t(end + 1) not in self.lx.roles else end + 2, app[1]):
                app = None  # ، نائب رئيس الوفد، / ، مدير كلية التعدين، : a second title set off, no name
            if app is not None and hit is not None and (
                    app[0] is None or app[0].id == hit[0].id
                    or any(self.t(m).startswith("ب") for m in range(self.tok_until_orig(k, hit[1]), end))):
                app = None  # (ندد زعيم المعارضة فلان بإعلان فوز، فلان: the name inside was the teller's)
            if app is not None:
                # الناطق باسم تجمع أحرار حوران، أبو محمود الحوراني، إن: the words after the title were the body
                # it speaks for (or a place, taken for a person), and the name set off by commas is the teller's
                return self._appositive_np(app, i, first.s, role, role_end, end)
            np_ = NP("person", i, end, first.s, self.toks[end - 1].e, role=role)
            np_.outer = self._outlet_in(role_end, min(name_start, end))
            if hit is not None:
                np_.entity = hit[0].id
            if n_name:
                np_.name = self.surface(self.toks[name_start].s, self.toks[end - (2 if quoted else 1)].e)
            return np_
        app = self._appositive_name(end, i)
        if app is not None:
            # قائد محور غرب نينوى، الحاج حيدر الساعدي، …: the title, then the person's name
            return self._appositive_np(app, i, first.s, role, role_end, end)
        if _unprefix(first.t) in _COUNTERPARTS or first.t in _COUNTERPARTS:
            return self._counterpart(i, role_end, end, first, role)
        if _bare(first.t) in self.lx.correspondents or self._envoy_of_outlet(i, first):
            return None  # المراسل، موفد سانا: the outlet's correspondent (see _np_noun), never an official
        if first.t.startswith("ال") and self.t(role_end - 1).startswith("ال"):
            obj = k
            while obj < end and self.t(obj).startswith("ال") and self._adjective(obj):
                obj += 1  # الرئيس الشيشاني: a nisba no list names still belongs to the title
            if obj < end and self.t(obj).startswith("ال"):
                end = obj  # وقال الملك الحكومة في خطاب: a complete definite title, then the words it is said to
        end = self._from_place_end(i + 1, end)  # (قال المسؤول الأمريكي من واشنطن إن: where he spoke from)
        if first.t.startswith("ال") and role_end == i + 1 == k and end > k:
            end = self._at_place_end(k, end)  # (قال الوزير في دمشق إن: where he spoke; see _at_place_end)
        quals = [self.surface(self.toks[m].s, self.toks[m].e) for m in range(role_end, k)]
        # (a title in construct with a definite noun is definite too: قائد قوات التحالف after its holder's name)
        holder = self._title_holder(i, end) if first.t.startswith("ال") or self._construct_definite(i, end) \
            else None
        if holder is not None:
            # a definite title with no name whose words all belong to a person named earlier: that person, who
            # speaks through the outlet the title names as before (مدير المرصد: the Observatory, then its head)
            np_ = NP("person", i, end, first.s, self.toks[end - 1].e, role=role, entity=holder[1])
            np_.outer = self._outlet_in(role_end, end)
            return np_
        # an unnamed witness, activist or doctor (الشاهد، الناشط) is no office: the kind of its source noun
        kind = "anonymous" if self.lx.source_nouns.get(_bare(first.t)) == "anonymous" else "official"
        if first.t in _PERSON_TITLES and role_end == k and role_end < end and self._plain_word(self.t(role_end)):
            # البروفيسور فلان إي فلاني من جامعة …: a title only a person holds, a name after it that was not read
            # whole (an initial that folds like a particle): the person, not an office
            kind = "person"
        named = self._one_name_after_title(first.t, role_end, k, end)
        if named:
            kind = "person"  # وقال الطبيب كارلوس عقب …: a definite title and one plain word, the person's name
        np_ = NP(kind, i, end, first.s, self.toks[end - 1].e, qualifiers=quals, role=role)
        if named:
            np_.name = self.surface(self.toks[k].s, self.toks[k].e)
        comma = self._comma_after_complement(end, i)
        app = self._appositive_name(comma, i, closing=True) if comma is not None else None
        if app is None:
            comma, app = self._name_after_complement(end, i)
        if app is not None and app[0] is not None and not _bare(_unprefix(first.t)).endswith(_PLURAL_ENDINGS):
            # الطبيب المشرف على العلاج، فلان، إن: the title of the named person set off after it
            ent, j = app
            np_ = NP("person", i, j, first.s, self.toks[j - 1].e, role=role, entity=ent.id)
            np_.name = self.surface(self.toks[comma + 1].s, self.toks[j - 1].e)
        return np_

    def _unknown_name_words(self, a: int, b: int) -> bool:
        """Tokens a..b read as a person's name no list knows: no title among them, and a definite word only as a
        nisba (أبو محمود الحوراني), الله (ذبيح الله) or after عبد/أبو (عبد الرحمن), never a common noun
        (كلية التعدين)."""
        for m in range(a, b):
            t = self.t(m)
            if t in self.lx.roles:
                return False
            if t.startswith("ال") and not t.endswith("ي") and t != _ALLAH and self.t(m - 1) not in _NAME_LINKS:
                return False
        return b > a

    def _medium_lead(self, k: int, sent_i: int) -> int | None:
        """A medium phrase from token k (a preposition, a medium noun, then at most five words that name no one:
        في كلمة مقتضبة، خلال مؤتمر صحافي في عمان, where صحافي is the medium's adjective, no journalist) right
        before a quote, a colon or أن/إن: the index of that token, else None. A teller, an outlet or a verb inside
        the phrase leaves it to the other readings."""
        if not self.medium_at(k):
            return None
        for m in range(k + 2, min(len(self.toks), k + 8)):
            t = self.t(m)
            if not self.same_sentence(sent_i, m):
                return None
            if t in _STRICT_COMPS or t in {":", _QUOTE}:
                return m
            if not t.isalpha() or t in self.lx.comps or t in self.lx.roles or _bare(t) in self.lx.roles \
                    or self._name_like(m) or _unprefix(t) in self.lx.verbs \
                    or (self.lx.source_nouns.get(_bare(t)) and not (m == k + 2 and self._adjective(m))) \
                    or self.addressee_at(m, probe=True) is not None or self.entity_at(
                        self.toks[m].s, self.toks[m].e, ("person", "actor", "outlet")) is not None:
                return None
        return None

    def _drop_hal(self, np_: NP, gender: str | None) -> None:
        """The last word of a person's phrase right before what was said, shaped as an indefinite participle
        of the verb's gender (فاعلة/فاعلا: ضاحكة، غاضبا; a م participle of the derived stems: مبتسمة، متسائلا،
        مستغربة), describes how the words were said (a ḥāl), so it leaves the source text and the name; the
        phrase still ends after it. A given name or a name seen before is kept (فاطمة، نادية)."""
        last = np_.j - 1
        if np_.j - np_.i < 2 or np_.text is not None or np_.e != self.toks[last].e \
                or not (self.t(np_.j) in _STRICT_COMPS or self.t(np_.j) in {":", _QUOTE}
                        or self._hal_with_object(np_, last)) \
                or not self.same_sentence(last, np_.j):
            return
        t = self.t(last)
        if not t.isalpha() or t.startswith("ال") or t in _given_names() or t in self.persons:
            return
        endings = {"f": ("ه",), "m": ("ا",)}.get(gender or "", ("ه", "ا"))
        stem = t[:-1]
        if not t.endswith(endings) or not (
                (len(stem) == 4 and stem[1] == "ا")
                or (stem.startswith("م") and len(stem) >= 5 and (stem[1] in "تس" or stem[2] == "ت"))):
            return
        np_.e = self.toks[last - 1].e
        if np_.name:
            words = np_.name.split()
            if len(words) >= 2 and _f(words[-1]) == t:
                np_.name = " ".join(words[:-1])

    def _hal_with_object(self, np_: NP, last: int) -> bool:
        """Whether the participle ending a person's phrase takes an object after it (قال فلان منتقداً سياسة
        الإدارة إن): it is a ḥāl, no word of the name, when its raw text carries the accusative tanwin or it stands
        past the mention of the person the earlier stages know."""
        if not self.t(np_.j).isalpha() or not self.same_sentence(last, np_.j):
            return False
        a, b = self.orig(self.toks[last].s, self.toks[last].e)
        if "\u064b" in self.doc.text[a:b + 1]:
            return True  # منتقداً / منتقدًا
        return np_.entity is not None and self.entity_at(
            self.toks[last].s, self.toks[last].e, ("person",)) is None

    def _past_epithets(self, k: int) -> int:
        """Where a teller's epithets end after token k (see `_epithets_close`); k when none follow."""
        return next((k + n for n in (1, 2) if self._epithets_close(k, k + n)), k)

    def _epithets_close(self, k: int, end: int) -> bool:
        """Tokens [k, end) are one or two definite words that describe a complete title, and a colon or a long
        quote comes right after them (وتابع الرئيس الإيراني المعتدل: "…"، وقال الوزير المخضرم "…"): what was said
        starts there, so the words are the teller's epithets (the source text stays the title), not the verb's
        object. A named entity, a person's name, a title or a closed-class word there is none."""
        if not 1 <= end - k <= 2 or end >= len(self.toks) or not self.same_sentence(k, end):
            return False
        if not (self.t(end) == ":" or (self.t(end) == _QUOTE and self._long_quote(end))):
            return False
        for m in range(k, end):
            t = self.t(m)
            if not (t.startswith("ال") and t.isalpha() and len(t) > 4) or t in self.persons or t in self.lx.roles \
                    or t in self.lx.stops or t in self._PREPS or t in self.lx.comps or _bare(t) in _BODY_NOUNS \
                    or self.lx.source_nouns.get(_bare(t)) or self.entity_at(
                        self.toks[m].s, self.toks[m].e, ("person", "actor", "place", "outlet")) is not None:
                return False
        return True

    def _name_after_complement(self, j: int, start: int) -> tuple[int, tuple[EntityDraft | None, int] | None]:
        """A person the entity stage named right after a title's short complement with no comma, the verb's
        أن/إن right after the name (وذكر مدير الشرطة بالمدينة خوان بيريز إن): the token before the name and the
        person with the index after the mention; (j, None) when there is none."""
        for n in range(j, min(len(self.toks), j + 3)):
            t = self.t(n)
            if not self.same_sentence(start, n) or not t.isalpha() or _unprefix(t) in self.lx.verbs \
                    or t in _STRICT_COMPS:
                return j, None
            hit = self.entity_at(self.toks[n].s, self.toks[n].e, ("person",))
            if hit is None or n == j or not self._mention_starts_at(n, self.toks[n]):
                continue
            end = self.tok_until_orig(n, hit[1])
            if end < len(self.toks) and self.same_sentence(start, end) and self.t(end) in _STRICT_COMPS:
                return n - 1, (hit[0], end)
            return j, None
        return j, None

    def _quote_open(self, k: int, end: int) -> int:
        """The token in [k, end) whose quote closes at `end` (end - 1 being a closing mark), else `end`."""
        for m in range(max(k, end - 6), end - 1):
            if self.t(m) == _QUOTE and self.consume_quote(m) == end:
                return m
        return end

    def _quoted_name(self, k: int, end: int) -> int | None:
        """Token k opens a quote that closes at `end` around two to four words that can make a name (a plain
        first word, then plain or definite ones: "ذياب القبلي"، "أبو علي"): the first word's index, else None.
        A quoted phrase no name can be (a title, a body, a place, a party the earlier stages named) gives None."""
        if k < 1 or self.t(k) != _QUOTE or self.consume_quote(k) != end or not 2 <= end - k - 2 <= 4:
            return None
        if self.same_sentence(k, end) and not (self.t(end) in _PUNCT_STOP or self.t(end) in _STRICT_COMPS
                                               or self.addressee_at(end, probe=True) is not None):
            return None  # منح رئيس البلاد "وسام الاستحقاق" إلى …: the quote is what he did something with
        prev = self.t(k - 1)
        if not (prev.startswith("ال") or _bare(prev) in self.lx.role_mods):
            return None  # قائد "لواء الفتح": after an indefinite title the quote is its genitive, a body
        words = range(k + 1, end - 1)
        if not (self._plain_word(self.t(k + 1)) or self.t(k + 1) in _COMPOUND or self.ali_name(k + 1)):
            return None
        for m in words:
            t = self.t(m)
            if t == _ALA_WORD and self.ali_name(m):
                continue  # "أبو علي"
            if not t.isalpha() or t in _NOT_NAME or _unprefix(t) in _NOT_NAME or t in self.lx.stops \
                    or t in self._PREPS or self.lx.source_nouns.get(_bare(t)) or t in self.lx.roles \
                    or (self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place", "outlet")) is not None
                        and t not in self.persons):
                return None
        return k + 1

    def _nisba_shape(self, t: str) -> bool:
        """A definite word shaped like a nisba adjective (الهندي، الإسرائيلية) or a listed qualifier (السابق)."""
        return (t.startswith("ال") and len(t) > 5 and t.endswith(("ي", "يه"))) \
            or _bare(t) in self.lx.role_mods or _bare(t) in self.lx.qualifiers

    def _adjective_closes(self, k: int, end: int) -> int:
        """Where a title's definite words end: after a definite adjective (رئيس الوزراء الهندي) no genitive of
        the title can follow, so a definite noun there that is no adjective and no one's name is what the verb
        says about (وصف رئيس الوزراء الهندي الحادث بأنه، نفى المتحدث باسم الجيش الإسرائيلي التقارير)."""
        for m in range(k + 1, end):
            t, prev = self.t(m), self.t(m - 1)
            if not (prev.startswith("ال") and self._nisba_shape(prev)):
                continue
            if t.startswith("ال") and len(t) > 4 and t not in self._PREPS and t not in self.lx.stops \
                    and t not in self.lx.comps and not self._nisba_shape(t) and t not in self.persons \
                    and self.entity_at(self.toks[m].s, self.toks[m].e, ("person", "outlet")) is None \
                    and not any(self._names_someone(n) for n in range(m, min(len(self.toks), end + 2))
                                if self.same_sentence(k, n)):
                return m
        return end

    def _agreement_closes(self, k: int, end: int) -> int:
        """Where a title's definite words end by agreement: a definite word right after a definite one can only
        be its adjective, which agrees with it, so a sound plural after a singular feminine (وزير الداخلية
        المهربين، قائد الشرطة المسلحين) or a feminine noun after a masculine nisba (وزير الإعلام الفنزويلي
        المعارضة) opens the verb's object. (A plural after a plural goes on: رابطة العلماء المسلمين، نقابة المحامين
        الأردنيين.)"""
        for m in range(max(k, 1), end):
            t, prev = self.t(m), self.t(m - 1)
            if not (t.startswith("ال") and prev.startswith("ال") and len(t) > 4 and len(prev) > 4) \
                    or t in self.persons or self.entity_at(self.toks[m].s, self.toks[m].e, ("person", "outlet")):
                continue
            if prev.endswith(_SINGULAR_FEMININE) and not prev.endswith(_PLURAL_ENDINGS) \
                    and t.endswith(_PLURAL_ENDINGS):
                return m
            if prev.endswith(_MASC_NISBA) and t.endswith(_SINGULAR_FEMININE) and not t.endswith(_NISBA_ENDINGS) \
                    and (t in _FORCE_NOUNS or not (_bare(t) in self.lx.qualifiers or _bare(t) in self.lx.role_mods)):
                # (an adjective may agree with the title's feminine head over a masculine nisba: وزيرة التعاون
                # الدولي الأردنية، السابقة; a side that acts is no adjective there: المعارضة)
                return m
        return end

    def _names_someone(self, n: int) -> bool:
        """Token n is a rank, title or given name, or a person the earlier stages named: a name may follow the
        title there (قائد الأمن الداخلي في اللاذقية العميد فلان، قائد الفرقة في الجيش الجديد، فلان)."""
        t = self.t(n)
        return t in self.lx.roles or _bare(t) in self.lx.roles or self._name_like(n) or t in self.persons \
            or self.entity_at(self.toks[n].s, self.toks[n].e, ("person",)) is not None

    def _title_end(self, k: int, end: int) -> int:
        """The end of a title's complement (محافظ حلب، المتحدث باسم الجيش الإسرائيلي): a party or place the
        earlier stages named closes a construct, after which only definite adjectives and genitives go on; an
        indefinite word there is the verb's object (نفى محافظ حلب وجود …). A definite word ends a construct too,
        so a closed-class word after one, which no name holds, opens the object (ونفى الرئيس السابق أي دور له،
        نفى المتحدث باسم الجيش كل التهم); a word that may be a name there is the holder's (الرئيس عباس)."""
        m, closed = k, False
        definite = k > 0 and self.t(k - 1).startswith("ال")
        while m < end:
            t = self.t(m)
            if closed and not (t.startswith("ال") or t.startswith("لل") or t.startswith("بال")):
                return m
            if t in _OBJECT_MASDARS or self._bi_object_at(m):
                return m  # نفى مدير المستشفى وقوع …، ندد وزير الخارجية بالهجوم: the object begins
            if t.startswith(("ال", "لل")):
                definite = True
            elif definite:
                if t.isalpha() and not self._name_word(m) and t not in self._PREPS:
                    return m  # (a preposition may open a phrase that qualifies the title: مدير المكتب في …)
                definite = False  # a name, or the word of one, follows the title: the old reading holds
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place"))
            if hit is not None and t not in self.persons:
                m, closed = max(m + 1, self.tok_until_orig(m, hit[1])), True
                continue
            m += 1
        return end

    def _name_end(self, name_start: int, end: int) -> int:
        """Where a name no entity knows ends after a title when no أن/إن closes it (اتهم المتحدث باسم الجيش
        إيران بإطلاق …، نفى محافظ حلب وجود أي اشتباكات): before the first word that cannot be part of a name
        (a closed-class word, a preposition, a party or place the earlier stages named: the verb's object)."""
        for m in range(name_start, end):
            t = self.t(m)
            if t == _ALA_WORD and self.ali_name(m):
                continue  # الدكتور علي العبوس
            if m >= name_start + 2 and self._common_after_name(m):
                return m  # نفى محافظ المدينة فلان الفلاني وجود …: a common word after two of the name's words
            if not t.isalpha() or t in self._PREPS or t in _NOT_NAME or _unprefix(t) in _NOT_NAME \
                    or t in _OBJECT_MASDARS or t in self.lx.stops or t in _MANNER or (
                    self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place")) is not None
                    and t not in self.persons):
                return m
        return end

    def _common_after_name(self, m: int) -> bool:
        """Whether the bare word at m, after two words of a name, is a word of the corpus's common classes, no
        given name nor a name's tail nor a person known: a name has ended (فلان الفلاني حصيلة القتلى، فلان
        الفلاني منتقدا), where a family name the corpus does not know, or a definite nisba, goes on."""
        t = self.t(m)
        if not t.isalpha() or t.startswith(("ال", "عبد")) or t in self.persons or self.t(m - 1) in _NAME_TIES:
            return False  # (عبدالله بن زايد آل نهيان: the word after آل or بن is a name's)
        if m + 1 >= len(self.toks) or not self.t(m + 1).isalpha() or not self.same_sentence(m, m + 1):
            return False  # (الشيخ فلان فايز بشر: ، a name's last word before a stop, where no object goes on)
        if names.latin_initial_between(self.t(m - 1), t) or names.latin_initial_between(t, self.t(m + 1)):
            return False  # روبرت إي كيلي: a Latin initial written out and the family name after it

        cls = names._word_class(t, ner.corpus_words())
        return cls is not None and cls != names._NAME_CLASS and not names.is_given_name(t) \
            and t not in packs.folded_words("roles", "given_name_tails")

    def _counterpart(self, i: int, role_end: int, end: int, first: Tok, role: str) -> NP:
        """"وأكد نظيره الفرنسي أن …": a counterpart stands for one person. He is the person named earlier whose
        title holds the words after نظيره (الرئيس الفرنسي إيمانويل ماكرون); with no such name the title speaks
        as an unnamed office (official, as the ontology has it for a title without a personal name)."""
        np_ = NP("official", i, end, first.s, self.toks[end - 1].e, role=role)
        held = self._title_holder(role_end, end) if end > role_end else None
        ent = next((e for e in self.doc.entities if held is not None and e.id == held[1]), None)
        if ent is not None:
            pos = self.orig(first.s, first.e)[0]
            men = max((m for m in ent.mentions if m.end <= pos), key=lambda m: m.start, default=None)
            if men is not None:
                np_.kind, np_.entity, np_.text = "person", ent.id, men.text.strip()
        return np_

    def _words(self, text: str) -> frozenset[str]:
        return frozenset(_bare(w) for w in _TOKEN.findall(_f(text)) if w.isalpha())

    def _title_holder(self, i: int, j: int) -> tuple[frozenset[str], str | None] | None:
        """The latest named person whose title holds every word of tokens [i, j) (الوزير الأمريكي): the words of
        that person's phrase and the person's entity id."""
        words = frozenset(_bare(self.t(m)) for m in range(i, j) if self.t(m).isalpha())
        if not words:
            return None
        held = next((held for held in reversed(self.titled) if words <= held[0]), None)
        if held is not None:
            return held
        # a person the entity stages named earlier outside any claim (استقبل الرئيس الفرنسي إيمانويل ماكرون …)
        pos = self.doc.folded.orig(self.toks[i].s)
        return next(((w, ent) for start, w, ent in reversed(self._entity_titles()) if start < pos and words <= w),
                    None)

    def _entity_titles(self) -> list[tuple[int, frozenset[str], str | None]]:
        """Each mention of a person entity, in text order: its start, its words with the up to three words of
        the same sentence before it (the title: الرئيس الفرنسي إيمانويل ماكرون), and the entity id."""
        if self._titles is not None:
            return self._titles
        out: list[tuple[int, frozenset[str], str | None]] = []
        people = [e for e in self.doc.entities if e.type == "person"]
        starts = [self.doc.folded.orig(tok.s) for tok in self.toks] if people else []
        for ent in people:
            for men in ent.mentions:
                words = set(self._words(men.text))
                m = bisect.bisect_left(starts, men.start)
                # (a comma right before the name sets the title off as an apposition: رئيس الحكومة الإسبانية، فلان)
                first = m - 2 if m > 1 and self.t(m - 1) in {"،", ","} and self.same_sentence(m, m - 1) else m - 1
                for n in range(first, max(-1, first - 3), -1):
                    if not self.same_sentence(m, n) or not self.t(n).isalpha():
                        break
                    words.add(_bare(self.t(n)))
                # a title set off by a comma after the name (فلان، قائد قوات التحالف في …، قال), or an indefinite
                # one right after it (فلان قائد قوات التحالف; a definite title there is mostly an object, التقى
                # فلان الرئيس الروسي): its first words
                after = bisect.bisect_left(starts, men.end)
                if after < len(self.toks) and self.t(after) not in {"،", ","} and self.same_sentence(m, after):
                    title = after if not self.t(after).startswith("ال") and self.t(after) in self.lx.roles else None
                elif after + 1 < len(self.toks) and self.same_sentence(m, after + 1) \
                        and (self.t(after + 1) in self.lx.roles or _bare(self.t(after + 1)) in self.lx.roles):
                    title = after + 1
                else:
                    title = None
                if title is not None:
                    for n in range(title, min(len(self.toks), title + 8)):
                        if not self.same_sentence(m, n) or not self.t(n).isalpha():
                            break
                        words.add(_bare(self.t(n)))
                out.append((men.start, frozenset(words), ent.id))
        out.sort(key=lambda x: x[0])
        self._titles = out
        return out

    def _outlet_in(self, a: int, b: int) -> list[model.Source]:
        """An outlet named inside a person's title (مدير المرصد رامي عبد الرحمن): the outer link the person
        speaks for; never the publisher itself."""
        for m in range(a, b):
            t = self.t(m)
            if t.startswith("ال") and _bare(t) in self.lx.outlet_nouns and m > a:
                end = min(self._outlet_name_end(m + 1, m), b) if m + 1 < b else m + 1
                text = self.surface(self.toks[m].s, self.toks[end - 1].e)
                return [] if self.is_own(text) else [model.Source("outlet", text)]
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",))
            if hit is not None:
                end = self.tok_until_orig(m, hit[1])
                text = self._outlet_text(hit[0], m, min(end, b))
                if not self.is_own(text):
                    return [model.Source("outlet", text, entity=hit[0].id)]
        return []

    def _plain_word(self, w: str) -> bool:
        """An indefinite word that could be part of a name (not a preposition, qualifier or clitic phrase)."""
        return (w.isalpha() and not w.startswith("ال") and not w.startswith("لل") and w not in self._PREPS
                and not _bi_object(w)
                and _bare(w) not in self.lx.qualifiers and _bare(w) not in self.lx.role_mods
                and w not in self.lx.stops)

    def _name_start(self, role_end: int, k: int, end: int, definite_role: bool) -> int:
        """Where the person's name begins inside a role phrase, or `end` when there is no name.
        A name is the first plain word after a definite word, a closing quote or a modifier
        (المحلل الكردي فريد …، وزير الخارجية التركي هاكان …); after an indefinite title word it is the
        construct (مدير مكتب …), so only a tail of 2+ plain words at the end counts then."""
        for m in range(k, end):
            w = self.t(m)
            if not self._plain_word(w) and not self.ali_name(m):
                continue
            if w[:1] == "ل" and w[1:] in _LAM_BODY_HEADS:
                continue  # الرئيس المشترك لهيئة الخارجية: the body the title is of, never a name
            prev = self.t(m - 1)
            after_def = (prev.startswith("ال") or prev.startswith("لل") or prev == _QUOTE
                         or _bare(prev) in self.lx.role_mods or _bare(prev) in self.lx.qualifiers)
            if m == role_end and not definite_role and m == k:
                after_def = False
            elif m == role_end:
                after_def = definite_role
            if after_def and prev not in self._PREPS and all(
                    self._plain_word(self.t(x)) or self.t(x).startswith("ال") or self.ali_name(x)
                    for x in range(m, end)):
                return m
        tail = end
        while tail > k and (self._plain_word(self.t(tail - 1)) or self.ali_name(tail - 1)):
            tail -= 1
        if tail > k and self.t(tail - 1) in self._PREPS:
            tail += 1  # باحث في جامعة بغداد: the word a preposition governs is the place he works at, no name
        return tail if end - tail >= 2 else end

    def _np_noun(self, i: int, first: Tok) -> NP | None:
        lx = self.lx
        head = _bare(first.t)
        k = i + 1
        kind = None
        for seq, knd in lx.multi_nouns.items() if head in lx.multi_heads else ():
            if head == seq[0] and all(_bare(self.t(i + n)) == seq[n] for n in range(1, len(seq))):
                kind, k = knd, i + len(seq)
                break
        if kind is None:
            kind = lx.source_nouns.get(head)
        envoy = kind is None and self._envoy_of_outlet(i, first)
        if envoy:
            kind = "anonymous"  # موفد سانا، مندوب الوكالة: a correspondent, unnamed as مراسل is
        if kind is None:
            return None
        np_ = NP(kind, i, k, first.s, first.e, definite=first.t.startswith("ال"))
        # a genitive outlet right after the head: مصادر الجزيرة، مراسل الشبكة
        if k < len(self.toks) and self.same_sentence(i, k):
            g = self._genitive_outlet(k)
            if g is not None and self.t(k).startswith("ل") and not _f(g[0].text).startswith("ل") \
                    and head not in lx.correspondents:
                g = None  # سكان لوكالة فرانس برس: the outlet they spoke to (an addressee), no genitive
            if g is not None:
                src, k = g
                if head in lx.info:
                    # معلومات المرصد: the outlet's own telling
                    return NP("outlet", i, k, first.s, self.toks[k - 1].e, entity=src.entity, text=src.text)
                np_.outer.append(src)
        if head in self.lx.correspondents or envoy:
            k = self._correspondent_outlet(np_, first, k)
        if envoy and self.t(k) in _ALA_TO and self.same_sentence(i, k + 1):
            # موفد الوكالة إلى المعبر: where the envoy was sent is his post, as في and a place is a correspondent's
            arg_end = min(self.consume_arg(k + 1, k + 1), k + 5)  # (from k + 1: إلى folds to an ال-word)
            if arg_end > k + 1:
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[arg_end - 1].e))
                k = arg_end
        while k < len(self.toks) and k - i < _MAX_NP and self.same_sentence(i, k):
            t = self.t(k)
            w = _bare(_unprefix(t)) if t not in lx.qualifiers else t
            close = self._close_to(k)
            if t in lx.anaphoric:
                np_.anaphoric = True
                k += 1
            elif close is not None:
                arg_end = self.consume_arg(close, i)
                if arg_end == close:
                    break
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[arg_end - 1].e))
                k = arg_end
            elif w in lx.qualifiers or _bare(t) in lx.qualifiers or t in _witness_pairs().get(head, ()) \
                    or (not t.startswith("ال") and not np_.definite and not self._co_head(t)
                        and self._indefinite_qualifier(k)):
                # (an indefinite word after a definite head is no adjective of it but the verb's object:
                # وأكد المجلس أهمية …، كشفت الشرطة هوية …)
                q = self.surface(self.toks[k].s, self.toks[k].e)
                np_.qualifiers.append(q)
                if w in lx.official_q and head not in lx.media:
                    np_.kind = "official" if kind != "document" else kind
                k += 1
            elif (np_.definite and len(t) > 5 and t.startswith("ال") and t.endswith(("يه", "ي"))
                  and t not in lx.stops and _bare(t) not in lx.source_nouns
                  and (not self.entity_at(self.toks[k].s, self.toks[k].e, ("actor", "place", "person", "outlet"))
                       or self._state_nisba_mention(k))):
                # a nisba adjective after a definite head (الخارجية الفلبينية): a qualifier no list names, or one
                # the entities stage made a state's mention (ونفت الحكومة الليبية: the state qualifies the teller)
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[k].e))
                k += 1
            elif t == "(":
                end = self._paren(k)
                if end is None:
                    break
                np_.qualifiers.append(self.surface(self.toks[k + 1].s, self.toks[end - 2].e))
                k = end
            elif kind == "document" and not np_.qualifiers and self._year_end(k, i):
                # وفقاً لاتفاقية 2014، بحسب تقرير عام 2017: the year names the document
                end = self._year_end(k, i)
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[end - 1].e))
                k = end
            else:
                break
        if kind == "official" and not np_.definite and k == i + 1 and k < len(self.toks) and self.same_sentence(i, k) \
                and (self.t(k).startswith("ال") or self.t(k) in lx.roles or head in _OFFICE_HEADS) \
                and not self.addressee_at(k, probe=True):
            # an office in construct (مكتب رئيس الوزراء، وزارة الخارجية المصرية): the office's whole name
            k = self._through_affiliation(i, min(self.consume_arg(k, i), k + 4))
        if np_.kind == "anonymous" and not np_.definite and k == i + 1 and head in _KIN_HEADS \
                and not self.surface(first.s, first.e).endswith(_POSSESSIVE):
            k = self._kin_genitive(np_, i, k)
        if not np_.definite and k == i + 1 and head in _GROUP_HEADS:
            # وكشف مشايخ قبائل صعدة عن، وقال وجهاء عشيرة البوشعبان إن: the group's whole name, up to three words
            # (a preposition or a place after في ends it: the qualifier rules are not for a group in construct)
            while k < len(self.toks) and k - i <= 3 and self.same_sentence(i, k) and not self.is_boundary(k) \
                    and self.t(k) not in lx.comps and self.t(k) not in self._PREPS and self.t(k) not in lx.stops \
                    and self.t(k).isalpha() and not self.t(k).startswith("ل") \
                    and not self.addressee_at(k, probe=True):
                k += 1
        if np_.definite and np_.kind == "official" and head in _BODY_NOUNS and self.t(k).startswith("ل") \
                and len(self.t(k)) > 3 and self.same_sentence(i, k) and not self.addressee_at(k, probe=True) \
                and not self.is_boundary(k):
            # اللجنة الدولية للصليب الأحمر، الهيئة الوطنية لشؤون المفقودين: the name goes on in a genitive with لـ
            m = k + 1
            while m < len(self.toks) and m - k < 3 and self.same_sentence(i, m) and not self.is_boundary(m) and (
                    self.t(m).startswith("ال") or self.entity_at(self.toks[m].s, self.toks[m].e, ("place", "actor"))):
                m += 1
            if m > k + 1 or self.t(k).startswith("لل"):
                k = m
        if np_.definite and np_.kind == "official" and head in _OFFICE_HEADS and k < len(self.toks) \
                and self.same_sentence(i, k) and self.t(k).startswith("ل") and len(self.t(k)) > 3:
            # المكتب الإعلامي لقوات سوريا الديمقراطية: the office of a named actor, the actor in its name
            hit = self.entity_at(self.toks[k].s + 1, self.toks[k].e, ("actor",))
            if hit is not None:
                k = min(self.tok_until_orig(k, hit[1]), i + _MAX_NP)
        if head in lx.correspondents and np_.outer and np_.outer[-1].kind == "outlet":
            k = self._correspondent_name(np_, i, k)
        np_.j = k
        np_.e = self.toks[k - 1].e
        return np_

    def _through_affiliation(self, i: int, k: int) -> int:
        """A body's name in construct read up to k, cut by the word limit inside a participle of belonging
        (مجلس حقوق الإنسان التابع للأمم): the name runs through التابع/التابعة لـ and the body or state the earlier
        stages named after it (… التابع للأمم المتحدة), else it ends before the participle, as before أن/إن."""
        m = next((m for m in range(i + 2, k) if self.t(m) in _BODY_MODIFIERS), None)
        if m is None:
            return k
        nxt = m + 1
        if self.t(m) in _AFFILIATION and nxt < len(self.toks) and self.t(nxt).startswith("ل") \
                and self.same_sentence(i, nxt):
            hit = self.entity_at(self.toks[nxt].s + 1, self.toks[nxt].e, ("actor", "place", "outlet"))
            if hit is not None:
                return min(max(k, self.tok_until_orig(nxt, hit[1])), i + _MAX_NP)
        return m

    def _platform_end(self, k: int) -> int | None:
        """After على/عبر at k, a platform's name, bare or quoted (على فيسبوك، على «تلغرام»، على منصة إكس): the
        index after it."""
        m = k + 1
        if self.t(m) == _QUOTE:
            return m + 3 if self.t(m + 1) in _PLATFORM_NAMES and self.t(m + 2) == _QUOTE else None
        if self.t(m) not in _PLATFORM_NAMES:
            return None
        while m < len(self.toks) and m - k <= 3 and self.t(m) in _PLATFORM_NAMES:
            m += 1
        return m

    def _bi_object_at(self, m: int) -> bool:
        """Token m is `_bi_object` and no body a title belongs to (بمنظمة العفو، بالحرس الثوري، بالاتحاد
        الأوروبي): a body head or a party, place or outlet the earlier stages named. After a definite word
        بـ on a common word of the corpus counts too (اتهم المتحدث باسم الشرطة المعارضة بخرق الهدنة، بإطلاق
        النار): no name opens so right after a title's definite words."""
        t = self.t(m)
        if not (_bi_object(t) or (m > 0 and self.t(m - 1).startswith("ال") and self._bi_common(t))) \
                or _bare(t[1:]) in _LAM_BODY_HEADS or t[1:] in _LAM_BODY_HEADS:
            return False
        return self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place", "outlet")) is None

    def _bi_common(self, t: str) -> bool:
        """بـ on an indefinite word the corpus knows as a common word (بخرق، بإطلاق، بتنفيذ), where neither the
        whole nor the rest is a given name or a person's known word (بشار، بسام، بوريس: a name)."""
        rest = t[1:]
        if t[:1] != "ب" or len(rest) < 3 or rest.startswith("ال") or t.startswith(_TITLE_BI_PREFIXES) \
                or t in self._PREPS or t in self.lx.stops or t in self.persons \
                or names.is_given_name(t) or names.is_given_name(rest):
            return False
        cls = names._word_class(rest, ner.corpus_words())
        return cls is not None and cls != names._NAME_CLASS and rest not in self.lx.stops

    def _name_word(self, m: int) -> bool:
        """Token m can be a word of a person's name no list knows (not a place, party or outlet named earlier,
        not a closed-class, time or source word)."""
        t = self.t(m)
        if t == _ALA_WORD and self.ali_name(m):
            return True
        return (t.isalpha() and not self._bi_object_at(m) and t not in _NOT_NAME and _unprefix(t) not in _NOT_NAME
                and t not in self.lx.stops and t not in self._PREPS and t not in _TIME_WORDS and t not in _TIME_NOUNS
                and t not in _MANNER
                and not self.lx.source_nouns.get(_bare(t)) and t not in self.lx.roles
                and _unprefix(t) not in self.lx.verbs and t not in self.lx.comps
                and (t in self.persons or self.entity_at(self.toks[m].s, self.toks[m].e,
                                                         ("actor", "place", "outlet")) is None))

    def _correspondent_name(self, np_: NP, i: int, k: int) -> int:
        """"مراسل الجزيرة في دمشق عمر الخطيب"، "بحسب مراسلة بي بي سي … رنا جواد": a name closing a correspondent's
        phrase (a person the earlier stages named, or a given name and one to three more words) makes the teller
        that person; the outlet stays the outer link. Returns the phrase's end."""
        n = len(self.toks)
        # the name inside the phrase's tail (the qualifier في … ran over it) or right after the phrase
        a = k
        while a > i + 1 and self._name_word(a - 1):
            a -= 1
        b = k
        while b < n and b - a < 4 and self.same_sentence(i, b) and self._name_word(b):
            b += 1
        if b < n and self.same_sentence(i, b) and not (self.t(b) in _PUNCT_STOP or self.t(b) in self.lx.comps
                                                       or self.t(b) == _QUOTE):
            return k  # the words go on: no name closes the phrase
        while a < b and not (self.t(a) in _given_names() or self.t(a) in self.persons
                             or self.entity_at(self.toks[a].s, self.toks[a].e, ("person",)) is not None):
            a += 1  # the name begins with a given name (في محافظة صلاح الدين عمر …: not صلاح الدين)
        if b - a < 2 or b - a > 4:
            return k
        hit = self.entity_at(self.toks[a].s, self.toks[b - 1].e, ("person",))
        np_.kind, np_.name = "person", self.surface(self.toks[a].s, self.toks[b - 1].e)
        if hit is not None:
            np_.entity = hit[0].id
        return b

    def _indefinite_qualifier(self, k: int) -> bool:
        """An adjective after an indefinite source noun that no list names: an accusative form of a listed
        qualifier (مسؤولاً حكومياً) or a nisba (مصدر أمني يمني، مسؤولون أوروبيون) that is no entity's name."""
        return self._adjective(k, state_nisba=True)

    def _adjective(self, k: int, state_nisba: bool = False) -> bool:
        """A qualifier or a nisba adjective at token k (حكومياً، يمني، اليمنية), not an entity's name; with
        `state_nisba`, also a nisba the entities stage made a state's mention (مسؤولون باكستانيون: the officials
        name Pakistan as a party, and the nisba still qualifies the teller)."""
        t = self.t(k)
        if t.startswith(("لل", "بال", "وال", "فال", "كال")):
            return False  # a preposition or conjunction on it (للإخبارية نت): not an adjective of the source
        t = t[2:] if t.startswith("ال") and len(t) > 5 else t
        base = t[:-1] if t.endswith("ا") and len(t) > 3 else t
        if base in self.lx.qualifiers:
            return True
        if len(base) < 4 or not base.endswith(_NISBA_ENDINGS) or not base.isalpha():
            return False
        if base.startswith(_VERBAL_NOUN_PREFIXES):
            return False  # بتلقي، لمتابعي: a preposition on a verbal noun, not a nisba
        if t in self.lx.stops or _unprefix(t) in self.lx.verbs or t in _NOT_NAME or t in self.lx.comps:
            return False
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("actor", "place", "person", "outlet"))
        return hit is None or (state_nisba and self._state_nisba_mention(k))

    def _state_nisba_mention(self, k: int) -> bool:
        """Whether every mention over token k is a state's, made from this one nisba (how "adjective")."""
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        hits = self.doc.overlapping(a, b, ("actor", "place", "person", "outlet"))
        entries = packs.entries_by_id()
        return bool(hits) and all(
            m.how == "adjective" and a <= m.start and m.end <= b and e.type == "actor"
            and getattr(entries.get(e.ref or ""), "kind", None) == "state" for m, e in hits)

    def _publisher(self) -> model.Source | None:
        o = self.doc.outlet
        if o is not None and o.name:
            return model.Source("outlet", o.name)
        g = self.doc.given.get("outlet")
        return model.Source("outlet", g) if isinstance(g, str) and g.strip() else None

    def _envoy_of_outlet(self, i: int, first: Tok) -> bool:
        """An envoy noun (موفد، مندوب) sent by an outlet is its correspondent: with our pronoun (موفدنا) or an
        outlet right after it (موفد سانا، موفد الوكالة، مندوب وكالتنا، موفد قناة "X"). One rule for every
        correspondent: unnamed it is an anonymous inner link under its outlet, named it is a person; an envoy
        of a state or body (موفد الأمم المتحدة) stays a title."""
        t = first.t
        if _bare(t) not in self.lx.outlet_envoys and not (t.endswith("نا") and t[:-2] in self.lx.outlet_envoys):
            return False
        if t.endswith("نا"):
            return True
        k = i + 1
        if k >= len(self.toks) or not self.same_sentence(i, k):
            return False
        nxt = self.t(k)
        if nxt in self.lx.own_outlet_words or self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",)):
            return True
        return _bare(nxt) in self.lx.outlet_nouns and (nxt.startswith("ال") or self.t(k + 1) == _QUOTE)

    def _correspondent_outlet(self, np_: NP, first: Tok, k: int) -> int:
        """A correspondent speaks for an outlet: the one named after it (مراسل «حوران 24»، مراسل سانا),
        the publisher (مراسلنا، مراسل وكالتنا), or for a bare المراسل the outlet of the last correspondent,
        else the publisher. The outlet is the outer link; the correspondent stays an anonymous inner one."""
        if np_.outer:
            self.last_corr = np_.outer[-1]
            return k
        src: model.Source | None = None
        nxt = self.t(k) if self.same_sentence(np_.i, k) else ""
        if first.t.endswith("نا"):
            src = self._publisher()
        elif self.surface(first.s, first.e).endswith("ه"):
            # مراسله (folded like مراسلة, but written with the pronoun): the outlet named before speaks through him
            got = self._own_outlet(np_.i)
            src = got[0] if got else None
        elif nxt in self.lx.own_outlet_words:
            src, k = self._publisher(), k + 1
        elif nxt == _QUOTE:
            end = self.consume_quote(k, limit=8)
            if end is not None and end - k >= 3 and not self.entity_at(
                    self.toks[k + 1].s, self.toks[end - 2].e, ("actor", "person")):
                src = model.Source("outlet", self.surface(self.toks[k + 1].s, self.toks[end - 2].e))
                k = end
        elif _bare(nxt) in self.lx.outlet_nouns and self.t(k + 1) == _QUOTE:
            got = self._outlet_after_raw(k, False, strict=False)  # مراسل قناة "الجديد": the outlet named after it
            if got is not None:
                src, k = got
        elif first.t.startswith("ال"):
            src = self.last_corr or self._publisher()
        elif nxt.startswith("ال") and _bare(nxt) in self.lx.outlet_nouns:
            # مراسل الوكالة في دمشق، مراسل الصحيفة: no outlet cited before bears the noun (the genitive found
            # none), so it is the publisher's own reporter, or the last correspondent's outlet; the noun stays
            # in the reporter's words and a place after it is his post, no teller
            src, k = self.last_corr or self._publisher(), k + 1
        if src is not None:
            np_.outer.append(src)
            self.last_corr = src
        return k

    def _close_to(self, k: int) -> int | None:
        for seq in self.lx.close_to.get(self.t(k), []):
            m = self.match_seq(k, seq, first_conj=False)
            if m is None:
                continue
            end, lam = m
            if lam:
                # تابعة للحوثيين: the affiliation a source keeps as a qualifier (مصادر تابعة للنظام، قناة محلية
                # تابعة لـX); the token at `end` carries the ل and opens the argument
                return end if end > k and self.same_sentence(k, end) and len(self.t(end)) > 2 else None
            if seq == (_FI,) and (self.t(end) in self.lx.medium or self.t(end) == _WAQT or self._date_at(end)):
                return None  # (في بيان، في وقت سابق، في العاشر من أيار: the medium or the time, no body)
            return end
        return None

    def _genitive_outlet(self, k: int) -> tuple[model.Source, int] | None:
        t = self.t(k)
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",))
        if hit is not None and t[0] == "و":
            a, b = self.orig(self.toks[k].s, self.toks[k].e)
            if all(m.start > a for m, _ent in self.doc.overlapping(a, b, ("outlet",))):
                return None  # عمال إغاثة والمرصد السوري: a second teller (see `co_teller`), not a genitive
        if hit is not None:
            ent, m_end = hit
            end = self.tok_until_orig(k, m_end)
            return model.Source("outlet", self._outlet_text(ent, k, end), entity=ent.id), end
        if _bare(t) in self.lx.outlet_nouns and t.startswith("ال"):
            for src in reversed(self.outlets):
                if _bare(t) in _f(src.text).split():
                    return model.Source("outlet", src.text, entity=src.entity), k + 1
        # an outlet this article already cited, by its first word (الجزيرة for الجزيرة نت)
        for src in reversed(self.outlets):
            words = self._outlet_key(src.text).split()
            if len(words) > 1 and self._nisba_shape(t):
                continue  # الإعلام السوري after المرصد السوري لحقوق الإنسان: an adjective, not that outlet
            if words and _bare(words[0]) == _bare(t) and t.startswith("ال"):
                return model.Source("outlet", self.surface(self.toks[k].s, self.toks[k].e),
                                    entity=src.entity), k + 1
        return None

    def _outlet_text(self, ent: EntityDraft, i: int, j: int) -> str:
        text = self.surface(self.toks[i].s, self.toks[j - 1].e)
        folded = _f(text)
        if j == i + 1 and folded.startswith("ال") and _bare(folded) in self.lx.outlet_nouns:
            # مراسل القناة after قناة الجزيرة: a bare outlet noun the earlier stages linked to a named outlet is
            # that outlet as cited before (or as its entity names it), no outlet called "the channel"
            cited = next((o.text for o in reversed(self.outlets) if o.entity == ent.id), None)
            return cited or ent.name_ar
        if folded.startswith("ل") and not _f(ent.name_ar).startswith("ل"):
            if _f(ent.name_ar).startswith("ال"):
                if folded.startswith("لل"):
                    # للتلفزيون الرسمي السوري → التلفزيون الرسمي السوري: the name as written, its article back;
                    # the entity's own name (التلفزيون العربي السوري) may be another of its aliases
                    return "ال" + text[2:]
                return ent.name_ar  # للجزيرة → الجزيرة
            if folded.startswith("لل"):
                # للصحيفة after صحيفة الوطن: the outlet as cited before, as an anaphoric teller is read
                cited = next((o.text for o in reversed(self.outlets) if o.entity == ent.id), None)
                return cited or "ال" + text[2:]
            return text[1:].lstrip("ـ ")  # لوكالة فرانس برس → وكالة فرانس برس
        return text

    def _np_known(self, i: int, first: Tok) -> NP | None:
        two = f"{_unprefix(first.t)} {self.t(i + 1)}"
        if self.same_sentence(i, i + 1) and two in self.persons:
            _name, role, ent = self.persons[two]
            np_ = NP("person", i, i + 2, first.s, self.toks[i + 1].e, role=role, entity=ent)
            np_.name = self.surface(first.s, self.toks[i + 1].e)
            return np_
        w = _unprefix(first.t)
        if w not in self.persons and first.t not in self.persons:
            return None
        _name, role, ent = self.persons.get(first.t) or self.persons[w]
        j = i + 1
        while j < len(self.toks) and self.t(j) in self.persons and j - i < 4:
            j += 1
        np_ = NP("person", i, j, first.s, self.toks[j - 1].e, role=role, entity=ent)
        np_.name = self.surface(first.s, self.toks[j - 1].e)
        return np_

    def _appositive_np(self, app: tuple[EntityDraft | None, int], i: int, start: int, role: str | None,
                       role_end: int, end: int) -> NP:
        """The teller whose title (tokens i..end) is followed by a name set off by commas (`_appositive_name`):
        the person, with the name's entity when one is known, and any outlet inside the title."""
        ent, j = app
        np_ = NP("person", i, j, start, self.toks[j - 1].e, role=role, entity=ent.id if ent else None)
        np_.outer = self._outlet_in(role_end, end)
        n0 = end + 1 if ent is not None or self.t(end + 1) not in self.lx.roles else end + 2
        np_.name = self.surface(self.toks[n0].s, self.toks[j - 1].e)
        return np_

    def consume_arg(self, k: int, start: int, names: bool = False) -> int:
        """The argument of a close-to/in qualifier (قياديين في ميليشيات «قسد»): up to a boundary."""
        while k < len(self.toks) and k - start < _MAX_NP and self.same_sentence(start, k):
            t = self.t(k)
            if t == _QUOTE:
                end = self.consume_quote(k)
                if end is None or end - k > 7:
                    break  # a quote of more than a few words is what the source says, not its name
                if self.t(k + 1) in self.lx.comps and self.t(k + 1).startswith(("ان", "بان", "وان")):
                    break  # وقال مصدر مقرب منه "إنه لن يعتذر": a quote opening with إن/أن is what was said
                if k > start and (end >= len(self.toks) or not self.same_sentence(start, end)
                                  or self.t(end) in {".", "!", "؟", "?"}):
                    break  # المتحدث باسم الجيش "سنواصل العمليات".: a short quote ending the sentence is the words
                k = end
                continue
            if t == "(":
                end = self._paren(k)
                if end is None:
                    break
                k = end
                continue
            if (self.is_boundary(k) and not (names and self.ali_name(k))) or self.addressee_at(k, probe=True) \
                    or self._aside_at(k) or (k > start and self._co_head(t)):
                break
            if t == _FI and k > start and self._date_at(k + 1):
                break  # قائد الشرطة في الخامس من يناير: when he spoke, no part of the title
            if t == _MIN and self._from_object_teller(start, k):
                break  # وحذر وزير الصحة من كارثة: the warning's object, not the title's complement
            prev = self.t(k - 1)
            if k > start and prev.startswith("ال") and self._plain_word(t) and not names:
                break  # في وزارة الدفاع التركية | صحة الأنباء: a new phrase begins
            if k > start and self._object_opens(k):
                break  # مصدر في وزارة الدفاع | المزاعم، منظمة هيومن رايتس ووتش | باعتقال: the verb's object
            if k > start and names and prev.startswith("ال") and t.startswith("بال") \
                    and not self.t(k + 1).startswith("ال"):
                break  # توعد المتحدث باسم الجماعة بالرد على: the verb's complement (but بالأمم المتحدة: the title's)
            k += 1
        return k

    def _object_opens(self, k: int) -> bool:
        """Token k, inside a teller's complement, opens the verb's object rather than going on with the name:
        a noun of grammar.told_objects or object_masdars right after a definite genitive that is no nisba (نفى
        مصدر في وزارة الدفاع المزاعم), as `_told_object_closes` reads it after a title; or بـ on a verbal noun
        (an object masdar, or تـ/استـ on a common word: نددت منظمة هيومن رايتس ووتش باعتقال …، بتنفيذ …): no body's
        name goes on in such a word, which is what a verb taking بـ (ندد، طالب، رحب) acts on."""
        t, prev, tok = self.t(k), self.t(k - 1), self.toks[k]
        if t.startswith("ال") and prev.startswith("ال") and (_bare(t) in _TOLD_OBJECTS or t in _OBJECT_MASDARS) \
                and not self._nisba_shape(prev):
            return t not in self.persons and self.entity_at(tok.s, tok.e, ("person", "outlet", "actor")) is None
        if not (t[:1] == "ب" and t[1:] in _OBJECT_MASDARS) \
                and not (t.startswith(("بت", "باست")) and _bi_object(t) and self._bi_common(t)):
            return False
        return self.entity_at(tok.s, tok.e, ("actor", "place", "outlet", "person")) is None

    def _time_phrase_at(self, i: int) -> bool:
        """Token i opens a time phrase (قبيل الظهر، عقب الاجتماع، خلالها): a preposition of time, bare or with a
        pronoun, never the first word of a teller."""
        w = _unprefix(self.t(i))
        return w in _TIME_PREPS or any(w.endswith(p) and w[:-len(p)] in _TIME_PREPS for p in _TIME_PRONOUNS)

    def _name_like(self, i: int) -> bool:
        """A phrase starts like a person's name: a known given name or a name already seen."""
        w = _unprefix(self.t(i))
        return w in _given_names() or self.t(i) in _given_names() or w in self.persons

    def _comma_after_complement(self, j: int, start: int) -> int | None:
        """The comma that sets off a name after a teller's noun, right at `j` or past a short complement of the
        noun (الطبيب المشرف على العلاج، فلان، / مسؤول بالجماعة، فلان): no verb, quote or أن/إن before it."""
        for n in range(j, min(len(self.toks), j + 5)):
            t = self.t(n)
            if not self.same_sentence(start, n):
                return None
            if t in {"،", ","}:
                return n
            if t in _PUNCT_STOP or t == _QUOTE or t in _STRICT_COMPS \
                    or _unprefix(t) in self.lx.verbs or not t.isalpha():
                return None
        return None

    def _appositive_name(self, k: int, start: int, closing: bool = False
                         ) -> tuple[EntityDraft | None, int] | None:
        """", NAME," after a title: the person entity and the index after its mention, when أن/إن follows
        (`closing`: also when a known person's mention ends the sentence: نقلت عن مسؤول بالحركة، فلان.)."""
        if self.t(k) not in {"،", ","} or not self.same_sentence(start, k + 1):
            return None
        m = k + 1
        hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("person",))
        if hit is None and self.t(m) in self.lx.roles:
            # a title before the name: الدكتور ماهر العطار، الحاج حيدر الساعدي
            m += 1
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("person",)) if m < len(self.toks) else None
        if hit is None:
            # a name no entity stage knows: two or three plain words closed by a comma (، دان كوتس،)
            n, words, most = m, 0, 4
            # later words of a name may carry the article (صباح الخالد الحمد الصباح); the links of a chain of
            # lineage count as no word of their own, and a chain may hold one name more (حمد بن جاسم بن جبر آل
            # ثاني، فهد بن عبد الله بن محمد المطير)
            while n < len(self.toks) and n - m < 10 and (words < most or self.t(n) in _LINEAGE) and (
                    (n > m and self.t(n) in _LINEAGE) or self._plain_word(self.t(n)) or self.ali_name(n) or (
                    n > m and self._plain_word(self.t(n)[2:]) and self.t(n).startswith("ال"))):
                if self.t(n) in _LINEAGE:
                    most = 5
                else:
                    words += 1
                n += 1
            if n - m < 2 or self.t(n) not in {"،", ","}:
                return None
            j = n
            hit_ent: EntityDraft | None = None
        else:
            j = self.tok_until_orig(m, hit[1])
            hit_ent = hit[0]
            if self.t(j) in {"،", ","} and self.same_sentence(start, j):
                return hit_ent, j  # أبدى وزير الخارجية، مايك بومبيو، قلقه: a known person set off by commas
            if closing and (j >= len(self.toks) or not self.same_sentence(start, j) or self.t(j) in {".", "؟"}
                            or self._time_tail(j, start)):
                return hit_ent, j  # (…، وفق ما ذكره الوزير، فلان الفلاني في وقت سابق.: a date may close it)
        # أن/إن within a few words (past "في تصريح للرافدين برس،"), before any other verb
        for n in range(j, min(len(self.toks), j + 9)):
            if self.t(n) == _QUOTE and n <= j + 1 and self.same_sentence(start, n):
                return hit_ent, j  # مدير المرصد، رامي عبد الرحمن "…"
            if not self.same_sentence(start, n) or self.t(n) == _QUOTE:
                return None
            if self.t(n) in _STRICT_COMPS or (self.t(n) == ":" and self.t(n + 1) == _QUOTE):
                return hit_ent, j  # مدير الحملة، فلان، بخصوص …: "…"
            if _unprefix(self.t(n)) in self.lx.verbs:
                return None
        return None

    def _time_tail(self, j: int, start: int) -> bool:
        """From token j to the sentence's end only a short time phrase (في وقت سابق، أمس، الأسبوع الماضي)."""
        n = j
        while n < len(self.toks) and self.same_sentence(start, n) and self.t(n) not in {".", "؟", "!"}:
            t = self.t(n)
            if n - j >= 4 or not (t in _TIME_WORDS or _bare(t) in _TIME_NOUNS or t in _TIME_PREPS
                                  or t in (_FI, _WAQT) or (n > j and self._adjective(n))):
                return False
            n += 1
        return n > j

    def _after_according(self, i: int) -> bool:
        """An according-to cue (بحسب، وفق، حسب ما) ends right before token i."""
        for n in (1, 2, 3):
            k = i - n
            if k < 0:
                break
            for seq in _starting(self.lx.according, self.t(k)):
                got = self.match_seq(k, seq)
                if len(seq) == n and got is not None and got[0] == i:
                    return True
        return False

    def _long_quote(self, k: int) -> bool:
        """Token k (or the one after a comma) opens a quote of more than three words: a sentence, not a name."""
        m = k + 1 if self.t(k) in {"،", ","} else k
        if self.t(m) != _QUOTE:
            return False
        end = self.consume_quote(m, limit=_MAX_QUOTE)
        return end is None or end - m > 5

    def _body_head(self, head: str) -> bool:
        """A folded noun without the article heads the name of a body that can tell (جمعية، وزارة، أمم)."""
        return head in _DEFINITE_BODY_HEADS or head in _OFFICE_HEADS or head in _BODY_NOUNS \
            or self.lx.source_nouns.get(head) == "official"

    def _lam_body(self, k: int) -> bool:
        """Token k is لـ + a definite body whose noun itself begins with ل: للجنة is ل + اللجنة."""
        t = self.t(k)
        return t.startswith("لل") and len(t) > 4 and self._body_head(t[1:])

    def _year_end(self, k: int, sent_i: int) -> int:
        """The token after a year at k (2014، عام 2014، لعام 2014), or 0 when no year is there."""
        if self.t(k) in _YEAR_NOUNS and self.same_sentence(sent_i, k + 1):
            k += 1
        t = self.t(k)
        return k + 1 if len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2100 else 0

    def _has_complement(self, k: int, sent_i: int, not_comps: frozenset[str] = frozenset(),
                        phrases: tuple[tuple[str, ...], ...] = ()) -> bool:
        for m in range(k, min(len(self.toks), k + 16)):
            if not self.same_sentence(sent_i, m):
                return False
            if self.t(m) in not_comps:
                if self._platform_end(m) is not None:
                    continue  # نقلت صفحات محلية على فيسبوك أن: the platform it was passed on, not a destination
                return any(self.match_seq(m, seq, first_conj=False) is not None for seq in phrases)
            if self.t(m) in self.lx.comps or self.t(m) in (":", _QUOTE):
                return True
        return False

    def _from_place_end(self, start: int, end: int) -> int:
        """Where a teller's phrase [start, end) ends before «من + a place» that closes it (قال النائب فلان من بيروت
        إن: where he spoke from, no part of his name or title); `end` where none. Not after a word of closeness
        (المقربة من دمشق), which makes the place part of the description."""
        for m in range(start + 1, end - 1):
            if self.t(m) != _MIN or (self.t(m - 1), _MIN) in self.lx.close_to.get(self.t(m - 1), ()):
                continue
            # a place, or a capital that stands for its state (بيروت); no other actor (من حزب الله: whom he
            # belongs to, part of the description)
            hit = self.entity_at(self.toks[m + 1].s, self.toks[m + 1].e, ("place", "actor"))
            if hit is not None and (hit[0].type == "place" or hit[0].attrs.get("capital")
                                    or self._place_name(m + 1, hit[1])) \
                    and self.tok_until_orig(m + 1, hit[1]) >= end:
                return m
        return end

    def _at_place_end(self, k: int, end: int) -> int:
        """k when [k, end) is «في» and only places (joined by و) after a bare definite title of one word (وقال
        الوزير في دمشق وحلب إن): the title has no complement of its own, so the place is where he spoke, not part
        of the teller; `end` otherwise. A title with its own complement keeps its place (رئيس المجلس المحلي في
        حلب: the council's town), and so does any place that another word follows."""
        if self.t(k) != _FI or end - k < 2:
            return end
        m = k + 1
        while m < end:
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("place",))
            if hit is None:
                return end
            m = self.tok_until_orig(m, hit[1])
        return k if m == end else end

    def _one_name_after_title(self, title: str, role_end: int, k: int, end: int) -> bool:
        """Whether token k, the one word left after a definite title of one word (الطبيب كارلوس، الشاهد ماريا)
        before the teller's phrase ends, is a person's name: a plain word no closed list knows (no time, manner,
        preposition or common word of a name's end), which a definite title takes only as its holder's name."""
        if not title.startswith("ال") or role_end != k or end != k + 1:
            return False
        w = self.t(k)
        if w.startswith(_BI_ISM):
            return False  # المتحدث باسمها: whom the title speaks for, no name
        return self._plain_word(w) and w not in _NOT_NAME and _unprefix(w) not in _NOT_NAME \
            and w not in _TIME_WORDS and w not in _MANNER and w not in self.lx.roles \
            and _bare(w) not in self.lx.source_nouns and not self._adjective(k)

    def _place_name(self, m: int, orig_end: int) -> bool:
        """Whether the mention starting at token m and ending at `orig_end` is written as one of the article's places
        (دمشق, a place where the article names the city, read as the government here after حكومة دمشق)."""
        if self._place_names is None:
            self._place_names = frozenset(_f(men.text) for ent in self.doc.entities if ent.type == "place"
                                          for men in ent.mentions)
        a = self.orig(self.toks[m].s, self.toks[m].e)[0]
        return _f(self.doc.text[a:orig_end]) in self._place_names

    def _name_over_particle(self, k: int, end: int) -> int:
        """The end of a title's complement and name (tokens k..end) moved past a particle the name itself ends
        with: «الرئيس الكوري الجنوبي مون جاي إن إن …» — the entity stage read a person's name from the pack whole
        (its last word إن), so that إن is the name's, not the one opening what is said (a pack name wins)."""
        if not k < end < len(self.toks) or (self.t(end) not in self.lx.comps and self.t(end) not in ("-", "–")):
            return end  # (مون جيه-إن: the hyphen inside the name, too)
        a, b = self.orig(self.toks[end].s, self.toks[end].e)
        before = self.orig(self.toks[end - 1].s, self.toks[end - 1].e)[0]
        for men, _ent in self.doc.overlapping(a, b, ("person",)):
            if men.start <= before and men.end >= b:
                return self.tok_until_orig(end, men.end)
        return end

    def _construct_definite(self, i: int, end: int) -> bool:
        """Tokens [i, end) open with a construct chain made definite by its last noun (رئيس الحكومة، قائد قوات
        التحالف): no preposition before its first definite word, which makes it indefinite (قائد في قوات …)."""
        for m in range(i + 1, min(end, i + 4)):
            t = self.t(m)
            if t.startswith("ال"):
                return True
            if not t.isalpha() or t in self._PREPS:
                return False
        return False

    def _told_object_closes(self, k: int, end: int) -> int:
        """Where a title's construct ends before a noun of what is told (أدان وزير الإعلام الهجوم، انتقد رئيس
        الوزراء القرار قائلا): in a construct only the last genitive is definite, so a definite noun right after a
        definite genitive that is no nisba is an adjective or a new phrase; one of grammar.told_objects (a news
        item, a decision, an attack: nouns no title ends in) is the verb's object, and the title ends before it."""
        for m in range(max(k, 1), end):
            t, prev = self.t(m), self.t(m - 1)
            if not (t.startswith("ال") and prev.startswith("ال")) or self._nisba_shape(prev) \
                    or _bare(t) not in _TOLD_OBJECTS:
                continue
            if t in self.persons or self.entity_at(self.toks[m].s, self.toks[m].e, ("person", "outlet", "actor")):
                continue  # (a known party or name stays the title's)
            return m
        return end

    def _date_at(self, k: int) -> bool:
        """A date the times stage read starts at token k (العاشر من أيار، 3 حزيران، يونيو الماضي): after في it is
        when the teller spoke, no part of the teller (وأعلنت السلطات في العاشر من أيار بدء …)."""
        if not 0 <= k < len(self.toks):
            return False
        a, _b = self.orig(self.toks[k].s, self.toks[k].e)
        return a in self._date_starts()

    def _date_starts(self) -> frozenset[int]:
        got: frozenset[int] | None = getattr(self, "_date_starts_memo", None)
        if got is None:
            # (the times stage runs before this one; a doc run through claims alone has none)
            got = frozenset(x.start for x in (getattr(self.doc, "times", None) or ()))
            self._date_starts_memo = got
        return got

    def _kin_genitive(self, np_: NP, i: int, k: int) -> int:
        """An unnamed kin or counsel noun at i (زوجة، نجل، محامي) and the one whose kin or counsel it is in
        construct from k (زوجة الرئيس الأمريكي، محامي المتهمين، نجل فلان): the index after that genitive, which
        belongs to the teller. A name after the genitive's first word (ابن مدينة البصرة فلان الفلاني), or a
        given name right after ابن (ابن سلمان: a name of lineage), makes the teller that person."""
        if k >= len(self.toks) or not self.same_sentence(i, k) or self.is_boundary(k) \
                or self.addressee_at(k, probe=True) is not None or self.t(k) in self._PREPS \
                or self.t(k) in self.lx.comps or self.t(k) in self.lx.stops or not self.t(k).isalpha():
            return k
        t = self.t(k)
        # (a second kin word: ابن عم الضحية، ابنة عمها)
        kin = t in _KIN_HEADS or any(t.endswith(p) and t[:-len(p)] in _KIN_HEADS for p in _POSSESSIVE)
        if t in _TIME_WORDS or t in _TIME_NOUNS or t in _MANNER or _unprefix(t) in self.lx.verbs:
            return k  # (قال محام أمس إن: a time, not whose counsel)
        if kin and t not in _KIN_HEADS:
            return k + 1  # ابنة عمها: the kin word with its pronoun ends the teller
        if not (kin or t.startswith("ال") or t in self.lx.roles or self.t(k + 1).startswith("ال") or self.entity_at(
                self.toks[k].s, self.toks[k].e, ("person", "actor", "place"))):
            # one plain word no stage named (زوجة فلانوف إن، نجل فلان في تصريح): whose kin, when the phrase closes
            # right after it; else it may be the verb's object or a verb of its own (وجهت زوجة فلان نداء)
            nxt = self.t(k + 1)
            closes = self._closes(k + 1) or nxt in {"،", ",", ":", _QUOTE} or nxt in self._PREPS \
                or self.addressee_at(k + 1, probe=True) is not None
            return k + 1 if closes and self._plain_word(t) else k
        end = min(self.consume_arg(k, i), k + 4)
        while end > k + 1 and (self.t(end - 1) in _TIME_WORDS or self.t(end - 1) in _TIME_NOUNS):
            end -= 1  # (زوجة الرئيس الأسبوع الماضي: the date is no part of the teller)
        if end <= k:
            return k
        if self.same_sentence(i, end) and self._name_like(end):
            # a given name right after the genitive, and the name's words after it: after a place (ابن مدينة
            # البصرة فلان الفلاني) the teller's own name; after a person's title (زوجة المتوفى فلان الفلاني) the
            # name of the one whose kin speaks, who stays unnamed
            m = end + 1
            while m < len(self.toks) and m - end < 4 and self.same_sentence(i, m) and self._name_word(m):
                m += 1
            if self.entity_at(self.toks[end - 1].s, self.toks[end - 1].e, ("place",)) is not None:
                np_.kind, np_.name = "person", self.surface(self.toks[end].s, self.toks[m - 1].e)
            return m
        if any(self._name_like(m) for m in range(k + 1, end)) or (
                _bare(self.t(i)) in _LINEAGE and self._name_like(k)):
            np_.kind, np_.name = "person", self.surface(self.toks[k].s, self.toks[end - 1].e)
        return end
