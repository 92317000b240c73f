"""Stage: events — triggers, clauses, argument roles and modality.

A trigger lexicon (`data/triggers.json`) is matched over the folded text; triggers of one type in one clause
make one event. Roles come from the entity mentions of the clause by position and Arabic argument
structure: a verb's subject follows it (VSO: شن عناصر التنظيم هجوماً) or precedes it (SVO: قسد خرّجت دفعة);
a name after على/ضد/مع/بين is the target or counterpart; a place after في/ب is where. A dropped subject
falls back to the sentence's subject, then to the actor of the previous event, then to the article's main
actor, unless the verb's own subject is a definite noun that names no party (القذيفة استهدفت); an international
body is never the doer of a deed. A fight whose target is only a plural pronoun (تقاتلهم، ضدهم) is fought against
the armed group named last before it, and one that names no target against the doer's opponent in the article's
other events. Modality comes from cue words around the trigger and from the claim the trigger sits in.

One happening is often told several times (headline, lead, a source's account, a tally): a killing and the
attack it happened in are one event; a later telling by the same named doer on the same named target, a
definite noun referring back, or participants named with a demonstrative restate an earlier event, and the
place of the most precise telling wins (قرب مدينة كركوك ... الهجوم وقع في منطقة السعدونية). The word lists of
these rules are in `data/event_cues.json`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any

from marsad import index_cache, model, packs
from marsad.matcher import PhraseIndex, longest_first
from marsad.packs import load_json
from marsad.pipeline import Doc, EntityDraft, stage
from marsad.textnorm import dediacritise, fold_text, proclitic_splits, with_proclitics

ACTOR_TYPES = ("actor", "person")
#: what follows the place of a dateline: "أبوظبي، الإمارات العربية المتحدة (CNN)-- أعلن ..."; a state named
#: there says where the story was filed and is no party to what it tells
_DATELINE_AFTER = re.compile(r"\s*\([^()\n]{1,30}\)\s*[-–—ـ]")
#: how far into the text a dateline may reach; the outlet in brackets may stand without a dash after a dateline
#: that opens the text ("أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى ...")
_DATELINE_REACH = 120
_DATELINE_OUTLET = re.compile(r"\s*\([^()\n]{1,30}\)")
#: what may follow the dateline's first place before the outlet: its state after a comma, no clause
_DATELINE_LEAD = re.compile(r"(?:\s*[،,]\s*[^\s،,.:()]+(?:\s+[^\s،,.:()]+){0,3})?\s*")

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


@cache
def _object_pronouns() -> tuple[tuple[str, ...], frozenset[str]]:
    """event_cues object_pronouns (on a verb: قتلوه، استهدفتها), a tuple for `str.endswith`, and struck_preps
    (a preposition carrying one: أطلق عليه النار), folded; one list for the trigger forms and the retellings."""
    data = load_json("event_cues")
    return tuple(_f(w) for w in data["object_pronouns"]), frozenset(_f(w) for w in data["struck_preps"])


def _with_suffixes(phrase: str, suffixes: list[str], verb: bool = False) -> list[str]:
    """The phrase with each suffix on its last word and, for multi-word phrases, on its first word.

    A final ة (folded ه) becomes ت before a suffix (عملية → عمليته). On the verb of a verb-and-object phrase
    an object pronoun is left out: the verb that carries one has its object already, so the noun after it is
    its subject or another word (صور نشرتها قوات النظام: pictures, no troops deployed)."""
    words = phrase.split()
    out = []
    for suf in suffixes:
        for i in {0, len(words) - 1}:
            if verb and i == 0 and len(words) > 1 and suf.endswith(_object_pronouns()[0]):
                continue
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
            for form in _with_suffixes(b, past_suf, verb=True):
                index.add(form, Trig(typ, "past", b, suffixed=True))
        for p in spec.get("present", []):
            b = _f(p)
            for form in [b, *_with_suffixes(b, pres_suf, verb=True)]:
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
            for form in _with_suffixes(b, past_suf, verb=True):
                index.add(form, Trig(c["type"], "past", b, suffixed=True, cond=i))
        for p in c.get("present", []):
            b = _f(p)
            for form in [b, *_with_suffixes(b, pres_suf, verb=True)]:
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
        for form in [b, *_with_suffixes(b, past_suf, verb=True)]:
            index.add(form, Trig("", "light", b))
    for p in lv["present"]:
        b = _f(p)
        for form in [b, *_with_suffixes(b, pres_suf, verb=True)]:
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
        retype=[{**r, "near": frozenset(_f(w) for w in r["near"]),
                 "bases": frozenset(_f(w) for w in r.get("bases", []))} for r in data["retype"]],
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
        self.spans, self.starts, self.ends = doc.word_spans()
        self._bare: list[tuple[int, int, str]] | None = None
        self._vocabulary: dict[bool, frozenset[str]] = {}

    @property
    def bare(self) -> list[tuple[int, int, str]]:
        """`spans` with each word as `_strip_conj` gives it, made once per document: the sentence and clause
        walks asked `_strip_conj` of the same words for every sentence and trigger (~880,000 calls per 450
        articles)."""
        bare = self._bare
        if bare is None:
            # stripped once per word type: a text repeats its words (في، من، قوات) many times over
            strip = {w: _strip_conj(w) for w in {w for _s, _e, w in self.spans}}
            bare = self._bare = [(s, e, strip[w]) for s, e, w in self.spans]
        return bare

    def vocabulary(self, bare_only: bool = False) -> frozenset[str]:
        """The article's word types, stripped of و/ف, and as written too unless bare_only: made once, so that
        a word set the text does not use is known so without a walk of its words (`_word_indexes`)."""
        got = self._vocabulary.get(bare_only)
        if got is None:
            got = frozenset(w for _s, _e, w in self.bare)
            if not bare_only:
                got |= frozenset(w for _s, _e, w in self.spans)
            self._vocabulary[bare_only] = got
        return got

    def run_of(self, a: int, b: int) -> tuple[int, int]:
        """The indexes [i, j) of the words `spans_from(a)` walks before the first one starting at or after
        `b` (the words are in order, so the end is a bisection)."""
        i = self.index_at(a)
        return i, max(i, bisect.bisect_left(self.starts, b))

    def index_at(self, pos: int) -> int:
        """Index of the first word whose end is after `pos`."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][1] > pos:
            return i
        return i + 1

    # The three readers below stand for slices of `spans` from a position (spans[i:], spans[:i]): a slice
    # copied the rest (or the start) of the article's word list for each trigger, where the callers read a few.
    def spans_from(self, pos: int) -> Iterator[tuple[int, int, str]]:
        """The words from `index_at(pos)` to the end of the text, walked without a copy."""
        spans = self.spans
        return map(spans.__getitem__, range(self.index_at(pos), len(spans)))

    def spans_at(self, pos: int, n: int) -> list[tuple[int, int, str]]:
        """The first `n` words from `index_at(pos)`."""
        i = self.index_at(pos)
        return self.spans[i:i + n]

    def span_before(self, pos: int) -> list[tuple[int, int, str]]:
        """The word before `index_at(pos)`, as a list of none or one."""
        i = self.index_at(pos)
        return self.spans[max(i - 1, 0):i]

    def before(self, pos: int, n: int, floor: int = 0) -> list[str]:
        """Up to n folded words ending at or before `pos` (not before `floor`), nearest last."""
        i = self.index_at(pos)
        out = []
        j = i - 1
        while j >= 0 and len(out) < n and self.spans[j][0] >= floor:
            out.append(self.spans[j][2])
            j -= 1
        return out[::-1]

    def between(self, a: int, b: int, limit: int | None = None) -> list[str]:
        """Words wholly inside [a, b), at most `limit` of them (bisected and walked by index, never sliced:
        this is asked for every trigger and name, and a sentence can be a whole unpunctuated text)."""
        out: list[str] = []
        spans = self.spans
        i = bisect.bisect_left(self.starts, a)
        n = len(spans)
        while i < n:
            s, e, w = spans[i]
            if s >= b or (limit is not None and len(out) >= limit):
                break
            if e <= b:
                out.append(w)
            i += 1
        return out

    def gap(self, a: int, b: int) -> int:
        """The number of words wholly inside [a, b), as `len(between(a, b))`, found by bisection: the words are
        in order and do not overlap, so they are the run from the first starting at or after `a` to the last
        ending at or before `b` (asked for every name against every trigger, where a sentence can be a whole
        unpunctuated text)."""
        return max(0, bisect.bisect_right(self.ends, b) - bisect.bisect_left(self.starts, a))


def _group_noun_subject(ctx: _Ctx, anchor: Hit, cs: int, ce: int) -> bool:
    """Whether a bare group noun (الجماعة، التنظيم) is the clause's subject: up to three words before the
    trigger in its clause, or the word right after a verb trigger (هاجم التنظيم)."""
    words = {_strip_conj(w) for w in ctx.words.before(anchor.start, 3, cs)}
    if anchor.trig.pos != "noun":
        words |= set(ctx.words.between(anchor.end, ce, limit=1))
    return bool(words & cues().group_subjects)


def _is_group(ent: EntityDraft) -> bool:
    """An actor a group noun may name: its pack entry is of cues().group_kinds; one with no entry is unknown
    to the packs, most often a local group."""
    if ent.type != "actor":
        return False
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return entry is None or entry.kind in cues().group_kinds


def _strip_conj(w: str) -> str:
    return w[1:] if len(w) > 2 and w[0] in "وف" else w


@cache
def _folded_set(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """`words` folded, made once per word list (keyed on its contents): a stage that folds a pack's list per
    article or per trigger asks this instead."""
    return frozenset(_f(w) for w in words)


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


def _time_beside(doc: Doc, start: int, end: int, sentence: tuple[int, int], head: int) -> model.TimeRef | None:
    """The time set off by commas beside an event's words (قصفت المدفعية، مساء الجمعة، أطراف القرية)."""
    try:
        from marsad.stages.times import time_beside
    except ImportError:
        return None
    return time_beside(doc, start, end, *sentence, head=head)


#: marks that open a quote or a new clause: a time fronted before them does not reach past them
_FRONTED_BREAKS = re.compile(r'["«»“”:؛;]|[،,]\s*[وف]')


def _fronted_time(doc: Doc, sentence: tuple[int, int], head: int, heads: frozenset[int], most: int = 20
                  ) -> model.TimeRef | None:
    """وفي التاسع من أبريل الماضي، تعرضت قاعدة التيفور لقصف إسرائيلي أسفر عن قتل سبعة: a time fronted at the
    sentence's opening and set off by a comma (only و/ف، في، يوم or a part of the day before it) dates the
    events of the clause it opens, however far into it their word stands (up to `most` words), until a
    quote, a new clause after a comma with و/ف, a complementizer (قالت إنها تلقت تهديدات: a report of an
    earlier happening) or a subordinator of time or cause (بعد، منذ، عندما) opens another happening.
    The clause must tell a happening from its first word: that word is an event's
    own (قتل، قصفت) or a verb of undergoing (تعرضت القاعدة لقصف); after another verb (اعتذر رئيس البلدية عن
    الأضرار التي لحقت بهم في حملة قصف، نشرت الممثلة مقطعا) the events deeper in tell its topic, whose day
    the time does not give."""
    lo, hi = sentence
    text = doc.text
    first = next((t for t in doc.times if lo <= t.start < hi), None)
    if first is None or first.date is None or first.end >= head or not re.match(r"\s*[،,]", text[first.end:]):
        return None
    glue = _fronted_glue()
    if any(_strip_conj(w) not in glue and w not in ("و", "ف") for w in fold_text(text[lo:first.start]).split()):
        return None
    gap = text[first.end:head]
    opener = re.search(r"[^\s،,]+", gap)
    if opener is not None and first.end + opener.start() not in heads \
            and _strip_conj(fold_text(opener.group())) not in cues().undergo_verbs:
        return None
    if _FRONTED_BREAKS.search(gap.lstrip()[1:]) or any(
            first.end <= t.start < head for t in doc.times if t is not first):
        return None
    words = [_strip_conj(w) for w in fold_text(re.sub(r"[^\w\s]", " ", gap)).split()]
    c = cues()
    stops = c.fronted_time_stops | c.time_subordinators | c.announce_time_stops
    if len(words) > most or any(w in stops for w in words):
        return None
    return first


@cache
def _fronted_glue() -> frozenset[str]:
    """The words that may stand before a fronted time (`_fronted_time`): the calendar pack's parts of the day
    (صباح، مساء), في and يوم; built once, not per event."""
    from marsad.stages.times import calendar_pack  # the times stage owns the calendar pack's reading

    return frozenset(calendar_pack().day_parts | {"في", "يوم"})


#: quotation marks: a deed in a quote is none an announcement opens with (`_announced_time`)
_QUOTE_MARKS = re.compile(r'["«»“”]')


def _announced_time(doc: Doc, sentence: tuple[int, int], head: int, most: int = 8, reach: int = 4
                    ) -> model.TimeRef | None:
    """أعلن الجيش التركي، الثلاثاء، مقتل 23 مسلحا؛ أعلنت الشرطة، الأحد، عن مقتل أربعة؛ أعلن الجيش، الاثنين،
    أنه ألقى القبض على شخصين: a time set off by commas after a sentence-opening verb of announcing
    (event_cues announce_verbs) and its subject (up to `most` words) dates the one deed the announcement
    opens with: a masdar right after the comma (عن between or none), or a verb within `reach` words after
    a complementizer (أن، أنه، أنها) with no comma between. The day of the announcement is the day a news
    report gives its deed; the deeds further on (في هجوم، بعد ساعات من دعوة) are left undated."""
    lo = sentence[0]
    text = doc.text
    c = cues()
    opening = fold_text(text[lo:head]).split()
    if not opening or _strip_conj(opening[0]) not in c.announce_verbs:
        return None
    for t in doc.times:
        if t.date is None or not lo < t.start < head:
            continue
        before, after = text[lo:t.start].rstrip(), text[t.end:head]
        if not before.endswith(("،", ",")) or not re.match(r"\s*[،,]", after) \
                or len(before.split()) > most + 1:
            return None
        words = fold_text(re.sub(r"[^\w\s]", " ", after)).split()
        if re.search(r"[،,]", after.lstrip()[1:]) or _QUOTE_MARKS.search(after):
            return None
        if not words or (words == ["عن"]):
            return t
        if words[0] in c.announce_time_stops or words[0] in c.fronted_time_stops:
            return t if len(words) <= reach and words[0].startswith(("ان", "بان")) else None
        return None
    return None


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
    #: how surely the place is where it happened: 3 under في/ب (at), 2 under قرب/شرق (near), 1 named in the
    #: clause or sentence without a preposition, 0 borrowed from the paragraph
    place_strength: int = 0
    modality: str = "asserted"
    claim: model.Claim | None = None
    span: tuple[int, int] = (0, 0)
    #: where the clause's arguments may go on: through the following clauses that hold no trigger
    #: (هاجم عناصر التنظيم، يوم الخميس الماضي، موقعاً لـ"لواء القدس" في ريف حمص)
    ext: int = 0
    #: a governing frame that fixes the roles: accuse | documenting | foiling | blame
    frame: str | None = None
    #: the doer was guessed from the article (the previous doer or its main actor), not named in the sentence
    actor1_borrowed: bool = False

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
        self._claim_verb_words: list[int] | None = None
        self.sources = sorted(_source_spans(doc))
        self._source_starts = [a for a, _ in self.sources]
        self._source_reach = list(itertools.accumulate((b for _, b in self.sources), max))
        blocked = [doc.folded.span(m.start, m.end) for m in lex.index.find_all(doc.folded.text)
                   if any(t.pos == "not" for t in m.payloads)]
        #: the spans of the not_events phrases (حملة إعلامية، هجوما شديد اللهجة), in text offsets
        self.blocked = blocked
        self.cues = [(sp, m) for sp, m in ((doc.folded.span(m.start, m.end), m)
                                           for m in lex.cues.find(doc.folded.text))
                     if not any(a <= sp[0] and sp[1] <= b for a, b in blocked)]
        #: positions of nouns that refer back (هذا الهجوم): their clause elaborates a told event
        self.elaborated: set[int] = set()
        # a threat word inside a phrase of danger (لتهديد أمن الدول، التهديد الإيراني) frames no threatened deed
        self.threats = [sp for sp in (doc.folded.span(m.start, m.end) for m in lex.threat_frames.find(doc.folded.text))
                        if not any(a <= sp[0] and sp[1] <= b for a, b in blocked)]
        #: the spans of threat words whose deed is a measure, no armed deed (هددت بطرد، هدد بالانسحاب): an
        #: attack after them in their clause is the measure's condition or ground, no event (`_group`)
        self.deedless: list[tuple[int, int]] = []
        #: every noun trigger found, filtered or not: a passive killing's cause (قتلوا خلال الاشتباكات ...)
        self.raw_hits: list[Hit] = []
        #: the head nouns that may stand in a subject before its name (طائرات، مقاتلو), folded
        self.subject_heads = _folded_set(lex.roles["heads"])
        self._states: dict[str, EntityDraft | None] = {}
        self._government: tuple[EntityDraft | None] | None = None
        self._backers: list[tuple[int, EntityDraft]] | None = None
        #: ids of the parties the article mostly shows suffering its fighting (_sufferers): never a borrowed doer
        #: (read only in _unfit_borrow, which notes what it asks in `asked`: see _roles_pass)
        self.sufferers: frozenset[str] = frozenset()
        #: by event type of the fighting, the states and parties a first pass shows struck (_struck_sides)
        self.struck: dict[str, frozenset[str]] = {}
        #: while the first pass of the roles runs (_roles_pass), the party ids and person sides _unfit_borrow
        #: asked the two sets above about; None otherwise
        self.asked: tuple[set[str], list[tuple[str, frozenset[str]]]] | None = None
        self._dateline_end: int | None = None
        #: where a time subordinator opens on another trigger (_dated_at), found once
        self.dating: list[int] | None = None
        #: the noun triggers and people words with a state adjective after them (_adjective_candidates)
        self._adjective_nouns: tuple[list[Hit], list[int], list[tuple[int, int]], list[int]] | None = None
        #: the word indexes of each word set asked for (_word_indexes), by the set's id
        self.word_sets: dict[tuple[int, bool], tuple[frozenset[str], list[int]]] = {}
        #: the paired countries of each sentence asked for (_paired_countries)
        self.paired: dict[tuple[int, int], set[int]] = {}
        #: the actors found in each span asked for (`actors`), by (start, end, persons)
        self._actors: dict[tuple[int, int, bool], list[tuple[model.Mention, EntityDraft]]] = {}
        #: the places found in each span asked for (`places`), by (start, end)
        self._places: dict[tuple[int, int], list[tuple[model.Mention, EntityDraft]]] = {}

    def state_entity(self, state_id: str, civil: bool = False) -> EntityDraft | None:
        """The party a state adjective (غارة تركية، القصف الروسي) names in this article: the state's armed
        forces when the article names them, else the state itself, else its government."""
        key_id = f"{state_id}|civil" if civil else state_id
        if key_id not in self._states:
            from marsad import packs

            by_id = packs.entries_by_id()
            best: tuple[int, int] | None = None
            got = None
            for ent in self.doc.entities:
                entry = by_id.get(ent.ref) if ent.type == "actor" and ent.ref else None
                if entry is None:
                    continue
                if ent.ref == state_id:
                    rank = 0 if civil else 1
                elif entry.parent == state_id and entry.kind in ("state_force", "government"):
                    # a state's statements and threats are its own or its government's, its deeds its army's
                    rank = (2 if civil else 0) if entry.kind == "state_force" else (1 if civil else 2)
                else:
                    continue
                key = (rank, -len(ent.mentions))
                if best is None or key < best:
                    best, got = key, ent
            self._states[key_id] = got
        return self._states[key_id]

    def state_member(self, state_id: str) -> EntityDraft | None:
        """A force or body of the state further down its chain (Iraqi Army → ministry → government → Iraq)
        when the article names neither the state nor its direct forces: the one with most mentions."""
        from marsad import packs

        by_id = packs.entries_by_id()
        found = [ent for ent in self.doc.entities if ent.type == "actor" and ent.ref
                 and (entry := by_id.get(ent.ref)) is not None and entry.kind in cues().government_kinds
                 and packs.root_of(ent.ref) == state_id]
        return max(found, key=lambda ent: len(ent.mentions)) if found else None

    def government_entity(self) -> EntityDraft | None:
        """The party القوات الحكومية names in this article: its government entity with most mentions, else
        the forces of a state, of the state whose entities of that kind the article names most (a foreign
        ministry quoted once is not the government fighting). A tie leaves it open: which government is
        meant is then a guess."""
        if self._government is None:
            from marsad import packs

            by_id = packs.entries_by_id()
            got: EntityDraft | None = None
            for kind in cues().government_kinds:
                found = [ent for ent in self.doc.entities if ent.type == "actor" and ent.ref
                         and (entry := by_id.get(ent.ref)) is not None and entry.kind == kind]
                weight: Counter[str] = Counter()
                for ent in found:
                    weight[packs.root_of(ent.ref or "")] += len(ent.mentions)
                ranked = weight.most_common(2)
                if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                    got = max((ent for ent in found if packs.root_of(ent.ref or "") == ranked[0][0]),
                              key=lambda ent: len(ent.mentions))
                    break
                if ranked:
                    break  # a tie between governments: no guess from the forces either
            self._government = (got,)
        return self._government[0]

    def side_adjective_after(self, pos: int, limit: int, n: int = 3, civil: bool = False
                             ) -> tuple[bool, EntityDraft | None]:
        """Whether a state or government adjective stands within n words after `pos`, other adjectives
        between, and the party it names in this article (None when the article names none for it)."""
        spans = self.words.spans
        i = self.words.index_at(pos)
        for s, e, w in spans[i:i + n]:
            if s >= limit:
                break
            sid = _state_adjectives().get(w)
            if sid is None and w in _derived_state_adjectives():
                # جنديان روسيان: a derived form is the state's only as the mention stage entities made of it
                # (not مقاتلين بريطانيين, volunteers of that nationality)
                own = self.doc.mentions_in(s, e, ACTOR_TYPES)
                return (True, own[0][1]) if own else (False, None)
            if sid is not None:
                named = self.doc.mentions_in(s, e, ACTOR_TYPES) or [
                    (m, ent) for m, ent in self.doc.overlapping(s, e, ACTOR_TYPES) if m.start >= pos]
                if named:
                    return True, named[0][1]
                return True, self.state_entity(sid, civil) or self.state_member(sid)
            if w in cues().government_adjectives:
                # القوات الحكومية، هجمات حكومية: the government side, whichever the article names
                named = [(m, ent) for m, ent in self.doc.overlapping(s, e, ACTOR_TYPES) if m.start >= pos]
                return True, named[0][1] if named else self.government_entity()
            if not (w.endswith(cues().nisba) or w in cues().manner):
                break  # not an adjective: مواقع تركية are the target's positions, not the doer
        return False, None

    def adjective_after(self, pos: int, limit: int, n: int = 3, civil: bool = False) -> EntityDraft | None:
        """The party named by a state adjective within n words after `pos` (غارة تركية، الضربات الجوية
        الروسية), other adjectives between; a name there (ضربات أميركية as a mention) is taken as it is."""
        return self.side_adjective_after(pos, limit, n, civil)[1]

    def claim_verb_words(self) -> list[int]:
        """Indexes in `words.spans` of the words of claiming (event_cues claim_verbs, read without و/ف), in
        text order: made once per article for `_claimer`."""
        if self._claim_verb_words is None:
            verbs = cues().claim_verbs
            self._claim_verb_words = [k for k, (_s, _e, w) in enumerate(self.words.bare) if w in verbs]
        return self._claim_verb_words

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
        # remembered per span: the role rules ask for the same clause's actors again and again (about half the
        # calls), and neither the entities nor the sources change while the events stage runs; a copy is handed
        # out, as callers may filter their list in place
        key = (s, e, persons)
        got = self._actors.get(key)
        if got is None:
            types = ACTOR_TYPES if persons else ("actor",)
            found = [(m, ent) for m, ent in self.doc.mentions_in(s, e, types)
                     if not self.in_source(m.start, m.end)
                     and not _DATELINE_AFTER.match(self.doc.text, m.end)]
            starts = [m.start for m, _ent in found]
            got = self._actors[key] = [(m, ent) for m, ent in found
                                       if not _nested(m, ent, found, starts) and not self.backer(m, s)]
        return list(got)

    def backers(self, s: int, e: int) -> list[EntityDraft]:
        """The backers (self.backer) named in [s, e): found once per article and bisected, as a sentence may
        be a whole unpunctuated text."""
        if self._backers is None:
            self._backers = sorted(((m.start, ent) for m, ent in self.doc.mentions_in(0, len(self.doc.text), ("actor",))
                                    if self.backer(m, 0)), key=lambda x: x[0])
        k = bisect.bisect_left(self._backers, s, key=lambda x: x[0])
        out = []
        for pos, ent in self._backers[k:]:
            if pos >= e:
                break
            out.append(ent)
        return out

    def backer(self, m: model.Mention, floor: int) -> bool:
        """قوات النظام مدعومة بميليشيات إيرانية، القوات المدعومة من روسيا: the one named after a word of
        backing only stands behind the force it describes; it neither does the deed nor suffers it."""
        prev = self.words.before(m.start, 3, floor)
        for k, w in enumerate(prev):
            if _strip_conj(w) not in cues().backing_words:
                continue
            rest = prev[k + 1:]
            if not rest or rest[0] in cues().origin_markers or (rest[0][:1] == "ب" and len(rest[0]) > 2):
                return True
        return False

    def places(self, s: int, e: int) -> list[tuple[model.Mention, EntityDraft]]:
        # remembered per span as `actors` is (the place rules ask for the same clause again for each draft,
        # and the events stage adds no entity); a copy is handed out, as callers may change their list
        key = (s, e)
        found = self._places.get(key)
        if found is None:
            found = self.doc.mentions_in(s, e, ("place",))
            if found and found[0][0].start < self.dateline_end:
                # "دبي، الإمارات العربية المتحدة (CNN)-- قتل ...": the dateline names where the story was filed
                # (an outlet's desk), never where what it tells happened
                found = [p for p in found if p[0].start >= self.dateline_end]
            self._places[key] = found
        return list(found)

    @property
    def dateline_end(self) -> int:
        """Where the dateline that opens the text ends (0 if none; see `_dateline_end`)."""
        if self._dateline_end is None:
            self._dateline_end = _dateline_end(self.doc)
        return self._dateline_end

    def in_source(self, s: int, e: int) -> bool:
        """[s, e) overlaps a claim's teller: of the sources starting before e, the furthest-reaching one
        passes s (a bisection, not a scan: long texts carry thousands of claims)."""
        k = bisect.bisect_left(self._source_starts, e)
        return k > 0 and self._source_reach[k - 1] > s


def _dateline_end(doc: Doc) -> int:
    """The end of a dateline opening the text ("دبي، الإمارات العربية المتحدة (CNN)--", "بيروت (أ ف ب) -"): a
    place name first, then only a few words joined by commas (the state, which the entity stage may not keep as a
    place), before an outlet in brackets; 0 when the text opens otherwise."""
    text = doc.text
    m = _DATELINE_OUTLET.search(text, 0, _DATELINE_REACH)
    if m is None or "\n" in text[:m.start()].strip():
        return 0
    lead = text[:m.start()]
    first = doc.mentions_in(0, m.start(), ("place",))
    if not first or lead[:first[0][0].start].strip() or not _DATELINE_LEAD.fullmatch(lead[first[0][0].end:]):
        return 0
    return m.end()


def _nested(m: model.Mention, ent: EntityDraft, found: list[tuple[model.Mention, EntityDraft]],
            starts: list[int]) -> bool:
    """نظام الرئيس السوري inside القوات الموالية لنظام الرئيس السوري، حزب الله inside الأمين العام لحزب الله:
    a name within another party's name describes that party; the enclosing one is who acts or is acted on.
    `starts` are the mentions' starts in order: only names starting shortly before can hold this one."""
    lo = bisect.bisect_left(starts, m.start - _NAME_REACH)
    hi = bisect.bisect_right(starts, m.start)
    return any(o is not ent and o_m.start <= m.start and m.end <= o_m.end and o_m.end - o_m.start > m.end - m.start
               for o_m, o in found[lo:hi])


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
    if mk in block or mk in cues().speech_nouns:
        return False  # إعلان وزارة الدفاع: the genitive of a speech noun tells, it does not act
    if mk[:1] in ("ل", "ب") and mk[1:] in heads:
        return False  # لقوات قسد، بعناصر التنظيم
    if mk in heads:
        prev = ctx.words.before(m.start, 2, floor)
        if len(prev) == 2 and _strip_conj(prev[0]) in block:
            return False  # على عناصر التنظيم
    return True


def _reported_doer(ctx: _Ctx, pos: int, hs: int) -> bool:
    """The trigger is the verb of a clause reported after أن/إن whose subject is an unnamed doer
    (قال المسؤول إن مسلحين اغتالوا): that clause has a subject of its own, not its teller."""
    comps = ctx.lex.roles.get("complementizers", frozenset())
    # the last two words of [pos, hs), read back from hs (`between` walked the whole sentence for each trigger)
    words = ctx.words.before(hs, 2, pos)
    return len(words) >= 2 and words[-2] in comps and words[-1] in cues().unnamed_doers


def _unnamed_subject(ctx: _Ctx, d: Draft, anchor: Hit, cs: int, ce: int) -> bool:
    """The verb's own subject is an unnamed doer (هاجم انتحاري، مسلحون اقتحموا): the article gives no party
    for it, so none may be borrowed from the clauses around."""
    if not d.verbal or anchor.trig.pos not in ("past", "present"):
        return False
    unnamed = cues().unnamed_doers
    crowd = cues().nameless_doers
    words = ctx.words
    i = words.index_at(anchor.start)
    j = words.index_at(anchor.end)
    for k in (i - 1, j):
        if k < 0 or k >= len(words.spans) or not (cs <= words.spans[k][0] < ce):
            continue
        w = words.spans[k][2]
        # المتظاهرون اقتحموا، اقتحم متظاهرون: a crowd names no party either; after the verb only in the
        # nominative (فرّقوا المتظاهرين: the crowd is the object)
        if not (_strip_conj(w) in unnamed or w in unnamed or (
                (w in crowd or _strip_conj(w) in crowd) and (k < i or w.endswith("ون")))):
            continue
        if not _affiliated(ctx, words.spans[k][1], ce):
            return True
    return False


def _nameless_crowd_subject(ctx: _Ctx, d: Draft, anchor: Hit, ss: int) -> bool:
    """An attack verb whose subject is a nameless crowd or gunmen (event_cues unnamed_doers, nameless_doers):
    counted right after the verb (اقتحم عشرات المحتجين القنصلية: the count is the subject, the crowd its
    genitive), or the plural subject of its sentence told before a plural verb with no name between (وأشعل
    محتجون النار في القنصلية بعدما اقتحموها). No party may be borrowed for it from the sentences around.
    Attacks only (claimed_types): after an arrest verb a count of a crowd is its patient (اعتقل عشرات
    المحتجين)."""
    c = cues()
    if d.type not in c.claimed_types or not d.verbal or anchor.trig.pos not in ("past", "present"):
        return False
    nameless = c.unnamed_doers | c.nameless_doers
    after = ctx.words.between(anchor.end, d.clause[1], limit=3)
    if len(after) >= 2 and _count_word(after[0]) and (
            _strip_conj(after[1]) in nameless or (len(after) == 3 and _strip_conj(after[2]) in nameless)):
        return not ctx.doc.overlapping(anchor.end, ctx.words.spans_at(anchor.end, 3)[-1][1])
    form = _strip_conj(fold_text(ctx.doc.text[anchor.start:anchor.end]))
    if not form.endswith(("وا", "وها", "وه", "وهم", "ون")):
        return False
    for s, e, w in reversed([sp for sp in ctx.words.spans_at(ss, 40) if ss <= sp[0] and sp[1] <= anchor.start]):
        if ctx.doc.mentions_in(e, anchor.start, ("actor",)):
            return False  # a party named after the crowd may be the verb's subject
        bare = _strip_conj(w)
        if bare in nameless and bare.endswith("ون") and not ctx.doc.overlapping(s, e):
            return True
    return False


def _unnamed_controller(ctx: _Ctx, d: Draft, cs: int) -> bool:
    """An event noun governed by a verb of managing or trying whose subject, right before or after that
    verb, is an unnamed doer or a crowd (مسلحون حاولوا شن هجمات، حاول متظاهرون اقتحام الحقل): that nameless
    subject did it, so no party may be borrowed for it."""
    h = d.head
    if d.verbal and (h.light is None or h.light.start > h.start):
        return False
    verbs, preps = cues().control_verbs, cues().control_preps
    unnamed = cues().unnamed_doers | cues().nameless_doers
    spans = ctx.words.spans
    # (the light verb before the noun is what the managing verb governs: حاولوا شن هجمات)
    k = ctx.words.index_at(h.light.start if h.light is not None and h.light.start < h.start else h.start) - 1
    if k >= 0 and spans[k][0] >= cs and _strip_conj(spans[k][2]) in preps:
        k -= 1
    # the verb right before the noun (SVO: مسلحون حاولوا شن) or one word before it (VSO: حاول متظاهرون اقتحام)
    for j, subj in ((k, k - 1), (k - 1, k)):
        if j < 0 or spans[j][0] < cs or spans[subj][0] < cs or _strip_conj(spans[j][2]) not in verbs:
            continue
        w = spans[subj][2]
        if (w in unnamed or _strip_conj(w) in unnamed) and not ctx.doc.overlapping(spans[subj][0], spans[subj][1]):
            return True
    return False


def _nameless_subject(ctx: _Ctx, d: Draft, anchor: Hit, cs: int) -> bool:
    """The definite noun right before a verb trigger in its clause (القذيفة استهدفت، إن الدول الغربية تحضر
    لشن غارات، المهاجمون أطلقوا النار): the verb has a subject of its own that is no name, so no party may be
    borrowed for it from the clauses or sentences around. A bare group noun (الجماعة هاجمت) is left to the
    rule that points it back to a group; a time word or a noun a preposition governs is no subject."""
    c = cues()
    if not d.verbal or anchor.trig.pos not in ("past", "present") or anchor.prefix \
            or anchor.trig.base in c.killing_bases:
        return False  # العشرات قتلوا: the subject of a killing verb is its victim
    words = ctx.words
    i = words.index_at(anchor.start) - 1
    if i < 0 or words.spans[i][0] < cs or _CLAUSE_END.search(ctx.doc.text, words.spans[i][1], anchor.start):
        return False
    w = _strip_conj(words.spans[i][2])
    if not w.startswith("ال") or len(w) < 5 or w in c.group_subjects or w in c.time_next or w in c.relatives \
            or w in c.approx_words or (len(w) == 6 and w.startswith("الا")):
        return False  # الأعنف قصفاً: an elative before a masdar spelled like a verb describes, it does not act
    k = i
    while k >= 0 and words.spans[k][0] >= cs and _strip_conj(words.spans[k][2]).startswith("ال"):
        k -= 1
    first = _strip_conj(words.spans[k + 1][2])
    lead = _strip_conj(words.spans[k][2]) if k >= 0 and words.spans[k][0] >= cs else ""
    forces = ctx.lex.roles["heads"] | c.people_heads | c.force_subjects
    if first in forces or first.removeprefix("ال") in forces or lead in forces:
        return False  # قوات الحكومة استعادت، الجيش استهدف: a force noun points back to the forces told of
    # raw_hits are in text order: bisected, as a sentence may be a whole unpunctuated text
    if bisect.bisect_left(ctx.raw_hits, anchor.start, key=lambda x: x.start) > bisect.bisect_left(
            ctx.raw_hits, words.spans[k + 1][0], key=lambda x: x.start):
        return False  # الهجوم استهدف القرى: an event noun as subject; its doer is the one who did it
    comps = ctx.lex.roles.get("complementizers", frozenset())
    opens = k < 0 or words.spans[k][0] < cs or _CLAUSE_END.search(ctx.doc.text, words.spans[k][1],
                                                                    words.spans[k + 1][0])
    if not opens and lead not in comps and words.spans[k][2] not in comps:
        return False  # خارج السجن أطلق سراحهم: only a noun opening its clause, or a reported one, is its subject
    # a name's own word (الدولة of تنظيم الدولة) is that party, named
    return not ctx.doc.overlapping(words.spans[i][0], words.spans[i][1])


def _noun_state_adjective(ctx: _Ctx, d: Draft, ce: int) -> EntityDraft | None:
    """The state a nisba adjective right after an attack noun names (الضربات الجوية الروسية، القصف التركي),
    for a bare noun phrase: no light verb with a subject of its own, no governing frame, and no person noun
    between (قصف صحفي تركي is not Turkey's)."""
    h = d.head
    if d.type not in cues().adjective_doer_types or h.trig.pos != "noun" or h.light is not None or d.frame \
            or d.verbal:
        return None
    first = ctx.words.between(h.end, ce, limit=1)
    if first and (first[0] in cues().people_heads or first[0] in cues().victim_heads):
        return None
    return ctx.adjective_after(h.end, ce, n=2)


def _planned_by(ctx: _Ctx, d: Draft, hs: int, ss: int) -> tuple[EntityDraft | None] | None:
    """A trigger under a planning verb whose subject is the noun before it (خلية تابعة لداعش كانت تخطط
    لتنفيذ هجمات، عناصر كانوا يعدون لهجوم): its doer is the last group named before the planning verb, unless
    that is the sentence's own subject (كشفت الداخلية عن خلية كانت تخطط: the teller is no planner), then
    nobody. None when the trigger is under no such verb."""
    c = cues()
    if not c.plan_verbs or d.type not in c.plan_types:
        return None
    words = ctx.words
    i = words.index_at(hs)
    k = i - 1
    while k >= 0 and i - k <= c.plan_window and words.spans[k][0] >= ss:
        w = _strip_conj(words.spans[k][2])
        if w in c.plan_verbs:
            break
        k -= 1
    else:
        return None
    if k < 0 or i - k > c.plan_window or words.spans[k][0] < ss:
        return None
    pos = words.spans[k][0]
    if ctx.actors(pos, hs) or k == 0 or _strip_conj(words.spans[k - 1][2]) not in c.plan_openers:
        return None  # تخطط تركيا لشن هجوم: the planner is named; قسد تخطط: the subject is said
    opener = words.spans[k - 1][0]
    named = [(m, ent) for m, ent in ctx.actors(ss, opener) if not ctx.in_source(m.start, m.end)]
    if not named:
        return (None,)
    subject = next(((m, ent) for m, ent in named if _is_subject_like(ctx, m, ss)), None)
    last = named[-1]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    if subject is not None and last[1] is subject[1] and not any(
            w in comps or _strip_conj(w) in comps for w in words.between(ss, last[0].start)):
        return (None,)  # قالت قسد إن خلايا داعش كانت تخطط: the reported clause's subject plans
    return (last[1],)


def _affiliated(ctx: _Ctx, pos: int, ce: int) -> bool:
    """مسلحون من فلول النظام، مسلحون تابعون لداعش: the gunmen's group is named right after them."""
    after = ctx.words.between(pos, ce, limit=2)
    if not after:
        return False
    first = _strip_conj(after[0])
    c = cues()
    if first not in c.origin_markers and first not in c.l_adjectives and not (
            first[:1] == "ل" and first[1:] in c.l_adjectives):
        return False
    return any(ctx.words.gap(pos, m.start) <= 2 for m, _ in ctx.actors(pos, ce))


def _passive_others(ctx: _Ctx, anchor: Hit, ce: int) -> bool:
    """قتل عشرات الحوثيين واعتقل آخرون، أصيب 20 آخرين: "others" as the verb's subject makes it a passive
    whose patients are more of the people named before; that name is no doer."""
    if anchor.trig.pos != "past":
        return False
    counts = [(q.start, q.end) for q in ctx.doc.quantities]
    i = ctx.words.index_at(anchor.end)
    for s, _e, w in ctx.words.spans[i:i + 3]:
        if s >= ce:
            break
        w = _strip_conj(w)
        if w in cues().others_words:
            return True
        if not (w.isdigit() or w in cues().approx_words or any(a <= s < b for a, b in counts)):
            return False  # a name or a noun: the verb's own subject or object
    return False


def _title_word(w: str) -> bool:
    """A word of a person's title: a role noun (roles pack person_roles) or a definite noun or nisba adjective
    after one (الرئيس الأمريكي، وزير الدفاع الإسرائيلي)."""
    w = _strip_conj(w)
    return w in cues().title_words or (len(w) > 3 and (w.startswith("ال") or w.endswith(cues().nisba)))


def _claimer(ctx: _Ctx, ss: int, se: int, target: EntityDraft | None
             ) -> tuple[model.Mention, EntityDraft] | None:
    """هجوم انتحاري تبناه تنظيم "الدولة الإسلامية"، تفجير تبنته حركة الشباب: the one claiming an attack in its
    sentence (event_cues claim_verbs) did it, by its own word."""
    # the claiming words are found once per article and bisected: walking every word of the sentence for
    # each event was quadratic in an unpunctuated text (5,000 words: ~40 % of its time)
    i, j = ctx.words.run_of(ss, se)
    claims = ctx.claim_verb_words()
    ks = claims[bisect.bisect_left(claims, i):bisect.bisect_left(claims, j)]
    if not ks:
        return None
    heads = ctx.lex.roles["heads"]
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, se, ("actor",)) if ent is not target]
    spans = ctx.words.spans
    for k in ks:
        _s, e, _w = spans[k]
        for m, ent in named:
            if m.start >= e:
                gap = ctx.words.between(e, m.start)
                if len(gap) <= 2 and all(g in heads or g in cues().group_words for g in gap):
                    return m, ent
                break
    return None


def _threat_owner(ctx: _Ctx, cs: int, ce: int, he: int) -> tuple[model.Mention, EntityDraft] | None:
    """توعد الرئيس الأمريكي بشن ضربات، تهديدات أنقرة بعملية، كان تنظيم داعش توعد باستهداف: the one who
    threatens owns the threatened action; it is named right after the threatening word, or, for a verb,
    right before it."""
    heads = ctx.lex.roles["heads"]
    # the one who threatens is often the source of the claim the threat is told in: claim sources count
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, ce, ACTOR_TYPES)
             if not _DATELINE_AFTER.match(ctx.doc.text, m.end)]
    for a, b in reversed(ctx.threats):
        if not (cs <= a and b <= he):
            continue  # the threatening word is the trigger itself or governs it
        for m, ent in named:
            if m.start < b:
                continue
            gap = ctx.words.between(b, m.start)
            # توعد الرئيس الأمريكي دونالد ترامب، هدد وزير الدفاع الإسرائيلي ليبرمان: a person's title may stand
            # between the verb and the name
            titled = ent.type == "person" and len(gap) <= 4 and all(_title_word(w) for w in gap)
            if (titled or (len(gap) <= 2 and all(w in heads for w in gap))) and _is_subject_like(ctx, m, cs):
                return m, ent
            break
        verb = any(x.start <= a < x.end and x.trig.pos in ("past", "present") for x in ctx.raw_hits)
        if verb:
            prior = [(m, ent) for m, ent in named if m.end <= a and _is_subject_like(ctx, m, cs)]
            if prior and ctx.words.gap(prior[-1][0].end, a) <= 1:
                return prior[-1]
        return None
    return None


def _masdars(ctx: _Ctx, hits: list[Hit]) -> None:
    """A past-verb trigger spelled like its masdar (قتل، قصف) after a preposition is the masdar, for a verb
    never follows one: رد الفعل على قتل الصحفي names the one killed after it, ادعاءات بقصف أمريكي its doer
    by an adjective. So is one a reaction word, a verb of announcing or a verbal noun (event_cues
    masdar_heads) governs (استنكرت الخارجية التركية قصف القوات، أعلنت الوزارة قصف مواقع، استمرار قصف،
    إعلان العراق قصف): a past verb after a verb or noun and its subject would need a conjunction or أن
    between them, as would one after a verb of starting or going on (استأنفت الطائرات قصف المدينة)."""
    starts = sorted(x.start for x in hits)
    for h in hits:
        if h.trig.pos != "past" or " " in h.trig.base:
            continue
        prev = ctx.words.before(h.start, 1, ctx.doc.sentence_of(h.start).start)
        if (h.prefix and h.prefix in cues().masdar_prefixes) or (
                prev and _strip_conj(prev[0]) in cues().masdar_preps) or _reacted_to(ctx, h, starts) \
                or (_reacted_to(ctx, h, starts, cues().claim_declare_verbs) and _party_next(ctx, h)) \
                or _head_governs(ctx, h) \
                or (h.trig.base not in cues().time_homographs
                    and _resume_verb(ctx, h, ctx.doc.sentence_of(h.start).start) is not None):
            # بعد استعادة قوات النظام: the ة read as a pronoun suffix of استعاد is the masdar's own ending
            tied = ctx.doc.text[h.start:h.end].endswith("ة")
            h.trig = replace(h.trig, pos="noun", suffixed=h.trig.suffixed and not tied)


def _party_next(ctx: _Ctx, h: Hit) -> bool:
    """A party is named right after the trigger `h` (قصف تنظيم داعش، قتل عناصر الحزب): group words and force
    nouns may stand between. Read as a past verb after a verb of announcing, that name would become the doer;
    with anything else after it the verb reading gives the same roles, so it is left alone."""
    se = ctx.doc.sentence_of(h.start).end
    named = ctx.doc.mentions_in(h.end, min(se, h.end + 60), ("actor",))
    if not named:
        return False
    gap = ctx.words.between(h.end, named[0][0].start)
    heads = ctx.lex.roles["heads"]
    return not ctx.doc.text[h.end:named[0][0].start].strip(' "«»') or (
        len(gap) <= 2 and all(_strip_conj(g) in heads or g in cues().group_words for g in gap))


def _head_governs(ctx: _Ctx, h: Hit) -> bool:
    """The past-verb trigger `h` is the genitive of a verbal noun (event_cues masdar_heads) right before it
    (استمرار قصف، أثناء قتل) or before a party's name that is the noun's own genitive (إعلان العراق قصف). Only a
    name may stand between: after a common noun a new clause may open with a passive verb (منذ بدء
    الاحتجاجات قتل، وأثناء ذلك قتله)."""
    heads = cues().masdar_heads
    if not heads or (h.prefix and h.prefix[0] in "وف"):
        return False
    ss = ctx.doc.sentence_of(h.start).start
    prev = ctx.words.before(h.start, 1, ss)
    if prev and _strip_conj(prev[0]) in heads:
        return True
    named = ctx.doc.mentions_in(max(ss, h.start - 60), h.start, ("actor",))
    if not named or ctx.doc.text[named[-1][0].end:h.start].strip(' "«»'):
        return False
    before = ctx.words.before(named[-1][0].start, 1, ss)
    return bool(before) and _strip_conj(before[0]) in heads


def _reacted_to(ctx: _Ctx, h: Hit, starts: list[int], governors: frozenset[str] | None = None,
                window: int = 6) -> bool:
    """The past-verb trigger `h` is the object of a reaction word (triggers.json roles.reaction), or of the
    `governors` given instead, within `window` words before it in its clause: no conjunction on it (ندد
    بالهجوم وقصف), no relative right before it (الهجوم الذي قصف), no أن, clause stop or other trigger
    between (أدان الهجوم ثم قتل); `starts` are the sorted starts of all hits."""
    words = ctx.lex.roles.get("reaction", frozenset()) if governors is None else governors
    if not words or (h.prefix and h.prefix[0] in "وف"):
        return False
    prev = ctx.words.before(h.start, window, ctx.doc.sentence_of(h.start).start)
    if not prev or _strip_conj(prev[-1]) in cues().relatives:
        return False
    comps = ctx.lex.roles.get("complementizers", frozenset())
    for i, w in enumerate(reversed(prev)):
        if w in comps or _strip_conj(w) in comps:
            return False
        if w in words or _strip_conj(w) in words:
            ve = ctx.words.spans[ctx.words.index_at(h.start) - i - 1][1]
            # only the few words between are scanned: a sentence may be a whole unpunctuated text
            if _CLAUSE_END.search(ctx.doc.text, ve, h.start):
                return False
            return bisect.bisect_left(starts, ve) == bisect.bisect_left(starts, h.start)
    return False


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
        if _spread_not_force(ctx, t, s, e) or _crowd_not_force(ctx, t, s, e):
            continue
        out.append(Hit(s, e, t, t.type, m.prefix))
    return out


def _crowd_not_force(ctx: _Ctx, t: Trig, s: int, e: int) -> bool:
    """أمام حشد من أنصاره، دهست شاحنة حشدا من المارة، تجمعت حشود، يحشد الرأي العام: the words of gathering
    are a deployment only when a force gathers. What follows them, past words of size and من (event_cues
    crowd_fillers), decides: people, supporters or support rallied (crowd_not_objects) or a verb of gathering or
    protest (crowd_gather) make no deployment, nor does a gathering verb or a word of place or hitting
    up to two words before (crowd_before: أمام، وسط، دهس) unless a force is named after (crowd_force: حشود عسكرية)."""
    c = cues()
    if t.base not in c.crowd_bases:
        return False
    sent = ctx.doc.sentence_of(s)

    def forms(w: str) -> set[str]:
        out = {w, _strip_conj(w)}
        out |= {f[2:] for f in out if f.startswith("ال") and len(f) > 3}
        return out | {f[1:] for f in out if f[:1] in "بل" and len(f) > 3}

    # a verb's subject stands before its object (يحشد التيار المحافظ الرأي العام); a noun's complement is next
    reach = 1 if t.pos == "noun" else 4
    # the crowds told with no force or side after them are people (خطب في الحشود، أطلقوا النار على الحشود);
    # troops massed are named (الحشود العسكرية، الحشود التركية)
    head = ctx.words.spans_at(s, 1)
    bare = t.pos == "noun" and bool(head) and any(f.startswith("ال") for f in forms(head[0][2]))
    for ws, _, w in ctx.words.spans_at(e, 5 + reach):
        if ws >= sent.end or _CLAUSE_END.search(ctx.doc.text, e, ws):
            break
        if forms(w) & c.crowd_fillers:
            continue
        if w in c.crowd_stops:
            break
        if forms(w) & c.crowd_force:
            return False
        if bare and (sw := _strip_conj(w)).startswith("ال") and sw.endswith(c.nisba) and sw not in c.relatives:
            bare = False
        if forms(w) & c.crowd_not_objects or {w, _strip_conj(w)} & c.crowd_gather:
            return True
        reach -= 1
        if not reach:
            break
    if bare and not any(forms(w) & c.crowd_force for w in ctx.words.before(s, 3, sent.start)):
        return True
    # فرقت الشرطة الحشود: the verb's subject may stand between
    return any(forms(w) & (c.crowd_before | c.crowd_gather) for w in ctx.words.before(s, 2, sent.start))


def _spread_not_force(ctx: _Ctx, t: Trig, s: int, e: int) -> bool:
    """انتشرت صور، انتشار الكوليرا، تنتشر فيها النيران، الشائعات التي انتشرت: the verb and masdar of
    spreading are a deployment only when a force spreads. Its subject decides: the first word after it, past
    fillers and words of manner or place (event_cues spread_fillers), or the noun a relative word before it
    refers to. What is no force is listed (event_cues spread_not_subjects); any other word leaves the
    trigger as it was."""
    c = cues()
    if t.base not in c.spread_bases or not c.spread_not_subjects:
        return False

    def listed(w: str) -> bool | None:
        # وباء starts like a conjunction: the word is tried whole and without it
        forms = {w, _strip_conj(w)}
        if forms & (c.subject_fillers | c.spread_fillers | c.relatives):
            return None
        forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 3}
        return bool(forms & c.spread_not_subjects)

    sent = ctx.doc.sentence_of(s)
    # before a masdar stands its head (صور انتشار القوات), not its subject
    for w in reversed(ctx.words.before(s, 2, sent.start) if t.pos != "noun" else []):
        if (hit := listed(w)) is not None:
            if hit:
                return True
            break
    for ws, _, w in ctx.words.spans_at(e, 5):
        if ws >= sent.end:
            return False
        if (hit := listed(w)) is not None:
            return hit
    return False


#: how many words of a count a conditional trigger's window may reach past (ثلاثة آلاف وخمسمئة وعشرين)
_COUNT_REACH = 6


@cache
def _number_words() -> frozenset[str]:
    """The number words of the numbers pack (ones to scales, duals and vague counts) and the approximators
    (نحو، قرابة), folded."""
    nums = load_json("numbers")
    words = {fold_text(w) for key in ("ones", "teen_heads", "teen_tails", "tens", "hundreds", "hundred_words",
                                      "scales", "scale_duals", "vague") for w in nums[key]}
    return frozenset(words | _scale_words() | cues().approx_words | cues().count_words)


def _count_word(w: str) -> bool:
    """A digit run or a number word, bare or after و (وخمسمئة)."""
    return w.isdigit() or w in _number_words() or _strip_conj(w) in _number_words()


@cache
def _intercept_index() -> tuple[PhraseIndex, PhraseIndex]:
    verbs, objects = PhraseIndex(), PhraseIndex()
    for w in cues().intercept_verbs:
        verbs.add(w, True)
    for w in cues().intercepted_objects:
        objects.add(w, _f(w))
    verbs.compile()
    objects.compile()
    return verbs, objects


def _intercepted(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """أسقطت الدفاعات طائرتين مسيرتين، اعترض الجيش صاروخاً: the drone or missile brought down is an attack
    that failed, told by its object noun; the interceptor is its target and the launcher, when named after it
    (أطلقتها ميليشيا), its doer (roles.foiling in triggers.json)."""
    c = cues()
    if not c.intercept_verbs or not c.intercepted_objects:
        return []
    verbs, objects = _intercept_index()
    folded = ctx.doc.folded.text
    taken = [(h.start, h.end) for h in hits]
    spots = [ctx.doc.folded.span(m.start, m.end) for m in objects.find(folded)]
    out = []
    for m in verbs.find(folded):
        vs, ve = ctx.doc.folded.span(m.start, m.end)
        sent = ctx.doc.sentence_of(vs)
        for s, e in spots:
            if s < ve or s >= sent.end or ctx.words.gap(ve, s) > c.intercept_window:
                continue
            if _CLAUSE_END.search(ctx.doc.text, ve, s) or any(a < e and s < b for a, b in taken) or any(
                    _strip_conj(w) in c.intercept_stops for w in ctx.words.between(ve, s)):
                break
            if ctx.doc.text[s:e].startswith("ال"):
                break  # اعتراض الصواريخ: the missiles were told before
            base = fold_text(ctx.doc.text[s:e])
            if base in c.launcher_needed and not ({_strip_conj(w) for w in ctx.words.between(
                    e, sent.end, limit=2)} & c.launch_relatives):
                break  # تصدت الدفاعات لصواريخ: mostly the strike already told, its launcher not named here
            out.append(Hit(s, e, Trig("ATTACK", "noun", base), "ATTACK", ""))
            taken.append((s, e))
            break
    return out


@cache
def _named_operations() -> tuple[PhraseIndex, frozenset[str], frozenset[str]]:
    """event_cues named_operations: the known names (folded) with their owners' pack ids, and the operation
    nouns (operation_name_nouns) a name must follow to tell the operation, and the words of membership
    (operation_member_words) before them that make the operation only describe a party."""
    data = load_json("event_cues")
    index = PhraseIndex()
    for op in data.get("named_operations", []):
        for name in op["names"]:
            index.add(_f(name), tuple(op["owners"]))
    return index, frozenset(_f(w) for w in data.get("operation_name_nouns", [])), frozenset(
        _f(w) for w in data.get("operation_member_words", []))


def _named_operation_hits(ctx: _Ctx, hits: list[Hit]) -> dict[int, tuple[str, ...]]:
    """عملية غصن الزيتون، خلال عملية "عاصفة الحزم"، معركة ردع العدوان: a known operation's name right after an
    operation noun (a quote or a ب/و/ل/ف on the noun allowed) tells the operation, one ATTACK on the noun when
    no other trigger stands in its clause (a verb or noun there already tells it: شنت تركيا عملية عسكرية).
    Returns the new hits' starts with the operation's owners; the hits are appended to `hits`."""
    index, nouns, members = _named_operations()
    if not nouns:
        return {}
    text = ctx.doc.text
    folded = ctx.doc.folded.text
    out: dict[int, tuple[str, ...]] = {}
    for m in index.find(folded):
        s, _e = ctx.doc.folded.span(m.start, m.end)
        prev = ctx.words.span_before(s)
        if not prev:
            continue
        ps, pe, w = prev[0]
        if text[pe:s].strip() not in ("", '"', "«", "“", "'"):
            continue
        if not (w in nouns or (w[:1] in "وفبل" and w[1:] in nouns) or (w[:2] in ("وب", "ول", "فب") and w[2:] in nouns)):
            continue
        sent = ctx.doc.sentence_of(ps)
        before = [_strip_conj(x) for x in ctx.words.before(ps, 2, sent.start)]
        if before and (before[-1] in members or (before[-1] == "في" and len(before) == 2 and before[0] in members)):
            continue  # فصيل عامل في عملية "غصن الزيتون"، ضمن عملية درع الفرات: it describes a party
        cs = max([sent.start] + [x.end() for x in _CLAUSE_END.finditer(text, sent.start, ps)])
        nxt = _CLAUSE_END.search(text, s, sent.end)
        ce = nxt.start() if nxt else sent.end
        if any(o.start == ps and o.type == "ATTACK" for o in hits):
            out[ps] = m.payloads[0]  # معركة "ردع العدوان": the noun tells it already; the name gives its owner
            continue
        if any(cs <= o.start < ce and o.trig.pos != "not"
               and (o.trig.pos != "light" or o.trig.base in ctx.lex.light_default) for o in hits):
            continue  # another trigger of the clause tells it (التي يشنها الجيش التركي: its light verb)
        base = fold_text(text[ps:pe])
        hits.append(Hit(ps, pe, Trig("ATTACK", "noun", base), "ATTACK", ""))
        out[ps] = m.payloads[0]
    return out


def _operation_owners(ctx: _Ctx, drafts: list[Draft], owners: dict[int, tuple[str, ...]]) -> None:
    """A named operation's doer: its clause's own, else the first owner the article names, else none (a doer
    guessed from the sentences around is only a guess where the name itself says who launched it). The
    operation's owner is never its own target (معركة ردع العدوان: the name is the operations room's too)."""
    if not owners:
        return
    by_ref = {e.ref: e for e in ctx.doc.entities if e.ref}
    for d in drafts:
        ids = owners.get(d.head.start)
        if ids is None or d.head.trig.pos != "noun":
            continue
        if not d.actor1_explicit:
            d.actor1 = next((by_ref[i] for i in ids if i in by_ref), None)
        if d.actor2 is not None and (d.actor2 is d.actor1 or d.actor2.ref in ids):
            d.actor2 = None


@cache
def _prevent_index() -> PhraseIndex:
    index = PhraseIndex()
    for w in cues().prevent_before:
        index.add(w, True)
    return index


def _cue_spans(ctx: _Ctx, index: PhraseIndex) -> list[tuple[int, int]]:
    return [ctx.doc.folded.span(m.start, m.end) for m in index.find(ctx.doc.folded.text)]


def _aim_of_operation(ctx: _Ctx, h: Hit, earlier: list[Hit], floor: int) -> bool:
    """حملة عسكرية لاستعادة السيطرة على المخيم، بدأت عملية في درعا بهدف السيطرة عليها: a capture masdar under
    purpose ل, or after a purpose word, names the aim of an operation told before it in the sentence; the
    operation is the event, its aim has not happened."""
    if h.type not in cues().purpose_types or h.trig.pos not in ("noun", "past"):
        return False
    # a past verb never takes ل: لاستعادة is the masdar, whichever way its folded spelling was read
    lam = _strip_conj(h.prefix).startswith("ل")
    if h.trig.pos == "past" and not lam:
        return False
    before = [_strip_conj(w) for w in ctx.words.before(h.start, 2, floor)]
    if not (lam or any(w in cues().purpose_before for w in before)):
        return False
    return any(x.type in cues().operation_types and x.start >= floor for x in earlier)


def _provides(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """وفر الجيش الحماية للمدنيين: the conjunction and a flight verb spell وفّر (provide) unvowelled. A shadda
    on the ف, or a beneficiary (لهم، لقطاع غزة) or a thing provided (دعما، الحماية) before any word of flight
    (من، إلى، هاربين), reads it as providing; with neither, the flight stands (وفر المسلحون، وفر نحو ألف من
    المدينة)."""
    c = cues()
    if h.trig.base not in c.provide_homographs or not h.prefix.endswith("و") or h.trig.pos != "past":
        return False
    text = ctx.doc.text
    if h.start + 1 < len(text) and text[h.start + 1] == "\u0651":
        return True
    clause_end = m.start() if (m := _CLAUSE_END.search(text, h.end, sent_end)) else sent_end
    for w in ctx.words.between(h.end, clause_end, limit=c.provide_window):
        if w in c.flight_words or _strip_conj(w) in c.flight_words:
            return False
        if _strip_conj(w) in c.provide_objects or (
                w.startswith("ل") and len(w) > 2 and w not in c.not_objects and not w.startswith("لاحق")):
            return True
    return False


def _coalition_provides(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """يوفر التحالف غطاء جويا للقوات، وقدم التحالف الدعم لقسد: the definite noun التحالف right after a verb of
    providing (event_cues coalition_provide_verbs) is that verb's subject, the coalition as a party, when a thing
    provided (provide_objects) or a beneficiary under ل follows within provide_window words of its clause: no
    pact is told. An indefinite or named alliance (تقدم تحالف سائرون في الانتخابات) is left to the other rules."""
    c = cues()
    if h.trig.base not in c.coalition_bases or h.trig.pos != "noun" or h.end - h.start > 10:
        return False
    if not _strip_conj(fold_text(ctx.doc.text[h.start:h.end])).startswith("ال"):
        return False
    prev = ctx.words.before(h.start, 1, ctx.doc.sentence_of(h.start).start)
    if not prev or (prev[0] not in c.coalition_provide_verbs and _strip_conj(prev[0]) not in c.coalition_provide_verbs):
        return False
    text = ctx.doc.text
    clause_end = m.start() if (m := _CLAUSE_END.search(text, h.end, sent_end)) else sent_end
    return any(_strip_conj(w) in c.provide_objects or (w.startswith("ل") and len(w) > 2 and w not in c.not_objects)
               for w in ctx.words.between(h.end, clause_end, limit=c.provide_window))


def _waved(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """لوّح with nothing brandished after ب within brandish_window words of its sentence, or only a flag, a hand
    or a cloth, is waving, not a threat (ولوحوا بالأعلام، لوح لأنصاره، بشائر النصر تلوح في الأفق)."""
    c = cues()
    if h.type != "THREATEN" or h.trig.base not in c.brandish_bases:
        return False
    after = ctx.words.between(h.end, sent_end, limit=c.brandish_window)
    return not any(w.startswith("ب") and w not in c.brandish_not_objects for w in map(_strip_conj, after))


def _party_over(ctx: _Ctx, a: int, b: int) -> bool:
    return any(m.start < b and m.end > a for m, _e in ctx.doc.mentions_in(max(0, a - 80), b + 80, ACTOR_TYPES))


def _thing_threatens(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """The subject of a threatening verb is a thing, not a party: a danger is told, no threat made (ما يهدد
    باندلاع نزاعات، الألغام التي تهدد حياة الصيادين، الفساد يهدد البلاد، تهدد المجاعة الملايين). A party named
    as the subject, before the verb or after it (الحوثيون يهددون، تهدد أنقرة بعملية، ما تهدد به الميليشيات),
    or a dropped subject (وهدد بشن هجوم) keeps the threat."""
    if h.type != "THREATEN" or h.trig.pos not in ("past", "present"):
        return False
    c = cues()
    text = ctx.doc.text
    cut = [m.end() for m in _CLAUSE_END.finditer(text, sent_start, h.start)]
    clause_start = cut[-1] if cut else sent_start
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    nxt = [sp for sp in spans[i + 1:i + 4] if sp[0] < sent_end]
    party_after = bool(nxt) and _party_over(ctx, nxt[0][0], nxt[-1][1])
    if i == 0 or spans[i - 1][0] < clause_start or h.prefix:
        # the verb opens its clause, or a conjunction on it opens a new one (ومن المدينة وتهدد بعملية): its
        # subject follows (ويهدد سوء التغذية حياة الأطفال) or is the one of the verb before
        return bool(nxt) and _strip_conj(nxt[0][2]) in c.threat_things and not party_after
    ps, pe, prev = spans[i - 1]
    if _party_over(ctx, ps, pe):
        return False
    w = _strip_conj(prev)
    if prev in c.threat_pointers or w in c.threat_pointers:
        # ما يهدد الولايات المتحدة: the party after the verb is its object; after a resumptive it is the one
        # threatening (وهو ما تهدد به الميليشيات)
        return not (party_after and nxt[0][2] in c.threat_resumptives)
    if w in cues().relatives:
        # the antecedent of the relative is the subject (المتمردين الذين هددوا، الأخطار التي تهدد), unless a
        # subject follows the verb (الاتفاقية التي يهدد ترامب بإلغائها)
        if party_after or (nxt and nxt[0][2] in c.threat_resumptives):
            return False  # العملية التي يلوح بها: a resumptive makes the antecedent what is threatened
        ante = [sp for sp in spans[max(0, i - 3):i - 1] if sp[0] >= clause_start]
        return bool(ante) and not _party_over(ctx, ante[0][0], ante[-1][1]) and not any(
            _strip_conj(sp[2]) in _person_words() for sp in ante)
    if w in c.threat_things:
        return True
    if prev in c.threat_particles or w in c.threat_particles or w in _person_words():
        return False
    # a noun right before the verb that names no party is its subject (أوضاع تهدد حياتهم، الاتفاق يهدد بإلغائه)
    return w.startswith("ال") or w.endswith(("ة", "ات")) or prev.startswith(("بال", "لل"))


def _threat_without_deed(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A THREATEN word whose deed, under ب after it within threat_deed_window words of its clause, is a measure
    and no armed deed (هددت واشنطن طهران بفرض عقوبات، التلويح باتخاذ إجراءات، هددت المدراء بالإجراءات العقابية:
    event_cues threat_not_deeds, in the ب-word or the word after it). A threat with an armed deed (هدد بشن هجوم)
    or with none named stays."""
    c = cues()
    if h.type != "THREATEN" or " " in h.trig.base or not c.threat_not_deeds:
        return False
    text = ctx.doc.text
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    end = h.end
    window = spans[i + 1:i + 1 + c.threat_deed_window]
    # a name that opens with ب (هددت بيونغ يانغ بإلغاء، هددت بريطانيا بطرد) is the one threatening or threatened,
    # not the deed: its words are passed over
    names = [(m.start, m.end) for m, _ in ctx.doc.mentions_in(h.end, sent_end, (*ACTOR_TYPES, "place"))]
    for k, (s, e, w) in enumerate(window):
        if s >= sent_end or _CLAUSE_END.search(text, end, s):
            break
        end = e
        w = _strip_conj(w)
        if w in c.threat_resumptives:
            return False
        if any(a <= s < b for a, b in names):
            continue
        if w.startswith("ب") and len(w) >= 4:
            deed = [w[1:]] + [_strip_conj(sp[2]) for sp in window[k + 1:k + 2] if sp[0] < sent_end]
            return any(x in c.threat_not_deeds or x.removeprefix("ال") in c.threat_not_deeds for x in deed)
    return False


@cache
def _person_words() -> frozenset[str]:
    c = cues()
    lex = lexicon()
    return (c.people_heads | c.force_subjects | c.unnamed_doers | c.group_subjects | c.victim_heads
            | c.nameless_doers | c.relative_nameless | frozenset(_f(w) for w in lex.roles["heads"]) | c.pronoun_subjects
            | c.title_words | c.civilian_words)


def _filter_hits(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    lex = ctx.lex
    words = ctx.words
    hits = _unmet_conditions(ctx, hits)
    # a reason (خوفاً من انشقاقات) or a condition (في حال بدأت معركة) names no event that happened
    cancel = _cue_spans(ctx, lex.reason_before) + _cue_spans(ctx, lex.hypothetical_before)
    # رفضت الوزارة التعليق على ... القوات التي شنت الهجوم: what was not commented on is no event told
    uncommented = _cue_spans(ctx, lex.no_comment) if lex.no_comment is not None else []
    prevent = _cue_spans(ctx, _prevent_index())
    # فجر الخميس is a time: gone before a verb yields to it (استهدفت الطائرات فجر الخميس). Only beside another
    # trigger of its sentence: on unseen conflict articles a sentence dated "at dawn" with no other trigger
    # still told an event more often than not (سقط صاروخان قرب المطار فجر الثلاثاء), which the type of the
    # misread verb caught
    spans = [(h.start, ctx.doc.sentence_of(h.start)) for h in hits]
    # الساعة الثانية فجراً، شنت فجرا غارات: the accusative of the time noun is "at dawn", never a verb
    hits = [h for h in hits if not _dawn_adverb(ctx, h) and not _dawn_time(ctx, h)]
    spans = [(h.start, ctx.doc.sentence_of(h.start)) for h in hits]
    hits = [h for h, (_, sent) in zip(hits, spans, strict=True) if not (
        _time_homograph(ctx, h, sent.end)
        and (_time_set_off(ctx, h, sent.end) or any(o is not h and sent.start <= o.start < sent.end and (
            o.trig.pos != "light" or _announces_time(ctx, o, h)) for o in hits)))]
    # طردت 23 دبلوماسيا، لجنة المفاوضات، طائرات التحالف: no event, gone before a verb yields to them (استهدفت
    # طائرات التحالف مواقع: the strike verb yielded to the coalition noun read as a pact)
    hits = _raids_of_killings(ctx, [h for h in hits if not _not_told(ctx, h)])
    kept = []
    aim: Hit | None = None
    background = False
    background_end = -1
    #: light verbs a condition or reason cancelled (إذا شنت، خشية أن تشن): the noun they carry goes with them
    cancelled_lights: list[Hit] = []
    for i, h in enumerate(hits):
        sent = ctx.doc.sentence_of(h.start)
        if any(sent.start <= a and b <= h.start and words.gap(b, h.start) < lex.cue_window
               and not _CLAUSE_END.search(ctx.doc.text, b, h.start) for a, b in cancel):
            if h.trig.pos == "light":
                cancelled_lights.append(h)
            continue
        if h.trig.pos == "noun" and _carried_by(ctx, h, cancelled_lights, sent.start):
            continue  # سترد إذا شنت الولايات المتحدة هجوما: the attack is the condition's, not one told
        if any(sent.start <= a and b <= h.start and not _CLAUSE_END.search(ctx.doc.text, b, h.start)
               for a, b in uncommented):
            continue
        if h.type == "DEFECT" and _provides(ctx, h, sent.end):
            continue
        if _idle_reading(ctx, h, hits[:i], sent.start, sent.end):
            continue  # لم يحرز المنقذون تقدما، أغلقت المحال أبوابها، القبض عليه واسترداده: no deed of its own
        if _closed_institution(ctx, h, sent.end):
            continue  # أغلقت السلطات القنصلية، إغلاق موقع التجارب: a shutdown by order, no road closed
        if _previous_ones(ctx, h, sent.end):
            continue  # الاجتماعات السابقة، هجمات سابقة: earlier happenings in general, no event told
        if h.type == "DEFECT" and _joins_no_side(ctx, h, sent.end):
            continue  # لجأ إلى التقاط صورة، الانضمام إلى عمل عسكري: resorting or taking part, no side joined
        if _thing_threatens(ctx, h, sent.start, sent.end) or _waved(ctx, h, sent.end):
            continue
        if _threat_without_deed(ctx, h, sent.end):
            ctx.deedless.append((h.start, h.end))
            continue  # لغة التهديد، أصل التهديد، هددت بفرض عقوبات: no armed deed threatened
        if h.type == "DEFECT" and lex.not_party_window:
            n = lex.not_party_window
            near = words.before(h.start, n, sent.start) + words.between(h.end, sent.end, limit=n)
            members = lex.roles["heads"] | cues().people_heads
            if any(_strip_conj(w) in lex.not_party_defect or w in lex.not_party_defect for w in near) and not any(
                    _strip_conj(w) in members for w in near):
                # civilians fleeing shelling are no party's defection; a count of members is (فرار ألف عنصر)
                continue
        if _aim_of_operation(ctx, h, hits[:i], sent.start) or (
                aim is not None and h.type == aim.type and 0 <= words.gap(aim.end, h.start) <= 1):
            aim = h  # لاستعادة السيطرة على: the noun the aim's masdar governs is the same aim
            continue
        if h.trig.cond >= 0 and h.prefix.strip("وف") and _f(ctx.doc.text[h.start:h.end]).endswith(
                ("ها", "هم", "ته")):
            continue  # الخاضعة لسيطرتها: a verb takes no preposition, this is the owned noun (بسيطرة: the masdar)
        if h.trig.cond >= 0:
            near, window = lex.conditions[h.trig.cond]
            window = _bare_window(ctx, h, window)
            # نشر الجيش نحو ثلاثة آلاف وخمسمئة عنصر: the words of a count are one number, not five words of reach
            after = [w for w in words.between(h.end, sent.end, limit=window + _COUNT_REACH)
                     if not _count_word(w)][:window]
            if not any(_strip_conj(w) in near or w in near for w in after):
                continue
        before = [_strip_conj(w) for w in words.before(h.start, max(2, lex.negation_window), sent.start)]
        near_before = before[-lex.negation_window :]
        noun = h.trig.pos == "noun"
        if any(_negates(ctx, near_before, k, noun) for k in range(len(near_before))) or _negated(ctx, h, sent.start):
            continue
        if noun and _ceased(ctx, h, sent.start):
            continue  # أعلن الحوثيون وقف الهجمات، لرفع الحصار: the end of the deed is told, not a deed
        if h.trig.base in cues().verbal_attack_bases and any(
                _strip_conj(w) in cues().verbal_attack_words
                for w in words.between(h.end, sent.end, limit=cues().verbal_attack_window)):
            continue  # هاجم الوزير نظيره قائلا إن: an attack in words, no armed one
        if h.trig.base in cues().coalition_bases and any(
                _strip_conj(w) in cues().coalition_lead_verbs for w in words.before(h.start, 3, sent.start)):
            continue  # وتقود السعودية تحالفا عسكريا: who leads a standing coalition, no pact made
        if _coalition_provides(ctx, h, sent.end):
            continue  # يوفر التحالف غطاء جويا للقوات: the coalition provides, no pact made
        if _abstract_object(ctx, h, sent.end):
            continue  # تستهدف إعادة الشرعية، فجّر موجة غضب، حملة ضد الفساد: a figure of speech, no armed deed
        if _figurative_blast(ctx, h, sent.end):
            continue  # فجرت تصريحات الوزير أزمة، مهرجان "فجر": a quarrel set off, a name, no bombing
        if _during_period(ctx, h, sent.start):
            continue  # في الفترة التي سيطر خلالها التنظيم على المدينة: the time it held the town, no capture told
        if _background_agreement(ctx, h, sent.start, sent.end) or (
                background_end >= 0 and h.type in cues().background_types and h.trig.pos == "noun"
                and words.gap(background_end, h.start) == 0):
            # اتفاق وقف إطلاق النار الذي …: the agreement's own genitive noun is cited with it
            background, background_end = True, h.end
            continue
        if background and h.type in cues().background_types and h.trig.pos == "noun" and " " not in h.trig.base \
                and ctx.doc.text[h.start:h.end].startswith("ال"):
            continue  # بيد أن الاتفاق لم يشمل: the background agreement named again
        if any(sent.start <= a and b <= h.start and words.gap(b, h.start) < cues().prevent_window
               and not _CLAUSE_END.search(ctx.doc.text, b, h.start) for a, b in prevent):
            continue  # ستمنع المقاتلين من شن هجمات: what is to be prevented has not happened
        if h.trig.pos == "present" and h.trig.base in cues().control_present and not any(
                _strip_conj(w) in cues().inchoative for w in words.before(h.start, 10, sent.start)):
            continue  # تسيطر قسد على المدينة: who holds a place, not a capture (باتت تسيطر: a capture)
        if h.trig.pos == "noun" and any(w in lex.reference_window for w in before[-lex.reference_window_n:]) \
                and not _duration_between(ctx, before[-lex.reference_window_n:]):
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
        kept.append(h)
    return _yield_to_following(ctx, kept)


def _idle_reading(ctx: _Ctx, h: Hit, before: list[Hit], floor: int, sent_end: int) -> bool:
    """Three readings of a trigger word that tell no deed of their own:
    - progress (event_cues progress_nouns: تقدما، تقدمات) is a capture only when made: a negation (لم، لن، لا، ما)
      before it in its clause, a subject between (لم يحرز عمال الإنقاذ تقدما), or no party named before it in its
      clause (أحرزت المفاوضات تقدما) leaves rescue work or talks;
    - a verb of closing whose object, a subject between, is the closer's own doors (event_cues closed_doors,
      within closed_doors_window words: أغلقت المحال التجارية أبوابها) tells a strike or a shutdown, no road closed;
    - a masdar of handing over or bringing back with a pronoun (event_cues arrest_sequels: واسترداده، وتسليمه)
      joined by و to an arrest told just before in its clause (القبض على مواطن متهم بالقتل واسترداده) is the
      end of that arrest, one act announced, no transfer of prisoners."""
    c = cues()
    words = ctx.words
    text = ctx.doc.text
    if h.trig.base in c.progress_nouns:
        i = words.index_at(h.start)
        j = i - 1
        while j >= 0 and words.spans[j][0] >= floor and not _CLAUSE_END.search(text, words.spans[j][1], h.start):
            j -= 1
        opening = words.spans[j + 1:i]
        if any(_strip_conj(w) in ctx.lex.negation_before or w in c.progress_negations for _a, _b, w in opening):
            return True
        if opening and not ctx.doc.mentions_in(opening[0][0], h.start, ACTOR_TYPES):
            return True
        if opening and not _armed_progress(ctx, opening[0][0], h.start, [w for _a, _b, w in opening]):
            return True
    if h.type == "DEPLOY" and h.trig.pos != "noun":
        i = words.index_at(h.end - 1)
        for a, _b, w in words.spans[i + 1:i + 1 + c.closed_doors_window]:
            if a >= sent_end or _CLAUSE_END.search(text, h.end, a):
                break
            if _strip_conj(w) in c.closed_doors:
                return True
    if h.trig.pos == "noun" and h.prefix.startswith("و") and h.trig.base in c.arrest_sequels and _f(
            text[h.start:h.end]).endswith(("ه", "ها", "هم", "هما")):
        for o in reversed(before):
            if o.type == "ARREST" and o.start >= floor:
                return words.gap(o.end, h.start) <= c.arrest_sequel_window and not _CLAUSE_END.search(
                    text, o.end, h.start)
    return False


def _joins_no_side(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A verb or noun of joining or taking refuge (event_cues join_bases: لجأ، انضم إلى، الانضمام إلى، التحق) is a
    defection only towards a side or a place: a party or place named within join_reach words after it (لجأوا
    إلى مناطق سيطرة قسد، انضم إلى هيئة تحرير الشام). With none, it is resorting to a means (لجأ إلى التقاط صورة،
    يلجأ إلى الفيتو) or joining people or an action (انضمام مسؤولين إلى الرئيسين، الانضمام إلى عمل عسكري)."""
    c = cues()
    if h.trig.base not in c.join_bases:
        return False
    spans = ctx.words.spans
    i = ctx.words.index_at(h.end - 1)
    after = [sp for sp in spans[i + 1:i + 1 + c.join_reach] if sp[0] < sent_end]
    if not after or _CLAUSE_END.search(ctx.doc.text, h.end, after[0][0]):
        return False  # nothing follows in the clause: the side may be the one told before (فر وانضم)
    a, b = after[0][0], after[-1][1]
    # a name may run on past the last word read (انضم إلى هيئة تحرير الشام): what starts within counts
    return not any(m.start < b for m, _e in ctx.doc.mentions_in(a, b + 80, (*ACTOR_TYPES, "place")))


def _carried_by(ctx: _Ctx, h: Hit, lights: list[Hit], floor: int) -> bool:
    """Noun h stands within the light-verb window after one of `lights`, in its clause (شنت الولايات المتحدة
    هجوما): the light verb carries it, so what cancelled the verb (a condition, a reason) holds for it too."""
    for light in reversed(lights):
        if light.end > h.start or light.start < floor:
            continue
        return (ctx.words.gap(light.end, h.start) <= ctx.lex.light_window
                and not _CLAUSE_END.search(ctx.doc.text, light.end, h.start))
    return False


def _casualty_alone(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A noun of death with its dead counted (triggers.json conditional: مقتل 8 من جنودها) tells the attack it
    implies only where its sentence has no attack word of its own: beside one (أسفر القصف عن مقتل 43 مدنيا،
    قتلوا في هجوم) the attack word tells the happening, and the toll is its outcome; a toll under a proclitic
    (بمقتل، لمقتل: a charge, a cause) or after a word of remembrance (event_cues casualty_not_after: ذكرى مقتل)
    is no happening told either."""
    deaths = [h for h in hits if h.trig.cond >= 0 and h.type == "ATTACK" and h.trig.pos == "noun"
              and h.trig.base in cues().victim_nouns]
    if not deaths:
        return hits
    drop = set()
    for h in deaths:
        sent = ctx.doc.sentence_of(h.start)
        if any(o is not h and o.type == h.type and o.trig.pos != "light" and sent.start <= o.start < sent.end
               for o in hits) or h.prefix.strip("وف") \
                or any(_strip_conj(w) in cues().casualty_not_after for w in ctx.words.before(h.start, 1, sent.start)):
            drop.add(id(h))
    return [h for h in hits if id(h) not in drop]


def _abstract_object(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """The trigger governs an idea, a feeling or a measure, no person, force or place (يستهدف إعادة الشرعية،
    تستهدف العقوبات شركات، فجّر موجة غضب، اغتيال الحقيقة، حملة ضد الفساد; event_cues abstract_objects): the
    word is a figure of speech and tells no armed deed. A verb's first two words are read (its subject, then
    its object: فجّر القرار غضبا), a noun's first only (its genitive), a demonstrative skipped and, for a noun,
    one preposition (abstract_preps: حرب على الفساد); a comma or colon ends the reach."""
    c = cues()
    if h.type not in c.abstract_types or not c.abstract_objects:
        return False
    if _abstract_subject(ctx, h):
        return True
    text = ctx.doc.text
    ws: list[str] = []
    for k, (s, _, w) in enumerate(ctx.words.spans_from(h.end)):
        if s >= limit or k >= 5 or _CLAUSE_END.search(text, h.end, s):
            break
        ws.append(w)  # a word with و is a second noun joined to the trigger (القمع والفساد), not its object
    ws = [w for w in ws if w not in c.demonstratives]
    noun = h.trig.pos == "noun"
    direct = c.abstract_objects | c.abstract_direct
    if noun and ws and ws[0] in c.abstract_preps:
        ws = ws[1:]
        direct = c.abstract_objects
    for w in ws[: 1 if noun else 2]:
        forms = {w, w[2:] if w.startswith("ال") else w}
        if len(w) > 3 and w[0] in "بل":
            # بالعقوبات، للحقيقة (ل before ال drops its alef)
            forms |= {w[1:], w[3:] if w[1:].startswith("ال") else w[1:], w[2:] if w.startswith("لل") else w[1:]}
        if forms & direct:
            return True
    return False


def _abstract_subject(ctx: _Ctx, h: Hit, reach: int = 4) -> bool:
    """A verb trigger whose subject, told before it, is a measure and no force (العقوبات تستهدف شركات، عقوبات
    جديدة تستهدف، القانون الذي يستهدف; event_cues abstract_subjects): the measure "targets", nobody is struck.
    Walking back from the verb past relative words and adjectives (nisba forms, جديدة), the first other word
    is the subject; a comma or colon ends the reach."""
    c = cues()
    if h.trig.pos not in ("past", "present") or not c.abstract_subjects:
        return False
    text = ctx.doc.text
    sent = ctx.doc.sentence_of(h.start)
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    end = h.start
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        s, e, w = spans[j]
        if s < sent.start or _CLAUSE_END.search(text, e, end):
            return False
        end = s
        w = _strip_conj(w)
        if w in c.relatives or w in c.another_words or w in c.manner or w.endswith(c.nisba):
            continue
        return w.removeprefix("ال") in c.abstract_subjects
    return False


def _during_period(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A verb of capture in a relative clause on a noun of a stretch of time (في الفترة التي سيطر خلالها
    التنظيم على المدينة، خلال السنوات التي سيطرت فيها الجماعة; event_cues period_nouns, period_types) names the time
    a side held the place, as a date for something else: no capture is told."""
    c = cues()
    if h.type not in c.period_types or h.trig.pos in ("noun", "light"):
        return False
    prev = [_strip_conj(w) for w in ctx.words.before(h.start, 3, floor)]
    return any(prev[k].removeprefix("ال") in c.period_nouns and prev[k + 1] in c.relatives
               for k in range(len(prev) - 1))


def _ceased(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """The event noun is the genitive of a masdar of stopping right before it (وقف الهجمات، لإيقاف القصف، تعليق
    العمليات العسكرية): what is told is the end of the deed, or a call for it."""
    if h.type not in cues().cease_types or h.prefix:
        return False
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < floor or _CLAUSE_END.search(ctx.doc.text, prev[0][1], h.start):
        return False
    stops = cues().cease_before
    # وقف is itself spelt with و: the word as it stands first, then without a conjunction (ووقف، فوقف)
    for w in dict.fromkeys((prev[0][2], _strip_conj(prev[0][2]))):
        if w in stops or (len(w) > 3 and w[0] in "لب" and w[1:] in stops):
            return True
    return False


def _duration_between(ctx: _Ctx, before: list[str]) -> bool:
    """وتدور منذ أيام اشتباكات: منذ with a length of time after it dates the event told, it names no
    earlier event the trigger refers to (منذ فرض اتفاق التسوية)."""
    for k, w in enumerate(before[:-1]):
        if w in ctx.lex.reference_window and _strip_conj(before[k + 1]) in cues().duration_words:
            return True
    return False


def _negates(ctx: _Ctx, ws: list[str], k: int, noun: bool) -> bool:
    """ws[k] (of the words before a trigger) is a negation of it, unless a verb of continuing comes right after
    it (لا تزال المعارك، لم يزل القصف): لا/لم with زال says the event goes on, it does not deny it."""
    return ws[k] in ctx.lex.negation_before and not (
        k + 1 < len(ws) and _strip_conj(ws[k + 1]) in cues().continuation_verbs and _goes_on(ws[k + 2:], noun))


def _goes_on(between: list[str], noun: bool) -> bool:
    """What goes on after لا تزال is the trigger: a verb trigger (لا تزال القوات تقصف), or a noun right after it
    or after an imperfect verb (لا تزال تخوض المعارك); a noun between owns the trigger as its genitive (لا تزال
    شواهد المعارك واضحة: the traces remain, the fighting is over)."""
    return not noun or not between or any(len(w) > 2 and w[0] in "يتن" for w in between)


def _negated(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """رفضت في وقت سابق الانضمام: a negation a few words before the trigger, time and manner fillers
    between (event_cues.json negation_fillers) not counted; a clause stop between breaks it."""
    fillers = cues().negation_fillers
    if not fillers:
        return False
    window = ctx.lex.negation_window
    words = ctx.words
    i = words.index_at(h.start) - 1
    counted = 0
    while i >= 0 and counted < window and words.spans[i][0] >= floor:
        _s, e, w = words.spans[i]
        if _CLAUSE_END.search(ctx.doc.text, e, h.start):
            return False
        w = _strip_conj(w)
        # في وقت سابق: في counts only as part of the time phrase
        nxt = words.spans[i + 1][2] if i + 1 < len(words.spans) else ""
        if w in ctx.lex.negation_before and not (_strip_conj(nxt) in cues().continuation_verbs and _goes_on(
                [x for _a, b, x in words.spans[i + 2:] if b <= h.start], h.trig.pos == "noun")):
            return True
        if w not in fillers and w not in cues().continuation_verbs and not (w == "في" and nxt in fillers):
            counted += 1
        i -= 1
    return False


def _announces_time(ctx: _Ctx, light: Hit, h: Hit) -> bool:
    """وأعلنت الحكومة فجر الخميس الجزيرة منكوبة: a light verb (أعلن، بدأ) before the dawn word in its own
    clause, no complementizer between, has the dawn as its time: the sentence tells the announcement, no
    bombing (with أن between, أعلن الجيش أن صاروخين سقطا فجر الخميس, the dawn may date a strike told)."""
    if light.start >= h.start:
        return False
    between = ctx.words.between(light.end, h.start)
    return len(between) <= 6 and not any(_strip_conj(w) in cues().announce_time_stops for w in between) \
        and not _CLAUSE_END.search(ctx.doc.text, light.end, h.start)


def _dawn_adverb(ctx: _Ctx, h: Hit) -> bool:
    """فجراً، الرابعة فجرا: a time noun with the accusative ending is an adverb of time. With the tanween
    written it is never a verb; bare, the dual verb (انتحاريين فجرا نفسيهما) shows itself by its object."""
    c = cues()
    if h.trig.base not in c.time_homographs or h.trig.pos != "past":
        return False
    raw = ctx.doc.text[h.start:h.end]
    if "\u064b" in raw:  # fathatan: a noun's ending
        return True
    # فجرا: the ف is the word's own, not a conjunction _strip_conj would take off
    if fold_text(raw) != h.trig.base + "ا" and _strip_conj(fold_text(raw)) != h.trig.base + "ا":
        return False
    nxt = ctx.words.between(h.end, ctx.doc.sentence_of(h.start).end, limit=1)
    return not (nxt and (nxt[0] in c.dawn_verb_objects or _strip_conj(nxt[0]) in c.dawn_verb_objects))


def _device_blast(ctx: _Ctx, anchor: Hit, ce: int) -> bool:
    """بانفجار لغم أرضي، انفجرت عبوة ناسفة: a blast whose device is named right after it; like a device
    trigger, it has no doer borrowed when its own clause names no party (a clause that does, لغم زرعته
    ميليشيات الحوثي, is left to the other rules)."""
    c = cues()
    if anchor.trig.base not in c.blast_triggers:
        return False
    nxt = [_strip_conj(w).removeprefix("ال") for w in ctx.words.between(anchor.end, ce, limit=2)]
    return any(" ".join(nxt[:n]) in c.device_bare for n in (1, 2) if len(nxt) >= n)


def _time_homograph(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """فجر اليوم، فجر الأحد: a verb spelled like a time-of-day noun, with a time right after it, is that noun."""
    if h.trig.base not in cues().time_homographs or h.trig.suffixed or h.trig.pos != "past":
        return False
    if any(t.start <= h.start < t.end for t in ctx.doc.times):
        return True
    nxt = ctx.words.between(h.end, limit, limit=1)
    return bool(nxt) and nxt[0] in cues().time_next


def _background_agreement(ctx: _Ctx, h: Hit, floor: int, limit: int) -> bool:
    """رغم اتفاق وقف إطلاق النار الموقع في نوفمبر، الاتفاق الذي دخل حيز التنفيذ: an agreement cited as
    background (after a concessive or legal preposition, or described by a relative clause of its signing or
    entry into force) is no new agreement told; the subject of such a verb (دخل الاتفاق حيز التنفيذ) is."""
    c = cues()
    if h.type not in c.background_types or h.trig.pos != "noun":
        return False
    prev = [_strip_conj(w) for w in ctx.words.before(h.start, 2, floor)]
    if any(w in c.background_before for w in prev) or (h.prefix and _strip_conj(h.prefix) in c.background_before):
        return True
    # only an agreement a preposition governs (بعد اتفاق …، للاتفاق …) is cited: as a subject or predicate
    # (وآخر الفصول، الاتفاق الذي تم التوصل إليه) it is the news told
    governed = bool(h.prefix and _strip_conj(h.prefix)[:1] in ("ب", "ل")) or (bool(prev) and (
        prev[-1] in c.masdar_preps or prev[-1] in ctx.lex.reference_before))
    if not governed:
        return False
    after = " ".join(ctx.words.between(h.end, limit, limit=8))
    stop = _CLAUSE_END.search(ctx.doc.text, h.end, limit)
    if stop:
        after = " ".join(ctx.words.between(h.end, stop.start(), limit=8))
    return any(f" {v}" in f" {after}" for v in c.background_relative)


def _attach_light(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """Give each light verb to the noun trigger beside it; keep a lone light verb only with a default type."""
    lex = ctx.lex
    out: list[Hit] = []
    nouns = [h for h in hits if h.trig.pos == "noun"]
    intercepted = _folded_set(cues().intercepted_objects)
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
                if n.trig.base in intercepted:
                    continue  # أعلن الجيش أنه أسقط طائرتين مسيرتين: the drone is the intercepting verb's object
                between = ctx.words.between(h.end, n.start)
                if any(_strip_conj(w) in cues().light_objects for w in between):
                    continue  # وجّه بإجراء تحقيق في الاعتداء: the verb carries the inquiry, not the attack
                if len(between) <= lex.light_window and not _CLAUSE_END.search(ctx.doc.text, h.end, n.start):
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
        elif h.trig.base not in lex.light_default and not any(
                x.trig.pos != "light" and sent.start <= x.start < sent.end for x in hits) and (
                deed := _relative_deed(ctx, h, sent.start, sent.end)) is not None:
            # العملية العسكرية التي تنفذها تركيا، الانتهاكات التي تقوم بها الميليشيا: the noun the relative hangs
            # on is the deed, the verb after it carries it and names its doer (only where the sentence tells no
            # other deed, which the noun would merely frame: هذا الهجوم في إطار العمليات التي تقوم بها)
            out.append(deed)
        elif h.trig.base in lex.light_default and not _light_blocked(ctx, h, sent.end):
            out.append(Hit(h.start, h.end, Trig(lex.light_default[h.trig.base], "past", h.trig.base,
                                                h.trig.future), lex.light_default[h.trig.base], h.prefix))
    out.sort(key=lambda x: x.start)
    return out


def _relative_deed(ctx: _Ctx, h: Hit, ss: int, se: int) -> Hit | None:
    """A lone light verb of doing right after a relative whose noun is a deed no trigger names alone (event_cues
    relative_deed_nouns: العملية، العمليات، الحملة) marked armed by an adjective (relative_deed_adjectives:
    العسكرية، القتالية، النوعية; only these between)
    and with an armed party named right after it (ينفذها الجيش، تقوم بها ميليشيا الحوثي; بها/به between): that
    noun is an attack the party carries out, the light verb carrying it. Without the party (العمليات التي
    ينفذها لدحر المتمردين) nothing is told of who does it, so nothing is made."""
    c = cues()
    rel = ctx.words.span_before(h.start)
    if not rel or rel[0][0] < ss or _strip_conj(rel[0][2]) not in c.relatives:
        return None
    spans = ctx.words.spans
    i = ctx.words.index_at(rel[0][0]) - 1
    marked = False  # a bare العمليات may be of rescue, relief or theft (العمليات التي يقوم بها خفر السواحل)
    for _k in range(3):
        if i < 0 or spans[i][0] < ss:
            return None
        ns, ne, w = spans[i]
        w = _strip_conj(w)
        if w in c.relative_deed_nouns:
            break
        if w not in c.relative_deed_adjectives:
            return None
        marked = True
        i -= 1
    else:
        return None
    if not marked:
        return None
    pos = h.end
    nxt = ctx.words.spans_at(pos, 1)
    if nxt and nxt[0][0] < se and nxt[0][2] in c.relative_deed_preps:
        pos = nxt[0][1]  # يقوم بها، تقوم به
    party = _actor_right_after(ctx, pos, se)
    if party is None or party[1].type != "actor" or ctx.words.gap(pos, party[0].start) > 1:
        return None
    return Hit(ns, ne, Trig("ATTACK", "noun", w), "ATTACK", "", light=h)


def _light_blocked(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """The lone light verb's object is a phrase that names no armed deed (شن حملة إعلامية، شن هجوما شديد
    اللهجة): the verb carries that phrase, not a default attack. A phrase opened by a preposition (بالتنسيق
    مع، بدعم من) is an adjunct, not the object, and leaves the verb alone."""
    after = [w for w in ctx.words.spans_at(h.end, ctx.lex.light_window + 1) if w[1] <= limit]
    if not after:
        return False
    reach = after[-1][1]
    for a, b in ctx.blocked:
        if not (h.end <= a < reach) or _CLAUSE_END.search(ctx.doc.text, h.end, a):
            continue
        words = _f(ctx.doc.text[a:b]).split()
        if words and _strip_conj(words[0]).startswith(("ب", "ل")):
            continue
        return True
    return False


def _drop_objects(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A noun trigger that is the object of an attack verb is what was hit, not a happening of its own
    (هاجموا رتلاً لقوات النظام، استهدفت التعزيزات)."""
    kinds = cues().attacked_types
    out = []
    sentences: dict[int, int] = {}
    for h in hits:
        # تمركز is spelled as verb and masdar alike: unjoined to a clause (no و/ف) it may be the object
        verb_spelled = h.trig.pos == "past" and not h.prefix.startswith(("و", "ف"))
        if not (h.trig.pos == "noun" or verb_spelled) or h.type not in kinds or h.light is not None:
            out.append(h)
            continue
        if any(v.type == "ATTACK" and v.trig.pos in ("past", "present") and v.end <= h.start
               and ctx.words.gap(v.end, h.start) <= 2 and not _CLAUSE_END.search(ctx.doc.text, v.end, h.start)
               for v in hits):
            continue
        if any(v.type == "ATTACK" and v.trig.pos == "noun" and v.end <= h.start
               and _sole_word_in(ctx, v.end, h.start, cues().target_markers)
               for v in hits):
            continue  # تخطط لتنفيذ هجمات على حواجز للجيش، الهجوم على تجمعات الميليشيا: what the attack is on
        if h.trig.base in cues().attacked_nouns:
            # a force in place (تعزيزات، تجمعات، تمركز) hit by a verb that yielded to it (استهدف is an auxiliary
            # before a trigger), by a participle or by a verb of destroying that is no trigger
            floor = sentences.setdefault(h.start, ctx.doc.sentence_of(h.start).start)
            near = [_strip_conj(w) for w in ctx.words.before(h.start, 3, floor)]
            if any(w in cues().strike_words for w in near) or any(
                    v.type == "ATTACK" and v.trig.pos in ("past", "present") and v.end <= h.start
                    and ctx.words.gap(v.end, h.start) <= 2 and not _CLAUSE_END.search(ctx.doc.text, v.end, h.start)
                    for v in ctx.raw_hits):
                continue
        out.append(h)
    return out


def _sole_word_in(ctx: _Ctx, a: int, b: int, words: frozenset[str]) -> bool:
    """[a, b) holds one word and it is one of `words` (with or without و/ف). Two words are read at most:
    listing all of them read the text between every pair of triggers."""
    got = ctx.words.between(a, b, limit=2)
    return len(got) == 1 and _strip_conj(got[0]) in words


def _retype(ctx: _Ctx, hits: list[Hit]) -> None:
    for h in hits:
        for r in ctx.lex.retype:
            if h.type != r["from"] or (r["bases"] and h.trig.base not in r["bases"]):
                continue  # bases: a rule for one verb only (حرر مواقع, not أطلقت السلطات في المدينة سراح)
            after = ctx.words.between(h.end, min(len(ctx.doc.text), h.end + 80), limit=int(r["window"]))
            if any(_strip_conj(w) in r["near"] or w in r["near"] for w in after):
                h.orig_type = h.orig_type or h.type
                h.type = r["to"]
                break


def _join_time_asides(ctx: _Ctx, clauses: list[tuple[int, int]], hits: list[Hit], most: int = 4
                      ) -> list[tuple[int, int]]:
    """مقتل 3 جنود أتراك، الخميس، في انفجار؛ أعلنت أنقرة، مساء الخميس، مقتل: a time set off by commas inside a
    clause does not end it. A piece between two others of at most `most` words that holds a time (times stage)
    and no name nor trigger, and does not open with و/ف (ففي نهاية أبريل الماضي، قتل: a time fronted in a new
    clause), joins the pieces on both sides into one clause when the piece after it opens with
    the deed (a trigger as its first word, or its second after time_aside_preps: مقتل 8 من جنودها، في انفجار،
    جراء هجوم). A piece after it
    that opens otherwise (خلال احتجاجات على …، حيث قتل، على حدود القطاع مع إسرائيل) is a clause of its own:
    joined, its names would become the deed's parties."""
    if len(clauses) < 3 or not ctx.doc.times:
        return clauses
    out = [clauses[0]]
    i = 1
    while i < len(clauses):
        s, e = clauses[i]
        if (i + 1 < len(clauses) and 0 < ctx.words.gap(s, e) <= most
                and any(s <= t.start and t.end <= e for t in ctx.doc.times)
                and not ctx.doc.mentions_in(s, e) and not any(s <= h.start < e for h in hits)
                and _opens_with_hit(ctx, clauses[i + 1], hits)
                and not _conj_opened(ctx, s)):
            out[-1] = (out[-1][0], clauses[i + 1][1])
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


def _aside_quantities(ctx: _Ctx, d: Draft, end: int, most: int = 4, opening: int = 3
                      ) -> tuple[model.Quantity, ...]:
    """قتلت طائرة مسيرة، مساء الجمعة، خمسة مدنيين: a verb's clause ends at the comma of a time aside, and its
    object, the count of the struck, stands in the piece after the aside. A piece of at most `most` words right
    after the event's span that holds a time and no name nor trigger, then a piece with no trigger: the
    quantities among the first `opening` words of that piece are the event's. The clause stays as it was (joined,
    names after the aside would become the deed's parties: خلال احتجاجات على …، حيث قتل)."""
    doc = ctx.doc
    if not d.verbal or not doc.quantities or not doc.times or not _CLAUSE_END.match(doc.text, end):
        return ()
    _ss, se = d.sentence
    pieces = [c for c in _clauses(doc.text, end, se) if c[0] > end]
    if len(pieces) < 2:
        return ()
    (a, b), (c, e) = pieces[0], pieces[1]
    times = [t for t in doc.times if a <= t.start and t.end <= b]
    # a trigger word inside the time itself (فجر اليوم) is the time, no deed
    # ففي ذلك اليوم opens a new clause; فجر اليوم, a time opening with ف, does not (_conj_opened)
    fronted = _conj_opened(ctx, a)
    if (not times or not 0 < ctx.words.gap(a, b) <= most or fronted or doc.mentions_in(a, b)
            or any(a <= h.start < e and not any(t.start <= h.start < t.end for t in times) for h in ctx.raw_hits)):
        return ()
    first = ctx.words.spans_at(c, opening)
    if not first:
        return ()
    reach = min(first[-1][1], e)
    return tuple(q for q in doc.quantities if c <= q.start < reach and q.end <= e)


def _conj_opened(ctx: _Ctx, pos: int) -> bool:
    """The word at `pos` opens with و/ف (ففي نهاية أبريل، وفي وقت لاحق): a time fronted in a new clause, no aside.
    A ف or و that belongs to the word itself (فجر الخميس، فبراير الماضي) is none: the word is a calendar word
    as written, or a time the times stage read begins with it."""
    first = ctx.words.spans_at(pos, 1)
    if not first or _strip_conj(first[0][2]) == first[0][2]:
        return False
    ws, _we, w = first[0]
    return w not in _calendar_words() and not any(t.start == ws for t in ctx.doc.times)


@cache
def _calendar_words() -> frozenset[str]:
    """Words of the calendar pack that may open a time (day parts, months, weekdays, the first word of a relative
    day or a Hijri month), folded: فجر، فبراير، فيفري are words of their own, no ف joined to جر، براير."""
    from marsad.stages.times import calendar_pack  # the times stage owns the calendar pack's reading
    cal = calendar_pack()
    words = set(cal.day_parts) | set(cal.parts) | set(cal.weekdays) | set(cal.general_nouns)
    words |= {k[0] for k in cal.months} | {k[0] for k in cal.hijri_months} | {k[0] for k, _ in cal.relative_days}
    return frozenset(w for w in words if " " not in w)


def _opens_with_hit(ctx: _Ctx, clause: tuple[int, int], hits: list[Hit]) -> bool:
    """A trigger or a casualty noun starts the first word of `clause`, or a trigger the second after a word of
    place or cause (event_cues time_aside_preps: في انفجار، جراء هجوم), not after a word opening a clause of its
    own (حيث قتل)."""
    first = ctx.words.spans_at(clause[0], 2)
    if not first:
        return False
    if first[0][2] in cues().victim_nouns or _strip_conj(first[0][2]) in cues().victim_nouns:
        return True  # مقتل ثلاثة من جنودها في هجوم: the casualty noun may have yielded to the attack noun
    end = first[0][1]
    if len(first) > 1 and _strip_conj(first[0][2]) in cues().time_aside_preps:
        end = first[1][1]
    return any(clause[0] <= h.start < min(end, clause[1]) for h in hits)


def _group(ctx: _Ctx, hits: list[Hit]) -> list[Draft]:
    doc = ctx.doc
    drafts: list[Draft] = []
    for sent in doc.sentences:
        clauses = _join_time_asides(ctx, _clauses(doc.text, sent.start, sent.end), hits)
        for ci, (cs, ce) in enumerate(clauses):
            in_clause = [h for h in hits if cs <= h.start < ce]
            if not in_clause:
                continue
            ext = ce
            for ns, ne in clauses[ci + 1 :]:
                if any(ns <= h.start < ne for h in hits):
                    break
                ext = ne
            # a threat's content is not an attack: التصريحات التركية بشن عملية، العملية التي تلوح بها. An attack
            # told before the threatening word is not its content (قصفت الطائرات مواقع ... وتوعدت بالمزيد),
            # unless the clause's threat comes back to it (العملية التي تلوح بها: a frame after it)
            threat_at = [h.start for h in in_clause if h.type == "THREATEN"]
            # an attack after a threat of a measure in its clause (هددت بطرد الصحفيين إذا ثبت تورطها في الهجوم)
            # is the condition or ground of that measure, an attack told elsewhere or none: no event of its own
            deedless = [x for x, _ in ctx.deedless if cs <= x < ce]
            in_clause = [h for h in in_clause if h.type != "ATTACK" or not any(x < h.start for x in deedless)]
            if not in_clause:
                continue
            framed = [a for a, b in ctx.threats if cs <= a and b <= ce]
            for h in in_clause:
                if h.type == "ATTACK" and (any(t < h.start for t in threat_at + framed)
                                           or _frame_back(ctx, h, framed, ce)):
                    h.type = "THREATEN"
            by_type: dict[str, list[Hit]] = {}
            for h in in_clause:
                by_type.setdefault(h.type, []).append(h)
            for typ, hs in by_type.items():
                drafts.append(Draft(typ, hs, (cs, ce), (sent.start, sent.end), span=(cs, ce), ext=ext))
    drafts.sort(key=lambda d: d.head.start)
    return drafts


def _dated_at(ctx: _Ctx, he: int, se: int) -> int:
    """Where a time subordinator (event_cues time_subordinators: بعد، عقب) after the trigger ending at `he`
    first opens on another trigger (one within three words after it: بعد هجوم، عقب تقارير عن قصف، بعد أن
    قصفت), before `se`; else `se`. What follows it is an earlier happening that dates this one, with its own
    place (ضربات على سوريا بعد هجوم كيماوي على دوما). The positions are found once per article and bisected:
    a sentence may be a whole unpunctuated text."""
    if ctx.dating is None:
        subs = cues().time_subordinators
        spans = ctx.words.spans
        hits = ctx.raw_hits
        found = []
        # Words.bare holds each word as _strip_conj gives it, stripped once per word type
        for k, (s, _e, w) in enumerate(ctx.words.bare):
            if w not in subs:
                continue
            reach = spans[min(k + 3, len(spans) - 1)][1]
            i = bisect.bisect_left(hits, s + 1, key=lambda x: x.start)
            if i < len(hits) and hits[i].start < reach:
                found.append(s)
        ctx.dating = found
    k = bisect.bisect_left(ctx.dating, he)
    return ctx.dating[k] if k < len(ctx.dating) and ctx.dating[k] < se else se


def _frame_back(ctx: _Ctx, h: Hit, framed: list[int], ce: int) -> bool:
    """العملية التي تلوح بها أنقرة: a threatening word after the attack noun that governs it through a
    relative pronoun (the threat is about the noun told before it)."""
    after = [_strip_conj(w) for w in ctx.words.between(h.end, ce, limit=3)]
    return any(a > h.end for a in framed) and bool(after) and after[0] in cues().relatives


def _gen_mention(ctx: _Ctx, after: int, limit: int, mentions: list[tuple[model.Mention, EntityDraft]]
                 ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after a noun (its genitive), allowing head nouns between: اعتقال عناصر التنظيم."""
    for m, ent in mentions:
        if m.start < after:
            continue
        gap = ctx.words.between(after, m.start)
        members = ctx.lex.roles["heads"] | cues().people_heads
        if (2 <= len(gap) <= 3 and _strip_conj(gap[-1]) in cues().partitive
                and all(w in members for w in gap[:-1]) and m.start < limit):
            return m, ent  # اعتقال عناصر من التنظيم، اغتيال قيادي في الحزب: members of the named side
        if _strip_conj(ctx.marker(m.start, after)) in ctx.lex.roles["subject_block"]:
            return None  # لداعش، على قسد: a complement, not the genitive
        if all(w in ctx.lex.roles["heads"] for w in gap) and len(gap) <= 2 and m.start < limit:
            return m, ent
        return None
    return None


def _object_after(ctx: _Ctx, pos: int, limit: int) -> bool:
    """A ل-phrase right after a masdar's genitive (قصف النظام للمدينة، استهداف التنظيم لقوات قسد) is the masdar's
    object, so the genitive is its subject. State adjectives of the genitive may stand between."""
    for s, _e, w in [sp for sp in ctx.words.spans_at(pos, 4) if sp[0] >= pos][:3]:
        if s >= limit:
            return False
        if w.startswith("ل") and len(w) > 3 and w not in cues().not_objects:
            return True
        if not w.endswith(cues().nisba) or _strip_conj(w) in cues().l_adjectives:
            return False  # ميليشيات الحوثي الموالية لإيران: the ل-phrase is the adjective's
    return False


def _oblique(ctx: _Ctx, m: model.Mention) -> bool:
    """The mention opens with a sound plural of a nisba in its oblique case (الحوثيين، المسلحين الأكراد is not:
    only -يين, which no nominative subject ends with)."""
    first = fold_text(ctx.doc.text[m.start:m.end]).split()[:1]
    return bool(first) and first[0].endswith(cues().oblique_endings)


def _accusative_after(ctx: _Ctx, pos: int, limit: int) -> bool:
    """A bare noun right after a masdar's genitive (استهداف التنظيم مواقع قسد، قصف الطيران بلدة كفرنبل) is the
    masdar's accusative object, so the genitive is its subject: a name with no preposition, or a target noun
    (event_cues object_nouns). State adjectives of the genitive may stand between."""
    for s, _e, w in [sp for sp in ctx.words.spans_at(pos, 4) if sp[0] >= pos][:3]:
        if s >= limit:
            return False
        if _strip_conj(w) in cues().object_nouns and not w.startswith(("و", "ف")):
            return True
        if w.isdigit() and not 1900 <= int(w) <= 2100:
            return True  # أسر داعش 35 آخرين: a count opens the object
        if any(m.start == s for m, _ent in ctx.doc.mentions_in(s, limit, ("actor", "place"))):
            return not w.startswith(("و", "ف"))  # وقسد: a second genitive joined to the first
        adjective = (w.endswith(cues().nisba) and len(w) > 3 and w not in cues().relatives
                     and _strip_conj(w) not in cues().l_adjectives)
        if not adjective:
            return False  # في الرقة، على الحدود، الذي: no object stands right after the genitive
    return False


def _object_follows(ctx: _Ctx, base: str, pos: int, limit: int) -> bool:
    """The masdar's object follows its genitive (ending at `pos`), so the genitive is the doer: under ل for any
    masdar (قصف النظام للمدينة), under على for those of event_cues on_object_bases (قصف النظام على البلدة)."""
    if _object_after(ctx, pos, limit) or _accusative_after(ctx, pos, limit):
        return True
    if base not in cues().on_object_bases:
        return False
    i = ctx.words.index_at(pos)
    for s, _e, w in [sp for sp in ctx.words.spans[i:i + 4] if sp[0] >= pos][:3]:
        if s >= limit:
            return False
        if _strip_conj(w) in cues().on_object_preps:
            return True
        if not w.endswith(cues().nisba) or _strip_conj(w) in cues().l_adjectives:
            return False
    return False


@dataclass(frozen=True)
class Cues:
    """The word lists of data/event_cues.json, folded."""

    agent_markers: tuple[list[str], ...]
    instrument_agents: frozenset[str]
    nisba: tuple[str, ...]
    manner: frozenset[str]
    people_heads: frozenset[str]
    kill_forms: frozenset[str]
    kill_next: frozenset[str]
    cause_words: frozenset[str]
    not_agent: frozenset[str]
    pronoun_subjects: frozenset[str]
    relatives: frozenset[str]
    unnamed_doers: frozenset[str]
    device_triggers: frozenset[str]
    others_words: frozenset[str]
    victim_heads: frozenset[str]
    purpose_before: frozenset[str]
    purpose_types: frozenset[str]
    operation_types: frozenset[str]
    object_nouns: frozenset[str]
    oblique_endings: tuple[str, ...]
    strike_words: frozenset[str]
    attacked_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    group_words: frozenset[str]
    group_subjects: frozenset[str]
    group_kinds: frozenset[str]
    claimed_types: frozenset[str]
    title_words: frozenset[str]
    victim_partitive: frozenset[str]
    approx_words: frozenset[str]
    accuse_bare: frozenset[str]
    target_markers: frozenset[str]
    region_words: tuple[str, ...]
    country_anaphora: frozenset[str]
    broad_anaphora: frozenset[str]
    anaphor_preps: frozenset[str]
    both_sides: frozenset[str]
    settlement_kinds: frozenset[str]
    near_markers: frozenset[str]
    killing_bases: frozenset[str]
    plural_endings: tuple[str, ...]
    aggregate_words: frozenset[str]
    attacked_types: frozenset[str]
    venue_types: frozenset[str]
    victim_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    demonstratives: frozenset[str]
    object_preps: frozenset[str]
    origin_markers: frozenset[str]
    restated_types: frozenset[str]
    masdar_preps: frozenset[str]
    masdar_prefixes: frozenset[str]
    undergo_verbs: frozenset[str]
    count_words: frozenset[str]
    from_agent_types: frozenset[str]
    civil_kinds: frozenset[str]
    accused_participles: frozenset[str]
    led_by: frozenset[str]
    prevent_before: frozenset[str]
    control_present: frozenset[str]
    inchoative: frozenset[str]
    person_patient_types: frozenset[str]
    history_years: int
    prevent_window: int
    #: force nouns that, with a pronoun suffix (قواته، طائراتها), name the forces of the one the pronoun means
    own_forces: frozenset[str] = frozenset()
    #: object pronoun suffixes a verb may carry (قتله، اعتقلتهم), longest first
    own_suffixes: tuple[str, ...] = ()
    #: a masdar carrying a pronoun after an accusing verb (اتهمت دمشق إسرائيل بتنفيذها): it points back to the
    #: event noun before the verb, and the accused named before it is that event's alleged doer
    accuse_back: frozenset[str] = frozenset()
    #: blaming verbs that carry no object pronoun (حمّل، حمّلت): only then is the blamed one a name
    blame_bare: frozenset[str] = frozenset()
    #: prepositions after a member noun that name the side the members belong to (عناصر من، قيادي في)
    partitive: frozenset[str] = frozenset()
    on_object_preps: frozenset[str] = frozenset()
    #: words naming the cause of a harm (جراء، إثر، نتيجة): a masdar after them has the harmed as patients
    harm_causes: frozenset[str] = frozenset()
    #: event types an accusation with a light masdar (اتهمه بتنفيذ هجوم) can charge someone with
    accused_deed_types: frozenset[str] = frozenset()
    #: masdars whose object may stand under على, so a genitive before it is the doer (قصف النظام على البلدة)
    on_object_bases: frozenset[str] = frozenset()
    #: أدان forms that with a ب-phrase after them tell a conviction (إدانته بالقتل), not a reaction
    convict_forms: frozenset[str] = frozenset()
    #: ب-words after أدان that say how, not of what (أدان بشدة)
    reaction_manner: frozenset[str] = frozenset()
    #: nouns of blame (مسؤولية): a retelling that lays blame names an accused, not the doer told
    blame_nouns: frozenset[str] = frozenset()
    #: verbs of announcing (أعلن): with a noun of responsibility after them (أعلن مسؤوليته عن) they claim a deed
    claim_declare_verbs: frozenset[str] = frozenset()
    #: definite nouns of a deed (الهجوم، العملية، التفجير): claimed, they name the attack already told
    claimed_back_nouns: frozenset[str] = frozenset()
    #: pronouns after a noun of responsibility (مسؤوليته عنه) that stand for the deed named before the verb
    claim_back_pronouns: frozenset[str] = frozenset()
    #: how many words after a verb of claiming its noun of responsibility may stand
    claim_reach: int = 8
    #: the head nouns of a capital (العاصمة): only a landmark after a word of nearness (شمالي العاصمة بغداد)
    capital_heads: frozenset[str] = frozenset()
    #: words beginning with ل that are no object of a masdar (لكن، لمدة)
    not_objects: frozenset[str] = frozenset()
    #: what an attack hits (دورية، حاجز، مواقع، مقر): the name owning it after the attack is the target
    target_holdings: frozenset[str] = frozenset()
    #: prefixes a target noun may carry after an attack (انفجرت عبوة بدورية)
    holding_prefixes: tuple[str, ...] = ()
    #: words opening a clause that dates the event by another (بعد أيام من، قبل، عقب)
    time_subordinators: frozenset[str] = frozenset()
    #: adjectives that take a ل-phrase of their own (الموالية لإيران، التابعة للنظام)
    l_adjectives: frozenset[str] = frozenset()
    #: words of backing whose من/ب-phrase names a backer, no party (المدعومة من روسيا، مدعومة بميليشيات)
    backing_words: frozenset[str] = frozenset()
    #: verbs of outcome whose subject is an event told before (أسفرت الضربة عن مقتل)
    result_verbs: frozenset[str] = frozenset()
    result_window: int = 2
    #: words right before a place that make it no site of a happening (بتوقيت العراق: a time zone)
    not_site_before: frozenset[str] = frozenset()
    #: definite place nouns that name a town or smaller (المدينة، البلدة، المخيم): they point back to one
    settlement_anaphora: frozenset[str] = frozenset()
    #: words calling a happening or its object another or new (أخرى، جديد، مجددا): not a retelling
    another_words: frozenset[str] = frozenset()
    #: folded word → the kind of incident it singles out (كيماوي، السارين → chemical; مجزرة → massacre)
    incident_marks: dict[str, str] = field(default_factory=dict)
    #: how many words after a trigger may carry its incident mark (هجوم بغاز السارين)
    incident_window: int = 3
    #: words that do not count toward the negation window (رفضت في وقت سابق الانضمام)
    negation_fillers: frozenset[str] = frozenset()
    #: verbs of continuing that لا/لم/ما before them do not negate (لا تزال المعارك، لم يزل القصف)
    continuation_verbs: frozenset[str] = frozenset()
    #: trigger bases spelled like a time-of-day noun (فجر): before a time they are the time (فجر الأحد)
    time_homographs: frozenset[str] = frozenset()
    #: what a dual verb spelled like an adverb of time takes as object (فجرا نفسيهما، وفجرا عبوة ناسفة): with
    #: anything else after it, فجرا is "at dawn"
    dawn_verb_objects: frozenset[str] = frozenset()
    #: verbs and nouns of a blast (انفجار، انفجرت): a device named right after (بانفجار لغم أرضي) went off,
    #: nobody's deed told
    blast_triggers: frozenset[str] = frozenset()
    #: device_triggers without their article (لغم أرضي، عبوة ناسفة), as a blast's next words are read
    device_bare: frozenset[str] = frozenset()
    #: complementizers (أن، إن، بأن) that, between a light verb and a dawn word, open a report the dawn may date
    #: (أعلن الجيش أن صاروخين سقطا فجر الخميس): the verb is no announcement of the time (_announces_time)
    announce_time_stops: frozenset[str] = frozenset()
    #: words opening a time right after a time-of-day noun (اليوم، أمس، الأحد)
    time_next: frozenset[str] = frozenset()
    #: prepositions of time before a time-of-day noun (منذ فجر، حتى فجر): the noun, never the verb
    dawn_preps: frozenset[str] = frozenset()
    #: verbs after a relative that make an agreement background (الاتفاق الذي دخل حيز التنفيذ)
    background_relative: tuple[str, ...] = ()
    #: words before an agreement noun that cite it as background (رغم الاتفاق، بموجب اتفاق)
    background_before: frozenset[str] = frozenset()
    #: the event types an agreement noun has
    background_types: frozenset[str] = frozenset()
    #: planning verbs whose subject is the noun before them (كانت تخطط لتنفيذ هجمات)
    plan_verbs: frozenset[str] = frozenset()
    #: words right before such a verb that show its subject is that noun (كانت، التي)
    plan_openers: frozenset[str] = frozenset()
    plan_types: frozenset[str] = frozenset()
    plan_window: int = 4
    #: verbs of bringing down a drone or missile (أسقط، اعترض), and what they bring down
    intercept_verbs: tuple[str, ...] = ()
    intercepted_objects: tuple[str, ...] = ()
    intercept_window: int = 2
    #: nouns a light verb carries itself (أجرى تحقيقا، وجّه بإجراء تحقيق): a trigger after one is what it is about
    light_objects: frozenset[str] = frozenset()
    #: flight verbs that with the conjunction و spell a verb of providing (و+فر = وفّر): words that show the
    #: flight (من، إلى، هاربين) and how far after the verb to look for them or for the beneficiary (لهم، لقطاع)
    provide_homographs: frozenset[str] = frozenset()
    flight_words: frozenset[str] = frozenset()
    provide_objects: frozenset[str] = frozenset()
    provide_window: int = 6
    #: a threatening verb whose subject is a thing names no threat made (ما يهدد، الألغام التي تهدد، تهدد
    #: المجاعة ملايين): pointers to a fact (ما، ذلك), abstract nouns met as subjects, and the particles and
    #: auxiliaries that may stand between a party and its verb (عندما يهدد، كانوا يهددون)
    threat_pointers: frozenset[str] = frozenset()
    threat_things: frozenset[str] = frozenset()
    threat_particles: frozenset[str] = frozenset()
    threat_resumptives: frozenset[str] = frozenset()
    #: the verb of brandishing (لوّح) threatens only with a deed after ب (لوّح بالرد، التلويح بفرض عقوبات); with
    #: none, or with a flag, a hand or a handkerchief, it is waving (لوحوا بالأعلام، لوح لأنصاره، تلوح في الأفق)
    brandish_bases: frozenset[str] = frozenset()
    brandish_not_objects: frozenset[str] = frozenset()
    brandish_window: int = 8
    intercept_stops: frozenset[str] = frozenset()
    #: intercepted objects that make an event only with their launcher named after them (صاروخا أطلقه)
    launcher_needed: frozenset[str] = frozenset()
    #: lengths of time that may follow منذ (منذ أيام، منذ ساعات): a duration, not an earlier event
    duration_words: frozenset[str] = frozenset()
    #: words of ordering before بشن/بتنفيذ (أصدر الأوامر بشن الهجوم): the attack named is the one told
    order_words: frozenset[str] = frozenset()
    #: types whose bare noun takes its doer from a state adjective right after it (الضربات الروسية)
    adjective_doer_types: frozenset[str] = frozenset()
    #: a launch verb with its object pronoun (أطلقتها) between a drone and the launcher's name
    launch_relatives: frozenset[str] = frozenset()
    #: event types fought between two sides: one with no target named is fought against the doer's opponent
    opposing_types: frozenset[str] = frozenset()
    #: words naming civilians or civilian places: an attack on them is no fight with the other side
    civilian_words: frozenset[str] = frozenset()
    #: how many events naming both sides make two parties each other's opponent in an article
    opposing_min: int = 2
    #: words telling a target as the aim of a campaign (ضد، بداعي استهداف): one such telling names the opponent
    declared_aims: frozenset[str] = frozenset()
    #: nouns of a campaign that may be told with its aim (عملية، حملة، هجوم), in the clause or up to
    #: campaign_reach words before the event in its sentence
    campaign_nouns: frozenset[str] = frozenset()
    campaign_reach: int = 12
    #: a party that is the target of at least sufferer_min of an article's fights, and of more than
    #: sufferer_ratio times as many as it is their named doer, lends no doer to a clause that names none
    sufferer_min: int = 2
    sufferer_ratio: float = 2.0
    #: definite nouns naming a force or a side (الجيش، النظام، المتشددون): as a verb's subject they point back
    #: to a party told before, unlike other nameless subjects (القذيفة، المهاجمون)
    force_subjects: frozenset[str] = frozenset()
    #: kinds of actor entries that are international bodies, and the only event types they are parties to
    body_kinds: frozenset[str] = frozenset()
    body_types: frozenset[str] = frozenset()
    #: adjectives naming the government side (الحكومية، النظامية), read like a state adjective, and the
    #: kinds of actor entries they may name, in order of preference
    government_adjectives: frozenset[str] = frozenset()
    government_kinds: tuple[str, ...] = ()
    #: verbs of starting or going on that take an event noun as object (استأنفت الطائرات القصف): their
    #: subject is the noun's doer
    resume_verbs: frozenset[str] = frozenset()
    #: verbal nouns that govern a masdar, right before it or with their own genitive between (استمرار قصف،
    #: إعلان العراق قتل): the trigger after them is the masdar, never a past verb
    masdar_heads: frozenset[str] = frozenset()
    #: words that may stand between a verb and its subject (سوف، قد، منذ ... أيام)
    subject_fillers: frozenset[str] = frozenset()
    #: adjectives of belonging that may stand between a held thing and its owner (مبان تابعة لـ)
    holding_ties: frozenset[str] = frozenset()
    #: how many bare construct nouns may stand between a held thing and its owner (مقر عمليات الحشد)
    holding_links: int = 0
    #: words that are no construct noun of such a chain (prepositions, pronoun forms, verbs of holding)
    holding_not_links: frozenset[str] = frozenset()
    #: DEPLOY triggers of spreading (انتشر، انتشار) whose subject decides whether troops spread
    spread_bases: frozenset[str] = frozenset()
    #: what spreads that is no force (صور، أنباء، وباء، النيران), without ال
    spread_not_subjects: frozenset[str] = frozenset()
    #: words between the verb of spreading and its subject (على نطاق واسع، فيها)
    spread_fillers: frozenset[str] = frozenset()
    #: DEPLOY triggers of gathering (حشد، حشود، تحشيد) whose complement decides whether a force gathers
    crowd_bases: frozenset[str] = frozenset()
    #: words of size and من between a crowd word and what it gathers (غفيرة، من، آلاف)
    crowd_fillers: frozenset[str] = frozenset()
    #: people, supporters or support that a crowd word gathers (المتظاهرين، أنصاره، التأييد), without ال
    crowd_not_objects: frozenset[str] = frozenset()
    #: verbs of gathering or protest next to a crowd word (تجمعت حشود، حشد يتظاهر)
    crowd_gather: frozenset[str] = frozenset()
    #: words before a crowd word that show it is people (أمام حشد، دهست حشدا، تفريق الحشود)
    crowd_before: frozenset[str] = frozenset()
    #: a force named after a crowd word keeps it a deployment (حشود عسكرية، حشد القوات)
    crowd_force: frozenset[str] = frozenset()
    #: prepositions that end the reach of a crowd verb's object (حملة تعبئة وحشد في أوساط المدنيين)
    crowd_stops: frozenset[str] = frozenset()
    #: negations right before a verb of claiming that make it a claim nobody made (لم تعلن أي جهة مسؤوليتها)
    unclaimed_negations: frozenset[str] = frozenset()
    #: time words between a noun of responsibility and its عن (مسؤوليتها بعد عن، مسؤوليتها حتى الآن عن)
    unclaimed_fillers: frozenset[str] = frozenset()
    #: words after an agreement's noun that do not name it (بين، مع، الذي، حول)
    agreement_not_names: frozenset[str] = frozenset()
    #: the war as a whole, whose toll since its start is a statistic (منذ اندلاع الحرب، منذ بدء الصراع)
    toll_wars: frozenset[str] = frozenset()
    #: words of starting between منذ and the war (بدء، اندلاع، بداية)
    toll_starts: frozenset[str] = frozenset()
    #: a toll counted since a year at least this many years before the article is the war's (منذ 2011)
    toll_years: int = 3
    #: verbs of managing or trying (تمكن من، نجح في، حاول) whose subject is the doer of the event noun they govern
    control_verbs: frozenset[str] = frozenset()
    #: the prepositions between such a verb and its noun (من، في)
    control_preps: frozenset[str] = frozenset()
    #: words of a short time aside between such a verb and its subject (في وقت لاحق), with subject_fillers
    control_fillers: frozenset[str] = frozenset()
    #: state bodies (الشرطة، المحكمة) that, unnamed by any entity, stop a doer being borrowed
    body_subjects: frozenset[str] = frozenset()
    #: head nouns a body's name follows (قوات الأمن، عناصر الشرطة، الأجهزة الأمنية), and the names of a body
    #: only after one of them (الأمن، الأمنية)
    body_heads: frozenset[str] = frozenset()
    body_head_names: frozenset[str] = frozenset()
    #: event types for which a body opening the clause counts too (ARREST, RELEASE)
    body_subject_types: frozenset[str] = frozenset()
    #: words of a suicide bomber: such an attack never takes a state as doer
    suicide_words: frozenset[str] = frozenset()
    #: crowds (متظاهرون، محتجون) whose act names no party
    nameless_doers: frozenset[str] = frozenset()
    #: units of time after a number (أيام، ساعات، مارس): such a number is a date or a length, never a toll
    toll_time_units: frozenset[str] = frozenset()
    #: masdars of stopping (وقف، إيقاف، تعليق) that name the end of the event noun right after them, not the event
    cease_before: frozenset[str] = frozenset()
    #: the types whose noun such a masdar cancels
    cease_types: frozenset[str] = frozenset()
    #: the types told again when the same word names the same town (سيطرت على بلدة حيط), whoever the doer
    captured_types: frozenset[str] = frozenset()
    #: the verbs of attacking (هاجم، يهاجم) that, with a word of speech after them, attack in words
    verbal_attack_bases: frozenset[str] = frozenset()
    #: words of speech or manner of speaking (قائلا، واصفا، في تغريدة، بشدة) that make such an attack verbal
    verbal_attack_words: frozenset[str] = frozenset()
    #: how many words after the verb such a word may stand
    verbal_attack_window: int = 12
    #: nouns of a coalition (تحالف) that, after a verb of leading, name a standing coalition, no pact made
    coalition_bases: frozenset[str] = frozenset()
    #: verbs of leading (تقود، يتزعم) up to three words before such a noun
    coalition_lead_verbs: frozenset[str] = frozenset()
    #: the types whose guessed doer may not back the target (_backs): strikes, captures, arrests, threats
    patron_guard_types: frozenset[str] = frozenset()
    #: pack kinds (people and actors) of tellers who comment on deeds rather than report their own side's: an
    #: official, head of state or ministry speaking of a strike is no doer by that alone (_comment_teller)
    comment_teller_kinds: frozenset[str] = frozenset()
    #: the types that rule holds for
    comment_teller_types: frozenset[str] = frozenset()
    #: the types whose doer is never guessed from the sentences around: a meeting, talks or a pact is held by
    #: the parties its own sentence names (_named_in_sentence)
    sentence_doer_types: frozenset[str] = frozenset()
    #: feminine and plural subject pronouns before a verb (إنها، أنهم) and the words that open a count after
    #: it besides number words (أكثر من، كل): an active killing (_agreeing_pronoun)
    agent_pronouns: frozenset[str] = frozenset()
    count_leads: frozenset[str] = frozenset()
    #: nouns of fighting whose مع names the side fought (_clash_opponent)
    clash_nouns: frozenset[str] = frozenset()
    between_hosts: frozenset[str] = frozenset()
    relative_deed_nouns: frozenset[str] = frozenset()
    relative_deed_adjectives: frozenset[str] = frozenset()
    relative_deed_preps: frozenset[str] = frozenset()
    #: verbs whose subject died or was hit (قتلوا، لقوا حتفهم، أصيبوا): soldiers with a state adjective by them are
    #: the side struck (_dead_soldiers)
    death_verbs: frozenset[str] = frozenset()
    #: words of place or cause that may open the deed after a time set off by commas (_join_time_asides)
    time_aside_preps: frozenset[str] = frozenset()
    #: verbs of providing whose subject the definite التحالف right after them is (يوفر التحالف غطاء جويا)
    coalition_provide_verbs: frozenset[str] = frozenset()
    #: ideas, feelings and measures (إعادة، غضب، أزمة، العقوبات، الفساد) whose verb or noun of attack is a figure
    #: of speech when they stand right after it
    abstract_objects: frozenset[str] = frozenset()
    #: ideas and schemes (الإرهاب، المشروع، الفكر) that make a figure of speech only as the trigger's own object
    #: or genitive: after a preposition they may be the label of a real strike (ضربة ضد الإرهاب في كونار) or a
    #: real site (هجوم على مشروع مياه)
    abstract_direct: frozenset[str] = frozenset()
    #: the types such a word cancels
    abstract_types: frozenset[str] = frozenset()
    #: prepositions a noun trigger may take before it (حرب على الفساد، حملة ضد الفساد)
    abstract_preps: frozenset[str] = frozenset()
    #: nouns of a stretch of time (الفترة، السنوات) whose relative clause tells how long a side held a place
    period_nouns: frozenset[str] = frozenset()
    #: the types whose verb in such a clause tells no event
    period_types: frozenset[str] = frozenset()
    #: kinds of entity whose verb of announcing names their own deed (أعلن الجيش اعتقال): states, forces, groups
    declared_deed_kinds: frozenset[str] = frozenset()
    #: the types of such a deed
    declared_deed_types: frozenset[str] = frozenset()
    #: the longest aside (a time, في بيان) between the announcer and the deed's noun
    declared_deed_gap: int = 5
    #: participles and verbs of ascribing (نسبت، المنسوب) that name an event's alleged doer after إلى
    ascribe_words: frozenset[str] = frozenset()
    #: the prepositions before the doer so named (إلى، لـ)
    ascribe_to: frozenset[str] = frozenset()
    #: how many words after the event noun such a word may stand
    ascribe_reach: int = 3
    #: for each relative word, the preposition + pronoun forms that agree with it (الذي: فيه، عليه)
    relative_resumptives: dict[str, frozenset[str]] = field(default_factory=dict)
    #: unnamed antecedents (المسلحين، الجهة) that lend a relative clause's verb no doer
    relative_nameless: frozenset[str] = frozenset()
    #: how many adjectives may stand between an antecedent and its relative word
    relative_adjectives: int = 2
    #: the general nouns of one strike (هجوم، ضربة، غارة، قصف، انفجار) whose definite form, with nothing of its
    #: own, names again the happening of its type told just before, whatever word told it (see `_recalled`)
    recall_nouns: frozenset[str] = frozenset()
    #: how many sentences back that happening may have been told
    recall_sentences: int = 2
    #: definite nouns of people (الجنود، المهاجمين) whose killing, so named, is that of a killing told before
    recall_victims: frozenset[str] = frozenset()
    #: words of remembrance right before a noun of death (ذكرى مقتل): a past toll recalled, no attack told
    casualty_not_after: frozenset[str] = frozenset()
    #: soldier nouns after a casualty noun (مقتل جندي، إصابة أربعة جنود روس): a state army's own men
    lost_soldier_nouns: frozenset[str] = frozenset()
    #: kinds of announcer whose bare «مقتل جندي» tells of its own loss (a state, its army or ministry; an armed
    #: group's «جندي» is most often the enemy's)
    lost_soldier_kinds: frozenset[str] = frozenset()
    #: words between a casualty noun and the soldier noun (a count, نحو، أحد)
    lost_soldier_counts: frozenset[str] = frozenset()
    #: campaign nouns (عملية، حملة) whose مع-phrase names a partner in an attack, not its target
    joint_campaign_words: frozenset[str] = frozenset()
    #: words after which a name is what an operation is called (تحت اسم، باسم), never a party to it
    naming_words: frozenset[str] = frozenset()
    #: pack refs of doers named only as unknown (مسلحون مجهولون): such a doer contradicts no named one, so a
    #: telling that names it may be the same happening as one a group claimed (see `_object_retold`)
    unknown_doer_refs: frozenset[str] = frozenset()
    #: words skipped between a trigger and its object when the object is compared (اغتالوا فجر اليوم المرشح)
    object_skip_words: frozenset[str] = frozenset()
    #: how many sentences back the first, indefinite telling may be (see `_object_retold`)
    object_recall_sentences: int = 3
    #: measures that, threatened under ب (هدد بفرض عقوبات، التلويح باتخاذ إجراءات), are no armed deed
    threat_not_deeds: frozenset[str] = frozenset()
    #: how many words after a threat word its deed under ب may stand (توعد في تسجيل صوتي أمس باستهداف)
    threat_deed_window: int = 8
    #: triggers of joining or refuge (لجأ، انضم إلى) that tell a defection only towards a named side or place
    join_bases: frozenset[str] = frozenset()
    #: how many words after such a trigger the side or place may be named
    join_reach: int = 4
    #: measures (عقوبات، قانون، قرار) that, as the subject of a verb of targeting, make it no strike
    abstract_subjects: frozenset[str] = frozenset()
    #: nouns of progress that are a capture only when a party makes it (see `_idle_reading`)
    progress_nouns: frozenset[str] = frozenset()
    #: negation particles that cancel progress anywhere before it in its clause (لم يحرز عمال الإنقاذ تقدما)
    progress_negations: frozenset[str] = frozenset()
    #: one's own doors as the object of a verb of closing (أغلقت المحال أبوابها): no road closed
    closed_doors: frozenset[str] = frozenset()
    closed_doors_window: int = 6
    #: masdars of handing over or bringing back that, with a pronoun after an arrest, end that arrest
    arrest_sequels: frozenset[str] = frozenset()
    arrest_sequel_window: int = 10
    #: conditional trigger bases that are no trigger at all when their condition fails (أطلق with no سراح)
    unmet_not_triggers: frozenset[str] = frozenset()
    #: closing verbs and nouns, and the buildings and bodies whose closing is a shutdown, no road closed
    #: (`_closed_institution`; both lists without the article), and the ground words that keep it a closing
    closing_bases: frozenset[str] = frozenset()
    closed_institutions: frozenset[str] = frozenset()
    closed_grounds: frozenset[str] = frozenset()
    #: adjectives calling an event noun previous (السابقة، سابقة): earlier happenings, no event (`_previous_ones`)
    previous_words: frozenset[str] = frozenset()
    #: prepositions under which a definite event noun names a happening told before (`_oblique_retold`)
    oblique_preps: frozenset[str] = frozenset()
    #: words that end the reach of a time fronted at a sentence's opening (`_fronted_time`): clause openers of
    #: time, cause and contrast, and complementizers with a pronoun (أنه، إنها), beside time_subordinators and
    #: announce_time_stops
    fronted_time_stops: frozenset[str] = frozenset()
    #: verbs of announcing that, opening a sentence, lend the time set off after their subject to the deed
    #: they announce (`_announced_time`)
    announce_verbs: frozenset[str] = frozenset()
    #: nisba adjective endings (folded) that may stand between an event noun and its word of "previous"
    #: (محادثات كورية ثنائية سابقة, `_previous_ones`)
    previous_nisba_endings: tuple[str, ...] = ()
    #: dual, plural and -iyya endings, in the order tried, taken off a telling's head (`_head_stems`)
    head_number_endings: tuple[str, ...] = ()


@cache
def _cue_words(key: str, bare: bool = False) -> frozenset[str]:
    """The event_cues word list under `key`, folded, and with `bare` without the article (so that a form
    with or without ال meets it): one cached loader for the lists a single rule reads, instead of one
    loader function per key."""
    return frozenset(_f(w).removeprefix("ال") if bare else _f(w) for w in load_json("event_cues").get(key, []))


@cache
def cues() -> Cues:
    """The event_cues pack, loaded once per process."""
    data = load_json("event_cues")

    def fs(key: str) -> frozenset[str]:
        return frozenset(_f(w) for w in data.get(key, []))

    explicit: dict[str, Any] = dict(
        agent_markers=tuple([_f(w) for w in pair] for pair in data["agent_markers"]),
        nisba=tuple(_f(w) for w in data["nisba_endings"]),
        manner=fs("manner_adjectives"),
        purpose_types=frozenset(data.get("purpose_types", [])),
        operation_types=frozenset(data.get("operation_types", [])),
        oblique_endings=tuple(_f(w) for w in data.get("oblique_endings", [])),
        group_kinds=frozenset(data.get("group_kinds", [])),
        claimed_types=frozenset(data.get("claimed_types", [])),
        title_words=frozenset(itertools.chain.from_iterable(
            (t, t[2:] if t.startswith("ال") else "ال" + t)
            for t in (_f(w).split()[0] for w in load_json("roles").get("person_roles", []) if _f(w)))),
        region_words=tuple(_f(w) for w in data["region_words"]),
        settlement_kinds=frozenset(data["settlement_kinds"]),
        plural_endings=tuple(_f(w) for w in data["plural_endings"]),
        previous_nisba_endings=tuple(_f(w) for w in data.get("previous_nisba_endings", [])),
        head_number_endings=tuple(_f(w) for w in data.get("head_number_endings", [])),
        attacked_types=frozenset(data["attacked_types"]), venue_types=frozenset(data["venue_types"]),
        restated_types=frozenset(data["restated_types"]),
        from_agent_types=frozenset(data.get("from_agent_types", [])),
        civil_kinds=frozenset(data.get("civil_kinds", [])),
        person_patient_types=frozenset(data.get("person_patient_types", [])),
        history_years=int(data.get("history_years", 15)),
        prevent_window=int(data.get("prevent_window", 9)),
        own_forces=_own_force_forms(data.get("own_forces", []), data.get("own_suffixes", [])),
        convict_forms=frozenset(_f(x) for x in data.get("convict_forms", [])),
        reaction_manner=frozenset(_f(x) for x in data.get("reaction_manner", [])),
        blame_nouns=frozenset(_f(x) for x in data.get("blame_nouns", [])),
        claim_reach=int(data.get("claim_reach", 8)),
        not_objects=frozenset(_f(x) for x in data.get("not_objects", [])),
        l_adjectives=frozenset(_f(x) for x in data.get("l_adjectives", [])),
        result_window=int(data.get("result_window", 2)),
        incident_marks={_f(w): kind for kind, words in data.get("incident_marks", {}).items() for w in words},
        incident_window=int(data.get("incident_window", 3)),
        holding_prefixes=tuple(_f(x) for x in data.get("holding_prefixes", [])),
        background_relative=tuple(_f(x) for x in data.get("background_relative", [])),
        background_types=frozenset(data.get("background_types", [])),
        plan_types=frozenset(data.get("plan_types", [])),
        plan_window=int(data.get("plan_window", 4)),
        intercept_verbs=tuple(data.get("intercept_verbs", [])),
        intercepted_objects=tuple(data.get("intercepted_objects", [])),
        intercept_window=int(data.get("intercept_window", 2)),
        provide_window=int(data.get("provide_window", 6)),
        brandish_window=int(data.get("brandish_window", 8)),
        adjective_doer_types=frozenset(data.get("adjective_doer_types", [])),
        own_suffixes=tuple(sorted((_f(x) for x in data.get("own_suffixes", [])), key=len, reverse=True)),
        accused_deed_types=frozenset(data.get("accused_deed_types", [])),
        opposing_types=frozenset(data.get("opposing_types", [])),
        patron_guard_types=frozenset(data.get("patron_guard_types", [])),
        comment_teller_kinds=frozenset(data.get("comment_teller_kinds", [])),
        comment_teller_types=frozenset(data.get("comment_teller_types", [])),
        sentence_doer_types=frozenset(data.get("sentence_doer_types", [])),
        agent_pronouns=fs("agent_pronouns"),
        clash_nouns=fs("clash_nouns"),
        between_hosts=fs("between_hosts"),
        relative_deed_nouns=fs("relative_deed_nouns"),
        relative_deed_adjectives=fs("relative_deed_adjectives"),
        relative_deed_preps=fs("relative_deed_preps"),
        count_leads=fs("count_leads"),
        death_verbs=fs("death_verbs"),
        campaign_reach=int(data.get("campaign_reach", 12)),
        opposing_min=int(data.get("opposing_min", 2)),
        sufferer_min=int(data.get("sufferer_min", 2)), sufferer_ratio=float(data.get("sufferer_ratio", 2.0)),
        holding_links=int(data.get("holding_links", 0)),
        toll_years=int(data.get("toll_years", 3)),
        control_fillers=fs("control_fillers") | fs("subject_fillers"),
        body_subject_types=frozenset(data.get("body_subject_types", [])),
        cease_types=frozenset(data.get("cease_types", [])),
        captured_types=frozenset(data.get("captured_types", [])),
        verbal_attack_window=int(data.get("verbal_attack_window", 12)),
        abstract_objects=frozenset(w.removeprefix("ال") for w in fs("abstract_objects")),
        abstract_direct=frozenset(w.removeprefix("ال") for w in fs("abstract_direct")),
        abstract_types=frozenset(data.get("abstract_types", [])),
        period_nouns=frozenset(w.removeprefix("ال") for w in fs("period_nouns")),
        period_types=frozenset(data.get("period_types", [])),
        declared_deed_kinds=frozenset(data.get("declared_deed_kinds", [])),
        declared_deed_types=frozenset(data.get("declared_deed_types", [])),
        declared_deed_gap=int(data.get("declared_deed_gap", 5)),
        ascribe_reach=int(data.get("ascribe_reach", 3)),
        relative_resumptives={_f(r): frozenset(_f(w) for w in ws)
                              for r, ws in data.get("relative_resumptives", {}).items()},
        relative_adjectives=int(data.get("relative_adjectives", 2)),
        recall_nouns=frozenset(w.removeprefix("ال") for w in fs("recall_nouns")),
        recall_sentences=int(data.get("recall_sentences", 2)),
        object_recall_sentences=int(data.get("object_recall_sentences", 3)),
        threat_deed_window=int(data.get("threat_deed_window", 8)),
        join_reach=int(data.get("join_reach", 4)),
        closed_doors_window=int(data.get("closed_doors_window", 6)),
        arrest_sequel_window=int(data.get("arrest_sequel_window", 10)),
        unknown_doer_refs=frozenset(data.get("unknown_doer_refs", [])),
        body_kinds=frozenset(data.get("body_kinds", [])), body_types=frozenset(data.get("body_types", [])),
        government_kinds=tuple(data.get("government_kinds", [])),
        lost_soldier_kinds=frozenset(data.get("lost_soldier_kinds", [])),
        device_bare=frozenset(w.removeprefix("ال") for w in fs("device_triggers")),
    )
    # every other word list is read from the pack key of its own name, so a new list needs only its field
    lists = {f.name: fs(f.name) for f in fields(Cues)
             if f.name not in explicit and f.type == "frozenset[str]" and f.name in data}
    return Cues(**explicit, **lists)


def _own_force_forms(nouns: list[str], suffixes: list[str]) -> frozenset[str]:
    """قواته، قواتها، طائراتهم، مقاتليه: each force noun with each pronoun suffix (a final ة as ت)."""
    out = set()
    for n in nouns:
        w = _f(n)
        stem = w[:-1] + "ت" if w.endswith("ه") else w
        out.update(stem + _f(suf) for suf in suffixes)
    return frozenset(out)


def _state_adjectives() -> dict[str, str]:
    """Folded nationality adjective (التركي، روسية، الأميركيين) → the actor's pack id."""
    from marsad import packs

    return packs.state_words(states_only=False)


def _derived_state_adjectives() -> dict[str, str]:
    """The dual and plural nisbas stage entities derives from each state's singular one (جنديان روسيان، ضباط
    تركيين): they name the state only where that stage made them a mention, after a noun of armed men."""
    from marsad.stages import entities

    return entities.derived_nisbas()


_PLACE_RANK = {"place": 0, "admin_area": 1, "region": 2, "country": 3}


def _word_indexes(ctx: _Ctx, words: frozenset[str], bare_only: bool = False) -> list[int]:
    """The indexes in `ctx.words.spans` of the words of `words` (as written or without و/ف; without only,
    when bare_only), in text order: found once per article and set, then bisected, as a trigger's clause or
    sentence can be a whole comma-joined text."""
    key = (id(words), bare_only)
    got = ctx.word_sets.get(key)
    if got is None:
        spans, bare = ctx.words.spans, ctx.words.bare
        # most sets have no word in the article (a set intersection in C), the others only a few: the walk
        # tests the words against those few
        used = ctx.words.vocabulary(bare_only).intersection(words)
        at = [] if not used else [
            k for k in range(len(spans)) if bare[k][2] in used or (not bare_only and spans[k][2] in used)]
        ctx.word_sets[key] = got = (words, at)  # the set is kept with its indexes, so its id stays its own
    return got[1]


def _last_word_in(ctx: _Ctx, words: frozenset[str], i: int, j: int) -> tuple[int, int, str] | None:
    """The last word of `words` (with or without و/ف) among the word indexes [i, j)."""
    at = _word_indexes(ctx, words)
    k = bisect.bisect_left(at, j) - 1
    return ctx.words.spans[at[k]] if k >= 0 and at[k] >= i else None


def _frame_word(ctx: _Ctx, cs: int, hs: int, words: frozenset[str]) -> tuple[int, int, str] | None:
    """The last word of `words` (with or without و/ف) in the clause before the trigger."""
    return _frame_words(ctx, cs, hs, (words,))[0]


def _frame_words(ctx: _Ctx, cs: int, hs: int, sets: tuple[frozenset[str], ...]
                 ) -> list[tuple[int, int, str] | None]:
    """`_frame_word` for each of `sets`, reading the clause once (it was read once for each frame)."""
    i, j = ctx.words.run_of(cs, hs)
    return [_last_word_in(ctx, words, i, j) for words in sets]


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
    frames = ("accuse", "documenting", "foiling", "blame")
    for frame, got in zip(frames, _frame_words(ctx, cs, hs, tuple(lex.roles.get(f, frozenset()) for f in frames)),
                          strict=True):
        if got is not None and (pick is None or got[0] > pick[1][0]):
            pick = (frame, got)
    if pick is not None and pick[0] == "blame":
        return _blame_roles(ctx, d, pick[1], hs, he)
    if pick is None:
        return False
    frame, (vs_, ve, verb) = pick
    # the frame governs a noun (محاولة تفجير، حالة اغتيال، بتجنيد), not a verb of an embedded clause
    light_before = h.light is not None and h.light.start < h.start
    # اتهم الجيش طائرات إسرائيلية بتنفيذ ضربات: a light masdar under ب carries the accused deed
    light_ok = (light_before and frame == "accuse" and h.light is not None and h.light.prefix.endswith("ب")
                and d.type in cues().accused_deed_types)  # not a threat over one (تتوعد برد بعد اتهامات)
    if h.trig.pos != "noun" or (light_before and not light_ok):
        return False
    if any(w in lex.roles.get("complementizers", frozenset()) for w in ctx.words.between(ve, hs)):
        return False  # كتب عبر رصد خاص أن قسد خرجت: the trigger is in the reported clause
    if frame == "accuse" and not (light_ok or h.prefix.endswith("ب")):
        return False
    actors = ctx.actors(cs, ce, persons=True)
    after = [(m, ent) for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 2]
    a1 = a2 = None
    if frame == "accuse":
        # the accused is no teller, whatever a claim read into "X يتهم Y": claim sources count here
        between = [(m, ent) for m, ent in ctx.doc.mentions_in(ve, hs, ACTOR_TYPES) if m.start >= ve and m.end <= hs]
        # اتهمته الأجهزة بإيواء …: the accused is the object pronoun, not a name we can give
        suffixed = _strip_conj(verb) not in cues().accuse_bare and verb not in cues().accuse_bare
        a1 = None if suffixed or not between else between[-1][1]
        if between:
            last = between[-1][0]
            k = ctx.words.index_at(last.start)
            prev = [(ps, pe) for ps, pe, _w in ctx.words.spans[max(0, k - 1):k] if ps >= ve and pe <= last.start]
            named = bool(prev) and bool(ctx.doc.mentions_in(prev[0][0], prev[0][1], ACTOR_TYPES))
            if ctx.marker(last.start, ve) == "و" or (
                    prev and ctx.words.before(last.start, 1, ve)[0].startswith("و") and not named):
                a1 = None  # اتهمت الحكومة وحليفتها موسكو المتمردين: the last name is joined to the accuser
        if a1 is None and not suffixed:
            # طائرات حربية إسرائيلية: the accused named by a state adjective after the accuser's words
            seen = bool(between)
            spans = ctx.words.spans
            first = ctx.words.index_at(ve)
            for i in range(first, len(spans)):
                s = spans[i][0]
                if s >= hs:
                    break
                adj = ctx.adjective_after(s, hs, n=1)
                if adj is not None:
                    # اتهم ناشطون القوات الحكومية بشن: a force noun past the accuser's own first word is the
                    # accused's, whatever adjective stood before
                    noun = _strip_conj(spans[i - 1][2])
                    forces = i > first + 1 and (noun.removeprefix("ال") in lex.roles["heads"]
                                                or noun in cues().force_subjects)
                    if (seen or forces) and (not between or s >= between[-1][0].end):
                        a1 = adj
                    seen = True
        if a1 is None and not suffixed and not between and ctx.words.gap(ve, hs) == 0:
            # تنظيم داعش اتهم بتفجير الجامع: a bare accusing verb right before its ب-deed has no object, so it
            # is passive (اُتُّهِم) and the name before it, its subject, is the accused (a teller to the claims
            # stage, which reads the passive as the active «X اتهم»)
            subjects = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, vs_, ("actor",))
                        if _is_subject_like(ctx, m, cs)]
            a1 = subjects[-1][1] if subjects else None
        a2 = after[0][1] if after and after[0][1] is not a1 else None
    elif frame == "documenting":
        a1 = after[0][1] if after else None
    else:
        foilers = [(m, ent) for m, ent in actors if m.end <= hs]
        a2 = foilers[-1][1] if foilers else None
        nxt = ctx.words.between(he, ce, limit=1)
        if nxt and _strip_conj(nxt[0]) in cues().launch_relatives:
            # طائرتين مسيرتين أطلقتهما ميليشيا مدعومة من إيران: the launcher named, described, after the verb
            after = [(m, ent) for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 5]
        rest = [ent for m, ent in after if ent is not a2]
        a1 = rest[0] if rest else None
    d.frame = frame
    d.actor1, d.actor2, d.actor1_explicit = a1, a2, True
    return True


def _blame_roles(ctx: _Ctx, d: Draft, verb: tuple[int, int, str], hs: int, he: int) -> bool:
    """"حمّل X Y المسؤولية عن الهجوم": Y, the object named last before the blame noun, is the alleged doer;
    X (the one who blames) is no party. Only when the trigger is the blame noun's genitive or its عن-phrase.
    With the verb carrying its object (حمّلها الجيش المسؤولية) or one name only, the blamed one is not named."""
    cs, ce = d.clause
    h = d.head
    _vs, ve, word = verb
    if h.trig.pos != "noun" or (h.light is not None and h.light.start < h.start):
        return False
    if any(w in ctx.lex.roles.get("complementizers", frozenset()) for w in ctx.words.between(ve, hs)):
        return False
    noun = None
    spans = ctx.words.spans
    for i in range(ctx.words.index_at(ve), len(spans)):
        s, e, w = spans[i]
        if s >= hs:
            break
        if _strip_conj(w) in cues().blame_nouns:
            noun = (s, e)
    # مسؤولية الهجوم، المسؤولية عن الهجوم، المسؤولية عما جرى من قصف: the trigger hangs on the blame noun
    if noun is None or len(ctx.words.between(noun[1], hs)) > 1:
        return False
    bare = _strip_conj(word) in cues().blame_bare or word in cues().blame_bare
    named = [(m, ent) for m, ent in ctx.actors(cs, ce, persons=True) if m.start >= ve and m.end <= noun[0]]
    subject_before = any(m.end <= verb[0] for m, _ent in ctx.actors(cs, ce, persons=True))
    a1 = None
    if bare and (len(named) >= 2 or (named and subject_before)):
        a1 = named[-1][1]
    after = [(m, ent) for m, ent in ctx.actors(cs, ce, persons=True)
             if m.start >= he and ctx.words.gap(he, m.start) <= 2]
    d.frame = "blame"
    # nobody blamed (لم تحمّل أي جهة المسؤولية) leaves the doer unknown, free to come from another telling
    d.actor1, d.actor1_explicit = a1, a1 is not None
    d.actor2 = after[0][1] if after and after[0][1] is not a1 else None
    return True


def _name_at(ctx: _Ctx, s: int, e: int) -> bool:
    """A name's mention starts right at the word [s, e): its ب is the name's own (بيسكوف، بوتين، بريطانيا), no
    preposition."""
    return any(m.start == s for m, _ent in ctx.doc.mentions_in(s, e + 40, ("actor", "person")))


def _reaction_end(ctx: _Ctx, d: Draft, hs: int, window: int = 12) -> int | None:
    """أدان الأردن الهجوم على حمص، ندد الاتحاد بالغارات التي استهدفت: the trigger names what a reaction verb or
    noun (triggers.json roles.reaction) reacts to, so the names before it react and are no party. The end
    of the reaction word, or None when the trigger is a verb of its own (not one in a relative clause on
    the noun reacted to), is reported after أن, or stands after another verb or over `window` words on."""
    words = ctx.lex.roles.get("reaction", frozenset())
    h = d.head
    ss = d.sentence[0]
    if not words:
        return None
    if h.trig.pos != "noun" and (h.light is None or h.light.start < h.start):
        prev = ctx.words.before(h.start, 1, ss)
        if not (prev and _strip_conj(prev[0]) in cues().relatives):
            return None  # أدان الهجوم وأرسل قوات: a verb of its own is no object of the reaction
    got = _frame_word(ctx, ss, hs, words)
    if got is None:
        return None
    ve = got[1]
    nxt_spans = ctx.words.spans_at(ve, 1)
    nxt = [w for _s, _e, w in nxt_spans]
    if (_strip_conj(got[2]) in cues().convict_forms and nxt and nxt[0].startswith("ب")
            and nxt[0] not in cues().reaction_manner and not _name_at(ctx, nxt_spans[0][0], nxt_spans[0][1])):
        return None  # بعد إدانته بالعمل على تجنيد: convicted of a deed, not condemning one
    between = ctx.words.between(ve, hs)
    comps = ctx.lex.roles.get("complementizers", frozenset())
    if len(between) > window or any(w in comps or _strip_conj(w) in comps for w in between):
        return None
    if any(ve <= x.start < hs and x.trig.pos != "noun" and all(x is not y for y in d.hits) for x in ctx.raw_hits):
        return None  # رحب بالاتفاق ثم قصف: another verb between starts a predicate of its own
    return ve


def _after_relative(ctx: _Ctx, anchor: Hit, ss: int) -> int | None:
    """Where the relative word (الذي، التي، الذين) right before a verb trigger starts, in its sentence."""
    rel = ctx.words.span_before(anchor.start)
    if not rel or rel[0][0] < ss or _strip_conj(rel[0][2]) not in cues().relatives:
        return None
    return rel[0][0]


def _relative_antecedent(ctx: _Ctx, d: Draft, anchor: Hit, ss: int) -> tuple[str, Any] | None:
    """The noun a relative right before a verb trigger hangs on is the verb's subject, unless the verb carries
    it as an object pronoun (`_object_pronoun`) or a preposition with a pronoun that agrees with the relative
    follows the verb for it (event_cues relative_resumptives: التي قتل فيها، الذي لجأ إليه، الذي شنت عليه):
    then ("oblique", None), the subject is after the verb. At most
    relative_adjectives words of the article (المحظور، الكيميائي المفترض) and a comma may stand between:
    ("named", (mention, entity)) for a party or person (حزب العمال الكردستاني المحظور، والذي يقاتل);
    ("nameless", None) for a noun of people or a party no name gives (event_cues relative_nameless,
    unnamed_doers, nameless_doers: المسلحين الذين هاجموا، الجهة التي استهدفت), so no party is borrowed;
    ("event", entity) for an event noun whose own state adjective or genitive names its doer (الغارات
    الإسرائيلية التي استهدفت، صواريخ الجيش الإسرائيلي التي استهدفت); None otherwise."""
    h = d.head
    # (a light verb before its noun too: الجهة التي نفذت الهجوم، المسلحين الذين شنوا هجوما)
    if not d.verbal or anchor.trig.pos not in ("past", "present", "light") or (
            h.light is not None and h.light.start > h.start):
        return None
    rs = _after_relative(ctx, anchor, ss)
    if rs is None:
        return None
    if _object_pronoun(ctx, anchor):
        return ("oblique", None) if h.light is None else None
    c = cues()
    rel = ctx.words.spans_at(rs, 1)[0][2]
    if rel != _strip_conj(rel):
        # التحالف الذي تقوده السعودية والذي يقاتل: a relative joined by و hangs on the noun of the one before
        rs = next((s for s, _e, w in reversed(ctx.words.spans[ctx.words.index_at(ss):ctx.words.index_at(rs)])
                   if w == _strip_conj(rel)), rs)
    # the pronoun agrees with the relative: الذي ... فيه, never ضدهم (التحالف الذي يقاتل ضدهم: others)
    resumptive = c.relative_resumptives.get(_strip_conj(rel), frozenset())
    nxt = ctx.words.spans_at(anchor.end, 1)
    if nxt and nxt[0][0] < d.sentence[1] and (_strip_conj(nxt[0][2]) in resumptive or nxt[0][2] in resumptive):
        return "oblique", None
    return _antecedent_at(ctx, rs, ss)


def _antecedent_at(ctx: _Ctx, rs: int, ss: int) -> tuple[str, Any] | None:
    """What the relative word at `rs` hangs on (see `_relative_antecedent`): a name, a nameless noun or an
    event noun, within relative_adjectives words before it in the sentence from `ss`."""
    c = cues()
    reach = c.relative_adjectives
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, rs, ("actor", "person"))
             if m.end <= rs and not ctx.in_source(m.start, m.end)]
    if named and _antecedent_name(ctx, named[-1][0], rs):
        return "named", named[-1]
    nameless = c.relative_nameless | c.unnamed_doers | c.nameless_doers
    spans = ctx.words.spans
    i = ctx.words.index_at(rs) - 1
    for _k in range(reach + 1):
        if i < 0 or spans[i][0] < ss or (named and spans[i][0] < named[-1][0].end):
            return None
        _s, e, w = spans[i]
        if _strip_conj(w) in nameless or w in nameless:
            return "nameless", None
        noun = [x for x in ctx.raw_hits if x.end == e and x.trig.pos == "noun"]
        if noun:
            doer = ctx.adjective_after(e, rs) or next(
                (ent for m, ent in ctx.doc.mentions_in(e, rs, ("actor",)) if ctx.words.gap(e, m.start) == 0), None)
            return ("event", doer) if doer is not None else None
        if not _strip_conj(w).startswith("ال") or _strip_conj(w) in c.relatives:
            return None  # (الصواريخ الأمريكية والبريطانية التي: adjectives joined by و)
        i -= 1
    return None


def _behind_antecedent(ctx: _Ctx, h: Hit, ss: int) -> tuple[str, Any] | None:
    """An event noun after a relative verb of standing behind (triggers.json roles behind_verbs, behind_preps:
    الجهة التي تقف وراء الهجوم، الأشخاص الذين يقفون خلف التفجير): what the relative hangs on stands behind the
    deed, so it is its doer, as `_relative_antecedent` gives it: ("named", …) a party, ("nameless", None) a
    noun no name gives, which lends no doer (the subject of the sentence only seeks or tells it)."""
    roles = ctx.lex.roles
    k = ctx.words.index_at(h.start) - 2  # the two words right before the trigger's own
    if k < 0:
        return None
    vs, _ve, verb = ctx.words.spans[k]
    prep = ctx.words.spans[k + 1][2]
    if vs < ss or _strip_conj(verb) not in roles.get("behind_verbs", frozenset()) or (
            prep not in roles.get("behind_preps", frozenset())):
        return None
    rel = ctx.words.span_before(vs)
    if not rel or rel[0][0] < ss or _strip_conj(rel[0][2]) not in cues().relatives:
        return None
    return _antecedent_at(ctx, rel[0][0], ss)


def _antecedent_name(ctx: _Ctx, m: model.Mention, rs: int) -> bool:
    """Whether the name `m` is the noun the relative at `rs` hangs on: at most relative_adjectives words
    between, each an adjective with the article (not a noun joined by و: النظام السوري والفصائل التي تقاتل
    hangs on the factions), and no event word."""
    between = ctx.words.between(m.end, rs)
    if not between:
        return True
    # شنت تركيا العملية التي: a name right after a verb is its subject, the words after it its object
    return len(between) <= cues().relative_adjectives \
        and all(w.startswith("ال") and w not in cues().relatives for w in between) \
        and not any(m.end <= x.start < rs or (x.trig.pos != "noun" and x.end <= m.start
                                              and ctx.words.gap(x.end, m.start) == 0) for x in ctx.raw_hits)


def _object_pronoun(ctx: _Ctx, h: Hit) -> bool:
    """The verb trigger carries its object as a pronoun (قتلته، اعتقلتهم، يحاصرها، ستستهدفها): its subject is
    not the noun a relative before it hangs on."""
    if h.trig.pos not in ("past", "present"):
        return False
    form = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    base = h.trig.base
    if h.trig.pos == "present":
        if form[:1] == "س" and base[:1] != "س":
            form = form[1:]  # ستحاصرها: the future prefix
        stems: tuple[str, ...] = (base, base + "ون", base + "ان", base + "ن")
    else:
        stems = (base, base + "ت", base + "و")
    return any(suffix != "نا" and form.endswith(suffix) and form[: -len(suffix)] in stems
               for suffix in cues().own_suffixes)


def _relative_object(ctx: _Ctx, d: Draft, cs: int) -> tuple[model.Mention, EntityDraft] | None:
    """The name a relative clause hangs on when its verb trigger carries it as an object pronoun (زهران علوش
    الذي قتلته غارة روسية، سعدة الذي اعتقلته الشرطة): the name right before the relative word, or None."""
    h = d.head
    if h.trig.pos not in ("past", "present") or h.light is not None:
        return None
    ss = d.sentence[0]
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < ss or _strip_conj(prev[0][2]) not in cues().relatives:
        return None
    if not _object_pronoun(ctx, h):
        return None
    rel_start = prev[0][0]
    # right before the relative: رجاء، والدة الفلسطيني الذي قتله hangs on the son, not on his mother
    held = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, rel_start, ("actor", "person"))
            if ctx.words.gap(m.end, rel_start) == 0]
    return held[-1] if held else None


def _relative_clause_subject(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """The name is the subject of a relative clause whose verb carries, as an object pronoun, the noun the
    relative hangs on (التحالف الذي تقوده السعودية، القوات التي تدعمها واشنطن، المدينة التي يحاصرها الجيش): it
    describes that noun, so it is no patient of the event whose clause holds the noun phrase."""
    prev = [_strip_conj(w) for w in ctx.words.before(m.start, 2, floor)]
    if len(prev) < 2 or prev[0] not in cues().relatives:
        return False
    verb = prev[1]
    # a verb of at least three letters before its pronoun (تقوده، تدعمها، يحاصرها); not a preposition with a
    # pronoun (التي فيها، الذي عليه), which opens a clause of place or of a nominal predicate
    return any(verb.endswith(p) and len(verb) - len(p) >= 3 for p in ("ه", "ها", "هم", "هما")) and not any(
        verb in forms for forms in cues().relative_resumptives.values())


def _strike_owner_before(ctx: _Ctx, cs: int, vs: int, actors: list[tuple[model.Mention, EntityDraft]]
                         ) -> tuple[model.Mention, EntityDraft] | None:
    """The name whose strike is the subject before a verb (غارة جوية لقوات التحالف قتلت، قصف للنظام أدى):
    an attack noun of the clause with the name under ل at most two words (its adjectives) after it, and no
    word but a time, a light particle or the verb's auxiliaries between the name and the verb."""
    for m, ent in actors:
        if not (cs <= m.start and m.end <= vs) or ent.type != "actor" or ctx.marker(m.start, cs) != "ل":
            continue
        # (raw_hits are in text order: only the clause's are looked at)
        lo = bisect.bisect_left(ctx.raw_hits, cs, key=lambda x: x.start)
        hi = bisect.bisect_left(ctx.raw_hits, m.start, key=lambda x: x.start)
        noun = [x for x in ctx.raw_hits[lo:hi] if x.end <= m.start and x.trig.pos == "noun"
                and x.type == "ATTACK" and ctx.words.gap(x.end, m.start) <= 2]
        if not noun:
            continue
        # what stands between the name and the verb: a time (يوم 9 آب/أغسطس) and at most three words more
        # (قد، كان), never another clause
        between = [w for ws, we, w in itertools.takewhile(lambda sp: sp[1] <= vs, ctx.words.spans_from(m.end))
                   if not any(t.start <= ws and we <= t.end for t in ctx.doc.times)]
        if _CLAUSE_END.search(ctx.doc.text, m.end, vs) or len(between) > 3 or any(
                _strip_conj(w) in cues().relatives for w in between):
            continue
        return m, ent
    return None


def _object_after_subject_noun(ctx: _Ctx, ve: int, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                               ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after the subject noun that follows a verb (استهدف صاروخ باليستي الرياض، قصفت الطائرات
    دمشق، هاجمت طائرات مسيرة مطار أبها): one to three words stand between, none a head noun that takes the name
    as its genitive (طائرات التحالف، عناصر التنظيم), an adjective of belonging (التابعة), an event noun (القصف
    التركي) or a preposition, and the name carries no preposition of its own: the verb's accusative object."""
    heads = ctx.lex.roles["heads"]
    for m, ent in actors:
        if m.start < ve:
            continue
        if m.start >= ce:
            return None
        gap = [_strip_conj(w) for w in ctx.words.between(ve, m.start)]
        if not 1 <= len(gap) <= 3 or _strip_conj(ctx.marker(m.start, ve)) != gap[-1]:
            return None
        if any(w in heads or w in cues().l_adjectives or w in ctx.lex.roles["subject_block"]
               or w in cues().target_markers or w.isdigit() for w in gap):
            return None
        if any(ve <= x.start < m.start for x in ctx.raw_hits) or any(
                ve <= t.start < m.start for t in ctx.doc.times):
            return None  # القصف التركي، فجر اليوم: an event noun or a time, no subject noun
        first = fold_text(m.text).split()
        if first and first[0].endswith(cues().nisba):
            return None  # السلطات المصرية: an adjective of the subject noun names its side, no object
        return m, ent
    return None


def _passive_killing(ctx: _Ctx, d: Draft, hs: int, he: int) -> bool:
    """قُتل 27 شخصا من مقاتلي الحشد في كمين نصبه التنظيم; 21 من المقاتلين الموالين للحكومة قتلوا في ضربات
    أميركية: a passive killing names its victims (actor2) and, through the attack it happened in, its doer
    (actor1): the one who set the ambush, the state of the strikes, the other side of the clashes. Without
    one the doer stays unknown rather than borrowed from another sentence. True when the roles were set."""
    h = d.head
    if h.trig.base != "قتل" or h.trig.pos != "past" or h.light is not None:
        return False
    form = fold_text(ctx.doc.text[h.start:h.end]).strip()
    if form not in cues().kill_forms and _strip_conj(form) not in cues().kill_forms:
        return False
    cs, ce = d.clause
    if _control_subject(ctx, h, cs, ctx.actors(cs, ce)) is not None:
        return False  # الجيش تمكن من قتل عشرة مسلحين: a masdar the managing verb's subject did, no passive
    se = d.sentence[1]
    nxt = ctx.words.between(he, ce, limit=2)
    # قتل عنصران من قسد: a person noun with a partitive after it names the killed, whoever killed them
    partitive = len(nxt) == 2 and nxt[0] in cues().victim_heads and nxt[1] in cues().victim_partitive
    named = _killed_person(ctx, h, he, ce) if nxt and not (nxt[0] in cues().kill_next or nxt[0].isdigit()) else None
    if nxt and not (nxt[0] in cues().kill_next or nxt[0].isdigit() or partitive or named is not None):
        return False  # قتل التنظيم ثلاثة عناصر: an object or a subject follows, the verb is active
    if nxt and _agreeing_pronoun(ctx, form, hs, cs) and (_count_word(nxt[0]) or nxt[0] in cues().count_leads):
        return False  # قالت تركيا إنها قتلت 20 مسلحا: a pronoun subject the verb agrees with, a count after: active
    if partitive and _object_after_partitive(ctx, he, ce):
        return False  # قتل عناصر من التنظيم اثنين من الجنود: the partitive named the killers, an object follows
    prev = ctx.words.before(hs, 1, cs)
    own_victims = None
    if prev and _strip_conj(prev[0]) in cues().own_forces:
        if nxt and nxt[0] not in cues().cause_words:
            return False  # إن مقاتليه قتلوا عشرة جنود: the forces of the teller are the subject
        # قالت قسد إن ثلاثة من مقاتليها قتلوا في هجوم: nothing killed follows, so the teller's own men were
        # killed; the teller is the victim, never the doer
        own_victims = _own_forces_teller(ctx, d.sentence[0], cs, h)
    if own_victims is None and _strike_owner_before(ctx, cs, hs, ctx.actors(cs, hs)) is not None:
        return False  # غارة لقوات التحالف قتلت 29 طفلا: the strike is the active verb's subject, its owner the doer
    # the victims: the first name after the last complementizer before the verb, or right after the verb
    start = cs
    back = ctx.words.span_before(hs)
    if (form in cues().kill_forms and cs > d.sentence[0] and not ctx.words.between(cs, hs) and back
            and back[0][1] <= cs
            and "،" in ctx.doc.text[back[0][1]:hs]):
        # إن القيادي الحوثي فلان، قتل مع ثلاثة من مرافقيه: a comma after the victim's name (and its titles) opens
        # the verb's clause; the name before the comma is still its subject, from the complementizer on (not
        # with و: هاجم التنظيم القرية، وقتل ثلاثة is a clause of its own, whose subject is no victim)
        start = d.sentence[0]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    for s, e, w in ctx.words.spans_from(start):
        if s >= hs:
            break
        if w in comps or _strip_conj(w) in comps:
            start = e
    victims = ctx.actors(start, hs)
    rel = ctx.words.span_before(hs)
    if rel and rel[0][0] >= cs and _strip_conj(rel[0][2]) in cues().relatives:
        # شيّع الأهالي المقاتلين الذين قتلوا في الغارة: the killed are the name the relative hangs on
        # (ونعت الهيئة عناصرها الذين قتلوا: with no name right before it, the clause's first name stays)
        victims = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, rel[0][0], ("actor", "person"))
                   if ctx.words.gap(m.end, rel[0][0]) == 0][-1:] or victims
    stop = ce
    for s, _e, w in ctx.words.spans_from(he):
        if s >= ce:
            break
        if w in cues().cause_words:
            stop = s
            break
    victim = own_victims[1] if own_victims is not None else victims[0][1] if victims else named
    if victim is None:
        after = ctx.actors(he, stop)
        victim = after[0][1] if after else None
    if victim is None:
        for s, _e, _w in ctx.words.spans_from(start):
            if s >= stop:
                break
            victim = ctx.adjective_after(s, stop, n=1) if s < hs or s >= he else None
            if victim is not None:
                break  # 15 جنديا تركيا قتلوا
    doer = None
    for m, ent in ctx.actors(he, se):
        if ent is not victim and _after_agent_marker(ctx, m.start, he):
            doer = ent
            break
    if doer is None:
        doer = _instrument_agent(ctx, he, se, victim)
    if doer is None and d.type in _launch_cues()[0]:
        # قتل مدنيان جراء سقوط قذيفة أطلقتها ميليشيا الحوثي: who fired the weapon killed
        launcher = _launcher_after(ctx, he, se, victim)
        doer = launcher[1] if launcher is not None else None
    if doer is None:
        for x in ctx.raw_hits:
            if not (he <= x.start < se) or x.type != "ATTACK":
                continue
            doer = ctx.adjective_after(x.end, se)
            if doer is None:
                # جراء استهداف قوات الاحتلال: with the killed as the patients, even a masdar that takes its
                # patient as genitive (triggers.json genitive_patient) names its doer there
                for m, ent in ctx.actors(x.end, se):
                    if ctx.words.gap(x.end, m.start) > 3 or _strip_conj(ctx.marker(m.start, x.end)) in cues().not_agent:
                        break
                    if ent is not victim:
                        doer = ent
                    break
            if doer is victim:
                doer = None
            break  # the first attack after the verb is the one the killing happened in
    if named is not None and victim is named and any(he <= x.start < se and x.type == "ATTACK" for x in ctx.raw_hits):
        # قتل X، العميد في ...، بعد مواجهات مع: the attack told after the killing is the same happening, and the
        # two are one event only with no second target between them; the person stays in the text
        victim = None
    d.actor1, d.actor2, d.actor1_explicit = doer, victim, doer is not None
    return True


def _agreeing_pronoun(ctx: _Ctx, form: str, hs: int, cs: int) -> bool:
    """The word right before the verb is a feminine or plural subject pronoun (event_cues agent_pronouns:
    إنها، أنهم) the verb form agrees with (قتلت after -ها, قتلوا after -هم): the pronoun is the verb's subject,
    so the verb is active. The masculine إنه is left out: it is as often the pronoun of the matter before a
    passive (قال إنه قتل 20 مسلحا: twenty gunmen were killed)."""
    prev = ctx.words.before(hs, 1, cs)
    if not prev or _strip_conj(prev[0]) not in cues().agent_pronouns:
        return False
    verb = _strip_conj(form)
    return (prev[0].endswith("ها") and verb.endswith("ت")) or (prev[0].endswith("هم") and verb.endswith("وا"))


def _killed_person(ctx: _Ctx, h: Hit, he: int, ce: int, titles: int = 2, reach: int = 8) -> EntityDraft | None:
    """قُتل سليم الجبوري، قتل العميد حسن الزيدي، قتل القيادي في حزب الله X: an unvowelled masculine قتل with a
    named person right after it, or after at most `titles` title words (event_cues title_words) and the party
    the title is in (في X), within `reach` words, is passive: the person was killed (with no name the person
    no entity names, the party the title is in lost him). A person seldom kills in news prose; a party named
    right after قتل stays its subject, and a feminine قتلت (a state, a force) keeps reading the person as its
    object."""
    if _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip()) != "قتل":
        return None
    titled = 0
    party: EntityDraft | None = None  # the party a title is in (القيادي في حزب الله)
    skip_to = -1
    prev = ""
    for s, _e, w in ctx.words.spans_at(he, reach):
        if s >= ce:
            break
        if s < skip_to:
            continue
        first = next(((m, ent) for m, ent in ctx.doc.mentions_in(s, ce, ACTOR_TYPES) if m.start == s), None)
        if first is not None and first[1].type == "person":
            return first[1]
        if first is not None:
            if not (titled and prev == "في") or party is not None:
                break  # قتل التنظيم: a party right after the verb is its subject
            party, skip_to = first[1], first[0].end
            continue
        if w == "في" and titled and party is None:
            prev = w
            continue
        if party is not None or w not in cues().title_words or titled >= titles:
            break
        titled += 1
        prev = w
    return party


def _object_after_partitive(ctx: _Ctx, he: int, ce: int) -> bool:
    """After «قتل <head noun> من X» the word right after X opens an object (a count, a person noun or
    another name: قتل مسلحون من التنظيم ثلاثة جنود): the verb is active with X's men as its subject. A
    cause, a time or a place word there (قتل عناصر من قسد في غارة، أمس) leaves it passive."""
    named = ctx.actors(he, ce)
    if not named:
        return False
    m = named[0][0]
    if ctx.words.gap(he, m.start) > 3 or _CLAUSE_END.search(ctx.doc.text, he, m.start):
        return False
    rest = ctx.words.between(m.end, ce, limit=1)
    if not rest or _CLAUSE_END.search(ctx.doc.text, m.end, ctx.words.spans_at(m.end, 1)[0][0]):
        return False
    c = cues()
    objects = c.count_words | c.victim_heads | c.civilian_words | c.people_heads
    return rest[0].isdigit() or rest[0] in objects or _strip_conj(rest[0]) in objects


def _undergo_verb(ctx: _Ctx, h: Hit, cs: int, window: int = 6) -> int | None:
    """Where the verb of undergoing (event_cues undergo_verbs) that takes the noun trigger under ل stands
    (تعرضت البلدة لقصف، فصائل المعارضة تتعرض لهجوم): its subject is the target, the deed's doer the
    noun's genitive or the name after من. None when the trigger is no such noun."""
    if h.trig.pos != "noun" or not h.prefix.endswith("ل"):
        return None
    spans = [sp for sp in ctx.words.spans[max(ctx.words.index_at(h.start) - window, 0):ctx.words.index_at(h.start)]
             if sp[0] >= cs]
    for s, e, w in reversed(spans):
        if _strip_conj(w) in cues().undergo_verbs or w in cues().undergo_verbs:
            if _CLAUSE_END.search(ctx.doc.text, e, h.start):
                return None
            return s
    return None


def _from_agent(ctx: _Ctx, d: Draft, h: Hit, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                ) -> tuple[model.Mention, EntityDraft] | None:
    """The name after من (or a word of leading, event_cues led_by) that follows an attack noun, manner or
    nisba adjectives and head nouns allowed between (قصف مكثف من القوات الحكومية، هجوم من عناصر التنظيم،
    ضربات بقيادة واشنطن): the deed came from it, its doer."""
    if d.type not in cues().from_agent_types or h.trig.pos != "noun" or h.trig.suffixed:
        return None
    c = cues()
    heads = ctx.lex.roles["heads"]
    for m, ent in actors:
        if m.start < h.end:
            continue
        if m.start >= ce:
            return None
        gap = [_strip_conj(w) for w in ctx.words.between(h.end, m.start)]
        k = next((i for i, w in enumerate(gap) if w in c.origin_markers or w in c.led_by), None)
        if k is None or k > 2 or _CLAUSE_END.search(ctx.doc.text, h.end, m.start):
            return None
        lead, tail = gap[:k], gap[k + 1:]
        if not (all(w in c.manner or (w.endswith(c.nisba) and len(w) > 3 and w not in c.l_adjectives)
                    for w in lead) and len(tail) <= 2 and all(w in heads for w in tail)):
            return None
        if gap[k] in c.led_by:
            return m, ent  # ضربات صاروخية بقيادة الولايات المتحدة: who led them
        entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
        first = _strip_conj(fold_text(ctx.doc.text[m.start:m.end]).split()[0]).removeprefix("ال")
        if entry is not None and entry.kind in c.civil_kinds and not tail and first not in heads:
            return None  # تصريح بالضربات من الكونغرس: a civil body is whence a permission comes, not fire
        return m, ent
    return None


def _after_agent_marker(ctx: _Ctx, pos: int, floor: int) -> bool:
    """The name at `pos` follows من قبل / على يد, head nouns allowed between (من قبل قوات "سوريا الديمقراطية")."""
    before = [_strip_conj(w) for w in ctx.words.before(pos, 4, floor)]
    heads = ctx.lex.roles["heads"]
    while before and before[-1] in heads:
        before.pop()
    return before[-2:] in cues().agent_markers


def _instrument_agent(ctx: _Ctx, start: int, end: int, victim: EntityDraft | None) -> EntityDraft | None:
    """قُتل ... بنيران قوات النظام، برصاص عناصر التنظيم: the owner of the fire that killed is the killer."""
    for s, e, w in ctx.words.spans_from(start):
        if s >= end:
            break
        if w not in cues().instrument_agents and _strip_conj(w) not in cues().instrument_agents:
            continue
        owner = _actor_right_after(ctx, e, end, victim)
        if owner is not None:
            return owner[1]
        adjective = ctx.adjective_after(e, end)  # بنيران تركية
        if adjective is not None and adjective is not victim:
            return adjective
    return None


def _masdar_fire_owner(ctx: _Ctx, h: Hit, ce: int, victim: EntityDraft | None, reach: int = 8
                       ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after an instrument word (event_cues instrument_agents: برصاص، بنيران، بقصف), head nouns
    between, within `reach` words after a masdar trigger and before any other trigger: the owner of the fire
    that did the masdar's deed (مقتل مدنيين بنيران قوات النظام)."""
    limit = ce
    # raw_hits are in text order: the next trigger after this one is bisected, not searched for
    for k in range(bisect.bisect_right(ctx.raw_hits, h.start, key=lambda x: x.start), len(ctx.raw_hits)):
        if ctx.raw_hits[k].start >= h.end:
            limit = min(ce, ctx.raw_hits[k].start)
            break
    for s, e, w in ctx.words.spans_at(h.end, reach):
        if s < h.end:
            continue
        if s >= limit:
            break
        if w not in cues().instrument_agents and _strip_conj(w) not in cues().instrument_agents:
            continue
        return _actor_right_after(ctx, e, ce, victim)
    return None


def _actor_right_after(ctx: _Ctx, pos: int, end: int, victim: EntityDraft | None = None
                       ) -> tuple[model.Mention, EntityDraft] | None:
    """The first actor named after `pos` (before `end`) if at most two head nouns stand between (بنيران قوات
    النظام، مع ميليشيات الحوثي) and it is not `victim`: the owner of the fire, or the side fought. A name further
    on, or the victim, belongs to another phrase, so no later name is tried."""
    heads = ctx.lex.roles["heads"]
    for m, ent in ctx.actors(pos, end):
        gap = ctx.words.between(pos, m.start)
        if len(gap) <= 2 and all(g in heads for g in gap) and ent is not victim:
            return m, ent
        return None
    return None


def _clash_opponent(ctx: _Ctx, start: int, se: int, reach: int = 14) -> tuple[model.Mention, EntityDraft] | None:
    """The name under مع right after a clash noun (event_cues clash_nouns: معارك، اشتباكات، مواجهات; two nisba
    or manner adjectives and head nouns allowed between) within `reach` words from `start`, in its sentence: the
    side the fighting, and a capture or advance it won, was against (إثر معارك عنيفة مع ميليشيات الحوثي)."""
    c = cues()
    spans = [sp for sp in ctx.words.spans_at(start, reach) if start <= sp[0] < se]
    for k, (_s, _e, w) in enumerate(spans):
        if _strip_conj(w) not in c.clash_nouns:
            continue
        j = k + 1
        while j < len(spans) and j - k <= 2 and (spans[j][2].endswith(c.nisba) or spans[j][2] in c.manner):
            j += 1
        if j >= len(spans) or spans[j][2] != "مع":
            continue
        return _actor_right_after(ctx, spans[j][1], se)
    return None


def _between_sides(ctx: _Ctx, d: Draft, reach: int = 14) -> tuple[tuple[model.Mention, EntityDraft],
                                                                    tuple[model.Mention, EntityDraft] | None] | None:
    """The two sides of a clash noun (event_cues clash_nouns) named by بين X و Y later in its sentence, also past
    a comma, a time or a place (اشتباكات عنيفة تدور في مدينة البوكمال، بين تنظيم داعش من جهة وقوات النظام من
    جهة أخرى; المعارك في مدينة الحديدة، بين القوات الحكومية والمتمردين): X, named right after بين (head nouns
    between), is actor1 and Y, the next name opened by و that backs nothing, actor2. Not when another event
    word, a relative or a complementizer stands between the noun and بين (it then belongs to that clause), nor
    when بين follows a noun of a line or bond (event_cues between_hosts: الحدود بين غزة وإسرائيل)."""
    c = cues()
    h = d.head
    words = fold_text(ctx.doc.text[h.start:h.end]).split()
    # (the last word: اندلعت اشتباكات; the accusative قتالا as قتال)
    noun = _strip_conj(words[-1]) if words else ""
    if noun not in c.clash_nouns and noun[:-1] not in c.clash_nouns:
        return None
    se = d.sentence[1]
    spans = [sp for sp in ctx.words.spans_at(h.end, reach) if h.end <= sp[0] < se]
    k = next((i for i, sp in enumerate(spans) if sp[2] == "بين"), None)
    if k is None:
        return None
    bs, be, _w = spans[k]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    prev = _strip_conj(spans[k - 1][2]) if k else ""
    if prev in c.between_hosts or any(_strip_conj(w) in c.relatives or _strip_conj(w) in comps
                                      for _s, _e, w in spans[:k]) or any(
            h.end <= x.start < bs for x in ctx.raw_hits):
        return None
    first = _actor_right_after(ctx, be, se)
    if first is None or first[1].type != "actor":
        return None
    backed = {id(ent) for ent in ctx.backers(first[0].end, se)}
    second = None
    backing = c.backing_words | c.led_by
    for m, ent in ctx.actors(first[0].end, se):
        if ent is first[1] or id(ent) in backed:
            continue
        gap = [_strip_conj(w) for w in ctx.words.between(first[0].end, m.start)]
        if any(w in backing for w in gap) and "بين" not in gap and ctx.marker(m.start, first[0].end) != "وبين":
            continue  # المدعومة من التحالف بقيادة السعودية والإمارات، وبين الحوثيين: a backer's conjunct
        if ctx.doc.text[m.start:m.start + 1] == "و" or ctx.marker(m.start, first[0].end) in ("و", "وبين"):
            second = (m, ent)
        break
    return first, second


def _victims(ctx: _Ctx, cs: int, hs: int) -> list[tuple[model.Mention, EntityDraft]]:
    """Names in the genitive of a casualty noun before the trigger (مقتل 4 جنود روس، إصابة عناصر من قسد)."""
    out = []
    nouns = cues().victim_nouns
    for s, e, w in ctx.words.spans_from(cs):
        if s >= hs:
            break
        if _strip_conj(w) in nouns or w in nouns:
            for m, ent in ctx.actors(e, hs, persons=True):
                if ctx.words.gap(e, m.start) <= 3:
                    out.append((m, ent))
                break
            if not out:
                lost = _lost_soldiers(ctx, cs, s, e, hs)
                if lost is not None:
                    out.append(lost)
            if not out and _own_members(ctx, e, hs):
                # أعلنت قسد مقتل خمسة من مقاتليها: the teller lost its own men, it is the one hit
                # the teller's mention is a claim's source, which ctx.actors leaves out
                named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, s, ("actor",))
                         if _is_subject_like(ctx, m, cs)]
                if named:
                    out.append(named[-1])
    return out


#: the partitive pronouns after a count of the dead or hurt (عشرة قتلى بينهم، أصيب 20 شخصا منهم) that bring in who
#: was among them
_PARTITIVE_AMONG = frozenset({"بينهم", "منهم", "بينهما", "منهما"})
@cache
def _scale_words() -> frozenset[str]:
    """The numbers pack's scale words, which count_words leaves out (ألف، آلاف، ألفي، ألفاً، مليون), folded."""
    nums = load_json("numbers")
    words = {fold_text(w) for w in (*nums["scales"], *nums["scale_duals"])}
    return frozenset(words | {w + "ا" for w in map(fold_text, nums["scales"])})


def _partitive_victim(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """Whether the name `m` is told among a count of people by a partitive pronoun before it, with only counts,
    person nouns and من between (قتل عشرة أشخاص بينهم أربعة جنود فرنسيين، مقتل خمسة، من بينهم جنود إسرائيليون،
    أصيب 20 منهم عناصر من حزب الله): the named are among the killed or hurt, the struck side, never the doer.
    After منهم a count or person noun must stand between (طلب منهم الجيش: the name is another verb's subject),
    and وبين after بينهم makes it the other side of a between (اشتباكات بينهم وبين الجيش)."""
    c = cues()
    skip = c.victim_heads | c.people_heads | c.count_words | c.approx_words | c.aggregate_words | _scale_words()
    words = ctx.words.before(m.start, 7, floor)
    between = 0
    for w in reversed(words):
        bare = _strip_conj(w)
        if bare in _PARTITIVE_AMONG:
            return between > 0 or bare.startswith("بين")
        if w.isdigit() or w in skip or bare in skip or w in c.victim_partitive:
            between += 1
            continue
        return False
    return False


def _counted_side(ctx: _Ctx, he: int, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                  ) -> tuple[model.Mention, EntityDraft] | None:
    """وقتل الجيش مع حلفائه عشرة مسلحين من تنظيم داعش: the first name after the verb told as the group of a count
    of people under a partitive (a count, a person noun of event_cues victim_heads, من, head nouns between) is
    the side the counted belong to, the struck, whether the verb is active (its subject a bare force noun no
    entity names) or passive; never the doer. None when no such name follows in the clause."""
    c = cues()
    heads = ctx.lex.roles["heads"]
    counts = c.count_words | c.approx_words | _scale_words()
    for m, ent in actors:
        if m.start < he or m.start >= ce:
            continue
        ws = [_strip_conj(w) for w in ctx.words.between(he, m.start)]
        k = len(ws)
        while k > 0 and ws[k - 1] in heads:
            k -= 1  # من تنظيم داعش: head nouns of the group's name the mention left out
        if (k >= 3 and ws[k - 1] in c.victim_partitive and ws[k - 2] in c.victim_heads
                and (ws[k - 3].isdigit() or ws[k - 3] in counts)):
            return m, ent
        return None  # only the first name after the verb: a later one is another clause's
    return None


def _counted_people(gap: list[str]) -> list[str] | None:
    """The words of `gap` less a count (digits, numerals, thousands, نحو/حوالي) when a person noun of armed men
    or officials follows the count and nothing else stands in it (نحو 14 ألف جندي، ألفي جندي، 350 جنديا): the
    noun alone, to be read as a head before the name; None otherwise."""
    c = cues()
    counts = c.count_words | c.approx_words | _scale_words()
    k = 0
    while k < len(gap) and (gap[k].isdigit() or gap[k] in counts):
        k += 1
    if k == 0 or k != len(gap) - 1 or gap[k] not in c.people_heads:
        return None
    return gap[k:]


def _among_victims(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """Whether every name of `ent` in d's sentence is told among the dead or hurt (_partitive_victim)."""
    ss, se = d.sentence
    own = [m for m, e in ctx.doc.mentions_in(ss, se, ACTOR_TYPES) if e is ent]
    return bool(own) and all(_partitive_victim(ctx, m, ss) for m in own)


def _joint_partner(ctx: _Ctx, d: Draft, pos: int, he: int) -> bool:
    """أطلقت أنقرة عملية عسكرية مع فصائل المعارضة، شنت حملة مع النظام: a name under مع (head nouns between, or
    a partitive: مع قوات في المعارضة) right after a campaign noun of an attack (event_cues
    joint_campaign_words: عملية، حملة, nisba adjectives between; not a clash noun, اشتباكات مع X, whose مع
    names the other side) is a partner in the campaign, never its target."""
    c = cues()
    if d.type not in c.claimed_types:
        return False
    heads = ctx.lex.roles["heads"]
    spans = ctx.words.spans
    j = ctx.words.index_at(pos) - 1
    while j >= 0 and spans[j][0] >= he and (spans[j][2] in heads or spans[j][2] in c.partitive):
        j -= 1
    if j < 0 or _strip_conj(spans[j][2]) != "مع":
        return False
    # the campaign noun right before مع, its nisba adjectives (عسكرية، برية) between, inside the event's words
    for k in range(j - 1, max(-1, j - 4), -1):
        st, _e, w = spans[k]
        if st < d.head.start:
            break
        if _strip_conj(w) in c.joint_campaign_words:
            return True
        if not w.endswith(c.nisba):
            break
    return False


def _soldiers_side(ctx: _Ctx, k: int, limit: int) -> tuple[tuple[model.Mention, EntityDraft] | None, int]:
    """The soldiers named at word index k (a count before them at most: أربعة جنود روس، جنديين روسيين، جندي
    إسرائيلي) and the side their state adjective names, with a mention made on the adjective; and the index of
    the word after the phrase (k when there is none)."""
    c = cues()
    spans = ctx.words.spans
    j = k
    while j < len(spans) and j < k + 3 and (spans[j][2] in c.lost_soldier_counts or spans[j][2] in c.count_words
                                            or spans[j][2].isdigit()):
        j += 1
    if j >= len(spans) or spans[j][0] >= limit or _strip_conj(spans[j][2]) not in c.lost_soldier_nouns:
        return None, k
    if j + 1 >= len(spans) or spans[j + 1][0] >= limit:
        return None, k
    s, e, _w = spans[j + 1]
    side, ent = ctx.side_adjective_after(s, limit, n=1)
    if not side or ent is None:
        return None, k
    return (model.Mention(s, e, ctx.doc.text[s:e], how="pattern"), ent), j + 2


def _dead_soldiers(ctx: _Ctx, d: Draft, cs: int, ce: int) -> tuple[model.Mention, EntityDraft] | None:
    """أربعة جنود روس قتلوا، جنديين روسيين لقوا حتفهم، قتل جندي إسرائيلي، أصيب ثلاثة جنود أتراك: soldiers named
    by a state adjective right before or right after a verb of dying or being hit (event_cues death_verbs) in
    the event's clause are the side struck, whatever the verb's voice."""
    verbs = cues().death_verbs
    if not verbs or d.type not in cues().opposing_types:
        return None
    spans = ctx.words.spans
    i = ctx.words.index_at(cs)
    while i < len(spans) and spans[i][0] < ce:
        if _strip_conj(spans[i][2]) in verbs:
            # VS: the soldiers right after the verb
            got, _end = _soldiers_side(ctx, i + 1, ce)
            if got is not None:
                return got
            # SV: the phrase ending right before the verb (up to a count, a noun and its adjective)
            for k in range(max(ctx.words.index_at(cs), i - 4), i):
                got, end = _soldiers_side(ctx, k, ce)
                if got is not None and end == i:
                    return got
        i += 1
    return None


def _own_loss_head(ctx: _Ctx, d: Draft, cs: int, hs: int, he: int) -> tuple[model.Mention, EntityDraft] | None:
    """أعلنت أنقرة مقتل 8 من جنودها، أعلن الحزب مصرع أحد عناصره: the trigger is a casualty noun whose dead are
    the own men (من جنودها، أحد عناصره) of the party named last as a subject before it in its clause: that party."""
    if d.head.trig.pos != "noun" or d.type not in cues().opposing_types:
        return None
    word = ctx.words.between(d.head.start, d.head.end, limit=1)
    nouns = cues().victim_nouns
    if not word or not (word[0] in nouns or _strip_conj(word[0]) in nouns) or not _own_members(ctx, he, d.clause[1]):
        return None
    # (a verb of announcing may carry the noun as its light verb: the names before the noun itself count)
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, max(hs, d.head.start), ("actor",))
             if _is_subject_like(ctx, m, cs)]
    return named[-1] if named else None


def _victim_noun_start(ctx: _Ctx, cs: int, hs: int) -> int:
    """Where the first casualty noun (مقتل، إصابة) of [cs, hs) starts; hs when none: a victim named before it
    is the one announcing its own losses."""
    nouns = cues().victim_nouns
    for s, _e, w in ctx.words.spans_from(cs):
        if s >= hs:
            break
        if _strip_conj(w) in nouns or w in nouns:
            return s
    return hs


def _lost_soldiers(ctx: _Ctx, cs: int, ns: int, ne: int, hs: int) -> tuple[model.Mention, EntityDraft] | None:
    """مقتل أربعة جنود روس، أعلن الجيش الإسرائيلي مقتل جندي: soldiers (event_cues lost_soldier_nouns) after the
    casualty noun at [ns, ne), a count between at most, belong to the state their adjective names, or with no
    adjective and no name after them to the state, army or ministry (lost_soldier_kinds) announcing it: the
    subject of a verb of announcing before the noun, an aside (a time, في بيان) at most between. That side
    was struck; it is never the doer. The adjective's side comes with a mention made on the adjective."""
    c = cues()
    spans = [sp for sp in ctx.words.spans_at(ne, 4) if sp[1] <= hs]
    k = 0
    while k < len(spans) and (spans[k][2] in c.lost_soldier_counts or spans[k][2] in c.count_words
                              or spans[k][2].isdigit()):
        k += 1
    if k >= len(spans) or _strip_conj(spans[k][2]) not in c.lost_soldier_nouns:
        return None
    after = spans[k][1]
    rest = ctx.words.spans_at(after, 2)
    if rest and rest[0][2] in c.others_words:
        after = rest[0][1]  # مقتل جندي آخر
    side, ent = ctx.side_adjective_after(after, hs, n=1)
    if side:
        if ent is None:
            return None
        s, e, _w = ctx.words.spans_at(after, 1)[0]
        return model.Mention(s, e, ctx.doc.text[s:e], how="pattern"), ent
    nxt = ctx.words.spans_at(after, 1)
    if nxt and nxt[0][0] < hs and ((nxt[0][2].endswith(c.nisba) and len(nxt[0][2]) > 3
                                    and _strip_conj(nxt[0][2]) not in c.cause_words)
                                   or nxt[0][2] in c.origin_markers):
        return None  # مقتل جندي من القوات، جنود أتراك: an adjective or a group the pack does not know
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, ns, ("actor",)) if _is_subject_like(ctx, m, cs)]
    if not named:
        return None
    m, ent = named[-1]
    verb = ctx.words.before(m.start, 1, cs)
    if (not verb or _strip_conj(verb[0]) not in c.claim_declare_verbs
            or len(ctx.words.between(m.end, ns)) > c.declared_deed_gap):
        return None
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return (m, ent) if entry is not None and entry.kind in c.lost_soldier_kinds else None


def _pronoun_teller(ctx: _Ctx, ss: int, hs: int, window: int = 6
                    ) -> tuple[model.Mention, EntityDraft] | None:
    """قالت X إنها ...: a subject pronoun within `window` words before the verb, with no name between, is
    the teller named right before it (a claim's source, which ctx.actors leaves out)."""
    # the words from ss that start before hs (the starts are sorted: bisected, not filtered to the text's end)
    i = ctx.words.index_at(ss)
    spans = ctx.words.spans[i:max(i, bisect.bisect_left(ctx.words.starts, hs))][-window:]
    pron = next((sp for sp in reversed(spans) if sp[2] in cues().pronoun_subjects), None)
    if pron is None or ctx.doc.mentions_in(pron[1], hs, ("actor", "person")):
        return None
    told = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, pron[0], ("actor",))
            if _is_subject_like(ctx, m, ss) and ctx.words.gap(m.end, pron[0]) <= 3]
    return told[-1] if told else None


def _own_forces_teller(ctx: _Ctx, ss: int, cs: int, anchor: Hit, window: int = 12
                       ) -> tuple[model.Mention, EntityDraft] | None:
    """قال الجيش إن طائراته قصفت، أعلنت الوزارة أن قواتها اعتقلت: a force noun with a pronoun suffix right
    before or after the verb is its subject, and the pronoun points back to the name the sentence opened with
    before the verb: the teller (a claim's source, which ctx.actors leaves out) or the subject of a clause
    before. None when no such noun stands by the verb, or no name is within `window` words before it."""
    own = cues().own_forces
    if not own:
        return None
    prev = ctx.words.before(anchor.start, 1, cs)
    nxt = ctx.words.between(anchor.end, min(len(ctx.doc.text), anchor.end + 40), limit=1)
    spot = None
    if prev and _strip_conj(prev[0]) in own:
        spot = ctx.words.spans[ctx.words.index_at(anchor.start) - 1][0]
    elif nxt and _strip_conj(nxt[0]) in own:
        spot = anchor.start
    if spot is None:
        return None
    told = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, spot, ("actor",))
            if _is_subject_like(ctx, m, ss) and ctx.words.gap(m.end, spot) <= window]
    return _first_conjunct(ctx, told[-1], ss) if told else None


def _adjective_agent(ctx: _Ctx, pos: int, limit: int) -> EntityDraft | None:
    """من قبل مقاتلات روسية، شنته طائرات تركية: force nouns (heads) then a state adjective name the doer."""
    return _adjective_side(ctx, pos, limit)[1]


def _adjective_side(ctx: _Ctx, pos: int, limit: int) -> tuple[bool, EntityDraft | None]:
    """_adjective_agent, and whether a state or government adjective was there at all (قصفت الطائرات
    الحربية السورية in an article that names no Syrian party: a doer of its own, none to borrow)."""
    heads = ctx.lex.roles["heads"] | cues().people_heads
    spans = ctx.words.spans
    i = _past_fillers(ctx, ctx.words.index_at(pos), limit)
    k = 0
    while i + k < len(spans) and k < 2 and spans[i + k][0] < limit:
        w = _strip_conj(spans[i + k][2])
        if w not in heads and w.removeprefix("ال") not in heads:
            break
        k += 1
    if k == 0 or i + k >= len(spans) or spans[i + k][0] >= limit:
        return False, None
    return ctx.side_adjective_after(spans[i + k][0], limit, n=2)


def _past_fillers(ctx: _Ctx, i: int, limit: int) -> int:
    """The index of the first word from i on that is no filler between a verb and its subject: تنفذه منذ عشرة
    أيام القوات، تنتشر اليوم القوات. After منذ up to three words of a length of time are skipped."""
    spans = ctx.words.spans
    c = cues()
    while i < len(spans) and spans[i][0] < limit:
        w = _strip_conj(spans[i][2])
        if w in ctx.lex.reference_window:
            ends = [j for j in range(i + 1, min(i + 4, len(spans)))
                    if _strip_conj(spans[j][2]) in c.duration_words]
            if not ends:
                break  # منذ فرض الاتفاق: an earlier event, not a length of time
            i = ends[0] + 1
        elif w in c.subject_fillers:
            i += 1
        else:
            break
    return i


def _resume_verb(ctx: _Ctx, h: Hit, cs: int) -> int | None:
    """The start of a verb of starting or going on right before a bare event noun (استأنفت الطائرات الحكومية
    القصف، القوات الحكومية تواصل قصف): the noun is its object, so its subject is the noun's doer. Force nouns
    and their adjectives may stand between."""
    if h.trig.pos not in ("noun", "past") or h.light is not None or h.trig.suffixed or " " in h.trig.base:
        return None
    heads = ctx.lex.roles["heads"]
    c = cues()
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start) - 1
    for k in range(i, max(i - 5, -1), -1):
        if spans[k][0] < cs or _CLAUSE_END.search(ctx.doc.text, spans[k][1], h.start):
            return None
        w = _strip_conj(spans[k][2])
        if w in c.resume_verbs:
            return spans[k][0]
        if not (w in heads or w.removeprefix("ال") in heads or w in c.government_adjectives
                or w in _state_adjectives() or w.endswith(c.nisba) or w in c.manner):
            return None
    return None


def _adjective_subject(ctx: _Ctx, pos: int, cs: int) -> tuple[bool, EntityDraft | None]:
    """القوات الجوية العراقية استهدفت، إن الطائرات الحربية الحكومية استأنفت القصف: force nouns and adjectives
    only, one of them a state's or the government's, right before the verb at `pos` are its subject (SVO);
    a particle of the future or of the past may stand between (القوات الحكومية سوف تنتشر)."""
    heads = ctx.lex.roles["heads"]
    spans = ctx.words.spans
    c = cues()
    i = ctx.words.index_at(pos) - 1
    while i > 0 and spans[i][0] >= cs and _strip_conj(spans[i][2]) in c.subject_fillers:
        pos = spans[i][0]
        i -= 1
    for k in range(i - 1, max(i - 5, -1), -1):
        if spans[k][0] < cs or _CLAUSE_END.search(ctx.doc.text, spans[k][1], pos):
            break
        w = _strip_conj(spans[k][2])
        if w in heads or w.removeprefix("ال") in heads:
            tail = [_strip_conj(x[2]) for x in spans[k + 1:i + 1]]
            if all(x in c.government_adjectives or x in _state_adjectives() or x.endswith(c.nisba)
                   or x in c.manner for x in tail):
                return ctx.side_adjective_after(spans[k + 1][0], pos, n=len(tail))
            break
    return False, None


def _own_members(ctx: _Ctx, pos: int, hs: int) -> bool:
    """من عناصره، من مقاتليها، أحد جنوده, within four words of a casualty noun: members of the group named
    before."""
    heads = ctx.lex.roles["heads"]
    words = ctx.words.between(pos, hs)[:5]
    for k, w in enumerate(words[1:], 1):
        if words[k - 1] != "من" and words[k - 1] not in cues().lost_soldier_counts:
            continue
        for suffix in ("هما", "هم", "ها", "ه"):
            if w.endswith(suffix) and w[: -len(suffix)] in heads:
                return True
    return False


@cache
def _attacked_words() -> frozenset[str]:
    """The one-word attacked_nouns of the event_cues pack (تعزيزات، تجمعات، أرتال): forces in place that an
    attack hits, so their owner under ل is its target like the owner of a position."""
    return frozenset(_f(w) for w in load_json("event_cues").get("attacked_nouns", []) if " " not in w)


def _chain_noun(w: str) -> bool:
    """A bare noun that may stand inside a construct chain (عمليات، أسلحة، قيادة): no article, not a verb in
    the imperfect, not one of event_cues holding_not_links (prepositions, relatives, verbs of holding)."""
    return (len(w) > 2 and not w.startswith("ال") and not w.startswith("ي") and not w.isdigit()
            and w not in cues().holding_not_links and w not in cues().target_markers)


def _held_target(ctx: _Ctx, m: model.Mention, floor: int, hits: list[Hit]) -> bool:
    """The name owns what an attack hit: استهدف دورية للأمن العام، انفجرت عبوة بدورية لقوات الحشد، الهجوم على
    مقر للجيش، قصفت مواقع الجيش. The noun before it (under ل or in construct, head nouns allowed between) is
    one of event_cues target_holdings, so the name is the attack's target, never its doer."""
    heads = ctx.lex.roles["heads"]
    holdings = cues().target_holdings
    mk = ctx.marker(m.start, floor)
    prev = [_strip_conj(w) for w in ctx.words.before(m.start, 4, floor)]
    if mk != "ل" and not (prev and _strip_conj(mk) == prev[-1] and prev[-1] not in heads):
        # في الحسكة، على قسد: a preposition, not the genitive of a held thing; دوريات قسد in construct is as
        # often the force that acts (قصفت دوريات قسد مواقع التنظيم)
        return False
    n0 = len(prev)
    if mk == "ل" and prev and prev[-1] in cues().holding_ties:
        prev.pop()  # مبان تابعة لتنظيم الدولة: an adjective of belonging ties the held thing to its owner
    if mk == "ل":
        # آليات قتالية للميليشيا، مواقع عسكرية للنظام: up to two adjectives (nisba or manner) describe the held
        # thing; a force in place struck (تعزيزات للانقلابيين) is held like a position
        holdings = holdings | _attacked_words()

    def held(w: str) -> bool:
        return w in holdings or any(w.startswith(p) and w[len(p):] in holdings for p in cues().holding_prefixes)

    if mk == "ل":
        for _k in range(2):
            if len(prev) > 1 and not held(prev[-1]) and (prev[-1].endswith(cues().nisba)
                                                         or prev[-1] in cues().manner):
                prev.pop()
    while prev and prev[-1] not in holdings and (prev[-1] in heads or prev[-1][1:] in heads):
        prev.pop()  # دورية لقوات الحشد: the force noun before the name
    if not prev:
        return False
    if not held(prev[-1]):
        # مقر عمليات الحشد، مخازن أسلحة للحشد: bare nouns in construct (no article, no particle, no verb) may
        # stand between the held thing and its owner, so the owner is still what the attack hit
        links = cues().holding_links
        for k in range(1, links + 1):
            if len(prev) > k and held(prev[-k - 1]) and all(_chain_noun(w) for w in prev[-k:]):
                del prev[-k:]
                break
        else:
            return False
    # the held thing is the attack's own object: right after one of its triggers, a target marker between at
    # most (آلية مفخخة كانت تتجه إلى مواقع للتحالف: the positions are where the struck vehicle was going)
    i = ctx.words.index_at(m.start) - 1 - (n0 - len(prev))
    spot = ctx.words.spans[i][0] if 0 <= i < len(ctx.words.spans) else m.start
    for end in sorted((x.end for x in hits if x.end <= spot), reverse=True)[:1]:
        gap = [_strip_conj(x) for x in ctx.words.between(end, spot)]
        return len(gap) <= 3 and not (set(gap[:-1]) | (set(gap[-1:]) - cues().target_markers)) & cues().not_agent
    return False


def _patient_resumed(ctx: _Ctx, d: Draft, prev: Draft, cs: int, start: int) -> bool:
    """ألقت الوحدات القبض على خلية ...، وكانت الخلية تخطط لتنفيذ هجمات: the clause's subject is the definite
    form of the noun the previous event was done to (an indefinite object just after its trigger), so the party
    that object belongs to (the previous event's actor2) acts now."""
    if _sent_index(ctx.doc, d.sentence[0]) - _sent_index(ctx.doc, prev.sentence[0]) > 1:
        return False
    ph = prev.head
    # introduced indefinite after the trigger (its subject between: اعتقلت الشرطة مجموعة), resumed definite:
    # a definite noun there is more often the doer named again (قصفت الطائرات ... وكانت الطائرات)
    objects = {w for w in (_strip_conj(x) for x in ctx.words.between(ph.end, prev.clause[1], limit=4))
               if not w.startswith("ال")}
    subjects = [_strip_conj(w) for w in ctx.words.between(cs, start)]
    # التابعة، الموالية: an adjective of belonging repeated is no object noun resumed
    return any(w.startswith("ال") and len(w) > 4 and w[2:] in objects and w not in cues().l_adjectives
               for w in subjects)


def _first_conjunct(ctx: _Ctx, pick: tuple[model.Mention, EntityDraft], cs: int
                    ) -> tuple[model.Mention, EntityDraft]:
    """The head of a coordinated subject: وبات الجيش التركي وفصائل موالية له يسيطرون — the first named leads,
    the ones joined by و take part."""
    while ctx.marker(pick[0].start, cs) == "و":
        prev = [p for p in ctx.actors(cs, pick[0].start) if ctx.words.gap(p[0].end, pick[0].start) <= 1]
        if not prev:
            break
        pick = prev[-1]
    return pick


def _suicide_told(ctx: _Ctx, d: Draft) -> bool:
    """Whether the attack's sentence tells of a suicide bomber (event_cues suicide_words)."""
    words = cues().suicide_words
    if d.type != "ATTACK":
        return False
    for s, _e, w in ctx.words.spans_from(d.sentence[0]):
        if s >= d.sentence[1]:
            return False
        if w in words or _strip_conj(w) in words:
            return True
    return False


def _body_subject(ctx: _Ctx, d: Draft, anchor: Hit, ss: int, cs: int) -> tuple[bool, EntityDraft | None] | None:
    """The verb's subject is a state body no entity names (ألقت الشرطة العراقية القبض، داهم فيلق الحدود،
    الشرطة اعتقلت، قالت الشرطة إنها اعتقلت; for ARREST and RELEASE nouns also the body opening the clause:
    أصدرت محكمة أمرا باحتجازه): None when there is none; else whether a state adjective follows it and the
    party the adjective names in the article (None when it names none). A body followed by a name belongs
    to that name (شرطة حماس) and is left to the rules for names."""
    bodies, types = cues().body_subjects, cues().body_subject_types
    spans = ctx.words.spans
    if not bodies or not spans:
        return None
    i = ctx.words.index_at(anchor.start)
    spots: list[int] = []
    after = _past_fillers(ctx, ctx.words.index_at(anchor.end), d.sentence[1])
    if (d.verbal and anchor is d.head) or d.type in types:
        # VSO: داهمت الشرطة; after a light verb only for an arrest (ألقت الشرطة القبض), as أعلنت الشرطة
        # مقتل خمسة في هجوم tells of the attack, it did not do it
        spots.append(after)
    k = i - 1
    while k >= 0 and spans[k][0] >= cs and _strip_conj(spans[k][2]) in cues().subject_fillers:
        k -= 1
    if k >= 0 and spans[k][0] >= cs:
        w = _strip_conj(spans[k][2])
        if w in cues().pronoun_subjects:
            # قالت الشرطة في بيان إنها: the teller a few words before the pronoun
            spots.extend(j for j in range(k - 1, max(k - 5, -1), -1) if spans[j][0] >= ss)
        else:
            spots.extend((k, k - 1))  # الشرطة اعتقلت، الشرطة العراقية اعتقلت، فيلق الحدود داهم
    first = ctx.words.index_at(cs)
    if d.type in types and not d.verbal and first + 1 < i:
        spots.append(first + 1)  # أصدرت محكمة في إسطنبول أمرا باحتجازها
    for j in spots:
        if not (0 <= j < len(spans)) or spans[j][0] < ss or spans[j][0] >= d.sentence[1]:
            continue
        names = bodies
        if _strip_conj(spans[j][2]) in cues().body_heads and j + 1 < len(spans) \
                and spans[j + 1][0] < d.sentence[1] and not ctx.doc.overlapping(*spans[j][:2]):
            j += 1  # طوقت قوات الأمن، اقتحمت عناصر الشرطة: the body is named after its head noun
            names = bodies | cues().body_head_names
        elif j > 0 and _strip_conj(spans[j - 1][2]) in cues().body_heads and not ctx.doc.overlapping(*spans[j - 1][:2]):
            names = bodies | cues().body_head_names  # برصاص قوات الأمن: the spot is on the name itself
        s, e, w = spans[j]
        if (w not in names and _strip_conj(w) not in names) or ctx.doc.overlapping(s, e):  # (فيلق is no و/ف)
            continue
        nxt = ctx.words.spans_at(e, 1)
        if nxt and ctx.doc.mentions_in(nxt[0][0], nxt[0][1] + 1, ("actor",)):
            continue
        return ctx.side_adjective_after(e, d.sentence[1], n=2)
    return None


def _time_aside(ctx: _Ctx, a: int, b: int, limit: int = 4) -> bool:
    """Whether [a, b) is empty or only a short time aside (تمكنت القوات في وقت لاحق من، نجح الجيش أمس في):
    words of a time the times stage found, subject fillers or control_fillers, `limit` words at most."""
    spans = [x for x in ctx.words.spans_at(a, limit + 1) if x[0] >= a and x[1] <= b]
    if ctx.words.gap(a, b) > limit:
        return False
    fillers = cues().control_fillers
    return all(w in fillers or _strip_conj(w) in fillers or any(t.start <= s and e <= t.end for t in ctx.doc.times)
               for s, e, w in spans)


def _control_subject(ctx: _Ctx, h: Hit, cs: int, actors: list[tuple[model.Mention, EntityDraft]],
                     window: int = 10) -> tuple[tuple[model.Mention, EntityDraft] | None, EntityDraft | None] | None:
    """A bare event noun governed by a verb of managing or trying (تمكنت القوات العراقية من السيطرة، الجيش نجح
    في طرد، حاول المسلحون اقتحام) is done by that verb's subject, named after the verb (VSO) or right before
    it (SVO); the noun's own genitive is then what it was done to. Returns (mention, entity) when the subject
    is a name, (None, entity) when it is force nouns with a state adjective (تمكنت القوات التركية), or None
    when no such verb governs the noun. `window` words at most stand between the verb and the noun."""
    verbs, preps = cues().control_verbs, cues().control_preps
    spans = ctx.words.spans
    k = ctx.words.index_at(h.start) - 1
    if k < 0 or spans[k][0] < cs:
        return None
    noun_at = h.start
    if _strip_conj(spans[k][2]) in preps:
        noun_at = spans[k][0]
        k -= 1
    for j in range(k, max(k - window, -1), -1):
        s, e, w = spans[j]
        if s < cs or _CLAUSE_END.search(ctx.doc.text, e, noun_at):
            return None
        if _strip_conj(w) not in verbs:
            continue
        inside = [(m, ent) for m, ent in actors if e <= m.start and m.end <= noun_at]
        if inside:
            # VSO: every word between the verb and the noun (or its preposition) is the subject's
            m, ent = inside[0]
            if ctx.words.gap(e, m.start) > 0 or not _time_aside(ctx, inside[-1][0].end, noun_at):
                return None
            return (m, ent), ent
        if j == k:
            # SVO: the name right before the verb, fillers aside (إن الجيش قد تمكن من)
            i = j
            while i > 0 and spans[i - 1][0] >= cs and _strip_conj(spans[i - 1][2]) in cues().subject_fillers:
                i -= 1
            lead = [(m, ent) for m, ent in actors if cs <= m.start and m.end <= spans[i][0]
                    and ctx.words.gap(m.end, spans[i][0]) == 0 and _is_subject_like(ctx, m, cs)]
            if lead:
                pick = _first_conjunct(ctx, lead[-1], cs)
                return pick, pick[1]
            _named, ent = _adjective_subject(ctx, spans[i][0], cs)
            return (None, ent) if ent is not None else None
        _named, ent = _adjective_side(ctx, e, noun_at)
        return (None, ent) if ent is not None else None
    return None


def _adjective_candidates(ctx: _Ctx) -> tuple[list[Hit], list[int], list[tuple[int, int]], list[int]]:
    """The noun triggers (raw_hits, in text order) and the people words (event_cues people_heads) that a
    state adjective follows when no clause limit cuts it short, with the triggers' starts and the words'
    ends; found once per article.
    `adjective_after` under a limit reads a prefix of the same words, so it names a party only where the
    unlimited reading does: a clause's subject is looked for among these alone, not among every trigger and
    word of a sentence before it (which was quadratic in a long comma-joined sentence)."""
    got = ctx._adjective_nouns
    if got is None:
        end = len(ctx.doc.text)
        nouns = [x for x in ctx.raw_hits if x.trig.pos == "noun" and ctx.adjective_after(x.end, end) is not None]
        heads = cues().people_heads
        people = [(s, e) for s, e, w in ctx.words.bare
                  if w in heads and ctx.adjective_after(e, end, n=1) is not None]
        got = ctx._adjective_nouns = (nouns, [x.start for x in nouns], people, [e for _s, e in people])
    return got


def _noun_adjective_subject(ctx: _Ctx, ss: int, cs: int) -> EntityDraft | None:
    """The party of a state adjective after the first noun trigger in [ss, cs) that has one within cs (وأسفر
    القصف التركي عن مقتل ...)."""
    nouns, starts, _people, _pstarts = _adjective_candidates(ctx)
    for k in range(bisect.bisect_left(starts, ss), bisect.bisect_left(starts, cs)):
        subject = ctx.adjective_after(nouns[k].end, cs)
        if subject is not None:
            return subject
    return None


def _people_adjective_subject(ctx: _Ctx, ss: int, cs: int) -> EntityDraft | None:
    """The party of a state adjective right after the first people word of [ss, cs) (المسؤولون الروس، 3000
    جندي روسي)."""
    _nouns, _starts, people, ends = _adjective_candidates(ctx)
    for k in range(bisect.bisect_right(ends, ss), len(people)):  # the words ending after ss, as spans_from
        _s, e = people[k]
        if e > cs:
            break
        subject = ctx.adjective_after(e, cs, n=1)
        if subject is not None:
            return subject
    return None


def _clause_people_subject(ctx: _Ctx, cs: int, hs: int) -> EntityDraft | None:
    """ونفى المسؤولون الروس نشر قوات، أكد مسؤولون أتراك اعتقال: people of a state named by its adjective as
    the subject of the verb governing the event noun, in the noun's own clause, are the state doing its own
    deed, as a name there would be. Only the last such people before the noun, at most two words (the verb)
    between them and it: not across a complementizer, which opens a report of another's deed (قال مسؤولون
    أمريكيون إن الغارات), nor a preposition, which puts the noun in a phrase of its own (قتل جندي روسي في
    قصف)."""
    _nouns, _starts, people, ends = _adjective_candidates(ctx)
    k = bisect.bisect_right(ends, cs)
    last = None
    while k < len(people) and people[k][1] <= hs:
        last = people[k]
        k += 1
    if last is None or last[0] < cs:
        return None
    words = ctx.words.between(last[1], hs)  # the adjective, then what stands between it and the noun
    comps = ctx.lex.roles.get("complementizers", frozenset())
    if len(words) > 3 or any(_strip_conj(w) in cues().masdar_preps or w in comps or _strip_conj(w) in comps
                             for w in words[1:]):
        return None
    return ctx.adjective_after(last[1], hs, n=1)


def _assign_roles(ctx: _Ctx, d: Draft, prev_draft: Draft | None, prev_actor: EntityDraft | None,
                  main_actor: EntityDraft | None, prev_verbal: Draft | None = None) -> None:
    lex = ctx.lex
    cs, ce = d.clause
    ss = d.sentence[0]
    h = d.head
    anchor = h.light if h.light is not None else h
    hs, he = min(anchor.start, h.start), max(anchor.end, h.end)
    if _framed_roles(ctx, d, hs, he) or _passive_killing(ctx, d, hs, he):
        d.place, d.place_strength = _place(ctx, d, hs, he, prev_draft)
        return
    actors = ctx.actors(cs, ce)
    heads = lex.roles["heads"]
    genitive = lex.types[h.orig_type or d.type].get("genitive", "actor1")
    if h.trig.base in lex.patient_genitive:
        genitive = "actor2"
        cause = ctx.words.before(h.start, 1, cs)
        if cause and _strip_conj(cause[0]) in cues().harm_causes:
            # سقط الضحايا جراء قصف الميليشيات، استشهاد مواطن جراء استهداف قوات الاحتلال: the masdar is what
            # caused the harm told before, its patients the harmed, so its genitive is the doer
            genitive = "actor1"
    a1: tuple[model.Mention, EntityDraft] | None = None
    a2: tuple[model.Mention, EntityDraft] | None = None

    # (نفذ الجيش هجوما مدعوما بقصف من قبل روسيا وسيطر: the agent of a masdar or passive is no later verb's subject)
    before = [(m, ent) for m, ent in actors if m.end <= hs and _is_subject_like(ctx, m, cs)
              and not _after_agent_marker(ctx, m.start, cs)]
    victims = _victims(ctx, cs, hs)
    # ميليشيات مدعومة من إيران هاجمت: the backer is no doer, not even one guessed from the article
    tellers: set[int] = {id(ent) for ent in ctx.backers(ss, ce)}
    # استهدف دورية للأمن العام، انفجرت عبوة بدورية لقوات الحشد: the owner of what was hit is the target
    held_targets = [(m, ent) for m, ent in actors
                    if d.type in cues().claimed_types and m.start >= he and _held_target(ctx, m, cs, d.hits)]
    tellers |= {id(ent) for _m, ent in held_targets}
    held_ids = {id(m) for m, _ent in held_targets}
    # سيطرت الفصائل على القرى إثر معارك مع الوحدات: the side under مع after a clash noun is fought, never the doer
    opponent = _clash_opponent(ctx, h.start, d.sentence[1]) if d.type in cues().opposing_types else None
    if opponent is not None:
        tellers.add(id(opponent[1]))
    relative = False
    ante: tuple[str, Any] | None = None  # the noun a relative before a verb hangs on (_relative_antecedent)
    oblique = False
    kept: list[tuple[model.Mention, EntityDraft]] = []
    reacted = _reaction_end(ctx, d, hs)
    held: tuple[model.Mention, EntityDraft] | None = None
    if reacted is not None:
        # أدان الأردن الهجوم: who reacts is no party; the doer can only be named after the event noun
        tellers |= {id(ent) for _m, ent in ctx.doc.mentions_in(ss, hs, ("actor", "person"))}
        before = []
        victims = []
    if victims:
        # مقتل أربعة جنود روس جراء هجوم: who was killed is what the attack was done to, never its doer
        before = [(m, ent) for m, ent in before if all(m is not v for v, _ in victims)]
        a2 = victims[0]
        if _own_members(ctx, a2[0].end, hs) or a2[0].how == "pattern" or a2[0].end <= _victim_noun_start(ctx, cs, hs):
            # أعلنت قسد مقتل خمسة من مقاتليها، أعلن الجيش مقتل جندي، مقتل جنود روس: the teller (or the state of
            # the soldiers) lost men, it did not strike
            tellers.add(id(a2[1]))
    own_loss = None if victims or reacted is not None else _own_loss_head(ctx, d, cs, hs, he)
    if own_loss is not None:
        # أعلنت أنقرة مقتل 8 من جنودها: the casualty noun is the trigger itself and the dead the teller's own men;
        # the teller was hit, it neither did it nor lends a doer
        a2 = own_loss
        tellers.add(id(own_loss[1]))
        before = [(m, ent) for m, ent in before if ent is not own_loss[1]]
    dead = None if a2 is not None or reacted is not None else _dead_soldiers(ctx, d, cs, ce)
    if dead is not None:
        # أربعة جنود روس قتلوا في هجوم، قتل جندي إسرائيلي في هجوم: the subject of a verb of dying or being hit
        # is the victim; the doer is the agent named for the attack, or none
        a2 = dead
        tellers.add(id(dead[1]))
        before = [(m, ent) for m, ent in before if ent is not dead[1]]
    # (هجوم شنه التنظيم: a relative light verb after the noun leaves it the object of تعرض)
    undergo = None if reacted is not None or (h.light is not None and h.light.start < h.start) or (
        d.verbal and h.light is None) else _undergo_verb(ctx, h, cs)
    if undergo is not None:
        # تعرضت فصائل المعارضة لقصف القوات الحكومية، البلدة تتعرض لهجوم: who underwent the deed is its target,
        # the genitive of the deed (or the name after من) its doer, never the subject of تعرض
        genitive = "actor1"
        # the subject after the verb, or the name right before it or before the relative that opens it
        # (القوات التي تعرضت للقصف), never a name further back (روسيا اقترحت ... المنطقة التي تتعرض لقصف)
        lead_in = ([], *([w] for w in cues().relatives))
        under = [(m, ent) for m, ent in actors if undergo < m.start and m.end <= hs] or [
            (m, ent) for m, ent in actors if m.end <= undergo and ctx.words.between(m.end, undergo) in lead_in
            and not _CLAUSE_END.search(ctx.doc.text, m.end, undergo)]
        if under and a2 is None:
            a2 = _first_conjunct(ctx, under[-1], cs) if under[-1][0].end <= undergo else under[0]
        # the names before the deed in its sentence are the undergoer, its tellers or the subject of another
        # verb (قال الجيش إن القوات التي تعرضت للقصف): the doer is named after the deed or not at all
        tellers |= {id(ent) for _m, ent in ctx.doc.mentions_in(ss, hs, ("actor",))}
        before = []
    others = d.verbal and h.light is None and _passive_others(ctx, anchor, ce)
    if others and before:
        if a2 is None:
            a2 = before[-1]
        tellers.add(id(before[-1][1]))
        before = []
    carried = None
    if others and not before and prev_draft is not None and prev_draft.sentence == d.sentence:
        # قتل عشرات الحوثيين، في حين اعتقل آخرون: the others are more of the patients of the clause before
        carried = prev_draft.actor2
        if carried is not None:
            tellers.add(id(carried))
    # (a past-verb form there is the masdar: تمكن الجيش من قتل، حاولوا قصف)
    control = None if (h.light is not None or reacted is not None or undergo is not None
                       or h.trig.pos not in ("noun", "past")) else _control_subject(ctx, h, cs, actors)
    if control is not None:
        if a2 is not None and a2[1] is control[1]:
            a2 = None  # الجيش تمكن من قتل عشرة مسلحين: the army manages the killing, it is not killed
        tellers.discard(id(control[1]))
        before = [(m, ent) for m, ent in before if ent is not control[1]]
    if h.light is not None and h.light.trig.base in lex.passive:
        # تم/جرى + masdar is passive: the name before is what was acted on, when the masdar takes a patient
        if genitive == "actor2" and before:
            a2 = before.pop()
        before = []
        g = _gen_mention(ctx, h.end, ce, actors)
        if g is not None and not h.trig.suffixed and genitive == "actor2" and a2 is None:
            a2 = g
    elif control is not None:
        # تمكنت القوات من طرد التنظيم: the managing verb's subject did it, so the noun's genitive suffered it
        a1 = control[0]
        g = _gen_mention(ctx, h.end, ce, actors)
        if g is not None and not h.trig.suffixed and g[1] is not control[1] and a2 is None:
            a2 = g
    elif d.verbal:
        # SVO with the subject right before the verb wins: أن “قسد” سهلوا، “قسد” خرّجت دفعة
        prev_word = ctx.words.before(anchor.start, 1, cs)
        # هجوم شنه تنظيم "الدولة": a relative verb carrying its noun as an object pronoun has its subject
        # after it, whatever word of the name the mention left out; the names before the noun are not it
        relative = h.light is not None and h.light.start > h.start
        held = _relative_object(ctx, d, cs) if reacted is None else None
        if held is not None:
            # الفلسطيني الذي قتله الجندي، العناصر الذين قتلتهم الضربات: the verb's pronoun is the name the
            # relative hangs on, its object; the subject follows the verb
            relative = True
            a2 = held
        ante = None if relative or reacted is not None else _relative_antecedent(ctx, d, anchor, ss)
        if ante is not None and ante[0] == "named" and _passive_relative(ctx, d, anchor):
            # عناصر الحشد الذين احتجزوا في الأنبار: the unvowelled verb is passive, the name the relative hangs
            # on was arrested, never the one who arrested
            if a2 is None:
                a2 = ante[1]
            tellers.add(id(ante[1][1]))
            ante, before = None, []
        oblique = ante is not None and ante[0] == "oblique"
        if oblique:
            # صعدة التي يحاصرها، قطاع غزة الذي شنت عليه إسرائيل: the noun before is the object, whatever it
            # is; the subject follows the verb, or is a pronoun for a subject before the noun (شنت تركيا
            # العملية التي تلوح بها)
            relative, ante = True, None
            rs = _after_relative(ctx, anchor, ss) or hs
            kept = [(m, ent) for m, ent in before if not _antecedent_name(ctx, m, rs)]
        own = None if relative or reacted is not None else _own_forces_teller(ctx, ss, cs, anchor)
        if ante is not None and ante[0] == "named":
            # حزب العمال الكردستاني المحظور، والذي يقاتل: the name the relative hangs on is its verb's subject
            a1 = ante[1]
        elif ante is not None:
            before = []  # المسلحين الذين هاجموا، الغارات الإسرائيلية التي استهدفت: a noun is the subject
        elif before and ctx.words.gap(before[-1][0].end, hs) <= 1 and not relative:
            a1 = _first_conjunct(ctx, before[-1], cs)
        elif own is not None:
            # قال الجيش إن طائراته قصفت: the forces are the teller's own
            a1 = own
        elif prev_word and prev_word[0] in cues().pronoun_subjects and reacted is None and dead is None:
            # إنه يستهدف الوحدات: the subject is the pronoun; the name after is the object. After a
            # verb of saying the pronoun is the teller itself (وقالت إسرائيل إنها شنت غارات)
            a1 = _pronoun_teller(ctx, ss, anchor.start)
        else:
            # VSO: the subject follows the verb, perhaps after head nouns (شن عناصر التنظيم)
            for m, ent in ctx.actors(cs, ce, persons=True):
                if m.start < anchor.end:
                    continue
                if id(m) in held_ids:
                    a2 = (m, ent)
                    break
                if dead is not None and ent is dead[1]:
                    break  # قتل جنود روس في غارة: the soldiers after a verb of dying are its victims, not its subject
                gap = ctx.words.between(anchor.end, m.start)
                # مسلحون من فلول النظام: a partitive من after a head noun joins the doer to its group
                heads_only = all(w in heads or w.isdigit() or (
                    k > 0 and w in cues().origin_markers and gap[k - 1] in heads) for k, w in enumerate(gap))
                counted = _counted_people(gap) if not heads_only else None
                if counted is not None:
                    # ينتشر نحو 14 ألف جندي أمريكي: a count of a state's men after the verb is its subject;
                    # the count's words are no distance
                    heads_only, gap = True, counted
                if relative and h.light is not None and {_strip_conj(w) for w in gap} & cues().target_markers:
                    # معارك خاضتها ضد فصيل جيش الإسلام: the name after ضد is what the deed was against; the
                    # relative verb's subject is its pronoun, the name it hangs on
                    if a2 is None:
                        a2 = (m, ent)
                    tellers.add(id(ent))
                    subjects = [(bm, be) for bm, be in before if be is not ent and bm.end <= h.start]
                    if subjects:
                        a1 = _first_conjunct(ctx, subjects[0], cs)
                    break
                fits = (len(gap) <= 3 and heads_only) or (relative and len(gap) <= 2)
                if relative and h.light is not None and not fits and len(gap) <= 6 and not (
                        {_strip_conj(w) for w in gap} & cues().not_agent):
                    # هجوم شنته مجموعات مسلحة تابعة لما يسمى "المجلس العسكري": after a light verb carrying
                    # its event noun, the doer's description may run on before its name
                    fits = _strip_conj(ctx.marker(m.start, cs)) not in cues().not_agent
                if (len(gap) == 2 and gap[0] in cues().unnamed_doers and gap[1] in cues().l_adjectives
                        and ctx.marker(m.start, cs) == "ل"):
                    a1 = (m, ent)  # هاجم مسلحون تابعون لفلول النظام: the gunmen's group did it
                    break
                if fits and not gap and _oblique(ctx, m):
                    # تقاتل الحوثيين: a plural nisba in -يين right after the verb is its object, never its subject
                    a2 = (m, ent)
                    tellers.add(id(ent))
                    break
                if fits and _is_subject_like(ctx, m, cs):
                    if (ent.type == "person" and d.type in cues().person_patient_types and h.light is None
                            and fold_text(ctx.doc.text[h.start:h.end]).endswith("ت")):
                        # اختطفت لؤي أبو الجود، قتلت محمد سعيد: a feminine verb (a group or state did it)
                        # followed by a man's name takes him as its object
                        a2 = (m, ent)
                    else:
                        a1 = (m, ent)
                break
            if relative:
                before = kept if oblique else []
            if a1 is None and a2 is None and not relative and reacted is None and not before:
                a1 = _subject_after_aside(ctx, anchor, ss, d.sentence[1])
    else:
        g = _gen_mention(ctx, h.end, ce, actors)
        if g is not None and not h.trig.suffixed:
            if id(g[0]) in held_ids or _marker_ended(ctx, h):
                # عمليات ضد تنظيم داعش: a trigger ending in a target preposition puts its target after it
                a2 = g
            elif genitive == "actor1" or _object_follows(ctx, h.trig.base, g[0].end, ce):
                # قصف قوات النظام لمدينة دوما: with the object after it under ل, the genitive is the doer
                a1 = g
            else:
                a2 = g
        behind = _behind_antecedent(ctx, h, ss) if a1 is None and reacted is None else None
        if behind is not None and behind[0] == "named":
            a1 = behind[1]  # الحزب الذي يقف وراء الهجوم: the party behind the deed did it
        elif behind is not None and behind[0] == "nameless":
            # الجهة التي تقف وراء الهجوم: nobody named did it, neither a name before (who seeks it) nor a
            # party borrowed
            ante, before = behind, []
    if a1 is None and not d.verbal and genitive == "actor1":
        # انتشار ... لقوات النظام: a ل-phrase after an agent noun names whose it is
        for m, ent in actors:
            mk = _strip_conj(ctx.marker(m.start, cs))
            if (m.start >= h.end and ctx.words.gap(h.end, m.start) <= 2
                    and (mk == "ل" or (mk[:1] == "ل" and mk[1:] in heads))):
                if id(m) in held_ids:
                    break  # عبوة ناسفة بدورية لقوات الحشد: whose patrol was hit, not whose bomb
                if a2 is None or ent is not a2[1]:
                    a1 = (m, ent)
                break
    # (also the object of a light verb before it whose subject was not found: أدى لشن ضربات بقيادة واشنطن)
    if a1 is None and (not d.verbal or (h.light is not None and h.light.start < h.start)) and (
            came := _from_agent(ctx, d, h, ce, actors)) is not None and (a2 is None or came[1] is not a2[1]):
        a1 = came
    if a1 is None and not d.verbal and genitive == "actor2" and d.type in cues().from_agent_types and (
            fire := _masdar_fire_owner(ctx, h, ce, a2[1] if a2 is not None else None)) is not None:
        # بعد قتل 60 فلسطينيا برصاص الجيش، مقتل ثلاثة مدنيين بنيران قوات النظام: a masdar whose genitive is its
        # patient names its doer as the owner of the fire after it, never the subject of the clause around it
        a1 = fire
        if a2 is not None and a2[1] is fire[1]:
            a2 = None
        # مقتل خمسة عناصر من قوات النظام بنيران الهيئة: the side named between the masdar and the fire was hit
        # (the loop for a patient below takes no name before the doer's)
        hit = [(m, ent) for m, ent in actors if he <= m.start and m.end <= fire[0].start and ent is not fire[1]]
        if a2 is None and hit:
            a2 = hit[0]
    if not d.verbal or (h.light is not None and h.light.trig.base in lex.passive):
        # هزيمتهم من قبل القوات العراقية، على يد التنظيم: the agent of a masdar or a passive is named after it
        for m, ent in actors:
            if m.start >= he and _after_agent_marker(ctx, m.start, cs):
                if any(he <= x.start < m.start and x.trig.pos == "noun" for x in ctx.raw_hits):
                    break  # المفاوضات لتجنيب المدينة هجوما من جانب الجيش: the agent is the nearer noun's
                a1 = (m, ent)
                if a2 is not None and a2[1] is ent:
                    a2 = None
                break
    if a1 is None and d.type == "DEFECT":
        for m, ent in actors:
            if m.start >= h.end and _strip_conj(ctx.marker(m.start, cs)) in lex.roles["origin"]:
                a1 = (m, ent)
                break
    if a1 is None and _reported_doer(ctx, ss, hs):
        # أعلن الجيش أن مسلحين هاجموا: the names before أن tell of a deed whose doer is unnamed
        tellers |= {id(ent) for _m, ent in ctx.doc.mentions_in(ss, hs, ("actor",))}
        before = []
    struck_teller = (_teller_struck(ctx, d, he, ss, h.start) or _teller_lost(ctx, d, he, ss, h.start)
                     ) if a1 is None and reacted is None else None
    if struck_teller is not None:
        # قال حزب الله إن غارات استهدفت مواقع له: the teller owns what was struck, it is the target
        tellers.add(id(struck_teller[1]))
        before = [(m, ent) for m, ent in before if ent is not struck_teller[1]]
        if a2 is None:
            a2 = struck_teller
    if a1 is not None and id(a1[0]) in held_ids:
        a2, a1 = a2 or a1, None
    if a1 is None and d.verbal and not before and reacted is None and not relative and dead is None and not (
            ante is not None and ante[0] == "nameless"):
        # وقالت إسرائيل إنها ردا على الحادث شنت غارات: the pronoun a few words before the verb is its subject
        # (not after a relative light verb: هجوم شنته X has its subject after it; nor when the verb's subject
        # is the nameless noun a relative before it hangs on: إنها تحقق في الجهة التي شنت الهجوم)
        a1 = _pronoun_teller(ctx, ss, anchor.start)
    if a1 is None and d.verbal and reacted is None and undergo is None and (
            owner := _strike_owner_before(ctx, cs, anchor.start, actors)) is not None and (
            a2 is None or owner[1] is not a2[1]):
        # وكانت غارة جوية لقوات التحالف قد قتلت 29 طفلا: the owner of the strike that is the verb's subject
        # did the deed; it is neither the verb's patient nor a complement
        a1 = owner
    if a1 is None:
        # SVO: the nearest name before the trigger in the clause that is not a complement
        for m, ent in reversed(before):
            if a2 is None or ent is not a2[1]:
                a1 = _first_conjunct(ctx, (m, ent), cs)
                break
    # بين X و Y: the first is actor1, the second the counterpart
    if a1 is None:
        after = [(m, ent) for m, ent in actors if m.start >= he]
        if after and _strip_conj(ctx.marker(after[0][0].start, cs)) == "بين":
            a1 = after[0]
    if a1 is None and d.type in cues().claimed_types:
        a1 = _claimer(ctx, d.sentence[0], d.sentence[1], a2[1] if a2 is not None else None)
    if a1 is None and d.type in _launch_cues()[0]:
        # قتل مدنيان جراء سقوط قذيفة أطلقتها ميليشيا الحوثي: who fired the weapon that did the harm did it
        a1 = _launcher_after(ctx, he, d.sentence[1], a2[1] if a2 is not None else None)
    d.actor1_explicit = a1 is not None
    adjective = None
    side_named = False  # the clause's own subject is a state's or the government's forces
    if a1 is None:
        # شنته مقاتلات روسية، من قبل طائرات تركية: force nouns named by a state adjective after the verb or
        # after the agent marker of a masdar or a passive
        passive = h.light is not None and h.light.trig.base in lex.passive
        if d.verbal and not passive and h.trig.base not in cues().killing_bases:
            # not after قتل: قتل جندي سوري is a passive, its victim named by the adjective
            side_named, adjective = _adjective_side(ctx, anchor.end, ce)
            if not side_named and not relative:
                # القوات الجوية العراقية استهدفت: the same subject before the verb
                side_named, adjective = _adjective_subject(ctx, anchor.start, cs)
        elif not d.verbal and (verb := _resume_verb(ctx, h, cs)) is not None:
            # استأنفت الطائرات الحربية الحكومية قصف، القوات الحكومية تواصل قصف: the verb's subject, after it
            # or before it, is the doer of the event noun it takes as object
            side_named, adjective = _adjective_side(ctx, ctx.words.spans_at(verb, 1)[0][1], h.start)
            if not side_named:
                side_named, adjective = _adjective_subject(ctx, verb, cs)
        elif d.verbal and held is not None:
            # الذي قتلته غارة روسية: the verb carries its object, the adjective after it names its subject
            nxt = ctx.words.spans_at(anchor.end, 1)
            if nxt and nxt[0][0] < ce:
                adjective = ctx.adjective_after(nxt[0][1], ce, n=2)
        if adjective is None and (not d.verbal or passive):
            for s, e, _w in ctx.words.spans_from(he):
                if s >= ce:
                    break
                if [_strip_conj(x) for x in ctx.words.before(e, 2, he)] in cues().agent_markers:
                    adjective = _adjective_agent(ctx, e, ce)
                    break
        if adjective is not None and a2 is not None and adjective is a2[1]:
            adjective = None
        if ante is not None and ante[0] == "event" and ante[1] is not (a2[1] if a2 is not None else None):
            adjective = ante[1]  # الغارات الإسرائيلية التي استهدفت: the doer of the event noun it restates
    if a1 is None and control is not None:
        adjective = control[1]  # تمكنت القوات التركية من السيطرة: the managing verb's subject, by its adjective
    if a1 is None and adjective is None:
        # غارة تركية، القصف الجوي الروسي: a state adjective after a noun trigger names the doer (not
        # "explicit": a bare القصف التركي may still be a retelling of the shelling already told)
        for x in d.hits:
            if x.trig.pos == "noun":
                adjective = ctx.adjective_after(x.end, ce)
                if adjective is None and x is h and genitive == "actor1" and not h.trig.suffixed:
                    # سيطرة القوات الحكومية، قصف الطائرات السورية: the doer as the genitive, force nouns
                    # named by their adjective
                    adjective = _adjective_agent(ctx, x.end, ce)
                if adjective is not None and a2 is not None and adjective is a2[1]:
                    adjective = None
                if adjective is not None:
                    break
    if a1 is None and adjective is None and d.type == "THREATEN":
        a1 = _threat_owner(ctx, cs, ce, he)
        d.actor1_explicit = a1 is not None
    if a1 is None and adjective is None and d.type == "THREATEN":
        # التصريحات التركية بشن عملية عسكرية: the threat's owner is named on the threatening word
        for a, b in ctx.threats:
            if cs <= a and b <= hs:
                adjective = ctx.adjective_after(b, hs, n=2, civil=True) or adjective
    first_word = ctx.words.between(cs, ce, limit=1)
    if a1 is None and first_word and _strip_conj(first_word[0]) in cues().relatives and reacted is None:
        # a relative clause after a comma: its subject is the name it hangs on (الجانب الروسي، الذي كثف ...)
        prior = ctx.actors(ss, cs)
        if prior:
            a1 = prior[-1]
    if a1 is None and adjective is not None:
        d.actor1 = adjective
    elif a1 is None and side_named:
        # قصفت الطائرات الحربية السورية where the article names no Syrian party: the subject is a side of
        # its own, and the party a guess would borrow from the sentences around is most often the other one
        d.actor1 = None
    elif a1 is None and ante is not None and ante[0] == "nameless":
        d.actor1 = None  # المسلحين الذين هاجموا، الجهة التي استهدفت: an unnamed doer, no party borrowed
    elif a1 is None and reacted is not None:
        # the one reacting did not do it and no doer is named after the event noun: a guess from the article
        # would as often name a party to the welcomed deal or the condemned attack wrongly
        d.actor1 = None
    elif a1 is None and prev_draft is not None and _patient_resumed(ctx, d, prev_draft, cs, anchor.start):
        d.actor1 = prev_draft.actor2
    elif a1 is None and _nameless_subject(ctx, d, anchor, cs):
        d.actor1 = None  # القذيفة استهدفت، المهاجمون أطلقوا النار: the verb's own subject names no party
    elif a1 is None and prev_draft is not None and prev_draft.sentence == d.sentence and (
            prev_draft.actor1 or carried is not None) and id(prev_draft.actor1) not in tellers and not (
            prev_draft.actor1_borrowed and carried is None):
        # a dropped subject continues the sentence's previous clause; "others" suffering the same (قتل عشرات
        # الحوثيين، في حين اعتقل آخرون) suffer it from the same hand, even an unnamed one. A doer the clause
        # before only guessed from the article is not handed on: this clause guesses for itself, under the guards
        # of a guess (its target's side, the harmed, the reach), as a second guess in a row would
        d.actor1 = prev_draft.actor1
        if (d.verbal and anchor.prefix[:1] == "و" and not prev_draft.verbal and prev_verbal is not None
                and prev_verbal.sentence == d.sentence and prev_verbal.actor1 is not None
                and id(prev_verbal.actor1) not in tellers):
            # شنت القوات هجوما مدعومة بقصف من قبل روسيا وسيطرت على: a verb joined by و with no subject of its
            # own shares the subject of the verb before, not the doer of an event noun inside that verb's
            # complement
            d.actor1 = prev_verbal.actor1
    else:
        subject = None
        if a1 is None:
            a1 = None if undergo is not None else _person_subject(ctx, anchor, h, cs, victims)
            # the main subject of the sentence: its first name that is not a complement, or a state
            # adjective after a noun trigger that opens it (وأسفر القصف التركي عن مقتل ...)
            for m, ent in [] if a1 is not None else ctx.actors(ss, cs):
                if _is_subject_like(ctx, m, ss):
                    a1 = (m, ent)
                    break
            if a1 is None:
                subject = _noun_adjective_subject(ctx, ss, cs)
            if a1 is None and subject is None:
                subject = _declared_deed(ctx, d, anchor, ss)
            if a1 is None and subject is None:
                # المسؤولون الروس، 3000 جندي روسي: people of a state named by its adjective
                subject = _people_adjective_subject(ctx, ss, cs)
                if subject is not None and (id(subject) in tellers or (a2 is not None and subject is a2[1])):
                    subject = None  # قتل جنود روس في غارة: the state's men named as the dead are no doer
            if a1 is None and subject is None:
                subject = _clause_people_subject(ctx, cs, hs)
                if subject is not None and (id(subject) in tellers or (a2 is not None and subject is a2[1])):
                    subject = None  # قتل جندي روسي ... ثم أعلن: the state's men suffered, they did not do it
        fallback = prev_actor or main_actor
        if prev_draft is not None and _sent_index(ctx.doc, ss) - _sent_index(ctx.doc, prev_draft.sentence[0]) > 1:
            fallback = main_actor
        # the marker may close the trigger itself (عمليات ضد)
        floor = h.start if _marker_ended(ctx, h) else he
        if floor == h.start:
            right_on = _gen_mention(ctx, h.end, ce, actors)
            if right_on is not None:
                tellers.add(id(right_on[1]))  # نفذت القوات عمليات ضد داعش: the target is never the doer
        target = a2[1] if a2 is not None else next(
            (ent for m, ent in actors if m.start >= he and cues().target_markers & {
                _strip_conj(w) for w in ctx.words.before(m.start, 3, floor)}), None)
        if target is None and d.verbal and h.light is None:
            # استهدفت غارة موقعا تابعا للقسام: the name after the verb is its object, what was struck
            # (under ل or a target preposition in the object, three words at most after the verb: right after
            # the verb a name is more often its subject, further on a clause of its own may hold it; and
            # not the owner of an attack noun, adjectives between: قتل عدد منهم بغارة للتحالف، جراء قصف عنيف
            # لقوات النظام)
            owned = {x.end for x in ctx.raw_hits if he <= x.start and x.end <= ce and x.trig.pos == "noun"}
            target = next((ent for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 3 and (
                ctx.marker(m.start, he) == "ل" or _strip_conj(ctx.marker(m.start, he)) in cues().target_markers)
                and not _after_agent_marker(ctx, m.start, he)
                and not any(ctx.words.gap(e, m.start) <= 2 for e in owned if e <= m.start)), None)
        if target is None and d.verbal and h.light is None and a1 is None and subject is None and (
                d.type in cues().opposing_types) and (
                obj := _object_after_subject_noun(ctx, anchor.end, ce, actors)) is not None:
            # استهدف صاروخ باليستي الرياض، قصفت الطائرات دمشق: a name after the verb's own subject noun is its
            # object, the struck, never a doer to borrow
            target = obj[1]
            tellers.add(id(target))
        if target is None and a1 is None and d.verbal and h.light is None and d.type in cues().opposing_types and (
                counted := _counted_side(ctx, anchor.end, ce, actors)) is not None:
            # قتلت القوات مع حلفائها عشرة مسلحين من التنظيم: the group of the counted is what was struck, never a
            # doer to borrow (the verb's subject is a bare force noun, or nobody named in a passive)
            target = counted[1]
            tellers.add(id(target))
            if a2 is None:
                a2 = counted
        # أسفرت المعارك عن مصرع 38 عنصرا من ميليشيات الحوثي: the party whose men the deed killed is its target
        harmed = [ent for _m, ent in _victims(ctx, he, ce)]
        if target is None and harmed:
            target = harmed[0]
        if target is not None and fallback is not None and _same_side(fallback, target) and (
                prev_draft is not None or a2 is not None):
            # an attack on X (or on X's own forces: غارة على موقع للقسام) is not X's: the other party of the
            # event before (قصف على جيب التنظيم); with no event before, not the state whose force the clause
            # names as struck either (غارات على مواقع للحرس الثوري in an article on Iran)
            told = (prev_draft.actor2, prev_draft.actor1) if prev_draft is not None else ()
            fallback = next((e for e in (*told, main_actor) if e is not None and not _same_side(e, target)), None)
        if fallback is not None and any(_same_side(fallback, x) for x in harmed):
            # no party of the article stands on the other side of the harmed: the doer stays unnamed
            fallback = next((e for e in (prev_actor, main_actor) if e is not None and id(e) not in tellers
                             and not any(_same_side(e, x) for x in harmed)), None)
        if id(fallback) in tellers:
            fallback = None  # an event's target is never its own doer
        struck = [target, *harmed, *(ent for _m, ent in _report_tellers(ctx, ss, h.start))]
        if d.type in cues().patron_guard_types and _backs_struck(fallback, struck):
            # قصفت طائرات مواقع لحزب الله in an article on Iran, أعلن حزب الله أن غارة استهدفت: the patron of the
            # struck (or of the client telling of it) is no doer to borrow
            fallback = None
        if a1 is not None and not d.actor1_explicit and (
                (d.type in cues().patron_guard_types and _backs_struck(a1[1], struck))
                or (struck_teller is not None and a1[1] is struck_teller[1])):
            a1 = None  # قالت طهران إن غارات استهدفت مواقع لحزب الله: the sentence's subject backs the struck
        if fallback is not None and not _is_group(fallback) and _suicide_told(ctx, d):
            # هجوم انتحاري: a suicide attack is an armed group's, never a state's or its army's
            fallback = next((e for e in (prev_actor, main_actor) if e is not None and _is_group(e)
                             and e is not target and id(e) not in tellers), None)
        body = None if a1 is not None or subject is not None else _body_subject(ctx, d, anchor, ss, cs)
        if body is not None:
            # ألقت الشرطة العراقية القبض: a police, court or authority no entity names did it; a state adjective
            # names its state, and a group borrowed from the article (the arrested, the tried) never is it
            fallback = body[1] if body[0] else None if fallback is None or _is_group(fallback) else fallback
        if a1 is None and subject is None and fallback is not None and _group_noun_subject(ctx, anchor, cs, ce):
            # الجماعة هاجمت: a group noun points back to an armed group or party, never to a state or its forces
            fallback = next((e for e in (fallback, prev_actor, main_actor)
                             if e is not None and id(e) not in tellers and _is_group(e)), None)
        if (_unnamed_subject(ctx, d, anchor, cs, ce) or anchor.trig.base in cues().device_triggers
                or (_device_blast(ctx, anchor, ce) and not ctx.actors(*d.clause))
                or _bare_blast(ctx, d, anchor, fallback)
                or _unnamed_controller(ctx, d, cs) or _nameless_crowd_subject(ctx, d, anchor, ss)):
            # a bomb that went off (انفجرت عبوة ناسفة بدورية) has no doer unless its own clause names one
            fallback = None
        if fallback is not None and _unfit_borrow(ctx, d, fallback):
            # the PMF as the doer of strikes on the PMF: a party the article shows suffering lends no doer; the
            # other candidate stands in, or none rather than a wrong one (a teller of the claim is no bar: أعلنت
            # موسكو تسليم الجيش السوري صواريخ, نفت أنقرة استهداف المدنيين tell of the teller's own deed)
            fallback = next((e for e in (prev_actor, main_actor) if e is not None and e is not target
                             and id(e) not in tellers and not _unfit_borrow(ctx, d, e)), None)
        if a1 is None and subject is None and fallback is not None and _comment_teller(ctx, d, ss, h.start, fallback):
            # نشرت روسيا قوات ... وقال لافروف إن الضربة انتهاك: the teller's own side is no doer borrowed for a
            # deed it only comments on; only a clause that makes it the subject of the deed names it
            fallback = None
        if a1 is not None and not d.actor1_explicit and _comment_teller(ctx, d, ss, h.start, a1[1]):
            a1 = None  # قالت الخارجية الروسية إن الهجوم على دوما مسرحية: the sentence's subject only tells
        if a1 is None and subject is None and fallback is not None and _out_of_reach(ctx, fallback, ss):
            # no party is named for the deed near it: none rather than one borrowed from another item
            fallback = None
        d.actor1 = a1[1] if a1 else (subject or fallback)
        d.actor1_borrowed = a1 is None and subject is None and fallback is not None

    if a2 is None and opponent is not None and opponent[1] is not d.actor1:
        a2 = opponent
    if a2 is None and held_targets and held_targets[0][1] is not d.actor1:
        a2 = held_targets[0]
    if a2 is None:
        joined = a1[0].end if a1 is not None else -1  # where the doer and its partners named so far end
        partner_end: int | None = None  # where the partners after مع named so far end (_joint_partner)
        for m, ent in actors:
            if m.start < he or ent is d.actor1 or (a1 is not None and m.start < a1[0].end):
                continue  # also a name inside the doer's own (هدد الأمين العام لحزب الله): it describes the doer
            if {_strip_conj(w) for w in ctx.words.before(m.start, 1, he)} & cues().l_adjectives:
                continue  # اعتقلت الأسايش التابعة للإدارة الذاتية شباناً: the doer's patron is no patient
            if d.type in cues().opposing_types and _relative_clause_subject(ctx, m, he):
                # طائرات التحالف الذي تقوده السعودية: who leads the doer is neither doer nor patient of a fight;
                # in talks the leader stands for its coalition (العمل مع التحالف الذي تقوده السعودية)
                continue
            if d.verbal and _after_agent_marker(ctx, m.start, he):
                continue  # شن هجوما مدعوما بقصف من قبل روسيا: the agent of the bombing, not the attack's target
            if _joint_partner(ctx, d, m.start, he) or (partner_end is not None and ctx.marker(m.start, cs) == "و"
                                                        and ctx.words.gap(partner_end, m.start) == 0):
                # أطلقت تركيا عملية عسكرية مع فصائل الجيش الحر ضد الوحدات، حملة مع النظام وميليشيات إيران: the
                # partners, not the target
                partner_end = m.end
                continue
            if d.type in cues().claimed_types and _strip_conj(ctx.marker(m.start, he)) in cues().naming_words:
                continue  # عملية عسكرية تحت اسم "غصن الزيتون": the operation's own name, no party
            if (d.verbal and a1 is not None and m.start >= joined and ctx.marker(m.start, cs) == "و"
                    and ctx.words.gap(joined, m.start) == 0 and _strip_conj(ctx.marker(a1[0].start, cs)) != "بين"):
                # عملية نفذتها قوات الرد السريع والحشد الشعبي، شنت واشنطن ولندن وباريس غارات: the doer's
                # partners, not its target
                joined = m.end
                continue
            a2 = (m, ent)
            break
    if a2 is None and reacted is None and not (ante is not None and ante[0] == "named"):
        # (a relative's subject is the name it hangs on: the names between are inside its noun phrase)
        for m, ent in actors:
            if a1 is not None and a1[0].start <= m.start and m.end <= a1[0].end:
                continue  # الأمين العام لحزب الله هدد: the party in the doer's title describes the doer
            if m.start < he and ent is not d.actor1 and not _is_subject_like(ctx, m, cs):
                if ctx.marker(m.start, cs) == "ل" and {
                        _strip_conj(w) for w in ctx.words.before(m.start, 1, cs)} & cues().l_adjectives:
                    continue  # قوات موالية لنظام الأسد حاولت اقتحام: the doer's patron is no patient
                a2 = (m, ent)
    if a2 is None and d.ext > ce:
        # شن أعنف هجوم منذ شهر، ضد قوات سوريا الديمقراطية: the target may follow in a clause of its own
        for m, ent in ctx.actors(ce, d.ext):
            if ent is not d.actor1 and _strip_conj(ctx.marker(m.start, ce)) in cues().target_markers:
                a2 = (m, ent)
            break

    d.actor2 = a2[1] if a2 else carried if carried is not d.actor1 else None
    if (d.type in cues().patron_guard_types and not d.actor1_explicit and d.actor1 is not adjective
            and _backs(d.actor1, d.actor2)):
        # هددت إيران برد. واستهدفت غارات مواقع للحوثيين: a doer borrowed from around that backs the target
        d.actor1 = None
    own = _noun_state_adjective(ctx, d, ce)
    if own is not None and own is not d.actor1:
        # سيطروا على البلدة رغم الضربات الجوية الروسية ضدهم: the adjective on the attack noun names its doer,
        # not the subject of the clause the noun phrase sits in
        if d.actor2 is own:
            d.actor2 = None
        d.actor1, d.actor1_explicit = own, True
    planned = _planned_by(ctx, d, hs, ss)
    if planned is not None:
        # خلية لداعش كانت تخطط لتنفيذ هجمات: the planners are the group named before, not the teller
        d.actor1, d.actor1_explicit = planned[0], planned[0] is not None
        if d.actor2 is d.actor1:
            d.actor2 = None
    accused = _accused_after(ctx, d, he) or _accused_before(ctx, d, hs)
    ascribed = _ascription(ctx, d, he) if accused is None else None
    if ascribed is not None and ascribed[0] is None and not d.actor1_explicit:
        # أعلن الجيش مقتل جندي في هجوم نسبه إلى مسلحين: the deed is laid on someone unnamed; the announcer or
        # a party borrowed from around did not do it
        d.actor1, d.frame = None, "accuse"
    accused = accused or (ascribed[0] if ascribed is not None else None)
    if accused is not None:
        d.actor1, d.actor1_explicit, d.frame = accused, True, "accuse"
        if d.actor2 is accused:
            d.actor2 = None
    if d.actor1 is not None and accused is None and _among_victims(ctx, d, d.actor1):
        # قتل عشرة أشخاص بينهم أربعة جنود فرنسيين في هجوم: a side the sentence names only among the dead or hurt
        # was struck; it did not strike
        if d.actor2 is None:
            d.actor2 = d.actor1
        d.actor1, d.actor1_explicit = None, False
    # a doer set by a later rule (the noun's adjective, the planners, the accused) is named, not guessed
    d.actor1_borrowed = d.actor1_borrowed and not d.actor1_explicit and d.actor1 is not None

    d.place, d.place_strength = _place(ctx, d, hs, he, prev_draft)


@cache
def _guess_reach() -> tuple[int, int]:
    """How many sentences before and after an event's own a party must be named in to lend it a guessed doer
    (event_cues guess_reach_back, guess_reach_ahead)."""
    data = load_json("event_cues")
    return int(data.get("guess_reach_back", 3)), int(data.get("guess_reach_ahead", 2))


def _out_of_reach(ctx: _Ctx, guess: EntityDraft, ss: int) -> bool:
    """A doer guessed from the article (the previous doer or its main actor) that neither it nor a body of its
    side is named within a few sentences of the event: a news digest or a roundup of unrelated items (a bombing
    in Peshawar after a story on Washington) or a later stage of one story told by other hands (دهمت وحدة خاصة
    المنزل long after the suspect's group was named). A lead may name the doer only in the sentences after it
    (اندلعت اشتباكات في أطراف المدينة ... وقالت مصادر إن الجيش قصف), so the reach runs both ways."""
    back, ahead = _guess_reach()
    sents = ctx.doc.sentences
    if not sents:
        return False
    i = _sent_index(ctx.doc, ss)
    if i >= len(sents):
        return False
    a = sents[max(0, i - back)].start
    b = sents[min(i + ahead, len(sents) - 1)].end
    return not any(_same_side(e, guess) for _m, e in ctx.doc.mentions_in(a, b, ("actor", "person")))


def _named_in_sentence(ctx: _Ctx, ent: EntityDraft, sentence: tuple[int, int]) -> bool:
    """The party is named in the sentence: itself or a body of its side, a person of it (people.jsonl
    affiliation: اتفقت ماي مع for the United Kingdom) or its state adjective (الرئيس السوداني، ولي العهد
    السعودي)."""
    sides = _chain(ent.ref) if ent.ref else frozenset()
    for _m, e in ctx.doc.mentions_in(*sentence, ("actor", "person")):
        if _same_side(e, ent) or (e.type == "person" and any(_chain(a) & sides for a in _person_sides(e))):
            return True
    if not sides:
        return False
    adjectives = _state_adjectives()
    return any(adjectives.get(w) in sides or adjectives.get(_strip_conj(w)) in sides
               for w in ctx.words.between(*sentence))


@cache
def _passive_relative_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The event_cues keys of `_passive_relative`: the event types and the words that may follow its verb."""
    data = load_json("event_cues")
    return (frozenset(data.get("relative_passive_types", [])),
            frozenset(_f(w) for w in data.get("relative_passive_next", [])))


def _passive_relative(ctx: _Ctx, d: Draft, anchor: Hit) -> bool:
    """A past verb of a type that always takes an object (event_cues relative_passive_types: اعتقل، احتجز،
    اختطف) right after a relative, with neither an object pronoun on it nor an object after it: only a
    preposition or a time word (relative_passive_next) or the clause's end follows, so the unvowelled verb
    is passive (الذي اعتُقل في إسطنبول، الذين احتُجزوا خلال المداهمة) and the noun the relative hangs on
    is its patient."""
    types, nxt_words = _passive_relative_cues()
    if d.type not in types or anchor.trig.pos != "past" or d.head.light is not None or _object_pronoun(ctx, anchor):
        return False
    nxt = ctx.words.between(anchor.end, d.clause[1], limit=1)
    return not nxt or _strip_conj(nxt[0]) in nxt_words or nxt[0] in nxt_words


def _declared_deed(ctx: _Ctx, d: Draft, anchor: Hit, ss: int) -> EntityDraft | None:
    """أعلن الجيش الإسرائيلي، صباح الإثنين، اعتقال 11 مطلوبا: an event noun that is the very object of a verb
    of announcing (event_cues claim_declare_verbs) tells the announcer's own deed, so the state, force, group
    or government (declared_deed_kinds) right after that verb did it. Not a harm noun (أعلنت قسد مقتل خمسة
    من مقاتليها: the teller suffered it) nor a clause after أن (أعلن الجيش أن مسلحين هاجموا); the words
    between the name and the noun are an aside at most declared_deed_gap long (a time, في بيان), no name."""
    c = cues()
    if d.type not in c.declared_deed_types or d.verbal or anchor.trig.pos != "noun" or anchor.prefix:
        return None
    if _strip_conj(fold_text(ctx.doc.text[anchor.start:anchor.end]).strip()) in c.victim_nouns:
        return None
    named = ctx.doc.mentions_in(ss, anchor.start, ("actor",))
    if not named:
        return None
    m, ent = named[-1]
    between = ctx.words.between(m.end, anchor.start)
    comps = ctx.lex.roles.get("complementizers", frozenset())
    # another event word between the name and the noun: the name goes with that one (raw_hits are in text
    # order, bisected)
    other = bisect.bisect_left(ctx.raw_hits, anchor.start, key=lambda x: x.start) > bisect.bisect_left(
        ctx.raw_hits, m.end, key=lambda x: x.start)
    if len(between) > c.declared_deed_gap or any(w in comps or _strip_conj(w) in comps for w in between) or other:
        return None
    verb = ctx.words.before(m.start, 1, ss)
    if not verb or _strip_conj(verb[0]) not in c.claim_declare_verbs:
        return None
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return ent if entry is not None and entry.kind in c.declared_deed_kinds else None


def _ascribed_after(ctx: _Ctx, d: Draft, he: int, span: int = 8) -> EntityDraft | None:
    """الغارة التي نسبت إلى التحالف، ضربة نسبتها دمشق إلى إسرائيل، الهجوم المنسوب إلى التنظيم: a verb or
    participle of ascribing (event_cues ascribe_words) within ascribe_reach words after the event noun names
    its alleged doer in the name right after إلى (ascribe_to); the names between are who ascribe it."""
    got = _ascription(ctx, d, he, span)
    return got[0] if got is not None else None


def _ascription(ctx: _Ctx, d: Draft, he: int, span: int = 8) -> tuple[EntityDraft | None] | None:
    """_ascribed_after's reading: None when no ascribing word follows the event noun, (None,) when the deed is
    ascribed to someone no entity names (في هجوم نسبه إلى المتمردين، نسبته إلى مسلحين: the doer is unnamed, and
    the one announcing is not it), else (the alleged doer,). The name after إلى is taken even where the claims
    stage read «نسبه إلى X» as X telling (a claim source, which ctx.actors leaves out)."""
    c = cues()
    ends = set() if d.verbal or d.head.trig.pos != "noun" else {he}
    if d.head.trig.base in c.killing_bases:
        # قتل عشرات في الغارة التي نسبت إلى التحالف: the killing's cause, told in the same draft
        ends |= {x.end for x in d.hits if x.trig.pos == "noun"}
    se = d.sentence[1]
    for end in sorted(ends):
        i = ctx.words.index_at(end)
        spans = [sp for sp in ctx.words.spans[i:i + c.ascribe_reach + span + 1] if sp[0] >= end and sp[1] <= se]
        for k, (_s, _e, w) in enumerate(spans[:c.ascribe_reach + 1]):
            if _strip_conj(w) not in c.ascribe_words and w not in c.ascribe_words:
                continue
            for _ts, te, x in spans[k + 1:k + 1 + span]:
                if x in c.ascribe_to:
                    nxt = [(m, ent) for m, ent in ctx.actors(te, se) if ctx.words.gap(te, m.start) == 0] or [
                        (m, ent) for m, ent in ctx.doc.mentions_in(te, se, ("actor",))
                        if ctx.words.gap(te, m.start) == 0]
                    return (nxt[0][1] if nxt else None,)
            break
    return None


def _person_controls(ctx: _Ctx, people: list[tuple[model.Mention, EntityDraft]], between: list[str], cs: int) -> bool:
    """وتمكنت نادية مراد من الفرار: the deed after من is the object of a verb of managing (event_cues
    control_verbs) right before the person, who is its subject."""
    c = cues()
    if len(between) != 1 or _strip_conj(between[0]) not in c.control_preps:
        return False
    ent = people[-1][1]
    first = next(m for m, e in people if e is ent)
    verb = ctx.words.before(first.start, 1, cs)
    return bool(verb) and _strip_conj(verb[0]) in c.control_verbs


def _person_subject(ctx: _Ctx, anchor: Hit, head: Hit, cs: int, victims: list[tuple[model.Mention, EntityDraft]],
                    gap: int = 2, title_words: int = 3) -> tuple[model.Mention, EntityDraft] | None:
    """وعرض الرئيس التركي رجب طيب أردوغان هدنة، المبعوث الروسي ألكسندر لافرنتييف أجرى محادثات: a named person
    standing as the subject right before the event word in its own clause (at most `gap` words between, no
    other name, no clause break, no verb of its own joined by و: ماتيس تجاهل اقتراح ترامب وأمر بتنفيذ غارة)
    did it. People are left out of the names a doer is first sought among, as they more often tell or
    analyse; one who is no teller, victim or complement (no preposition within `title_words` before the name:
    سيناقش القضية مع نظيره الألماني X) is the deed's own subject, and a party borrowed from the clauses around
    would be wrong. A name told once with no pack entry may be a misread phrase (بحمد الله): it does not count.
    Of persons joined by و (بوتين وماكرون اتفقا) the first is the subject. A light verb far from its event
    noun (السوداني وجه بإجراء تحقيق في الاعتداء) may govern another deed: its subject is then no doer."""
    if anchor.trig.base in cues().killing_bases:
        return None  # خاشقجي قتل: the subject of a killing verb is its victim
    if anchor is not head and ctx.words.gap(anchor.end, head.start) > gap:
        return None
    people = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, anchor.start, ("person",))
              if m.end <= anchor.start and not ctx.in_source(m.start, m.end)]
    if not people:
        return None
    m, ent = people[-1]
    between = ctx.words.between(m.end, anchor.start)
    block = ctx.lex.roles["subject_block"]
    # حذرت مصادر الرئيس الأسد من الهجوم: a deed under a preposition is the complement of another verb, whose
    # object the person is
    joined = bool(between) and between[0].startswith("و") and (len(between) > 1 or anchor.prefix[-1:] in ("ب", "ل"))
    under = any(w in block for w in between) and not _person_controls(ctx, people, between, cs)
    if len(between) > gap or joined or under \
            or _CLAUSE_END.search(ctx.doc.text, m.end, anchor.start) \
            or any(v is ent for _vm, v in victims) or ctx.actors(m.end, anchor.start):
        return None
    # the person's title and name are two mentions: the first of them opens the subject
    k = len(people) - 1
    while k > 0 and (people[k - 1][1] is ent or ctx.marker(people[k][0].start, cs) == "و") \
            and ctx.words.gap(people[k - 1][0].end, people[k][0].start) == 0:
        k -= 1
    first, who = people[k]
    if not who.ref and len(who.mentions) < 2:
        return None
    if any(_strip_conj(w) in block or w in block for w in ctx.words.before(first.start, title_words, cs)):
        return None
    return (first, who) if _is_subject_like(ctx, first, cs) else None


def _subject_after_aside(ctx: _Ctx, anchor: Hit, ss: int, se: int, obj_words: int = 4, aside_words: int = 8
                         ) -> tuple[model.Mention, EntityDraft] | None:
    """وتحاصر البلدة، منذ نهاية العام الماضي، قوات النظام: a verb, its short object (a place), then a time told
    between commas, then the subject right after the second comma. The aside holds a time (the times stage);
    the object names no party; up to `obj_words` and `aside_words` words each."""
    text = ctx.doc.text
    c1 = text.find("،", anchor.end, se)
    c2 = text.find("،", c1 + 1, se) if c1 >= 0 else -1
    if c2 < 0 or len(ctx.words.between(anchor.end, c1)) > obj_words \
            or len(ctx.words.between(c1, c2)) > aside_words or ctx.actors(anchor.end, c1):
        return None
    first = ctx.words.between(anchor.end, c1, limit=1)
    if not ctx.places(anchor.end, c1) and not (first and _strip_conj(first[0]) in ctx.lex.roles["place_heads"]):
        # هددت مصادر عسكرية إسرائيلية، الأربعاء، الرئيس السوري: what follows the verb is its subject, and
        # the name after the aside its object; only a place (the town besieged, the villages shelled) is
        # an object fronted so
        return None
    t = _time_in(ctx.doc, c1, c2)
    if t is None or not (c1 < t.start < c2):
        return None
    for m, ent in ctx.actors(c2, se, persons=True):
        if ctx.words.between(c2, m.start):
            return None  # the name must open what follows the aside
        return (m, ent) if _is_subject_like(ctx, m, c2) else None
    return None


def _unfit_borrow(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """A party no doer may be borrowed from: one the article mostly shows suffering its fighting, unless the
    event's own clause names it (قبل أن تتدخل قوة أخرى من الحشد لتطارد المهاجمين)."""
    if any(e is ent for _m, e in ctx.actors(*d.clause)):
        return False
    if ctx.asked is not None:
        ctx.asked[0].add(ent.id)
    if ent.id in ctx.sufferers:
        return True
    # a person borrowed for a deed of fighting: not one first named after its sentence, nor one of the state or
    # party the article shows struck by such deeds (جرح جنود فرنسيون في هجوم ... وقال ماكرون: Macron did not
    # attack)
    if ent.type != "person" or d.type not in cues().opposing_types:
        return False
    if not ent.mentions or ent.mentions[0].start >= d.sentence[1]:
        return True
    sides = _person_sides(ent)
    if ctx.asked is not None and sides:
        ctx.asked[1].append((d.type, sides))
    return bool(sides & ctx.struck.get(d.type, frozenset()))


def _person_sides(ent: EntityDraft) -> frozenset[str]:
    """The party or state a person belongs to (people.jsonl affiliation: ماكرون, france)."""
    e = packs.entries_by_id().get(ent.ref) if ent.ref else None
    aff = e.extra.get("affiliation") if e is not None and isinstance(e.extra, dict) else None
    return frozenset({aff}) if isinstance(aff, str) else frozenset()


def _struck_sides(drafts: list[Draft]) -> dict[str, frozenset[str]]:
    """By event type of the fighting (event_cues opposing_types), the pack ids (and their parents) a pass of
    the roles shows as the target of an event of that type."""
    by_id = packs.entries_by_id()
    hit: dict[str, set[str]] = {}
    for d in drafts:
        if d.type in cues().opposing_types and d.actor2 is not None and d.actor2 is not d.actor1 and d.actor2.ref:
            e = by_id.get(d.actor2.ref)
            hit.setdefault(d.type, set()).update(x for x in (d.actor2.ref, e.parent if e else None) if x)
    return {t: frozenset(s) for t, s in hit.items()}


def _sufferers(drafts: list[Draft]) -> frozenset[str]:
    """The parties an article mostly shows on the receiving end of its fighting (event_cues opposing_types):
    the target of at least sufferer_min of them and of more than sufferer_ratio times as many as it is the
    named doer of. Read from a first pass of the roles."""
    c = cues()
    hit: Counter[str] = Counter()
    did: Counter[str] = Counter()
    for d in drafts:
        if d.type not in c.opposing_types:
            continue
        if d.actor2 is not None and d.actor2 is not d.actor1:
            hit[d.actor2.id] += 1
        if d.actor1 is not None and d.actor1_explicit:
            did[d.actor1.id] += 1
    return frozenset(e for e, n in hit.items() if n >= c.sufferer_min and n > c.sufferer_ratio * did[e])


def _marker_ended(ctx: _Ctx, h: Hit) -> bool:
    """The trigger's own last word is a target preposition (عمليات ضد، حملة على): the name after it is the
    target, not the noun's genitive doer."""
    last = fold_text(ctx.doc.text[h.start:h.end]).split()
    return len(last) > 1 and _strip_conj(last[-1]) in cues().target_markers


def _accused_after(ctx: _Ctx, d: Draft, he: int, reach: int = 3, span: int = 6) -> EntityDraft | None:
    """هجوم كيماوي اتهمت الدول الغربية دمشق بشنه، لغارات اتهمت دمشق إسرائيل بتنفيذها: an accusing verb
    within `reach` words after an event noun, whose masdar with a pronoun (event_cues accuse_back) points
    back to it, names the noun's alleged doer: the last name between the verb and that masdar."""
    se = d.sentence[1]
    verbs = ctx.lex.roles.get("accuse", frozenset())
    h = d.head
    if h.prefix + fold_text(ctx.doc.text[h.start:h.end]).strip() in cues().accuse_back:
        # the masdar with its pronoun was read as the trigger itself (هجوم اتهم التنظيم بشنه)
        i = ctx.words.index_at(h.start)
        for _vs, ve, w in reversed([sp for sp in ctx.words.spans[max(0, i - span):i]
                                    if sp[0] >= d.sentence[0] and sp[1] <= h.start]):
            if w in verbs or _strip_conj(w) in verbs:
                if _strip_conj(w) not in cues().accuse_bare and w not in cues().accuse_bare:
                    return None
                named = [ent for m, ent in ctx.actors(ve, h.start, persons=True) if m.end <= h.start]
                return named[-1] if named else None
        return None
    # قتل عشرة في تفجير اتهم التنظيم بتنفيذه: the noun may be the killing's cause, told in the same draft;
    # other nouns of a draft may be another deed (ضربة أمريكية ردا على هجوم اتهمت ... النظام بتنفيذه)
    ends = {he, d.head.end}  # هجوم اتهم التنظيم بشنه: the light verb with its pronoun is no new deed
    if d.head.trig.base in cues().killing_bases:
        ends |= {x.end for x in d.hits if x.trig.pos == "noun"}
    for end in sorted(ends):
        i = ctx.words.index_at(end)
        spans = [sp for sp in ctx.words.spans[i:i + reach + span + 3] if sp[0] >= end and sp[1] <= se]
        for k, (_s, ve, w) in enumerate(spans[:reach + 1]):
            if w not in verbs and _strip_conj(w) not in verbs:
                continue
            if _strip_conj(w) not in cues().accuse_bare and w not in cues().accuse_bare:
                break  # اتهمته: the accused is a pronoun
            rest = spans[k + 1:k + 1 + span]
            for j, (bs, _be, x) in enumerate(rest):
                pair = " ".join(y for _a, _b, y in rest[j:j + 2])
                if x in cues().accuse_back or pair in cues().accuse_back:
                    named = [ent for m, ent in ctx.actors(ve, bs, persons=True) if m.end <= bs]
                    if named:
                        return named[-1]
                    break
            break
    return None


def _accused_before(ctx: _Ctx, d: Draft, hs: int) -> EntityDraft | None:
    """سوريا المتهمة بشن هجوم، الميليشيات المتهمة بتنفيذ الهجمات: a participle of accusation (event_cues
    accused_participles) right before the deed under ب describes the name right before it, the deed's
    alleged doer."""
    h = d.head
    anchor = h.light if h.light is not None and h.light.start < h.start else h
    if not anchor.prefix.endswith("ب") or d.type not in cues().accused_deed_types:
        return None
    prev = ctx.words.span_before(hs)
    if not prev or _strip_conj(prev[0][2]) not in cues().accused_participles or prev[0][0] < d.sentence[0]:
        return None
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(d.sentence[0], prev[0][0], ("actor",))
             if ctx.words.gap(m.end, prev[0][0]) == 0]
    return named[-1][1] if named else None


def _specificity(ent: EntityDraft, m: model.Mention) -> int:
    """Lower is more specific: a town before a countryside, a countryside before a country. A town placed
    only by its governorate's coordinates (بلدة حيط) is still a town."""
    prec = ent.attrs.get("precision")
    if (prec == "admin_area" and ent.attrs.get("kind") in cues().settlement_kinds
            and ent.attrs.get("geo_source") == "inherited"):
        return 0
    if prec in _PLACE_RANK:
        return _PLACE_RANK[prec]
    return 2 if fold_text(m.text).startswith(cues().region_words) else 0


def _seat_named(ctx: _Ctx, m: model.Mention) -> bool:
    """Whether `m` names a body's seat, no site of an event: a seat word right before it (المرصد ومقره لندن) or
    before the preposition, head nouns and nisba adjectives that may stand between (ومقره في بريطانيا،
    ومقرها بالعاصمة البريطانية لندن، ومقره الرئيسي في جنيف; event_cues place_seat_fillers). With في
    between, the seat was read as the site of the event told after it, so Syrian strikes that the observatory
    reported lay in Britain."""
    cues_ = _place_cues()
    text = ctx.doc.text
    j = m.start
    while j > 0 and text[j - 1].isalnum():
        j -= 1  # the name's own proclitic (ومقره بلندن) is a filler too
    for w in reversed(ctx.words.before(j, 4)):
        w = _strip_conj(w)
        if w in cues_["seat"]:
            return True
        # a nisba adjective of the head noun (ومقرها في العاصمة البريطانية لندن) stands between as well
        if w not in cues_["seat_fillers"] and not (w.startswith("ال") and w.endswith(cues().nisba)):
            return False
    return False


def _place(ctx: _Ctx, d: Draft, hs: int, he: int, prev: Draft | None) -> tuple[EntityDraft | None, int]:
    """Where the event happened, and how surely (see Draft.place_strength)."""
    cs, ce = d.clause
    ss, se = d.sentence
    markers = ctx.lex.roles["place"]
    pheads = ctx.lex.roles["place_heads"]

    said = _said_frame(ctx, hs, he, ss)
    reply = _reply_at(ctx, he, se)
    if d.head.trig.base not in cues().killing_bases:
        reply = min(reply, _dated_at(ctx, he, se))
    paired = _paired_countries(ctx, ss, se)

    def places(s: int, e: int) -> list[tuple[model.Mention, EntityDraft]]:
        # قال الوزير في مؤتمر صحفي في أنقرة إن ...: where the teller spoke is not where the event told was;
        # قصفت الطائرات مواقع ردا على هجوم في دوما: the place after a word of reply is the earlier event's;
        # المرصد ومقره لندن: a body's seat is no site
        return [p for p in ctx.places(s, e) if _site(ctx, p[0]) and p[0].start < reply and p[0].start not in paired
                and not (said and _said_there(ctx, p[0], said))
                and not _seat_named(ctx, p[0])
                and not _distance_from(ctx, p[0]) and not _origin_of(ctx, p[0])]

    following = ctx.places(he, ce)
    if following and following[0][0].start in paired:
        # طردهم من العراق وسوريا، للانضمام إلى القتال في سوريا والعراق: the first place after the trigger is
        # a theatre of several countries; a place told before it belongs to another verb (ووصلوا إلى
        # أفغانستان بعد طردهم ...)
        return None, 0
    in_clause = places(cs, ce)
    venue = d.type in cues().venue_types
    if venue:
        # اجتمع الوزيران في موسكو لبحث الوضع في سوريا: the place a meeting talked about is no venue
        in_clause = [p for p in in_clause if not _topic_place(ctx, p[0], cs)]
    marked = []
    # سيطر على بلدة حيط، هجوم على البلدة: what is seized or attacked is where it happens
    target = d.type in ("SEIZE", "ATTACK")
    # استهدفت مطار التيفور العسكري في وسط سوريا: the place a verb of attack takes as its object (the first
    # place after it, only its subject between) is where it struck, before the larger area that places it
    objects: set[int] = set()
    if target:
        starts = sorted(m.start for m, _ent in in_clause)
        for x in d.hits:
            k = bisect.bisect_left(starts, x.end)
            if x.trig.pos in ("past", "present") and k < len(starts) and _subject_only(ctx, x.end, starts[k]):
                objects.add(starts[k])
    for m, ent in in_clause:
        mk = _place_marker(ctx, m.start, cs)
        # (هجوما على البلدة، حملة عسكرية ضد عفرين: the place an attack or seizure is on or against)
        if m.start >= he and (mk in markers or mk in pheads or (target and mk in ctx.lex.roles["place_target"])):
            marked.append((m, ent, _marker_strength(mk)))
        elif m.start in objects:
            marked.append((m, ent, 3))
    back = _place_anaphor(ctx, he, ce, ss, near=5, obj=target and d.verbal)
    if back is None and marked:
        # ضغطا عسكريا مصحوبا بجهود تفاوضية لاستعادة السيطرة على المحافظة المحاذية لمحافظة القنيطرة: a place
        # noun under a preposition further on still names the place, when nothing before it in the clause did
        back = _place_anaphor(ctx, he, ce, ss, near=12, prep_only=True)
    if back is not None and not any(m.start < back[0] for m, _, _ in marked):
        # على المحافظة المحاذية لمحافظة القنيطرة: the place named again right after the trigger, not the
        # places that describe it
        return back[1], 3
    if not in_clause and d.ext > ce:
        for m, ent in places(ce, d.ext):
            mk = _place_marker(ctx, m.start, ce)
            if mk in markers or mk in pheads:
                marked.append((m, ent, _marker_strength(mk)))
    if marked:
        # the most specific of the places the clause puts the event in (في ريف حمص قرب مدينة القريتين)
        # a place left (انسحابها من الرقة) is where the event is only when no other is named
        m, ent, strength = min(marked, key=lambda p: (p[2] <= 1, _specificity(p[1], p[0]), p[0].start))
        return _located_before(ctx, places(cs, max(ce, d.ext)), m, ent), strength
    if venue:
        # talks and agreements happen where the article says they met, not where their parties are from
        # (لقاءات بين الإدارة الذاتية شرقي الفرات ووفد ...)
        actors = ctx.actors(cs, ce, persons=True)
        in_clause = [(m, ent) for m, ent in in_clause
                     if not any(a.end <= m.start and ctx.words.gap(a.end, m.start) <= 2 for a, _ in actors)]
    if in_clause:
        there = _where_before(ctx, in_clause, cs, hs)
        return there or _located(ctx, in_clause, min(in_clause, key=lambda p: abs(p[0].start - hs))), 1
    if venue or any(cs <= k < ce for k in paired):
        return None, 0  # a theatre of several countries (في سوريا والعراق) is the clause's only place
    back = _place_anaphor(ctx, he, ce, ss)
    if back is not None:
        return back[1], 1
    if (prev is not None and prev.sentence == d.sentence and prev.place is not None
            and not (said and said[0] <= prev.head.start < said[1])):
        # the clause goes on where the sentence's previous event happened, unless that event was the
        # teller's (قال بوتين بعد اجتماع في أنقرة إنه اتفق على تسليم ...: the meeting, not the delivery)
        return prev.place, prev.place_strength
    in_sent = places(ss, se)
    # قتل المرشح ... جراء إطلاق نار خلال تواجده في بغداد: the sentence goes on to say where the event was;
    # a place before the trigger belongs to an earlier clause (مرشح يقتل في العراق، ففي ...)
    # (في مدينة الشرقاط جنوب الموصل بالعراق: a head noun of a place, مدينة، العاصمة, stands for its في)
    after = [(m, ent) for m, ent in in_sent if m.start >= he
             and _place_marker(ctx, m.start, he) in markers | pheads
             and _marker_strength(_place_marker(ctx, m.start, he)) == 3]
    if after:
        return after[0][1], 1
    if in_sent:
        there = _where_before(ctx, in_sent, cs, hs)
        return there or _located(ctx, in_sent, min(in_sent, key=lambda p: abs(p[0].start - hs))), 1
    if paired:
        return None, 0
    # the most recent place of the paragraph
    para_start = ctx.doc.text.rfind("\n", 0, ss) + 1
    prior = places(para_start, ss)
    return (prior[-1][1], 0) if prior else (None, 0)


def _located(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]],
             pick: tuple[model.Mention, EntityDraft]) -> EntityDraft:
    """على مشارف مدينة عفرين في شمال سوريا: the place nearest the trigger may only locate the one named right
    before it (joined by nothing or by a locating preposition, event_cues place_locating_joins): the event is at
    the most specific place of that chain, not in the wider area that places it; of two places as precise (حي
    باب توما بدمشق: a quarter and its city) at the one located, named first."""
    by_end = {m.end: (m, ent) for m, ent in named}
    chain = [pick]
    while True:
        m = chain[-1][0]
        prior = next(((pm, pe) for end, (pm, pe) in by_end.items()
                      if end <= m.start and _locating_gap(ctx, end, m.start)), None)
        if prior is None or prior in chain:
            break
        chain.append(prior)
    return min(chain, key=lambda p: (_specificity(p[1], p[0]), p[0].start))[1]


def _located_before(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]], m: model.Mention,
                    ent: EntityDraft) -> EntityDraft:
    """في مديرية المراوعة بمحافظة الحديدة، قرب مطار ولاية قندهار في جنوب أفغانستان، في قاعدة حميميم الروسية في
    غرب سوريا: the place a preposition marks may only locate a place named right before it, whose own word
    (مديرية، مطار، قاعدة) marked nothing; the event is at the most specific place of that chain, and on a tie
    at the place located rather than the one locating it. A place of origin (وفد من دمشق في حمص) locates
    nothing."""
    by_end = {pm.end: (pm, pe) for pm, pe in named if pm.start < m.start}
    chain = [(m, ent)]
    while len(chain) < 4:
        cur = chain[-1][0]
        prior = next(((pm, pe) for end, (pm, pe) in by_end.items()
                      if end <= cur.start and _locating_gap(ctx, end, cur.start)), None)
        if prior is None or prior in chain or _strip_conj(ctx.marker(prior[0].start)) in cues().origin_markers:
            break
        chain.append(prior)
    return min(chain, key=lambda p: (_specificity(p[1], p[0]), p[0].start))[1]


def _locating_gap(ctx: _Ctx, a: int, b: int) -> bool:
    """The words between two places say the second locates the first: a locating join (event_cues
    place_locating_joins: في، ب، a comma or nothing), after any nisba adjectives or locating participles
    (الروسية، الواقعة، التابعة: event_cues place_locating_participles), and before the second's head noun when
    the mention leaves it out (بمحافظة، التابعة لمديرية); or a comma and a noun of apposition (، كبرى، عاصمة،
    أكبر مدن: event_cues place_apposition_heads)."""
    if b - a > 60:
        return False
    words = fold_text(ctx.doc.text[a:b]).replace("،", " ، ").split()
    joins = _cue_words("place_locating_joins")
    participles = _cue_words("place_locating_participles")
    lam = False
    while words and words[0].startswith("ال") and (words[0].endswith(cues().nisba) or words[0] in participles):
        lam = lam or words[0] in participles
        words.pop(0)
    if len(words) > 1 and words[0] == "،":
        # مدينة الناصرية، كبرى محافظة ذي قار، في واغادوغو، عاصمة بوركينا فاسو: an apposition that places the
        # first place in the second (event_cues place_apposition_heads)
        for n in (3, 2, 1):
            if " ".join(words[1:1 + n]) in _cue_words("place_apposition_heads"):
                words = words[1 + n:]
                break
    pheads = ctx.lex.roles["place_heads"]
    if words and words[-1] not in joins:
        last = words[-1]
        if last in pheads:
            words.pop()
        elif last[:1] in ("ب", "ل") and last[1:] in pheads:
            words[-1] = last[:1]
    rest = " ".join(words)
    return rest in joins or (lam and rest == "ل")


def _place_marker(ctx: _Ctx, pos: int, floor: int) -> str:
    """The word that places the name at `pos` (ctx.marker without its conjunction); none for a capital after
    a word of nearness (في صلاح الدين شمالي العاصمة بغداد): the capital is only a landmark for the place
    named before it."""
    mk = _strip_conj(ctx.marker(pos, floor))
    if mk in cues().capital_heads:
        lead = ctx.words.before(pos, 2, floor)
        if len(lead) == 2 and _strip_conj(lead[0]) in cues().near_markers:
            return ""
    return mk


def _said_frame(ctx: _Ctx, hs: int, he: int, ss: int) -> tuple[int, int] | None:
    """The words from a claim's verb to the أن/إن, opening quote or colon that opens what it reports (قال
    الوزير في مؤتمر صحفي في أنقرة إن), when both stand in the trigger's sentence before it."""
    claim = _claim_at(ctx.doc, hs, he)
    if claim is None or claim.cue_start is None or claim.cue_end is None or not ss <= claim.cue_start < hs:
        return None
    text = ctx.doc.text
    comps = ctx.lex.roles.get("complementizers", frozenset())
    prev_end = claim.cue_end
    for k, (s, e, w) in enumerate(ctx.words.spans_from(claim.cue_end)):
        if s >= hs or k > _SAID_WORDS:
            return None
        gap = text[prev_end:s]
        if w in comps or (gap.strip() and gap.strip()[-1] in _place_cues()["said_opens"]):
            return claim.cue_start, s  # what is reported opens here: "نرى، : نرى
        prev_end = e
    return None


#: how many words a teller's frame may hold before what it reports (قال الوزير في مؤتمر صحفي في أنقرة إن)
_SAID_WORDS = 14


def _said_there(ctx: _Ctx, m: model.Mention, said: tuple[int, int]) -> bool:
    """A place in a teller's frame that tells where the teller spoke: from where (متحدثا من جنيف، أعلن من
    أنقرة), at which press conference, meeting or visit (في مؤتمر صحفي في أنقرة، بعد اجتماع في موسكو;
    event_cues place_said_settings within four words before it), or right after the verb (قال في دمشق).
    Not the teller's own place (قال مصدر طبي في دوما، المتحدث باسم مستشفى في الغوطة): a local source is
    most often where the event was."""
    if not said[0] <= m.start < said[1]:
        return False
    mk = _strip_conj(ctx.marker(m.start, said[0]))
    if mk in cues().origin_markers:
        return True
    prev = [_strip_conj(w) for w in ctx.words.before(m.start, 5, said[0])]
    if prev and prev[-1] == mk:
        prev = prev[:-1]
    return len(prev) <= 1 or any(w in _place_cues()["said_settings"] for w in prev[-4:])


def _paired_countries(ctx: _Ctx, ss: int, se: int) -> set[int]:
    """Where two countries stand joined by و in the sentence (التحالف الدولي في سوريا والعراق، الاتفاقية بين
    سوريا وإسرائيل، جنود من مالي وفرنسا): they name a theatre of several countries or the parties, no one
    site of the event. Gives their mentions' starts (kept per sentence: each of its events asks)."""
    got = ctx.paired.get((ss, se))
    if got is not None:
        return got
    named = [p for p in ctx.places(ss, se) if p[1].attrs.get("precision") == "country"]
    out: set[int] = set()
    for (m1, e1), (m2, e2) in itertools.pairwise(named):
        gap = ctx.doc.text[m1.end:m2.start]
        # joined by و or a comma, the و standing alone or inside the second mention (وسوريا)
        if (e1 is not e2 and gap.strip(" \t،,#") in ("و", "")
                and (gap.strip(" \t#") or fold_text(m2.text).startswith("و"))):
            out.update((m1.start, m2.start))
    ctx.paired[(ss, se)] = out
    return out


def _distance_from(ctx: _Ctx, m: model.Mention) -> bool:
    """The place is a point a distance is told from (على بعد 25 كيلومترا من هجين، تبعد 40 كيلومترا عن كويتا،
    على بعد 170 ميلا من مدينة دابتشي): من/عن before it (or before its head noun) and a unit of length
    (event_cues place_distance_units) among the three words before that. What is there is elsewhere."""
    c = _place_cues()
    prev = [_strip_conj(w) for w in ctx.words.before(m.start, 5)]
    if prev and prev[-1] in ctx.lex.roles["place_heads"]:
        prev = prev[:-1]
    return bool(prev) and prev[-1] in c["distance_preps"] and any(w in c["distance_units"] for w in prev[-4:-1])


def _origin_of(ctx: _Ctx, m: model.Mention) -> bool:
    """The place tells where a person or group comes from, not where anything happened (عناصر الحوثي الذين
    ينتمون إلى محافظة صعدة، وهو من مواليد الشيشان، ولد في القدس، ينحدر من بلدة كفرنبل): a phrase of origin
    or belonging (event_cues place_origin_words, one or two words) right before it or before its head noun."""
    prev = ctx.words.before(m.start, 4)
    if prev and _strip_conj(prev[-1]) in ctx.lex.roles["place_heads"]:
        prev = prev[:-1]
    words = _cue_words("place_origin_words")
    # the phrase as written and without a conjunction before it (وولد في، وينحدر من; ولد alone keeps its و)
    return any(p in words or _strip_conj(p) in words for p in (" ".join(prev[-1:]), " ".join(prev[-2:])) if p)


def _reply_at(ctx: _Ctx, he: int, se: int) -> int:
    """Where a word of reply or revenge (ردا على، انتقاما ل، على خلفية; event_cues place_reply_words) first
    stands after the trigger in its sentence, else the sentence's end: what follows it is the event replied
    to (ضربات جوية ... ردا على هجوم كيماوي في دوما), and its places are that event's."""
    i, j = ctx.words.run_of(he, se)
    at = _word_indexes(ctx, _place_cues()["reply"], bare_only=True)
    k = bisect.bisect_left(at, i)
    return ctx.words.spans[at[k]][0] if k < len(at) and at[k] < j else se


def _topic_place(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """The place is what something is about (لبحث الوضع في سوريا، التطورات الإقليمية والوجود الإيراني في
    سوريا، المفاوضات حول مستقبل سوريا): a topic noun (event_cues place_topic_nouns) stands within three words
    before its preposition (place_topic_preps)."""
    c = _place_cues()
    mk = _strip_conj(ctx.marker(m.start, floor))
    if mk not in c["topic_preps"]:
        return False
    prev = ctx.words.before(m.start, 4, floor)
    if prev and _strip_conj(prev[-1]) == mk:
        prev = prev[:-1]
    return any(_strip_conj(w) in c["topic_nouns"] for w in prev[-3:])


def _where_before(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]], cs: int, hs: int
                  ) -> EntityDraft | None:
    """يهرب السكان من مدينة الحديدة في اليمن حيث قصفت الطائرات: a clause opened by حيث (event_cues
    place_where_words) tells what happened at the place named right before it, the town rather than the
    country that locates it (the places within the few words before حيث)."""
    where = _place_cues()["where"]
    lead = ctx.words.span_before(cs)  # حيث may end the clause before the trigger's
    pos = next((s for s, _e, w in ctx.words.spans_from(lead[0][0] if lead else cs)
                if s >= hs or _strip_conj(w) in where), hs)
    if pos >= hs:
        return None
    floor = ctx.words.spans[max(ctx.words.index_at(pos) - 6, 0)][0]
    chain = [p for p in named if floor <= p[0].start < pos]
    if not chain or any(p[0].start > pos for p in named):
        return None  # the clause names a place of its own
    return min(chain, key=lambda p: (_specificity(p[1], p[0]), -p[0].start))[1]


@cache
def _place_cues() -> dict[str, Any]:
    """The event_cues keys of the article's incident place (see `_incident_place`) and of the place choice
    inside an event's sentence (see `_place`)."""
    data = load_json("event_cues")
    return {"types": frozenset(data.get("incident_place_types", [])),
            "lead": int(data.get("incident_lead_sentences", 2)),
            "strength": int(data.get("incident_lead_strength", 3)),
            "region_km": int(data.get("incident_region_km", 250)),
            "precisions": frozenset(data.get("incident_place_precisions", [])),
            "background": frozenset(_f(w) for w in data.get("incident_background", [])),
            "said_opens": tuple(data.get("place_said_opens", [])),
            "said_settings": frozenset(_f(w) for w in data.get("place_said_settings", [])),
            "seat": frozenset(_f(w) for w in data.get("place_seat_words", [])),
            "seat_fillers": frozenset(_f(w) for w in data.get("place_seat_fillers", [])),
            "distance_units": frozenset(_f(w) for w in data.get("place_distance_units", [])),
            "distance_preps": frozenset(_f(w) for w in data.get("place_distance_preps", [])),
            "reply": frozenset(_f(w) for w in data.get("place_reply_words", [])),
            "topic_nouns": frozenset(_f(w) for w in data.get("place_topic_nouns", [])),
            "topic_preps": frozenset(_f(w) for w in data.get("place_topic_preps", [])),
            "where": frozenset(_f(w) for w in data.get("place_where_words", []))}


def _incident_place(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A news story tells one incident: its lead puts the incident somewhere (اقتحم مسلحون مبنى المحافظة في
    مدينة أربيل) and the paragraphs after it tell the clashes, arrests and reinforcements of that incident
    without naming the place again. The lead's place (a town or governorate told under في/ب or as the
    object of the attack, in the first sentences) goes to a later event with no place of its own (its
    sentence and paragraph name none) when it is a fight, arrest or deployment (event_cues
    incident_place_types), not threatened or planned, dated to no other year, opening no background
    (وسبق أن، كان قد: incident_background), the last place named before it lies in the incident's area, and
    no event placed elsewhere in between turned the story to another happening. On unseen ANT articles the
    place it gave was right about three times in four; a place borrowed from the event before lost."""
    ic = _place_cues()
    lead = next((d for d in drafts if _sent_index(ctx.doc, d.sentence[0]) < ic["lead"]
                 and d.place is not None and d.place_strength >= ic["strength"]), None)
    if lead is None or lead.place is None or lead.type not in ic["types"]:
        return
    inc = lead.place
    if inc.attrs.get("precision") not in ic["precisions"]:
        return  # a country or a broad region says too little to lend
    told = True  # the story is telling the lead's incident
    for d in sorted(drafts, key=lambda x: x.span[0]):
        if d is lead or d.span[0] < lead.span[0]:
            continue
        if d.place is not None:
            # وكان العراق أعلن عن عملية جنوب كركوك، وعلى جبهة أخرى في عفرين: an event placed out of the
            # incident's area, or in a sentence that opens background, turns the story to another happening
            # until one is placed in the incident's area again
            told = d.place is inc or (_in_incident_area(d.place, inc)
                                      and not _opens_background(ctx, d.sentence[0], d.head.start))
            continue
        if not told or d.type not in ic["types"] or d.modality == "expected":
            continue  # a strike threatened or planned is not the incident told
        if _other_year(ctx, d) or _opens_background(ctx, d.clause[0], d.head.start):
            continue
        before = [p for p in ctx.places(0, d.head.start) if _site(ctx, p[0])]
        if before and not _in_incident_area(before[-1][1], inc):
            continue
        d.place, d.place_strength = inc, 0


def _opens_background(ctx: _Ctx, start: int, end: int) -> bool:
    """One of the first words from start (before end) is a verb of background (وكان العراق أعلن، وسبق
    للتنظيم أن هاجم; event_cues incident_background): what it tells happened before the incident."""
    return any(_strip_conj(w) in _place_cues()["background"] for w in ctx.words.between(start, end, limit=3))


def _in_incident_area(last: EntityDraft, inc: EntityDraft) -> bool:
    """The place named last is the incident's own, its country, a place of its governorate (ريف دير الزور for
    الباغوز), a wide region of its country around it (شرق الفرات), or a place near it (within _NEAR_KM): the
    story still tells that incident. One of another governorate (الغوطة الشرقية after حمص) or country has
    moved on to another story."""
    if last is inc:
        return True
    if last.attrs.get("country") != inc.attrs.get("country"):
        return False
    if last.attrs.get("precision") == "country":
        return bool(last.attrs.get("country"))
    if last.attrs.get("admin1") and inc.attrs.get("admin1"):
        return bool(last.attrs["admin1"] == inc.attrs["admin1"])
    km = _near_km(last, inc)
    reach = _place_cues()["region_km"] if last.attrs.get("precision") == "region" else _NEAR_KM
    return km is not None and km <= reach


def _subject_only(ctx: _Ctx, a: int, b: int) -> bool:
    """Nothing but a verb's subject stands in [a, b): names of parties, the head nouns before them (طائرات،
    مقاتلو) and adjectives of origin (تركية، الإسرائيلية). So what follows is the verb's object (قصفت طائرات
    تركية المطار، استهدفت الطائرات الإسرائيلية مطار المزة)."""
    if b - a > 80:
        return False
    taken: list[tuple[int, int]] | None = None
    for s, e, w in ctx.words.spans_from(a):
        if s >= b:
            break
        bare = w[2:] if w.startswith("ال") else w
        if bare in ctx.subject_heads or w in ctx.subject_heads or w.endswith(cues().nisba):
            continue
        if taken is None:
            taken = [(m.start, m.end) for m, _ent in ctx.doc.overlapping(a, b, ACTOR_TYPES)]
        if not any(ms <= s and e <= me for ms, me in taken):
            return False
    return True


def _site(ctx: _Ctx, m: model.Mention) -> bool:
    """A place that can be where something happened: not a time zone (الساعة السابعة بتوقيت العراق; event_cues
    not_site_before)."""
    return _strip_conj(ctx.marker(m.start)) not in cues().not_site_before


def _marker_strength(mk: str) -> int:
    """How surely a place under this preposition is where the event was: في/ب 3, قرب/شرق/على/ضد 2, من 1."""
    if mk in cues().origin_markers:
        return 1
    return 2 if mk in cues().near_markers or mk in lexicon().roles["place_target"] else 3


def _refine_place(keep: Draft, other: Draft, region_km: int = 200) -> None:
    """A happening told again may say more surely or more precisely where it was (قرب مدينة كركوك ... الهجوم
    وقع في منطقة السعدونية): the telling's place replaces the kept one when it lies within it."""
    p = other.place
    if p is None or p is keep.place:
        return
    if keep.place is None:
        better = other.place_strength >= 1
    elif not _places_agree(keep, other, region_km):
        better = False
    elif other.place_strength != keep.place_strength:
        better = other.place_strength > keep.place_strength
    else:
        better = other.place_strength >= 2 and _precision_rank(p) < _precision_rank(keep.place)
    if better:
        keep.place, keep.place_strength = p, other.place_strength


def _places_agree(a: Draft, b: Draft, region_km: int = 200) -> bool:
    """Two tellings' places may be one: compatible, or one only named near the event (قرب مدينة كركوك،
    هجوم على دير الزور) and the other in its surroundings."""
    if _places_compatible(a.place, b.place, region_km):
        return True
    if a.place is None or b.place is None or min(a.place_strength, b.place_strength) >= 3:
        return False
    km = _near_km(a.place, b.place)
    return km is not None and km <= _NEAR_KM


#: how far from a place named near an event (قرب مدينة كركوك) the event may be told to have been
_NEAR_KM = 75


def _precision_rank(ent: EntityDraft) -> int:
    return _PLACE_RANK.get(ent.attrs.get("precision", ""), 0)


@cache
def _anaphor_forms(anaphora: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each written form of an anaphora noun (المدينة، بالمدينة، للمدينة, with و/ب/ف/وب/في before the
    noun) -> the nouns it writes, in the order `_place_anaphor` tried them: it looked at every word of a
    clause against every noun with string operations, ~1/4 of the events stage."""
    out: dict[str, list[str]] = {}
    for a in anaphora:
        for f in dict.fromkeys((a, *with_proclitics(a, "place_anaphor", min_stem=0))):
            out.setdefault(f, []).append(a)
    return {f: tuple(nouns) for f, nouns in out.items()}


def _home_country(countries: list[tuple[model.Mention, EntityDraft]],
                  prior: list[tuple[model.Mention, EntityDraft]]) -> list[tuple[model.Mention, EntityDraft]]:
    """البلاد (الرئيس الشرعي للبلاد، النظام العام للبلاد) is the country the article is about, not one named in
    passing before it (الولايات المتحدة، لبنان in an article on Yemen): of the countries named before, the one
    that most of the places named before lie in; of equals, the last named."""
    if len({c[1].attrs.get("country") for c in countries}) < 2:
        return countries
    weight = Counter(p[1].attrs.get("country") for p in prior)
    best = max(range(len(countries)), key=lambda i: (weight[countries[i][1].attrs.get("country")], i))
    return [countries[best]]


def _place_anaphor(ctx: _Ctx, he: int, ce: int, ss: int, near: int = 0, obj: bool = False,
                   prep_only: bool = False) -> tuple[int, EntityDraft] | None:
    """في محيط السجن، في النقطة: a definite place noun after the trigger refers back to the last place
    named with that noun (سجن المدرسة الصناعية), or to the last place named at all; البلاد to the country
    named before that most places lie in (`_home_country`). With `near`, only a noun within that many words
    of the trigger counts; with `obj`, one right after the trigger is its object (قصفتا المطار), where an
    attack or seizure was. Gives the noun's position and the place."""
    forms = _anaphor_forms(ctx.lex.roles["place_anaphora"])
    for k, (s, _e, w) in enumerate(ctx.words.spans_from(he)):
        if s >= ce or (near and k > near):
            break
        for a in forms.get(w, ()):
            stem = a[2:]
            if a in cues().broad_anaphora and not near:
                continue  # في البلاد far from the trigger is a manner of speaking, not a place
            if (near and w == a and _strip_conj(ctx.marker(s, he)) not in cues().anaphor_preps
                    and not (obj and _subject_only(ctx, he, s))):
                continue  # تطوق المدينة: the object of another verb, not where the trigger's event is
            if prep_only and (w != a or _strip_conj(ctx.marker(s, he)) not in cues().anaphor_preps):
                continue
            # the places named before the noun, its own sentence's earlier clauses too (انشقوا إلى تل أبيض
            # ...، وأغلقت قسد مداخل المدينة)
            prior = [p for p in ctx.places(0, s) if _site(ctx, p[0])]
            if a in cues().country_anaphora:
                same = [p for p in prior if p[1].attrs.get("precision") == "country"]
                pick = _home_country(same, prior)
            else:
                # named with that noun: in the name (مخيم الهول) or right before it (بلدة حيط)
                same = [p for p in prior if stem in fold_text(p[0].text)
                        or _strip_conj(ctx.marker(p[0].start)).endswith(stem)]
                # else a settlement-sized place for a settlement noun (المدينة after تل أبيض بريف الرقة)
                towns = ([p for p in prior if _specificity(p[1], p[0]) == 0]
                         if a in cues().settlement_anaphora else [])
                pick = same or ([] if near else towns or prior)
            return (s, pick[-1][1]) if pick else None
    return None


def _present_after(ctx: _Ctx, pos: int) -> bool:
    """The word after pos is an imperfect verb (قد يشن، قد تتعرض), not a past one (قد سجلت، قد تم)."""
    nxt = ctx.words.between(pos, min(len(ctx.doc.text), pos + 40), limit=1)
    return bool(nxt) and nxt[0][:1] in ("ي", "ت", "ن") and nxt[0] not in ctx.lex.passive


def _modality(ctx: _Ctx, d: Draft) -> str:
    lex = ctx.lex
    h = d.head
    cs, ce = d.clause
    found: set[str] = set()
    if any(x.trig.future for x in d.hits) or (h.light is not None and h.light.trig.future):
        found.add("expected")
    if h.trig.pos == "noun" and h.prefix.endswith("ل") and h.light is None and _undergo_verb(ctx, h, cs) is None:
        found.add("expected")  # لـ + masdar states a purpose: لشن عملية، لاستهداف; not تعرضوا لقصف
    if _purposed(ctx, d, d.sentence[0]):
        found.add("expected")  # تهدف العملية إلى تحرير المدينة، بهدف اعتقال: an aim, not a deed done
    start = min(x.start for x in d.hits)
    if h.light is not None:
        start = min(start, h.light.start)
    end = max(x.end for x in d.hits)
    for (a, b), m in ctx.cues:
        for mod, where in m.payloads:
            if where == "before" and cs <= a and b <= start:
                if len(ctx.words.between(b, start)) > lex.windows[mod]:
                    continue
                if m.key in ("قد", "لقد") and (h.trig.pos == "past" or not _present_after(ctx, b)):
                    continue  # قد + past is emphasis, not possibility (قد سجلت حالات إثر قصف)
                found.add(mod)
            elif (where == "after" and a >= end and b <= max(ce, d.ext)) or (
                    where == "clause" and cs <= a and b <= ce):
                found.add(mod)
    if d.frame == "documenting":
        found.add("reported")  # وثق المرصد …: a count someone tells
    if d.frame in ("blame", "accuse"):
        found.add("alleged")  # حمّل X Y المسؤولية، اتهم X Y بتنفيذه: the doer is one side's charge
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


def _responsibility_claim(ctx: _Ctx, ss: int, se: int) -> tuple[EntityDraft, int, int] | None:
    """A party's claim of a deed told before, in the sentence [ss, se): a verb of adopting (تبنت الحركة
    الهجوم: event_cues claim_verbs) or of announcing with a noun of responsibility (أعلن التنظيم مسؤوليته عن
    الهجوم: claim_declare_verbs, blame_nouns, عن) whose object is a definite noun of a deed (claimed_back_nouns)
    not described after it (الهجوم الذي استهدف ... names the deed right there). The claimer is the party named
    right after the verb. Returns it and the object's span."""
    c = cues()
    i, j = ctx.words.run_of(ss, se)
    spans = ctx.words.bare[i:j]
    if c.claim_verbs.isdisjoint(w for _s, _e, w in spans) and c.claim_declare_verbs.isdisjoint(
            w for _s, _e, w in spans):
        return None  # no verb of adopting or announcing: most sentences
    for i, (_s, e, w) in enumerate(spans):
        adopt = w in c.claim_verbs
        if not adopt and w not in c.claim_declare_verbs:
            continue
        if i > 0 and spans[i - 1][2] in c.unclaimed_negations:
            continue  # لم تعلن الحركة مسؤوليتها: no claim made (_unclaimed_objects)
        # the noun of responsibility may stand well after the verb, past where the claim was made (أعلنت
        # الحركة المتشددة في موقعها على الإنترنت مسؤوليتها عن الهجوم); a bare deed noun only near it
        for j in range(i + 1, min(i + c.claim_reach, len(spans))):
            w2 = spans[j][2]
            if w2 in c.claimed_back_nouns and j < i + 8:
                if not adopt:
                    break  # أعلن ... الهجوم: an announcement about the deed, not a claim of it
                obj = j
            elif w2 in c.blame_nouns and (found := _responsibility_object(spans, j + 1)) is not None:
                obj = found
            else:
                continue
            if obj + 1 < len(spans) and spans[obj + 1][2] in c.relatives:
                break
            # the claimer is often the claim's teller too: its mention stands in a claim source. It follows
            # the verb, head nouns (تنظيم، جماعة) aside; a party named further on only describes it (أعلنت
            # جماعة ..، وهي جماعة مضادة للحكومة الإيرانية، مسؤوليتها)
            heads = ctx.lex.roles["heads"] | c.group_words
            for m, ent in ctx.doc.mentions_in(e, spans[j][0], ("actor",)):
                gap = ctx.words.between(e, m.start)
                if len(gap) <= 2 and all(g in heads for g in gap):
                    return ent, spans[obj][0], spans[obj][1]
                break
            break
    return None


def _responsibility_object(spans: list[tuple[int, int, str]], k: int) -> int | None:
    """The index of the deed a noun of responsibility ending before spans[k] governs: مسؤوليته عن الهجوم،
    عن ذلك الهجوم (a demonstrative points back too), مسؤولية الهجمات (as genitive), or مسؤوليته عنه (the deed
    named just before the verb: في هجوم أعلن التنظيم مسؤوليته عنه), whose pronoun stands for it."""
    c = cues()
    if k < len(spans) and spans[k][2] in c.claimed_back_nouns:
        return k
    if k < len(spans) and spans[k][2] in c.claim_back_pronouns:
        return k
    if k >= len(spans) or spans[k][2] != "عن":
        return None
    k += 1
    if k < len(spans) and spans[k][2] in c.demonstratives:
        k += 1
    return k if k < len(spans) and spans[k][2] in c.claimed_back_nouns else None


def _claimed_back(ctx: _Ctx, drafts: list[Draft], reach: int = 3) -> list[Draft]:
    """أعلن تنظيم الدولة لاحقا مسؤوليته عن الهجوم، تبنت الحركة الهجوم: a claim of the attack told in the
    sentences before (up to `reach` back) names its doer, when that telling named none of its own; the claim's
    noun is that attack again, not another."""
    claimed = set(cues().claimed_types)
    drop: set[int] = set()
    for sent in ctx.doc.sentences:
        found = _responsibility_claim(ctx, sent.start, sent.end)
        if found is None:
            continue
        claimer, os_, oe = found
        k = _sent_index(ctx.doc, sent.start)
        floor = ctx.doc.sentences[max(0, k - reach)].start
        told = [d for d in drafts if d.type in claimed and floor <= d.head.start < os_
                and not (d.sentence == (sent.start, sent.end) and d.head.end > os_)
                and d.modality != "denied" and not any(os_ <= x.start < oe for x in d.hits)]
        if not told:
            continue
        target = told[-1]
        if target.actor1_explicit and target.actor1 is not claimer:
            continue  # the telling named another doer: the claim stays the claimer's word
        target.actor1, target.actor1_explicit = claimer, True
        drop |= {id(d) for d in drafts if d is not target and d.type in claimed
                 and all(os_ <= x.start < oe for x in d.hits)}
    return [d for d in drafts if id(d) not in drop]


def _unclaimed_objects(ctx: _Ctx, ss: int, se: int) -> list[tuple[int, int]]:
    """The spans of the deeds a claim nobody made is about, in the sentence [ss, se): a negated verb of
    announcing with a noun of responsibility and its عن (ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم،
    لم يعلن أحد مسؤوليته عن إطلاق هذه القذائف), or a negated verb of adopting with the deed as its object
    (ولم تتبن أي جهة الهجوم). Each span is the word right after عن (a demonstrative skipped) or the adopted
    noun."""
    c = cues()
    if not c.unclaimed_negations:
        return []
    i, j = ctx.words.run_of(ss, se)
    spans = ctx.words.bare[i:j]
    found: list[tuple[int, int]] = []
    for i, (_s, _e, w) in enumerate(spans):
        adopt = w in c.claim_verbs
        if i == 0 or spans[i - 1][2] not in c.unclaimed_negations or not (adopt or w in c.claim_declare_verbs):
            continue
        for j in range(i + 1, min(i + c.claim_reach, len(spans))):
            w2 = spans[j][2]
            if adopt and (w2 in c.claimed_back_nouns or "ال" + w2 in c.claimed_back_nouns):
                found.append(spans[j][:2])
                break
            if w2 not in c.blame_nouns:
                continue
            k = j + 1
            while k < len(spans) and spans[k][2] in c.unclaimed_fillers:
                k += 1
            if k < len(spans) and spans[k][2] == "عن":
                k += 1
                if k < len(spans) and spans[k][2] in c.demonstratives:
                    k += 1
                if k < len(spans):
                    found.append(spans[k][:2])
            break
    return found


def _unclaimed_back(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """ولم تعلن أي جهة مسؤوليتها عن الهجوم: the deed nobody claimed is the one the article told before, not
    another; its noun there makes no new event (nor a doer guessed for it). A deed first told in such a
    sentence (لم تعلن أي جهة مسؤوليتها عن الهجوم الذي وقع في ...), or told there with its own target or a
    verb of its own (عن الهجوم على مقر ...، عن الهجوم الذي استهدف ...), stays."""
    claimed = set(cues().claimed_types)
    drop: set[int] = set()
    for sent in ctx.doc.sentences:
        objects = _unclaimed_objects(ctx, sent.start, sent.end)
        for os_, oe in objects:
            here = [d for d in drafts if d.type in claimed and any(os_ <= x.start < oe for x in d.hits)
                    and all(os_ <= x.start < oe for x in d.hits)]
            nxt = ctx.words.between(oe, sent.end, limit=1)
            if not here or (nxt and _strip_conj(nxt[0]) in cues().target_markers):
                # عن الهجوم على مقر لقسد في الرقة، عن الهجوم الذي استهدف حاجزا: the deed is told right there,
                # with its own target, and may be another than the one told before
                continue
            told = [d for d in drafts if d.type in claimed and d.head.start < sent.start and id(d) not in drop]
            if told:
                drop |= {id(d) for d in here}
    return [d for d in drafts if id(d) not in drop]


def _agreement_key(ctx: _Ctx, d: Draft) -> tuple[str, str | None, bool] | None:
    """What names the agreement or talks a noun-headed event of a background type is: its trigger's first
    word, and its name: the rest of a two-word trigger (اتفاق تسوية) or the word after the noun when that word
    names it (اتفاق التسوية، محادثات سوتشي), else None; and whether the noun stands definite with nothing
    naming it (الاتفاق، المحادثات، الاجتماع). A light verb with the noun (توصل إلى اتفاق) keeps the key."""
    h = d.head
    if h.trig.pos != "noun" or d.type not in cues().background_types:
        return None
    head, *rest = h.trig.base.split()
    name = " ".join(rest) or None
    if name is None:
        for s, _e, w in ctx.words.spans_from(h.end):
            if s < h.end:
                continue  # the rest of the trigger's own word (اتفاقا)
            # a name follows the noun in its phrase: no clause stop between, no preposition or relative
            if s < d.sentence[1] and not _CLAUSE_END.search(ctx.doc.text, h.end, s) \
                    and _strip_conj(w) not in cues().agreement_not_names \
                    and _strip_conj(w) not in ctx.lex.reference_before:
                name = _strip_conj(w)
            break
    if name is not None and name.startswith("ال"):
        name = name[2:]
    definite = not rest and (ctx.doc.text[h.start:h.end].startswith("ال") or h.prefix.endswith("ال"))
    return head, name, definite


def _agreement_again(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An agreement or talks told before and cited again (بموجب اتفاق التسوية، وينص الاتفاق على، محادثات
    أستانا named once more) are the ones told, not new ones: a noun-headed event of a background type (no
    verb of its own) whose noun and name are those of an earlier one of its type in another sentence, or
    whose definite noun names nothing (الاتفاق after an agreement told), goes. A name that differs (اتفاق
    أضنة after اتفاق سوتشي) keeps another agreement apart."""
    out: list[Draft] = []
    keys: list[tuple[str, str | None, bool] | None] = []
    for d in drafts:
        key = _agreement_key(ctx, d)
        if key is not None and not d.verbal:
            head, name, definite = key
            if any(o.type == d.type and o.sentence != d.sentence and ok is not None and ok[0] == head
                   and ((name is not None and name == ok[1]) or (name is None and definite))
                   for o, ok in zip(out, keys, strict=True)):
                continue
        out.append(d)
        keys.append(key)
    return out


def _merge(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """One event per thing that happened: same type in the same sentence with no new party or place is one
    event told in several clauses (شن هجمات ...، مع قيامهم بشن بعض الهجمات ...). A killing and the attack
    it happened in are one happening whatever cue sits near each (قُتل 11 مدنياً، في غارة تركية ...)."""
    out: list[Draft] = []
    #: each sentence's reply words (_reply_at), found once: a sentence may be a whole unpunctuated text
    replies: dict[tuple[int, int], list[int]] = {}

    def replied(o: Draft, d: Draft) -> bool:
        """A reply word stands between o's trigger and d's (o replies to d)."""
        if d.sentence not in replies:
            words, found = _place_cues()["reply"], []
            for s, _e, w in ctx.words.spans_from(d.sentence[0]):
                if s >= d.sentence[1]:
                    break
                if _strip_conj(w) in words:
                    found.append(s)
            replies[d.sentence] = found
        k = bisect.bisect_left(replies[d.sentence], o.head.end)
        return k < len(replies[d.sentence]) and replies[d.sentence][k] < d.head.start

    for d in drafts:
        if not d.actor1_explicit and d.actor1 is not None and any(
                o.sentence == d.sentence and o.actor1 is d.actor1 and o.head.start < d.head.start
                and replied(o, d) for o in out):
            # ضربة صاروخية نفذتها إيران ردا على هجوم الأحواز: the one replying is no guess for the doer of
            # what it replied to
            d.actor1 = None
        twin = None
        for o in out:
            if (o.sentence == d.sentence and o.type == d.type
                    and (o.modality == d.modality or _cause_of(ctx, o, d))
                    and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)
                    and (not d.actor1_explicit or d.actor1 is o.actor1)
                    and not (o.head.start < d.head.start and replied(o, d))):
                # ضربات على مواقع في سوريا ردا على هجوم كيماوي في دوما: the attack replied to is another
                # happening, with its own doer and place, not the strikes told again
                twin = o
                break
        if twin is None:
            out.append(d)
            continue
        twin.hits.extend(d.hits)
        twin.span = (min(twin.span[0], d.span[0]), max(twin.span[1], d.span[1]))
        twin.actor2 = twin.actor2 or d.actor2
        if twin.actor1 is None or (d.actor1_explicit and not twin.actor1_explicit):
            twin.actor1, twin.actor1_explicit = d.actor1 or twin.actor1, d.actor1_explicit
        opening = {_strip_conj(w) for w in ctx.words.between(d.clause[0], d.clause[1], limit=2)}
        if (d.clause == twin.clause or not opening & cues().time_subordinators) and not (
                twin.head.start < d.head.start and _reply_at(ctx, twin.head.end, d.sentence[1]) < d.head.start
        ) and not _dated_by(ctx, twin, d):
            # غارات على محيط دمشق، بعد أيام من توغل القوات في ريف القنيطرة: a clause that dates the event by
            # another tells where that other one was; so does one that replies to another (ضربات ردا على هجوم
            # في دوما)
            _refine_place(twin, d)
    return out


def _dated_by(ctx: _Ctx, first: Draft, d: Draft) -> bool:
    """A time subordinator opening on a trigger (_dated_at) stands between the trigger of `first` and that of
    the later `d` of its sentence, in a clause of its own or not: d is the earlier happening that
    dates `first` (ضربات على مواقع في سوريا بعد تقارير عن هجوم كيماوي استهدف دوما), its place its own. A
    killing is not so dated: قتل خمسة بعد غارة على البلدة tells the cause and where the dead fell."""
    if first.head.trig.base in cues().killing_bases or first.head.start > d.head.start:
        return False
    return _dated_at(ctx, first.head.end, d.head.start) < d.head.start


def _cause_of(ctx: _Ctx, kill: Draft, d: Draft) -> bool:
    """d names the attack a killing told before it in its sentence happened in: its clause opens with a
    cause word right before the trigger (في غارة، جراء قصف، بنيران)."""
    if kill.head.trig.base not in cues().killing_bases or kill.head.start > d.head.start:
        return False
    first = min(x.start for x in d.hits)
    lead = ctx.words.between(d.clause[0], first)
    return (0 < len(lead) <= 2 and _strip_conj(lead[0]) in cues().cause_words) or _counted_cause(lead)


def _history(ctx: _Ctx, d: Draft) -> bool:
    """The clause dates the event years before the article (عام 1911 أعدم العثمانيون، في معركة حطين عام 1187):
    background history, not news of the conflict."""
    pub = ctx.doc.published
    t = _time_in(ctx.doc, *d.clause)
    if pub is None or t is None or not t.date or not (d.clause[0] <= t.start and t.end <= d.clause[1]):
        return False  # a date carried from an earlier sentence does not date this clause
    lead = [_strip_conj(w) for w in ctx.words.before(t.start, 2, d.clause[0])]
    if "منذ" in lead or t.text.startswith("منذ"):
        return False  # منذ 1967: a state lasting to the present, not a past happening
    try:
        year = int(t.date[:4])
    except ValueError:
        return False
    return year < pub.year - cues().history_years


def _war_toll(ctx: _Ctx, d: Draft) -> bool:
    """قتل 400 ألف شخص منذ اندلاع الحرب، قتلوا منذ 2011 في هجمات: a killing counted since the start of the
    war as a whole (event_cues toll_wars) or since a year long before the article is the war's statistic,
    no happening told; a toll since the start of one offensive (منذ بدء الهجوم على الغوطة) still is one."""
    c = cues()
    if d.head.trig.base not in c.killing_bases or not c.toll_wars:
        return False
    ws = [_strip_conj(w) for w in ctx.words.between(d.clause[0], d.clause[1])]
    pub = ctx.doc.published
    for k, w in enumerate(ws):
        if w != "منذ":
            continue
        rest = ws[k + 1 : k + 4]
        if rest and rest[0] in c.toll_starts:
            rest = rest[1:]
        if rest and (rest[0] in c.toll_wars or "ال" + rest[0] in c.toll_wars):
            return True
        if rest and rest[0] == "عام":
            rest = rest[1:]
        if rest and pub is not None and rest[0].isdigit() and len(rest[0]) == 4 \
                and pub.year - int(rest[0]) >= c.toll_years:
            return True
    return False


def _toll_of_told(ctx: _Ctx, d: Draft) -> bool:
    """A killing whose cause is a definite attack noun (قتل في الهجوم، خلال العملية التركية، في الضربة) counts
    the dead of an attack the article has told: the definite article points back to it."""
    h = d.head
    if h.trig.base not in cues().killing_bases:
        return False
    for x in d.hits:
        if x is h or x.trig.pos != "noun" or x.start < h.end:
            continue
        text = ctx.doc.text[x.start:x.end]
        lead = [_strip_conj(w) for w in ctx.words.before(x.start, 1, d.clause[0])]
        if (text.startswith("ال") or x.prefix.endswith("ال")) and lead and lead[0] in cues().cause_words:
            return True
    return False


def _repeats(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Drop mentions of an event already told: a definite noun (الهجوم، الخرق الأمني) naming the same type
    with the same actor as an event of the last sentences, and sentences repeated word for word."""
    doc = ctx.doc
    seen_sent: dict[str, tuple[int, int]] = {}
    # a sentence's key once per sentence: its drafts (often several) asked to fold the same whole sentence
    sent_key: dict[tuple[int, int], str] = {}
    out: list[Draft] = []
    for d in drafts:
        key = sent_key.get(d.sentence)
        if key is None:
            key = sent_key[d.sentence] = " ".join(_WORD.findall(fold_text(doc.text[d.sentence[0]:d.sentence[1]])))
        first = seen_sent.setdefault(key, d.sentence)
        if first != d.sentence:
            continue
        if not d.verbal and any(d.clause[0] <= p < d.clause[1] for p in ctx.elaborated):
            continue  # هذا الهجوم ... بهدف اغتنام أسلحة: more about an event already told
        if any(o.type == d.type and o.sentence != d.sentence for o in out) and _toll_of_told(ctx, d) \
                and not _calls_another(ctx, d, anywhere=False):
            continue  # قتل 42 جندياً في الضربة: the toll of the strike already told, not a new happening
        # القصف الجديد، الغارة الثانية: a definite noun that calls itself new is another happening
        if not d.verbal and all(doc.text[x.start:x.end].startswith("ال") or x.prefix.endswith("ل")
                                for x in d.hits if x.trig.pos == "noun") and not _calls_another(ctx, d, anywhere=False):
            recent = [o for o in out if o.type == d.type and o.sentence != d.sentence
                      and 0 <= _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0]) <= 2]
            same = [o for o in recent if o.actor1 is d.actor1 and (d.actor2 is None or o.actor2 is d.actor2)]
            if not same and _result_subject(ctx, d):
                # وأسفرت الضربة الجوية عن مقتل 14 عنصرا: the definite noun whose toll is told is the strike of
                # the sentences before, whatever parties the toll names or the teller's voice lends it
                same = [o for o in recent if not (d.actor1_explicit and o.actor1_explicit and d.actor1 is not None
                                                  and o.actor1 is not None
                                                  and not _same_side(d.actor1, o.actor1))]
            if same:
                _refine_place(same[-1], d)
                continue
        out.append(d)
    return out


def _result_subject(ctx: _Ctx, d: Draft) -> bool:
    """The event noun is the subject of a verb of outcome (أسفرت الضربة عن، الهجمات أسفرت أيضا عن، أدى القصف
    إلى: event_cues result_verbs), right before it or within result_window words after it."""
    c = cues()
    first = min(x.start for x in d.hits)
    last = max(x.end for x in d.hits)
    before = [_strip_conj(w) for w in ctx.words.before(first, 1, d.clause[0])]
    after = [_strip_conj(w) for w in ctx.words.between(last, d.clause[1], limit=c.result_window)]
    return bool(set(before + after) & c.result_verbs)


_COARSE = {"country": 3, "region": 2, "admin_area": 1}


def _near_km(a: EntityDraft, b: EntityDraft) -> float | None:
    try:
        la1, lo1, la2, lo2 = (float(a.attrs["lat"]), float(a.attrs["lon"]),
                              float(b.attrs["lat"]), float(b.attrs["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    return ((la1 - la2) ** 2 + ((lo1 - lo2) * 0.8) ** 2) ** 0.5 * 111


def _places_compatible(a: EntityDraft | None, b: EntityDraft | None, region_km: int = 200) -> bool:
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
    # a region (شمال شرق سوريا، البادية) may span more than a governorate
    return km is not None and km <= (region_km if coarse.attrs.get("precision") == "region" else 200)


def _tolls(ctx: _Ctx, s: int, e: int) -> set[str]:
    """The numbers a clause gives (43 مدنيا، 15 مسلحا), years aside: a toll told twice is one happening.

    A number of a time or a length of time (في 17 مارس، منذ 3 أيام، الساعة 11) counts nothing: two tellings
    dated or timed differently in words still give the same toll."""
    out = set()
    words = ctx.words
    units = cues().toll_time_units
    times = ctx.doc.times
    i = bisect.bisect_left(words.starts, s)
    n = len(words.spans)
    while i < n and words.spans[i][0] < e:
        ws, we, w = words.spans[i]
        i += 1
        if not w.isdigit() or 1900 <= int(w) <= 2100 or we > e:
            continue
        nxt = words.spans[i][2] if i < n else ""
        if _strip_conj(nxt) in units or any(t.start <= ws and we <= t.end for t in times):
            continue
        out.add(str(int(w)))
    return out


def _definite_only(ctx: _Ctx, d: Draft) -> bool:
    """Every trigger is a definite noun with no verb carrying it (القصف المدفعي التركي، الهدنة), or one a
    relative clause goes on about (الهجوم الذي شنه التنظيم، القصف الذي استهدف المدينة): a happening named
    as already known."""
    nouns = 0
    for x in d.hits:
        if x.trig.pos == "noun":
            if not (ctx.doc.text[x.start:x.end].startswith("ال") or x.prefix.endswith("ال")):
                return False
            if x.light is not None and x.light.start < x.start and not _ordered(ctx, x.light, d.sentence[0]):
                return False  # شن الهجوم: a verb tells it; أصدر الأوامر بشن الهجوم: the order names it
            nouns += 1
            continue
        prev = ctx.words.before(x.start, 1, d.sentence[0])
        if not (prev and _strip_conj(prev[0]) in cues().relatives):
            return False
    return nouns > 0


def _ordered(ctx: _Ctx, light: Hit, floor: int) -> bool:
    """الجهة التي أصدرت الأوامر بشن الهجوم: a light masdar under ب right after a word of ordering names the
    attack the order was for, not a new telling of it."""
    if not (light.prefix and _strip_conj(light.prefix) == "ب"):
        return False
    prev = ctx.words.before(light.start, 1, floor)
    return bool(prev) and _strip_conj(prev[0]) in cues().order_words


def _told_again(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Articles tell one happening several times (lead, body, quote, casualty tally): a later event of the
    same type whose parties, place and date agree with an earlier one is that event again when it gives
    the same toll, names its parties only as "the two sides" (بين الطرفين), or is a bare definite noun
    naming no doer (هرباً من القصف التركي). The first telling stays."""
    doc = ctx.doc
    out: list[Draft] = []
    info: list[tuple[set[str], str | None]] = []
    #: each kept telling's incident marks and year, found once (a sentence may be a whole unpunctuated text)
    seen: list[tuple[set[str], int | None]] = []
    #: (sentence, type) of a telling found to repeat an earlier event → that event: the sentence's other
    #: clauses of the type tell it too (أفاد المرصد بقصف شنته قوات النظام، فيما تحدثت الخوذ عن قصف بالغاز)
    retold: dict[tuple[tuple[int, int], str], int] = {}
    for d in drafts:
        qs = _tolls(ctx, *d.clause)
        t = _time_in(doc, *d.clause)
        day = t.date if t is not None and t.precision == "day" else None
        words = set(ctx.words.between(*d.clause))
        # استهدفت المدفعية تعزيزات متجهة إلى مواقع أخرى، شن هجوما جديدا: a telling that calls its happening
        # or what it struck another or new is no retelling of the one before
        another = _calls_another(ctx, d)
        marks = _incident(ctx, d)
        year = _year(ctx, d)
        twin = retold.get((d.sentence, d.type))
        if twin is not None and not (
                _bases(d) & _bases(out[twin]) and (not d.actor1_explicit or d.actor1 is out[twin].actor1)
                and (d.actor2 is None or out[twin].actor2 is None or d.actor2 is out[twin].actor2)
                and (d.modality == out[twin].modality or "denied" not in (d.modality, out[twin].modality))):
            twin = None
        for i, o in enumerate(out if twin is None else []):
            oq, oday = info[i]
            if o.type != d.type or o.sentence == d.sentence or "denied" in (o.modality, d.modality):
                continue
            # ولم يقتل أحد من الطاقم في الغارة، some sentences after the strike on the town's hospital: a
            # definite noun naming the same deed, with no time, toll or place of its own, borrowed its place
            # from the sentences around (where the wounded were taken, a city in the news); one that names
            # its own (وتجدد القصف على قرية أخرى) may be another
            far = not _places_agree(d, o, region_km=300)
            if far and not (d.place_strength <= 1 and t is None and not qs and _heads(d) & _heads(o)
                            and _definite_only(ctx, d)):
                continue
            if day is not None and oday is not None and day != oday:
                continue
            same_doer = not (d.actor1_explicit and o.actor1_explicit) or d.actor1 is o.actor1
            if far:
                if (same_doer and not another and year == seen[i][1]
                        and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)
                        and (not d.actor1_explicit or d.type in cues().restated_types)):
                    twin = i
                    break
                continue
            if (d.type in cues().captured_types and not another and d.place is not None and d.place is o.place
                    and o.place.attrs.get("precision", "place") == "place"  # a town given by hand has none
                    and {b.split()[0] for b in _bases(d)} & {b.split()[0] for b in _bases(o)}
                    and year == seen[i][1] and _tellings_agree(d, o)):
                # سيطرت جماعة مبايعة للتنظيم على بلدة حيط ... سيطر مسلحو جيش خالد على حيط: one town taken with
                # the same word is one capture, whoever each telling names as its taker (a recapture has its
                # own word: استعادت)
                twin = i
                break
            if (d.type in cues().restated_types and not another and same_doer
                    and _same_incident(marks, seen[i][0], o) and year == seen[i][1] and _single(ctx, d)
                    and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)):
                # الهجوم الكيماوي على دوما ... هجوم دوما ... قصف بغاز السارين: a telling that singles the
                # happening out as the one before did (by its weapon, as a massacre, or by its place in
                # construct) is that happening told again, whatever words or toll come with it
                twin = i
                break
            if (d.type in cues().restated_types and d.actor1_explicit and o.actor1_explicit and not another
                    and d.actor1 is o.actor1 and d.actor2 is o.actor2 and d.actor2 is not None
                    and _single(ctx, d) and _single(ctx, o)
                    and (not (qs and oq) or qs & oq or (_bases(d) & _bases(o)) - cues().killing_bases)):
                # شن التنظيم هجوماً على قوات النظام ... هاجم مقاتلو التنظيم رتلاً لقوات النظام: one doer, one
                # target, one attack each time: the same happening, unless another toll comes with another
                # word for it (قتل 12 في قصف ... وقتل 5 في غارة)
                twin = i
                break
            if (d.type in cues().restated_types and d.actor1_explicit and o.actor1_explicit and not another
                    and d.actor1 is not None and o.actor1 is not None and _same_side(d.actor1, o.actor1)
                    and d.actor2 is None and o.actor2 is None
                    and d.place is not None and d.place is o.place and _bases(d) & _bases(o)
                    and _single(ctx, d) and _single(ctx, o) and not (qs and oq and not qs & oq)):
                # قصف جوي شنته قوات النظام على مدينة دوما، told in the lead and again in the body: one doer,
                # one word for it, one town and no other toll is the same happening told again
                twin = i
                break
            if qs & oq:
                if same_doer or d.actor1 is o.actor2 or d.actor2 is o.actor1:
                    twin = i
                    break
                continue
            if qs and oq:
                continue  # another toll: another happening
            if not same_doer or (d.actor2 is not None and o.actor2 is not None and d.actor2 is not o.actor2):
                continue
            # a definite noun (الهجوم) names a happening already known: the one told before by the same doer
            # (دان الوزير الهجوم الذي شنته القوات الحكومية), or by any when this telling names none. Only an
            # attack is told so: الانتشار الذي حدث لقوات النظام may be another deployment by the same force
            known = not d.actor1_explicit or (d.type in cues().restated_types
                                              and (d.actor1 is o.actor1 or not o.actor1_explicit))
            if words & cues().both_sides or (known and not another and not qs and _definite_only(ctx, d)
                                             and _heads(d) & _heads(o)) or _points_back(ctx, d):
                twin = i
                break
        if twin is None:
            out.append(d)
            info.append((qs, day))
            seen.append((marks, year))
            continue
        retold[(d.sentence, d.type)] = twin
        info[twin] = (qs | info[twin][0], info[twin][1] or day)
        # the lead guessed the doer, the retelling names it (القصف الذي يشنه النظام): the named one holds,
        # unless the retelling lays blame (حمل الأهالي النظام مسؤولية الهجوم) or tells it otherwise
        adopt = d.modality == out[twin].modality and not words & cues().blame_nouns
        if adopt and d.actor1_explicit and not out[twin].actor1_explicit and d.actor1 is not out[twin].actor2:
            out[twin].actor1, out[twin].actor1_explicit = d.actor1, True
        if adopt and out[twin].actor2 is None and d.actor2 is not None and d.actor2 is not out[twin].actor1:
            out[twin].actor2 = d.actor2
        _refine_place(out[twin], d, region_km=300)
        out[twin].hits.extend(x for x in d.hits if x.trig.base not in _bases(out[twin]))
    return out


def _recalled(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«استهدف صاروخ حوثي الرياض ... وأدانت الحكومة الهجوم»، «قصف صاروخي ... وقالت الوزارة إن الضربة استهدفت
    مؤتمرا»، «ضربات ... شاركت بارجة في الضربات على سوريا»: a later sentence that names a happening only by a
    definite general noun of one strike or of the strikes (event_cues recall_nouns; a light verb may carry it,
    `_recall_form`), with no time, toll, place, weapon or doer of its own, takes the reader back to the one of its
    type told last, a sentence or two before (recall_sentences), whatever word told that one; _told_again
    merges such a noun only when it repeats the earlier trigger's word. A noun that calls its happening another
    (هجوم جديد), replies to one (ردا على الهجوم) or marks it apart (الهجوم الكيماوي after a strike with no
    such mark) is left to stand."""
    c = cues()
    if not c.recall_nouns:
        return drafts
    doc = ctx.doc
    reply = _place_cues()["reply"]
    out: list[Draft] = []
    for d in drafts:
        victims = d.type in c.restated_types and _victims_recalled(ctx, d)
        if victims:
            # مقتل الجنود، المهاجمين الثلاثة قتلوا: the dead named as known are those of the last killing told
            last = next((o for o in reversed(out) if o.type == d.type and _tolls(ctx, *o.sentence)
                         and any(x.trig.base in c.killing_bases for x in o.hits)), None)
        else:
            last = next((o for o in reversed(out) if o.type == d.type), None)
        # the earlier telling is itself one strike, by a verb or a strike noun: قتال تنظيم داعش is a campaign
        if last is not None and _single(ctx, d) and not _single(ctx, last) \
                and any(_recall_subject(ctx, x, d.clause[0]) for x in d.hits):
            last = None  # الهجوم استهدف مطبخا after «سلسلة من الهجمات التي استهدفت»: one of the many, told anew
        if last is None or d.type not in c.restated_types or last.sentence == d.sentence \
                or not (victims or last.verbal or _heads(last) & c.recall_nouns) \
                or not (victims or (_recall_heads(ctx, d) and _recall_heads(ctx, d) <= c.recall_nouns
                                    and _recall_form(ctx, d))) \
                or not 0 < _sent_index(doc, d.sentence[0]) - _sent_index(doc, last.sentence[0]) <= c.recall_sentences:
            out.append(d)
            continue
        words = {_strip_conj(w) for w in ctx.words.between(*d.clause)}
        lead = [_strip_conj(w) for w in ctx.words.before(d.head.start, 2, d.clause[0])]
        t = _time_in(doc, *d.clause)
        marks = {m for m in _incident(ctx, d) if not m.startswith("at:")}
        # خلال الأعوام الماضية، الساعة السابعة: a stretch or unit of time dates the noun as surely as a date does
        units = {w.removeprefix("ال") for w in words} & c.toll_time_units
        own = (words & c.duration_words or _calls_another(ctx, d) or units or set(lead) & reply
               or _tolls(ctx, *d.clause)
               or (t is not None and d.clause[0] <= t.start < d.clause[1])
               or (marks and not marks & _incident(ctx, last)) or _year(ctx, d) != _year(ctx, last))
        doer = not (d.actor1_explicit and last.actor1_explicit and d.actor1 is not None and last.actor1 is not None
                    and not _same_side(d.actor1, last.actor1))
        # a target counts only when the recalling clause names it after a target word (الهجوم على قوات النظام):
        # one read from elsewhere in the sentence (كما أن الاعتداءات تؤكد أن إيران ...) tells no other strike
        target = d.actor2 is None or last.actor2 is None or _same_side(d.actor2, last.actor2) \
            or not _target_named(ctx, d)
        place = d.place is None or d.place_strength <= 1 or _places_agree(d, last)
        if own or not (doer and target and place) or "denied" in (d.modality, last.modality):
            out.append(d)
            continue
        # the retelling names the doer the first telling lacked, unless it tells it otherwise or lays blame
        # (حملت الحكومة الجماعة مسؤولية الهجوم), as in _told_again
        if d.modality == last.modality and not words & c.blame_nouns:
            if last.actor1 is None and d.actor1 is not None:
                last.actor1, last.actor1_explicit = d.actor1, d.actor1_explicit
            if last.actor2 is None and d.actor2 is not None and d.actor2 is not last.actor1 \
                    and _target_named(ctx, d):
                last.actor2 = d.actor2
        _refine_place(last, d)
    return out


def _object_word(ctx: _Ctx, h: Hit, limit: int) -> str | None:
    """The first word after trigger h in its clause, past time words (فجر اليوم، أمس): its object when the
    trigger takes one (اغتيال مرشح، اغتالوا المرشح)."""
    skip = cues().object_skip_words
    for w in ctx.words.between(h.end, limit, limit=4):
        w = _strip_conj(w)
        if w not in skip:
            return w
    return None


def _doers_agree(a: EntityDraft | None, b: EntityDraft | None) -> bool:
    """No two different named doers: a missing one or one named only as unknown (مسلحون مجهولون) agrees
    with any."""
    unknown = cues().unknown_doer_refs
    return a is None or b is None or a is b or a.ref in unknown or b.ref in unknown


def _object_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«اغتيال مرشح للانتخابات ... ثم: أقدم مسلحون على اغتيال المرشح»: a telling whose trigger takes as its
    object the definite form of the indefinite object an earlier telling of its type gave its trigger, a few
    sentences before, names that very object again, and so tells the same happening: the article first
    introduces the victim (مرشح، شاب، ضابط) and then points back to him (المرشح، الشاب، الضابط). The doers must
    not differ (one named only as unknown differs from none), nor the targets or places; a telling that calls
    its happening another (هجوم جديد) stands. The first telling stays and takes a doer it lacked."""
    c = cues()
    doc = ctx.doc
    out: list[Draft] = []
    #: each kept telling's indefinite object words
    objects: list[set[str]] = []
    for d in drafts:
        own = {w for x in d.hits if (w := _object_word(ctx, x, d.clause[1])) is not None}
        definite = {w[2:] for w in own if w.startswith("ال") and len(w) > 4}
        twin = None
        if definite and d.modality != "denied" and not _calls_another(ctx, d):
            for i in range(len(out) - 1, -1, -1):
                o = out[i]
                gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0])
                if gap > c.object_recall_sentences:
                    break
                if (o.type == d.type and gap > 0 and o.modality != "denied" and definite & objects[i]
                        and _doers_agree(o.actor1, d.actor1)
                        and (o.actor2 is None or d.actor2 is None or o.actor2 is d.actor2)
                        and _places_compatible(o.place, d.place, region_km=300)):
                    twin = i
                    break
        if twin is None:
            out.append(d)
            objects.append({w for w in own if not w.startswith("ال")})
            continue
        o = out[twin]
        if d.actor1 is not None and (o.actor1 is None or (o.actor1.ref in c.unknown_doer_refs
                                                          and d.actor1_explicit)):
            o.actor1, o.actor1_explicit = d.actor1, d.actor1_explicit
        o.actor2 = o.actor2 or d.actor2
        _refine_place(o, d, region_km=300)
        o.hits.extend(x for x in d.hits if x.trig.base not in _bases(o))
    return out


def _target_named(ctx: _Ctx, d: Draft) -> bool:
    """d's target is named in its own clause right after a target word (على، ضد، بحق) or right after a trigger."""
    if d.actor2 is None:
        return False
    markers = cues().target_markers
    for m, ent in ctx.actors(*d.clause):
        if ent is not d.actor2:
            continue
        prev = ctx.words.before(m.start, 1, d.clause[0])
        if prev and (_strip_conj(prev[0]) in markers or any(x.end <= m.start and not ctx.words.between(x.end, m.start)
                                                          for x in d.hits)):
            return True
    return False


def _victims_recalled(ctx: _Ctx, d: Draft) -> bool:
    """The dead of d are named as ones already known: a noun of death (event_cues victim_nouns) right before a
    definite noun of people (recall_victims: مقتل الجنود، مصرع المسلحين). Not a definite noun by a killing verb:
    there it is as often the killers (المسلحين قتلوا حاكم المنطقة)."""
    c = cues()
    if not c.recall_victims:
        return False
    ws = [_strip_conj(w) for w in ctx.words.between(*d.clause)]
    return any(w in c.victim_nouns and nxt in c.recall_victims for w, nxt in itertools.pairwise(ws))


def _recall_form(ctx: _Ctx, d: Draft) -> bool:
    """Every trigger of d is a definite noun, or a verb a relative word opens (`_definite_only`); a light verb
    may carry the noun (لتنفيذ الضربة، شنها للهجوم، شاركت في توجيه الضربات): the article names the strike it
    carries as one already known. A count before the noun (عشرات الهجمات، بعض الضربات) sums up many strikes."""
    nouns = 0
    for x in d.hits:
        if x.trig.pos == "noun":
            if not (ctx.doc.text[x.start:x.end].startswith("ال") or x.prefix.endswith("ال")):
                return False
            before = ctx.words.before(x.start, 2, d.clause[0])
            if any(_strip_conj(w) in cues().aggregate_words or w.isdigit() for w in before):
                return False  # عشرات الهجمات، بعض الهجمات: a count of strikes, no one strike named again
            nouns += 1
            continue
        prev = ctx.words.before(x.start, 1, d.sentence[0])
        if not (prev and _strip_conj(prev[0]) in cues().relatives) and not _recall_subject(ctx, x, d.clause[0]):
            return False
    return nouns > 0


def _recall_subject(ctx: _Ctx, x: Hit, floor: int) -> bool:
    """A verb trigger right after a definite general noun of one strike, its subject (وقالت الوزارة إن الضربة
    استهدفت مؤتمرا، أكدت المصادر أن الغارات استهدفت مخازن): the verb tells what the strike already named did, as
    a relative verb does (الضربة التي استهدفت), not a deed of its own."""
    if x.trig.pos not in ("past", "present") or x.prefix:
        return False
    prev = ctx.words.before(x.start, 1, floor)
    if not prev:
        return False
    w = _strip_conj(prev[0])
    return w.startswith("ال") and w[2:] in cues().recall_nouns


def _recall_heads(ctx: _Ctx, d: Draft) -> set[str]:
    """`_heads` of d less the verbs whose subject is a definite strike noun (`_recall_subject`): الضربة
    استهدفت is named by الضربة."""
    return {b.split()[0] for x in d.hits if not _recall_subject(ctx, x, d.clause[0])
            for b in [x.trig.base.removeprefix("ال")] if b}


_MARK_PREFIXES = "conj_prep_article"  # the set of data/clitics.json


def _incident(ctx: _Ctx, d: Draft) -> set[str]:
    """What singles out the happening a telling names: a weapon or kind named with a trigger (هجوم كيماوي،
    قصف بغاز السارين، المجزرة: event_cues incident_marks, within incident_window words after it), and
    "at:<place id>" for a place named as a single indefinite trigger's genitive (هجوم دوما، مجزرة حلبجة)."""
    c = cues()
    text = ctx.doc.text
    out: set[str] = set()
    for x in d.hits:
        form = fold_text(text[x.start:x.end]).split()
        after = ctx.words.between(x.end, d.clause[1], limit=c.incident_window)
        for k, w in enumerate(form + after):
            kind = _mark(w)
            # the mark describes the trigger: in it, right after it, or in its ب-phrase (هجوم بأسلحة كيماوية);
            # not what it struck (تستهدف المنشآت الكيميائية)
            if kind and (k <= len(form) or (form + after)[k - 1].startswith(("ب", "وب"))):
                out.add(kind)
        if (x.trig.pos != "noun" or text[x.start:x.end].startswith("ال") or x.prefix.endswith("ال")
                or x.trig.base in ctx.lex.patient_genitive):
            continue  # قصف مطار المزة: the genitive of a masdar like قصف is what it struck, not the happening's name
        if any(w.endswith(c.plural_endings) for w in form):
            continue  # غارات دوما: many strikes on the town, not one happening named by it
        for m, ent in ctx.places(x.end, min(d.clause[1], x.end + 60)):
            if not text[x.end:m.start].strip():
                out.add("at:" + ent.id)
            break
    return out


def _mark(w: str) -> str | None:
    c = cues()
    stems = [s for _, s in proclitic_splits(w, _MARK_PREFIXES, min_stem=3)]
    for stem in ([w] if len(w) >= 3 else []) + stems:
        if stem in c.incident_marks:
            return c.incident_marks[stem]
    return None


def _year(ctx: _Ctx, d: Draft) -> int | None:
    """The year the telling's sentence dates it to, else the article's: a chemical attack of another year
    (بعد هجوم بغاز السارين العام الماضي) is another happening."""
    t = _time_in(ctx.doc, *d.sentence)
    if t is not None and t.date and d.sentence[0] <= t.start < d.sentence[1]:
        try:
            return int(t.date[:4])
        except ValueError:
            pass
    pub = ctx.doc.published
    return pub.year if pub is not None else None


def _same_incident(marks: set[str], other: set[str], o: Draft) -> bool:
    """Two tellings single out one happening: the same mark, or the one named by its place (هجوم دوما) where
    the other was told to be."""
    if marks & other:
        return True
    return o.place is not None and "at:" + o.place.id in marks


def _points_back(ctx: _Ctx, d: Draft) -> bool:
    """The trigger's participants are named with a demonstrative (الإفراج عن هؤلاء الدواعش، استهدف هؤلاء
    المدنيين): they, and so the happening, were told before."""
    for x in d.hits:
        after = [_strip_conj(w) for w in ctx.words.between(x.end, d.clause[1], limit=2)]
        if after and after[0] in cues().demonstratives:
            return True  # استهدف هؤلاء المدنيين
        if len(after) == 2 and after[0] in cues().object_preps and after[1] in cues().demonstratives:
            return True  # الإفراج عن هؤلاء الدواعش; not بين هذه الأطراف, the parties of something new
    return False


def _single(ctx: _Ctx, d: Draft) -> bool:
    """The event is told as one happening: a verb or a singular noun (هجوم، هاجم), not a plural or a count
    (هجمات، عشرات الهجمات، سلسلة غارات) that sums up many."""
    for x in d.hits:
        form = fold_text(ctx.doc.text[x.start:x.end]).split()
        if any(w.endswith(cues().plural_endings) for w in form):
            return False
        before = ctx.words.before(x.start, 2, d.clause[0])
        if any(_strip_conj(w) in cues().aggregate_words for w in before):
            return False
        if before and before[-1].isdigit():
            return False  # وثقوا 33 هجوما كيماويا: a count sums up many
    return True


def _bases(d: Draft) -> set[str]:
    return {x.trig.base.removeprefix("ال") for x in d.hits}


def _heads(d: Draft) -> set[str]:
    """The first word of each trigger: القصف names again the قصف مدفعي told before."""
    return {b.split()[0] for b in _bases(d) if b}


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


#: how far before a name another name holding it may start (a force with its patron's full name)
_NAME_REACH = 120


def _main_actor(doc: Doc) -> EntityDraft | None:
    # a name inside another's (نظام الرئيس السوري in القوات الموالية لنظام الرئيس السوري، حزب الله in
    # الأمين العام لحزب الله) describes that one: it does not make its own entity the article's main actor
    spans = sorted((m.start, m.end, e.id) for e in doc.entities if e.type in ACTOR_TYPES for m in e.mentions)
    starts = [s for s, _e, _i in spans]

    def nested(eid: str, s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, s - _NAME_REACH)
        for os_, oe, oid in spans[k:bisect.bisect_right(starts, s)]:
            if oid != eid and os_ <= s and e <= oe and oe - os_ > e - s:
                return True
        return False

    counts: Counter[str] = Counter()
    for e in doc.entities:
        if e.type == "actor":
            counts[e.id] = sum(1 for m in e.mentions
                               if not doc.is_furniture(m.start, m.end) and not nested(e.id, m.start, m.end))
    if not counts:
        return None
    return doc.entity(counts.most_common(1)[0][0])


def _same_side(a: EntityDraft, b: EntityDraft) -> bool:
    """A state and its forces or government, or two bodies of one state (إسرائيل، الجيش الإسرائيلي): one side,
    never each other's opponent (by the actor packs' parent links)."""
    if a is b:
        return True
    by_id = packs.entries_by_id()
    ea = by_id.get(a.ref) if a.ref else None
    eb = by_id.get(b.ref) if b.ref else None
    if ea is None or eb is None:
        return False
    sides_a = {ea.id, ea.parent} - {None}
    sides_b = {eb.id, eb.parent} - {None}
    return bool(sides_a & sides_b)


def _opposing_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """تقدمت القوات التركية غرب عفرين، تدور معارك على أطراف المدينة: a fight whose clause names no target is
    fought against the side the doer fights in the rest of the article. The opponent is the party the doer
    is paired, by at least event_cues opposing_min of the article's events of the fighting types
    (opposing_types) whose doer is named in their own clause and that name both sides, either way round, and
    for at least two thirds of the doer's pairs. A clause that names civilians (civilian_words) tells of harm
    to them, one that names unnamed gunmen (unnamed_doers) of another counterpart, and one dated in another
    year of another phase of the war: they keep no target."""
    c = cues()
    pairs: Counter[tuple[str, str]] = Counter()
    by_id: dict[str, EntityDraft] = {}
    for d in drafts:
        if d.type in c.opposing_types and d.actor1_explicit and d.actor1 is not None and d.actor2 is not None \
                and d.actor2.type == "actor" and not _same_side(d.actor1, d.actor2):
            a, b = d.actor1.id, d.actor2.id
            by_id[a], by_id[b] = d.actor1, d.actor2
            # عملية عسكرية ضد الوحدات، تدخلها العسكري بداعي استهداف الوحدات: an operation told with its aim
            # names the opponent of the whole campaign in one telling
            n = c.opposing_min if _declared_aim(ctx, d) else 1
            pairs[(a, b)] += n
            pairs[(b, a)] += n
    if not pairs:
        return
    for d in drafts:
        if d.type not in c.opposing_types or d.actor1 is None or d.actor2 is not None:
            continue
        # الجيش التركي fights the campaign تركيا declared: a state and its forces share their opponents
        side: Counter[str] = Counter()
        for (a, b), n in pairs.items():
            if _same_side(d.actor1, by_id[a]) and not _same_side(d.actor1, by_id[b]):
                side[b] += n
        # the opponent's state and its army are one opponent: counted together, named by its likeliest name
        groups: list[list[str]] = []
        for b in sorted(side, key=lambda x: -side[x]):
            home = next((g for g in groups if _same_side(by_id[g[0]], by_id[b])), None)
            if home is None:
                groups.append([b])
            else:
                home.append(b)
        partners = [(sum(side[b] for b in g), g[0]) for g in groups]
        if not partners:
            continue
        partners.sort(key=lambda x: -x[0])
        if partners[0][0] < c.opposing_min or partners[0][0] * 3 < sum(n for n, _b in partners) * 2:
            continue  # told once, or the doer fights several sides: no telling which one this fight was with
        words = {_strip_conj(w) for w in ctx.words.between(d.span[0], _own_reach(ctx, d))}
        words |= {"ال" + w[2:] if w.startswith("لل") else w[1:] for w in words if w[:1] in ("ل", "ب")}  # للنازحين
        if words & (c.civilian_words | c.unnamed_doers) or _other_year(ctx, d):
            continue  # قصف منازل المدنيين، اشتبك مع مسلحين، سيطر عام 2014: harm, another counterpart, another phase
        d.actor2 = by_id[partners[0][1]]


def _own_reach(ctx: _Ctx, d: Draft) -> int:
    """Where the event's own words end: its span and the trigger-free clauses after it (a time aside, a result
    told with ما: «، يوم الخميس، منازل المدنيين»، «، ما أدى إلى مقتل مدنيين») up to the first that opens with و/ف,
    which starts a clause of its own with its own subject (سيطرت القوات على المنطقة، ولم يبق أمام المدنيين سوى
    ممر: the civilians flee, they were not what the capture was done to)."""
    for a, b in _clauses(ctx.doc.text, d.span[1], max(d.span[1], d.ext)):
        first = ctx.words.spans_at(a, 1)
        if first and first[0][0] < b and _conj_opened(ctx, first[0][0]):
            return a
    return max(d.span[1], d.ext)


def _declared_aim(ctx: _Ctx, d: Draft) -> bool:
    """A campaign noun of the clause (event_cues campaign_nouns: عملية، حملة، هجوم، تدخل) names its target as
    its aim (declared_aims right before the name, one head noun allowed: ضد مسلحي، بداعي استهداف، بغية طرد)
    rather than as the object of one strike (هجوم على): a campaign's declared opponent."""
    c = cues()
    # في إطار عملية عسكرية مستمرة منذ 20 يناير، تقول أنقرة إنها تستهدف: the campaign may open the sentence
    near = ctx.words.between(*d.clause) + ctx.words.before(d.span[0], c.campaign_reach, d.sentence[0])
    if not {_strip_conj(w) for w in near} & c.campaign_nouns:
        return False
    return any(ent is d.actor2 and {_strip_conj(w) for w in ctx.words.before(m.start, 2, d.clause[0])}
               & c.declared_aims
               for m, ent in ctx.actors(*d.clause))


def _other_year(ctx: _Ctx, d: Draft) -> bool:
    """The clause names a year other than the article's (سيطر التنظيم عام 2014 على الموصل): a phase of the
    war before the one the article tells, fought against whoever was the enemy then."""
    pub = ctx.doc.published
    if pub is None:
        return False
    return any(w.isdigit() and 1900 <= int(w) <= 2100 and int(w) != pub.year for w in ctx.words.between(*d.clause))


def _international_body(ent: EntityDraft) -> bool:
    """An international organisation or one of its organs (event_cues body_kinds, on the entry or its parent):
    the United Nations, its Security Council, the OPCW."""
    by_id = packs.entries_by_id()
    entry = by_id.get(ent.ref) if ent.type == "actor" and ent.ref else None
    if entry is None:
        return False
    parent = by_id.get(entry.parent) if entry.parent else None
    return entry.kind in cues().body_kinds or (parent is not None and parent.kind in cues().body_kinds)


_THEM = ("هم", "هما")


def _pronoun_target(ctx: _Ctx, d: Draft) -> EntityDraft | None:
    """تقاتلهم القوات الحكومية، الضربات الجوية ضدهم، بعد هزيمتهم: a fight whose target is only a plural pronoun
    (on a verb, on a masdar that takes its patient as genitive, or after a target preposition) is fought
    against the armed group named last before it in its sentence or the one before, when no name of civilians
    (event_cues civilian_words) stands between to take the pronoun; a state or its forces is rarely "them"."""
    c = cues()
    if d.type not in c.opposing_types:
        return None
    spot = None
    for h in d.hits:
        form = fold_text(ctx.doc.text[h.start:h.end]).split()
        last = form[-1] if form else ""
        on_trigger = h.trig.suffixed and last.endswith(_THEM) and (
            h.trig.pos in ("past", "present") or (h.trig.pos == "noun" and h.trig.base in ctx.lex.patient_genitive))
        nxt = ctx.words.between(h.end, d.sentence[1], limit=1)
        after = bool(nxt) and any(nxt[0] == m + p for m in c.target_markers for p in _THEM)
        if on_trigger or after:
            spot = h.start
            break
    if spot is None:
        return None
    k = _sent_index(ctx.doc, d.sentence[0])
    floor = ctx.doc.sentences[k - 1].start if k > 0 else d.sentence[0]
    named = [(m, ent) for m, ent in ctx.actors(floor, spot) if ent is not d.actor1]
    if not named or not _is_group(named[-1][1]) or packs.entries_by_id().get(named[-1][1].ref or "") is None:
        return None
    between = {_strip_conj(w) for w in ctx.words.between(named[-1][0].end, spot)}
    if between & c.civilian_words:
        return None
    return named[-1][1]


@cache
def _chain(ref: str) -> frozenset[str]:
    """An entry and every entry above it in its parent chain (the IRGC's Quds Force → IRGC → Iran)."""
    by_id = packs.entries_by_id()
    seen = [ref]
    while (entry := by_id.get(seen[-1])) is not None and entry.parent and entry.parent not in seen:
        seen.append(entry.parent)
    return frozenset(seen)


@cache
def _patrons(ref: str) -> frozenset[str]:
    """The patrons (actors pack `patrons`) of an entry or of any entry above it: Kataib Hezbollah's, Iran."""
    by_id = packs.entries_by_id()
    return frozenset(p for r in _chain(ref) if (entry := by_id.get(r)) is not None
                     for p in entry.extra.get("patrons", ()) or ())


def _backs(a: EntityDraft | None, b: EntityDraft | None) -> bool:
    """a, or the state whose force it is, backs b (Iran or the IRGC backs Hezbollah; Turkey the SNA): the actors
    pack has no parent link between them, so _same_side does not see it. One way only: a client named as the
    doer of attacks that a sentence also lays on its patron (هجمات الحوثي وإيران) is no patron's guess."""
    if a is None or b is None or a is b or not a.ref or not b.ref or a.type != "actor" or b.type != "actor":
        return False
    return bool(_chain(a.ref) & _patrons(b.ref))


def _backs_struck(ent: EntityDraft | None, struck: list[EntityDraft | None]) -> bool:
    """A guessed doer that backs one of the struck (target, harmed, the client telling of strikes on it): a
    patron is not the doer of a strike on its own client, whatever article it leads."""
    return ent is not None and any(_backs(ent, x) for x in struck)


def _side_root(ref: str) -> str:
    """Whose side a pack entry speaks for: a person's affiliation (lavrov → russia-mofa), then the parent chain up
    to the top (russia-mofa → russia)."""
    entry = packs.entries_by_id().get(ref)
    if entry is not None and entry.type == "person":
        ref = entry.extra.get("affiliation") or ref
    return packs.root_of(ref)


def _comment_teller(ctx: _Ctx, d: Draft, ss: int, hs: int, ent: EntityDraft) -> bool:
    """The trigger is an event noun that opens a report (right after the last أن/إن before it in its sentence:
    إن الضربة انتهاك، أن الاشتباكات الأخيرة أوضحت) whose teller, named before that word, is an official, a head of
    state or another body that comments (event_cues comment_teller_kinds), on the side of `ent`: `ent` only
    judges the deed. Only for strikes (comment_teller_types): a meeting or a handover an official tells of is
    most often its own side's; and not for a verb (إن الضربة استهدفت الحوثيين: a spokesman tells of his side's
    strike), nor a noun deeper in the report (إن لا خطط لشن عملية: his side's plan)."""
    kinds = cues().comment_teller_kinds
    if not kinds or ent.ref is None or d.type not in cues().comment_teller_types or d.verbal:
        return False
    comps = ctx.lex.roles.get("complementizers", frozenset())
    last = None
    for s, _e, w in ctx.words.spans_from(ss):
        if s >= hs:
            break
        if w in comps or _strip_conj(w) in comps:
            last = s
    if last is None or ctx.doc.mentions_in(last, hs, ACTOR_TYPES) or ctx.words.gap(last, hs) != 1:
        return False  # (the event noun must open the report: إن لا خطط لشن عملية tells a plan of the teller's own)
    by_id = packs.entries_by_id()
    side = _side_root(ent.ref)
    for m, teller in ctx.doc.mentions_in(ss, last, ("actor", "person")):
        entry = by_id.get(teller.ref) if teller.ref else None
        if entry is not None and entry.kind in kinds and _is_subject_like(ctx, m, ss) and _side_root(entry.id) == side:
            return True
    return False


def _report_tellers(ctx: _Ctx, ss: int, hs: int) -> list[tuple[model.Mention, EntityDraft]]:
    """The parties named before the last complementizer (أن، إن) that opens the report the trigger sits in
    (أعلن حزب الله أن غارة استهدفت): who tells of the deed, with no party named between that word and the
    trigger."""
    comps = ctx.lex.roles.get("complementizers", frozenset())
    i, j = ctx.words.run_of(ss, hs)
    found = _last_word_in(ctx, comps, i, j)
    last = found[0] if found is not None else None
    if last is None or ctx.doc.mentions_in(last, hs, ACTOR_TYPES):
        return []
    return [(m, ent) for m, ent in ctx.doc.mentions_in(ss, last, ("actor",)) if _is_subject_like(ctx, m, ss)]


def _teller_struck(ctx: _Ctx, d: Draft, he: int, ss: int, hs: int, reach: int = 4
                   ) -> tuple[model.Mention, EntityDraft] | None:
    """قال حزب الله إن غارات استهدفت مواقع له، أعلنت الجماعة أن طائرات قصفت مقرا لعناصرها: the object of a
    reported strike is owned by a singular pronoun (له، لها، لقواته، لعناصرها: event_cues own_forces) within
    `reach` words after the verb, and the report's teller is the last party named before its complementizer:
    the teller was struck; it neither struck nor lends a doer."""
    if d.type not in cues().opposing_types or not d.verbal:
        return None
    tellers = _report_tellers(ctx, ss, hs)
    if not tellers:
        return None
    own = cues().own_forces
    for w in ctx.words.between(he, d.clause[1], limit=reach):
        bare = _strip_conj(w)
        if bare in ("له", "لها") or (bare[:1] == "ل" and bare[1:] in own and not bare.endswith("هم")):
            return tellers[-1]
    return None


def _teller_lost(ctx: _Ctx, d: Draft, he: int, ss: int, hs: int, reach: int = 6
                 ) -> tuple[model.Mention, EntityDraft] | None:
    """أعلن الجيش أن هجمات أسفرت عن إصابة ثلاثة من جنوده، قالت الوزارة إن الهجوم أدى إلى مقتل أحد جنودها: a
    casualty noun within `reach` words after a reported attack, its victims the teller's own men (من جنوده،
    أحد جنودها): the report's teller lost them, it was struck and neither struck nor lends a doer."""
    if d.type not in cues().opposing_types:
        return None
    nouns = cues().victim_nouns
    ce = d.clause[1]
    for s, e, w in ctx.words.spans_at(he, reach + 1):
        if s < he:
            continue
        if s >= ce:
            break
        if _strip_conj(w) in nouns or w in nouns:
            if not _own_members(ctx, e, ce):
                return None
            tellers = _report_tellers(ctx, ss, hs)
            return tellers[-1] if tellers else None
    return None


def _roles_pass(ctx: _Ctx, drafts: list[Draft], main: EntityDraft | None) -> None:
    """Roles and modality of each draft in article order: a clause with no doer of its own continues the one
    before (prev_draft) or the article's main actor."""
    # a first pass on copies tells which parties the article shows suffering: the second borrows no doer
    # from them
    ctx.sufferers = frozenset()
    ctx.struck = {}
    trial = [replace(d) for d in drafts]
    ctx.asked = asked = (set(), [])
    _roles_once(ctx, trial, main)
    ctx.asked = None
    ctx.sufferers = _sufferers(trial)
    ctx.struck = _struck_sides(trial)
    # the two sets are read only by _unfit_borrow, which notes what it asks while ctx.asked is set: when nothing
    # it asked is in them, the second pass would take every branch the first took and give the same roles, so
    # the first pass's are kept (3,176 of 3,252 ANT articles; the second pass was a sixth of the whole pipeline).
    # Any new reader of ctx.sufferers or ctx.struck must note its questions in ctx.asked the same way.
    if ctx.sufferers.isdisjoint(asked[0]) and not any(
            sides & ctx.struck.get(t, frozenset()) for t, sides in asked[1]):
        for d, t in zip(drafts, trial, strict=True):
            for f in _DRAFT_FIELDS:
                setattr(d, f, getattr(t, f))
        return
    _roles_once(ctx, drafts, main)


_DRAFT_FIELDS = tuple(f.name for f in fields(Draft))


def _roles_once(ctx: _Ctx, drafts: list[Draft], main: EntityDraft | None) -> None:
    prev: EntityDraft | None = None
    prev_draft: Draft | None = None
    prev_verbal: Draft | None = None
    for d in drafts:
        _assign_roles(ctx, d, prev_draft, prev, main, prev_verbal)
        if (sides := _between_sides(ctx, d)) is not None:
            # اشتباكات عنيفة تدور في البوكمال، بين تنظيم داعش وقوات النظام: the pair of بين are the two sides
            # of the clash, whatever its clause lent or guessed
            d.actor1, d.actor1_explicit, d.actor1_borrowed = sides[0][1], True, False
            if sides[1] is not None:
                d.actor2 = sides[1][1]
            elif d.actor2 is sides[0][1]:
                d.actor2 = None
        if d.actor1 is not None and d.type not in cues().body_types and _international_body(d.actor1):
            # عجز مجلس الأمن عن وقف الهجمات: the Security Council meets and resolves; it strikes, seizes or
            # arrests no one, named or guessed
            d.actor1, d.actor1_explicit = None, False
        if d.actor2 is None:
            d.actor2 = _pronoun_target(ctx, d)
        d.modality = _modality(ctx, d)
        if d.actor1 is not None:
            prev = d.actor1
        prev_draft = d
        if d.verbal:
            prev_verbal = d


@stage("events", requires=("doc.entities", "doc.claims"), assigns=("doc.events",))
def run(doc: Doc) -> None:
    lex = lexicon()
    ctx = _Ctx(doc, lex)
    hits = _find_hits(doc, ctx)
    hits = hits + _intercepted(ctx, hits)
    op_owners = _named_operation_hits(ctx, hits)
    hits = sorted(hits, key=lambda x: x.start)
    _masdars(ctx, hits)
    ctx.raw_hits = list(hits)
    hits = _casualty_alone(ctx, _filter_hits(ctx, hits))
    hits = _attach_light(ctx, hits)
    _retype(ctx, hits)
    hits = _drop_objects(ctx, hits)
    drafts = _group(ctx, hits)
    main = _main_actor(doc)
    _roles_pass(ctx, drafts, main)
    _operation_owners(ctx, drafts, op_owners)
    _death_by_fire(ctx, drafts)
    # a predicted event (للتوصل إلى تفاهمات، الهجوم المرتقب) with no party named in its sentence says nothing
    drafts = [d for d in drafts
              if d.modality != "expected" or d.verbal or ctx.actors(*d.sentence, persons=True)]
    drafts = [d for d in drafts if not _history(ctx, d) and not _war_toll(ctx, d)]
    drafts = _civil_senses(ctx, drafts)
    drafts = _pointed_back(ctx, drafts)
    drafts = _merge(ctx, _agreement_again(ctx, _recalled(ctx, _object_retold(ctx, _told_again(ctx, _repeats(
        ctx, _unclaimed_back(ctx, _claimed_back(ctx, drafts))))))))
    drafts = _incident_retold(ctx, _oblique_retold(ctx, _reply_retold(ctx, drafts)))
    drafts = _civil_coordination(ctx, drafts)
    _opposing_targets(ctx, drafts)
    _incident_place(ctx, drafts)
    heads = frozenset(d.head.start for d in drafts)
    events = []
    for d in drafts:
        if d.actor1 is not None and d.actor1 is d.actor2 and not d.actor1_explicit:
            # a doer guessed from the sentences around that is the event's own target: the target stays, the
            # guess goes (after the retellings were merged, which compare the guessed doers)
            d.actor1 = None
        if d.actor1 is not None and d.actor1_borrowed and d.type in cues().sentence_doer_types and (
                not _named_in_sentence(ctx, d.actor1, d.sentence)):
            # وفي الاجتماع الذي استمر 4 ساعات وافق كيم على عقد قمة: talks, meetings and pacts are held by the
            # parties their own sentence names; the article's main party or the doer before, guessed, is as
            # often a third party the talks are about or one of another item of the article. Withdrawn only
            # here, after the retellings were merged by their guessed doers and later guesses made from it
            d.actor1 = None
        h = d.head
        s, e = d.span
        events.append(model.Event(
            type=d.type, start=s, end=e,
            trigger=model.Span(h.start, h.end, doc.text[h.start:h.end]),
            modality=d.modality,
            actor1=d.actor1.id if d.actor1 else None,
            actor2=d.actor2.id if d.actor2 and d.actor2 is not d.actor1 else None,
            place=d.place.id if d.place else None,
            date=_time_in(doc, s, e) or _time_beside(doc, s, e, d.sentence, h.start) or _fronted_time(
                doc, d.sentence, h.start, heads) or (_announced_time(doc, d.sentence, h.start)
                                                     if d.modality in ("asserted", "reported") else None),
            quantities=tuple(q for q in doc.quantities if s <= q.start and q.end <= e) + _aside_quantities(
                ctx, d, e),
            claim=d.claim.id if d.claim is not None and d.claim.id else None,
            acled=_acled(lex, d, doc.text), plover=lex.types[d.type].get("plover"),
            id=f"ev{len(events) + 1}",
        ))
    doc.events = events


@cache
def _expel_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues expel_bases, expel_not_objects, expel_window (see `_expelled_envoys`)."""
    data = load_json("event_cues")
    bases = frozenset(_f(w) for w in data.get("expel_bases", []))
    objects = frozenset(_f(w).removeprefix("ال") for w in data.get("expel_not_objects", []))
    return bases, objects, int(data.get("expel_window", 6))


def _expelled_envoys(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """طرد as SEIZE is driving a force out of ground (طرد التنظيم من البلدة). Diplomats, envoys, migrants or
    asylum seekers as its object, within expel_window words of its clause, a subject, a count or a partitive
    between (طردت بريطانيا 23 دبلوماسيا روسيا، قررت طرد السفير، طرد عدد من المهاجرين), is an expulsion by a
    state's order: no force fought, no ground taken. On 250 unseen ANT articles 12 of the 18 طرد events were
    such expulsions."""
    bases, objects, window = _expel_cues()
    if h.type != "SEIZE" or not objects or h.trig.base not in bases:
        return False
    text = ctx.doc.text
    for s, _, w in ctx.words.spans_at(h.end, window):
        if s >= sent_end or _CLAUSE_END.search(text, h.end, s):
            break
        w = _strip_conj(w)
        if w.removeprefix("ال") in objects or w.removeprefix("لل") in objects:
            return True
    return False


def _prev_word_forms(ctx: _Ctx, h: Hit, floor: int) -> set[str]:
    """The forms of the word right before a hit in its clause, without و/ف and ال, and without a ب/ل before
    it (لمكافحة، للتحالف): what a list of heads or holders is checked against. Empty when the word lies before
    `floor` or a clause mark stands between."""
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < floor or _CLAUSE_END.search(ctx.doc.text, prev[0][1], h.start):
        return set()
    w = _strip_conj(prev[0][2])
    forms = {w.removeprefix("ال")}
    if len(w) > 3 and w[0] in "بل":
        forms |= {w[1:].removeprefix("ال"), w[2:] if w.startswith("لل") else w[1:]}
    return forms


def _in_title(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """An event noun right after the head of a body, law, programme or conference (event_cues title_heads:
    هيئة، لجنة، جهاز، قانون، برنامج، مؤتمر، مكافحة; under ل or ب too: لمكافحة) is the name of what it deals
    with (لجنة المفاوضات، قانون التجنيد، جهاز مكافحة التهريب، برنامج تسليم الأسلحة), no event that happened."""
    heads = _cue_words("title_heads", bare=True)
    if not heads or h.trig.pos != "noun" or h.prefix.strip("وف"):
        return False
    return bool(_prev_word_forms(ctx, h, floor) & heads)


def _coalition_held(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """The coalition noun (coalition_bases) as the genitive of its own aircraft, forces or strikes, after
    باسم, or as the subject right after a verb of saying (event_cues coalition_holders: طائرات التحالف، غارة
    للتحالف، المتحدث باسم التحالف، أعلن التحالف) is the standing coalition acting or speaking, no pact made;
    read as COORDINATE it also took the clause from the strike told in it (استهدفت طائرات التحالف مواقع)."""
    holders = _cue_words("coalition_holders", bare=True)
    if not holders or h.type != "COORDINATE" or h.trig.base not in cues().coalition_bases:
        return False
    return bool(_prev_word_forms(ctx, h, floor) & holders)


def _not_told(ctx: _Ctx, h: Hit) -> bool:
    """An expulsion of envoys (طرد السفير), an event noun naming a body or law (لجنة المفاوضات), the standing
    coalition (طائرات التحالف) or families counted (ثلاث أسر): a trigger word that tells no event."""
    sent = ctx.doc.sentence_of(h.start)
    return (_expelled_envoys(ctx, h, sent.end) or _in_title(ctx, h, sent.start)
            or _coalition_held(ctx, h, sent.start) or _counted_families(ctx, h, sent.start)
            or _name_after_saying(ctx, h, sent.start) or _agrees_with_view(ctx, h, sent.end))


def _replies(ctx: _Ctx, d: Draft, reach: int = 8) -> tuple[bool, bool]:
    """Whether d's clause, or the words of its sentence up to `reach` before its head, hold a verb of replying
    (رد، ردت، ردا على، تصدت: d is told as a counter-deed), and whether a definite strike noun (recall_nouns)
    follows that verb there (رد على الهجوم، تصدت للهجوم، ردوا على القصف: the deed replied to named as known)."""
    verbs = _cue_words("reply_verbs")
    near = ctx.words.before(d.head.start, reach, d.sentence[0]) + ctx.words.between(*d.clause)
    at = next((k for k, w in enumerate(near) if _strip_conj(w) in verbs), None)
    if at is None:
        return False, False
    nouns = cues().recall_nouns
    named = any(w[2:] in nouns if w.startswith("ال") else w.startswith("لل") and w[2:] in nouns
                for w in (_strip_conj(x) for x in near[at + 1:]))
    return True, named


def _reply_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«فرد الجيش بقصف مدفعي على مواقعهم. وقال مصدر إن الجيش رد على الهجوم بقصف استهدف تجمعاتهم»: a counter-deed
    told as a reply to a deed named by a definite strike noun (`_replies`) a sentence or two (recall_sentences)
    after a reply of its type by a doer that agrees (`_doers_agree`) is that reply told again; a telling that
    calls itself another (another_words: رد جديد، مرة أخرى) stays apart. The retelling lends the first telling a
    doer or a place it lacked."""
    c = cues()
    if not _cue_words("reply_verbs"):
        return drafts
    doc = ctx.doc
    out: list[Draft] = []
    told: list[Draft] = []  # the replies kept so far
    for d in drafts:
        reply, named = _replies(ctx, d)
        # a reply to the deed named only as «ذلك» or by another noun may be the next counter-deed: kept
        last = next((o for o in reversed(told) if o.type == d.type), None) if named else None
        gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, last.sentence[0]) if last is not None else 0
        if last is None or not 0 < gap <= c.recall_sentences or not _doers_agree(d.actor1, last.actor1) \
                or "denied" in (d.modality, last.modality) or _calls_another(ctx, d):
            out.append(d)
            if reply:
                told.append(d)
            continue
        if last.actor1 is None and d.actor1 is not None:
            last.actor1, last.actor1_explicit = d.actor1, d.actor1_explicit
        _refine_place(last, d)
    return out


def _counted_families(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """أسر (captured) is spelled as أُسَر (families): right after a count (ثلاث أسر، 4 أسر، عدة أسر، كل ثلاث
    أسر; event_cues count_words and aggregate_words, or digits) it is the families counted, no capture; a
    capture counts its captives after the word (أسر ثلاثة عناصر)."""
    if h.trig.base not in _cue_words("family_bases") or h.prefix.strip("وف"):
        return False
    prev = ctx.words.before(h.start, 1, floor)
    if not prev:
        return False
    w = _strip_conj(prev[0])
    c = cues()
    return w.isdigit() or w in c.count_words or w in c.aggregate_words


@cache
def _raid_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues raid_bases and raid_kill_bases, folded (see `_raids_of_killings`)."""
    data = load_json("event_cues")
    return (frozenset(_f(w) for w in data.get("raid_bases", [])),
            frozenset(_f(w) for w in data.get("raid_kill_bases", [])))


def _raids_of_killings(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """«اغتالوا المختار بعدما داهموا منزله»، «اغتال مسلحون شرطيا بعد مداهمة منزله»: a raid (raid_bases, an ARREST
    word) told in a sentence with an assassination (raid_kill_bases) and no arrest of its own (اعتقل، القبض)
    is how the killers reached their victim, part of the attack, no arrest campaign. A raid with an arrest told
    beside it (داهمت القوات منزله واعتقلته) stays, and so does one with a killing (قتل ثلاثة مسلحين خلال مداهمة):
    on ANT text that was most often a security raid, whose place the incident's other tellings take."""
    raids, kills = _raid_cues()
    if not raids:
        return hits
    out = []
    for h in hits:
        if h.type == "ARREST" and h.trig.base in raids:
            sent = ctx.doc.sentence_of(h.start)
            same = [o for o in hits if sent.start <= o.start < sent.end and o is not h]
            if any(o.type == "ATTACK" and o.trig.base in kills for o in same) and not any(
                    o.type == "ARREST" and o.trig.base not in raids for o in same):
                continue
        out.append(h)
    return out


# ------------------------------------------------------------------ round 13: detection (recall)

def _unmet_conditions(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A conditional trigger of event_cues unmet_not_triggers (أطلق، أخلى: RELEASE only with سراح/سبيل after
    them) whose words do not follow is no trigger at all: left among the hits, the verb of launching anything
    (أطلق صاروخا، أطلق حملة) would make a dawn word beside it a time, or a trigger before it yield, as a real
    trigger does. The older conditionals (نشر with no soldiers: publishing) keep their place among the hits."""
    bases = cues().unmet_not_triggers
    out = []
    for h in hits:
        if h.trig.cond >= 0 and h.trig.base in bases:
            near, window = ctx.lex.conditions[h.trig.cond]
            sent = ctx.doc.sentence_of(h.start)
            if not any(_strip_conj(w) in near or w in near for w in ctx.words.between(h.end, sent.end, limit=window)):
                continue
        out.append(h)
    return out


def _purposed(ctx: _Ctx, d: Draft, floor: int) -> bool:
    """A masdar (or the light verb's masdar that carries it) right after a purpose word, or after the إلى of an
    aim verb, its subject of up to six words between (event_cues purpose_before: بهدف، بغية، من أجل،
    تهدف العملية إلى، ترمي إلى), names what a deed or a plan aims
    at: expected, whether or not the operation it is the aim of was found as an event itself."""
    h = d.head
    if h.trig.pos != "noun":
        return False
    start = h.light.start if h.light is not None else h.start
    before = [_strip_conj(w) for w in ctx.words.before(start, 8, floor)]
    if before and before[-1] in cues().purpose_before and not before[-1].startswith(("ي", "ت")):
        return True  # بهدف اعتقال، من أجل تحرير; not ترمي مفاوضات: after an aim verb the masdar is its subject
    # تهدف العملية العسكرية إلى استعادة: the verb's subject may stand between the aim verb and its إلى
    return bool(before) and before[-1] == _f("إلى") and any(w in cues().purpose_before for w in before[:-1])


def _yield_to_following(ctx: _Ctx, kept: list[Hit]) -> list[Hit]:
    """A general verb (triggers yield_to_following: استهدف، نفذ …) yields to the trigger right after it in its
    sentence, within yield_window words (استهدفت الطائرات بغارات). The trigger it yields to must itself be kept
    by every other filter: a verb that yields to a trigger a condition, negation or time reading drops
    (استهدفت الطائرات فجر اليوم، استهدفت ما لم يكن هجوما) would leave no event at all. So the yield is decided
    after the other filters, over the hits they kept; one that yields itself still takes the verb before it,
    as before (a chain of general verbs ends in the last one)."""
    lex = ctx.lex
    out = []
    for i, h in enumerate(kept):
        if h.trig.pos != "light" and (h.trig.base in lex.yield_words
                                      or h.trig.base.split()[0] in lex.yield_words):
            sent_end = ctx.doc.sentence_of(h.start).end
            nxt = [o for o in kept[i + 1 : i + 3] if o.start < sent_end]
            # استهدفت تجمعات وتعزيزات: an attack verb never yields to the deployment it hit
            hit_object = h.type == "ATTACK" and bool(nxt) and nxt[0].trig.base in cues().attacked_nouns
            if nxt and len(ctx.words.between(h.end, nxt[0].start)) < lex.yield_window and not hit_object:
                continue
        out.append(h)
    return out


@cache
def _saying_forms() -> frozenset[str]:
    """The inflected forms of attribution's verbs of saying (قال، قالت، حذر، أكد …), folded."""
    return frozenset(_f(w) for v in load_json("attribution")["verbs"].values() for w in v.get("forms", ()))


def _name_after_saying(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A verb trigger right after a verb of saying, nothing but a space between (وحذر تشن من أن),
    is the teller's name: a finite verb never follows a verb of saying as its subject, and transliterated names
    (the Chinese تشن, read as the light verb "wages") are written like verbs. A colon or a quote between
    (قال: شنت القوات) opens the words said, so only a bare space counts."""
    # only a present-tense spelling: a past one after a verb of saying is its masdar object (نفوا نشر قوات،
    # أعلن شن هجوم), which a present verb never spells
    if h.trig.pos not in ("present", "light") or h.prefix or not _f(ctx.doc.text[h.start:h.end]).startswith(
            ("ي", "ت")) or h.trig.base in ("تم", "تمت"):
        return False
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < floor or ctx.doc.text[prev[0][1]:h.start].strip():
        return False
    w = prev[0][2]
    return w in _saying_forms() or (w[:1] in "وف" and w[1:] in _saying_forms())


def _time_set_off(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A time homograph (فجر اليوم) set off by commas on both sides, or by a comma before it and the end of its
    sentence after (وصل الوفد إلى العاصمة، فجر اليوم، في زيارة): a time inserted into a clause, never the verb
    "detonated", which would need its subject and object after it before any comma; so no other trigger in the
    sentence is needed to read it as the time."""
    text = ctx.doc.text
    if not text[:h.start].rstrip().endswith(("،", ",")):
        return False
    end = next((t.end for t in ctx.doc.times if t.start <= h.start < t.end), -1)
    if end < 0:
        nxt = ctx.words.spans[ctx.words.index_at(h.end - 1) + 1:][:1]
        if not nxt:
            return False
        end = nxt[0][1]
    rest = text[end:sent_end].lstrip()
    return not rest or rest.startswith(("،", ",", ".", "؛"))


@cache
def _civil_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_cues conflict_kinds, civil_weak_types, civil_force_words (folded, without ال) and civil_force_min."""
    d = load_json("event_cues")
    return (frozenset(d.get("conflict_kinds", [])), frozenset(d.get("civil_weak_types", [])),
            frozenset(_f(w).removeprefix("ال") for w in d.get("civil_force_words", [])),
            int(d.get("civil_force_min", 0)))


def _force_word(w: str, force: frozenset[str]) -> bool:
    """Whether a folded word is a force word, with و/ف and a ب/ل before ال (لقوات، بالجيش، للشرطة) taken off."""
    w = _strip_conj(w)
    if w.startswith("لل"):
        w = w[2:]
    elif len(w) > 3 and w[0] in "بل" and w[1:] not in force:
        w = w[1:]
    return w.removeprefix("ال") in force


def _civil_senses(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An article that names no armed party (no actor of event_cues conflict_kinds: armed group, state force,
    militia, coalition, nor an actor no pack knows) and hardly a force word (fewer than civil_force_min of
    civil_force_words: قوات، الجيش، الشرطة، مسلحين) is about trade, crime, health, migration or politics.
    There the words of the weaker event types (civil_weak_types) take their civil sense: أغلق السعر، إغلاق
    مراكز الاقتراع، زودت محركات، استعادة السيارات، الفرار من المكان، انتشار الوسم; on unseen such articles
    about seven in ten were no event. One stands only with a force word in its own sentence (فرضت قوات
    الشرطة حظر التجوال، سيطر عسكريون على الجسر).
    Attacks, arrests, releases, transfers, talks and threats are told in such articles too and stay; an attack
    with a force or weapon word in its sentence (قصفت الطائرات المدينة) makes the article one of conflict."""
    kinds, weak, force, least = _civil_cues()
    by_id = packs.entries_by_id()
    for ent in ctx.doc.entities:
        if ent.type != "actor":
            continue
        entry = by_id.get(ent.ref) if ent.ref else None
        if entry is None or entry.kind in kinds:
            return drafts  # an actor no pack knows is most often a local armed group
    if not weak:
        return drafts
    forced = [a for a, _b, w in ctx.words.spans if _force_word(w, force)]
    if len(forced) >= least:
        return drafts

    def armed(d: Draft) -> bool:
        k = bisect.bisect_left(forced, d.sentence[0])
        return k < len(forced) and forced[k] < d.sentence[1]

    # قصفت الطائرات مدينة حلب: an attack by a force is conflict news, whoever did it is left unnamed
    if any(d.type == "ATTACK" and armed(d) for d in drafts):
        return drafts
    out = []
    for d in drafts:
        # a named person's own deed is news of that person (تمكنت الناشطة من الفرار بعد أشهر من خطفها)
        # (a leader's meeting is no such deed: التقى رئيس الوزراء نظيره في باريس)
        if d.type in weak and not (d.actor1 is not None and d.actor1.type == "person"
                                   and d.type not in _peace_cues()[0]) and not armed(d) \
                and not _peace_talk(ctx, d):
            continue
        out.append(d)
    return out


@cache
def _agree_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues agree_bases and agreed_opinions, folded."""
    d = load_json("event_cues")
    return (frozenset(_f(w) for w in d.get("agree_bases", [])),
            frozenset(_f(w) for w in d.get("agreed_opinions", [])))


def _agrees_with_view(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A verb of agreeing (event_cues agree_bases: اتفق) whose object after مع, within three words, is an opinion,
    an assessment or words said (agreed_opinions; a demonstrative may stand between: اتفق المسؤول مع هذا
    الرأي، يتفق مع تقييم الخبراء، اتفق مع ما قاله) shares a view: no pact is made with anyone."""
    bases, views = _agree_cues()
    if h.type != "COORDINATE" or h.trig.pos == "noun" or h.trig.base not in bases:
        return False
    after = ctx.words.between(h.end, sent_end, limit=6)
    if "مع" not in after[:4]:
        return False
    rest = [w for w in after[after.index("مع") + 1:] if w not in ctx.lex.reference_before][:1]
    return bool(rest) and rest[0] in views


@cache
def _pointback_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues pointback_words and pointback_preps, folded."""
    d = load_json("event_cues")
    return (frozenset(_f(w) for w in d.get("pointback_words", [])),
            frozenset(_f(w) for w in d.get("pointback_preps", [])))


def _pointed_back(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A clause opening with a demonstrative that points back (pointback_words: وذلك) and a preposition of
    circumstance or cause (pointback_preps: في، خلال، إثر) right before its trigger tells how the deeds of its
    type told before it in the sentence were done (قتل 10 مسلحين، ودمرت 4 مركبات، وذلك في غارات للتحالف): one
    happening, so they merge into the first deed, which takes the doer, target and place the clause names
    where it has none. A deed with an explicit doer other than the clause's stays apart. _merge keeps such a
    clause apart when it names a doer the deed lacks; this joins them first."""
    words, preps = _pointback_cues()
    out: list[Draft] = []
    for d in drafts:
        first = min(x.start for x in d.hits)
        lead = [_strip_conj(w) for w in ctx.words.between(d.clause[0], first, limit=4)]
        deeds: list[Draft] = []
        if 2 <= len(lead) <= 3 and lead[0] in words and lead[1] in preps:
            deeds = [o for o in out if o.sentence == d.sentence and o.type == d.type and o.clause[0] < d.clause[0]
                     and o.modality == d.modality
                     and (not o.actor1_explicit or not d.actor1_explicit or o.actor1 is d.actor1)]
        if not deeds:
            out.append(d)
            continue
        deed = deeds[0]
        for o in [*deeds[1:], d]:
            deed.hits.extend(o.hits)
            deed.span = (min(deed.span[0], o.span[0]), max(deed.span[1], o.span[1]))
            deed.actor2 = deed.actor2 or o.actor2
            if deed.actor1 is None or (o.actor1_explicit and not deed.actor1_explicit):
                deed.actor1, deed.actor1_explicit = o.actor1 or deed.actor1, o.actor1_explicit or deed.actor1_explicit
            _refine_place(deed, o)
        out = [o for o in out if not any(o is x for x in deeds[1:])]
    return out


def _closed_institution(ctx: _Ctx, h: Hit, sent_end: int, window: int = 4) -> bool:
    """A verb or noun of closing (event_cues closing_bases: أغلق، يغلق، إغلاق) is a deployment only when what
    is closed is ground, a road or a crossing (إغلاق الطرق، أغلقت القوات المعبر، إغلاق المجال الجوي). With a
    building, an office or a body of state or trade as its object, a subject allowed between, it is a shutdown
    by order (أغلقت السلطات القنصلية الأمريكية، ستغلق المجلس البريطاني، إغلاق موقع التجارب، أغلقت سجنا): event_cues
    closed_institutions, looked for within `window` words of its clause, before any word of ground
    (closed_grounds: الطرق، المعبر، المنطقة) that would make the building a landmark of the closed road."""
    c = cues()
    if h.type != "DEPLOY" or h.trig.base not in c.closing_bases or not c.closed_institutions:
        return False
    text = ctx.doc.text
    i = ctx.words.index_at(h.end - 1)
    for a, _b, w in ctx.words.spans[i + 1:i + 1 + window]:
        if a >= sent_end or _CLAUSE_END.search(text, h.end, a):
            break
        w = _strip_conj(w).removeprefix("ال")
        if w in c.closed_grounds:
            return False
        if w in c.closed_institutions:
            return True
    return False


def _previous_ones(ctx: _Ctx, h: Hit, sent_end: int, adjectives: int = 2) -> bool:
    """An event noun called previous (event_cues previous_words: الاجتماعات السابقة، هجمات سابقة، محادثات كورية
    ثنائية سابقة; up to `adjectives` nisba adjectives between) or followed by في السابق (هجمات في السابق) names
    earlier happenings in general, as background to the news, no event told. A person after the noun (اعتقال
    الزعيم السابق) stops the search: the word qualifies the person."""
    c = cues()
    if h.trig.pos != "noun" or not c.previous_words:
        return False
    text = ctx.doc.text
    i = ctx.words.index_at(h.end - 1)
    after = [(a, w) for a, _b, w in ctx.words.spans[i + 1:i + 3 + adjectives] if a < sent_end]
    for k, (a, w) in enumerate(after):
        if _CLAUSE_END.search(text, h.end, a):
            return False
        if w in c.previous_words:
            return True
        if w == "في" and k + 1 < len(after) and after[k + 1][1] in c.previous_words:
            return not _CLAUSE_END.search(text, h.end, after[k + 1][0])
        if k >= adjectives or w.startswith("ال") or not w.endswith(c.previous_nisba_endings):
            return False
    return False


def _oblique_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«الغاز المستخدم في الهجوم»، «أعلنت الجماعة مسؤوليتها عن الهجومين»، «ينسحب من الاتفاق»: a telling whose
    triggers are all definite nouns, the first under a preposition (event_cues oblique_preps, or the proclitic
    ب/ل), with the head word of an earlier telling of its type in the article, names that happening again
    as the thing something was done in, about or with: no event of its own, whatever place or doer the
    sentences around lend it. A telling that calls itself another (another_words: هجوم جديد) or that a
    relative clause describes (الانتشار الذي حدث لقوات النظام) stays apart.
    The retelling lends the first telling a doer it lacked."""
    c = cues()
    if not c.oblique_preps:
        return drafts
    text = ctx.doc.text
    out: list[Draft] = []
    for d in drafts:
        first = min(d.hits, key=lambda x: x.start)
        stems = _head_stems(d)
        earlier = next((o for o in reversed(out) if o.type == d.type and _head_stems(o) & stems), None)
        prev = [_strip_conj(w) for w in ctx.words.before(first.start, 1, d.sentence[0])]
        lead = first.prefix.lstrip("وف")
        oblique = first.trig.pos == "noun" and text[first.start:first.end].startswith("ال") and (
            lead in ("ب", "ل") or (not lead and bool(prev) and prev[0] in c.oblique_preps))
        # الانتشار الذي حدث لقوات النظام: a relative clause describing the noun may make it another happening
        described = any(_strip_conj(w) in c.relatives for w in ctx.words.between(first.end, d.clause[1], limit=3))
        if earlier is None or not oblique or described or not _definite_only(ctx, d) \
                or "denied" in (d.modality, earlier.modality) \
                or _calls_another(ctx, d):
            out.append(d)
            continue
        if earlier.actor1 is None and d.actor1_explicit:
            earlier.actor1, earlier.actor1_explicit = d.actor1, True
    return out


def _head_stems(d: Draft) -> set[str]:
    """The heads of a telling with a dual, plural or -iyya ending taken off (الهجومين → هجوم، الاتفاقية → اتفاق)."""
    out = set()
    ends = cues().head_number_endings
    for h in _heads(d):
        for end in ends:
            if h.endswith(end) and len(h) - len(end) >= 3:
                h = h[: -len(end)]
                break
        out.add(h)
    return out


@cache
def _retell_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues retell_devices and retell_doers (folded, without the article), with force_subjects, and
    retell_sentences (see `_incident_retold`)."""
    data = load_json("event_cues")
    devices = frozenset(_f(w).removeprefix("ال") for w in data.get("retell_devices", []))
    doers = frozenset(_f(w).removeprefix("ال") for w in data.get("retell_doers", []) + data.get("force_subjects", []))
    return devices, doers, int(data.get("retell_sentences", 2))


def _stems(words: list[str]) -> set[str]:
    """Clause words without a conjunction, a ب/ل proclitic or the article: عبوة ناسفة and بالعبوة meet."""
    out = set()
    for w in words:
        w = _strip_conj(w)
        for p in ("بال", "لل", "ال"):
            if w.startswith(p) and len(w) > len(p) + 2:
                w = w[len(p):]
                break
        out.add(w)
    return out


def _incident_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An incident told once and then told on (انفجرت عبوة ناسفة بدورية ... وأدى انفجار العبوة إلى مقتل جندي;
    قتل شرطي برصاص مسلحين ... وقال الأمن إن الشرطي الذي أطلق عليه النار توفي; اغتال مسلحون قاضيا ... واغتالوه
    أمام منزله): a later attack a sentence or two on is the same happening when it names its device with the
    article (event_cues retell_devices: القنبلة، العبوة) that the earlier telling named, when its verb opens a
    relative clause about a definite person noun the earlier telling named (الشرطي الذي), or when it repeats the
    earlier verb in the next sentence with no place, time, doer or target of its own. A telling that calls
    itself another (another_words), gives another toll, or names another doer, target or place stands."""
    c = cues()
    devices, doers, reach = _retell_cues()
    doc = ctx.doc
    out: list[Draft] = []
    for d in drafts:
        twin = None
        words = ctx.words.between(*d.clause)
        if d.type in c.restated_types and d.modality != "denied" and _single(ctx, d) \
                and not _calls_another(ctx, d):
            t = _time_in(doc, *d.clause)
            dated = t is not None and d.clause[0] <= t.start < d.clause[1]
            qs = _tolls(ctx, *d.clause)
            own = _stems(words)
            definite_devices = {w for w in own & devices
                                if any(_strip_conj(x).startswith(("ال", "بال")) and x.endswith(w) for x in words)}
            # the definite noun a relative clause with the trigger's verb goes on about (الشرطي الذي أطلق)
            person = None
            h = d.head
            # وقد قتل الحرس المسلح، لتتمكن الشرطة من قتله: a force as the subject by the verb kills the one who
            # struck: a new happening, however like the first its verb
            near = ctx.words.before(h.start, 3, d.clause[0]) + ctx.words.between(h.end, d.clause[1], limit=1)
            if h.trig.pos in ("past", "present"):
                prev = ctx.words.before(h.start, 2, d.sentence[0])  # the clause may open at the relative
                nxt = ctx.words.between(h.end, d.clause[1], limit=1)
                # الشرطي الذي قتلوه، الشرطي الذي أطلق عليه النار: the verb or the preposition after it carries
                # the pronoun of the one before the relative, who was struck (without it he struck: his deed)
                pronouns, struck_preps = _object_pronouns()
                struck = fold_text(doc.text[h.start:h.end]).endswith(pronouns) or (
                    bool(nxt) and _strip_conj(nxt[0]) in struck_preps)
                if len(prev) == 2 and _strip_conj(prev[1]) in c.relatives and _strip_conj(prev[0]).startswith("ال") \
                        and struck:
                    person = _strip_conj(prev[0]).removeprefix("ال")
            answered = bool(_stems(near) & doers - {person})
            for i in [] if answered else range(len(out) - 1, -1, -1):
                o = out[i]
                gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0])
                if gap > reach:
                    break
                if o.type != d.type or gap <= 0 or o.modality == "denied" or not _single(ctx, o):
                    continue
                if not (_doers_agree(o.actor1, d.actor1)
                        and (o.actor2 is None or d.actor2 is None or o.actor2 is d.actor2)
                        and _places_compatible(o.place, d.place, region_km=300)):
                    continue
                oq = _tolls(ctx, *o.sentence)
                if qs and oq and not qs & oq:
                    continue  # another toll: another happening
                before = _stems(ctx.words.between(*o.sentence))
                device = bool(definite_devices & before) and not dated
                # شرطيا … الشرطي: the indefinite accusative told first
                victim = person is not None and len(person) > 2 and bool({person, person + "ا"} & before)
                same_day = dated and _same_day(ctx, t, o)
                again = (gap == 1 and d.verbal and bool(_bases(d) & _bases(o)) and (not dated or same_day)
                         and not qs
                         and (d.place is None or d.place_strength <= 1 or d.place is o.place
                              or (same_day and o.place is None))
                         and not (d.actor1_explicit and d.actor1 is not o.actor1)
                         and (d.actor2 is None or d.actor2 is o.actor2))
                if device or victim or again:
                    twin = i
                    break
        if twin is None:
            out.append(d)
            continue
        o = out[twin]
        if d.actor1 is not None and o.actor1 is None and d.modality == o.modality:
            o.actor1, o.actor1_explicit = d.actor1, d.actor1_explicit
        if o.actor2 is None and d.actor2 is not None and d.actor2 is not o.actor1:
            o.actor2 = d.actor2
        _refine_place(o, d, region_km=300)
        o.hits.extend(x for x in d.hits if x.trig.base not in _bases(o))
    return out


@cache
def _peace_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues civil_peace_types and civil_peace_words (folded, without ال)."""
    d = load_json("event_cues")
    return (frozenset(d.get("civil_peace_types", [])),
            frozenset(_f(w).removeprefix("ال") for w in d.get("civil_peace_words", [])))


def _peace_talk(ctx: _Ctx, d: Draft) -> bool:
    """A meeting, talk or pact (event_cues civil_peace_types) whose sentence names a war, a truce, a peace or a
    fight, or prisoners (civil_peace_words: وقعا اتفاق سلام، تثبيت هدنة، اتفاق بشأن الأسرى) deals with armed conflict
    even in an article that names no armed party, so it stands like a deed with a force word; the annotated
    meetings and pacts are all between parties to a conflict or about one, none on trade, Brexit or a summit's
    agenda. On 250 unseen ANT articles the civil-article rule withdrew 73 COORDINATE, 5 of them peace deals
    and truces (kept by this)."""
    types, words = _peace_cues()
    if d.type not in types:
        return False
    return any(_force_word(w, words) for w in ctx.words.between(*d.sentence))


def _calls_another(ctx: _Ctx, d: Draft, anywhere: bool = True) -> bool:
    """Whether a telling calls its happening another or new (event_cues another_words), so it is no retelling
    of one told before: a bare word anywhere in its clause (هجوم جديد، مرة أخرى، استهدفت مواقع أخرى; only
    right after a trigger when not `anywhere`: a clause's مناطق أخرى، نؤكد مجددا say nothing of a definite
    noun), or, for a strike (restated_types), the definite form right after one of its triggers, definite
    adjectives between (الهجوم الجديد، الغارة الجوية الثانية). A definite one elsewhere is left out (الساعة
    الثانية، الحرب العالمية الثانية), as is a new pact or alliance (التحالف الجديد is most often the one told)."""
    c = cues()
    if anywhere and {_strip_conj(w) for w in ctx.words.between(*d.clause)} & c.another_words \
            and _another_of_happening(ctx, d):
        return True
    for h in d.hits:
        for w in ctx.words.between(h.end, d.clause[1], limit=3):
            if w in c.another_words and not anywhere:
                return True
            if not w.startswith("ال"):
                break
            if w[2:] in c.another_words and d.type in c.restated_types:
                return True
    return False


def _armed_progress(ctx: _Ctx, start: int, end: int, opening: list[str]) -> bool:
    """Progress (تقدما) is ground taken only when an armed actor (event_cues conflict_kinds) or a force noun
    (civil_force_words: القوات، الجيش، مسلحين) is named before it in its clause: a candidate, a party or a
    team that makes progress (أول مرشح يساري يحقق تقدما في الانتخابات) takes nothing."""
    kinds, _weak, force, _min = _civil_cues()
    for _m, ent in ctx.doc.mentions_in(start, end, ("actor",)):
        entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
        if entry is None or entry.kind in kinds:  # one with no entry is most often a local armed group
            return True
    return any(_force_word(_strip_conj(w), force) for w in opening)


def _dawn_time(ctx: _Ctx, h: Hit) -> bool:
    """منذ فجر الثلاثاء، حتى فجر السبت، فجر 16 يوليو: a verb spelled like the dawn noun (event_cues
    time_homographs) after a preposition of time (dawn_preps) or before a figure is the noun, whatever else its
    sentence tells: a verb (فجّر) takes neither. On the ANT corpus all 32 such sentences were dawn."""
    c = cues()
    if h.trig.base not in c.time_homographs or h.trig.suffixed or h.trig.pos not in ("past", "noun") or h.prefix:
        return False
    sent = ctx.doc.sentence_of(h.start)
    prev = ctx.words.before(h.start, 1, sent.start)
    if prev and _strip_conj(prev[0]) in c.dawn_preps:
        return True
    nxt = ctx.words.between(h.end, sent.end, limit=1)
    return bool(nxt) and nxt[0][:1].isdigit()


@cache
def _figurative_blast_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues figurative_blast_bases and figurative_blast_words (folded, without ال)."""
    d = load_json("event_cues")
    return (frozenset(_f(w) for w in d.get("figurative_blast_bases", [])),
            frozenset(_f(w).removeprefix("ال") for w in d.get("figurative_blast_words", [])))


_QUOTE_OPEN = "\"«“'"
_QUOTE_CLOSE = "\"»”'"


def _figurative_blast(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """فجّر in its figurative sense, "set off" a feeling or a quarrel, tells no bombing: a subject that is a
    telling or a measure (فجرت تصريحات الوزير، فجّر الفيديو) or an object that is an idea (فجّر غضبا، أزمة،
    جدلا، موجة، خلافا، فضيحة; event_cues figurative_blast_words) in the first two words after the verb, before
    a comma or colon; and the word standing in quotes is a name (مهرجان "فجر" السينمائي). A bomber's own
    object (فجّر انتحاري نفسه، فجروا عبوة) is none of these words."""
    bases, words = _figurative_blast_cues()
    if h.trig.base not in bases:
        return False
    text = ctx.doc.text
    s, e = h.start, h.end
    while s > 0 and text[s - 1] == " ":
        s -= 1
    while e < len(text) and text[e] == " ":
        e += 1
    if s > 0 and e < len(text) and text[s - 1] in _QUOTE_OPEN and text[e] in _QUOTE_CLOSE:
        return True  # مهرجان «فجر»: a name quoted, no deed
    for k, (ws, _, w) in enumerate(ctx.words.spans_from(h.end)):
        if ws >= limit or k >= 2 or _CLAUSE_END.search(text, h.end, ws):
            break
        if {w.removeprefix("ال"), _strip_conj(w).removeprefix("ال")} & words:
            return True  # فيديو keeps its ف, which _strip_conj would take for a conjunction
    return False


@cache
def _another_hosts() -> frozenset[str]:
    """event_cues another_hosts (folded, without ال)."""
    return frozenset(_f(w).removeprefix("ال") for w in load_json("event_cues").get("another_hosts", []))


def _another_of_happening(ctx: _Ctx, d: Draft) -> bool:
    """Whether a bare another-word (أخرى، جديدا) of the clause may call the happening another: one that is the
    adjective of a discourse or manner noun (event_cues another_hosts: من جهة أخرى، حملت طابعا جديدا، تفاصيل
    جديدة، مرحلة جديدة) speaks of that noun, not of a new happening, so it does not make a retelling of an attack
    told before (العمليات التي شنها التنظيم مؤخرا حملت طابعا جديدا) an attack of its own. In the ANT corpus
    such hosts (جهة، ناحية، تفاصيل، معلومات، استراتيجية، مرحلة) bear a third of the clause-level أخرى/جديدة."""
    c = cues()
    hosts = _another_hosts()
    prev = ""
    for w in ctx.words.between(*d.clause):
        b = _strip_conj(w)
        if b in c.another_words and prev.removeprefix("ال") not in hosts:
            return True
        prev = b
    return False


def _bare_blast(ctx: _Ctx, d: Draft, anchor: Hit, fallback: EntityDraft | None) -> bool:
    """وقع انفجار قرب كنيسة، انفجرت سيارة، سمع دوي انفجارين: a blast (event_cues blast_triggers) tells what
    went off, not who set it off, like a device trigger; when its clause names no party it has no doer borrowed
    from around. On 250 unseen ANT articles the doers so borrowed were the police that told of the blast, a
    state that feared one (على شفا الانفجار) or a party of another item of a digest, right in one of four; keeping
    the doer of an attack told in the sentence right before saved none of them. A party the sentence names only
    among the dead (مقتل ستة أشخاص، من بينهم جنود أمريكيون) stays for the rule that makes it the target."""
    if anchor.trig.base not in cues().blast_triggers or ctx.actors(*d.clause):
        return False
    return fallback is None or not _among_victims(ctx, d, fallback)


@cache
def _launch_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues launcher_types, launched_weapons and launch_relatives with their object pronoun."""
    d = load_json("event_cues")
    rel = frozenset(_f(w) for w in d.get("launch_relatives", []) if _f(w).endswith(("ه", "ها", "هما", "هم")))
    return (frozenset(d.get("launcher_types", [])), frozenset(_f(w) for w in d.get("launched_weapons", [])), rel)


def _launcher_after(ctx: _Ctx, he: int, end: int, target: EntityDraft | None
                    ) -> tuple[model.Mention, EntityDraft] | None:
    """The party named right after a relative verb of launching that carries the pronoun of a weapon noun
    just before it (event_cues launched_weapons: سقوط قذيفة أطلقتها ميليشيا الحوثي، بشظايا صاروخ أطلقته طائرة
    إسرائيلية، صواريخ أطلقها الحوثيون), after a harm that names no doer: who fired the weapon did the harm.
    Read within launch_reach words of the trigger, as the weapon is the cause told after the toll."""
    _types, weapons, relatives = _launch_cues()
    reach = int(load_json("event_cues").get("launch_reach", 10))
    spans = list(itertools.islice(ctx.words.spans_from(he), reach))
    for i, (_s, e, w) in enumerate(spans):
        if _s >= end:
            break
        if _strip_conj(w) not in relatives:
            continue
        if not any(_strip_conj(x).removeprefix("ب") in weapons or _strip_conj(x) in weapons
                   for _a, _b, x in spans[max(0, i - 3):i]):
            continue
        for m, ent in ctx.actors(e, end):
            if ctx.words.gap(e, m.start) <= 1 and ent is not target:
                return m, ent
            break
        return None
    return None


@cache
def _coordination_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues coordination_conflict_words (folded, without ال), coordination_fight_types,
    coordination_fighter_kinds and coordination_topic_words (folded, without ال)."""
    d = load_json("event_cues")
    return (frozenset(_f(w).removeprefix("ال") for w in d.get("coordination_conflict_words", [])),
            frozenset(d.get("coordination_fight_types", [])), frozenset(d.get("coordination_fighter_kinds", [])),
            frozenset(_f(w).removeprefix("ال") for w in d.get("coordination_topic_words", [])))


def _bare_forms(w: str) -> tuple[str, ...]:
    """A folded word with a conjunction, then a ب/ل/ك proclitic and the article taken off, each step kept:
    لقوات، بالحرب، وللسلام، كالهدنة all meet their bare noun."""
    w = _strip_conj(w)
    out = [w, w.removeprefix("ال")]
    for p in ("بال", "لل", "كال", "ب", "ل", "ك"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            out.append(w[len(p):].removeprefix("ال"))
            break
    for suffix in ("هما", "هم", "ها", "ه"):  # معاركها، قواته: a possessive pronoun on the noun
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.append(w[: -len(suffix)])
            break
    return tuple(out)


def _armed_party(ent: EntityDraft) -> bool:
    """An actor of event_cues conflict_kinds, or one no pack knows (most often a local armed group)."""
    if ent.type != "actor":
        return False
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return entry is None or entry.kind in _civil_cues()[0]


def _armed_sentence(ctx: _Ctx, s: int, e: int, fighters: frozenset[int]) -> bool:
    """Whether a sentence names armed conflict: an armed party (event_cues conflict_kinds, or an actor no pack
    knows, most often a local armed group), a party the article shows fighting (`fighters`: the doers and
    targets of its attacks and seizures, ids of entities), a force or weapon word (civil_force_words), a word
    of war, truce or prisoners (civil_peace_words) or of fighting and its settlement
    (coordination_conflict_words: مواجهات، التصعيد، المعتقلين)."""
    for _m, ent in ctx.doc.mentions_in(s, e, ("actor",)):
        if _armed_party(ent) or id(ent) in fighters:
            return True
    words = _civil_cues()[2] | _peace_cues()[1] | _coordination_cues()[0]
    return any(f in words for w in ctx.words.between(s, e) for f in _bare_forms(w))


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened in text[start:end] is still open at its end: more opening marks than closing
    ones, the straight double quote counted by its parity."""
    part = text[start:end]
    return part.count("«") + part.count("“") > part.count("»") + part.count("”") or part.count('"') % 2 == 1


def _civil_coordination(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A meeting, talk, pact or alliance (COORDINATE) none of whose sentences names an armed party, a party the
    article shows in arms, or a word of war, force or fighting (`_armed_sentence`) is diplomacy, trade,
    politics or elections, even in an article of war (التقى الوزير نظيره، اتفاق المناخ، شريك في التجارة،
    تشكيل تحالف مع أحزاب أخرى): the annotated COORDINATE events are all between parties to a conflict or
    about one. A quote opened in the sentence before and still open goes on from it, so that sentence counts
    too (قال: "... بذلك. ولكنهم حصلوا على توجيهات من أحد").
    A party in arms is a doer or target of a deed of coordination_fight_types (attack, seizure, deployment,
    threat) whose own sentence names arms, of coordination_fighter_kinds (a state, a government, a force):
    Turkey that threatens an offensive makes its working group with Washington conflict talk, and talks
    with a side so named (محادثات مع النظام) stay. In an article of war, talks on "the file", "the issue" or
    "the situation" (coordination_topic_words) are on its war and stay too.
    On 250 unseen ANT articles this withdrew 30 of 105 COORDINATE: 27 no conflict talk (a missing journalist,
    a coalition government, trade, an election), 3 unclear, 2 of them retellings of talks still kept.
    Run after the retellings were merged, so a civil telling dropped leaves no later one standing alone."""
    _words, fight_types, fight_kinds, topics = _coordination_cues()
    by_id = packs.entries_by_id()
    none: frozenset[int] = frozenset()
    fighters = frozenset(id(x) for d in drafts if d.type in fight_types for x in (d.actor1, d.actor2)
                         if x is not None and x.type == "actor" and x.ref and x.ref in by_id
                         and by_id[x.ref].kind in fight_kinds and _armed_sentence(ctx, *d.sentence, none))
    doc = ctx.doc
    # an article of war: an armed party named, or a state or government in arms
    war = bool(fighters) or any(_armed_party(ent) for _m, ent in doc.mentions_in(0, len(doc.text), ("actor",)))
    out = []
    for d in drafts:
        if d.type == "COORDINATE":
            spans = {(sent.start, sent.end) for sent in (doc.sentence_of(h.start) for h in d.hits)} | {d.sentence}
            k = _sent_index(doc, min(a for a, _b in spans))
            if 0 < k < len(doc.sentences) and _quote_open(doc.text, doc.sentences[k - 1].start, doc.sentences[k].start):
                prev = doc.sentences[k - 1]
                spans.add((prev.start, prev.end))
            # a party in arms the sentence names as a side (محادثات مع النظام: the regime that fights)
            sided = any(x is not None and id(x) in fighters and _named_in_sentence(ctx, x, d.sentence)
                        for x in (d.actor1, d.actor2))
            # لبحث الملف، سيناقش القضية: talks on the file or the situation, definite and named no further, are
            # on the article's own matter, in an article of war its war
            topical = war and any("ال" in w[:5] and any(f in topics for f in _bare_forms(w))
                                  for w in ctx.words.between(*d.sentence))
            if not sided and not topical and not any(_armed_sentence(ctx, a, b, fighters) for a, b in spans):
                continue
        out.append(d)
    return out


def _fire_death_bases() -> frozenset[str]:
    """event_cues fire_death_bases (folded): the verbs of dying that triggers.json makes an attack only with the
    fire that killed after them (لقي، توفي، استشهد ... برصاص، بنيران)."""
    return frozenset(_f(w) for w in load_json("event_cues").get("fire_death_bases", []))


def _death_by_fire(ctx: _Ctx, drafts: list[Draft]) -> None:
    """لقي شاب حتفه برصاص قوات الاحتلال، توفي فتى متأثرا بجروح أصيب بها برصاص الجيش: a verb of dying is no
    deed of its subject and takes no object, so a name after it is never its target; the owner of the fire
    after برصاص/بنيران (event_cues instrument_agents) is the doer, and the one who died stays the target."""
    bases = _fire_death_bases()
    for d in drafts:
        h = d.head
        if h.trig.base not in bases or h.trig.pos != "past":
            continue
        doer = _instrument_agent(ctx, h.end, d.sentence[1], None)
        if doer is None:
            if d.actor1 is not None and d.actor1.type == "person" and d.actor2 is None:
                # استشهد عبد السلام بكر برصاصة أطلقها جنود: the person named with the verb is who died
                d.actor1, d.actor2, d.actor1_explicit = None, d.actor1, False
            continue
        d.actor1, d.actor1_explicit, d.actor1_borrowed = doer, True, False
        if d.actor2 is doer:
            d.actor2 = None


@cache
def _bare_windows() -> dict[int, tuple[frozenset[str], int]]:
    """triggers.json conditional entries with a bare_window: their listed verb forms (folded) and the reach
    those forms have, with no pronoun on them."""
    out = {}
    for i, c in enumerate(load_json("triggers").get("conditional", [])):
        if "bare_window" in c:
            forms = frozenset(_f(w) for w in c.get("past", []) + c.get("present", []))
            out[i] = (forms, int(c["bare_window"]))
    return out


def _bare_window(ctx: _Ctx, h: Hit, window: int) -> int:
    """سيطرت قوات التحالف العربي والمقاومة اليمنية بإسناد إماراتي على مناطق جديدة; سيطر الجيش في محافظة تعز،
    جنوب غربي اليمن، الثلاثاء، على جبل: a bare verb of a conditional entry with a bare_window reaches its word
    (على) past a long subject and asides. The same letters with a pronoun (سيطرته، سيطرتها، which fold like the
    noun سيطرة: بمناطق سيطرتها، الخاضعة لسيطرة) keep the short window: they are mostly the noun of control."""
    spec = _bare_windows().get(h.trig.cond)
    if spec is None:
        return window
    form = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    return spec[1] if form in spec[0] else window


def _tellings_agree(d: Draft, o: Draft) -> bool:
    """Two tellings of a capture agree in their modality when it is the same, or when one is told in the
    article's voice and the other by a source (سيطرت جماعة على بلدة كفرنبل ... وقال مدير المرصد: "سيطر مسلحو
    الجماعة على كفرنبل"): a lead and the quote that backs it tell one happening. A denial, a plan or a foiled
    try is another matter."""
    return d.modality == o.modality or {d.modality, o.modality} <= {"asserted", "reported"}


def _same_day(ctx: _Ctx, t: model.TimeRef | None, o: Draft) -> bool:
    """A retelling's own time is the day the earlier telling gave (توفي فتى صباح السبت متأثرا بجروح ... وقال
    الناطق إن "فلانا توفي صباح السبت متأثرا بجروح"): the same day told again is no other happening, and the
    place the retelling adds (شرق خان يونس) refines a telling that named none."""
    if t is None or t.date is None or t.precision != "day":
        return False
    ot = _time_in(ctx.doc, *o.clause) or _time_in(ctx.doc, *o.sentence)
    return ot is not None and ot.precision == "day" and ot.date == t.date


def _counted_cause(lead: list[str], most: int = 8) -> bool:
    """وقتل الخميس، وفق المرصد، 8 مدنيين بينهم 3 أطفال في قصف للتحالف استهدف قرية: an aside after the killing
    verb leaves the count of the dead to open the next clause, which ends in the cause word before the attack;
    the count and the cause word make that attack the one the killing happened in."""
    return (0 < len(lead) <= most and _strip_conj(lead[-1]) in cues().cause_words
            and any(w.isdigit() or _count_word(w) for w in lead[:-1]))
