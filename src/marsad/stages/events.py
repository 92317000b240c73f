"""Stage: events — triggers, clauses, argument roles and modality.

A trigger lexicon (`data/triggers.json`) is matched over the folded text; triggers of one type in one clause
make one event. Roles come from the entity mentions of the clause by position and Arabic argument
structure: a verb's subject follows it (VSO: شن عناصر التنظيم هجوماً) or precedes it (SVO: قسد خرّجت دفعة);
a name after على/ضد/مع/بين is the target or counterpart; a place after في/ب is where. A dropped subject
falls back to the sentence's subject, then to the actor of the previous event, then to the article's main
actor. Modality comes from cue words around the trigger and from the claim the trigger sits in.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad import index_cache, model
from marsad.matcher import PhraseIndex, longest_first
from marsad.packs import load_json
from marsad.pipeline import Doc, EntityDraft, stage
from marsad.textnorm import dediacritise, fold_text

ACTOR_TYPES = ("actor", "person")

# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True, slots=True)
class Trig:
    """What a trigger key means. `pos` is past | present | noun | light | not."""

    type: str
    pos: str
    base: str  # the folded lexicon entry it was expanded from
    future: bool = False
    #: the form carries a pronoun suffix (هجماته، استهدافهم): its genitive is a pronoun, not the next name
    suffixed: bool = False
    #: index into Lexicon.conditions: the words one of which must follow for the trigger to count
    cond: int = -1


@dataclass
class Lexicon:
    index: PhraseIndex
    cues: PhraseIndex
    types: dict[str, dict[str, Any]]
    light_default: dict[str, str]
    light_window: int
    retype: list[dict[str, Any]]
    yield_words: frozenset[str]
    yield_window: int
    threat_frames: PhraseIndex
    reference_before: frozenset[str]
    negation_before: frozenset[str]
    negation_window: int
    reason_before: PhraseIndex
    hypothetical_before: PhraseIndex
    cue_window: int
    windows: dict[str, int]
    priority: list[str]
    roles: dict[str, frozenset[str]]
    conditions: list[tuple[frozenset[str], int]]
    patient_genitive: frozenset[str]
    passive: frozenset[str]
    reference_window: frozenset[str] = frozenset()
    #: reference words that make a reference only before a definite one-word noun (بعد الهجوم)
    reference_definite: frozenset[str] = frozenset()
    no_comment: PhraseIndex | None = None
    not_party_defect: frozenset[str] = frozenset()
    not_party_window: int = 0
    reference_window_n: int = 0
    acled_by_trigger: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _f(s: str) -> str:
    return " ".join(fold_text(s).split())


def _with_suffixes(phrase: str, suffixes: list[str]) -> list[str]:
    """The phrase with each suffix on its last word and, for multi-word phrases, on its first word.

    A final ة (folded ه) becomes ت before a suffix (عملية → عمليته)."""
    words = phrase.split()
    out = []
    for suf in suffixes:
        for i in {0, len(words) - 1}:
            w = words[i]
            stem = w[:-1] + "ت" if w.endswith("ه") and suf else w
            if w.endswith("ي") and suf[:1] in ("و", "ت"):
                stem = w[:-1]  # defective verbs: استولى → استولوا، استولت; يستولي → يستولون
            out.append(" ".join([*words[:i], stem + suf, *words[i + 1 :]]))
    return out


def _noun_forms(phrase: str, suffixes: list[str]) -> list[str]:
    words = phrase.split()
    forms = [phrase]
    if not words[0].startswith("ال"):
        forms.append(" ".join(["ال" + words[0], *words[1:]]))
        last = words[-1]
        if len(words) == 1 and not last.endswith(("ه", "ا", "ي", "ات")):
            forms.append(last + "ا")  # accusative tanween alef: هجوماً
        forms += _with_suffixes(phrase, suffixes)
    return forms


_LEXICON_FILES = ("triggers.json", "charmap.json", *index_cache.code_files("matcher", "textnorm", "stages/events"))


@cache
def lexicon() -> Lexicon:
    """The trigger lexicon, built once per process (or loaded from the index cache)."""
    return index_cache.cached("events", _LEXICON_FILES, _build_lexicon)


def _build_lexicon() -> Lexicon:
    data = load_json("triggers")
    exp = data["expand"]
    index = PhraseIndex()
    past_suf = [_f(s) for s in exp["past_suffixes"]]
    pres_suf = [_f(s) for s in exp["present_suffixes"]]
    noun_suf = [_f(s) for s in exp["noun_suffixes"]]
    fut = _f(exp["future_prefix"])
    acled_by: dict[str, list[tuple[str, str]]] = {}
    for typ, spec in data["types"].items():
        for p in spec.get("past", []):
            b = _f(p)
            index.add(b, Trig(typ, "past", b))
            for form in _with_suffixes(b, past_suf):
                index.add(form, Trig(typ, "past", b, suffixed=True))
        for p in spec.get("present", []):
            b = _f(p)
            for form in [b, *_with_suffixes(b, pres_suf)]:
                suf = form != b
                index.add(form, Trig(typ, "present", b, suffixed=suf))
                index.add(fut + form, Trig(typ, "present", b, future=True, suffixed=suf))
        for p in spec.get("nouns", []):
            b = _f(p)
            plain = set(_noun_forms(b, []))
            for form in _noun_forms(b, noun_suf):
                index.add(form, Trig(typ, "noun", b, suffixed=form not in plain))
        for label, words in spec.get("acled_by_trigger", {}).items():
            acled_by.setdefault(typ, []).extend((_f(w), label) for w in words)
    conditions: list[tuple[frozenset[str], int]] = []
    for i, c in enumerate(data.get("conditional", [])):
        conditions.append((frozenset(_f(w) for w in c["near"]), int(c["window"])))
        for p in c.get("past", []):
            b = _f(p)
            index.add(b, Trig(c["type"], "past", b, cond=i))
            for form in _with_suffixes(b, past_suf):
                index.add(form, Trig(c["type"], "past", b, suffixed=True, cond=i))
        for p in c.get("present", []):
            b = _f(p)
            for form in [b, *_with_suffixes(b, pres_suf)]:
                index.add(form, Trig(c["type"], "present", b, suffixed=form != b, cond=i))
                index.add(fut + form, Trig(c["type"], "present", b, True, form != b, i))
        for p in c.get("nouns", []):
            b = _f(p)
            plain = set(_noun_forms(b, []))
            for form in _noun_forms(b, noun_suf):
                index.add(form, Trig(c["type"], "noun", b, suffixed=form not in plain, cond=i))
    lv = data["light_verbs"]
    for p in lv["past"]:
        b = _f(p)
        for form in [b, *_with_suffixes(b, past_suf)]:
            index.add(form, Trig("", "light", b))
    for p in lv["present"]:
        b = _f(p)
        for form in [b, *_with_suffixes(b, pres_suf)]:
            index.add(form, Trig("", "light", b))
            index.add(fut + form, Trig("", "light", b, future=True))
    for p in lv["nouns"]:
        b = _f(p)
        for form in _noun_forms(b, noun_suf):
            index.add(form, Trig("", "light", b))
    for p in data["not_events"]:
        index.add(p, Trig("", "not", _f(p)))

    cues = PhraseIndex()
    windows: dict[str, int] = {}
    for mod, spec in data["modality"].items():
        windows[mod] = int(spec.get("window", 4))
        for where in ("before", "after", "clause"):
            for w in spec.get(where, []):
                cues.add(w, (mod, where))
    threats = PhraseIndex()
    for w in data["threat_frames"]:
        threats.add(w, True)
    reason = PhraseIndex()
    for w in data["reason_before"]:
        reason.add(w, True)
    hypo = PhraseIndex()
    for w in data["hypothetical_before"]:
        hypo.add(w, True)
    roles = {k: frozenset(_f(w) for w in v) for k, v in data["roles"].items() if isinstance(v, list)}
    no_comment = PhraseIndex()
    for w in data.get("no_comment", {}).get("words", []):
        no_comment.add(w, True)
    for idx in (index, cues, threats, reason, hypo, no_comment):
        idx.compile()
    return Lexicon(
        index=index, cues=cues, types=data["types"],
        light_default={_f(k): v for k, v in lv["default"].items()}, light_window=int(lv["window"]),
        retype=[{**r, "near": frozenset(_f(w) for w in r["near"])} for r in data["retype"]],
        yield_words=frozenset(_f(w) for w in data["yield_to_following"]["words"]),
        yield_window=int(data["yield_to_following"]["window"]),
        threat_frames=threats,
        reference_before=frozenset(_f(w) for w in data["reference_before"]),
        negation_before=frozenset(_f(w) for w in data["negation_before"]),
        negation_window=int(data["negation_window"]),
        reason_before=reason, hypothetical_before=hypo, cue_window=int(data["cue_window"]),
        windows=windows, priority=list(data["modality_priority"]), roles=roles, conditions=conditions,
        patient_genitive=frozenset(_f(w) for spec in data["types"].values()
                                   for w in spec.get("genitive_patient", [])),
        passive=frozenset(_f(w) for w in lv.get("passive", [])),
        reference_window=frozenset(_f(w) for w in data.get("reference_window", {}).get("words", [])),
        reference_window_n=int(data.get("reference_window", {}).get("window", 0)),
        acled_by_trigger=acled_by,
        reference_definite=frozenset(_f(w) for w in data.get("reference_before_definite", [])),
        no_comment=no_comment,
        not_party_defect=frozenset(_f(w) for w in data.get("not_party_defect", {}).get("words", [])),
        not_party_window=int(data.get("not_party_defect", {}).get("window", 0)),
    )


# ------------------------------------------------------------------ text helpers

_WORD = re.compile(r"\w+")


def _span(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Original offsets of folded [i, j), keeping the diacritics that close the last word (داعشياً)."""
    s, e = doc.folded.span(i, j)
    n = len(doc.text)
    while e < n and not dediacritise(doc.text[e]):
        e += 1
    return s, e
_CLAUSE_END = re.compile(r"[،,؛;:]")
_TERMINAL = tuple(".!?؟:»\"”)…")


class Words:
    """Folded words with original offsets, for "the n words before/after" questions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        folded = doc.folded
        index = folded.index
        # the offset map read directly (as Folded.span would: a word starts before the end of the text and is
        # never empty); one call per word was a visible part of the stage's time
        if index is None:
            self.spans: list[tuple[int, int, str]] = [(m.start(), m.end(), m.group())
                                                      for m in _WORD.finditer(folded.text)]
        else:
            self.spans = [(index[m.start()], index[m.end() - 1] + 1, m.group()) for m in _WORD.finditer(folded.text)]
        self.starts = [s for s, _, _ in self.spans]

    def index_at(self, pos: int) -> int:
        """Index of the first word whose end is after `pos`."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][1] > pos:
            return i
        return i + 1

    def before(self, pos: int, n: int, floor: int = 0) -> list[str]:
        """Up to n folded words ending at or before `pos` (not before `floor`), nearest last."""
        i = self.index_at(pos)
        out = []
        j = i - 1
        while j >= 0 and len(out) < n and self.spans[j][0] >= floor:
            out.append(self.spans[j][2])
            j -= 1
        return out[::-1]

    def between(self, a: int, b: int) -> list[str]:
        """Words wholly inside [a, b) (bisected: this is asked for every trigger and name)."""
        out = []
        for s, e, w in self.spans[bisect.bisect_left(self.starts, a):]:
            if s >= b:
                break
            if e <= b:
                out.append(w)
        return out

    def gap(self, a: int, b: int) -> int:
        return len(self.between(a, b))


def _strip_conj(w: str) -> str:
    return w[1:] if len(w) > 2 and w[0] in "وف" else w


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    start = s
    for m in _CLAUSE_END.finditer(text, s, e):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if e > start:
        out.append((start, e))
    return out


def _headings(doc: Doc) -> list[tuple[int, int]]:
    """Short lines without a final stop: titles, subheads and summary lines that repeat the body."""
    lines = []
    pos = 0
    for line in doc.text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    punctuated = sum(1 for _, _, t in lines if t.endswith(_TERMINAL))
    if punctuated == 0:
        return []  # an article without stops: nothing tells a heading from the body
    out = []
    for s, e, t in lines:
        if t and not t.endswith(_TERMINAL) and len(t.split()) <= 25:
            out.append((s, e))
        elif t and t.endswith(("?", "؟", "!")) and len(t.split()) <= 15:
            out.append((s, e))  # a question or exclamation standing alone is a headline
    title = fold_text(doc.title).strip() if doc.title else ""
    if title:
        folded = doc.folded.text
        i = folded.find(title)
        if i >= 0:
            out.append(doc.folded.span(i, i + len(title)))
    return out


# ------------------------------------------------------------------ optional helpers from other stages


def _time_in(doc: Doc, start: int, end: int) -> model.TimeRef | None:
    try:
        from marsad.stages.times import time_in  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return time_in(doc, start, end)  # type: ignore[no-any-return]
    except TypeError:
        return None


def _claim_at(doc: Doc, start: int, end: int) -> model.Claim | None:
    try:
        from marsad.stages.claims import claim_at  # type: ignore[attr-defined]

        got = claim_at(doc, start)  # the claims stage answers for one position
        if got is None or isinstance(got, model.Claim):
            return got
    except (ImportError, TypeError):
        pass
    best = None
    for c in doc.claims:
        if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.end - best.start):
            best = c
    return best


def _claim_modality(doc: Doc, claim_id: str) -> str | None:
    try:
        from marsad.stages.claims import claim_modality  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        got = claim_modality(doc, claim_id)
    except TypeError:
        return None
    return got if isinstance(got, str) else None


def _source_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the tellers of claims stand: names there are sources, not parties to an event."""
    out = []
    for c in doc.claims:
        for src in c.sources:
            if src.start is not None and src.end is not None:
                out.append((src.start, src.end))
    return out


# ------------------------------------------------------------------ the stage


@dataclass
class Hit:
    start: int  # original offsets
    end: int
    trig: Trig
    type: str
    prefix: str
    light: Hit | None = None  # a light verb carrying this noun
    orig_type: str = ""  # the type before retyping: its genitive rule still holds (تسليم التنظيم أسلحة)


@dataclass
class Draft:
    type: str
    hits: list[Hit]
    clause: tuple[int, int]
    sentence: tuple[int, int]
    actor1: EntityDraft | None = None
    actor1_explicit: bool = False
    actor2: EntityDraft | None = None
    place: EntityDraft | None = None
    modality: str = "asserted"
    claim: model.Claim | None = None
    span: tuple[int, int] = (0, 0)
    #: where the clause's arguments may go on: through the following clauses that hold no trigger
    #: (هاجم عناصر التنظيم، يوم الخميس الماضي، موقعاً لـ"لواء القدس" في ريف حمص)
    ext: int = 0
    #: a governing frame that fixes the roles: accuse | documenting | foiling
    frame: str | None = None

    @property
    def head(self) -> Hit:
        for h in self.hits:
            if h.light is not None:
                return h
        for h in self.hits:
            if h.trig.pos in ("past", "present", "light"):
                return h
        return self.hits[0]

    @property
    def verbal(self) -> bool:
        h = self.head
        return h.light is not None or h.trig.pos in ("past", "present", "light")


class _Ctx:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.words = Words(doc)
        self.sources = _source_spans(doc)
        blocked = [doc.folded.span(m.start, m.end) for m in lex.index.find_all(doc.folded.text)
                   if any(t.pos == "not" for t in m.payloads)]
        self.cues = [(sp, m) for sp, m in ((doc.folded.span(m.start, m.end), m)
                                           for m in lex.cues.find(doc.folded.text))
                     if not any(a <= sp[0] and sp[1] <= b for a, b in blocked)]
        #: positions of nouns that refer back (هذا الهجوم): their clause elaborates a told event
        self.elaborated: set[int] = set()
        self.threats = [doc.folded.span(m.start, m.end) for m in lex.threat_frames.find(doc.folded.text)]
        #: every noun trigger found, filtered or not: a passive killing's cause (قتلوا خلال الاشتباكات ...)
        self.raw_hits: list[Hit] = []
        self._states: dict[str, EntityDraft | None] = {}

    def state_entity(self, state_id: str) -> EntityDraft | None:
        """The party a state adjective (غارة تركية، القصف الروسي) names in this article: the state's armed
        forces when the article names them, else the state itself, else its government."""
        if state_id not in self._states:
            from marsad import packs

            by_id = packs.entries_by_id()
            best: tuple[int, int] | None = None
            got = None
            for ent in self.doc.entities:
                entry = by_id.get(ent.ref) if ent.type == "actor" and ent.ref else None
                if entry is None:
                    continue
                if ent.ref == state_id:
                    rank = 1
                elif entry.parent == state_id and entry.kind in ("state_force", "government"):
                    rank = 0 if entry.kind == "state_force" else 2
                else:
                    continue
                key = (rank, -len(ent.mentions))
                if best is None or key < best:
                    best, got = key, ent
            self._states[state_id] = got
        return self._states[state_id]

    def adjective_after(self, pos: int, limit: int, n: int = 3) -> EntityDraft | None:
        """The party named by a state adjective within n words after `pos` (غارة تركية، الضربات الجوية
        الروسية), other adjectives between; a name there (ضربات أميركية as a mention) is taken as it is."""
        spans = self.words.spans
        i = self.words.index_at(pos)
        for s, e, w in spans[i:i + n]:
            if s >= limit:
                break
            sid = _state_adjectives().get(w)
            if sid is not None:
                named = self.doc.mentions_in(s, e, ACTOR_TYPES) or [
                    (m, ent) for m, ent in self.doc.overlapping(s, e, ACTOR_TYPES) if m.start >= pos]
                if named:
                    return named[0][1]
                return self.state_entity(sid)
            if not (w.endswith(_NISBA) or w in _MANNER):
                break  # not an adjective: مواقع تركية are the target's positions, not the doer
        return None

    def marker(self, pos: int, floor: int = 0) -> str:
        """The word (or proclitic) right before `pos`: 'ب' for بالحسكة, 'على' for على قسد."""
        text = self.doc.text
        j = pos
        while j > floor and not text[j - 1].isspace() and not text[j - 1].isalnum():
            j -= 1  # quotes and tatweel between a preposition and a name
        k = j
        while k > floor and text[k - 1].isalnum():
            k -= 1
        if k < j:
            clitic = fold_text(text[k:j])
            if clitic.endswith("ال") and len(clitic) > 2:
                clitic = clitic[:-2]  # the mention left its article behind: بال → ب
            return "ل" if clitic in ("لل", "ول", "فل") else clitic
        prev = self.words.before(j, 1, floor)
        return prev[-1] if prev else ""

    def actors(self, s: int, e: int, persons: bool = False) -> list[tuple[model.Mention, EntityDraft]]:
        """Actor mentions in [s, e) outside claim sources; people only when asked (they are more often
        tellers and analysts than parties)."""
        types = ACTOR_TYPES if persons else ("actor",)
        return [(m, ent) for m, ent in self.doc.mentions_in(s, e, types)
                if not any(m.start < b and a < m.end for a, b in self.sources)]

    def places(self, s: int, e: int) -> list[tuple[model.Mention, EntityDraft]]:
        return self.doc.mentions_in(s, e, ("place",))


def _is_subject_like(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """A name can be a subject unless a preposition or a complement noun governs it: على قسد، لقوات قسد."""
    block = ctx.lex.roles["subject_block"]
    heads = ctx.lex.roles["heads"]
    mk = ctx.marker(m.start, floor)
    if mk == "و":
        # a conjunct shares the role of the name before it: بين قسد والحرس الثوري
        prev = [p for p, _ in ctx.actors(floor, m.start) if ctx.words.gap(p.end, m.start) <= 4]
        return _is_subject_like(ctx, prev[-1], floor) if prev else True
    mk = _strip_conj(mk)
    if mk == "من":
        # partitive: عناصر من قسد، 9 عناصر من التنظيم — the members are the group acting
        prev = ctx.words.before(m.start, 2, floor)
        return len(prev) == 2 and (prev[0] in ctx.lex.roles["heads"] or prev[0].isdigit())
    if mk in block:
        return False
    if mk[:1] in ("ل", "ب") and mk[1:] in heads:
        return False  # لقوات قسد، بعناصر التنظيم
    if mk in heads:
        prev = ctx.words.before(m.start, 2, floor)
        if len(prev) == 2 and _strip_conj(prev[0]) in block:
            return False  # على عناصر التنظيم
    return True


def _find_hits(doc: Doc, ctx: _Ctx) -> list[Hit]:
    lex = ctx.lex
    out = []
    blocked = _headings(doc)
    for m in longest_first(lex.index.find_all(doc.folded.text)):
        trigs: tuple[Trig, ...] = m.payloads
        if any(t.pos == "not" for t in trigs):
            continue
        s, e = _span(doc, m.start, m.end)
        if doc.is_furniture(s, e) or any(a <= s and e <= b for a, b in blocked):
            continue
        t = trigs[0]
        if any(mm.start <= s and e <= mm.end for mm, _ in doc.overlapping(s, e)):
            continue  # inside a name: التحالف الدولي, الحشد الشعبي
        out.append(Hit(s, e, t, t.type, m.prefix))
    return out


def _cue_spans(ctx: _Ctx, index: PhraseIndex) -> list[tuple[int, int]]:
    return [ctx.doc.folded.span(m.start, m.end) for m in index.find(ctx.doc.folded.text)]


def _filter_hits(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    lex = ctx.lex
    words = ctx.words
    # a reason (خوفاً من انشقاقات) or a condition (في حال بدأت معركة) names no event that happened
    cancel = _cue_spans(ctx, lex.reason_before) + _cue_spans(ctx, lex.hypothetical_before)
    # رفضت الوزارة التعليق على ... القوات التي شنت الهجوم: what was not commented on is no event told
    uncommented = _cue_spans(ctx, lex.no_comment) if lex.no_comment is not None else []
    kept = []
    for i, h in enumerate(hits):
        sent = ctx.doc.sentence_of(h.start)
        if any(sent.start <= a and b <= h.start and words.gap(b, h.start) < lex.cue_window
               and not _CLAUSE_END.search(ctx.doc.text, b, h.start) for a, b in cancel):
            continue
        if any(sent.start <= a and b <= h.start and not _CLAUSE_END.search(ctx.doc.text, b, h.start)
               for a, b in uncommented):
            continue
        if h.type == "DEFECT" and lex.not_party_window:
            n = lex.not_party_window
            near = words.before(h.start, n, sent.start) + words.between(h.end, sent.end)[:n]
            if any(_strip_conj(w) in lex.not_party_defect or w in lex.not_party_defect for w in near):
                continue  # civilians fleeing shelling are no party's defection
        if h.trig.cond >= 0:
            near, window = lex.conditions[h.trig.cond]
            after = words.between(h.end, sent.end)[:window]
            if not any(_strip_conj(w) in near or w in near for w in after):
                continue
        before = [_strip_conj(w) for w in words.before(h.start, max(2, lex.negation_window), sent.start)]
        if any(w in lex.negation_before for w in before[-lex.negation_window :]):
            continue
        if h.trig.pos == "noun" and any(w in lex.reference_window for w in before[-lex.reference_window_n:]):
            ctx.elaborated.add(h.start)
            continue  # منذ فرض اتفاق التسوية: an earlier event as a time reference
        if h.trig.pos == "noun" and not h.prefix:
            last1 = before[-1:] if before else []
            last2 = [" ".join(before[-2:])] if len(before) >= 2 else []
            refs = [w for w in last1 + last2 if w in lex.reference_before]
            if refs and all(w in lex.reference_definite for w in refs) and not (
                    ctx.doc.text[h.start:h.end].startswith("ال") and " " not in h.trig.base):
                refs = []  # جراء هجوم في دير الزور، بعد السيطرة على قرى: a new event, not one told
            if refs:
                ctx.elaborated.add(h.start)
                continue
        elif h.trig.pos == "noun" and h.prefix and before and _strip_conj(before[-1]) in lex.reference_before:
            continue  # "وبعد الهجوم": the proclitic is on the noun; the reference word is the one before
        if h.trig.pos != "light" and (h.trig.base in lex.yield_words
                                      or h.trig.base.split()[0] in lex.yield_words):
            nxt = [o for o in hits[i + 1 : i + 3] if o.start < sent.end]
            if nxt and len(words.between(h.end, nxt[0].start)) < lex.yield_window:
                continue
        kept.append(h)
    return kept


def _attach_light(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """Give each light verb to the noun trigger beside it; keep a lone light verb only with a default type."""
    lex = ctx.lex
    out: list[Hit] = []
    nouns = [h for h in hits if h.trig.pos == "noun"]
    for h in hits:
        if h.trig.pos != "light":
            out.append(h)
            continue
        sent = ctx.doc.sentence_of(h.start)
        best = None
        for n in nouns:
            if not (sent.start <= n.start < sent.end):
                continue
            if n.start >= h.end:
                gap = len(ctx.words.between(h.end, n.start))
                if gap <= lex.light_window and not _CLAUSE_END.search(ctx.doc.text, h.end, n.start):
                    best = best or n
            elif n.end <= h.start:
                gap = len(ctx.words.between(n.end, h.start))
                if gap <= 2 and not _CLAUSE_END.search(ctx.doc.text, n.end, h.start):
                    best = n  # relative clause: هجمات شنها، العمليات المسلحة التي شنها
        if best is not None:
            # a relative light verb after the noun names the doer (هجمات شنها فلول النظام) and wins over a
            # verb before it whose subject only takes part (قسد شاركت في هجمات ...)
            if best.light is None or best.start < h.start:
                best.light = h
        elif h.trig.base in lex.light_default:
            out.append(Hit(h.start, h.end, Trig(lex.light_default[h.trig.base], "past", h.trig.base,
                                                h.trig.future), lex.light_default[h.trig.base], h.prefix))
    out.sort(key=lambda x: x.start)
    return out


def _retype(ctx: _Ctx, hits: list[Hit]) -> None:
    for h in hits:
        for r in ctx.lex.retype:
            if h.type != r["from"]:
                continue
            after = ctx.words.between(h.end, min(len(ctx.doc.text), h.end + 80))[: int(r["window"])]
            if any(_strip_conj(w) in r["near"] or w in r["near"] for w in after):
                h.orig_type = h.orig_type or h.type
                h.type = r["to"]
                break


def _group(ctx: _Ctx, hits: list[Hit]) -> list[Draft]:
    doc = ctx.doc
    drafts: list[Draft] = []
    for sent in doc.sentences:
        clauses = _clauses(doc.text, sent.start, sent.end)
        for ci, (cs, ce) in enumerate(clauses):
            in_clause = [h for h in hits if cs <= h.start < ce]
            if not in_clause:
                continue
            ext = ce
            for ns, ne in clauses[ci + 1 :]:
                if any(ns <= h.start < ne for h in hits):
                    break
                ext = ne
            # a threat's content is not an attack: التصريحات التركية بشن عملية، العملية التي تلوح بها
            if any(h.type == "THREATEN" for h in in_clause) or any(
                cs <= a and b <= ce and a < h.start for a, b in ctx.threats for h in in_clause
                if h.type == "ATTACK"
            ):
                for h in in_clause:
                    if h.type == "ATTACK":
                        h.type = "THREATEN"
            by_type: dict[str, list[Hit]] = {}
            for h in in_clause:
                by_type.setdefault(h.type, []).append(h)
            for typ, hs in by_type.items():
                drafts.append(Draft(typ, hs, (cs, ce), (sent.start, sent.end), span=(cs, ce), ext=ext))
    drafts.sort(key=lambda d: d.head.start)
    return drafts


def _gen_mention(ctx: _Ctx, after: int, limit: int, mentions: list[tuple[model.Mention, EntityDraft]]
                 ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after a noun (its genitive), allowing head nouns between: اعتقال عناصر التنظيم."""
    for m, ent in mentions:
        if m.start < after:
            continue
        gap = ctx.words.between(after, m.start)
        if _strip_conj(ctx.marker(m.start, after)) in ctx.lex.roles["subject_block"]:
            return None  # لداعش، على قسد: a complement, not the genitive
        if all(w in ctx.lex.roles["heads"] for w in gap) and len(gap) <= 2 and m.start < limit:
            return m, ent
        return None
    return None


_AGENT_MARKERS = (["من", "قبل"], ["علي", "يد"], ["علي", "ايدي"])


@cache
def _state_adjectives() -> dict[str, str]:
    """Folded nationality adjective (التركي، روسية، الأميركيين) → the state's pack id."""
    from marsad import packs

    out: dict[str, str] = {}
    for e in packs.entity_pack("actors"):
        for a in e.extra.get("adjectives", ()) or ():
            out[fold_text(a)] = e.id
    return out


#: endings of nisba adjectives (الجوية، المدفعي، الحربية) that may stand between a noun and a state adjective
_NISBA = ("ي", "يه")
_MANNER = frozenset(_f(w) for w in ("كثيفة", "الكثيفة", "عنيفة", "العنيفة", "مكثفة", "المكثفة", "جديدة",
                                    "الجديدة", "متواصلة", "المتواصلة", "مباشرة"))
#: nouns for a state's people that a following state adjective makes that state's (المسؤولون الروس)
_PEOPLE_HEADS = frozenset(_f(w) for w in (
    "المسؤولون", "المسؤولين", "مسؤولون", "مسؤولين", "مسؤول", "المسؤول", "جندي", "جنديا", "جنود", "الجنود",
    "عسكري", "عسكريا", "عسكريين", "العسكريين", "العسكريون", "ضابط", "ضباط", "الضباط", "مستشارين",
    "المستشارين", "الدبلوماسيين", "دبلوماسيين", "مقاتلين", "مقاتلا", "المقاتلين", "القوات", "قوات"))
#: قتل / قتلوا used as a passive (قُتلوا): what follows is a cause, a time, a count or nothing — not an object
_KILL_FORMS = frozenset({"قتل", "قتلوا", "قتلت", "قتلا", "قتلتا"})
_KILL_NEXT = frozenset(_f(w) for w in (
    "في", "خلال", "جراء", "إثر", "بسبب", "نتيجة", "أو", "إما", "وأصيب", "وأصيبوا", "وجرح", "وجرحوا",
    "بنيران", "برصاص", "بقصف", "بغارة", "بغارات", "بضربة", "بضربات", "بانفجار", "بهجوم", "على", "نحو",
    "أكثر", "ما", "عشرات", "العشرات", "مئات", "حوالي", "قرابة", "مساء", "صباح", "ليل", "ليلة", "يوم",
    "اليوم", "أمس", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "منذ",
    "بينهم", "وأصيب", "جميعا", "جميعهم", "كذلك", "أيضا"))
#: words after a passive killing that end the victims and begin its cause
_CAUSE_WORDS = frozenset(_f(w) for w in (
    "في", "خلال", "جراء", "إثر", "بسبب", "نتيجة", "بنيران", "برصاص", "بقصف", "بغارة", "بغارات", "بضربة",
    "بضربات", "بانفجار", "بهجوم", "على", "قرب", "عند"))
#: a doer named after these is the target or the scene, not the attacker: قصف على مواقع قسد
_NOT_AGENT = frozenset({"علي", "ضد", "بحق", "في", "تجاه", "باتجاه", "نحو", "من", "الي", "داخل", "عند"})
#: a pronoun subject before a verb (يقول إنه يستهدف الوحدات): the name after the verb is its object
_PRONOUN_SUBJECT = frozenset(_f(w) for w in (
    "إنه", "إنها", "إنهم", "أنه", "أنها", "أنهم", "بأنه", "بأنها", "بأنهم", "لأنه", "لأنها", "لأنهم",
    "وإنه", "وإنها", "وأنه", "وأنها", "كونه", "كونها"))
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_PLACE_RANK = {"place": 0, "admin_area": 1, "region": 2, "country": 3}
_REGION_WORDS = ("ريف", "شمال", "جنوب", "شرق", "غرب", "منطقه", "مناطق", "الحدود", "الباديه")


_ACCUSE_BARE = frozenset({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "اتهام", "اتهامات"})


def _frame_word(ctx: _Ctx, cs: int, hs: int, words: frozenset[str]) -> tuple[int, int, str] | None:
    """The last word of `words` (with or without و/ف) in the clause before the trigger."""
    got = None
    for s, e, w in ctx.words.spans[ctx.words.index_at(cs):]:
        if s >= hs:
            break
        if w in words or _strip_conj(w) in words:
            got = (s, e, w)
    return got


def _framed_roles(ctx: _Ctx, d: Draft, hs: int, he: int) -> bool:
    """Roles fixed by a verb governing the trigger; True when they were set.

    - accuse: "اتهم X Y بـ+masdar": Y is actor1 of the masdar's event, X (the accuser) no party;
    - documenting: "وثق المكتب 37 حالة اغتيال": the documenter tells, it does not act;
    - foiling: "أحبطت قسد محاولة تفجير": the foiler is the target (actor2), the attacker the one named
      after the trigger, or nobody."""
    lex = ctx.lex
    cs, ce = d.clause
    h = d.head
    pick: tuple[str, tuple[int, int, str]] | None = None
    for frame in ("accuse", "documenting", "foiling"):
        got = _frame_word(ctx, cs, hs, lex.roles.get(frame, frozenset()))
        if got is not None and (pick is None or got[0] > pick[1][0]):
            pick = (frame, got)
    if pick is None:
        return False
    frame, (_vs, ve, verb) = pick
    # the frame governs a noun (محاولة تفجير، حالة اغتيال، بتجنيد), not a verb of an embedded clause
    if h.trig.pos != "noun" or (h.light is not None and h.light.start < h.start):
        return False
    if any(w in lex.roles.get("complementizers", frozenset()) for w in ctx.words.between(ve, hs)):
        return False  # كتب عبر رصد خاص أن قسد خرجت: the trigger is in the reported clause
    if frame == "accuse" and not h.prefix.endswith("ب"):
        return False
    actors = ctx.actors(cs, ce, persons=True)
    after = [(m, ent) for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 2]
    a1 = a2 = None
    if frame == "accuse":
        between = [(m, ent) for m, ent in actors if m.start >= ve and m.end <= hs]
        # اتهمته الأجهزة بإيواء …: the accused is the object pronoun, not a name we can give
        suffixed = _strip_conj(verb) not in _ACCUSE_BARE and verb not in _ACCUSE_BARE
        a1 = None if suffixed or not between else between[-1][1]
        a2 = after[0][1] if after and after[0][1] is not a1 else None
    elif frame == "documenting":
        a1 = after[0][1] if after else None
    else:
        foilers = [(m, ent) for m, ent in actors if m.end <= hs]
        a2 = foilers[-1][1] if foilers else None
        rest = [ent for m, ent in after if ent is not a2]
        a1 = rest[0] if rest else None
    d.frame = frame
    d.actor1, d.actor2, d.actor1_explicit = a1, a2, True
    return True


def _passive_killing(ctx: _Ctx, d: Draft, hs: int, he: int) -> bool:
    """قُتل 27 شخصا من مقاتلي الحشد في كمين نصبه التنظيم; 21 من المقاتلين الموالين للحكومة قتلوا في ضربات
    أميركية: a passive killing names its victims (actor2) and, through the attack it happened in, its doer
    (actor1): the one who set the ambush, the state of the strikes, the other side of the clashes. Without
    one the doer stays unknown rather than borrowed from another sentence. True when the roles were set."""
    h = d.head
    if h.trig.base != "قتل" or h.trig.pos != "past" or h.light is not None:
        return False
    form = fold_text(ctx.doc.text[h.start:h.end]).strip()
    if form not in _KILL_FORMS and _strip_conj(form) not in _KILL_FORMS:
        return False
    cs, ce = d.clause
    se = d.sentence[1]
    nxt = ctx.words.between(he, ce)[:1]
    if nxt and not (nxt[0] in _KILL_NEXT or nxt[0].isdigit()):
        return False  # قتل التنظيم ثلاثة عناصر: an object or a subject follows, the verb is active
    # the victims: the first name after the last complementizer before the verb, or right after the verb
    start = cs
    comps = ctx.lex.roles.get("complementizers", frozenset())
    for s, e, w in ctx.words.spans[ctx.words.index_at(cs):]:
        if s >= hs:
            break
        if w in comps or _strip_conj(w) in comps:
            start = e
    victims = ctx.actors(start, hs)
    stop = ce
    for s, _e, w in ctx.words.spans[ctx.words.index_at(he):]:
        if s >= ce:
            break
        if w in _CAUSE_WORDS:
            stop = s
            break
    victim = victims[0][1] if victims else None
    if victim is None:
        after = ctx.actors(he, stop)
        victim = after[0][1] if after else None
    if victim is None:
        for s, _e, _w in ctx.words.spans[ctx.words.index_at(start):]:
            if s >= stop:
                break
            victim = ctx.adjective_after(s, stop, n=1) if s < hs or s >= he else None
            if victim is not None:
                break  # 15 جنديا تركيا قتلوا
    doer = None
    for m, ent in ctx.actors(he, se):
        if ent is not victim and [_strip_conj(w) for w in ctx.words.before(m.start, 2, he)] in _AGENT_MARKERS:
            doer = ent
            break
    if doer is None:
        for x in ctx.raw_hits:
            if not (he <= x.start < se) or x.type != "ATTACK":
                continue
            doer = ctx.adjective_after(x.end, se)
            if doer is None:
                for m, ent in ctx.actors(x.end, se):
                    if ctx.words.gap(x.end, m.start) > 3 or _strip_conj(ctx.marker(m.start, x.end)) in _NOT_AGENT:
                        break
                    if ent is not victim:
                        doer = ent
                    break
            if doer is victim:
                doer = None
            break  # the first attack after the verb is the one the killing happened in
    d.actor1, d.actor2, d.actor1_explicit = doer, victim, doer is not None
    return True


def _assign_roles(ctx: _Ctx, d: Draft, prev_draft: Draft | None, prev_actor: EntityDraft | None,
                  main_actor: EntityDraft | None) -> None:
    lex = ctx.lex
    cs, ce = d.clause
    ss = d.sentence[0]
    h = d.head
    anchor = h.light if h.light is not None else h
    hs, he = min(anchor.start, h.start), max(anchor.end, h.end)
    if _framed_roles(ctx, d, hs, he) or _passive_killing(ctx, d, hs, he):
        d.place = _place(ctx, d, hs, he, prev_draft)
        return
    actors = ctx.actors(cs, ce)
    heads = lex.roles["heads"]
    genitive = lex.types[h.orig_type or d.type].get("genitive", "actor1")
    if h.trig.base in lex.patient_genitive:
        genitive = "actor2"
    a1: tuple[model.Mention, EntityDraft] | None = None
    a2: tuple[model.Mention, EntityDraft] | None = None

    before = [(m, ent) for m, ent in actors if m.end <= hs and _is_subject_like(ctx, m, cs)]
    if h.light is not None and h.light.trig.base in lex.passive:
        # تم/جرى + masdar is passive: the name before is what was acted on, when the masdar takes a patient
        if genitive == "actor2" and before:
            a2 = before.pop()
        before = []
        g = _gen_mention(ctx, h.end, ce, actors)
        if g is not None and not h.trig.suffixed and genitive == "actor2" and a2 is None:
            a2 = g
    elif d.verbal:
        # SVO with the subject right before the verb wins: أن “قسد” سهلوا، “قسد” خرّجت دفعة
        prev_word = ctx.words.before(anchor.start, 1, cs)
        if before and ctx.words.gap(before[-1][0].end, hs) <= 1:
            a1 = before[-1]
        elif prev_word and prev_word[0] in _PRONOUN_SUBJECT:
            pass  # إنه يستهدف الوحدات: the subject is the pronoun; the name after is the object
        else:
            # VSO: the subject follows the verb, perhaps after head nouns (شن عناصر التنظيم)
            for m, ent in ctx.actors(cs, ce, persons=True):
                if m.start < anchor.end:
                    continue
                gap = ctx.words.between(anchor.end, m.start)
                heads_only = all(w in heads or w.isdigit() for w in gap)
                if len(gap) <= 3 and heads_only and _is_subject_like(ctx, m, cs):
                    a1 = (m, ent)
                break
    else:
        g = _gen_mention(ctx, h.end, ce, actors)
        if g is not None and not h.trig.suffixed:
            if genitive == "actor1":
                a1 = g
            else:
                a2 = g
    if a1 is None and not d.verbal and genitive == "actor1":
        # انتشار ... لقوات النظام: a ل-phrase after an agent noun names whose it is
        for m, ent in actors:
            mk = _strip_conj(ctx.marker(m.start, cs))
            if (m.start >= h.end and ctx.words.gap(h.end, m.start) <= 2
                    and (mk == "ل" or (mk[:1] == "ل" and mk[1:] in heads))):
                if a2 is None or ent is not a2[1]:
                    a1 = (m, ent)
                break
    if not d.verbal or (h.light is not None and h.light.trig.base in lex.passive):
        # هزيمتهم من قبل القوات العراقية، على يد التنظيم: the agent of a masdar or a passive is named after it
        for m, ent in actors:
            if m.start >= he and [_strip_conj(w) for w in ctx.words.before(m.start, 2, cs)] in _AGENT_MARKERS:
                a1 = (m, ent)
                if a2 is not None and a2[1] is ent:
                    a2 = None
                break
    if a1 is None and d.type == "DEFECT":
        for m, ent in actors:
            if m.start >= h.end and _strip_conj(ctx.marker(m.start, cs)) in lex.roles["origin"]:
                a1 = (m, ent)
                break
    if a1 is None:
        # SVO: the nearest name before the trigger in the clause that is not a complement
        for m, ent in reversed(before):
            if a2 is None or ent is not a2[1]:
                a1 = (m, ent)
                break
    # بين X و Y: the first is actor1, the second the counterpart
    if a1 is None:
        after = [(m, ent) for m, ent in actors if m.start >= he]
        if after and _strip_conj(ctx.marker(after[0][0].start, cs)) == "بين":
            a1 = after[0]
    d.actor1_explicit = a1 is not None
    adjective = None
    if a1 is None:
        # غارة تركية، القصف الجوي الروسي: a state adjective after a noun trigger names the doer (not
        # "explicit": a bare القصف التركي may still be a retelling of the shelling already told)
        for x in d.hits:
            if x.trig.pos == "noun":
                adjective = ctx.adjective_after(x.end, ce)
                if adjective is not None and a2 is not None and adjective is a2[1]:
                    adjective = None
                if adjective is not None:
                    break
    first_word = ctx.words.between(cs, ce)[:1]
    if a1 is None and first_word and _strip_conj(first_word[0]) in _RELATIVE:
        # a relative clause after a comma: its subject is the name it hangs on (الجانب الروسي، الذي كثف ...)
        prior = ctx.actors(ss, cs)
        if prior:
            a1 = prior[-1]
    if a1 is None and adjective is not None:
        d.actor1 = adjective
    elif a1 is None and prev_draft is not None and prev_draft.sentence == d.sentence and prev_draft.actor1:
        d.actor1 = prev_draft.actor1  # a dropped subject continues the sentence's previous clause
    else:
        subject = None
        if a1 is None:
            # the main subject of the sentence: its first name that is not a complement, or a state
            # adjective after a noun trigger that opens it (وأسفر القصف التركي عن مقتل ...)
            for m, ent in ctx.actors(ss, cs):
                if _is_subject_like(ctx, m, ss):
                    a1 = (m, ent)
                    break
            if a1 is None:
                for x in ctx.raw_hits:
                    if ss <= x.start < cs and x.trig.pos == "noun":
                        subject = ctx.adjective_after(x.end, cs)
                        if subject is not None:
                            break
            if a1 is None and subject is None:
                # المسؤولون الروس، 3000 جندي روسي: people of a state named by its adjective
                for _s, e, w in ctx.words.spans[ctx.words.index_at(ss):]:
                    if e > cs:
                        break
                    if _strip_conj(w) in _PEOPLE_HEADS:
                        subject = ctx.adjective_after(e, cs, n=1)
                        if subject is not None:
                            break
        fallback = prev_actor or main_actor
        target = a2[1] if a2 is not None else next(
            (ent for m, ent in actors if m.start >= he and {"علي", "ضد", "بحق"} & {
                _strip_conj(w) for w in ctx.words.before(m.start, 3, he)}), None)
        if target is not None and fallback is target and prev_draft is not None:
            # an attack on X is not X's: the other party of the event before (قصف على جيب التنظيم)
            fallback = next((e for e in (prev_draft.actor2, prev_draft.actor1, main_actor)
                             if e is not None and e is not target), fallback)
        d.actor1 = a1[1] if a1 else (subject or fallback)

    if a2 is None:
        for m, ent in actors:
            if m.start < he or ent is d.actor1 or (a1 is not None and m.start <= a1[0].start):
                continue
            a2 = (m, ent)
            break
    if a2 is None:
        for m, ent in actors:
            if m.start < he and ent is not d.actor1 and not _is_subject_like(ctx, m, cs):
                a2 = (m, ent)

    d.actor2 = a2[1] if a2 else None

    d.place = _place(ctx, d, hs, he, prev_draft)


_SETTLEMENTS = frozenset({"town", "city", "village", "neighbourhood"})


def _specificity(ent: EntityDraft, m: model.Mention) -> int:
    """Lower is more specific: a town before a countryside, a countryside before a country. A town placed
    only by its governorate's coordinates (بلدة حيط) is still a town."""
    prec = ent.attrs.get("precision")
    if prec == "admin_area" and ent.attrs.get("kind") in _SETTLEMENTS and ent.attrs.get("geo_source") == "inherited":
        return 0
    if prec in _PLACE_RANK:
        return _PLACE_RANK[prec]
    return 2 if fold_text(m.text).startswith(_REGION_WORDS) else 0


def _place(ctx: _Ctx, d: Draft, hs: int, he: int, prev: Draft | None) -> EntityDraft | None:
    cs, ce = d.clause
    ss, se = d.sentence
    markers = ctx.lex.roles["place"]
    pheads = ctx.lex.roles["place_heads"]
    in_clause = ctx.places(cs, ce)
    marked = []
    # سيطر على بلدة حيط، هجوم على البلدة: what is seized or attacked is where it happens
    target = d.type in ("SEIZE", "ATTACK")
    for m, ent in in_clause:
        mk = _strip_conj(ctx.marker(m.start, cs))
        if m.start >= he and (mk in markers or mk in pheads or (target and mk == "علي")):
            marked.append((m, ent))
    back = _place_anaphor(ctx, he, ce, ss, near=5)
    if back is not None and not any(m.start < back[0] for m, _ in marked):
        # على المحافظة المحاذية لمحافظة القنيطرة: the place named again right after the trigger, not the
        # places that describe it
        return back[1]
    if not in_clause and d.ext > ce:
        for m, ent in ctx.places(ce, d.ext):
            mk = _strip_conj(ctx.marker(m.start, ce))
            if mk in markers or mk in pheads:
                marked.append((m, ent))
    if marked:
        # the most specific of the places the clause puts the event in (في ريف حمص قرب مدينة القريتين)
        return min(marked, key=lambda p: (_specificity(p[1], p[0]), p[0].start))[1]
    if in_clause:
        return min(in_clause, key=lambda p: abs(p[0].start - hs))[1]
    back = _place_anaphor(ctx, he, ce, ss)
    if back is not None:
        return back[1]
    if prev is not None and prev.sentence == d.sentence and prev.place is not None:
        return prev.place  # the clause goes on where the sentence's previous event happened
    in_sent = ctx.places(ss, se)
    if in_sent:
        return min(in_sent, key=lambda p: abs(p[0].start - hs))[1]
    # the most recent place of the paragraph
    para_start = ctx.doc.text.rfind("\n", 0, ss) + 1
    prior = ctx.places(para_start, ss)
    return prior[-1][1] if prior else None


def _place_anaphor(ctx: _Ctx, he: int, ce: int, ss: int, near: int = 0
                   ) -> tuple[int, EntityDraft] | None:
    """في محيط السجن، في النقطة: a definite place noun after the trigger refers back to the last place
    named with that noun (سجن المدرسة الصناعية), or to the last place named at all; البلاد to the last
    country named. With `near`, only a noun within that many words of the trigger counts. Gives the
    noun's position and the place."""
    anaphora = ctx.lex.roles["place_anaphora"]
    for k, (s, _e, w) in enumerate(ctx.words.spans[ctx.words.index_at(he):]):
        if s >= ce or (near and k > near):
            break
        for a in anaphora:
            if w == a or (w.endswith(a) and w[: -len(a)] in ("و", "ب", "ف", "وب", "في")) or (
                    a.startswith("ال") and w in ("ل" + a[2:], "بال" + a[2:], "وال" + a[2:])):
                stem = a[2:]
                if a in _BROAD_ANAPHORA and not near:
                    continue  # في البلاد far from the trigger is a manner of speaking, not a place
                if near and w == a and _strip_conj(ctx.marker(s, he)) not in _ANAPHOR_PREPS:
                    continue  # تطوق المدينة: the object of another verb, not where the trigger's event is
                prior = ctx.places(0, ss)
                if a in _COUNTRY_ANAPHORA:
                    same = [p for p in prior if p[1].attrs.get("precision") == "country"]
                    pick = same
                else:
                    # named with that noun: in the name (مخيم الهول) or right before it (بلدة حيط)
                    same = [p for p in prior if stem in fold_text(p[0].text)
                            or _strip_conj(ctx.marker(p[0].start)).endswith(stem)]
                    pick = same or ([] if near else prior)
                return (s, pick[-1][1]) if pick else None
    return None


_COUNTRY_ANAPHORA = frozenset({"البلاد"})
#: nouns that refer back only right after the trigger (على المحافظة، من المنطقة)
_BROAD_ANAPHORA = frozenset({"المحافظه", "البلاد"})
_ANAPHOR_PREPS = frozenset({"علي", "في", "من", "الي", "داخل", "محيط", "قرب", "عند", "ب"})


def _modality(ctx: _Ctx, d: Draft) -> str:
    lex = ctx.lex
    h = d.head
    cs, ce = d.clause
    found: set[str] = set()
    if any(x.trig.future for x in d.hits) or (h.light is not None and h.light.trig.future):
        found.add("expected")
    if h.trig.pos == "noun" and h.prefix.endswith("ل") and h.light is None:
        found.add("expected")  # لـ + masdar states a purpose: لشن عملية، لاستهداف
    start = min(x.start for x in d.hits)
    if h.light is not None:
        start = min(start, h.light.start)
    end = max(x.end for x in d.hits)
    for (a, b), m in ctx.cues:
        for mod, where in m.payloads:
            if where == "before" and cs <= a and b <= start:
                if len(ctx.words.between(b, start)) > lex.windows[mod]:
                    continue
                if m.key in ("قد", "لقد") and h.trig.pos == "past":
                    continue  # قد + past is emphasis, not possibility
                found.add(mod)
            elif (where == "after" and a >= end and b <= max(ce, d.ext)) or (
                    where == "clause" and cs <= a and b <= ce):
                found.add(mod)
    if d.frame == "documenting":
        found.add("reported")  # وثق المرصد …: a count someone tells
    claim = _claim_at(ctx.doc, h.start, h.end)
    d.claim = claim
    if claim is not None:
        found.add("reported")
        hint = _claim_modality(ctx.doc, claim.id)
        if hint in lex.priority:
            found.add(hint)  # the claim's own cue: نفى أن ... (denied), توقع أن ... (expected)
    for mod in lex.priority:
        if mod in found:
            return mod
    return "asserted"


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One event per thing that happened: same type in the same sentence with no new party or place is one
    event told in several clauses (شن هجمات ...، مع قيامهم بشن بعض الهجمات ...)."""
    out: list[Draft] = []
    for d in drafts:
        twin = None
        for o in out:
            if (o.sentence == d.sentence and o.type == d.type and o.modality == d.modality
                    and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)
                    and (not d.actor1_explicit or d.actor1 is o.actor1)):
                twin = o
                break
        if twin is None:
            out.append(d)
            continue
        twin.hits.extend(d.hits)
        twin.span = (min(twin.span[0], d.span[0]), max(twin.span[1], d.span[1]))
        twin.actor2 = twin.actor2 or d.actor2
        twin.place = twin.place or d.place
    return out


def _repeats(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Drop mentions of an event already told: a definite noun (الهجوم، الخرق الأمني) naming the same type
    with the same actor as an event of the last sentences, and sentences repeated word for word."""
    doc = ctx.doc
    seen_sent: dict[str, tuple[int, int]] = {}
    out: list[Draft] = []
    for d in drafts:
        key = " ".join(_WORD.findall(fold_text(doc.text[d.sentence[0]:d.sentence[1]])))
        first = seen_sent.setdefault(key, d.sentence)
        if first != d.sentence:
            continue
        if not d.verbal and any(d.clause[0] <= p < d.clause[1] for p in ctx.elaborated):
            continue  # هذا الهجوم ... بهدف اغتنام أسلحة: more about an event already told
        if not d.verbal and all(doc.text[x.start:x.end].startswith("ال") or x.prefix.endswith("ل")
                                for x in d.hits if x.trig.pos == "noun"):
            recent = [o for o in out if o.type == d.type and o.sentence != d.sentence
                      and 0 <= _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0]) <= 2]
            if any(o.actor1 is d.actor1 and (d.actor2 is None or o.actor2 is d.actor2) for o in recent):
                continue
        out.append(d)
    return out


_COARSE = {"country": 3, "region": 2, "admin_area": 1}
#: words that name the parties of an event already told: اشتباكات بين الطرفين
_BOTH_SIDES = frozenset({"الطرفين", "الطرفان", "الجانبين", "الجانبان"})


def _near_km(a: EntityDraft, b: EntityDraft) -> float | None:
    try:
        la1, lo1, la2, lo2 = (float(a.attrs["lat"]), float(a.attrs["lon"]),
                              float(b.attrs["lat"]), float(b.attrs["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    return ((la1 - la2) ** 2 + ((lo1 - lo2) * 0.8) ** 2) ** 0.5 * 111


def _places_compatible(a: EntityDraft | None, b: EntityDraft | None) -> bool:
    """The same place, an unknown one, or one inside the other's area (عفرين in شمال سوريا)."""
    if a is None or b is None or a is b:
        return True
    ra, rb = _COARSE.get(a.attrs.get("precision", ""), 0), _COARSE.get(b.attrs.get("precision", ""), 0)
    km = _near_km(a, b)
    if ra == rb == 0:
        return km is not None and km <= 15  # a facility in its town: مشفى عفرين، عفرين
    coarse, fine = (a, b) if ra >= rb else (b, a)
    if coarse.attrs.get("precision") == "country":
        return bool(coarse.attrs.get("country")) and coarse.attrs.get("country") == fine.attrs.get("country")
    return km is not None and km <= 200


def _tolls(ctx: _Ctx, s: int, e: int) -> set[str]:
    """The numbers a clause gives (43 مدنيا، 15 مسلحا), years aside: a toll told twice is one happening."""
    out = set()
    for w in ctx.words.between(s, e):
        if w.isdigit() and not (1900 <= int(w) <= 2100):
            out.add(str(int(w)))
    return out


def _definite_only(ctx: _Ctx, d: Draft) -> bool:
    """Every trigger is a definite noun with no verb carrying it: القصف المدفعي التركي، الهدنة."""
    return not d.verbal and all(ctx.doc.text[x.start:x.end].startswith("ال") or x.prefix.endswith("ال")
                                for x in d.hits)


def _told_again(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Articles tell one happening several times (lead, body, quote, casualty tally): a later event of the
    same type whose parties, place and date agree with an earlier one is that event again when it gives
    the same toll, names its parties only as "the two sides" (بين الطرفين), or is a bare definite noun
    naming no doer (هرباً من القصف التركي). The first telling stays."""
    doc = ctx.doc
    out: list[Draft] = []
    info: list[tuple[set[str], str | None]] = []
    for d in drafts:
        qs = _tolls(ctx, *d.clause)
        t = _time_in(doc, *d.clause)
        day = t.date if t is not None and t.precision == "day" else None
        words = set(ctx.words.between(*d.clause))
        twin = None
        for i, o in enumerate(out):
            oq, oday = info[i]
            if o.type != d.type or o.sentence == d.sentence or "denied" in (o.modality, d.modality):
                continue
            if not _places_compatible(d.place, o.place):
                continue
            if day is not None and oday is not None and day != oday:
                continue
            same_doer = not (d.actor1_explicit and o.actor1_explicit) or d.actor1 is o.actor1
            if qs & oq:
                if same_doer or d.actor1 is o.actor2 or d.actor2 is o.actor1:
                    twin = i
                    break
                continue
            if qs and oq:
                continue  # another toll: another happening
            if not same_doer or (d.actor2 is not None and o.actor2 is not None and d.actor2 is not o.actor2):
                continue
            if words & _BOTH_SIDES or (not d.actor1_explicit and not qs and _definite_only(ctx, d)
                                       and _bases(d) & _bases(o)):
                twin = i
                break
        if twin is None:
            out.append(d)
            info.append((qs, day))
            continue
        info[twin] = (qs | info[twin][0], info[twin][1] or day)
        out[twin].hits.extend(x for x in d.hits if x.trig.base not in _bases(out[twin]))
    return out


def _bases(d: Draft) -> set[str]:
    return {x.trig.base.removeprefix("ال") for x in d.hits}


def _sent_index(doc: Doc, pos: int) -> int:
    for i, s in enumerate(doc.sentences):
        if s.start <= pos < s.end:
            return i
    return len(doc.sentences)


def _acled(lex: Lexicon, d: Draft, text: str) -> str | None:
    base = lex.types[d.type].get("acled")
    bases = {x.trig.base for x in d.hits}
    for w, label in lex.acled_by_trigger.get(d.type, []):
        if w in bases:
            return label
    clause = fold_text(text[d.clause[0]:d.clause[1]])
    for w, label in lex.acled_by_trigger.get(d.type, []):
        if " " not in w and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause):
            return label
    return base


def _main_actor(doc: Doc) -> EntityDraft | None:
    counts: Counter[str] = Counter()
    for e in doc.entities:
        if e.type == "actor":
            counts[e.id] = sum(1 for m in e.mentions if not doc.is_furniture(m.start, m.end))
    if not counts:
        return None
    return doc.entity(counts.most_common(1)[0][0])


@stage("events", requires=("doc.entities", "doc.claims"), assigns=("doc.events",))
def run(doc: Doc) -> None:
    lex = lexicon()
    ctx = _Ctx(doc, lex)
    hits = _find_hits(doc, ctx)
    ctx.raw_hits = list(hits)
    hits = _filter_hits(ctx, hits)
    hits = _attach_light(ctx, hits)
    _retype(ctx, hits)
    drafts = _group(ctx, hits)
    main = _main_actor(doc)
    prev: EntityDraft | None = None
    prev_draft: Draft | None = None
    for d in drafts:
        _assign_roles(ctx, d, prev_draft, prev, main)
        d.modality = _modality(ctx, d)
        if d.actor1 is not None:
            prev = d.actor1
        prev_draft = d
    # a predicted event (للتوصل إلى تفاهمات، الهجوم المرتقب) with no party named in its sentence says nothing
    drafts = [d for d in drafts
              if d.modality != "expected" or d.verbal or ctx.actors(*d.sentence, persons=True)]
    drafts = _merge(_told_again(ctx, _repeats(ctx, drafts)))
    events = []
    for d in drafts:
        h = d.head
        s, e = d.span
        events.append(model.Event(
            type=d.type, start=s, end=e,
            trigger=model.Span(h.start, h.end, doc.text[h.start:h.end]),
            modality=d.modality,
            actor1=d.actor1.id if d.actor1 else None,
            actor2=d.actor2.id if d.actor2 and d.actor2 is not d.actor1 else None,
            place=d.place.id if d.place else None,
            date=_time_in(doc, s, e),
            quantities=tuple(q for q in doc.quantities if s <= q.start and q.end <= e),
            claim=d.claim.id if d.claim is not None and d.claim.id else None,
            acled=_acled(lex, d, doc.text), plover=lex.types[d.type].get("plover"),
            id=f"ev{len(events) + 1}",
        ))
    doc.events = events
