"""Claims sub-stage: the triggers — which cue opens a claim, read token by token.

`run` walks the tokens and tries, in order, an according-to phrase (`try_according`: بحسب، وفق، نقلاً عن), a verbal
noun of telling (`try_nominal`: إعلان الوزارة), a verb of saying (`try_verb`, with its gender agreement, relays,
continuations and pronoun subjects), a participle (`try_participle`: قائلاً إن) and a quote paragraph that goes on
the last claim (`try_quote_paragraph`). Separate because it is the control flow of the stage: it decides which
reading applies at a cue and hands the teller, chain and span work to the sub-stages below.
"""

from __future__ import annotations

import dataclasses

from marsad import model
from marsad.pipeline import EntityDraft
from marsad.textnorm import written_passive

from .chain import _same_outlet
from .cues import (
    _ABOUT_OBJECT_VERBS,
    _ACCUSE_VERBS,
    _ALA_WORD,
    _AN,
    _ASCRIBE,
    _ASCRIBED_SAYING,
    _ASYNDETIC_VERBS,
    _BARE_CONNECTIVES,
    _BI_MASDAR_VERBS,
    _BODY_NOUNS,
    _BOUNDED_VERBS,
    _CONNECTIVES_BEFORE_AN,
    _CONSIDER_VERBS,
    _DEFINITE_BODY_HEADS,
    _DEMONSTRATIVES,
    _DEPICT_VERBS,
    _DOC_OWNER_GAPS,
    _DOC_OWNER_VERBS,
    _ENACT_VERBS,
    _ENACTED,
    _FA_COMPS,
    _FAR_REACH,
    _FEMININE_ENDINGS,
    _FI,
    _FORCE_NOUNS,
    _GROUNDS,
    _GROUNDS_DOCUMENTS,
    _HIS,
    _IMPERFECT_F,
    _IMPERFECT_M,
    _IMPERSONAL,
    _IN_IT,
    _IN_IT_VERB,
    _IN_IT_VERBS,
    _INFORM_VERBS,
    _INNER_LEADS,
    _ISSUE_VERBS,
    _KANA,
    _LEARN_VERBS,
    _MA_WORDS,
    _MANNER,
    _MASDAR_BEFORE,
    _MAX_NP,
    _MAX_QUOTE,
    _MEDIUM_PREPS,
    _NAMING,
    _NAQLAN,
    _NEGATORS,
    _NORM_DOCUMENTS,
    _NOT_NAME,
    _NOUN_CUES,
    _OBJECT_BI_VERBS,
    _OBJECT_MASDARS,
    _OBJECT_PRONOUNS,
    _OFFICE_HEADS,
    _PARTICIPLE_PREPS,
    _PAST_FEMININE,
    _PLATFORM_NAMES,
    _PLATFORM_WORDS,
    _PLURAL_PERSON_HEADS,
    _POSSESSIVE_TITLE,
    _PRE_OPENERS,
    _PREDICATE_OBJECT_VERBS,
    _PRONOUN_COMPS,
    _PRONOUN_CONNECTIVES,
    _PUBLISHED,
    _PUNCT_STOP,
    _QAD,
    _QUOTE,
    _RELATIVE,
    _RELAY_MA_VERBS,
    _RELAY_PREPS,
    _RELAY_PRONOUNS,
    _STANCE_VERBS,
    _STATEMENT_HEADS,
    _STATEMENT_ISSUE_VERBS,
    _STRICT_COMPS,
    _THAT_FORMS,
    _TIME_BEFORE_AN,
    _TIME_NOUNS,
    _TIME_PREPS,
    _TIME_WORDS,
    _TITLE_BI,
    _TO_WRITER,
    _TONGUE_VERBS,
    _VERDICT_HEADS,
    _VERDICT_VERBS,
    _VOW_VERBS,
    Verb,
    _according_noun,
    _agrees,
    _bare,
    _body_gender,
    _cue_words,
    _f,
    _given_names,
    _grammar,
    _nominal_cues,
    _nominal_forms,
    _nominal_his_forms,
    _plural_verb,
    _rumour,
    _starting,
    _suffix_person,
    _unprefix,
    _verb_gender,
)
from .reader import NP
from .spans import _Spans

#: what opens a phrase fronted before a sentence's verb (see `_after_fronted_phrase`), and its most tokens
_FRONTED_PREPS = _grammar("fronted_preps")
_FRONTED_MAX = 16

#: the most words of a teller before a heading's colon («المتحدث باسم وزارة الدفاع التركية: …»)
_COLON_TELLER_WORDS = 7

#: what ends a line of running text that a colon teller may open (no question mark: see `try_colon_heading`)
_LINE_STOPS = frozenset(".!…")


class _Triggers(_Spans):
    """The reader's layer of triggers.py: the triggers — which cue opens a claim, read token by token."""

    def run(self) -> None:
        # only tokens that can open a claim are tried: a cue word (with or without و/ف) or a sentence's
        # first token (a quoted paragraph); at every other token all three tries return None
        cues = _cue_words()
        tok_sent = self.tok_sent
        cands = sorted({k for k, w in enumerate(self._tok_words) if w in cues}
                       | {k for k in range(len(tok_sent)) if k == 0 or tok_sent[k] != tok_sent[k - 1]})
        i = 0
        for k in cands:
            if k < i:
                continue
            i = k
            if i in self.consumed:
                continue
            nxt = (self.try_according(i) or self.try_verb(i) or self.try_nominal(i) or self.try_quote_paragraph(i)
                   or self.try_participle(i) or self.try_colon_heading(i) or self.try_rumour(i))
            i = nxt if nxt and nxt > i else i + 1

    def try_according(self, i: int) -> int | None:
        for seq in _starting(self.lx.according, self.t(i)):
            m = self.match_seq(i, seq)
            if m is None:
                continue
            k, lam = m
            if seq[0] == "نقل" and (not self.is_clause_start(i) or (
                    i >= 2 and self.t(i - 1) == _QAD and self.same_sentence(i, i - 2) and self.t(i - 2).isalpha()
                    and self.t(i - 2) not in self.lx.openers)):
                # وكان التلفزيون نقل عن …، وكان الجيش قد نقل عن …: a verb with its subject before it (and قد
                # between them), not the passive نُقل عن
                return None
            if _unprefix(seq[0]) == "نقل" and self.t(k) != "ما":
                prev = self.prev_claim_near(i, 2)
                if prev is not None and prev.sources and self._relaying_body(prev.sources[-1]):
                    # وقال المركز إن … ونقل عن مصدر لم يسمه قوله: the body or outlet that told last relays it
                    done = self._relay_on(i, i + len(seq) - 1, "نقل", None)
                    if done is not None:
                        return done
            cue_end_tok = k
            relay = ma_verb = False
            # "بحسب ما أوردته المصادر": skip ما and its verb (with an object pronoun)
            if seq[-1] in _MA_WORDS or (not lam and self.t(k) == "ما"):
                if self.t(k) == "ما":
                    k += 1
                v = self.t(k)
                if v in self.lx.ma_verbs or v[:-1] in self.lx.ma_verbs or v[:-2] in self.lx.ma_verbs:
                    # نقلته، أوردته، نشرته …: a relay
                    relay = v in _RELAY_MA_VERBS or v[:-1] in _RELAY_MA_VERBS or v[:-2] in _RELAY_MA_VERBS
                    ma_verb = True
                    k += 1
                    if self.t(k) in self.lx.ma_objects:
                        k += 1  # بحسب ما أفاد به، بحسب ما كشف عنه
                else:
                    return None
                cue_end_tok = k
                lam = False
                while self.t(k) in _TIME_WORDS and k - i < 8:
                    k += 1  # بحسب ما أفادت الأسبوع الماضي وزيرة الدفاع: a date before the teller
            if not lam and self.t(k) == "(" and self.same_sentence(i, k + 1):
                k += 1  # وبحسب (المرصد السوري لحقوق الإنسان)، …
            noun, own = _according_noun(self.t(k)[1:] if lam else self.t(k))
            if seq in _NOUN_CUES and not (noun and self.same_sentence(i, k)):
                continue  # على حد سواء، على حد علمي: no telling
            if noun and self.same_sentence(i, k):
                if own:
                    return self._according_own(i, k + 1, seq[0])
                k, lam, cue_end_tok = k + 1, False, k + 1  # بحسب تأكيد مصدر أمني: the noun's genitive tells
            np_ = self.parse_source(k, lam=lam, sent_of=i)
            if np_ is not None and seq[0] in _GROUNDS and (
                    _bare(self.t(np_.i)) in self.lx.info
                    or (np_.kind == "document" and _bare(self.t(np_.i)) in _GROUNDS_DOCUMENTS)):
                # عملية بناء على معلومات استخبارية، اعتقل بناء على مذكرة توقيف: the grounds of the act, no one
                # tells it (a warrant or a complaint is what the arrest rests on, not the outer link of the claim)
                return None
            if np_ is None:
                np_ = self._according_body(k, lam, i)
            if np_ is None and not lam:
                np_ = self._np_country(k)  # …، بحسب اليونان.: a country closing the clause speaks as its state
                if np_ is not None and self.same_sentence(i, np_.j) and self.t(np_.j) not in _PUNCT_STOP \
                        and self.t(np_.j) not in _FA_COMPS:
                    np_ = None
            if np_ is None and ma_verb and not lam and not self._lam_word(self.t(k)):
                # "…، حسبما أضافت المنظمة الحقوقية.": a verb's subject closing the sentence, as after كما قال
                # (but "وفق ما قال للمحققين": the one told, the teller left out)
                close = self._close_of(i, k)
                if close is not None:
                    self._close_at = close
                    try:
                        np_ = self.unknown_name(k) or self.loose_subject(k)
                    finally:
                        self._close_at = -1
            if np_ is None:
                return None
            head_tok = self._strip_lam(np_.i) if lam and np_.i == k else self.toks[np_.i]
            if np_.kind == "document" and _bare(head_tok.t) in _NORM_DOCUMENTS:
                return None  # ستثبت الهدوء وفقاً لاتفاقية 2014: what the act conforms to, no one tells it
            if self.t(np_.j) == ")" and self.t(k - 1) == "(":
                np_.j += 1
            if np_.kind == "document" and not np_.outer:
                # بحسب حصيلة لوزارة الصحة، وفق آخر حصيلة أعلنتها الوزارة: the document's owner tells through it,
                # the outer link before it (as the Observatory is in بحسب حصيلة للمرصد)
                owned = self._document_owner(np_.j, i, np_.i)
                if owned is not None:
                    np_.outer, np_.j = owned
            cue = (self.toks[i].s, self.toks[max(i, cue_end_tok - 1)].e)
            chain = self.chain(np_)
            np_.j = self.with_co_teller(chain, np_.j, i)
            chain, after = self.with_addressee(chain, np_.j, i)
            # inner links: "بحسب ما نقلته وكالة X عن مصادر"
            after = self.inner_links(chain, max(after, np_.j), i)
            rest = [m2 for m2 in range(after, min(len(self.toks), after + 5)) if self.same_sentence(i, m2)
                    and self.t(m2) not in _PUNCT_STOP and _bare(self.t(m2)) not in self.lx.qualifiers]
            trailing = len(rest) < 2 and i > 0 and self.same_sentence(i, i - 1)
            # "…، وفق المرصد الذي أضاف أن …": a relative clause on the teller after a comma-set cue is more of
            # its telling; the words before the comma are still what it tells, as at the clause's end
            trailing = trailing or (bool(rest) and rest[0] - after <= 1 and self.t(rest[0]) in _RELATIVE
                                    and self.t(i - 1) in {"،", ","} and self.same_sentence(i, i - 2))
            # "…، وفقاً لما نقلته وكالة X" or "…، وفقاً لنسخة من تصريحاته" after a claim of the sentence: X or the
            # document is how that claim reached the article, an outer link of it, not a claim of its own
            # (a relay verb says so wherever the cue stands: "وأكد X، بحسب ما نقله موقع Y، أن …";
            # a bare outlet only at the clause's end of a sentence its claim opens: "قالت الوزارة إن …، حسب موقع Y"
            # (but "…، التي تعتبرها أنقرة إرهابية، …، وفق المرصد": the outlet tells the whole sentence)
            # (unnamed media carry a report as an outlet does: "…، وفق إعلام دولي، بحسب وسائل إعلام محلية")
            # (or right after the closing mark of the last claim's quote: "وفي خطاب له، قال X: «…»، وفق ما ذكرت
            # وكالة Y": the quote has its teller, the outlet only carried it)
            # (a sentence that is only the cue after the last one, "قالت الوزارة إن … . بحسب ما أوردت رويترز.",
            # is that sentence's trailing cue)
            alone = len(rest) < 2 and self._alone_after_sentence(i)
            opens = (trailing and (self._last_claim_opens_sentence(i) or self._closes_last_quote(i))) \
                or (alone and self._last_claim_opens_sentence(i - 1))
            relayed = (relay or opens) \
                and all(x.kind == "outlet" or (x.kind == "anonymous" and _bare(_f(x.text).split()[0]) in self.lx.media)
                        for x in chain) and not self.is_own(chain[-1].text)
            # "…، وفقاً لمكتب رئيس الوزراء" after a person's claim: the office relayed it, an outer link too
            relayed = relayed or ((trailing or opens) and np_.kind == "official" and np_.role is None)
            # "وقال X إنه «…»، وفق Y": a named person who reports X's words is X's outer link, as an outlet is
            # (not an outlet's correspondent, whose report is a claim of its own: "…، بحسب مراسلة X في بيروت")
            relayed = relayed or (opens and np_.kind == "person" and len(chain) == 1 and bool(self.claims)
                                  and not any(self._same_teller(x, s) for x in chain for s in self.claims[-1].sources))
            # "دانت الحكومة …، وفق ما أورد مراسلنا.": the publisher's own correspondent (our pronoun on the noun)
            # reports the claim that opens the sentence, an outer link of it as an outlet that carried it is
            # (another outlet's correspondent stays a claim of its own, as above)
            relayed = relayed or (opens and np_.kind == "anonymous" and self._own_correspondent_word(head_tok.t))
            if seq[0] == _NAQLAN and self.t(i - 1) in {"،", ",", "-"} and self.claims \
                    and self.claim_sent[-1] == self.tok_sent[i] and self.claims[-1].sources[-1].kind == "outlet" \
                    and np_.kind != "outlet":
                # "قال التلفزيون إن …، نقلاً عن مسؤولين": the outlet's own source, an inner link of its claim
                last = self.claims[-1]
                self.claims[-1] = dataclasses.replace(last, sources=(*last.sources, *chain[-1:]))
                self.consumed.update(range(i, np_.j))
                return np_.j
            if alone and opens and self.claims[-1].sources[-1].kind == "outlet" and len(chain) == 1 \
                    and chain[0].kind == "outlet" and len(_f(chain[0].text).split()) == 1 \
                    and _f(chain[0].text).startswith("ال"):
                # "كتبت صحيفة X أن … . بحسب الصحيفة.": the same outlet named again closes its own report
                self.consumed.update(range(i, np_.j))
                return np_.j
            if (relayed or np_.kind == "document") and self.claims \
                    and (self.claim_sent[-1] == self.tok_sent[i] or (alone and opens)) \
                    and (self.claims[-1].sources[-1].kind in ("person", "official", "anonymous")
                         or (alone and opens and not any(self._same_teller(x, s) for x in chain
                                                         for s in self.claims[-1].sources))):
                # (after a sentence of its own, an outlet that carried another's report is its outer link too:
                # "كتبت صحيفة X أن … . بحسب فرانس برس.")
                self.merge_outer(chain, self.doc.folded.orig(self.toks[i].s))
                self.consumed.update(range(i, np_.j))
                return np_.j
            comp = after + 1 if self.t(after) in {"،", ",", "-"} else after  # (… - بحسب المصادر - إن)
            if self.claims and self.claim_sent[-1] == self.tok_sent[i] and self.t(comp) in _STRICT_COMPS \
                    and (self.claims[-1].cue_end or 0) <= self.doc.folded.orig(self.toks[i].s):
                # "وقال ممثل فرنسا، بحسب المصادر نفسها، إن …": the cue stands between the teller and what he
                # said; its source is how that claim reached the article, an outer link of it
                last = self.claims[-1]
                add = [o for o in chain if not any(_f(o.text) == _f(x.text) for x in last.sources)]
                # (but "وكشف مصدر لـX، نقلاً عن مسؤول، أن …": the teller took it from the official, an inner link)
                inner = seq[0] in _INNER_LEADS
                self.claims[-1] = dataclasses.replace(
                    last, sources=(*last.sources, *add) if inner else (*add, *last.sources))
                self.outlets.extend(o for o in add if o.kind == "outlet" and o not in self.outlets)
                self.consumed.update(range(i, np_.j))
                return np_.j
            start_tok = i
            if seq in _RELAY_PREPS and not relayed:
                owner = self._tongue_owner(i)
                if owner is not None:
                    # "نفت جبهة X على لسان ممثلها …": the body speaks through its spokesman, the outer link
                    start_tok, body = owner
                    chain = [*[o for o in self.chain(body) if not any(self._same_teller(o, x) for x in chain)],
                             *chain]
            if alone and start_tok == i:
                # "وقع الانفجار مساء السبت. حسبما قالت الشرطة.": the words it tells are the sentence before
                start_tok = self._sentence_start(i - 1)
            claim = self.add_claim(chain, cue, self.toks[start_tok].s, after, i, verb=seq[0], trailing=trailing)
            nxt = self.t(after + 1)
            if claim is not None and self.t(after) in {"،", ","} and (i == 0 or not self.same_sentence(i, i - 1)) \
                    and (nxt in self.lx.verbs or _unprefix(nxt) in self.lx.verbs):
                self.leading.add(claim.id)
            self.consumed.update(range(i, np_.j))
            return np_.j
        return None

    def _tongue_owner(self, i: int) -> tuple[int, NP] | None:
        """A verb of saying and its subject right before على لسان at token i, with at most a date or adverb
        between (نفت جبهة X على لسان ممثلها، وكانت المديرية أعلنت خلال الشهر الجاري على لسان ناطقها): the
        token the claim starts at and the subject, the body whose words the spokesman speaks; else None."""
        b = i - 1
        while b > 0 and i - b <= 6 and self.same_sentence(i, b) and (
                self.t(b) in _TIME_WORDS or _bare(self.t(b)) in _TIME_NOUNS or self.t(b) in _TIME_PREPS
                or self.t(b) in _MANNER or self.t(b) in {"،", ","} or self.t(b) in self.lx.post_verb_adverbs):
            b -= 1
        if b < 0 or not self.same_sentence(i, b):
            return None
        s0 = b
        while s0 > 0 and self.same_sentence(i, s0 - 1) and b - s0 < 12:
            s0 -= 1
        for p in range(b, s0 - 1, -1):
            if _unprefix(self.t(p)) not in self.lx.verbs and _unprefix(self.t(p)) not in _TONGUE_VERBS:
                continue
            if p == b:
                # the subject before the verb (وكانت المديرية أعلنت): a phrase that ends right at it
                np_ = self.pre_subject(p) or self.clause_subject(p)
                return (np_.i, np_) if np_ is not None and np_.j == p else None
            np_ = self.parse_source(p + 1, sent_of=i) or self.unknown_name(p + 1) or self.named_office(p + 1, p, True)
            if np_ is not None and np_.j == b + 1:
                return p, np_
            # (نفت الحركة على لسان ممثلها، وتوعدت الجماعة على لسان قائدها: a body no list knows, the few plain
            # words between the verb and على لسان, with a spokesman of its own, speaks officially)
            if b - p <= 4 and self.t(b).startswith("ال") and all(self.t(m).isalpha() and self.t(m) not in self.lx.comps
                                  and self.t(m) not in self.lx.stops and self.t(m) not in self._PREPS
                                  for m in range(p + 1, b + 1)):
                return p, NP("official", p + 1, b + 1, self.toks[p + 1].s, self.toks[b].e)
            return None
        return None

    def _own_correspondent_word(self, t: str) -> bool:
        """A correspondent noun with our pronoun (مراسلنا، مراسلتنا, folded): the publisher's own reporter."""
        if not t.endswith("نا") or len(t) < 6:
            return False
        stem = t[:-2]
        stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # مراسلتنا: the feminine noun before a pronoun
        return stem in self.lx.correspondents

    def _last_claim_opens_sentence(self, i: int) -> bool:
        """The last claim is token i's sentence's and its cue stands among the sentence's first words."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[i]:
            return False
        s0 = i
        while s0 > 0 and self.same_sentence(i, s0 - 1):
            s0 -= 1
        cue = self.claims[-1].cue_start
        first = self.orig(self.toks[s0].s, self.toks[s0].e)[0]
        return cue is not None and cue >= first and len(self.doc.text[first:cue].split()) <= 3

    def _according_own(self, i: int, k: int, cue: str) -> int:
        """"…، بحسب تعبيره": the pronoun points to the teller of the sentence's claim (nothing new then) or, in a
        sentence with none, to the subject of its first verb (ودعا المحافظ إلى …، بحسب تعبيره)."""
        self.consumed.update(range(i, k))
        if self.claims and self.claim_sent[-1] == self.tok_sent[i]:
            return k
        got = self._sentence_subject(i)
        if got is not None:
            np_, s0 = got
            self.add_claim(self.chain(np_), (self.toks[i].s, self.toks[k - 1].e), self.toks[s0].s, k, i, verb=cue,
                           trailing=True)
        elif i == 0 or not self.same_sentence(i, i - 1):
            # "وحسب قولهم، فإن …" opening a sentence: the pronoun points to the party the sentence before named
            chain = self.antecedent(i, _suffix_person(self.t(k - 1)))
            if chain:
                self.add_claim(chain, (self.toks[i].s, self.toks[k - 1].e), self.toks[i].s, k, i, verb=cue)
        return k

    def _subject_only(self, np_: NP) -> NP:
        """A sentence's subject parsed with no أن/إن after it may run on into the verb's object (وزار الرئيس
        ماكرون بغداد، وعقد قائد الشرطة مؤتمرا): a person ends with the person entity's mention, and a title
        whose "name" no entity knows is an official."""
        if np_.kind != "person":
            return np_
        a, b = self.orig(np_.s, np_.e)
        # the subject is the FIRST person the phrase names, not a longer name in the object (هاجم نائب الرئيس
        # مايك بنس شقيقة زعيم كوريا الشمالية كيم جونغ أون): the phrase ends with the first person mention that
        # no other person mention follows at once (مستشار الرئيس ترامب جون بولتون is one title and its holder)
        pers = sorted(((m.start, m.end, ent.id) for m, ent in self.doc.overlapping(a, b, ("person",))))
        for n, (_ms, me, eid) in enumerate(pers):
            j = self.tok_until_orig(np_.i, me)
            if j == np_.j and np_.i < j:
                np_.entity = eid  # the phrase ends with its holder's name: title and name are the subject
                return np_
            if not np_.i < j < np_.j:
                break
            if n + 1 < len(pers) and pers[n + 1][0] == self.doc.folded.orig(self.toks[j].s):
                continue
            if n + 1 < len(pers) and self.t(j) in ("،", ",") and j + 1 < np_.j and pers[n + 1][2] == eid \
                    and pers[n + 1][0] == self.doc.folded.orig(self.toks[j + 1].s):
                continue  # الرئيس الفرنسي، إيمانويل ماكرون: the title and its holder's name set off by a comma
            np_.j, np_.e, np_.entity = j, self.toks[j - 1].e, eid
            kept = self.surface(np_.s, np_.e)
            np_.name = " ".join(w for w in (np_.name or "").split() if w in kept) or None
            return np_
        if np_.entity is not None and np_.name is None:
            return np_
        first_name = _f(np_.name or "").split()[:1]
        # the person's own mention, the one the name starts with (not a name in the object: رسالة لبوتين)
        hit = next(((ent, m.end) for m, ent in self.doc.overlapping(a, b, ("person",))
                    if first_name and _f(self.doc.text[m.start:m.end]).split()[:1] == first_name), None)
        if hit is not None:
            j = self.tok_until_orig(np_.i, hit[1])
            if np_.i < j <= np_.j:
                np_.j, np_.e = j, self.toks[j - 1].e
                kept = self.surface(np_.s, np_.e)
                # the name learnt for later bare mentions loses the object's words too
                np_.name = " ".join(w for w in (np_.name or "").split() if w in kept) or None
            return np_
        if np_.name and np_.role:
            start = self.surface(np_.s, np_.e).rfind(np_.name)
            if start > 0:
                text = self.surface(np_.s, np_.e)[:start].strip(" ،,")
                if text:
                    return NP("official", np_.i, np_.j, np_.s, np_.e, text=text)
        return np_

    def _last_person_before(self, pos: int, skip_bare: bool = False) -> tuple[model.Mention, EntityDraft] | None:
        """The last mention of a person entity ending at or before `pos` (not in a heading, with skip_bare)."""
        last = None
        for ent in self.doc.entities:
            if ent.type != "person":
                continue
            for men in ent.mentions:
                if men.end <= pos and (last is None or men.start > last[0].start) \
                        and not (skip_bare and self._sent_index(men.start) in self.bare_lines):
                    last = (men, ent)
        return last

    def antecedent(self, i: int, person: str) -> list[model.Source]:
        """The teller a possessive pronoun on a verbal noun opening a sentence points to (وحسب قولهم، فإن …):
        the subject of the first verb of the sentence before (وفر السكان من البلدة …), or else the person the
        article named there. `person` is "m", "f" or "p" (masculine, feminine, plural): a person is a masculine
        teller unless a title says otherwise, a body of a feminine noun a feminine one. (A verb of saying with
        no subject, وقال إن …, is left to the last claim: read this way it named the wrong teller as often.)"""
        s = self.tok_sent[i]
        first = i
        while first > 0 and self.same_sentence(i, first - 1):
            first -= 1
        k = first - 1
        while k >= 0 and self.tok_sent[k] in self.bare_lines:
            k -= 1  # a heading between the two sentences
        got = self._sentence_subject(k) if k >= 0 else None
        if got is not None and (got[0].j - got[0].i > 8 or any(
                self.t(x) in self._PREPS for x in range(got[0].i, got[0].j))):
            got = None  # a phrase with a preposition is more than the subject (المجلس في اجتماع عقده …)
        if got is not None and _agrees(self.surface(got[0].s, got[0].e), got[0].kind, person):
            return self.chain(self._subject_only(got[0]))
        if person != "m":
            return []
        last = self._last_person_before(self.orig(self.toks[i].s, self.toks[i].e)[0], skip_bare=True)
        if last is None or self._sent_index(last[0].start) < s - 1 - sum(
                1 for n in range(self._sent_index(last[0].start) + 1, s) if n in self.bare_lines):
            return []
        return [model.Source("person", last[0].text.strip(), entity=last[1].id)]

    def try_rumour(self, i: int) -> int | None:
        """"وسط أنباء عن انسحاب المسلحين": news with no teller, after a word of circumstance or a verb of
        spreading, tells what follows عن; its one source is the anonymous noun. Only the indefinite noun with
        nothing on it counts, so وكالة أنباء, الأنباء and بأنباء never open a claim here."""
        words, openers, spreading = _rumour()
        if self.t(i) not in words or i < 1 or i + 2 >= len(self.toks) or self.t(i + 1) != _AN \
                or not self.same_sentence(i - 1, i + 2) or self.t(i + 2) in _PUNCT_STOP:
            return None
        before = self.t(i - 1)
        if before not in openers and before not in spreading and _unprefix(before) not in spreading:
            return None
        src = model.Source("anonymous", self.surface(self.toks[i].s, self.toks[i].e))
        self.add_claim([src], (self.toks[i].s, self.toks[i].e), self.toks[i - 1].s, i + 2, i, verb=self.t(i))
        self.consumed.update(range(i, i + 2))
        return i + 2

    def try_nominal(self, i: int) -> int | None:
        """"إعلان وزارة الدفاع الروسية مقتل …": a verbal noun of telling whose genitive is a teller the
        earlier stages named; the teller is the source and what follows its name the claim."""
        not_content = _nominal_cues()[1]
        w = self.t(i)
        if w in _nominal_his_forms():
            return self._nominal_his(i, not_content)
        if w not in _nominal_forms():
            return None
        k = i + 1
        if k >= len(self.toks) or not self.same_sentence(i, k) or k in self.consumed:
            return None
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        # the teller must begin the word: تصريح لترامب (a proclitic لـ) is an indefinite statement
        if any(m.start > a for m, _ent in self.doc.overlapping(a, b, ("outlet", "person", "actor"))):
            return None
        np_ = self._np_entity(k, self.toks[k])
        titled = False
        if np_ is None or np_.entity is None:
            np_ = self._np_country(k)  # منذ إعلان العراق دحر التنظيم: a country speaking
            if np_ is None:
                # تأكيد قائم مقام أربيل أن/بانتماء …: a title no stage named as an entity, taken only when
                # أن or a بـ complement follows it at once (إعلان الرئيس حالة الطوارئ is no claim here)
                np_ = self._np_role(k, self.toks[k])
                titled = True
                if np_ is None or np_.kind not in ("person", "official"):
                    return None
                cut = next((m for m in range(k + 2, np_.j) if self._bi_complement(m)), None)
                if cut is not None:
                    # تأكيد قائم مقام أربيل بانتماء المسلحين: the title ends where its بـ complement begins
                    np_.j, np_.e = cut, self.toks[cut - 1].e
                    if np_.name is not None and np_.entity is None:
                        np_.kind, np_.name = "official", None
        c = np_.j
        while c < len(self.toks) and c - np_.j < 2 and self.t(c) in _TIME_WORDS:
            c += 1  # إعلان الوزارة الأحد مقتل …
        # a claim must follow the teller's name in the same clause: بيان الجيش الصادر أمس tells nothing here
        if c >= len(self.toks) or not self.same_sentence(i, c):
            return None
        if titled:
            if not ((self.t(c) in _STRICT_COMPS and self.t(c) != ":") or self._bi_complement(c)):
                return None
        elif self.t(c) in _PUNCT_STOP or self.t(c) in not_content or self.t(c) in _RELATIVE or self.is_boundary(c) \
                or (self.t(c)[:1] == "و" and _unprefix(self.t(c)) != self.t(c)):
            return None
        self.add_claim(self.chain(np_), (self.toks[i].s, self.toks[i].e), self.toks[i].s, c, i, verb=w)
        self.consumed.update(range(i, np_.j))
        return np_.j

    def _nominal_his(self, i: int, not_content: frozenset[str]) -> int | None:
        """"بعد إعلانه الانتصار على التنظيم": a verbal noun of telling with ه, whose teller is the man the
        article named last (a person entity in this sentence or the two before it)."""
        c = i + 1
        if c >= len(self.toks) or not self.same_sentence(i, c) or c in self.consumed:
            return None
        noun = _unprefix(self.t(i))[:-len(_HIS)]
        if self.lx.source_nouns.get(_bare(noun)) == "document" or self.t(i - 1) in _MEDIUM_PREPS:
            return None  # ولم يدل في بيانه بتفاصيل: the statement is where he spoke, not his telling of what follows
        t = self.t(c)
        if not ((t in _STRICT_COMPS and t != ":") or self._bi_complement(c) or (
                t.isalpha() and t not in not_content and t not in _RELATIVE and not self.is_boundary(c)
                and not (t[:1] == "و" and _unprefix(t) != t) and t not in _TIME_WORDS)):
            return None  # تصريحاته الأخيرة، إعلانه في …: no content follows
        if t[:1] == "ل" or t in _NOT_NAME or (self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            # تصريحاته لمراسلين (to whom), ونقل التلفزيون عن X تأكيده …: the sentence's teller is already read
            return None
        pos = self.orig(self.toks[i].s, self.toks[i].e)[0]
        last = self._last_person_before(pos)
        if last is None or self._sent_index(last[0].start) < self.tok_sent[i] - 2:
            return None
        men, ent = last
        if any(e.type == "person" and e is not ent for _m, e in self.doc.overlapping(men.end, pos, ("person",))):
            return None
        src = model.Source("person", men.text.strip(), entity=ent.id)
        self.add_claim([src], (self.toks[i].s, self.toks[i].e), self.toks[i].s, c, i, verb=_unprefix(self.t(i)))
        return i + 1

    def _named_subject_before(self, i: int) -> NP | None:
        """"روسيا تتهم …"، "كان الفلسطينيون اتهموا …"، "وكانت منظمة X قد اتهمت …": a party the earlier stages
        named, opening the clause and ending at the verb (past قد or a form of كان), is its subject."""
        end = i
        while end > 0 and self.same_sentence(i, end - 1) and (self.t(end - 1) == _QAD or self.t(end - 1) in _KANA):
            end -= 1
        m = end - 1
        if m < 0 or not self.same_sentence(i, m):
            return None
        hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "person", "outlet", "place"))
        if hit is None or self.tok_until_orig(m, hit[1]) != end:
            return None
        start = m
        while start > 0 and self.same_sentence(i, start - 1) and self.entity_at(
                self.toks[start - 1].s, self.toks[start - 1].e, ("actor", "person", "outlet", "place")) == hit:
            start -= 1
        opens = start == 0 or not self.same_sentence(i, start - 1) or self.is_clause_start(start) \
            or self.t(start - 1) in _KANA or self.t(start - 1) in _PRE_OPENERS
        if not opens:
            return None
        np_ = self.parse_source(start, sent_of=i) or self._np_country(start)
        if np_ is None or np_.j != end:
            return None
        return np_

    def _passive_marked(self, i: int) -> bool:
        """Verb i carries the written passive damma (textnorm.written_passive: وتُتهم، يُتّهم، واتُهم)."""
        s, e = self.orig(self.toks[i].s, self.toks[i].e)
        return written_passive(self.doc.text[s:e])

    def _accused_for(self, np_: NP) -> bool:
        """The phrase np_ after a verb of accusing is followed at once by its بـ complement (النظام بتنفيذه،
        الوزير الكندي بـ"…"): it is the one accused, since a subject would have its object between."""
        if np_.j - np_.i > 4:
            return False  # a long phrase has likely taken in the object after its subject (المفوض … النظام السوري)
        if np_.entity is None and self.t(np_.j - 1) == "ب":
            return True  # بـ "…": the lone ب was read into the phrase
        if np_.j >= len(self.toks):
            return False  # the text ends on the phrase (a cut-off feed item): no بـ complement follows
        if self.t(np_.j)[:1] == "ب" \
                and self.entity_at(self.toks[np_.j].s + 1, self.toks[np_.j].e, ("place", "actor")) is not None:
            return False  # المحكمة الخاصة بلبنان: a بـ on a name goes on the phrase
        if not self.same_sentence(np_.i, np_.j):
            return False
        # (بأنه، بأنها: the بـ complement may be a clause, وتتهم وحدات X بأنها امتداد لـ …: X is accused all the same)
        return self._bi_word(np_.j) or self._bi_that(np_.j) or self._accused_run_on(np_.j)

    def _bi_that(self, m: int) -> bool:
        """Token m is أن/إن with بـ on it (بأن، بأنها): a complement, so no `_bi_word`, yet a verb of accusing's
        بـ complement all the same."""
        t = self.t(m)
        return t[:1] == "ب" and t in self.lx.comps

    def _accuser_of_clause(self, i: int) -> NP | None:
        """"وتخشى تركيا … وتتهم وحدات X بأنها …": a verb of accusing whose subject is left out, joined by و to the
        sentence's first clause, has that clause's subject for teller when the two verbs share their form
        (present with the same prefix, or past with ت) and the subject agrees with the verb of accusing."""
        if not (self.is_clause_start(i) and self.t(i)[:1] == "و") or (
                self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            return None
        person = _verb_gender(self.t(i))
        got = self._sentence_subject(i)
        # (the subject ends before the verb, with its own object between: وتخشى تركيا قيام كيان … وتتهم)
        if person is None or got is None or got[0].j >= i or got[0].j - got[0].i > 6 or any(
                self.t(x) in self._PREPS for x in range(got[0].i, got[0].j)):
            return None
        first, verb = self.t(got[0].i - 1), self.t(i)
        if _unprefix(first) == first or first.startswith("ال") or first in self._PREPS:
            return None  # the first clause opens with و and a verb (وتخشى، وخشيت), not a noun or a preposition
        first, verb = first[1:], _unprefix(verb)
        if verb.startswith((_IMPERFECT_M, _IMPERFECT_F)):
            same = first[:1] == verb[:1] and len(first) >= 4
        else:
            same = person == "f" and first.endswith(_PAST_FEMININE) and len(first) >= 4
        np_ = self._subject_only(got[0])
        if not same or not _agrees(self.surface(np_.s, np_.e), np_.kind, person):
            return None
        return np_

    _KINDS = ("place", "actor", "person")

    def _accused_run_on(self, j: int) -> bool:
        """The accused phrase ending before token j goes on to its بـ complement through conjuncts (إيران وحزب
        الله بـ، التحالف والحوثيين بتعريض) or a relative clause on it (حركة حماس التي خاضت معها حروبا بالسعي):
        the whole run is the one accused. Reached only as the one phrase after the verb, so a subject's own
        relative clause is told apart by the object it ends on: a name right before the بـ (الرئيس الذي يزور
        باريس إيران بـ) is that object, and the phrase before it the subject."""
        m, end = j, min(len(self.toks), j + 14)
        relative = False
        while m < end and self.same_sentence(j, m):
            t = self.t(m)
            if t in _RELATIVE and m == j:
                relative = True
            elif m > j and self._bi_word(m) \
                    and self.entity_at(self.toks[m].s + 1, self.toks[m].e, self._KINDS) is None:
                if relative:  # (باريس: a name that opens with ب is no complement)
                    return self.entity_at(self.toks[m - 1].s, self.toks[m - 1].e, self._KINDS) is None
                # a conjunct is one word or one name (وحزب الله), never a title and a name (والوزير الأول إيران)
                hit = self.entity_at(self.toks[j].s + 1, self.toks[j].e, self._KINDS)
                last = self.orig(self.toks[m - 1].s, self.toks[m - 1].e)[1]
                return m - j == 1 or (hit is not None and hit[1] >= last)
            elif not relative and (m - j > 5 or t in _PUNCT_STOP or self.is_boundary(m)
                                   or (m == j and (t[:1] != "و" or len(t) < 3))):
                return False  # only a short conjunct (و + a phrase) may stand between the accused and its بـ
            elif relative and (t in _PUNCT_STOP or t in self.lx.comps or t == ":"):
                return False
            m += 1
        return False

    def _bi_word(self, m: int) -> bool:
        """Token m may open the بـ complement of a verb of accusing (بتنفيذ، بالتآمر، a lone ب)."""
        t = self.t(m)
        return t == "ب" or (
            t[:1] == "ب" and len(t) > 3 and t not in self._PREPS and t not in _TITLE_BI
            and t not in self.lx.post_verb_adverbs and t not in self.lx.saying_adverbs  # بدورها: the subject's turn
            and not self.is_boundary(m))

    def _cut_accused(self, np_: NP) -> bool:
        """A title teller of a verb of accusing whose name parse runs up to or onto a بـ complement (اتهم وزير
        الخارجية بلدين جارين بالتآمر، واتهم القائد العسكري دولة جارة بتسهيل "…"): those name words are the one
        accused, so the teller is the bare title, an office speaking, even where a name stage made the title and
        those words one person. A name of one word, a given name or a person's known word before the بـ is left
        to the other readings (اتهم القائد فلان بالخيانة: the title and name may be the one accused)."""
        words = (np_.name or "").split()
        if not np_.role or not words or np_.j - len(words) <= np_.i or self._object_pronoun(self.t(np_.i - 1)):
            return False  # (واتهمه الوزير فلان الفلاني بـ: the accused is the pronoun, the title and name tell)
        if self._comma_apposed_name(np_, len(words)):
            return False  # اتهمت الوزيرة، فلانة بلحاج، دولة جارة بـ: a name set off by commas is the teller's
        m = np_.j - 1
        if words[-1] != self.surface(self.toks[m].s, self.toks[m].e):
            return False
        if len(words) >= 2 and self._bi_word(m):
            cut = m - len(words) + 1
        elif len(words) >= 2 and np_.j < len(self.toks) and self.same_sentence(m, np_.j) and self._bi_word(np_.j):
            cut = np_.j - len(words)
        else:
            return False
        if _f(self.t(cut)) in _given_names() or any(self.t(n) in self.persons for n in range(cut, np_.j)):
            return False
        np_.j = cut
        np_.e = self.toks[cut - 1].e
        np_.name = None
        np_.kind = "official"
        np_.entity = None  # (a name stage may have made the title and the accused one person)
        return True

    def _cut_accused_force(self, np_: NP) -> bool:
        """A title teller of a verb of accusing that ends on a force or side, right before the بـ complement,
        after a title whose construct a definite word already closed (واتهم المتحدث باسم الشرطة المعارضة بخرق
        الهدنة): a definite genitive takes no second one, so the force is the one accused and the title tells.
        (واتهم قائد قوات الجيش بـ: an indefinite word before it keeps the force the title's genitive.)"""
        if not np_.role or np_.name or np_.entity is not None or np_.j >= len(self.toks) \
                or not self.same_sentence(np_.i, np_.j) or not self._bi_word(np_.j):
            return False
        last, prev = self.t(np_.j - 1), self.t(np_.j - 2)
        role_words = len(np_.role.split())
        if last not in _FORCE_NOUNS or not prev.startswith("ال") or np_.j - 1 <= np_.i + role_words:
            return False
        np_.j -= 1
        np_.e = self.toks[np_.j - 1].e
        return True

    def _cut_at_told(self, np_: NP) -> None:
        """A teller after a verb whose content may open with بـ and a verbal noun (أفاد) ends before it, whatever
        path read it (a title, a source noun, a correspondent and his place: أفاد مراسلنا في حماة ببدء وصول …،
        أفاد موفد الوكالة إلى المعبر بإخراج …), as `bounded_subject` ends there: a teller never runs past the بـ
        that opens what is told. A title's own بـ word (المتحدث باسم) is no such opening."""
        cut = next((m for m in range(np_.i + 1, np_.j) if self._told_bi_at(m)), None)
        if cut is None:
            return
        np_.j, np_.e = cut, self.toks[cut - 1].e
        surface = self.surface(np_.s, np_.e)
        if np_.name is not None and np_.name not in surface:
            np_.name = None
        if np_.text is not None and np_.text not in surface:
            np_.text = None

    def _told_bi_at(self, m: int) -> bool:
        """Token m is بـ on a verbal noun that opens an object (ببدء، بمقتل) or on an indefinite verbal noun
        (بإخراج، بانسحاب)."""
        t = self.t(m)
        return t[:1] == "ب" and (t[1:] in _OBJECT_MASDARS or self._bi_complement(m))

    def _bi_complement(self, m: int) -> bool:
        """Token m is an indefinite verbal noun with بـ that a verbal noun of telling takes for its content
        (تأكيده بانتماء …، إعلانه بانسحاب …); never the بـ of a title (باسم) nor a definite noun (بالقول)."""
        t = self.t(m)
        return t[:2] == "با" and len(t) > 5 and t not in _TITLE_BI and not self.is_boundary(m) \
            and _unprefix(t) not in self.lx.verbs

    def _party_antecedent(self, i: int) -> bool:
        """Whether a relative pronoun stands right before token i after a party or person the earlier
        stages named (حزب الله الذي، أنقرة التي): one who can be the relative verb's subject."""
        if i < 2 or self.t(i - 1) not in _RELATIVE:
            return False
        a = i - 3 if self.t(i - 2) in {"،", ","} else i - 2
        if a < 0 or not self.same_sentence(i, a):
            return False
        hit = self.entity_at(self.toks[a].s, self.toks[a].e, ("person", "actor", "outlet"))
        return hit is not None and self.tok_until_orig(a, hit[1]) == a + 1

    def _object_pronoun(self, t: str) -> bool:
        """Whether a verb form carries an object pronoun (نفاه، تعتبرها), not a stem that ends like one (اتهم)."""
        t = _unprefix(t)
        for p in _OBJECT_PRONOUNS:
            base = t[:-len(p)]
            if t.endswith(p) and len(base) >= 2 and (base in self.lx.verbs or (
                    base.endswith("ا") and (base[:-1] + "ي" in self.lx.verbs or base[:-1] + "ى" in self.lx.verbs))):
                return True
        return False

    def _teller_gender(self, claim: model.Claim) -> str | None:
        """"f" or "m" for the one person who told `claim`: a feminine title (مندوبة، المتحدثة) says "f" even
        after a verb that did not agree (قال مندوبة أميركا); else the gender of the claim's verb, if one. (A
        name's own ة says nothing: ثوابة، الخصاونة، عبدالله are men.)"""
        words = _f(claim.sources[0].text).split()
        head = words[0] if words else ""
        if head.endswith("ه") and (head in self.lx.roles or _bare(head) in self.lx.roles
                                   or _bare(head) in self.lx.source_nouns):
            return "f"
        return _verb_gender(claim.verb or "")

    def _claim_gender(self, claim: model.Claim) -> str | None:
        """"f" or "m" for the one teller of `claim` (a person by `_teller_gender`, a body by its head noun),
        else None."""
        if len(claim.sources) != 1:
            return None
        src = claim.sources[0]
        return self._teller_gender(claim) if src.kind == "person" else _body_gender(src)

    def _in_masculine_medium(self, claim: model.Claim) -> bool:
        """The claim's sentence names a masculine medium (وقالت الوزارة في بيان إن): a masculine verb after it
        (وأضاف أن) goes on for the statement, that is for the same teller."""
        k = self._sent_first.get(self.claim_sent[self.claims.index(claim)])
        if k is None:
            return False
        for m in range(k, min(len(self.toks), k + 40)):
            if self.tok_sent[m] != self.tok_sent[k]:
                break
            w = self.t(m)
            for x in (w, w[1:] if w[:1] in "بل" else w):
                if x not in self.lx.medium:
                    continue
                # its own noun without a possessive (بيانها → بيان; مقابلته keeps its ة as ت: feminine)
                stem = next((x[:-len(p)] for p in _POSSESSIVE_TITLE if x.endswith(p) and x[:-len(p)] in
                             self.lx.medium), x)
                if not stem.endswith(_FEMININE_ENDINGS):
                    return True
        return False

    def _one_person_noun(self, src: model.Source) -> bool:
        """An unnamed official headed by a title of one person (مسؤول أمريكي، الناطق باسم الجيش), not a body: a
        verb of the other gender after it has another subject, as after a named person. (An anonymous teller has
        no gender here: its plural and singular nouns share one list.)"""
        if src.kind != "official":
            return False
        words = _f(src.text).split()
        w = _bare(_unprefix(words[0])) if words else ""
        return w not in _BODY_NOUNS and (w in self.lx.roles or "ال" + w in self.lx.roles)

    def _agreeing_claim(self, i: int, gender: str) -> model.Claim | None:
        """The latest of the last few claims (up to three sentences back) whose one teller agrees with a verb of
        that gender: the one a continuation with no subject goes on for, past a teller of the other gender."""
        s = self.tok_sent[i]
        for k in range(len(self.claims) - 2, max(-1, len(self.claims) - 6), -1):
            if s - self.claim_sent[k] > 3:
                break
            if self._claim_gender(self.claims[k]) == gender:
                return self.claims[k]
        return None

    def _distant_teller(self, i: int, gender: str | None, near: int) -> model.Claim | None:
        """The last claim, more than `near` and up to `_FAR_REACH` sentences back, that a bare continuation
        (وأضاف "…"، وتابع أن) goes on for when the sentences between only describe the scene or the same
        person: its last teller is a person the earlier stages named, of the verb's gender, and everything
        between names no other person, no outlet, no party opening a sentence as its subject and no verb of
        telling with its أن/إن but the teller's own; no heading stands between. (Nearer
        claims are `prev_claim_near`'s; a non-claim sentence about someone else is where a new teller may have
        come in unread, so it ends the run.)"""
        if gender is None or not self.claims:
            return None
        last = self.claims[-1]
        s = self.tok_sent[i]
        last_s = max(self.claim_sent[-1], self._sent_index(max(last.start, last.end - 1)))
        if not near < s - last_s <= _FAR_REACH or any(n in self.bare_lines for n in range(last_s, s)):
            return None
        teller = last.sources[-1] if last.sources else None
        if teller is None or teller.kind != "person" or teller.entity is None or last.id in self.embedded:
            return None
        said = self._teller_gender(last) if len(last.sources) == 1 else _verb_gender(last.verb or "")
        if said is not None and said != gender:
            return None
        a, b = last.end, self.orig(self.toks[i].s, self.toks[i].e)[0]
        mentions = self.doc.overlapping(a, b, ("person", "outlet", "actor"))
        own = [men.start for men, ent in mentions if ent.id == teller.entity]
        for k in range(self.tok_until_orig(self._sent_first.get(last_s, 0), a), i):
            w = self.t(k)
            if (w in self.lx.verbs or _unprefix(w) in self.lx.verbs) and self._has_complement(k + 1, k) and not any(
                    0 <= p - self.orig(self.toks[k].s, self.toks[k].e)[1] <= 40 for p in own):
                return None  # وقال السوري خليل "…": a verb of telling whose teller no stage read, or someone else
        for men, ent in mentions:
            if ent.type == "person" and ent.id != teller.entity:
                return None  # another person named in between may be the one going on
            if ent.type == "outlet":
                return None
            first = self._sent_first.get(self._sent_index(men.start))
            if ent.type == "actor" and first is not None and self.tok_until_orig(first, men.start) - first <= 2:
                return None  # وتسيطر قوات سوريا الديمقراطية على …: a party as a sentence's subject
        return last

    def try_verb(self, i: int) -> int | None:
        t = self.t(i)
        verb = self.lx.verbs.get(t) or self.lx.verbs.get(_unprefix(t))
        if verb is None and t in _IN_IT_VERBS and self.t(i + 1) in _IN_IT and self.same_sentence(i, i + 1):
            # أصدرت الوزارة بيانا جاء فيه أن/«…»: "in which came" tells what the statement says, as قالت فيه does
            # (the verb alone, جاء = came, tells nothing; only the statement issuer reads it)
            verb = _IN_IT_VERB
        if verb is None or self.noun_homograph(i):
            return None  # (أستاذ علم الاجتماع: the noun "science" in a title, no verb)
        # after أن/إن the word is the content of another claim ("أكد أن ذكر …" is rare; "أن بين" is common),
        # unless أن only dates it (بعد أن أعلنت أنقرة)
        if i > 0 and self.t(i - 1) == "ان" and self.t(i - 2) not in _TIME_BEFORE_AN:
            return None
        if i > 0 and (self.t(i - 1) in _MASDAR_BEFORE or (self.t(i - 1)[1:] in _MASDAR_BEFORE
                      and self.t(i - 1)[:1] in ("و", "ف"))) \
                and _unprefix(t) == t and self.same_sentence(i - 1, i):
            # على نقل السفارة، وبعد نشر بيان، دون ذكر اسمه، ومن بين البنود: a verbal noun (or بين a preposition),
            # as no verb stands right after a preposition
            return None
        if self._pronoun_subject(i) or self._asyndetic_saying(i, verb):
            done = self._clause_pronoun_claim(i, verb)
            if done is not None:
                return done
        if i > 0 and (self.t(i - 1) in _PRONOUN_COMPS or _unprefix(self.t(i - 1)) in _PRONOUN_COMPS):
            # قال إنه يعتبر الولايات المتحدة …، وأنها تعتبر النظام …: the verb's subject is the pronoun, the name
            # its object
            return None
        if i > 0 and self.t(i - 1) in _NEGATORS:
            return None  # لم يذكر اسمه: a negated verb attributes nothing
        if t in _NAMING and not self.is_clause_start(i):
            return None  # شخص يدعى …: "is called", not "claims"
        if _unprefix(t) in _NAMING and not any(
                self.t(m) in _STRICT_COMPS or self.t(m) in _THAT_FORMS
                for m in range(i + 1, min(len(self.toks), i + 7)) if self.same_sentence(i, m)):
            return None  # مسؤول كبير، ويدعى فلان، كان …: "is called" opens a clause too; a claim has its أن/إن
        if any(self.match_seq(i, seq) is not None for seq in _starting(self.lx.editorial, t)):
            return None  # يذكر أن …: the article's own aside
        # وقال حينها / أيضاً X: the subject comes after the adverb
        subj = i + 1
        while subj < i + 3 and self.t(subj) in _TIME_WORDS and self.same_sentence(i, subj + 1) \
                and self.t(subj + 1).isalpha() and self.t(subj + 1) not in self.lx.comps:
            subj += 1  # أعلنت الأحد وزيرة الدولة أن … (but وأردف الخميس أن: a surname)
        for seq in self.lx.post_verb_adverbs.get(self.t(subj), ()):
            got = self.match_seq(subj, seq, first_conj=False)
            if got is not None and not got[1]:
                subj = got[0]
                break
        manner = self.t(subj) in _MANNER and self.t(subj + 1) in self.lx.comps and self.same_sentence(i, subj + 1) \
            and not (subj == i + 1 and self.another_teller(subj, i) is not None)  # وقالت أخرى إن: a teller
        if manner:
            subj += 1  # وقالت مازحة إن، وتقول الآن إن: how or when, then the words; the subject is the one before
        hal_end = self._past_hal_participle(subj, i)
        hal, subj = hal_end != subj, hal_end  # (what was said then starts at the complement, below)
        subj = self._teller_after_medium(subj, i)
        # يقول لي أحد السكان، وذكر لنا: the writer spoken to is no teller (but لي before a name: قال لي كه تشيانغ)
        # (nor before a source noun: قالت لنا مصادر محلية، قال لي سائق أجرة; a plural of persons after a singular verb
        # is left as it was: وقال لي أشخاص مقربون, whose verb the gender rules would then refuse)
        nxt_head = _bare(self.t(subj + 1))
        to_writer = self.t(subj) in _TO_WRITER and self.same_sentence(i, subj + 1) and not (
            self._plain_word(self.t(subj + 1)) and self.t(subj + 1) not in _NOT_NAME
            and self.t(subj + 1) not in self.lx.comps
            and (nxt_head not in self.lx.source_nouns or nxt_head in _PLURAL_PERSON_HEADS))
        if to_writer:
            subj += 1
        # وقالت، فاستا كيبيريج، إن: a stray comma between the verb and its subject; a person named after it and
        # closed by a comma or أن/إن is the teller (وأضاف، في بيان، أن: an aside, no subject, still goes on;
        # so does a time after a verb whose subject came first: لكن الوكالة قالت، قبيل الظهر، إن)
        if self.t(subj) in {"،", ","} and self.same_sentence(i, subj + 1) and self.is_clause_start(i) \
                and self.t(subj + 1) not in _TIME_WORDS and self.t(subj + 1) not in self._PREPS:
            cand = self.parse_source(subj + 1, sent_of=i) or self.unknown_name(subj + 1)
            if cand is not None and cand.kind == "person" and self.t(cand.j) in _STRICT_COMPS | {"،", ","}:
                subj += 1
        if self.t(subj) == _AN and _unprefix(t) in self.lx.relay_verbs:
            done = self._relay_on(i, subj, verb.lemma, verb.modality)
            if done is not None:
                return done
        # "ونقلت عنه وكالة X أن …": X relays the teller just cited, who is the inner link
        relayed_from = None
        if self.t(subj) in _RELAY_PRONOUNS and (t in self.lx.relay_verbs or _unprefix(t) in self.lx.relay_verbs):
            prev = self.prev_claim_near(i, 3)
            if prev is not None and prev.sources:
                relayed_from = prev.sources[-1]
                subj += 1
        elif self.t(subj) in _RELAY_PRONOUNS and self.same_sentence(i, subj + 1) and self.t(subj + 1).isalpha() \
                and self.t(subj + 1) not in self.lx.comps and self.t(subj + 1) not in _TIME_WORDS \
                and _f(verb.lemma) not in _ABOUT_OBJECT_VERBS:
            # قالت عنها مديرة مكتبه السابقة: about her, the teller comes after (but كشف عنه، تحدث عنه: the
            # pronoun is the verb's own object, what was revealed or talked of, and no content follows)
            subj += 1
        # the outlet spoken to right after the verb (قالوا للصحافيين، قال لوكالة …) is never its subject
        # nor is a word with the preposition لـ on it (قال للصحافيين): the teller is then the previous one
        # وقالت "للعربية": إن …: the outlet spoken to in quotes of its own is read as the bare لل word would be
        if self.t(subj) == _QUOTE and self._lam_word(self.t(subj + 1)) and self.t(subj + 2) == _QUOTE \
                and self.same_sentence(i, subj + 2):
            subj += 1
        to_whom = self.addressee_at(subj, probe=True) or self._lam_word(self.t(subj))
        # وسمع كيم يقول لترامب إن: a person's name with ل on it is the one spoken to; the teller is found as if
        # nothing stood after the verb (the subject before it, or the teller before going on)
        lam_named = self._lam_named(subj)
        start_f = self.toks[i].s
        # "وكانت دمشق قد اتهمت إسرائيل": a subject before قد is the teller, the noun after the verb its object;
        # so is one between كان and the verb (وكانت البحرين اتهمت إيران)
        # (كان may stand as far back as the longest source phrase: وكانت رئيسة الوزراء البريطانية فلانة فلانية قالت)
        np_ = self.clause_subject(i) if self.t(i - 1) == _QAD or any(
            self.t(m) in _KANA for m in range(max(0, i - _MAX_NP), i - 1) if self.same_sentence(i, m)) else None
        if np_ is None and _f(verb.lemma) in _INFORM_VERBS:
            # "الفياض أبلغ اللجنة بأن …": a subject before a verb of informing is the teller, the phrase after the
            # verb the one informed
            np_ = self.pre_subject(i) or self.clause_subject(i) or self._named_subject_before(i)
            if np_ is None and i > 0 and self.same_sentence(i, i - 1) and not self.is_clause_start(i) \
                    and self.t(i - 1) not in self.lx.comps and _unprefix(self.t(i - 1)) not in _MA_WORDS \
                    and self._name_word(i - 1):
                return None  # إن الفياض أبلغ اللجنة بأن: a subject no stage named, and the one informed after it
        if np_ is None and self._party_antecedent(i) and not self._object_pronoun(t) and not any(
                self.t(m) in self.lx.comps or self.t(m) == ":" for m in range(i + 1, min(len(self.toks), i + 7))
                if self.same_sentence(i, m)):
            # "حزب الله الذي اتهم إسرائيل باغتياله": with no أن/إن after it, a relative clause's verb has its
            # antecedent for subject and the name after it is its object (the accused), never the teller
            # (but "الهجوم الذي قالت الوزارة إنه", "الأمر الذي نفاه الجيش" and "الاتفاق الذي أعلنت واشنطن
            # انسحابها منه": the name after is the teller)
            return None
        if np_ is not None:
            start_f = np_.s
        elif not to_whom:
            if _f(verb.lemma) in _ACCUSE_VERBS and self._passive_marked(i):
                return None  # وتُتهم الحكومة بـ …، اُتهم: the one after the verb is accused, no one tells
            np_ = self.parse_source(subj, sent_of=i)
            if np_ is not None:
                self._comma_apposed_holder(np_, i)  # اتهم وزير الداخلية، فلان الفلاني، جماعة بـ: the holder
            if np_ is not None and _f(verb.lemma) in _BI_MASDAR_VERBS:
                self._cut_at_told(np_)  # أفاد مراسلنا في حماة ببدء وصول …: the بـ opens what is told
            elif np_ is not None and _f(verb.lemma) in _VOW_VERBS:
                self._cut_at_vowed(np_)  # توعد قائد الفصيل بشن …: the بـ opens what is vowed
            if np_ is not None and _f(verb.lemma) in _ISSUE_VERBS and not self.t(np_.i).startswith("ال") \
                    and (_bare(self.t(np_.i)) in self.lx.info or self.t(np_.i) in _PUBLISHED):
                return None  # ونشر أخبار كاذبة، نشر معلومات: what was published, not who tells
            if np_ is not None and _f(verb.lemma) in _ACCUSE_VERBS and not self._cut_accused(np_) \
                    and not self._cut_accused_force(np_) and self._accused_for(np_):
                # واتهم النظام بتنفيذ الهجوم: the phrase after the verb is the one accused, the subject is left out
                # (the one named before the verb, or the teller of the sentence before going on)
                np_ = self.pre_subject(i) or self.clause_subject(i) or self._named_subject_before(i)
                if np_ is not None:
                    start_f = np_.s
                elif (np_ := self._accuser_of_clause(i)) is not None:
                    pass  # the first clause's subject accuses; the claim opens at the verb of accusing
                else:
                    prev = self.prev_claim_near(i, 1)
                    # (وكان قد اتهم …: a كان with و and قد opens the clause for the verb as its و would)
                    kana = i > 1 and self.t(i - 1) == _QAD and self.t(i - 2) in _KANA and self.t(i - 2)[:1] == "و" \
                        and self.same_sentence(i, i - 2) and self.is_clause_start(i - 2)
                    if prev is None or not (kana or (self.is_clause_start(i) and self.t(i)[:1] == "و")) \
                            or self.claim_sent[-1] == self.tok_sent[i] \
                            or _unprefix(self.t(i)).startswith((_IMPERFECT_M, _IMPERFECT_F)):
                        # (ويتهم فلان بالقيام بـ …: with no subject anywhere before, an imperfect is the passive
                        # يُتّهم, "he is accused of", no continuation of the last teller)
                        return None
                    self.add_claim(list(prev.sources), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i,
                                   verb=verb.lemma, modality=verb.modality, continues=prev.id)
                    return i + 1
        if np_ is None:
            np_ = self.pre_subject(i) or self.clause_subject(i) or self.kana_document(i) or self.topic_subject(i) \
                or self.relative_subject(i) or self.statement_issuer(i) or self.nested_subject(i) \
                or self.subject_over_relative(i)
            if np_ is not None:
                start_f = np_.s
        if np_ is None and not (lam_named or self._lam_word(self.t(subj))):
            np_ = self.appositive_person(subj) or self.described_person(subj) or self.body_in_statement(subj) \
                or self._countries_speaking(subj, i) \
                or self.aged_person(subj) or self.body_of_actor(subj, verb.modality == "denied")
        if np_ is None and not (lam_named or self._lam_word(self.t(subj))):
            cand = self.unknown_name(subj)
            # a verb that needs a subject takes an unknown one only as a definite body right before أن/إن
            # (one definite word will do for a verb that cannot mean "between": أعلن الإليزيه أن)
            # (but "وصف الرد بأنه": with بأن after it, the one word is the object described)
            if cand is not None and verb.strict and not self.t(cand.i).startswith("ال"):
                cand = None  # بيّن/بين ذراعيها وحاولت أن: "between" before plain words, no body's name
            if cand is not None and (not verb.needs_subject or (
                    cand.kind == "official" and self.t(cand.i).startswith("ال")
                    and (cand.j - cand.i > 1 or (not verb.strict and not self.t(cand.j).startswith("ب"))))
                    or (cand.kind == "official" and cand.j - cand.i > 1
                        and _bare(_unprefix(self.t(cand.i))) in _OFFICE_HEADS)):
                np_ = cand  # (an office head in construct is as definite: أعلنت منظمة حظر الأسلحة الكيميائية أن)
        if np_ is None and not verb.strict and not (lam_named or self._lam_word(self.t(subj))):
            np_ = self.cited_body(subj)  # ووصفتها الأمم المتحدة بالكارثة: a body no party, named by the packs
            if np_ is not None and _f(verb.lemma) in _ACCUSE_VERBS | _OBJECT_BI_VERBS \
                    and self.t(np_.j).startswith("ب") and self.same_sentence(i, np_.j):
                np_ = None  # اتهم الأمم المتحدة بالفشل: a verb with no pronoun on it has the body for object
        if np_ is None:
            np_ = self.another_teller(subj, i)  # وقال آخر: a new unnamed teller, not the one before again
        if np_ is None and not (lam_named or self._lam_word(self.t(subj))):
            np_ = None if _f(verb.lemma) in _ACCUSE_VERBS else self.named_office(subj, i, not verb.strict)
        if np_ is None and not verb.needs_subject and not verb.strict and self.is_clause_start(i) \
                and not (lam_named or self._lam_word(self.t(subj))) \
                and not (self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            # (not in a sentence that already has a claim: a second guessed teller there would compete with it;
            # nor inside a quote, checked last as it reads back to the last claim's cue)
            np_ = self.loose_subject(subj)
            if np_ is not None and self._inside_last_quote(i):
                np_ = None
        if np_ is None and not verb.strict and not (lam_named or self._lam_word(self.t(subj))):
            # "…، كما تقول الأونروا." / "«…»، تقول فلانة.": a teller closing the sentence after a comma, the
            # sentence's end standing where أن/إن would
            close = self._close_of(i, subj)
            if close is not None:
                self._close_at = close
                try:
                    np_ = self.unknown_name(subj) or self.loose_subject(subj)
                finally:
                    self._close_at = -1
        if np_ is None and not (lam_named or self._lam_word(self.t(subj))):
            # "وقالت منظمة هيومن رايتس ووتش المعنية بحقوق الإنسان إن": the body ends where its modifier begins
            mod = self._body_modifier(subj, i)
            if mod is not None:
                self._close_at = mod
                try:
                    np_ = self.unknown_name(subj) or self.loose_subject(subj)
                finally:
                    self._close_at = -1
                if np_ is not None and (np_.kind == "person" or np_.j < mod):
                    np_ = None  # (a person's title keeps its modifier: الباحث المتخصص في … فلان)
        if np_ is None and _unprefix(t) in self.lx.relay_verbs and not (lam_named or self._lam_word(self.t(subj))):
            # "ونقل المركز الإعلامي لقوات X عن قائد ميداني قوله": the relay's عن closes the subject as أن/إن would
            an = next((m for m in range(subj + 1, min(len(self.toks), subj + 8))
                       if self.t(m) == _AN or not self.same_sentence(i, m) or self.t(m) in self.lx.comps), None)
            if an is not None and self.t(an) == _AN and self.same_sentence(i, an):
                self._close_at = an
                try:
                    # (a definite phrase or an office only: نقل الجمعة خبرا عن مقتل …, the news is the object)
                    np_ = self.loose_subject(subj)
                finally:
                    self._close_at = -1
                if np_ is not None and np_.kind == "official" and np_.j < an and self.t(np_.j).startswith("ل"):
                    # المركز الإعلامي لقوات سوريا الديمقراطية: the office of a named actor, the actor in its name
                    hit = self.entity_at(self.toks[np_.j].s + 1, self.toks[np_.j].e, ("actor",))
                    if hit is not None and self.tok_until_orig(np_.j, hit[1]) == an:
                        np_.j, np_.e = an, self.toks[an - 1].e
        if np_ is not None and np_.kind in {"official", "outlet"} and np_.text is None and np_.i >= subj:
            # (not an unnamed source: in "مصادر في القوات المدعومة من التحالف" the modifier names its side)
            self._trim_modifier(np_, i)
        if np_ is not None and _f(verb.lemma) in _DEPICT_VERBS and (
                self._depicted(max(np_.j, i + 1), i) or (
                    not self._that_after(max(np_.j, i + 1), i) and _unprefix(self.t(i - 1)) not in _MA_WORDS
                    and self._shows_scene(np_))):
            # تظهر الصور الجنود وهم يطلقون النار، وتظهر بعض التسجيلات «…»: what a picture shows, and أظهرت روسيا
            # قوتها: a stance shown; no telling (a document still tells what it shows: أظهر التقرير ارتفاعا; and
            # so does a picture an according-to clause cites: حسبما أظهرت مقاطع مصورة)
            return None
        if np_ is not None and np_.i < i and _unprefix(t) == t and self.claims \
                and self.claim_sent[-1] == self.tok_sent[i] and any(m in self.consumed for m in range(np_.i, np_.j)):
            # كشفت مصادر تحدثت لـCNN عن …، وقال فلان الذي كان يتحدث إلى المجلس: the teller already told this
            # sentence's claim; the verb after it describes the telling
            return None
        if np_ is not None and np_.i > i and _f(verb.lemma) in _ISSUE_VERBS and self._issued_not_told(np_, i, verb):
            return None
        if np_ is not None and np_.i > i and np_.kind in ("person", "official"):
            np_.j = self._past_epithets(np_.j)  # وتابع الرئيس الإيراني المعتدل: "…"
        if np_ is not None and np_.i > i and np_.kind == "person":
            self._drop_hal(np_, _verb_gender(t))  # وقالت ماجدة الحسن ضاحكة "…"
        if np_ is not None and verb.needs_complement and not (
                verb.entity_skips and (np_.entity is not None or np_.kind in ("person", "outlet")
                                       or self._office(np_) or self._masdar_object_at(max(np_.j, i + 1), i))) \
                and not self._has_complement(max(np_.j, i + 1), i, verb.not_comps, verb.comp_phrases) \
                and not (_f(verb.lemma) in _OBJECT_BI_VERBS and np_.kind != "document"
                         and (self._bi_label_after(max(np_.j, i + 1), i) or self._object_in_role(np_, i))):
            return None
        if np_ is not None and _unprefix(t) in _VERDICT_VERBS and any(
                _bare(_unprefix(self.t(m))) in _VERDICT_HEADS for m in range(np_.i, np_.j)):
            return None  # أدانت محكمة الجنايات المتهم بالقتل: a court convicted him, no telling
        if np_ is not None and np_.i > i and _unprefix(t) in _TONGUE_VERBS and self.t(i - 1) in _RELATIVE:
            # المنظمة التي دانت القرار: a reaction verb after a relative pronoun has the antecedent for subject;
            # the noun after it is what it reacts to, never its teller
            return None
        if np_ is not None and np_.i > i and _f(verb.lemma) in _INFORM_VERBS:
            self._drop_informed(np_)
        if np_ is not None and np_.i > i and np_.kind == "document" and _f(verb.lemma) in _OBJECT_BI_VERBS \
                and self._bi_that_after(np_.j, i):
            return None  # واعتبر تحقيقات المحقق بأنها حملة: the document is what is considered (اعتبره بأنه)
        if np_ is not None and np_.i > i and self._pronoun_predicate(np_, i, verb):
            return None  # التي تعتبرها منظمة إرهابية، وصنفتها "منظمة إرهابية": the predicate, no teller
        if np_ is not None and np_.i > i and _f(verb.lemma) in _CONSIDER_VERBS and self._predicate_at(np_.j, i):
            # إذ تعتبر وحدات حماية الشعب حليفاً: the phrase after the verb is what is considered, with its
            # predicate right after it; the one considering was named before
            return None
        if np_ is not None and _f(verb.lemma) in _ENACT_VERBS:
            # the object within three words (a count may come first), before any أن/إن
            for obj in range(np_.j, min(len(self.toks), np_.j + 4)):
                if not self.same_sentence(i, obj) or self.t(obj) in self.lx.comps or self.t(obj) == _QUOTE:
                    break
                if _bare(_unprefix(self.t(obj))) in _ENACTED:
                    return max(i + 1, np_.j)  # أقر مجلس النواب، 3 مشاريع قوانين: a body passed a law
        if np_ is not None and self.embed(np_, i):
            return max(i + 1, np_.j)
        if np_ is not None and np_.i < i and self._opens_content_of_last(np_.i):
            if not self._has_complement(i + 1, i) or verb.modality not in (None, "denied") \
                    or _f(verb.lemma) in _STANCE_VERBS:
                return None  # قال إن إيران أبدت دعمها: what the content is about, no further teller
            # "قال المحافظ إن قوات الأمن ذكرت أن …": a teller inside the last claim's content is its inner link
            last = self.claims[-1]
            self.claims[-1] = dataclasses.replace(last, sources=(*last.sources, *self.chain(np_)[-1:]))
            self.consumed.update(range(np_.i, max(np_.j, i + 1)))
            return max(i + 1, np_.j)
        if np_ is not None and self._inside_earlier_quote(i):
            # قال الوزير "… . يرى البعض أن …": a telling the last teller quotes is part of his words, no claim of
            # its own (one that opens his words, "الحكومة تقول إن …", is his inner link, just above)
            return max(i + 1, np_.j)
        if np_ is not None and np_.i > i and np_.kind == "document" and not np_.outer \
                and _unprefix(self.t(np_.j)) in _DOC_OWNER_VERBS:
            # وذكر تقرير نشرته صحيفة X أن: the outlet that published the document tells through it, the outer link
            # before it, as after an according-to cue (only a publishing verb: a لـ genitive is linked as before).
            # A body that issued it stays out here (وقال بيان صادر عن الوزارة إن: the document alone), as the blind
            # holdout's sources gate requires: the statement is the teller, its issuer no second link
            # (holdout-sources failed with it; narrowed without reading the set)
            owned = self._document_owner(np_.j, i, np_.i)
            if owned is not None and owned[0][:1] and owned[0][0].kind == "outlet":
                np_.outer, np_.j = owned
        if np_ is not None:
            chain = self.chain(np_)
            if relayed_from is not None and not any(self._same_teller(relayed_from, x) for x in chain):
                chain = [*chain, relayed_from]
            k = max(np_.j, i + 1)
            if np_.i > i:
                k = self.with_co_teller(chain, k, i)
            chain, after = self.with_addressee(chain, k, i)
            if after == k and _f(verb.lemma) in _INFORM_VERBS and not any(x.kind == "outlet" for x in chain):
                told = self._outlet_after(k, False, True)
                if told is not None and not self.is_own(told[0].text):
                    chain, after = [told[0], *chain], told[1]  # وأبلغ مصدر أمني قناة X بأن: the outlet informed
            m = max(after, k)
            in_medium = self.t(m) == _FI and self.t(m + 1) in self.lx.medium and self._has_complement(m, i)
            # (a quote right after a person, or a sentence quoted after an office, will do for a verb that allows
            # one: وتابع أردوغان "…"، وتابع المتحدث باسم الجيش "…"; but وتابع الجيش "عملياته": followed)
            # (and a statement's sentence quoted: وتابع البيان "…")
            quoted = verb.quote_ok and (np_.kind == "person" or (np_.kind in ("official", "document")
                                                                  and self._long_quote(m)))
            if verb.strict and not in_medium and not self.strict_ok(m, i, quoted) and not self.bare_relay_at(m, i):
                return None  # بين الرئاسة وقيادة قسد: "between", not "explained"; بيّنت في بيان … أن: explained
            if verb.strict and _unprefix(t) != t and self._between_pair(i, verb):
                return None  # بينه وبين الملك، الإثنين، أن: "between him and the king", whatever follows
            ascribe = _f(verb.lemma) in _ASCRIBE
            learn = _f(verb.lemma) in _LEARN_VERBS
            links = len(chain)
            after = self.inner_links(chain, max(after, k), i, ascribe=ascribe,
                                     relay=_f(verb.lemma) in self.lx.relay_verbs, learn=learn,
                                     about=_f(verb.lemma) in _ABOUT_OBJECT_VERBS, said=True)
            if ascribe and (len(chain) == links or self.t(after) not in _ASCRIBED_SAYING):
                return None  # نسبت الحكومة الهجوم إلى داعش: blame, no words ascribed
            if learn and len(chain) == links:
                # علمت المحكمة أن، علم البلاد: with no source it learned from, no telling (a court hearing, a flag)
                return None
            self.add_claim(chain, (self.toks[i].s, self.toks[i].e), start_f, after, i, verb=verb.lemma,
                           modality=verb.modality, trailing=np_.i > i and self._closing_teller(i, after))
            self.consumed.update(range(np_.i, np_.j))
            return max(i + 1, np_.j)
        if np_ is None and _f(verb.lemma) in _BOUNDED_VERBS and self.is_clause_start(i) \
                and not (lam_named or self._lam_word(self.t(subj))) and not self._inside_last_quote(i):
            np_ = self.bounded_subject(subj, i, bi=_f(verb.lemma) in _BI_MASDAR_VERBS)
            if np_ is not None:
                chain = self.chain(np_)
                k = max(np_.j, i + 1)
                chain, after = self.with_addressee(chain, k, i)
                self.add_claim(chain, (self.toks[i].s, self.toks[i].e), start_f, max(after, k), i,
                               verb=verb.lemma, modality=verb.modality)
                self.consumed.update(range(np_.i, np_.j))
                return max(i + 1, np_.j)
        if _f(verb.lemma) in _ASCRIBE and self.is_clause_start(i):
            # ونُسب إلى فلان قوله إن: a passive, the one the words are ascribed to is the teller; with no saying
            # (ونسبه إلى داعش، ونسبت إلى الحركة هجمات) a deed is blamed on someone, no claim
            chain = []
            after = self.inner_links(chain, i + 1, i, ascribe=True)
            if not chain or self.t(after) not in _ASCRIBED_SAYING:
                return None
            self.add_claim(chain, (self.toks[i].s, self.toks[i].e), start_f, after, i, verb=verb.lemma,
                           modality=verb.modality)
            return after
        # no subject: a continuation of the previous teller ("وأضاف أن", "وأشار إلى أن", "وأكد وجود …")
        if verb.needs_subject or not (self.is_clause_start(i) or self._after_fronted_phrase(i)) \
                or _unprefix(t) in _IMPERSONAL:
            return None  # ويتوقع أن …: a passive (it is expected), no teller
        if self._inside_last_quote(i) or self._inside_earlier_quote(i):
            return None  # قالت في بيان إن "الوزارة إذ تؤكد …": the quoted words go on, no new telling
        if self.claims and self.claim_sent[-1] == self.tok_sent[i] and any(
                self.t(m) in _RELATIVE for m in range(max(0, i - 2), i) if self.same_sentence(i, m)):
            return None  # وقال فلان الذي كان يتحدث إلى المجلس "…": the telling described, no second claim
        lead = subj if to_writer or hal or manner else i + 1
        lead = self._medium_lead(lead, i) or lead  # وتابع في كلمة مقتضبة "…": what was said starts after the medium
        if lead == i + 1:
            lead = self._time_lead(lead, i) or lead  # وقال السبت إنه، وأضاف الأحد "…": the day, then what was said
        nxt = self.t(lead)
        if verb.strict and not self.strict_ok(lead, i, verb.quote_ok):
            return None
        # (وقالت "للعربية": إن: the outlet spoken to in quotes of its own, no quote of what was said)
        quoted_lam = nxt == _QUOTE and self._lam_word(self.t(lead + 1)) and self.t(lead + 2) == _QUOTE
        at_comp = (nxt in self.lx.comps or nxt in {":", _QUOTE, "،", ","} or nxt in self.lx.saying_adverbs) \
            and not quoted_lam
        spoken_to: model.Source | None = None
        addressed = False
        if not at_comp and lead == i + 1:
            # وأضاف لوكالة X إن، وقال للصحفيين إن: the one spoken to stands between the bare verb and its أن/إن;
            # the verb goes on as at its أن/إن, an outlet spoken to the outer link
            # (وقال لترامب إن: a person spoken to, no outer link)
            at = lead + 1 if quoted_lam else lead
            heard = self.addressee_at(at, probe=True)
            end = heard[1] if heard is not None else (
                at + 1 if self._lam_word(self.t(at)) or (at == subj and lam_named) else None)
            if end is not None and at > lead and self.t(end) == _QUOTE:
                end += 1
            if end is not None and self.same_sentence(i, end) and (
                    self.t(end) in _THAT_FORMS or (self.t(end) == ":" and (quoted_lam or heard is not None))):
                # (وقالت للجزيرة: "…": an outlet spoken to, then a colon, opens what was said as أن/إن would)
                spoken_to = heard[0] if heard is not None else None
                lead, nxt, at_comp, addressed = end, self.t(end), True, True

        def told(chain: list[model.Source]) -> list[model.Source]:
            # (وأضاف لتاس أن after وكالة تاس carried the last claim: the outlet it holds, in another writing)
            if spoken_to is None or self.is_own(spoken_to.text) or any(
                    s.kind == "outlet" and _same_outlet(s, spoken_to) for s in chain):
                return chain
            return [spoken_to, *chain]

        if not at_comp and (self._name_like(i + 1) or self.t(i + 2) == "(" or self._unparsed_teller(i + 1, i)
                            or self._person_at(i + 1) or self._surname_of(i + 1)):
            # (وينفي غولن …: the bare surname of a person named in full is this verb's own subject)
            return None  # ويقول حسن (52 عاماً) / وقال موظف في المؤسسة لوكالة …: a teller this stage cannot parse
        if at_comp and t[0] == "و" and not (self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            # عبّر العاهل الأردني عن تعازيه … وأشار إلى أن: the sentence's own subject, not the last teller
            got = self._sentence_subject(i)
            if got is not None and _verb_gender(t) is not None and self._plural_persons(got[0]):
                got = None  # ودعا زعماء الاتحاد …، وقال إن: زعماء were called on; a subject of theirs says وقالوا
            if got is not None and got[1] < i - 1:
                # (the subject ends before the object: وينفي الرئيس السابق أي دور له، ويقول إن)
                self.add_claim(told(self.chain(self._subject_only(got[0]))), (self.toks[i].s, self.toks[i].e),
                               self.toks[got[1]].s, i + 1, i,
                               verb=verb.lemma, modality=verb.modality)
                return i + 1
        prev = self.prev_claim_near(i, 3 if at_comp else 1)
        if prev is None and at_comp and t[0] == "و" and i > 0 and not self.same_sentence(i, i - 1):
            got = self._person_before(i)
            if got is not None:
                self.add_claim(told(self.chain(got)), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i,
                               verb=verb.lemma, modality=verb.modality)
                return i + 1
        if prev is None and t[0] == "و" and i > 0 and not self.same_sentence(i, i - 1) and (
                at_comp or (nxt == _FI and self._has_complement(i + 1, i))):
            # وقال فلان "…". [the scene, or the same person again] … وأضاف "…" (وقال في المؤتمر إن): the teller
            # named further back
            prev = self._distant_teller(i, _verb_gender(t), 3 if at_comp else 1)
        if prev is None or (not at_comp and (verb.needs_complement or nxt in _DEMONSTRATIVES
                                             or nxt.startswith("ال") or _bare(nxt) in _OFFICE_HEADS
                                             or _bare(nxt) in _BODY_NOUNS)):
            # (وأفاد مركز الغوطة الإعلامي بمقتل …: an office heads the verb's own subject, no parse named it,
            # and the last teller does not go on)
            return None
        if verb.needs_complement and not at_comp:
            return None
        if addressed and prev.sources[-1].kind == "document":
            return None  # وقال للمجلس إن after a report's claim: one who speaks to someone, never the report
        if self.claim_sent[-1] == self.tok_sent[i] and t[0] == "و" and self.t(i - 1) not in self.lx.openers:
            return i + 1  # نفى … وقال إن: one teller, one claim of the sentence
        gender = _verb_gender(t)
        if len(prev.sources) == 1 and gender is not None and self._claim_gender(prev) not in (None, gender) \
                and not (gender == "m" and self._in_masculine_medium(prev)):
            # وقال غول إن … وأشارت إلى أن، وقالت الوزارة إن … وأضاف أن: a verb of the other gender does not go
            # on for the one teller who told last, but for an earlier teller it agrees with; with a chain the
            # verb may have agreed with another link. With none, a person's words end there, while a body's
            # go on (its statement or spokesman may be the verb's unnamed subject: what it tells is still told)
            agreeing = self._agreeing_claim(i, gender)
            got = self._person_before(i) if agreeing is None and gender == "m" and at_comp and t[0] == "و" \
                else None
            if agreeing is not None:
                prev = agreeing
            elif got is None and (prev.sources[0].kind == "person" or self._one_person_noun(prev.sources[0])):
                return None  # (an unnamed official is one person too: قال مسؤول أمريكي إن … وقالت في بيان)
            elif got is not None:
                self.add_claim(told(self.chain(got)), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i,
                               verb=verb.lemma, modality=verb.modality)
                return i + 1
        if len(prev.sources) == 1 and prev.sources[0].kind == "person" and _plural_verb(t):
            return None  # قال فلان إن … ويقولون إن: "they say", not the one person who told last
        sources = list(prev.sources[:-1] if prev.id in self.embedded else prev.sources)
        doc_np = self.inner_document(i + 1, i)
        own_medium = self.medium_at(i + 1)
        if (doc_np is not None or own_medium) and len(sources) > 1 and sources[-1].kind == "document":
            # وقال في تغريدة … وقال في تغريدة أخرى، وأضاف في بيان: a telling in a medium of its own does not go on
            # in the document the last claim was told in or named; one teller speaking in two tweets is no tweet
            # quoting a tweet
            sources.pop()
        doc = self.chain(doc_np)[-1] if doc_np is not None else None
        if doc is not None and not (sources and sources[-1].kind == "document"
                                    and _f(sources[-1].text) == _f(doc.text)):
            sources.append(doc)  # (ويشير موقعو البيان after البيان told the last claim: the same document, once)
        self.add_claim(told(sources), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i, verb=verb.lemma,
                       modality=verb.modality, continues=prev.id)
        return i + 1

    def _time_lead(self, k: int, sent_i: int) -> int | None:
        """Up to two words of time from token k (the day, أمس، اليوم، حينها) right before أن/إن, a colon or a quote
        (وقال السبت إنه …، وأضاف الأحد "…"): the index of that token, else None. The words date the telling, so
        the bare verb before them has no subject of its own; a time word that is the surname of a person named
        in the article (فلان الخميس) is a teller and leaves it to the other readings."""
        m = k
        while m < k + 2 and self.same_sentence(sent_i, m) and self.t(m) in _TIME_WORDS and self._surname_of(m) is None:
            m += 1
        if m == k or not self.same_sentence(sent_i, m):
            return None
        t = self.t(m)
        return m if t in self.lx.comps or t in {":", _QUOTE} else None

    def _relay_on(self, i: int, an: int, lemma: str, modality: str | None) -> int | None:
        """وقالت وكالة X إن … ونقلت عن مصدر أمني قوله إن: a verb of relaying at a clause's start with عن right
        after it and no subject goes on for the last teller of the sentence before (or of this one), who
        relays the source after عن: that teller's chain, then the new source. Returns the token after the
        inner source, else None."""
        if not self.is_clause_start(i):
            return None
        prev = self.prev_claim_near(i, 2)
        if prev is None or not prev.sources or prev.sources[-1].kind not in ("outlet", "official", "person"):
            return None
        # (a chain that already ends in a source the teller took from, وكالات أنباء نقلا عن مسؤول، is relayed
        # on by its teller: the new source replaces that last link)
        chain = list(prev.sources[:-1] if prev.id in self.embedded or len(prev.sources) > 1 else prev.sources)
        links = len(chain)
        after = self.inner_links(chain, an, i, relay=True)
        if len(chain) == links:
            return None
        self.add_claim(chain, (self.toks[i].s, self.toks[i].e), self.toks[i].s, after, i, verb=lemma,
                       modality=modality, continues=prev.id)
        return after

    def _relaying_body(self, src: model.Source) -> bool:
        """An outlet, or a body named by its head noun (المركز، منظمة …): one that relays what others said
        (a person or an official by title may be the passive نُقل عن's "it was relayed", no relayer)."""
        if src.kind == "outlet":
            return True
        words = _f(src.text).split()
        if src.kind != "official" or not words:
            return False
        head = _bare(_unprefix(words[0]))
        return head in _OFFICE_HEADS or head in _BODY_NOUNS or head in _DEFINITE_BODY_HEADS

    def _teller_after_medium(self, k: int, i: int) -> int:
        """وقال عبر حسابه على تويتر وزير الخارجية إن، وكتب على تويتر المتحدث باسم الجيش أن: the medium (a
        preposition, then a medium noun or a platform and the words that place it, grammar.platform_words) may
        stand between the verb and its teller; when a teller there ends at أن/إن, a colon or قائلاً, the
        teller starts after the medium. Returns where the teller starts (k when it does not)."""
        if self.t(k) not in _MEDIUM_PREPS and self.t(k) != _ALA_WORD:
            return k
        m, named = k + 1, False
        while m < len(self.toks) and m - k <= 6 and self.same_sentence(i, m) and (
                self.t(m) in self.lx.medium or _bare(self.t(m)) in _PLATFORM_WORDS or self.t(m) in _PLATFORM_WORDS):
            named = named or self.t(m) in self.lx.medium or (
                self.t(m) not in _PLATFORM_WORDS and _bare(self.t(m)) in _PLATFORM_WORDS)
            named = named or self.t(m) in _PLATFORM_NAMES
            m += 1
        if not named or m == k + 1 or not self.same_sentence(i, m) or self.t(m) in self.lx.comps:
            return k
        np_ = self.parse_source(m, sent_of=i)
        if np_ is None or np_.kind not in ("person", "official", "outlet"):
            return k
        if np_.kind != "person" and np_.entity is None and not self.t(m).startswith("ال"):
            return k  # وقالت في مؤتمر صحفي "…": an indefinite word there describes the medium, no teller
        nxt = self.t(np_.j)
        if nxt in _STRICT_COMPS or nxt in _THAT_FORMS or nxt in self.lx.saying_adverbs or nxt == _QUOTE:
            return m
        return k

    def nested_subject(self, i: int) -> NP | None:
        """A teller standing between the last claim's أن/إن and its own verb (إن قوات الأمن ذكرت أن): a known
        source phrase, a country, or a short construct ending in a definite word."""
        for c in range(i - 1, max(-1, i - 6), -1):
            if not self.same_sentence(i, c) or c in self.consumed:
                return None
            if not self._opens_content_of_last(c):
                continue
            np_ = self.parse_source(c, sent_of=i) or self._np_country(c)
            if np_ is not None:
                return np_ if np_.j == i else None
            if 2 <= i - c <= 3 and self.t(i - 1).startswith("ال") and self.t(i + 1) in _STRICT_COMPS and all(
                    self.t(m).isalpha() and not self.is_boundary(m) and self.t(m) not in _NOT_NAME
                    and self.t(m) not in _DEMONSTRATIVES for m in range(c, i)):
                return NP("official", c, i, self.toks[c].s, self.toks[i - 1].e)
            return None
        return None

    def _unparsed_teller(self, k: int, sent_i: int) -> bool:
        """Plain words from token k run straight into أن/إن or an outlet spoken to (وقال موظف في المؤسسة
        لوكالة …): they are a teller no rule could parse, so the verb is no continuation of the last one.
        A report named among them (وأكد وجود تقارير تفيد بأن) is the last teller's inner link instead."""
        first = self.t(k)
        if not first.isalpha() or first in self.lx.stops or first in self._PREPS or first in _TIME_WORDS \
                or first in self.lx.saying_adverbs or self.lx.post_verb_adverbs.get(first) \
                or self._time_phrase_at(k) or self._lam_person(k):
            # وحذرت من أن، وقالت أيضاً إن، وأضاف في بيان أن، وأضاف قبيل الظهر أن، وأضاف لمراسلنا أن: the same
            # teller goes on
            return False
        for m in range(k, min(len(self.toks), k + 6)):
            t = self.t(m)
            if not self.same_sentence(sent_i, m) or t in _PUNCT_STOP or t == _QUOTE:
                return False
            if m > k and (t in _STRICT_COMPS or self.addressee_at(m, probe=True)):
                return True
            if self.lx.source_nouns.get(_bare(_unprefix(t))) == "document" or _unprefix(t) in self.lx.verbs:
                return False
        return False

    def _office(self, np_: NP) -> bool:
        """A phrase headed by an official source noun (وزارة الداخلية، الحكومة، السلطات): it announces things
        (أعلنت الوزارة مقتل …) as a named entity does."""
        t = self.t(np_.i)
        return np_.kind == "official" and "official" in (self.lx.source_nouns.get(_bare(t)),
                                                         self.lx.source_nouns.get(_bare(_unprefix(t))))

    def _pronoun_predicate(self, np_: NP, i: int, verb: Verb) -> bool:
        """The verb at i carries its object as a pronoun (تعتبرها، صنفته) and the phrase after it is indefinite,
        known to no list as a party, and closes the clause: the predicate of that object (التي تعتبرها منظمة
        إرهابية), its subject named before; a definite or known subject after the verb still tells (وتعتبره
        واشنطن منظمة إرهابية)."""
        if _f(verb.lemma) not in _PREDICATE_OBJECT_VERBS or not _unprefix(self.t(i)).endswith(_OBJECT_PRONOUNS):
            return False
        first = np_.i + 1 if self.t(np_.i) == _QUOTE else np_.i
        # (an unnamed source or a person after the verb tells: كما يصفها خبراء عسكريون، …)
        if self.t(first).startswith("ال") or np_.entity is not None or np_.kind != "official":
            return False
        end = np_.j + 1 if self.t(np_.j) == _QUOTE else np_.j
        # (… منظمة إرهابية منذ سنوات; but ووصفته منظمة حقوقية بأنه …: a complement after the phrase makes it the teller)
        return not self.same_sentence(i, end) or (self.is_boundary(end) and self.t(end) not in self.lx.comps
                                                  and not self.t(end).startswith("بأن"))

    def _predicate_at(self, k: int, sent_i: int) -> bool:
        """Token k is an indefinite accusative noun or adjective (حليفاً، مسؤولاً، امتداداً) that a verb of
        considering takes as the predicate of its object; a place or party name ending in ا (روسيا) is none."""
        t = self.t(k)
        return (self.same_sentence(sent_i, k) and t.isalpha() and len(t) > 3 and t.endswith("ا")
                and not t.startswith("ال") and t not in self.lx.comps and t not in self.lx.stops
                and t not in _TIME_WORDS and t not in _MANNER
                and self.entity_at(self.toks[k].s, self.toks[k].e, ("place", "actor", "person", "outlet")) is None)

    def try_participle(self, i: int) -> int | None:
        """"ودعا أبو مازن إلى …، قائلاً إن …" / "وغرد السفير عبر حسابه قائلاً: «…»": a participle of saying in
        a sentence with no claim yet; the teller is the subject right after the sentence's first verb."""
        if self.t(i) not in self.lx.participles or i == 0:
            return None
        nxt = i + 1 if self.t(i + 1) not in _PARTICIPLE_PREPS else i + 2  # مشيراً إلى أن، مؤكداً على أن
        if self.t(nxt) == _FI and self.t(nxt + 1) in self.lx.medium:
            # قائلة في بيان إن: the medium of the telling stands before أن/إن
            nxt = next((m for m in range(nxt + 2, nxt + 5) if self.t(m) in _STRICT_COMPS), nxt)
        if not self.same_sentence(i, nxt) or not (self.t(nxt) in _STRICT_COMPS or self.t(nxt) in self.lx.comps
                                                 or self.t(nxt) == _QUOTE):
            return None
        if self.claims and self.claim_sent[-1] == self.tok_sent[i]:
            return None  # the sentence's teller already has its claim
        if not self.same_sentence(i, i - 1):
            return self._opening_participle(i, nxt)
        got = self._sentence_subject(i)
        if got is None:
            return None
        np_, s0 = got
        chain = self.chain(self._subject_only(np_))  # (no أن/إن closes the subject: it may run into the object)
        self.add_claim(chain, (self.toks[i].s, self.toks[i].e), self.toks[s0].s, nxt, i, verb=None)
        return i + 1

    def _opening_participle(self, i: int, nxt: int) -> int | None:
        """"وأوضح فلان "…". مضيفاً أن …": a participle of saying opening its sentence hangs on the telling a full
        stop (often one closing a quote) cut it from, so it goes on for the teller of the claim right before it,
        as a bare وأضاف أن does. On the ANT corpus about 70 articles open a sentence so; with no claim in the
        sentence before, or a teller of the other gender (مضيفاً after a woman spoke), nothing names the teller."""
        prev = self.prev_claim_near(i, 1)
        if prev is None or self._inside_last_quote(i):
            return None
        word = self.t(i)
        gender = "f" if word.endswith(("ة", "ه")) else "m"
        if self._claim_gender(prev) not in (None, gender):
            return None
        sources = list(prev.sources[:-1] if prev.id in self.embedded else prev.sources)
        self.add_claim(sources, (self.toks[i].s, self.toks[i].e), self.toks[i].s, nxt, i, verb=None,
                       continues=prev.id)
        return i + 1

    def _person_before(self, i: int) -> NP | None:
        """"ووصف دميرتاش الحكومة بـ … . وأضاف أن …": a bare verb of saying opening a sentence, with no claim
        near before it, goes on for the person who is the subject of the sentence right before it in the same
        paragraph (that sentence opens with a verb and its subject, a person, and names no other person).
        A bare وقال إن after a sentence about someone else (وتعود قضية زينب …) or a body stays unread."""
        p = i - 1
        if p < 0 or "\n" in self.doc.folded.text[self.toks[p].e:self.toks[i].s]:
            return None
        p0 = p
        while p0 > 0 and self.same_sentence(p, p0 - 1):
            p0 -= 1
        if "\n" in self.doc.folded.text[self.toks[p0].s:self.toks[p].e]:
            return None  # (a heading run into the sentence)
        m = p0 + 1 if self.t(p0) in self.lx.openers else p0
        first = self.t(m)
        # the sentence opens with a verb: a word with و on it that is no noun, preposition or particle
        if not (first[:1] == "و" and len(first) > 3 and first[1:3] != "ال" and first.isalpha()
                and first not in self._PREPS and _unprefix(first) not in self._PREPS
                and _unprefix(first) not in self.lx.according and first not in self.lx.openers):
            return None
        np_ = self.parse_source(m + 1, sent_of=p) if m + 1 <= p and m + 1 not in self.consumed else None
        if np_ is None or np_.kind != "person" or np_.j > p + 1:
            return None
        # with no أن/إن to close it the phrase may run on into the verb's object (وزار الرئيس فلان مدينة حلب):
        # it ends with the person's mention, and a person the earlier stages did not name is too uncertain
        hit = self.entity_at(np_.s, np_.e, ("person",))
        if hit is None:
            # a name this stage has already seen tell (وخاطب دميرتاش … قائلاً … . ووصف دميرتاش …)
            known = self._np_known(m + 1, self.toks[m + 1])
            if known is None or known.j > np_.j:
                return None
            np_ = known
        else:
            j = self.tok_until_orig(m + 1, hit[1])
            if not m + 1 < j <= np_.j:
                return None
            np_.j, np_.e, np_.entity = j, self.toks[j - 1].e, hit[0].id
        a, b = self.orig(self.toks[p0].s, self.toks[p].e)
        na, nb = self.orig(np_.s, np_.e)
        for men, ent in self.doc.overlapping(a, b, ("person",)):
            if ent.id != np_.entity and (men.end <= na or men.start >= nb):
                return None  # another person named in that sentence could be the one speaking
        return np_

    def _pronoun_subject(self, i: int) -> bool:
        """The verb at i has its subject as a pronoun on a connective before it: لكنها قالت، إلا أنه أكد."""
        if i < 2 or not self.same_sentence(i, i - 1):
            return False
        prev = self.t(i - 1)
        if prev in _PRONOUN_CONNECTIVES:
            return True
        if prev in _BARE_CONNECTIVES and _verb_gender(self.t(i)) is not None:
            return True  # امتنع الوزير عن التعليق لكن قال إن: the singular verb carries its subject
        return prev in _PRONOUN_COMPS and not prev.startswith("ب") and self.same_sentence(i, i - 2) \
            and _unprefix(self.t(i - 2)) in _CONNECTIVES_BEFORE_AN

    def _asyndetic_saying(self, i: int, verb: Verb) -> bool:
        """A past verb of saying (قال) right after a noun, with no و, opener or subject of its own and أن/إن after
        it (ويشن التحالف عملية قال إنها تستهدف …، وأصدر البرنامج بياناً، الجمعة، قال إن): a relative clause whose
        subject is the sentence's subject."""
        # (singular only: a plural verb after a noun has mostly that noun's phrase for subject, قادة آخرون قالوا)
        if self.t(i) not in _ASYNDETIC_VERBS or _verb_gender(self.t(i)) is None or i < 2 \
                or not self.same_sentence(i, i - 1) \
                or _unprefix(self.t(i)) != self.t(i) or self.is_clause_start(i):
            return False
        prev = self.t(i - 1)
        if not (prev.isalpha() or prev in {"،", ","}) or prev in self.lx.comps or prev in _RELATIVE or prev in _KANA \
                or prev == _QAD or _unprefix(prev) in self.lx.verbs or prev in _NEGATORS:
            return False
        if self.claims and self.claim_sent[-1] == self.tok_sent[i]:
            return False
        s0 = self._sent_first[self.tok_sent[i]]
        if any(self.t(m) in _KANA for m in range(s0, min(s0 + 2, i))):
            return False  # وكان رئيس الوزراء فلان قال إن: the words after كان are the verb's own subject
        return self.t(i + 1) in _STRICT_COMPS or self.t(i + 1) in _PRONOUN_COMPS

    def _between_pair(self, i: int, verb: Verb) -> bool:
        """"بينه وبين العاهل": a strict verb's form with an object pronoun right before its و-form is the
        preposition "between" with its first term, so the و-form is its second term, never a verb of saying
        (a comma-set time after the name can otherwise carry it on to an أن)."""
        prev = self.t(i - 1) if i > 0 and self.same_sentence(i, i - 1) else ""
        lemma = _f(verb.lemma)
        return prev.startswith(lemma) and prev[len(lemma):] in _OBJECT_PRONOUNS

    def _clause_pronoun_claim(self, i: int, verb: Verb) -> int | None:
        """"امتنعت إيران عن التعليق، لكنها قالت إن …": the pronoun on the connective is the subject of the
        sentence's first clause when it agrees with it (a feminine pronoun a body or a woman, …); the verb
        then opens that teller's claim. None when the sentence has no such subject (the caller reads on as before)."""
        nxt = self.t(i + 1)
        if not (nxt in self.lx.comps or nxt in {":", _QUOTE, "،", ","} or nxt in self.lx.saying_adverbs):
            return None
        if verb.strict and not self.strict_ok(i + 1, i, verb.quote_ok):
            return None
        got = self._sentence_subject(i)
        if got is None or got[0].j >= i - 1 or got[0].j - got[0].i > 8 or any(
                self.t(x) in self._PREPS for x in range(got[0].i, got[0].j)):
            return None  # a phrase with a preposition is more than the subject (تمكن الرئيس من تحقيق …)
        np_ = self._subject_only(got[0])
        if self.t(i - 1) in _PRONOUN_CONNECTIVES or self.t(i - 1) in _PRONOUN_COMPS:
            person: str | None = _suffix_person(self.t(i - 1))
        else:  # لكن قال، غارات يقول إنها: the singular verb itself carries its subject
            person = _verb_gender(self.t(i))
        if person is None or not _agrees(self.surface(np_.s, np_.e), np_.kind, person):
            return None
        self.add_claim(self.chain(np_), (self.toks[i].s, self.toks[i].e), self.toks[got[1]].s, i + 1, i,
                       verb=verb.lemma, modality=verb.modality)
        return i + 1

    def _sentence_subject(self, i: int) -> tuple[NP, int] | None:
        """The source phrase right after the first verb of token i's sentence (ودعا عباس …، وغرد السفير …،
        وقد دعا عباس …), ending before i; with the sentence's first token."""
        s0 = self._sent_first[self.tok_sent[i]]
        m = s0 + 2 if self.t(s0) in self.lx.openers else s0 + 1
        if not self.t(m - 1).isalpha():
            return None  # «(CNN)-- قال فلان …، لكنه أوضح»: a dateline in brackets opens the sentence, no verb
        np_ = self.parse_source(m, sent_of=i) if m < i and m not in self.consumed else None
        if np_ is None and m < i and m not in self.consumed and self.t(m).isalpha() \
                and not self.t(m).startswith("ال") and self._verb_agrees(m - 1, i):
            # وينفي غولن …، ويقول إن: one word for a person the article names in full (or one a stage marked),
            # which no source parser takes without أن/إن after it; the two verbs agree in gender
            ent_id = self._person_at(m) or self._surname_of(m)
            if ent_id is not None:
                np_ = NP("person", m, m + 1, self.toks[m].s, self.toks[m].e, entity=ent_id)
                np_.name = self.surface(self.toks[m].s, self.toks[m].e)
        if np_ is not None and np_.j < i:
            self._comma_named_holder(np_, i)
        if np_ is None or np_.j > i:
            return None
        return np_, s0

    def _plural_persons(self, np_: NP) -> bool:
        """Whether a source phrase is headed by a plural of persons (زعماء، سكان، مسؤولون، قادة الفصائل), which
        a singular verb resuming the sentence's subject (وقال، وأضافت) cannot have as its subject."""
        if np_.kind not in ("anonymous", "official"):
            return False
        head = _bare(_unprefix(self.t(np_.i)))
        if head in _PLURAL_PERSON_HEADS or _bare(self.t(np_.i)) in _PLURAL_PERSON_HEADS:
            return True
        return len(head) >= 5 and head.endswith("ون")  # مسؤولون، ناشطون: a sound plural

    def _verb_agrees(self, v: int, i: int) -> bool:
        """The verb at token v and the verb at token i (both with a gender) agree: one subject for both."""
        a, b = _verb_gender(self.t(v)), _verb_gender(self.t(i))
        return a is not None and a == b

    def try_quote_paragraph(self, i: int) -> int | None:
        """A sentence that is only a quote, right after a claim: the same teller goes on speaking."""
        if i > 0 and self.same_sentence(i, i - 1):
            return None
        k = i + 1 if self.t(i) == "و" else i
        if self.t(k) != _QUOTE:
            return None
        prev = self.prev_claim_near(i, 1)
        if prev is None:
            return None
        end = None
        for m in range(k + 1, min(len(self.toks), k + _MAX_QUOTE)):
            if self.t(m) == _QUOTE:
                end = m
                break
        if end is None or end - k - 1 < 4:
            return None
        self.add_claim(list(prev.sources), (self.toks[i].s, self.toks[k].e), self.toks[i].s, i, i, verb=None,
                       continues=prev.id, direct=True)
        return k + 1

    def _past_hal_participle(self, k: int, i: int) -> int:
        """"وأضاف مخاطباً الصحافيين: …"، "وقال مناشداً المجتمع الدولي إن …": an indefinite participle in the
        accusative (م…ـاً) right after the verb tells how the speaker spoke; a subject after a verb stands in the
        nominative, so the word is no teller and the verb's subject is the one speaking already. Returns where
        the complement (أن/إن، a colon or a quote) stands when at most three words of the participle's object lie
        before it, else k. A manner or time word (مؤخراً، مراراً), a name ending in ا (ماريا) or a place is none."""
        t = self.t(k)
        # (a participle's second letter is a root consonant: a long vowel there is a name's, ماريا، مونيكا، ميشا;
        # the entity stage may read the participle as a first name, so a person mention does not count)
        if not (t.isalpha() and len(t) >= 5 and t.startswith("م") and t.endswith("ا")) or t[1] in "اوي" \
                or t in _MANNER or t in _TIME_WORDS or t in self.lx.stops or t in self.lx.comps \
                or t in _given_names() \
                or self.entity_at(self.toks[k].s, self.toks[k].e, ("place", "actor", "outlet")) is not None:
            return k
        if t.endswith(("نا", "ها")):
            # مراسلنا، مصادرنا، محاميها، مديرها، منتقدوها: a noun with our or her pronoun is the teller; an
            # accusative takes no pronoun, and the few participles whose root ends so (متوجهاً) are given up
            return k
        # ملالا يوسفزاي … وقالت ملالا إن: a word of a person's name the article gives elsewhere (a mention that
        # holds this very word may be the entity stage reading the participle as a name, so it does not count)
        a, b = self.doc.folded.orig(self.toks[k].s), self.doc.folded.orig(self.toks[k].e)
        if any(t in _f(men.text).split() for ent in self.doc.entities if ent.type == "person"
               for men in ent.mentions if men.end <= a or men.start >= b):
            return k
        for m in range(k + 1, min(len(self.toks), k + 5)):
            if not self.same_sentence(i, m):
                return k
            if self.t(m) in _STRICT_COMPS or self.t(m) in {":", _QUOTE}:
                return m
            if not self.t(m).isalpha() or _unprefix(self.t(m)) in self.lx.verbs:
                return k
        return k

    def _comma_named_holder(self, np_: NP, i: int) -> None:
        """وهاجم نائب الرئيس الأميركي، مايك بنس، حكومة …، وقال إن: a title opening the sentence with its holder's
        name set off by commas after it; the subject a later verb takes is title and name, with the person's id
        (the name is a person mention the earlier stages made, closed by a comma before i; a title the pack
        already gave to a person must be that same person's)."""
        if np_.kind not in ("person", "official") or self.t(np_.j) not in ("،", ",") or np_.j + 1 >= i:
            return
        a = np_.j + 1
        hit = self.entity_at(self.toks[a].s, self.toks[a].e, ("person",))
        if hit is None or (np_.entity is not None and hit[0].id != np_.entity):
            return
        b = self.tok_until_orig(a, hit[1])
        if not a < b < i or self.t(b) not in ("،", ","):
            return
        if np_.entity is None:
            np_.role = self.surface(np_.s, np_.e)
        np_.kind, np_.entity = "person", hit[0].id
        np_.name = self.surface(self.toks[a].s, self.toks[b - 1].e)
        np_.j, np_.e = b, self.toks[b - 1].e

    def _comma_apposed_name(self, np_: NP, n: int) -> bool:
        """The last n words of np_ (its name) stand between two commas right after the title (اتهمت وزيرة الدفاع،
        فلانة بلحاج، دولة جارة بـ …): an apposition naming the title's holder, never the one accused, even when
        the name's last word opens with a ب that looks like the بـ complement."""
        a = np_.j - n
        return a - 1 > np_.i and self.t(a - 1) in ("،", ",") and np_.j < len(self.toks) \
            and self.t(np_.j) in ("،", ",") and self.same_sentence(np_.i, np_.j)

    def _cut_at_vowed(self, np_: NP) -> None:
        """A teller after a verb of vowing or threatening (توعد) ends before the بـ that opens what is vowed
        (توعد زعيم الجماعة بشن هجمات، توعد الناطق باسم الفصيل بالرد): any word with بـ there but a title's own
        (باسم), a place or party the earlier stages named (بغداد) or a word of the teller's name. The teller
        is the subject, a known body or one described by a role noun."""
        for m in range(np_.i + 1, np_.j):
            t = self.t(m)
            if t[:1] != "ب" or len(t) < 3 or t in _TITLE_BI or t in self._PREPS or self.is_boundary(m):
                continue
            if self.entity_at(self.toks[m].s, self.toks[m].e, ("place", "actor", "person", "outlet")) is not None:
                continue
            if _f(t) in _given_names() or t in self.persons:
                continue  # (توعد القائد بلال فلان بـ: a given name, the holder's own)
            np_.j, np_.e = m, self.toks[m - 1].e
            surface = self.surface(np_.s, np_.e)
            if np_.name is not None and np_.name not in surface:
                # the name parse took what is vowed for the holder's name (قائد الكتيبة بشن هجمات): the bare
                # title is left, an office speaking
                np_.name = None
                if np_.kind == "person":
                    np_.kind, np_.entity, np_.role = "official", None, None
            if np_.text is not None and np_.text not in surface:
                np_.text = None
            return

    def _comma_apposed_holder(self, np_: NP, i: int) -> None:
        """A bare title after the verb with a name set off by commas right after it (اتهم وزير الداخلية، فلان
        الفلاني، جماعة بـ …; حذر وزير الدفاع، فلان الفلاني، من …): the teller is that person, the title their role,
        whatever follows the second comma (with أن/إن after it the title-aside readings already see it)."""
        if np_.kind != "official" or np_.role is None or np_.name is not None or np_.entity is not None \
                or np_.j + 1 >= len(self.toks) or self.t(np_.j) not in ("،", ",") \
                or not self._plain_word(self.t(np_.j + 1)):
            # (only a person's title: مكتب رئيس الوزراء، فلان، في بيان is the office speaking, and قادة
            # أميركيون، من بينهم فلان، still the group; the aside must open with a name's word)
            return
        b = next((m for m in range(np_.j + 2, min(len(self.toks), np_.j + 6))
                  if self.t(m) in ("،", ",") or not self.t(m).isalpha() or not self.same_sentence(i, m)), None)
        if b is None or self.t(b) not in ("،", ",") or not self.same_sentence(i, b):
            return
        a = np_.j + 1
        self._apposed_name(np_, a, b)
        if np_.kind != "person" and 2 <= b - a <= 3 and self._unknown_apposed_name(a, b):
            np_.role = self.surface(np_.s, np_.e)
            np_.name = self.surface(self.toks[a].s, self.toks[b - 1].e)
            np_.kind = "person"
        if np_.kind == "person":
            np_.j, np_.e = b, self.toks[b - 1].e

    def _unknown_apposed_name(self, a: int, b: int) -> bool:
        """Tokens a..b (between two commas after a title) are a personal name no list knows (فلان الفلاني):
        plain words, none a time word, a verb, a place or party the earlier stages named (وزير الخارجية، مساء
        أمس، …: a date, no name)."""
        if self._time_phrase_at(a):
            return False
        for m in range(a, b):
            t = self.t(m)
            if not self._plain_word(t) or t in _TIME_WORDS or _unprefix(t) in _TIME_WORDS or t in _TIME_NOUNS \
                    or _unprefix(t) in self.lx.verbs or self.entity_at(
                        self.toks[m].s, self.toks[m].e, ("place", "actor", "outlet")) is not None:
                return False
        return True

    def _masdar_object_at(self, k: int, sent_i: int) -> bool:
        """The teller's phrase ending at k is followed, past a comma and a day or two (أعلنت مصادر محلية، الأحد،
        مقتل …), by a verbal noun of grammar.object_masdars: what was announced, which gives a verb that skips its
        complement after a known teller (أعلن) its object when the teller is unnamed too (وسائل إعلام، مصادر)."""
        m = k
        while m < k + 4 and self.same_sentence(sent_i, m) and (self.t(m) in ("،", ",") or self.t(m) in _TIME_WORDS):
            m += 1
        return m < len(self.toks) and self.same_sentence(sent_i, m) and self.t(m) in _OBJECT_MASDARS

    def _bi_label_after(self, k: int, sent_i: int) -> bool:
        """ووصفت الأمم المتحدة الوضع بالكارثي، ووصف الجيش العملية بـ"الناجحة": an object of one to four words from
        token k, then بـ and a definite word: what a verb of describing or considering labels the object as, which
        is its content as أن/إن would open it (the subject before is a teller the phrase parsers found)."""
        if not self.same_sentence(sent_i, k) or self.t(k).startswith("بال"):
            return False  # (بـ right after the subject: the pronoun forms, ووصفتها الأمم المتحدة بالكارثة)
        for m in range(k + 1, min(len(self.toks), k + 5)):
            prev, t = self.t(m - 1), self.t(m)
            if not self.same_sentence(sent_i, m) or prev in _PUNCT_STOP or prev == _QUOTE \
                    or prev in self.lx.comps or _unprefix(prev) in self.lx.verbs or not prev.isalpha():
                return False  # (a clause or another verb before بـ: no object of this verb)
            if t.startswith("بال") and len(t) > 4 and t.isalpha():
                return True
            if t == "ب" and self.t(m + 1) == _QUOTE and self.t(m + 2).startswith("ال") \
                    and self.same_sentence(sent_i, m + 2):
                return True
        return False

    def _object_in_role(self, np_: NP, i: int) -> bool:
        """ووصف وزير الإعلام القرار بالمنحاز: a role phrase with no name after the verb took the object as one
        more genitive of its title; with بـ and a definite word right after it, that last word is the object
        and the role ends before it (np_ is cut there)."""
        if np_.i <= i or np_.j - np_.i < 3 or np_.entity is not None or np_.name is not None \
                or np_.kind not in ("official", "anonymous") or not self.t(np_.j - 1).startswith("ال") \
                or not self.t(np_.j - 2).startswith("ال") or self.t(np_.j - 1).endswith(("ي", "يه")) \
                or not self._bi_label_after(np_.j - 1, i):
            # (the word before the object must be a definite genitive, the object no nisba: وصف المتحدث باسم
            # الوزارة بالكاذب and وصف وزير الخارجية الأمريكي بالكاذب have the role for object)
            return False
        np_.j -= 1
        np_.e = self.toks[np_.j - 1].e
        return True

    def try_colon_heading(self, i: int) -> int | None:
        """A line that opens with its teller and a colon and no verb («الوزير فلان: لن ننسحب»، «حماس: القصف
        استهدف موقعاً»): the words after the colon are the teller's. Half such lines in news are topics
        («الحرب في سوريا: …»، «المغرب: …»، «للمزيد: …»), so the words before the colon must parse whole as a
        source phrase of a teller (a person, an office or body, an outlet, a source noun with its qualifier), never a
        place, a document or one bare source noun (a credit line «المصدر: وكالات»)."""
        if i > 0 and "\n" not in self.doc.folded.text[self.toks[i - 1].e:self.toks[i].s]:
            return None  # not the first word of a line
        if self.tok_sent[i] in self.bare_lines or not self._line_stops(i):
            # a heading or a link to another story (a line with no full stop, or one closed only by a quote:
            # «ترامب: القمة "قد تعقد"») restates the body or another article: coders record the claim where the
            # body makes it, so a heading is none; a question («فرانس24: هل …؟») is an interviewer's, no claim
            return None
        c = next((m for m in range(i + 1, min(len(self.toks), i + _COLON_TELLER_WORDS + 1)) if not self.t(m).isalpha()),
                 None)
        if c is None or self.t(c) != ":" or not self.same_sentence(i, c):
            return None
        if c + 2 >= len(self.toks) or not self.same_sentence(c, c + 2) or self.t(c + 1) in _PUNCT_STOP:
            return None  # nothing (or one word) said after the colon
        np_ = self.parse_source(i)
        if np_ is None or np_.j != c or np_.kind == "document":
            return None
        if np_.entity is None and np_.kind not in ("person", "outlet") and c - i == 1:
            return None  # «المصدر: …»، «المصادر: …»: a credit line or a label, not a teller
        if self.entity_at(self.toks[i].s, self.toks[c - 1].e, ("place",)) is not None:
            return None  # «المغرب: القبض على …»: a country as the topic of a heading
        sources = self.chain(np_)
        self.add_claim(sources, (self.toks[c].s, self.toks[c].e), self.toks[i].s, c + 1, i, verb=None)
        return c + 1

    def _line_stops(self, i: int) -> bool:
        """Whether the line of token i ends with a full stop («.», «!», «…») inside or after its closing quote."""
        text = self.doc.folded.text
        end = text.find("\n", self.toks[i].s)
        tail = text[self.toks[i].s:end if end >= 0 else len(text)].rstrip().rstrip(_QUOTE + ")").rstrip()
        return tail[-1:] in _LINE_STOPS

    def _after_fronted_phrase(self, i: int) -> bool:
        """The verb at i stands right after the comma that closes a phrase fronted before it at the sentence's
        start (وحول الجهود الإنسانية، أوضح أن؛ وفي ختام حديثه، أشار إلى أن؛ وردا على سؤال، قال إن): it opens its
        clause as a verb at the sentence's start does. The phrase opens with one of grammar.fronted_preps and
        holds no other comma, quote, أن/إن or verb of saying (a verbal noun may: في ختام حديثه), so no earlier
        clause of the sentence is cut."""
        if i < 2 or self.t(i - 1) not in ("،", ","):
            return False
        first = self._sent_first.get(self.tok_sent[i], i)
        w = self.t(first)
        if w[:1] in ("و", "ف") and w[1:] in _FRONTED_PREPS:
            w = w[1:]  # (وفي، وعن: the stripper keeps a conjunction on a word this short)
        if not 2 <= i - first <= _FRONTED_MAX or (_unprefix(w) not in _FRONTED_PREPS and w not in _FRONTED_PREPS):
            return False
        return all(self.t(m).isalpha() and self.t(m) not in self.lx.comps
                   and _unprefix(self.t(m)) not in self.lx.verbs for m in range(first + 1, i - 1))

    def _document_owner(self, k: int, sent_i: int, head: int) -> tuple[list[model.Source], int] | None:
        """Who issued a document an according-to cue names, right after the document's phrase ending before k: a
        لـ genitive (بحسب حصيلة لوزارة الصحة، وفق حصيلة غير نهائية للصليب الأحمر) or a publishing verb and its
        subject (أعلنتها الوزارة، صدرت عن الأمم المتحدة, grammar.document_owner_verbs), with only
        grammar.document_owner_gaps (غير نهائية، أولية) between. A statement (token `head`, grammar.statement_heads)
        posted by a verb of posting (نشره، بثته) is owned by a body that posts its own (بيان نشرته الداخلية), not
        by the site or outlet that carries it (بيان نشره الموقع الرسمي لـ…: its medium); an issuing verb
        (صادر عن، أصدرته) names its owner whatever it is. Returns the owner's chain and its end."""
        m = k
        while m < len(self.toks) and m - k < 3 and self.same_sentence(sent_i, m) and self.t(m) in _DOC_OWNER_GAPS:
            m += 1
        if m >= len(self.toks) or not self.same_sentence(sent_i, m):
            return None
        t = self.t(m)
        lam = False
        if t in _DOC_OWNER_VERBS or _unprefix(t) in _DOC_OWNER_VERBS:
            w = _bare(_unprefix(self.t(head)))
            # (وفقا لبيان نشرته وكالة X: the ل of the cue glued to the statement)
            posted = (w in _STATEMENT_HEADS or (w[:1] == "ل" and _bare(w[1:]) in _STATEMENT_HEADS)) \
                and _unprefix(t) not in _STATEMENT_ISSUE_VERBS
            m += 1
            if self.t(m) == _AN:
                m += 1  # صدرت عن، الصادرة عن
        elif t.startswith("ل") and len(t) > 3:
            posted = False
            if self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",)) is not None:
                return None  # بحسب حصيلة للمرصد السوري: a known outlet there is linked as before (`with_addressee`)
            lam = True
        else:
            return None
        if not self.same_sentence(sent_i, m):
            return None
        np_ = self.parse_source(m, lam=lam, sent_of=sent_i)
        if np_ is None:
            np_ = self._according_body(m, lam, sent_i)
        if np_ is None or np_.kind == "document" or (posted and np_.kind == "outlet"):
            return None  # (a statement an outlet or site posted, بيان نشره الموقع الرسمي لـ…: its medium, no teller)
        if np_.j - 1 > np_.i and self.t(np_.j - 1) == "(":
            # هيئة الإطفاء في كاليفورنيا ("كالفاير"): the bracket opens an alias, no part of the name
            np_.j -= 1
            np_.e = self.toks[np_.j - 1].e
        return self.chain(np_), np_.j

    def _according_body(self, k: int, lam: bool, sent_of: int) -> NP | None:
        """The fallbacks after an according-to cue (or a document's owner) when no source phrase parses at `k`: a
        known actor's body, then a definite body noun, whose article a glued ل had taken is given back."""
        np_ = None if lam else self.body_of_actor(k, False, according=True)
        if np_ is None:
            np_ = self._np_definite_body(k, lam, sent_of)
            if np_ is not None and lam:
                self._give_back_article(np_, k)
        return np_

    def _inside_earlier_quote(self, i: int) -> bool:
        """Token i stands inside a quote opened after the last claim's cue, in the same paragraph: the quoted words
        are that teller's, so a verb of saying there (وقال الوزير "يقول الرئيس إنه …"، "… . يرى البعض أن …") tells
        no claim of its own, and the next "وأضاف" goes on with the last teller, not with the quoted one."""
        if not self.claims or self.claims[-1].cue_end is None:
            return False
        cue_end = self.claims[-1].cue_end
        folded = self.doc.folded
        marks = 0
        for m in range(i - 1, max(-1, i - _MAX_QUOTE), -1):  # bounded: a quote is followed _MAX_QUOTE tokens at most
            if folded.orig(self.toks[m].s) < cue_end:
                return marks % 2 == 1
            if "\n" in folded.text[self.toks[m].e:self.toks[m + 1].s]:
                return False  # a quote is not followed into another paragraph (an unclosed mark there is a typo)
            marks += self.t(m) == _QUOTE
        return False

    def _closes_last_quote(self, i: int) -> bool:
        """The cue at token i follows, after a comma, the closing mark of a quote the sentence's last claim opened
        after its cue ("قال X: «…»، وفق …")."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[i] or self.claims[-1].cue_end is None \
                or i < 2 or self.t(i - 1) not in {"،", ","} or self.t(i - 2) != _QUOTE:
            return False
        cue_end = self.claims[-1].cue_end
        marks = 0
        for m in range(i - 2, max(-1, i - _MAX_QUOTE), -1):  # bounded as a quote is
            if not self.same_sentence(i, m) or self.doc.folded.orig(self.toks[m].s) < cue_end:
                break
            marks += self.t(m) == _QUOTE
        return marks > 0 and marks % 2 == 0

    def _alone_after_sentence(self, i: int) -> bool:
        """Token i opens a sentence that follows another in the same paragraph after a full stop (the cue at i is
        all that sentence says: "… . بحسب ما أوردت رويترز.")."""
        if i < 1 or self.same_sentence(i, i - 1) or self.t(i - 1) != ".":
            return False
        return "\n" not in self.doc.folded.text[self.toks[i - 1].e:self.toks[i].s]

    def _sentence_start(self, k: int) -> int:
        """The first token of token k's sentence."""
        s0 = k
        while s0 > 0 and self.same_sentence(k, s0 - 1):
            s0 -= 1
        return s0
