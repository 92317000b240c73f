"""Clitic-aware multi-pattern matching over folded Arabic text (Aho-Corasick).

Arabic attaches conjunctions and prepositions to the next word: بالحسكة (ب + الحسكة), والقامشلي,
للجزيرة (ل + الجزيرة, where the article's alef drops). A key matches when it starts a word or follows
one of the proclitic sequences below, and ends a word. Keys are folded with `textnorm.fold_text`.
A Latin key takes the same proclitics: Arabic writes them joined to a Latin name, mostly with a
tatweel that folding drops (لـCNN، بـAFP).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from marsad.textnorm import fold_text, proclitics

#: proclitics that may stand before a key (folded forms; data/clitics.json phrase_key), or none. Built once at
#: import: every raw hit of every pack scan asks it
PREFIXES = frozenset(("", *proclitics("phrase_key")))
#: before a key whose ال was absorbed by a preceding ل (لل): the ل itself, with و/ف (clitics.json phrase_key_lam)
LAM_PREFIXES = frozenset(proclitics("phrase_key_lam"))


def _word_prefix(text: str, start: int) -> str | None:
    """The letters (at most three) joined before a key starting at `start`, or None when more than three
    stand there: the key then starts inside a longer word. Which of them are proclitics is the caller's
    question (`PREFIXES`, `LAM_PREFIXES`). `is_word_char` is written out: this runs for every raw hit."""
    ws = start
    while ws > 0 and start - ws < 3:
        c = text[ws - 1]
        if not (c.isalnum() or c == "_"):
            break
        ws -= 1
    if ws > 0:
        c = text[ws - 1]
        if c.isalnum() or c == "_":
            return None
    return text[ws:start]


#: a word, a space and a short quoted name after it, in folded text (folding turns every quote mark into "):
#: منظمه "غولن"، منظمات "ارهابيه". News quotes the proper part of a name or scare-quotes a label; the phrase
#: is the same with the quote marks left out
#: Up to two words before the quote: a name's quoted part may be its last word of three (حزب العمال "الكردستاني").
_QUOTED_TAIL = re.compile(r'(?<![\w"])((?:\w+ )?\w+) "(\w+(?: \w+){0,3})"')


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@dataclass(frozen=True, slots=True)
class Match:
    """A key found in folded text: [start, end) in folded offsets, with the payloads stored for the key."""

    start: int
    end: int
    key: str
    payloads: tuple[Any, ...]
    prefix: str  # the proclitics before the key (folded)


def _match_maker() -> Any:
    """A `Match` constructor that fills the slots directly: the frozen dataclass's `__init__` goes through
    `object.__setattr__` field by field (1.8 µs a match against 1.0; tens of thousands of matches an article
    batch). The same class and values, so equality, hashing and pickling are unchanged."""
    new = object.__new__
    s_start, s_end, s_key, s_payloads, s_prefix = (
        Match.__dict__[f].__set__ for f in ("start", "end", "key", "payloads", "prefix"))

    def make(start: int, end: int, key: str, payloads: tuple[Any, ...], prefix: str) -> Match:
        m = new(Match)
        s_start(m, start)
        s_end(m, end)
        s_key(m, key)
        s_payloads(m, payloads)
        s_prefix(m, prefix)
        return m  # type: ignore[no-any-return]

    return make


_make_match = _match_maker()


def _shared_payloads(
    values: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]],
) -> list[tuple[str, tuple[Any, ...], tuple[Any, ...]]]:
    """`values` with equal immutable payloads made one object, for a pickle: the trigger index gives each
    inflected form its own payload (11,300 of them, 2,600 different), and a pickle stores, and a fresh process
    rebuilds, one object per identity (the events index loads in half the time). Only tuples and frozen
    dataclasses are shared, and only when their type and repr agree besides ==, so that True is never made 1
    nor a field left out of == merged; the index that is pickled keeps its own objects."""
    one: dict[tuple[type, Any, str], Any] = {}
    kinds: dict[type, bool] = {}

    def shareable(cls: type) -> bool:
        params = getattr(cls, "__dataclass_params__", None)
        return cls is tuple or (params is not None and params.frozen
                                and all(f.compare and f.repr for f in dataclasses.fields(cls)))

    def shared(p: Any) -> Any:
        cls = type(p)
        ok = kinds.get(cls)
        if ok is None:
            ok = kinds[cls] = shareable(cls)
        if not ok:
            return p
        try:
            return one.setdefault((cls, p, repr(p)), p)
        except TypeError:  # unhashable: a list or a dict inside
            return p

    return [(key, tuple(map(shared, plain)), tuple(map(shared, lam))) for key, plain, lam in values]


class PhraseIndex:
    """Many phrases, one pass. `add(phrase, payload)`, then `find(folded_text)`."""

    def __init__(self) -> None:
        self._plain: dict[str, list[Any]] | None = {}
        # ال-keys with the alef dropped after a lam preposition: الجزيرة is written للجزيرة
        self._lam: dict[str, list[Any]] | None = {}
        self._auto: Any = None
        self._values: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]] = []
        #: the last text scanned and its matches (by identity: the pipeline's folded text is one string)
        self._memo: tuple[str, list[Match]] | None = None

    def _phrases(self) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
        """The key → payloads tables; an index read from the cache has only the compiled table until a
        phrase is added to it (they are rebuilt from it then)."""
        if self._plain is None or self._lam is None:
            self._plain = {key: list(plain) for key, plain, _ in self._values if plain}
            self._lam = {key: list(lam) for key, _, lam in self._values if lam}
        return self._plain, self._lam

    def add(self, phrase: str, payload: Any) -> None:
        key = " ".join(fold_text(phrase).split())
        if len(key) < 2:
            return
        plain, lam = self._phrases()
        plain.setdefault(key, []).append(payload)
        if key.startswith("ال") and len(key) > 3:
            lam.setdefault("ل" + key[2:], []).append(payload)
        self._auto = None
        self._memo = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = None
        if self._auto is not None:
            # compiled: `_values` holds every key and its payloads, so the phrase tables would be a second
            # copy of the same lists (a third of an index's pickle, and of the time a cold start loads it)
            state["_plain"] = state["_lam"] = None
            state["_keys"] = len(self._plain) if self._plain is not None else self._count()
            state["_values"] = _shared_payloads(self._values)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # an index pickled by another version of this class (an index cache): keep the phrases, rebuild
        # the automaton when its layout is not this one's
        self.__dict__.update(state)
        self._memo = None
        auto = state.get("_auto")
        values = state.get("_values")
        if auto is None or not isinstance(values, list) or (len(auto) and not isinstance(auto.get(next(
                iter(auto.keys()))), int)):
            if self._plain is None or self._lam is None:
                self._phrases()  # the tables from what was stored, before the stored table is dropped
            self._auto = None
            self._values = []

    def _count(self) -> int:
        return sum(1 for _, plain, _ in self._values if plain)

    def __len__(self) -> int:
        if self._plain is None:
            keys = self.__dict__.get("_keys")
            return keys if isinstance(keys, int) else self._count()
        return len(self._plain)

    def compile(self) -> PhraseIndex:
        """Build the automaton now (before the index is stored or shared); returns the index."""
        self._automaton()
        return self

    def _automaton(self) -> Any:
        if self._auto is None:
            # the automaton stores an int per key, the payloads live in one table: both pickle compactly
            # (an index cache) and the payload objects are shared, not copied per key
            auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            values: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]] = []
            plain, lam = self._phrases()
            for key in plain.keys() | lam.keys():
                auto.add_word(key, len(values))
                values.append((key, tuple(plain.get(key, ())), tuple(lam.get(key, ()))))
            if len(auto):
                auto.make_automaton()
            self._values = values
            self._auto = auto
        return self._auto

    def find_all(self, text: str) -> list[Match]:
        """Every boundary-valid occurrence, overlapping ones included."""
        memo = self._memo
        if memo is not None and memo[0] is text:
            return list(memo[1])  # several stages scan the same folded text with one index
        if text is _TOGETHER.text and _TOGETHER.scan(self, text):
            return list(self._memo[1])  # type: ignore[index]  # (filled by the scan of all the indexes)
        auto = self._automaton()
        if not len(auto):
            return []
        out: list[Match] = []
        n = len(text)
        values = self._values
        # `is_word_char` written out: the checks run for every raw hit, most of them inside longer words
        for end_idx, v in auto.iter(text):
            key, plain, lam = values[v]
            end = end_idx + 1
            if end < n:
                c = text[end]
                if c.isalnum() or c == "_":
                    continue
            start = end - len(key)
            prefix = _word_prefix(text, start)
            if prefix is None:
                continue
            if plain and prefix in PREFIXES:
                payloads = plain
            elif lam and prefix in LAM_PREFIXES:
                # the span starts after the article's lam: للجزيرة → جزيرة, which folds like الجزيرة
                payloads = lam
                prefix += text[start]
                start += 1
            else:
                continue
            out.append(_make_match(start, end, key, payloads, prefix))
        self._memo = (text, out)
        return list(out)

    def find_across_quotes(self, text: str) -> list[tuple[Match, int, int]]:
        """Keys that run from a word into the quoted name after it (منظمه "غولن" as منظمه غولن): each match,
        in offsets of `text` (from the word to the end of the key inside the quotes, the closing mark included
        when the key takes the whole name), with the quoted name's span. Only a window per quoted name is
        scanned: a text without quotes costs one search."""
        if '"' not in text:
            return []
        memo = self._memo  # the windows must not displace the whole text's scan
        out: list[tuple[Match, int, int]] = []
        for window, cut, heads, base, qs, qe in _quoted_windows(text):
            for m in self.find_all(window):
                if m.start - len(m.prefix) in heads and m.end > cut:
                    end = base + m.end + 1
                    # a key that takes the whole quoted name takes its closing mark too: the mention is the
                    # name as written (تحالف "الفتح"), and what follows it starts after the quotes
                    if end == qe:
                        end += 1
                    out.append((_make_match(base + m.start, end, m.key, m.payloads, m.prefix), qs, qe))
        self._memo = memo
        return out

    def find(self, text: str) -> list[Match]:
        """Longest non-overlapping matches, in text order."""
        return longest_first(self.find_all(text))


#: a quoted name's window: the text scanned (the words before the quote, a space, the name), the window offset
#: past which a key must end (it reaches into the name), the window offsets a key may start at (either word
#: before the quote), the window's offset in the text, the name's span in the text
_Window = tuple[str, int, tuple[int, ...], int, int, int]
#: the last text's windows (`_quoted_windows`), one tuple swapped whole (threads)
_windows_memo: tuple[str, tuple[_Window, ...]] | None = None


def _quoted_windows(text: str) -> tuple[_Window, ...]:
    """The windows of `text`'s quoted names (`_QUOTED_TAIL`), found once a text: two stages (entities,
    framing) ask `find_across_quotes` of the same folded text with different indexes, and the regex pass was
    two thirds of each call's cost."""
    global _windows_memo
    memo = _windows_memo
    if memo is not None and memo[0] is text:
        return memo[1]
    got = []
    for q in _QUOTED_TAIL.finditer(text):
        word = q.group(1)
        # window offsets past the space lie one character later in the text; a key starts at either word
        heads = (0, word.find(" ") + 1) if " " in word else (0,)
        got.append((f"{word} {q.group(2)}", len(word) + 1, heads, q.start(1), q.start(2), q.end(2)))
    windows = tuple(got)
    _windows_memo = (text, windows)
    return windows


def longest_first(matches: Iterable[Match]) -> list[Match]:
    chosen: list[Match] = []
    starts: list[int] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect.bisect_left(starts, m.start)
        if i > 0 and chosen[i - 1].end > m.start:
            continue
        if i < len(chosen) and chosen[i].start < m.end:
            continue
        chosen.insert(i, m)
        starts.insert(i, m.start)
    return chosen


#: documents read before the indexes that scan every document are merged into one automaton: merging ~30,000
#: keys costs about as much as 100 articles' separate scans save, so a short run never pays it
TOGETHER_AFTER = 32
#: documents an index must have scanned before it joins (an index made for one article never does)
TOGETHER_MIN_DOCS = 2

#: a key of the merged automaton: the key, its length, and (member number, plain payloads, lam payloads) for
#: each member index that has it
_Merged = tuple[str, int, tuple[tuple[int, tuple[Any, ...], tuple[Any, ...]], ...]]
#: the members, their own automata when merged, the merged automaton and its keys (`_Merged`)
_Group = tuple[list["PhraseIndex"], list[Any], Any, list[_Merged]]


class _Together:
    """The pack indexes that scan the whole folded text of every document (places, entities, event cues and a
    score of small ones: ~20 scans of the same text an article), scanned in one pass of one merged automaton.
    `find_all` asks it on a miss for the document text the pipeline names (`document`); it fills the memo of
    every member, so each member's later `find_all` of that text is a memo hit. The matches are those of each
    index's own scan, in the same order: a key's boundary and proclitic checks depend only on the key and the
    text, and the merged automaton reports, at each end, the keys that end there longest first, as each
    index's own automaton does (the member's keys are a subsequence). Over 900 ANT articles the 21 separate
    scans took 0.56 ms an article, the merged one 0.22 ms.

    Which indexes scan every document is learnt while the first `TOGETHER_AFTER` documents are read (an index
    seen in `TOGETHER_MIN_DOCS` of them joins; weak references, so an index made for one article is not kept);
    the automaton is built then (0.06 s), and built again only when an index that scans at least an eighth of
    the documents is not in it (checked at 4, 16, 64 ... times `TOGETHER_AFTER` documents). A member changed
    after the merge (`add`: its own automaton is then another object) ends the group until the next build."""

    def __init__(self) -> None:
        #: the folded text of the document being analysed (None between documents)
        self.text: str | None = None
        self.docs = 0
        #: id(index) -> [weak reference, documents it scanned, the last of them]
        self.seen: dict[int, list[Any]] = {}
        #: the merged automaton with what it was built from, one tuple swapped whole: a thread that reads it
        #: never sees one build's members with another build's automaton
        self.group: _Group | None = None
        self.scanned: str | None = None
        self.next_build = TOGETHER_AFTER

    def document(self, text: str | None) -> None:
        self.text = text
        self.scanned = None
        if text is not None:
            self.docs += 1

    def _learn(self, index: PhraseIndex) -> None:
        key = id(index)
        got = self.seen.get(key)
        if got is None or got[0]() is not index:
            if len(self.seen) > 4096:  # indexes made for one article, gone: their entries are dropped
                self.seen = {k: v for k, v in self.seen.items() if v[0]() is not None}
            self.seen[key] = [weakref.ref(index), 1, self.docs]
        elif got[2] != self.docs:
            got[1] += 1
            got[2] = self.docs

    def scan(self, index: PhraseIndex, text: str) -> bool:
        """Scan `text` (the document's) for every member when `index` is one and it was not scanned yet; True
        when `index`'s memo now holds it."""
        self._learn(index)
        if self.docs >= self.next_build:
            self._build()
        group = self.group
        if group is None or self.scanned is text:
            return False
        members, autos, _auto, _values = group
        if index not in members:
            return False
        if any(m._auto is not a for m, a in zip(members, autos, strict=True)):
            self.group = None  # a member changed
            return False
        self.scanned = text
        _scan_together(group, text)
        memo = index._memo
        return memo is not None and memo[0] is text

    def _build(self) -> None:
        self.next_build = max(self.next_build, self.docs) * 4
        members = []
        for ref, n, _last in self.seen.values():
            index = ref()
            if index is not None and n >= TOGETHER_MIN_DOCS and index._auto is not None and len(index._auto):
                members.append((index, n))
        group = self.group
        old = set(map(id, group[0])) if group is not None else set()
        if group is not None and not any(id(index) not in old and n * 8 >= self.docs for index, n in members):
            return  # no index that scans many documents is left out
        table: dict[str, list[tuple[int, tuple[Any, ...], tuple[Any, ...]]]] = {}
        for no, (index, _n) in enumerate(members):
            for key, plain, lam in index._values:
                table.setdefault(key, []).append((no, plain, lam))
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        values: list[_Merged] = []
        for key, got in table.items():
            auto.add_word(key, len(values))
            values.append((key, len(key), tuple(got)))
        if len(auto):
            auto.make_automaton()
        indexes = [index for index, _n in members]
        self.group = (indexes, [index._auto for index in indexes], auto, values)
        self.scanned = None


def _scan_together(group: _Group, text: str) -> None:
    """`PhraseIndex.find_all`'s loop, once for all the members of a merged automaton (`_Together`): each
    member's matches go to its memo."""
    members, _autos, auto, values = group
    outs: list[list[Match]] = [[] for _ in members]
    n = len(text)
    for end_idx, v in auto.iter(text) if len(auto) else ():
        end = end_idx + 1
        if end < n:  # before the key's entry is unpacked: two raw hits in five end inside a word
            c = text[end]
            if c.isalnum() or c == "_":
                continue
        key, klen, entries = values[v]
        start = end - klen
        prefix = _word_prefix(text, start)
        if prefix is None:
            continue
        plain_ok = prefix in PREFIXES
        lam_ok = prefix in LAM_PREFIXES
        if not (plain_ok or lam_ok):
            continue
        for no, plain, lam in entries:
            if plain and plain_ok:
                outs[no].append(_make_match(start, end, key, plain, prefix))
            elif lam and lam_ok:
                outs[no].append(_make_match(start + 1, end, key, lam, prefix + text[start]))
    for index, out in zip(members, outs, strict=True):
        index._memo = (text, out)


_TOGETHER = _Together()


def document(text: str | None) -> None:
    """Name the folded text of the document now analysed (None when it is done): the indexes that scan it
    whole are then scanned together (`_Together`). The pipeline calls this around each document."""
    _TOGETHER.document(text)
