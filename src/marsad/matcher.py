"""Clitic-aware multi-pattern matching over folded Arabic text (Aho-Corasick).

Arabic attaches conjunctions and prepositions to the next word: بالحسكة (ب + الحسكة), والقامشلي,
للجزيرة (ل + الجزيرة, where the article's alef drops). A key matches when it starts a word or follows
one of the proclitic sequences below, and ends a word. Keys are folded with `textnorm.fold_text`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from marsad.textnorm import fold_text

#: proclitics that may stand before a key (folded forms)
PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
#: before a key whose ال was absorbed by a preceding ل (لل): the ل itself, with و/ف
LAM_PREFIXES = frozenset({"ل", "ول", "فل"})


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


class PhraseIndex:
    """Many phrases, one pass. `add(phrase, payload)`, then `find(folded_text)`."""

    def __init__(self) -> None:
        self._plain: dict[str, list[Any]] = {}
        # ال-keys with the alef dropped after a lam preposition: الجزيرة is written للجزيرة
        self._lam: dict[str, list[Any]] = {}
        self._auto: Any = None
        self._values: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]] = []
        #: the last text scanned and its matches (by identity: the pipeline's folded text is one string)
        self._memo: tuple[str, list[Match]] | None = None

    def add(self, phrase: str, payload: Any) -> None:
        key = " ".join(fold_text(phrase).split())
        if len(key) < 2:
            return
        self._plain.setdefault(key, []).append(payload)
        if key.startswith("ال") and len(key) > 3:
            self._lam.setdefault("ل" + key[2:], []).append(payload)
        self._auto = None
        self._memo = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = None
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
            self._auto = None
            self._values = []

    def __len__(self) -> int:
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
            for key in self._plain.keys() | self._lam.keys():
                auto.add_word(key, len(values))
                values.append((key, tuple(self._plain.get(key, ())), tuple(self._lam.get(key, ()))))
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
            ws = start
            while ws > 0 and start - ws < 3:
                c = text[ws - 1]
                if not (c.isalnum() or c == "_"):
                    break
                ws -= 1
            if ws > 0:
                c = text[ws - 1]
                if c.isalnum() or c == "_":
                    continue
            prefix = text[ws:start]
            if plain and prefix in PREFIXES:
                payloads = plain
            elif lam and prefix in LAM_PREFIXES:
                # the span starts after the article's lam: للجزيرة → جزيرة, which folds like الجزيرة
                payloads = lam
                prefix += text[start]
                start += 1
            else:
                continue
            if prefix and key[0].isascii():
                continue  # Latin names take no Arabic proclitics in running text
            out.append(Match(start, end, key, payloads, prefix))
        self._memo = (text, out)
        return list(out)

    def find(self, text: str) -> list[Match]:
        """Longest non-overlapping matches, in text order."""
        return longest_first(self.find_all(text))


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
