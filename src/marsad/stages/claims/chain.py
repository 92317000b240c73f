"""Claims sub-stage: the chain of sources (isnad) — the links of a claim and their kinds.

The links outermost first (`chain`): the outlet spoken to or that carried a statement (`addressee_at`,
`find_addressee`, `_relayed_medium`), a second teller joined by و (`co_teller`), the actor an unnamed office
speaks for, the teller's own source (`inner_links`: عن مصادر، نقلاً عن …) and a third one further in, a trailing
according-to that becomes the outer link (`merge_outer`), a report named in the content (`inner_document`).
Separate because it decides who relayed whom, once the teller is known, not who spoke.
"""

from __future__ import annotations

import dataclasses
import re

from marsad import model

from .cues import (
    _ABR,
    _ADDRESSEE_CLAUSE_STOPS,
    _ADDRESSEE_STOPS,
    _ALA_TO,
    _ALA_WORD,
    _AN,
    _BARE_CHANNELS,
    _BARE_RELAY_FOLLOWERS,
    _BI_ISM,
    _BODY_MODIFIERS,
    _BODY_NOUNS,
    _COMPOUND,
    _COUNTERPARTS,
    _FA_COMPS,
    _FI,
    _MIN,
    _NAQLAN,
    _NOT_OUTLET_WORDS,
    _OFFICE_HEADS,
    _OTHERS,
    _OWN_CORRESPONDENT,
    _PUNCT_STOP,
    _QUOTE,
    _RELATIVE,
    _RELAY_PREPS,
    _RELAYED_FORMS,
    _SAME_SOURCE_HEADS,
    _SAME_SOURCE_LEADS,
    _SEMI,
    _SIDE_MODIFIERS,
    _TIME_NOUNS,
    _TIME_PREPS,
    _TIME_WORDS,
    _bare,
    _f,
    _starting,
    _unprefix,
)
from .reader import NP, Tok
from .tellers import _Tellers


class _Chain(_Tellers):
    """The reader's layer of chain.py: the chain of sources (isnad) — the links of a claim and their kinds."""

    # ------------------------------------------------------------------ addressee (the outer outlet)

    def addressee_at(self, k: int, probe: bool = False) -> tuple[model.Source, int] | None:
        """An outlet the source spoke TO, starting at token k: (source, index after it)."""
        t = self.t(k)
        if not t:
            return None
        for seq in _starting(self.lx.addressee, t):
            m = self.match_seq(k, seq)
            if m is not None:
                end, lam = m
                got = self._outlet_after(end, lam, strict=False)
                if got is not None:
                    return got
        if t == "ل" and self.t(k + 1) == _QUOTE:
            return self._outlet_after(k + 1, False, strict=True)
        if t == "ل" and self.same_sentence(k, k + 1):
            # لـ CNN، لـ(CNN)، لـ(بي بي سي): the outlet's name apart from the ل, bare or in brackets
            if self.t(k + 1) == "(":
                end = self._paren(k + 1)
                if end is None or end - k > 6 or not self.same_sentence(k, end - 1):
                    return None
                inner = self.toks[k + 2], self.toks[end - 2]
                if self._latin_name(k + 2) or self.entity_at(inner[0].s, inner[1].e, ("outlet",)):
                    return model.Source("outlet", self.surface(inner[0].s, inner[1].e)), end
                return None
            got = self._outlet_after(k + 1, False, strict=True)
            if got is not None:
                return got
            if self._latin_name(k + 1) and (self.is_boundary(k + 2) or self.t(k + 2) in self.lx.comps
                                              or self.t(k + 2) == ":" or not self.same_sentence(k, k + 2)):
                return model.Source("outlet", self.surface(self.toks[k + 1].s, self.toks[k + 1].e)), k + 2
            return None
        if t.startswith("ل") and t[1:] in self.lx.correspondents and self.same_sentence(k, k + 1):
            # قال لمراسل وكالة X، لمراسلي قناة X: the outlet whose correspondent was spoken to carried the words
            return self._outlet_after(k + 1, False, strict=True)
        if t.startswith("ل") and len(t) > 2:
            got = self._outlet_after(k, True, strict=True)
            if got is None and t.startswith("لل") and "ال" + t[2:] in _BARE_CHANNELS \
                    and (self._closes(k + 1) or self.t(k + 1) == ":" or self._quoted_alone(k)) \
                    and self.same_sentence(k, k + 1):
                # وقال المتحدث للجزيرة إن: a bare outlet name that is also a place or a word (الجزيرة، العربية)
                # is the outlet when it is spoken to right before أن/إن or a colon (a place there is no addressee)
                tok = self.toks[k]
                return model.Source("outlet", "ال" + self.surface(tok.s, tok.e)[2:]), k + 1
            return got
        return None

    def _quoted_alone(self, k: int) -> bool:
        """Token k stands alone in quotes closed right before أن/إن or a colon (قالت "للجزيرة": إن)."""
        return self.t(k - 1) == _QUOTE and self.t(k + 1) == _QUOTE and self.same_sentence(k, k + 2) \
            and (self._closes(k + 2) or self.t(k + 2) == ":")

    def _latin_name(self, k: int) -> bool:
        """Token k is written in Latin capitals (CNN، AFP، DW): an outlet's name when one speaks to it."""
        if k >= len(self.toks):
            return False
        return re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", self.surface(self.toks[k].s, self.toks[k].e)) is not None

    def _outlet_after(self, k: int, lam: bool, strict: bool) -> tuple[model.Source, int] | None:
        got = self._outlet_after_raw(k, lam, strict)
        if got is not None and lam and self.t(k).startswith("لل") and not got[0].entity:
            # للجزيرة نت: the article's alef dropped after the ل; give the name back its الـ
            return model.Source("outlet", "ال" + got[0].text), got[1]
        return got

    def _outlet_after_raw(self, k: int, lam: bool, strict: bool) -> tuple[model.Source, int] | None:
        first = self.tok_at(k, lam)
        if first is None:
            return None
        hit = self.entity_at(first.s, first.e, ("outlet",))
        if hit is not None:
            ent, m_end = hit
            end = self.tok_until_orig(k, m_end)
            return model.Source("outlet", self._outlet_text(ent, k, end), entity=ent.id), end
        if first.t == _QUOTE:
            end = self.consume_quote(k, limit=8)
            if end is None or end - k < 3:
                return None
            if strict and not (self.is_boundary(end) or self.t(end) in self.lx.openers
                               or end >= len(self.toks) or not self.same_sentence(k, end)):
                return None  # لـ"الإدارة الذاتية" بدران …: a quoted name that runs on is not an outlet
            text = self.surface(self.toks[k + 1].s, self.toks[end - 2].e)
            # (a quoted place is a paper's title: لـ"الشرق الأوسط"، لـ"الوطن")
            if self.entity_at(self.toks[k + 1].s, self.toks[end - 2].e, ("actor", "person")):
                return None
            # a quoted phrase after ل is mostly a slogan or a name of something else (دعوة لـ"X"، تمهيداً لـ"Y"):
            # an outlet only when a list knows it or it is a place's name (a paper's title), it ends in an outlet's
            # suffix (نيوز، تايمز) or an outlet noun heads it (لـ"صحيفة X")
            inner = self.entity_at(self.toks[k + 1].s, self.toks[end - 2].e, ("outlet",))
            titled = inner is not None or self.entity_at(self.toks[k + 1].s, self.toks[end - 2].e, ("place",))
            if not titled and self.t(end - 2) not in self.lx.outlet_suffixes \
                    and _bare(self.t(k + 1)) not in self.lx.outlet_nouns:
                return None
            return model.Source("outlet", text, entity=inner[0].id if inner else None), end
        if _bare(first.t) in self.lx.outlet_nouns:
            if self._agency_body(k, first.t):
                return None  # الرئيس السابق لوكالة الاستخبارات: the body he headed, no outlet spoken to
            if self.t(k + 1) in _NOT_OUTLET_WORDS and self.same_sentence(k, k + 1):
                return None  # إصابة صاروخ لمنصة إطلاق، اقترب لموقع الهجوم: a launcher or a place, no outlet
            if k + 1 < len(self.toks) and self.entity_at(self.toks[k + 1].s, self.toks[k + 1].e, ("person",)):
                return None  # لشبكة فتح الله غولن: a person's network, no outlet
            end = self._outlet_name_end(k + 1, k)
            if end > k + 1:
                end = self._outlet_of_outlet(end, k)
                return model.Source("outlet", self.surface(first.s, self.toks[end - 1].e)), end
            if lam and first.t.startswith("ال"):
                # وقال المصدر للصحيفة: the outlet cited or named before with that noun
                head = _bare(first.t)
                for src in reversed(self.outlets):
                    if head in _f(src.text).split():
                        return model.Source("outlet", src.text, entity=src.entity), k + 1
                named = self._named_outlet_before(head, k)
                if named is not None and named.text:
                    return model.Source("outlet", named.text, entity=named.entity), k + 1
            return None
        nxt = self.t(k + 1)
        if first.t.isalpha() and nxt in self.lx.outlet_suffixes and self.same_sentence(k, k + 1):
            return model.Source("outlet", self.surface(first.s, self.toks[k + 1].e)), k + 2
        return None

    def find_addressee(self, k: int, sent_i: int) -> tuple[model.Source | None, int]:
        """Scan past the source phrase (and a relative clause: الذي فضل عدم الكشف عن اسمه) for the outlet
        the source spoke to, stopping at the complementizer."""
        clause = False  # past a conjunction that opens a clause of its own (فيما، بينما)
        for m in range(k, min(len(self.toks), k + 25)):
            if not self.same_sentence(sent_i, m):
                break
            t = self.t(m)
            if t in _ADDRESSEE_STOPS:
                break
            clause = clause or (m > k and t in _ADDRESSEE_CLAUSE_STOPS)
            if clause and _unprefix(t) in self.lx.verbs and not self.noun_homograph(m):
                # …، فيما أعلن مسؤول محلي لقناة X: the outlet after is that clause's teller's (but وقال X، بينما كان
                # ينتظر عند البوابة، لوكالة Y: an aside with no verb of saying, the outlet is still X's)
                break
            if t == _QUOTE and m > k and self.t(m - 1) in {"،", ",", ":"}:
                break
            got = self.addressee_at(m) or self._relayed_medium(m)
            if got is not None:
                return got[0], got[1]
        return None, k

    def _relayed_medium(self, m: int) -> tuple[model.Source, int] | None:
        """"في بيان نقلته وكالة X" / "في تصريحات نشرتها قناة X": the outlet that carried the telling."""
        t = _unprefix(self.t(m))
        if t not in _RELAYED_FORMS:  # (the relay verbs with every suffix of passing on, see cues)
            return None
        if not any(self.t(x) == _FI and self.t(x + 1) in self.lx.medium for x in range(max(0, m - 4), m - 1)):
            return None
        return self._outlet_after(m + 1, False, strict=False)

    @staticmethod
    def _same_teller(a: model.Source, b: model.Source) -> bool:
        if a.kind != b.kind:
            return False
        if a.entity is not None and a.entity == b.entity:
            return True
        fa, fb = _f(a.text).split(), _f(b.text).split()
        return fa == fb or (a.kind == "person" and bool(fa) and bool(fb) and fa[-1] == fb[-1])

    def chain(self, np_: NP) -> list[model.Source]:
        """The sources of a parsed phrase, outermost first, before any addressee."""
        last = np_.j - 1
        while np_.text is None and np_.i < last and self.toks[last].s < np_.e and self.t(last) in self._PREPS \
                and not (self.t(last) == _ALA_WORD and self.surface(self.toks[last].s, self.toks[last].e)[-1:] == "ي"):
            # قناة تابعة للحوثيين في | اليمن ما تقول: a preposition whose object a parse left out is no part of
            # the teller (its text ends before it; the tokens the parse took stay taken); علي written with ي,
            # folded like على, is a name (الوزير أحمد علي)
            last -= 1
            np_.e = self.toks[last].e
        text = np_.text or self.surface(np_.s, np_.e)
        inner = model.Source(np_.kind, text, *self.orig(np_.s, np_.e), entity=np_.entity,
                             qualifiers=tuple(np_.qualifiers), role=np_.role)
        if np_.kind == "person" and np_.entity is None and np_.name is not None and len(np_.name.split()) == 1 \
                and self.surface(self.toks[np_.j - 1].s, self.toks[np_.j - 1].e) == np_.name:
            # وقال بنس خلال مؤتمر …، وقال الطبيب كارلوس: one word of a name the article gives in full elsewhere
            # (مايك بنس) is that person, where only one person has it
            np_.entity = self._one_person_named(np_.j - 1)
            if np_.entity is not None:
                inner = dataclasses.replace(inner, entity=np_.entity)
        if np_.kind == "official" and np_.entity is None:
            np_.entity = self._body_actor(np_)
            if np_.entity is not None:
                inner = dataclasses.replace(inner, entity=np_.entity)
        outer = list(np_.outer)
        # (نفس المصدر: the head is the noun after the anaphoric word that leads)
        head = np_.i + 1 if self.t(np_.i) in _SAME_SOURCE_LEADS else np_.i
        if not outer and np_.anaphoric and _bare(_unprefix(self.t(head))) in _SAME_SOURCE_HEADS:
            # وثق المرصد مقتل … كما قتل …، بحسب المصدر ذاته: the singular "same source" is the last claim's own
            # teller, whatever its kind; it keeps its words and takes that teller's kind, entity and outer chain
            # (an unnamed teller before it is left to the rule below, which also borrows its outlets)
            # Left to that rule too: an anaphor inside the last claim's own span, which tells where that claim
            # came from (…، أكد أنه لن يذهب، وفق المصدر ذاته), and one an outlet relays after عن, its own earlier
            # source rather than whoever told last (وأوردت سانا نقلاً عن المصدر ذاته)
            before = next((c for c in reversed(self.claims) if c.sources), None)
            if before is not None and before.sources[-1].kind in ("outlet", "person", "document") \
                    and not (inner.start is not None and before.start <= inner.start < before.end) \
                    and not (np_.i > 0 and self.t(np_.i - 1) == _AN):
                ref = before.sources[-1]
                return [*before.sources[:-1],
                        dataclasses.replace(inner, kind=ref.kind, entity=ref.entity, qualifiers=(), role=ref.role)]
        if not outer and np_.kind in ("anonymous", "official") and (np_.anaphoric or (
                np_.definite and not np_.qualifiers and _bare(_unprefix(self.t(np_.i))) not in _BODY_NOUNS)):
            # المصادر ذاتها / المصدر: the same tellers as the last such claim, through the same outlets
            for c in reversed(self.claims):
                if c.sources and c.sources[-1].kind in ("anonymous", "official"):
                    outer = [s for s in c.sources[:-1] if s.kind == "outlet"]
                    break
        if np_.kind == "person" and np_.name:
            self.titled.append((self._words(text) | self._words(np_.role or "") | self._aside_title(np_.j),
                                np_.entity))
            words = _f(np_.name).split()
            if len(words) >= 3 and words[-2] in _COMPOUND:
                self.persons.setdefault(" ".join(words[-2:]), (np_.name, np_.role, np_.entity))
            for w in [*words[-1:], " ".join(words)]:
                if w.isalpha() or " " in w:
                    self.persons.setdefault(w, (np_.name, np_.role, np_.entity))
            if len(words) >= 2:
                self.persons.setdefault(words[-1], (np_.name, np_.role, np_.entity))
        return [*outer, inner]

    def _body_actor(self, np_: NP) -> str | None:
        """The named actor an unnamed office or spokesman speaks for: an office head with up to two definite words
        then لـ + the actor (المركز الإعلامي لقوات سوريا الديمقراطية، القيادة العامة للجيش), or a title ending in
        باسم + the actor (الناطق باسم الحشد الشعبي). The source stays an official one; only its entity is the
        actor's, which is who tells (the office is its mouth)."""
        at: int | None = None
        if np_.role and _f(np_.role).split()[-1] == _BI_ISM:
            at = np_.i + len(_f(np_.role).split())  # the actor's name starts right after باسم
        elif _bare(_unprefix(self.t(np_.i))) in _OFFICE_HEADS:
            m = np_.i + 1
            while m < np_.j and m - np_.i < 3 and self.t(m).startswith("ال"):
                m += 1
            if m < np_.j and len(self.t(m)) >= 4 and self.t(m).startswith("ل"):
                at = m
        if at is None or at >= np_.j:
            return None
        tok = self.toks[at]
        # (after لـ the mention may start past the preposition: لقوات → قوات)
        hit = self.entity_at(tok.s + (1 if at > np_.i and self.t(at).startswith("ل") and self.t(at - 1) != _BI_ISM
                                      else 0), tok.e, ("actor",))
        if hit is None:
            return None
        a = self.orig(tok.s, tok.e)[0]
        men = next((m for m in hit[0].mentions if m.end == hit[1]), None)
        if men is None or men.start > a + 2 or men.end > self.orig(np_.s, np_.e)[1] + 1:
            return None  # the mention starts at that word and ends inside the source's phrase
        return hit[0].id

    def co_teller(self, k: int, sent_i: int, depth: int = 0) -> NP | None:
        """A second teller joined to the first by و (قال مدير الدفاع المدني ومسؤول محلي إن، بحسب ناشطين ومصادر
        طبية): a source phrase on the و-stripped token k, ending where the telling goes on, or where a further
        teller joined by و begins (أعربت السعودية والإمارات وإسرائيل عن)."""
        t = self.t(k)
        if len(t) < 4 or t[0] != "و" or not self.same_sentence(sent_i, k) or k in self.consumed or depth > 2:
            return None
        if self._whole_word_source(k):
            return None  # وقال بيان وزارة الخارجية: the و belongs to the word (وزارة), no second teller
        first = Tok(self.toks[k].s + 1, self.toks[k].e, t[1:])
        if t[1:].startswith("ال") and _bare(t[1:]) in self.lx.info:
            return None  # وزارة الاتصالات والمعلومات، مركز الإحصاء والمعلومات: the body's name goes on, no teller
        for parse in (self._np_entity, self._co_country, self._np_outlet, self._np_role, self._np_noun):
            np_ = parse(k, first)
            if np_ is None:
                continue
            if np_.kind == "document" or not self.same_sentence(sent_i, np_.j):
                return None
            if self.t(np_.j) in _OTHERS and self.same_sentence(sent_i, np_.j + 1):
                np_.j += 1  # قال مسؤولون أمريكيون ومسؤولون آخرون إن: "others" closes the second teller
                np_.e = self.toks[np_.j - 1].e
            nxt = self.t(np_.j)
            # (after an according-to cue the content opens with فإن: بحسب ناشطين ومصادر محلية فإن …)
            if nxt in _PUNCT_STOP or nxt in self.lx.comps or nxt in _FA_COMPS \
                    or self.addressee_at(np_.j, probe=True) \
                    or (nxt == _FI and self.t(np_.j + 1) in self.lx.medium) \
                    or (nxt == _MIN and self.t(np_.j + 1) in self.lx.comps) \
                    or self.co_teller(np_.j, sent_i, depth + 1) is not None:
                # (ويحذر باحثون ومواطنون من أن …: من أن closes the tellers of a warning as أن does)
                return np_
            return None
        return None

    def _whole_word_source(self, k: int) -> bool:
        """Token k, و and all, is a word a list or an earlier stage knows (وزارة، وكالة، وزير): its و is no
        conjunction."""
        t = self.t(k)
        if _bare(t) in self.lx.source_nouns or t in self.lx.roles:
            return True
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        return any(m.start == a for m, _ent in self.doc.overlapping(a, b, ("outlet", "person", "actor")))

    def with_co_teller(self, chain: list[model.Source], k: int, sent_i: int) -> int:
        """Add a second teller after token k to the chain (see `co_teller`); the index after the tellers."""
        co = self.co_teller(k, sent_i)
        if co is None:
            return k
        after = self._add_co_teller(chain, co, k)
        # a third or fourth teller joined by و (أعربت السعودية والإمارات وإسرائيل عن)
        for _ in range(2):
            nxt = self.co_teller(after, sent_i)
            if nxt is None:
                break
            chain.extend(_joint(self.chain(nxt)[-1:]))
            self.consumed.update(range(after, nxt.j))
            after = nxt.j
        return after

    def _add_co_teller(self, chain: list[model.Source], co: NP, k: int) -> int:
        last = chain[-1] if chain else None
        if last is not None and co.kind == "person" and co.name and not co.outer and last.role is not None \
                and last.kind in ("official", "anonymous") and not last.qualifiers and last.start is not None \
                and len(_f(last.text).split()) == 1 and _unprefix(self.t(k)) not in _COUNTERPARTS \
                and self.t(k)[1:] not in _COUNTERPARTS:
            # الكاتب والمحلل السياسي فلان: two titles of one man, not two tellers
            co_src = self.chain(co)[-1]
            end = co_src.end if co_src.end is not None else last.end
            chain[-1] = model.Source("person", self.doc.text[last.start:end], last.start, end,
                                     entity=co_src.entity, role=last.text)
        else:
            chain.extend(_joint(self.chain(co)[-1:]))
        self.consumed.update(range(k, co.j))
        return co.j

    def with_addressee(self, chain: list[model.Source], k: int, sent_i: int
                       ) -> tuple[list[model.Source], int]:
        addr, after = self.find_addressee(k, sent_i)
        if addr is None:
            return chain, k
        if self.is_own(addr.text) or any(s.kind == "outlet" and _same_outlet(s, addr) for s in chain):
            return chain, after
        if addr.kind == "outlet" and chain and chain[-1].kind == "person":
            # وقال مدير المرصد فلان لوكالة فرانس برس إن: the outlet he speaks to carried his words; the one his
            # title names is where he works, no link of this chain (the gold keeps only the outlet spoken to)
            chain = [s for s in chain[:-1] if not _in_title(s, chain[-1])] + chain[-1:]
        return [addr, *chain], after

    def inner_document(self, k: int, sent_i: int) -> NP | None:
        """A report named in the claim's object (وأكد وجود تقارير استخباراتية … حذرت): an inner link."""
        for m in range(k, min(len(self.toks), k + 3)):
            if not self.same_sentence(sent_i, m) or self.t(m) in self.lx.comps or self.t(m) in (":", _QUOTE):
                # وأضاف أن الاتفاقية تمنح …: the document is what the claim is about; وتابع "الرسالة وصلت":
                # a document named inside the quoted words is what was said, never who told it
                return None
            if self.lx.source_nouns.get(_bare(self.t(m))) == "document":
                if m > k and self.medium_at(m - 1):
                    # وقال في تغريدة، وأضاف في بيان: the medium of the telling, which is no link of the chain,
                    # as it is none after a named teller (وقال الوزير في بيان إن)
                    return None
                return self._np_noun(m, self.toks[m])
        return None

    def prev_claim_near(self, sent_i: int, reach: int) -> model.Claim | None:
        if not self.claims:
            return None
        s = self.tok_sent[sent_i]
        last = self.claims[-1]
        # a claim's quote may run over several sentences: count from the sentence where it ends
        last_s = max(self.claim_sent[-1], self._sent_index(max(last.start, last.end - 1)))
        return last if 0 <= s - last_s <= reach and s >= self.claim_sent[-1] else None

    def merge_outer(self, outer: list[model.Source], pos: int) -> None:
        """A trailing "…، وفقاً لما نقلته وكالة X" after a claim: X is the outer link of that claim and of the
        claims of the same teller before it in the paragraph."""
        def teller(c: model.Claim) -> str:
            return c.sources[-1].entity or _f(c.sources[-1].text).split()[-1] if c.sources else ""

        key = teller(self.claims[-1])
        for n in range(len(self.claims) - 1, -1, -1):
            c = self.claims[n]
            if "\n" in self.doc.text[c.start:pos] or teller(c) != key:
                break
            add = [o for o in outer if not any(s.kind == "outlet" and _f(s.text) == _f(o.text) for s in c.sources)]
            self.claims[n] = dataclasses.replace(c, sources=(*add, *c.sources))
        # a later "الموقع"/"الوكالة" points back to an outlet met here too
        self.outlets.extend(o for o in outer if o.kind == "outlet" and o not in self.outlets)

    def inner_links(self, chain: list[model.Source], k: int, sent_i: int, ascribe: bool = False,
                    relay: bool = False, learn: bool = False, about: bool = False, said: bool = False) -> int:
        """The teller's own source: "عن مصادر", "نقلاً عن مسؤول", "، الذي نقل عن مصادر أمنية" (after a verb of
        ascribing, "إلى مسؤول قوله"; after a verb of relaying a comma may close the teller's name before its
        عن: ونقل فلان، عن مديرها العام أن). `said`: after the teller of a verb of saying, where a bare عن is
        mostly what was spoken about."""
        platform = self._platform_end(k) if self.t(k) in (_ALA_WORD, _ABR) else None
        if platform is not None and self.t(platform) == _AN and self.same_sentence(sent_i, platform):
            k = platform  # صفحات محلية على "فيسبوك" عن ناشطين: the platform they wrote on, then their source
        a = k
        while a - k < 4 and self.same_sentence(sent_i, a) and (
                _bare(self.t(a)) in self.lx.qualifiers | self.lx.role_mods or self.t(a) in self.lx.outlet_tails
                or self._adjective(a) or (self.t(a) in _SEMI and self._adjective(a + 1))):
            a += 1
        if a > k and self.t(a) in (_AN, _NAQLAN) and self.same_sentence(sent_i, a):
            # وكالة الأناضول التركية عن مصادر، وكالة "برناما" الإخبارية الرسمية الماليزية عن، وكالة تسنيم شبه
            # الرسمية عن: the teller's adjectives (several, or شبه before one) end at its عن
            k = a
        elif relay:
            # (the adjective loop may have read the modifier itself as an adjective: الوطن المقربة من …)
            k = next((n for b in range(k, a + 1) if (n := self._past_relayer_modifier(b, sent_i)) != b), k)
        m = k + 1 if self.t(k) in {"،", ","} and self.same_sentence(sent_i, k + 1) else k
        if relay and m > k and self.t(m) == _FI and self.t(m + 1) in self.lx.medium:
            # ونقل المركز الإعلامي، في بيان، عن قائد ميداني قوله: the medium set off by commas (في خبر عاجل)
            close = next((c for c in range(m + 2, m + 5) if self.t(c) in {"،", ","}), None)
            if close is not None and self.t(close + 1) == _AN and self.same_sentence(sent_i, close + 1) \
                    and all(self.t(x).isalpha() for x in range(m + 2, close)):
                m = close + 1
        n = m
        while n - m < 5 and self.same_sentence(sent_i, n) and (
                self.t(n) in _TIME_WORDS or _bare(self.t(n)) in _TIME_NOUNS or self.t(n) in _TIME_PREPS
                or (n > m and self.t(n) in {"،", ","})):
            n += 1
        if n > m and (any(self.match_seq(n, seq, first_conj=False) for seq in _RELAY_PREPS)
                      or (relay and self.t(n) == _AN)):
            # أعلنت المديرية خلال الشهر الجاري على لسان ناطقها، نقل ليل الأحد عن مصدر: a date may stand before
            # على لسان, or before the عن of a verb of relaying
            m = n
        tongue = next((got[0] for seq in _RELAY_PREPS if (got := self.match_seq(m, seq, first_conj=False))), None)
        if self.t(m) in _RELATIVE:
            if _unprefix(self.t(m + 1)) not in self.lx.relay_verbs or self.t(m + 2) != _AN:
                return k
            m += 2
        elif m != k and self.t(m) != _NAQLAN and not (relay and self.t(m) == _AN) and tongue is None:
            # (a comma may set off على لسان as it does نقلا: نفت الوزارة، على لسان المتحدث باسمها، أن …)
            return k
        if about and self.t(m) == _AN:
            return k  # كشف مصدر لـX عن اتفاق، أعرب عن قلقه: the verb's own object, no source (but نقلاً عن is one)
        if self.t(m) == _AN or (self.t(m) == _NAQLAN and self.t(m + 1) == _AN) or tongue is not None or (
                ascribe and m == k and self.t(m) in _ALA_TO) or (learn and m == k and self.t(m) == _MIN):
            m2 = tongue if tongue is not None else m + 2 if self.t(m) == _NAQLAN else m + 1
            if self.t(m2) in _OWN_CORRESPONDENT and chain and chain[-1].kind == "outlet":
                self.last_corr = chain[-1]  # its own correspondent: a later bare المراسل is this outlet's
            inner = self.parse_source(m2, sent_of=sent_i)
            if inner is not None and said and not relay and m2 == m + 1 and self.t(m) == _AN and tongue is None \
                    and not (chain and chain[-1].kind == "outlet") \
                    and (self.t(inner.j) not in _BARE_RELAY_FOLLOWERS or self._state_np(inner)):
                # وقال الوزير عن الاتفاق إنه، وقال عن المعارضة إنها: what he spoke about, no source (an outlet
                # relays by trade: ذكرت الصحيفة عن مصادر، لم تسمها، أن)
                return k
            if inner is not None:
                # (an outlet inside the inner teller's title, عن مدير المرصد فلان, is a link of its own; the
                # outlets an anaphoric source borrows from the last claim are not)
                chain.extend(o for o in inner.outer if not any(self._same_teller(o, x) for x in chain))
                chain.extend(self.chain(inner)[-1:])
                self.consumed.update(range(k, inner.j))
                return self._relayed_further(chain, inner.j, sent_i)
        return k

    def _relayed_further(self, chain: list[model.Source], j: int, sent_i: int) -> int:
        """The inner teller took it from a third (نقلت وكالة X عن صحيفة Y نقلاً عن مصدر أمني قوله إن): a نقلاً عن
        after the inner link, or a bare عن after an outlet (an outlet relays; «مسؤول عن الأمن» is a title), adds
        the next link to the same chain. Returns the end of the last link."""
        m = j + 1 if self.t(j) in {"،", ","} and self.t(j + 1) == _NAQLAN else j
        if len(chain) >= 4 or not self.same_sentence(sent_i, m) or not (
                (self.t(m) == _NAQLAN and self.t(m + 1) == _AN) or (m == j and self.t(m) == _AN
                                                                  and chain and chain[-1].kind == "outlet")):
            return j
        return self.inner_links(chain, m, sent_i) if m > j else self.inner_links(chain, j, sent_i)

    def _past_relayer_modifier(self, k: int, sent_i: int) -> int:
        """After a relaying teller, a modifier with its complement that says whose side it is on (صحيفة الوطن
        المقربة من الحكومة عن …، وكالة أعماق التابعة للتنظيم عن …، قناة الميادين، الموالية لإيران، عن …): the
        token at the relay's عن (or the comma before it), else k. A modifier phrase that runs into anything but
        plain words before عن is left alone."""
        m = k + 1 if self.t(k) in {"،", ","} else k
        t = self.t(m)
        # (or a relative clause: وكالة الأنباء الكورية التي تديرها الدولة عن …، قناة X، التي تبث من بيروت، عن …)
        relative = t in _RELATIVE and self.t(m + 1).isalpha() and self.t(m + 1) not in self.lx.comps
        if not self.same_sentence(sent_i, m) or not (t in _BODY_MODIFIERS or t in _SIDE_MODIFIERS or relative) \
                or not (relative or self.t(m + 1)[:1] in {"ب", "ل"} or self.t(m + 1) in (_MIN, _ALA_WORD)):
            return k
        for n in range(m + 2, min(len(self.toks), m + 9)):
            if not self.same_sentence(sent_i, n) or (self.t(n) in self.lx.comps and self.t(n) != _AN):
                return k
            if self.t(n) == _AN:
                return n
            if self.t(n) in {"،", ","}:
                return n if self.t(n + 1) == _AN else k
            if self.t(n) in _PUNCT_STOP:
                return k
        return k

    def another_teller(self, i: int, verb_i: int) -> NP | None:
        """"وقال آخر: …"، "وقالت أخرى إن …": "another" as the subject of a verb of saying, with a claim told just
        before, is a new unnamed teller of the same kind as that claim's (another resident, another official),
        never the teller before it again."""
        if _unprefix(self.t(i)) not in ("اخر", "اخري") or not self.same_sentence(verb_i, i):
            return None
        nxt = self.t(i + 1) if self.same_sentence(i, i + 1) else ""
        if nxt and nxt not in (":", _QUOTE, "،", ",") and nxt not in self.lx.comps:
            return None  # وقال آخر المتحدثين: a word after it makes it a noun's qualifier, no teller
        prev = self.prev_claim_near(verb_i, 2)
        if prev is None or not prev.sources:
            return None
        kind = prev.sources[-1].kind
        return NP(kind if kind in ("anonymous", "official") else "anonymous", i, i + 1, self.toks[i].s,
                  self.toks[i].e)

    def _co_country(self, k: int, first: Tok) -> NP | None:
        """A country the entity stage left a place, joined by و to a teller (أعربت مصر والعراق عن): a state
        speaking, as the first teller is, while a country it read as an actor is found by `_np_entity`."""
        hit = self.entity_at(first.s, first.e, ("place",))
        if hit is None or hit[0].attrs.get("kind") != "country":
            return None
        a = self.orig(first.s, first.e)[0]
        if not any(m.start == a for m in hit[0].mentions):
            return None  # the name must begin right after the و, not inside a longer phrase
        j = self.tok_until_orig(k, hit[1])
        return NP("official", k, j, first.s, self.toks[j - 1].e, entity=hit[0].id)

    def bare_relay_at(self, m: int, sent_i: int) -> bool:
        """A bare عن at m that hands on another's words after a verb of saying (وتابع البيان عن وزير الدفاع
        قوله): a teller parsed after it, then قوله or أن/إن at once."""
        if self.t(m) != _AN or not self.same_sentence(sent_i, m + 1):
            return False
        inner = self.parse_source(m + 1, sent_of=sent_i)
        return inner is not None and self.t(inner.j) in _BARE_RELAY_FOLLOWERS and not self._state_np(inner)

    def _state_np(self, np_: NP) -> bool:
        """A teller that is a whole state or land (وقال فلان عن كوريا الشمالية إن): after a bare عن it is what
        was spoken of; a state hands on no words through another's عن."""
        ent = self.doc.entity(np_.entity) if np_.entity else None
        return ent is not None and (ent.type == "place" or ent.attrs.get("kind") in ("state", "country"))


def _same_outlet(a: model.Source, b: model.Source) -> bool:
    """Two writings of one outlet: the same entity, or the words of one a run of the other's (وكالة تاس … لتاس).
    The same source told again to its outlet (وأضاف نفس المصدر لتاس) already has that outlet as its outer link,
    so the outlet spoken to adds no second one."""
    if a.entity is not None and a.entity == b.entity:
        return True
    fa, fb = _f(a.text).split(), _f(b.text).split()
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return bool(short) and any(long_[n:n + len(short)] == short for n in range(len(long_) - len(short) + 1))


def _in_title(link: model.Source, person: model.Source) -> bool:
    """An outlet link read from inside the person's own title (مدير المرصد فلان: المرصد), not one that relayed him."""
    if link.kind != "outlet" or link.start is not None:
        return False  # (a relaying outlet has its own span: نقلت وكالة X عن مدير المرصد)
    # (the title may hold a shorter writing of the outlet named before in full: المرصد for المرصد السوري …)
    title = set(_f(person.text).split())
    return any(len(w) > 3 and w in title for w in _f(link.text).split())


def _joint(sources: list[model.Source]) -> list[model.Source]:
    """Mark tellers joined by و to the one before as co-tellers (قال فلان وفلان إن): both told the claim, neither
    relays the other, so the chain must not read as an isnad of one through the other."""
    return [dataclasses.replace(s, joint=True) for s in sources]
