"""Events sub-stage: the context — the article as the other sub-stages see it.

Words (the word spans of the text), Hit (a trigger found), Draft (an event being built), `_Ctx` (the per-article
look-ups: sentences, clauses, mentions, claims) and the clause, word, dateline and time helpers they share.
Separate because it decides nothing: detection, roles, places and merging all ask it the same questions.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from operator import itemgetter, or_
from types import ModuleType
from typing import NoReturn

from marsad import model, packs
from marsad.packs import load_json
from marsad.pipeline import Doc, EntityDraft
from marsad.textnorm import fold_text

from .lexicon import (
    Lexicon,
    Trig,
    _cue_words,
    _f,
    _number_words,
    cues,
)

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


_WORD = re.compile(r"\w+")
#: a word span's folded word, (start, end, word)[2], for `map` over `Words.spans`
_THIRD = itemgetter(2)


#: original offsets of folded [i, j) with the closing diacritics: one helper for the events and framing stages
_span = Doc.marked_span
_CLAUSE_END = re.compile(r"[،,؛;:]")
_TERMINAL = tuple(".!?؟:»\"”)…")


class Words:
    """Folded words with original offsets, for "the n words before/after" questions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans, self.starts, self.ends = doc.word_spans()
        #: the folded words alone, in the order of `spans`: `before` and `between` hand out slices of it (a copy
        #: in C) instead of walking the spans word by word (~145,000 calls per 450 articles)
        self.texts: list[str] = list(map(_THIRD, self.spans))
        self._bare: list[tuple[int, int, str]] | None = None
        self._bare_texts: list[str] | None = None
        self._vocabulary: dict[bool, frozenset[str]] = {}
        self._holds: dict[frozenset[str], bool] = {}

    @property
    def bare(self) -> list[tuple[int, int, str]]:
        """`spans` with each word as `_strip_conj` gives it, made once per document: the sentence and clause
        walks asked `_strip_conj` of the same words for every sentence and trigger (~880,000 calls per 450
        articles)."""
        bare = self._bare
        if bare is None:
            bare = self._bare = list(zip(self.starts, self.ends, self.bare_texts, strict=True))
        return bare

    @property
    def bare_texts(self) -> list[str]:
        """`texts` as `_strip_conj` gives each word, made once per document from the process's memo of word
        types (`_stripped`): a text repeats its words (في، من، قوات), and the articles share most of theirs."""
        got = self._bare_texts
        if got is None:
            got = self._bare_texts = _stripped(self.texts)
        return got

    # `bare_before` and `bare_between` are `before` and `between` with each word as `_strip_conj` gives it: the
    # rules that compare words without و/ف read a slice of `bare_texts` instead of stripping each word again
    def bare_before(self, pos: int, n: int, floor: int = 0) -> list[str]:
        """`[_strip_conj(w) for w in before(pos, n, floor)]`."""
        lo, i = self._back(pos, n, floor)
        return self.bare_texts[lo:i]

    def bare_between(self, a: int, b: int, limit: int | None = None) -> list[str]:
        """`[_strip_conj(w) for w in between(a, b, limit)]`."""
        i, j = self._inside(a, b, limit)
        return self.bare_texts[i:j]

    def vocabulary(self, bare_only: bool = False) -> frozenset[str]:
        """The article's word types, stripped of و/ف, and as written too unless bare_only: made once, so that
        a word set the text does not use is known so without a walk of its words (`_word_indexes`)."""
        got = self._vocabulary.get(bare_only)
        if got is None:
            got = frozenset(self.bare_texts)
            if not bare_only:
                got |= frozenset(self.texts)
            self._vocabulary[bare_only] = got
        return got

    def holds_any(self, words: frozenset[str]) -> bool:
        """Whether any of the folded `words` occurs anywhere in the folded text, asked once per list and
        article. Every form a rule compares (a word without و/ف, the article, a proclitic or a pronoun suffix:
        `_bare_forms`) is a piece of the text, so a rule whose cue list the text does not hold cannot fire, and
        may return before reading the words around each trigger (such rules are asked for every trigger, and
        their cues are rare). Only the list's words that hold no other of its words are looked for
        (`_substring_cover`: حماية covers لحماية)."""
        got = self._holds.get(words)
        if got is None:
            text = self.doc.folded.text
            got = self._holds[words] = any(w in text for w in _substring_cover(words))
        return got

    def uses_any(self, words: frozenset[str]) -> bool:
        """Whether a word of `words` is one of the article's words, as written or without a joined و/ف
        (`vocabulary`): the gate of a rule that compares whole words (`_strip_conj(w) in words`), cheaper and
        tighter than `holds_any` (نص is a piece of نصر)."""
        return not words.isdisjoint(self.vocabulary())

    def indexes_of(self, used: Collection[str], bare_only: bool = False) -> list[int]:
        """The indexes, in order, of the words that are in `used` without a joined و/ف (`bare_texts`) or,
        unless bare_only, as written: the membership of every word tested in C (`compress`), not by a Python
        loop over the article's words (`where._word_indexes`)."""
        hits = map(used.__contains__, self.bare_texts)
        if not bare_only:
            hits = map(or_, hits, map(used.__contains__, self.texts))
        return list(compress(range(len(self.texts)), hits))

    def run_of(self, a: int, b: int) -> tuple[int, int]:
        """The indexes [i, j) of the words `spans_from(a)` walks before the first one starting at or after
        `b` (the words are in order, so the end is a bisection)."""
        i = self.index_at(a)
        return i, max(i, bisect.bisect_left(self.starts, b))

    def indexes_in(self, a: int, b: int, forms: Collection[str]) -> list[int]:
        """The indexes, in order, of the words of `run_of(a, b)` that are in `forms` as written: a rule that
        walks a clause's words to act on those of a list (`_in_list_forms` of it) visits only them, the
        membership of every word tested in C (the walks tested each word with a call of `_in_list`)."""
        i, j = self.run_of(a, b)
        return list(compress(range(i, j), map(forms.__contains__, self.texts[i:j])))

    def index_at(self, pos: int) -> int:
        """Index of the first word whose end is after `pos`: one bisection of the ends, which rise with the
        starts as the words neither overlap nor touch (~190,000 calls per 450 articles)."""
        return bisect.bisect_right(self.ends, pos)

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
        """Up to n folded words ending at or before `pos` (not before `floor`), nearest last: one slice of
        `texts`, from the n-th word back or, when that one starts before `floor`, the first word starting at or
        after it (the starts rise, so those words are one run ending at `index_at(pos)`)."""
        lo, i = self._back(pos, n, floor)
        return self.texts[lo:i]

    def _back(self, pos: int, n: int, floor: int) -> tuple[int, int]:
        """The indexes [lo, i) of `before(pos, n, floor)`'s words."""
        i = bisect.bisect_right(self.ends, pos)
        lo = i - n if i > n else 0
        if floor and lo < i and self.starts[lo] < floor:
            lo = bisect.bisect_left(self.starts, floor, lo, i)
        return lo, i

    def between(self, a: int, b: int, limit: int | None = None) -> list[str]:
        """Words wholly inside [a, b), at most `limit` of them: the run from the first word starting at or
        after `a` to the last ending at or before `b` (as `gap` counts it), one slice of `texts`, cut at
        `limit` (asked for every trigger and name; a sentence can be a whole unpunctuated text, and the slice
        copies only the words handed out)."""
        i, j = self._inside(a, b, limit)
        return self.texts[i:j]

    def _inside(self, a: int, b: int, limit: int | None) -> tuple[int, int]:
        """The indexes [i, j) of `between(a, b, limit)`'s words (j == i when there are none)."""
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_right(self.ends, b)
        if limit is not None and j > i + limit:
            j = i + limit
        return i, j if j > i else i

    def gap(self, a: int, b: int) -> int:
        """The number of words wholly inside [a, b), as `len(between(a, b))`, found by bisection: the words are
        in order and do not overlap, so they are the run from the first starting at or after `a` to the last
        ending at or before `b` (asked for every name against every trigger, where a sentence can be a whole
        unpunctuated text)."""
        return max(0, bisect.bisect_right(self.ends, b) - bisect.bisect_left(self.starts, a))


def _group_noun_subject(ctx: _Ctx, anchor: Hit, cs: int, ce: int) -> bool:
    """Whether a bare group noun (الجماعة، التنظيم) is the clause's subject: up to three words before the
    trigger in its clause, or the word right after a verb trigger (هاجم التنظيم)."""
    subjects = cues().group_subjects
    if any(_in_list(w, subjects) for w in ctx.words.before(anchor.start, 3, cs)):
        return True
    return anchor.trig.pos != "noun" and bool(set(ctx.words.between(anchor.end, ce, limit=1)) & subjects)


def _is_group(ent: EntityDraft) -> bool:
    """An actor a group noun may name: its pack entry is of cues().group_kinds; one with no entry is unknown
    to the packs, most often a local group."""
    if ent.type != "actor":
        return False
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return entry is None or entry.kind in cues().group_kinds


def _strip_conj(w: str) -> str:
    """`w` without a joined و/ف (وقوات -> قوات), unless `w` is itself a word of the event_cues lists whose
    first letter is its own (`_own_initial_words`: وقف، وفاة، فيما، وحدات): stripped, such a word could never
    meet its list (وقف -> قف) and would be compared as a word it is not."""
    if len(w) > 2 and w[0] in "وف":
        own = _OWN_INITIAL[0] if _OWN_INITIAL else _own_initial_words()
        return w if w in own else w[1:]
    return w


#: `_strip_conj` of each word type met, for the process (`_stripped`); bounded as detect's `_BARE_FORMS` is
_STRIPPED: dict[str, str] = {}
_STRIPPED_MAX = 131_072


def _stripped(words: list[str]) -> list[str]:
    """`[_strip_conj(w) for w in words]`, with the word types met before read from `_STRIPPED` (pure: the
    own-initial words `_strip_conj` keeps are read once per process)."""
    memo = _STRIPPED
    new = set(words).difference(memo)
    if new:
        if len(memo) + len(new) > _STRIPPED_MAX:
            memo.clear()
            new = set(words)
        for w in new:
            memo[w] = _strip_conj(w)
    return list(map(memo.__getitem__, words))


@cache
def _substring_cover(words: frozenset[str]) -> tuple[str, ...]:
    """The words of `words` that hold no other of its words: a text holds a word of the list exactly when it
    holds one of these (for `Words.holds_any`; 23 guard words are 7)."""
    return tuple(w for w in words if not any(o != w and o in w for o in words))


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
    if any(not _in_list(w, glue) and w not in ("و", "ف") for w in fold_text(text[lo:first.start]).split()):
        return None
    gap = text[first.end:head]
    opener = re.search(r"[^\s،,]+", gap)
    if opener is not None and first.end + opener.start() not in heads \
            and not _in_list(fold_text(opener.group()), cues().undergo_verbs):
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
    """The words that may stand before a fronted time (`_fronted_time`): the calendar pack's aside_glue (its parts
    of the day, صباح، مساء, with في and يوم), the same words the times stage allows before a time aside."""
    from marsad.stages.times import calendar_pack  # the times stage owns the calendar pack's reading

    return calendar_pack().aside_glue


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
    if not opening or not _in_list(opening[0], c.announce_verbs):
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


@cache
def _stage(name: str) -> ModuleType:
    """The stage module marsad.stages.<name>, imported on first use (it is loaded after this one). A `from`
    import in a function body runs the import machinery on every call (~20,000 calls per 225 articles for
    the state adjectives and claims asked per word and trigger: ~2.5 % of the CPU in the sampling profile)."""
    return importlib.import_module(f"marsad.stages.{name}")


def _missing(module: ModuleType, name: str) -> NoReturn:
    """What `from module import name` raises when the module lacks the name."""
    raise ImportError(f"cannot import name {name!r} from {module.__name__!r}")


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
        claims = _stage("claims")
        claim_at = claims.claim_at if hasattr(claims, "claim_at") else _missing(claims, "claim_at")
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
    #: the doer is the claimer of a responsibility claim told later (merge._claimed_back): the party's own
    #: word, whichever way the telling it names is reported, so a first telling that named none takes it
    claimed: bool = False
    #: the clauses of retellings folded into this telling that tell its toll (وكانت الهجمات قد أسفرت عن مقتل
    #: 246): their casualty counts are this event's too (events._event_quantities)
    toll_spans: list[tuple[int, int]] = field(default_factory=list)

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


def _outermost(found: list[tuple[model.Mention, EntityDraft]]) -> list[tuple[model.Mention, EntityDraft]]:
    """The places of `found` (mention first) that lie inside no longer one: one sweep by start, as a dense
    unpunctuated clause can hold hundreds of places and a pairwise test made it quadratic."""
    order = sorted(found, key=lambda p: (p[0].start, -p[0].end))
    inner: set[int] = set()
    reach = -1  # the furthest end of a place that starts before the current start
    for _, group in itertools.groupby(order, key=lambda p: p[0].start):
        same = list(group)
        top = same[0][0].end
        for p in same:
            if reach >= p[0].end or p[0].end < top:
                inner.add(id(p))
        reach = max(reach, top)
    return [p for p in found if id(p) not in inner]


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
        for k, (s, e, w) in enumerate(spans[i:i + n], i):
            if s >= limit:
                break
            if k + 1 < len(spans) and spans[k + 1][2] in packs.folded_words("roles", "adjective_made_in_words"):
                return False, None  # طائرة مسيرة إيرانية الصنع: the maker's nisba names no party to the deed
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
            # per list (`_in_list`): a claim verb whose first letter is its own meets the list as written; every
            # word of the text met at once in C through the forms the list accepts
            spans = self.words.spans
            self._claim_verb_words = list(compress(range(len(spans)),
                                                   map(_in_list_forms(verbs).__contains__, map(_THIRD, spans))))
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
        backing = cues().backing_words
        # the three words tested in C first: most names have no word of backing before them (asked for every
        # name of every clause, ~19,000 `_in_list` calls per 450 articles)
        for k, w in enumerate(prev if not _in_list_forms(backing).isdisjoint(prev) else ()):
            if not _in_list(w, backing):
                continue
            rest = prev[k + 1:]
            if not rest or rest[0] in cues().origin_markers or (rest[0][:1] == "ب" and len(rest[0]) > 2):
                return True
        return _backer_after_filler(self, m, floor) or _member_frame(self, m, prev)

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
            if len(found) > 1:
                # the country inside a longer place's name (الساحل الغربي لليمن) only says whose that place is:
                # the longer place is the site
                found = _outermost(found)
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
        if len(prev) == 2 and _in_list(prev[0], block):
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
        if not (_in_list(w, unnamed) or (
                _in_list(w, crowd) and (k < i or w.endswith("ون")))):
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
            _in_list(after[1], nameless) or (len(after) == 3 and _in_list(after[2], nameless))):
        return not ctx.doc.overlapping(anchor.end, ctx.words.spans_at(anchor.end, 3)[-1][1])
    # the verb alone, not the object of a trigger phrase (أطلقوا النار، أطلقا النار)
    form = _strip_conj(fold_text(ctx.doc.text[anchor.start:anchor.end]).split(" ")[0])
    # the verb's number picks the subject's: a plural verb a plural crowd (محتجون … اقتحموا), a dual verb a
    # dual (اقترب مسلحان … وأطلقا النار)
    if form.endswith(c.plural_verb_endings):
        ending = "ون"
    elif form.endswith(c.dual_verb_endings):
        ending = "ان"
    else:
        return False
    before = [sp for sp in ctx.words.spans_at(ss, 40) if ss <= sp[0] and sp[1] <= anchor.start]
    for k in range(len(before) - 1, -1, -1):
        s, e, w = before[k]
        if ctx.doc.mentions_in(e, anchor.start, ("actor",)):
            return False  # a party named after the crowd may be the verb's subject
        bare = _strip_conj(w)
        if bare in nameless and bare.endswith(ending) and not ctx.doc.overlapping(s, e):
            # تفجيران انتحاريان: after a noun of its number the word is that noun's adjective, no doer
            prev = _strip_conj(before[k - 1][2]) if k > 0 else ""
            if prev.endswith(ending) and prev not in nameless:
                continue
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
    if k >= 0 and spans[k][0] >= cs and _in_list(spans[k][2], preps):
        k -= 1
    # the verb right before the noun (SVO: مسلحون حاولوا شن) or one word before it (VSO: حاول متظاهرون اقتحام)
    for j, subj in ((k, k - 1), (k - 1, k)):
        if j < 0 or spans[j][0] < cs or spans[subj][0] < cs or not _in_list(spans[j][2], verbs):
            continue
        w = spans[subj][2]
        if _in_list(w, unnamed) and not ctx.doc.overlapping(spans[subj][0], spans[subj][1]):
            return True
    return False


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


def _count_word(w: str) -> bool:
    """A digit run or a number word, bare or after و (وخمسمئة)."""
    return w.isdigit() or _in_list(w, _number_words())


def _state_adjectives() -> dict[str, str]:
    """Folded nationality adjective (التركي، روسية، الأميركيين) → the actor's pack id."""
    return packs.state_words(states_only=False)


def _derived_state_adjectives() -> dict[str, str]:
    """The dual and plural nisbas stage entities derives from each state's singular one (جنديان روسيان، ضباط
    تركيين): they name the state only where that stage made them a mention, after a noun of armed men."""
    return _stage("entities").derived_nisbas()


#: how far before a name another name holding it may start (a force with its patron's full name)
_NAME_REACH = 120


def _member_frame(ctx: _Ctx, m: model.Mention, prev: list[str]) -> bool:
    """هاجمت قسد ضمن التحالف الدولي مواقع داعش: a party named right after another party and a word of
    membership (event_cues membership_words) is the frame the first fights in, a partner at most, never its
    target; a name after ضمن with no party right before it (قتل جندي ضمن التحالف) keeps its roles."""
    if not prev or not _in_list(prev[-1], _cue_words("membership_words")):
        return False
    near = ctx.doc.mentions_in(max(0, m.start - 80), m.start, ("actor",))
    return any(x.end <= m.start and ctx.words.gap(x.end, m.start) == 1 for x, _ent in near)


def _backer_after_filler(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """بإسناد ومشاركة من التحالف، بدعم جوي من، بمساندة وغطاء جوي من: a conjunct noun or an adjective (up to
    two words) may stand between the word of backing and the من right before the backer."""
    prev = ctx.words.before(m.start, 4, floor)
    if len(prev) < 3 or prev[-1] not in cues().origin_markers:
        return False
    return any(_in_list(w, cues().backing_words) for w in prev[:-2])


#: `_own_initial_words`, filled on first use: `_strip_conj` is asked ~900,000 times per 450 articles
_OWN_INITIAL: list[frozenset[str]] = []


def _own_initial_words() -> frozenset[str]:
    """The one-word entries of the event_cues lists that begin with و or ف (folded),
    save those whose rest is an entry too: وأصيب، وهو، وإنه beside أصيب، هو، إنه carry the conjunction in the
    entry, for lists read as written; فردا، وفر beside ردا، فر are read either way, so they keep the old
    stripping. Lists of endings (`*_endings`) hold no words. What is left (وقف، وفاة، وقت، فيما، فيه، وحدات،
    واصل) has its own first letter, so `_strip_conj` leaves it whole; its rest is no listed word, so no list
    meets less than before."""
    words: set[str] = set()

    def add(x: object) -> None:
        if isinstance(x, str):
            f = _f(x)
            if f and " " not in f:
                words.add(f)
        elif isinstance(x, list):
            for y in x:
                add(y)
        elif isinstance(x, dict):
            for y in x.values():
                add(y)

    for key, value in load_json("event_cues").items():
        if key not in ("changes", "version") and not key.endswith("_endings"):
            add(value)
    own = frozenset(w for w in words if len(w) > 2 and w[0] in "وف" and w[1:] not in words)
    _OWN_INITIAL[:] = [own]
    return own


@cache
def _in_list_forms(words: frozenset[str]) -> frozenset[str]:
    """Every word `_in_list(w, words)` accepts, as one set: the list's own words, and each of two letters or
    more with a joined و/ف (`_in_list` strips one off a word of three or more). A walk of a whole text's words
    then meets them in C (`compress` over the set's membership), not with a call per word."""
    return words | frozenset(c + w for w in words if len(w) >= 2 for c in "وف")


def _in_list(w: str, words: Collection[str]) -> bool:
    """Whether the folded word `w` is a word of the list `words`: as written, or else without a joined و/ف
    (وقوات in a list with قوات). Asked per list, not through one set for all lists (`_strip_conj`): a word
    whose first letter is its own in one list (فصائل، وحدة) then still meets another list in its joined
    form, and a listed word that begins with و/ف (فردا، وفر) meets its own list though its rest is a word of
    another. Two set look-ups, nothing built: the callers' lists are the packs' cached sets."""
    return w in words or (len(w) > 2 and w[0] in "وف" and w[1:] in words)
