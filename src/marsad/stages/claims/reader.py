"""Claims sub-stage: the reader's base — the article as tokens, and the questions every other sub-stage asks.

Tok and NP (a token, a parsed source phrase), and `_Base`: the per-article state (tokens of the folded text,
their sentences, the claims so far, the persons and outlets seen) with the token helpers (the folded word at i,
same sentence, offsets back to `doc.text`, entity at, sequence match, clause start, quote ends). Separate because
it decides nothing: parsing tellers, building chains and spans all ask it the same questions.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

from marsad import model, packs
from marsad.pipeline import Doc, EntityDraft
from marsad.textnorm import (
    match_columns,
    proclitic_splits,
)

from .cues import (
    _ABOUT_OBJECT_VERBS,
    _ALA_SPELLED,
    _ALA_VERBS,
    _ALA_WORD,
    _ALI_SPELLED,
    _AN,
    _CLOSERS,
    _COMPOUND,
    _CONJ,
    _FI,
    _FROM_OBJECT_VERBS,
    _MAX_NP,
    _MEDIUM_PREPS,
    _MIN,
    _NOUN_HOMOGRAPHS,
    _PUNCT_STOP,
    _QAD,
    _QUOTE,
    _RELAY_PREPS,
    _STRICT_COMPS,
    _TOKEN,
    _WAQT,
    _bare,
    _f,
    _given_names,
    _grammar,
    _unprefix,
    lexicon,
)


class Tok(NamedTuple):
    """A token: a named tuple (a document has thousands, and a tuple is the cheapest record to make)."""

    s: int  # folded offsets
    e: int
    t: str


@dataclass(slots=True)
class NP:
    """A parsed source phrase: tokens [i, j) of the token list."""

    kind: str
    i: int
    j: int
    s: int
    e: int
    qualifiers: list[str] = field(default_factory=list)
    role: str | None = None
    entity: str | None = None
    outer: list[model.Source] = field(default_factory=list)
    anaphoric: bool = False
    definite: bool = False
    name: str | None = None  # a person's name as written (for later bare-surname mentions)
    text: str | None = None  # overrides the surface text (an anaphoric outlet noun resolved)


class _Base:
    """The reader's base: the article as tokens and the questions every sub-stage asks."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lx = lexicon()
        ft = doc.folded.text
        starts, ends, words = match_columns(_TOKEN, ft)
        # Tok(s, e, t) without the Python-level constructor
        self.toks = list(map(tuple.__new__, repeat(Tok, len(words)), zip(starts, ends, words, strict=True)))
        # the words and their count as plain attributes: `t` and `same_sentence` run ~1,000 times an article
        self._tok_words = words
        self._n_toks = len(self.toks)
        self.sent_starts = [s.start for s in doc.sentences]
        self.tok_sent = self._token_sentences()
        # the first token of each sentence, so a look back to a sentence's start costs nothing on a long line
        self._sent_first: dict[int, int] = {}
        for k, sent in enumerate(self.tok_sent):
            self._sent_first.setdefault(sent, k)
        self.bare_lines = self._bare_lines()
        # while a teller closing its sentence is parsed, the token where it ends (see `_closes`)
        self._close_at = -1
        self.claims: list[model.Claim] = []
        self.claim_sent: list[int] = []
        self.modality: dict[str, str] = {}
        self.consumed: set[int] = set()
        #: folded name word -> (name as written, role, entity id), for later bare-surname mentions
        self.persons: dict[str, tuple[str, str | None, str | None]] = {}
        #: the words (bare, folded) of each named person's phrase with its title, and the person's entity id,
        #: for a later title with no name (الوزير الأمريكي after وزير الدفاع الأمريكي جيمس ماتيس)
        self.titled: list[tuple[frozenset[str], str | None]] = []
        self.outlets: list[model.Source] = []
        self.own = self._own_outlet_names()
        self.own_aliases = self._own_outlet_aliases()
        self.last_corr: model.Source | None = None
        #: claims whose last link was handed on inside their content (أنه حصل على معلومات تفيد)
        self.embedded: set[str] = set()
        #: according-to claims that open their sentence before a comma (وحسب وكالة X، قال Y إن): a verb claim
        #: of the same sentence takes their chain as its outer links
        self.leading: set[str] = set()
        self._first: dict[str, int] | None = None
        self._titles: list[tuple[int, frozenset[str], str | None]] | None = None
        #: folded last word of each person entity's full-name mention -> entity id (built on first use)
        self._surnames: dict[str, str] | None = None
        self._name_parts: dict[str, set[str]] | None = None  # first or last word of a full name → person ids
        self._place_names: frozenset[str] | None = None  # the folded mentions of the article's places
        #: folded words that stand next to another plain word somewhere in the article (فاتو بنسودا): the
        #: tokens where they do (built on first use)
        self._after_plain: dict[str, list[int]] | None = None
        #: whether the article spells the preposition على with a final ى anywhere: its writer tells ى from ي,
        #: so a علي written with ي is the given name
        self._alif_maqsura = _ALA_SPELLED.search(doc.text) is not None

    # ------------------------------------------------------------------ helpers

    def _bare_lines(self) -> frozenset[int]:
        """Sentences that are short lines with no closing punctuation in an article that uses it: headings and
        the links to other stories some outlets set between paragraphs (تركيا تنفي "تسليم أي تسجيلات"). They
        never name the one a pronoun points to. (Letting the last teller's run go on over them was tried: the
        paragraph after such links as often has a new teller the stage cannot read.)"""
        ends = [self.doc.text[s.start:s.end].rstrip()[-1:] for s in self.doc.sentences]
        if not any(e in _CLOSERS for e in ends):
            return frozenset()
        return frozenset(n for n, (s, e) in enumerate(zip(self.doc.sentences, ends, strict=True))
                         if e not in _CLOSERS and len(self.doc.text[s.start:s.end].split()) <= 14)

    def _sent_index(self, orig: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, orig) - 1)

    def _token_sentences(self) -> list[int]:
        """`_sent_index(orig(token start))` for every token, in one merge walk (tokens and sentences are
        both in text order; the folded-to-original map is increasing)."""
        index = self.doc.folded.index
        starts = self.sent_starts
        out: list[int] = []
        append = out.append
        n = len(starts)
        k = 0  # number of sentence starts <= the current token's original offset
        for tok in self.toks:
            pos = index[tok.s] if index is not None else tok.s
            while k < n and starts[k] <= pos:
                k += 1
            append(k - 1 if k else 0)
        return out

    def _own_outlet_names(self) -> list[str]:
        names: list[str] = []
        o = self.doc.outlet
        if o is not None:
            names += [o.name, o.name_en or ""]
        g = self.doc.given.get("outlet")
        if isinstance(g, str):
            names.append(g)
        if not names:
            # no metadata: a short signature line near the top or at the very end ("خاص - SY24",
            # "صحيفة الوطن") names the publisher; list items ("- الجزيرة نت") are cited sources, not it
            lines = [ln.strip() for ln in self.doc.text.split("\n") if ln.strip()]
            for ln in lines[:8] + lines[-2:]:
                if ln[0] in "-•*" or len(ln.split()) > 4 or ":" in ln:
                    continue
                names.append(ln.replace("خاص", " ").replace("-", " "))
        return [n for n in (self._outlet_key(x) for x in names) if n]

    def _own_outlet_aliases(self) -> frozenset[str]:
        """The pack's other names for the publishing outlet (سانا for a page of sana.sy): an outlet found by its
        domain is named in its own text by a short alias. They count only as a whole name, never as a part:
        a part such as «السوري» of «المرصد السوري» would make «الجيش السوري» the publisher."""
        o = self.doc.outlet
        entry = packs.entries_by_id().get(o.ref) if o is not None and o.ref else None
        if entry is None:
            return frozenset()
        keys = (self._outlet_key(x) for x in (entry.name, entry.name_ar, *(a.text for a in entry.aliases)))
        return frozenset(k for k in keys if k)

    def _outlet_key(self, name: str) -> str:
        words = [w for w in _f(name).replace(_QUOTE, " ").split() if _bare(w) not in self.lx.outlet_nouns]
        return " ".join(words)

    def is_own(self, name: str) -> bool:
        key = self._outlet_key(name)
        if not key:
            return False
        if key in self.own_aliases:
            return True
        return any(f" {key} " in f" {own} " or f" {own} " in f" {key} " for own in self.own)

    def orig(self, s: int, e: int) -> tuple[int, int]:
        return self.doc.folded.span(s, e)

    def surface(self, s: int, e: int) -> str:
        a, b = self.orig(s, e)
        return self.doc.text[a:b].strip()

    def t(self, i: int) -> str:
        return self._tok_words[i] if 0 <= i < self._n_toks else ""

    def medium_at(self, k: int) -> bool:
        """Whether tokens k, k + 1 open a medium phrase, a preposition then a medium noun (في تغريدة، في بيان، عبر
        حسابه): how the telling was made, which names no teller."""
        return self.t(k) in _MEDIUM_PREPS and self.t(k + 1) in self.lx.medium

    def same_sentence(self, i: int, k: int) -> bool:
        return 0 <= k < self._n_toks and self.tok_sent[k] == self.tok_sent[i]

    def entity_at(self, s: int, e: int, types: tuple[str, ...]) -> tuple[EntityDraft, int] | None:
        """An entity of `types` with a mention overlapping folded [s, e); also the mention's folded end."""
        if not self.doc.entities:
            return None
        a, b = self.orig(s, e)
        best: tuple[int, EntityDraft, int] | None = None
        for m, ent in self.doc.overlapping(a, b, types):
            if best is None or m.end - m.start > best[0]:
                best = (m.end - m.start, ent, m.end)
        if best is None:
            return None
        return best[1], best[2]

    def tok_until_orig(self, i: int, orig_end: int) -> int:
        """The token index just past the one that ends at or after `orig_end`."""
        j = i
        while j < len(self.toks) and self.doc.folded.orig(self.toks[j].s) < orig_end:
            j += 1
        return max(j, i + 1)

    def match_seq(self, i: int, seq: tuple[str, ...], first_conj: bool = True) -> tuple[int, bool] | None:
        """Match folded words `seq` at token i. A final "ل" matches a bare ل or a ل-prefixed next token:
        returns (index after the match, whether the next token must have its ل stripped)."""
        k = i
        for n, w in enumerate(seq):
            t = self.t(k)
            if not t:
                return None
            if n == len(seq) - 1 and w == "ل" and n > 0:
                if t == "ل":
                    return k + 1, False
                if t.startswith("ل") and len(t) > 2:
                    return k, True
                return None
            ok = t == w or (n == 0 and first_conj
                            and any(stem == w for _, stem in proclitic_splits(t, _CONJ, min_stem=2)))
            if not ok:
                return None
            k += 1
        return k, False

    def is_clause_start(self, i: int) -> bool:
        """The verb opens a clause: sentence start, a و/ف on it, or an opener (كما، فيما …) before it."""
        if i == 0 or not self.same_sentence(i, i - 1):
            return True
        t = self.t(i)
        if _unprefix(t) != t:
            return True
        prev = self.t(i - 1)
        if prev in self.lx.openers:
            return True
        return any(self.match_seq(i - len(o), o) == (i, False) for o in self.lx.multi_openers
                   if o[-1] == prev)

    # ------------------------------------------------------------------ source phrases

    def _strip_lam(self, i: int) -> Tok:
        t = self.toks[i]
        if t.t.startswith("لل") and len(t.t) > 3:
            return Tok(t.s + 2, t.e, "ال" + t.t[2:])
        return Tok(t.s + 1, t.e, t.t[1:])

    def tok_at(self, i: int, lam: bool) -> Tok | None:
        if not 0 <= i < len(self.toks):
            return None
        return self._strip_lam(i) if lam else self.toks[i]

    def consume_quote(self, i: int, limit: int = 16) -> int | None:
        """toks[i] is a quote mark: the index after its closing mark, within `limit` tokens."""
        for k in range(i + 1, min(len(self.toks), i + limit)):
            if self.t(k) == _QUOTE:
                return k + 1
        return None

    def is_boundary(self, k: int) -> bool:
        """A token that ends a source phrase."""
        t = self.t(k)
        return (not t or t in _PUNCT_STOP or t in self.lx.comps or t in self.lx.stops
                or (_unprefix(t) in self.lx.verbs and not self.noun_homograph(k)) or t == "ما"
                or (t == _MIN and self.t(k + 1) in _STRICT_COMPS)  # حذّر الرئيس من أن
                or t == _QAD)  # كان الرئيس الفرنسي قد أكد

    def ali_name(self, k: int) -> bool:
        """Token k is the given name علي (it folds like the preposition على): after the first half of a compound
        name (بن علي), or written with ي in an article whose writer spells the preposition with ى, and followed by
        another word of the name (العميد علي الحسن)."""
        if self.t(k) != _ALA_WORD:
            return False
        if k > 0 and self.same_sentence(k - 1, k) and self.t(k - 1) in _COMPOUND and not self._ends_person(k - 1):
            return True  # بن علي، أبو علي: after the first half of a compound name it is the name however spelt
        if k > 0 and self.same_sentence(k - 1, k + 1) and (self.t(k + 1) in _STRICT_COMPS or self.t(k + 1) == _QUOTE) \
                and (self.t(k - 1) in _given_names() or _unprefix(self.t(k - 1)) in _given_names()) \
                and not self._ala_verb_before(k):
            return True  # وقال الوزير أحمد علي "…": after a given name, right before what was said, a surname
        if not self._alif_maqsura:
            return False
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        if _ALI_SPELLED.fullmatch(self.doc.text[a:b]) is None:
            return False
        nxt = self.t(k + 1)
        return self.same_sentence(k, k + 1) and nxt.isalpha() and not self.is_boundary(k + 1) \
            and nxt not in self._PREPS

    def _second_an(self, i: int, k: int) -> bool:
        """For a teller at token i after a verb whose object opens with عن (أعرب، كشف), whether another عن
        follows the one at k within a source phrase's length in the sentence: only then may the first be the
        bloc a member sits for (وكشف عضو المجلس عن كتلة X عن …). True when the verb takes no عن."""
        verb = self.lx.verbs.get(_unprefix(self.t(i - 1))) if i > 0 else None
        if verb is None or _f(verb.lemma) not in _ABOUT_OBJECT_VERBS:
            return True
        return any(self.t(m) == _AN for m in range(k + 1, min(len(self.toks), k + _MAX_NP))
                   if self.same_sentence(k, m))

    def _ends_person(self, k: int) -> bool:
        """Token k is the last word of a person's mention that starts before it (شينزو آبي): a word that folds
        like the first half of a compound name (آبي → أبي) then ends that name and opens no علي after it."""
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        return any(m.start < a and m.end <= b for m, _ in self.doc.overlapping(a, b, ("person",)))

    def _ala_verb_before(self, k: int) -> bool:
        """A verb that takes على (أكد، شدد، وافق) stands within a source phrase's length before token k in its
        sentence: على there is that verb's preposition (وأكد الوزير أحمد على أن …)."""
        for m in range(k - 1, max(-1, k - 1 - _MAX_NP), -1):
            if not self.same_sentence(m, k):
                return False
            if self.t(m) in _ALA_VERBS or _unprefix(self.t(m)) in _ALA_VERBS:
                return True
        return False

    def _from_object_teller(self, start: int, k: int) -> bool:
        """Whether the من at `k` opens the object of a verb right before the teller at `start` whose object
        opens with من (حذر). Only once the teller holds more than one indefinite word: مسؤول من الوزارة may be
        an official from the ministry, but وزير الصحة من، مسؤولون في الأمم المتحدة من، الرئيس من end there."""
        if start < 1 or k <= start or not self.same_sentence(start - 1, k):
            return False
        at = start - 1
        if self._after_tongue(start):
            # (حذرت الوزارة على لسان المتحدث باسمها من …: the verb before the body that speaks through him)
            at = next((m for m in range(start - 3, max(-1, start - 9), -1) if self.same_sentence(m, start)
                       and (v := self.lx.verbs.get(_unprefix(self.t(m)))) is not None
                       and _f(v.lemma) in _FROM_OBJECT_VERBS), at)
        verb = self.lx.verbs.get(_unprefix(self.t(at)))
        if verb is None or _f(verb.lemma) not in _FROM_OBJECT_VERBS:
            return False
        return k > start + 1 or self.t(start).startswith("ال")

    def _co_head(self, t: str) -> bool:
        """A word with و that opens a second source phrase (ومسؤول، والمتحدث): another teller, not this one's name."""
        if len(t) < 4 or t[0] != "و":
            return False
        w = t[1:]
        return _bare(w) in self.lx.source_nouns or w in self.lx.roles

    def _aside_at(self, k: int) -> bool:
        """Words after a teller's name that are no part of it: the medium or time of the telling (في بيان، في
        وقت سابق) or an adverb of turn (من جانبه، من جهته)."""
        t = self.t(k)
        if t == _FI and (self.t(k + 1) in self.lx.medium or self.t(k + 1) == _WAQT):
            return True
        return any(self.match_seq(k, seq, first_conj=False) == (k + len(seq), False)
                   for seq in self.lx.post_verb_adverbs.get(t, ()) if len(seq) > 1)

    def _paren(self, k: int) -> int | None:
        for m in range(k + 1, min(len(self.toks), k + 10)):
            if self.t(m) == ")":
                return m + 1
        return None

    _PREPS = _grammar("prepositions")

    def _after_tongue(self, i: int) -> bool:
        """Token i comes right after a relay phrase (على لسان) in its sentence."""
        return any(i - len(seq) >= 0 and self.same_sentence(i - len(seq), i)
                   and (got := self.match_seq(i - len(seq), seq, first_conj=False)) is not None and got[0] == i
                   for seq in _RELAY_PREPS)

    def noun_homograph(self, k: int) -> bool:
        """Token k is a verb form that is also a noun (علم) standing, with no prefix, right after a source or title
        noun or a preposition in its sentence (أستاذ علم الاجتماع، الباحث في علم النفس): the noun, no verb."""
        t = self.t(k)
        if t not in _NOUN_HOMOGRAPHS or k == 0 or not self.same_sentence(k, k - 1):
            return False
        prev = self.t(k - 1)
        return prev in self._PREPS or _bare(prev) in self.lx.source_nouns
