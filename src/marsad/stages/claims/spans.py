"""Claims sub-stage: spans — where a claim's content begins and ends, and the claim record itself.

`add_claim` builds the model.Claim from a cue, its chain and its content span (its modality from the cue); the
content opens at أن/إن or a quote (`quote_after`) and runs to the sentence's end, or stands before a teller that
closes its sentence after a comma (`_closes`, `_close_of`, `_closing_teller`); the helpers that ask whether a
token stands inside the last claim's content or quote. Separate because it decides the extent of what was said,
not who said it or through whom.
"""

from __future__ import annotations

import dataclasses

from marsad import model

from .chain import _Chain
from .cues import (
    _ALA_TO,
    _CONNECTIVES_BEFORE_AN,
    _INNER_LEADS,
    _MAX_NP,
    _MAX_QUOTE,
    _NISBA_ENDINGS,
    _PUNCT_STOP,
    _QUOTE,
    _RELATIVE,
    _STRICT_COMPS,
    _THAT_FORMS,
    _TIME_WORDS,
    _TO_WRITER,
    _TRAILING_OPENERS,
    _bare,
    _f,
    _unprefix,
)


class _Spans(_Chain):
    """The reader's layer of spans.py: spans — where a claim's content begins and ends, and the claim record itself."""

    # ------------------------------------------------------------------ claims

    def quote_after(self, k: int, sent_i: int) -> tuple[bool, int | None]:
        """Whether the claim's content (from token k) opens with a direct quote, and its closing offset."""
        m = k
        for _ in range(12):
            if m >= len(self.toks) or not self.same_sentence(sent_i, m):
                return False, None
            t = self.t(m)
            if t == _QUOTE:
                break
            if t in self.lx.comps or t in {"،", ",", ":"}:
                m += 1
                continue
            if m == k or self.t(m - 1) not in _STRICT_COMPS:
                m += 1  # words after a comma go on to the complementizer (قال لهم، قبل المغادرة، إن "…")
                continue
            return False, None
        else:
            return False, None
        if self.t(m) != _QUOTE or m == 0 or self.t(m - 1) not in self.lx.comps | {"،", ",", ":"}:
            return False, None
        ft = self.doc.folded.text
        for n in range(m + 1, min(len(self.toks), m + _MAX_QUOTE)):
            if "\n" in ft[self.toks[n - 1].e:self.toks[n].s]:
                return False, None
            if self.t(n) == _QUOTE:
                if n - m - 1 >= 3:
                    return True, self.orig(self.toks[n].s, self.toks[n].e)[1]
                return False, None
        return False, None

    def add_claim(self, sources: list[model.Source], cue: tuple[int, int], start_f: int, content_k: int,
                  sent_i: int, verb: str | None, modality: str | None = None, continues: str | None = None,
                  trailing: bool = False, direct: bool = False) -> model.Claim | None:
        doc = self.doc
        ca, cb = self.orig(*cue)
        if doc.is_furniture(ca, cb) or not sources:
            return None
        lead = None
        if self.claims and self.claims[-1].id in self.leading and self.claim_sent[-1] == self.tok_sent[sent_i] \
                and (self.claims[-1].cue_end or 0) <= ca:
            # "وحسب وكالة X، قال Y إن …": one claim whose chain runs from X to Y
            lead = self.claims.pop()
            self.claim_sent.pop()
            self.modality.pop(lead.id, None)
            # the merged claim below takes the popped one's id: it must not inherit its leading mark, or the
            # next teller of the sentence would be read as relaying this one (وقال الوزير إن … after it)
            self.leading.discard(lead.id)
            lead_src = [o for o in lead.sources if not any(_f(o.text) == _f(x.text) for x in sources)]
            words = _f(lead.verb or "").split()
            if words and (words[0] in _INNER_LEADS or _unprefix(words[0]) in _INNER_LEADS):
                # "ونقلاً عن مصدر، ذكرت قناة X أن …": X tells what it took from the source, the inner link
                sources = [*sources, *lead_src]
            else:
                sources = [*lead_src, *sources]
        if self.claims and self.claim_sent[-1] == self.tok_sent[sent_i] and self._trailing_cue(content_k, sent_i) \
                and self._same_teller(self.claims[-1].sources[-1], sources[-1]):
            return None  # واعتبر عباس أن … كما قال عباس: a closing tag of the same teller, not a new claim
        sent = doc.sentences[self.tok_sent[sent_i]] if doc.sentences else None
        start = self.doc.folded.orig(start_f)
        end = sent.end if sent else len(doc.text)
        if trailing and sent is not None:
            # "…, according to X" at the end of a clause: the content came before the cue
            start = sent.start
            if self.claims and self.claims[-1].start >= sent.start:
                start = self.claims[-1].cue_end or start
        if lead is not None:
            start = min(start, lead.start)
        quoted, q_end = self.quote_after(content_k, sent_i)
        direct = direct or quoted
        if q_end is not None:
            end = max(end, q_end)
        sources = [_unquoted(self._unnamed_medium(s)) for s in sources]
        cid = f"c{len(self.claims) + 1}"
        claim = model.Claim(start=start, end=max(end, cb), sources=tuple(sources),
                            verb=doc.text[ca:cb].strip(), cue_start=ca, cue_end=cb,
                            speech="direct" if direct else "indirect", continues=continues, id=cid)
        self.claims.append(claim)
        self.claim_sent.append(self.tok_sent[sent_i])
        if modality:
            self.modality[cid] = modality
        for s in sources:
            # (المصدر ذاته read as the outlet before it is no name a later bare outlet noun may be cited as)
            if s.kind == "outlet" and s not in self.outlets and not set(_f(s.text).split()) & self.lx.anaphoric:
                self.outlets.append(s)
        return claim

    def _trailing_cue(self, k: int, sent_i: int) -> bool:
        """Nothing but punctuation or a date follows token k in the sentence (…، كما قال عباس.)."""
        for m in range(k, min(len(self.toks), k + 4)):
            if not self.same_sentence(sent_i, m):
                return True
            if self.t(m) not in _PUNCT_STOP and self.t(m) not in _TIME_WORDS and self.t(m) != _QUOTE:
                return False
        return False

    def _bi_that_after(self, k: int, sent_i: int) -> bool:
        """بأن/بأنها within a few words from token k, before any other أن/إن (اعتبر تحقيقات فلان بأنها …)."""
        for m in range(k, min(len(self.toks), k + 6)):
            if not self.same_sentence(sent_i, m):
                return False
            t = self.t(m)
            if t.startswith("بان") and t in _THAT_FORMS:
                return True
            if t in _THAT_FORMS or t in _STRICT_COMPS:
                return False
        return False

    def _closes(self, k: int) -> bool:
        """Token k closes a teller's phrase: أن/إن, or the end of a sentence the teller closes (see `_close_of`)."""
        # (إلى أن after the teller of أشار/لفت: وأشارت منظمة الصحة العالمية إلى أن)
        return self.t(k) in _STRICT_COMPS or k == self._close_at or (
            self.t(k) in _ALA_TO and self.t(k + 1) in _STRICT_COMPS and self.same_sentence(k, k + 1))

    def _close_of(self, i: int, subj: int) -> int | None:
        """Where the words after the verb at i end, when they close the sentence after a comma (…، كما يقول
        فلان.): the token after them, else None."""
        if self.t(subj) in _TO_WRITER or len(self.t(subj)) < 2:
            return None  # تقول لي ضاحكة: the writer spoken to; كما يوضح د.: an abbreviation
        m, words = subj, 0
        while m - subj < 10 and self.same_sentence(i, m) and self.t(m) not in _PUNCT_STOP and self.t(m) != _QUOTE:
            if self.t(m) in _RELATIVE:
                words = 99  # (a relative clause after the teller may run long: مركز المصالحة الذي تديره …)
            words += 1
            m += 1
        # (six words at most before any relative clause: "وإلى جانب الحداد، أعلنت المدينة إلغاء …" is an opening
        # phrase, its verb's object after the subject)
        if m == subj or (m - subj > 6 and words < 99):
            return None
        return m if self._closing_teller(i, m) else None

    def _closing_teller(self, i: int, after: int) -> bool:
        """The verb at i and its teller close the sentence after a comma (…، قال المتحدث باسم الجيش.، «…»، تقول
        فلانة.، …، كما يقول ناشطون): the words before the comma are what was told, so the claim spans them."""
        k = i - 1
        if _unprefix(self.t(i)) != self.t(i) or k <= 0 or not self.same_sentence(i, k):
            return False
        if self.t(k) in _TRAILING_OPENERS:
            k -= 1
        if not (self.t(k) in {"،", ","} and self.same_sentence(i, k) and k > 0 and self.same_sentence(k, k - 1)):
            return False
        # nothing but punctuation or a date after the teller, up to the sentence's (or the text's) end
        for m in range(after, min(len(self.toks), after + 4)):
            if not self.same_sentence(i, m):
                return True
            if self.t(m) not in _PUNCT_STOP and self.t(m) not in _TIME_WORDS and self.t(m) != _QUOTE:
                return False
        return after + 4 > len(self.toks)

    def _inside_last_quote(self, i: int) -> bool:
        """Token i stands inside a quote opened after the cue of the sentence's last claim."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[i] or self.claims[-1].cue_end is None:
            return False
        cue_end = self.claims[-1].cue_end
        marks = 0
        for m in range(i - 1, max(-1, i - _MAX_QUOTE), -1):  # bounded: a quote is followed _MAX_QUOTE tokens at most
            if not self.same_sentence(i, m) or self.doc.folded.orig(self.toks[m].s) < cue_end:
                break
            marks += self.t(m) == _QUOTE
        return marks % 2 == 1

    def _opens_content_of_last(self, k: int) -> bool:
        """Token k opens the content of the sentence's last claim: it follows that claim's أن/إن or the opening
        mark of its quote (قال الوزير: «الحكومة تقول …»)."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[k] or k < 1:
            return False
        last = self.claims[-1]
        c = k - 1
        if last.cue_end is None or self.doc.folded.orig(self.toks[c].s) < last.cue_end:
            return False
        t = self.t(c)
        if not (t in _STRICT_COMPS or (t == _QUOTE and self.t(c - 1) in {":", "،", ","} | _STRICT_COMPS)):
            return False
        if t != _QUOTE and _unprefix(self.t(c - 1)) in _CONNECTIVES_BEFORE_AN:
            return False  # بيد أن مسؤولاً أعلن: a new clause, not the content of the last telling
        # the complement must be the first one after the last claim's cue (قال X إن Y ذكرت أن …)
        m = c - 3 if t == _QUOTE and self.t(c - 1) in _STRICT_COMPS else c - 2
        while m >= 0 and self.doc.folded.orig(self.toks[m].s) >= last.cue_end:
            if c - m > _MAX_NP * 3:
                return False  # a complement this far from the cue belongs to another clause
            if self.t(m) in _STRICT_COMPS:
                return False
            m -= 1
        return True

    def _unnamed_medium(self, src: model.Source) -> model.Source:
        """An outlet link that names no outlet, only its sort and its adjectives (قناة محلية، صحيفة ألمانية،
        قناة تلفزيونية كردية، صحيفة محلية في مدينة X), is an anonymous source: the ontology's outlet is a
        NAMED news organisation, and the gold reads an unnamed paper as it reads مصادر محلية. Whether it tells
        or is spoken to (قال مسؤول لقناة محلية) the rule is the same. A definite head (التلفزيون الرسمي) is the one
        outlet of that sort the reader knows, and a name or a quoted title after the head keeps it an outlet."""
        if src.kind != "outlet" or src.entity:
            return src
        words = _f(src.text).split()
        if len(words) < 2 or words[0].startswith("ال"):
            return src
        k = 2 if " ".join(words[:2]) in self.lx.outlet_nouns else 1  # وكالة أنباء
        if _bare(" ".join(words[:k])) not in self.lx.outlet_nouns:
            return src
        # an adjective agrees with its head: indefinite, and feminine (…ية) after a feminine head (قناة، صحيفة);
        # a definite word (تلفزيون العربية) or a bare …ي after قناة/محطة (محطة سوهاي) is a genitive name
        fem = words[k - 1].endswith("ه")
        surface = src.text.split()  # (the article before folding: ألمانية folds to المانيه)
        if len(surface) != len(words):
            return src
        adjectives = 0
        for w, raw in zip(words[k:], surface[k:], strict=True):
            if w in self._PREPS:
                break  # في مدينة X: where the unnamed outlet is, no name of its own
            if not (w.isalpha() and len(w) >= 4 and w.endswith(_NISBA_ENDINGS)) or raw.startswith("ال") \
                    or (fem and not w.endswith("يه")):
                return src  # a name (رويترز، ديلي تلغراف، تلفزيون العربية) or a quoted title
            adjectives += 1
        return dataclasses.replace(src, kind="anonymous") if adjectives else src


def _unquoted(src: model.Source) -> model.Source:
    """A teller whose whole name stands in quotes (وقالت " كتيبة أبو الفضل" إن) is the name inside them: the
    quotes mark the name in the text, not a part of it; a quoted word inside a name (صحيفة "الوطن") stays."""
    text = src.text.strip()
    if len(text) > 2 and _f(text[0]) == _QUOTE and _f(text[-1]) == _QUOTE and _f(text[1:-1]).count(_QUOTE) == 0:
        inner = text[1:-1].strip()
        if src.start is None:
            return dataclasses.replace(src, text=inner)
        start = src.start + src.text.find(inner)
        return dataclasses.replace(src, text=inner, start=start, end=start + len(inner))
    return src
