"""Token features for the CRF tagger.

Every feature of a word that does not depend on its neighbours is computed once per surface form and
cached, so tagging costs a few dictionary look-ups per token. The lexicon the features consult (gazetteer
entries from marsad's packs, word clusters learnt from the ANT corpus) is frozen into the model file at
training time: editing a pack later does not silently change what a shipped model sees.
"""

from __future__ import annotations

import copy
import re
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import numpy as np

    from marsad.ner.viterbi import Weights

FEATURE_VERSION = "3"
#: prefixes of a word's bit string (`Lexicon.paths`) given as features, coarse to fine (as Brown-cluster
#: prefixes are used: a short prefix is a broad word class, a long one a narrow one)
PATH_PREFIXES = (4, 6, 10, 14)
#: most words the per-word feature cache holds (two generations of half this each), so memory stays flat over a
#: corpus of any size. A cached word keeps pointers to the model's own attribute strings, about 0.9 kB (it was
#: 2.8 kB with its own copies, when the limit was 5,000 words); 400 cued ANT articles hold 16,000 distinct
#: words, and 12,000 cut the misses from 29,000 to 18,000 (ner stage CPU -30% with the other changes). 900 cued
#: articles hold 28,200 distinct words: 12,000 missed 41,600 times, 40,000 only the 28,700 first sightings (~30 µs
#: a miss, ~13,000 fewer; peak RSS 170 → 185 MB). 32,000 keeps most of that gain for ~20 MB at the plateau
CACHE_LIMIT = 32_000

_PROCLITICS2 = ("وب", "ول", "وك", "فب", "فل", "وس")
_PROCLITICS1 = ("و", "ف", "ب", "ل", "ك")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_WINDOW = (-2, -1, 1, 2)
MAX_GAZ_LEN = 6
#: the prefixes of a word's own attributes that `_features` builds from its surface, in its order (after "b")
_OWN_PREFIXES = ("w=", "f=", "st=", "sh=", "s1=", "s2=", "s3=", "s4=", "p1=", "p2=", "p3=", "ss1=", "ss2=", "ss3=",
                 "ss4=", "sp1=", "sp2=", "sp3=", "sp4=", "len=")
_PATH_KEYS = {n: f"bp{n}=" for n in PATH_PREFIXES}
#: the other kinds: clusters (c, c=none), signs, labels, bit-string prefixes
_LEX_PREFIXES = ("c", "e", "L=", *_PATH_KEYS.values())

T = TypeVar("T")


def _by_kind(items: Iterable[tuple[str, T]], prefixes: Sequence[str]) -> dict[str, dict[str, T]]:
    """For each prefix, the rest of each string that starts with it → its value: `x in out[p]` exactly when
    `p + x` is one of the strings. The prefixes end in "=" (the first "=" of the string) or are one
    character with no "=" (c, e)."""
    assert all(p.find("=") == len(p) - 1 or (len(p) == 1 and p != "=") for p in prefixes)
    out: dict[str, dict[str, T]] = {p: {} for p in prefixes}
    for a, v in items:
        i = a.find("=")
        if i > 0:
            kind = out.get(a[: i + 1])
            if kind is not None:
                kind[a[i + 1 :]] = v
                continue
        kind = out.get(a[:1])
        if kind is not None:
            kind[a[1:]] = v
    return out


#: `len=` attributes' values
_LENGTHS = tuple(str(n) for n in range(9))
#: what `Featurizer` keeps per word: its own attributes, its attributes as seen from each neighbour offset,
#: its folded form, its `stem`, its forms that start a gazetteer entry (with that entry's longest length), and
#: (with the model's weights, `Featurizer.weights`) a one-item list holding the sum of its own attributes'
#: weights, one per label, summed in CRFsuite's order (None until `Featurizer.scores` first meets the word: it
#: sums a document's new words in one numpy pass, ~6 µs a word less than one call per word). With the weights
#: the attributes are kept as their rows in them (ints: no string need be kept, or even built, for an attribute
#: the model has no weight for), without them as strings
Word = tuple[list[Any], dict[int, tuple[Any, ...]], str, str, tuple[tuple[str, int], ...], Any]


def _cp(s: str) -> str:
    return chr(int(s[2:], 16)) if s.startswith("U+") else s


def fold_table(charmap: dict) -> dict[int, str | None]:
    """A `str.translate` table doing what `marsad.textnorm.fold_text` does with this charmap: delete
    diacritics and tatweel, unify letter variants, lower-case Latin."""
    table: dict[int, str | None] = {}
    for lo, hi, *_ in charmap["delete"]:
        for c in range(ord(_cp(lo)), ord(_cp(hi)) + 1):
            table[c] = None
    for k, v in charmap["replace"].items():
        table[ord(_cp(k))] = _cp(v)
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    table[0x0640] = None  # tatweel
    return table


def current_charmap() -> dict:
    """marsad's character map now (`data/charmap.json`): frozen into each model at training time."""
    from marsad.textnorm import _charmap

    cm = _charmap()
    return {"delete": cm["delete"], "replace": cm["replace"]}


_CURRENT: list[dict[int, str | None]] = []


def fold_token(tok: str, table: dict[int, str | None] | None = None) -> str:
    """The folded form of a token, with `table` (a model's frozen map) or marsad's current charmap."""
    if table is None:
        if not _CURRENT:
            _CURRENT.append(fold_table(current_charmap()))
        table = _CURRENT[0]
    return tok.translate(table)


def variants(f: str) -> list[str]:
    """A folded word and the same word with its proclitics (و ف ب ل ك, لل → ال) taken off."""
    out = [f]
    if len(f) > 3 and f[:2] in _PROCLITICS2:
        out.append(f[2:])
    if len(f) > 3 and f.startswith(("ولل", "فلل", "كال")):
        out.append("ال" + f[3:] if f[1] == "ل" else f[1:])
    if len(f) > 2 and f[0] in _PROCLITICS1:
        out.append(f[1:])
    if len(f) > 3 and f.startswith("لل"):
        out.append("ال" + f[2:])
    return list(dict.fromkeys(out))


def stem(f: str) -> str:
    """The word without proclitics and the article: والسورية → سوريه (folded)."""
    v = variants(f)[-1]
    if len(v) > 3 and v.startswith("ال"):
        v = v[2:]
    return v


def shape(tok: str) -> str:
    if _DIGIT.search(tok):
        return "D" if not _ARABIC.search(tok) and not _LATIN.search(tok) else "DX"
    if _LATIN.search(tok):
        return "L"
    if _ARABIC.search(tok):
        return "A"
    return "P"


@dataclass
class Lexicon:
    """What the features look up: multi-word gazetteer entries and word clusters (both folded)."""

    #: folded token tuple → sorted type labels ("LOC", "ORG", "PER", ...)
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: folded word → labels of single words ("GIVEN", "ROLE", ...)
    words: dict[str, str] = field(default_factory=dict)
    #: folded word → cluster ids at several granularities, e.g. ["a12", "b301", "c1877"]
    clusters: dict[str, list[str]] = field(default_factory=dict)
    #: the folding map (`delete`, `replace` of marsad's charmap.json) the model was trained with
    charmap: dict = field(default_factory=dict)
    #: folded word → bit string of a hierarchical clustering of its ANT vector (`clusters.WordClasses`)
    paths: dict[str, str] = field(default_factory=dict)
    #: folded word → the strong dimensions of its ANT vector, e.g. ["3+", "17-"]
    signs: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "gazetteer": [[list(k), v] for k, v in sorted(self.gazetteer.items())],
            "words": dict(sorted(self.words.items())),
            "clusters": dict(sorted(self.clusters.items())),
            "charmap": self.charmap,
            "paths": dict(sorted(self.paths.items())),
            "signs": dict(sorted(self.signs.items())),
        }

    @classmethod
    def from_json(cls, d: dict) -> Lexicon:
        # the labels recur (~4,000 cluster ids over 30,000 words, a few gazetteer labels, the signs' dimensions)
        # but JSON gives each occurrence its own string: one object per label lets the index cache's pickle of
        # the model store each once, and a fresh process reads ~200,000 fewer strings (the tagger's load is a
        # sixth of a one-article run)
        one = sys.intern
        return cls(
            {tuple(k): one(v) for k, v in d.get("gazetteer", [])},
            dict(d.get("words", {})),
            {k: [one(c) for c in v] for k, v in d.get("clusters", {}).items()},
            dict(d.get("charmap") or {}),
            dict(d.get("paths") or {}),
            {k: [one(c) for c in v] for k, v in (d.get("signs") or {}).items()},
        )



def lexicon_labels(lex: Lexicon, forms: Sequence[str]) -> set[str]:
    """The word-list labels and the one-word gazetteer labels (G-prefixed) of a token's forms."""
    labels: set[str] = set()
    for v in forms:
        w = lex.words.get(v)
        if w:
            labels.update(w.split("|"))
        g = lex.gazetteer.get((v,))
        if g:
            labels.update("G" + x for x in g.split("|"))
    return labels


#: what `Featurizer._build_row_tables` sets from the weights (`row_tables`; the index cache keeps them)
ROW_TABLES = ("_eos_rows", "_edge_kinds", "_edge_rows", "_bg_ids", "_gaz_label", "_gaz_rows", "_gaz_next", "_fams",
              "_row_b", "_row_al", "_own_fams", "_ctx_fams", "_parts", "_part_table", "_perm_table")
#: most forms of the clusters' vocabulary (the lexicon's common words) whose entries and filled slots are made
#: once with the row tables and kept in a region of `_Slots` no generation evicts (`Featurizer._build_perm`)
PERM_FORMS = 30_000
#: what a word's entry takes from its folded form (`Featurizer._form_part`): its stem, its own rows but w= and
#: sh= (those of f= and st= first, how many of them), the f= and st= neighbour rows, the cluster's and labels'
#: ones, the gazetteer entries its forms start
_FormPart = tuple[str, Sequence[int], int, Any, Any, tuple[Any, ...], tuple[tuple[str, int], ...]]
#: the permanent region (`Featurizer._build_perm`): the slot of each form of `_parts` (-1: none), the slots' own
#: rows (flat, with offsets), the number of each one's neighbour table in a list of them, and what the slots hold
#: (`_Slots._region`). Columns, not 30,000 entries: the index cache then reads a few arrays (~0.15 s less)
_PermTable = tuple[Any, Any, Any, Any, list[Any], tuple[Any, ...]]


def _stem_of(vs: list[str]) -> str:
    """`stem`, from a folded word's `variants`."""
    st = vs[-1]
    return st[2:] if len(st) > 3 and st.startswith("ال") else st
#: words that `_Slots` holds before it starts a new generation: the word cache's two generations and a document
SLOTS = CACHE_LIMIT + 8_192


class _Slots:
    """What `Featurizer.scores` reads of each word, as numpy arrays indexed by the word's slot: the sum of its own
    attributes' weights (one per label), its neighbour rows for each offset of `_WINDOW` (flat arrays, a start
    and a length per slot), its ids in the model's bigrams and what it is in the gazetteer. A word
    keeps its slot in `Word`'s last item as `base` + slot; when the slots run out a new generation starts
    (`restart`: `base` moves on), and a word whose number is below `base` gets a new slot when next scored.
    So a document's scores are gathered from these arrays, with no per-token Python list building."""

    def __init__(self, n_labels: int, cap: int = SLOTS) -> None:
        self.base = 0
        #: the permanent region (`keep`): its first `perm` slots, `perm_ctx` neighbour rows, and the slot lists
        #: of its words (renumbered by `restart`, never refilled)
        self.perm = 0
        self.perm_ctx = 0
        self.perm_slots: dict[int, list[int]] = {}
        self._alloc(n_labels, cap)

    def _alloc(self, n_labels: int, cap: int) -> None:
        import numpy as np

        self.used = 0
        self.cap = cap
        self.own = np.zeros((cap, n_labels), dtype=np.float64)
        #: ids of the word as the first and the second word of a `bg-=` and a `bg+=` bigram (-1: none)
        self.bg = {(kind, side): np.full(cap, -1, dtype=np.int64) for kind in ("bg-=", "bg+=") for side in (0, 1)}
        #: the tag (B- of its label) of the word as a one-word gazetteer entry (-1: none); whether it starts an
        #: entry of more words; whether it can follow the first word of one
        self.gaz_one = np.full(cap, -1, dtype=np.intp)
        self.gaz_long = np.zeros(cap, dtype=bool)
        self.gaz_next = np.zeros(cap, dtype=bool)
        #: the neighbour rows of slot i at offset `_WINDOW[j]`: `ctx_len[4i + j]` of them in `ctx_flat` from
        #: `ctx_start[4i + j]` on
        self.ctx_start = np.zeros(cap * len(_WINDOW), dtype=np.intp)
        self.ctx_len = np.zeros(cap * len(_WINDOW), dtype=np.intp)
        self.ctx_flat = np.zeros(4 * cap, dtype=np.intp)
        self.ctx_used = 0
        self.offsets = np.array(_WINDOW, dtype=np.intp)

    def restart(self, need: int) -> None:
        """A new generation, with room for at least `need` words (a document larger than `cap` widens it)."""
        self.base += self.cap  # above every number handed out so far
        if need > self.cap - self.perm:
            old = self._region()
            self._alloc(self.own.shape[1], need + self.perm)
            self._put(old)
        self.used = self.perm
        self.ctx_used = self.perm_ctx
        for j, s in self.perm_slots.items():  # the permanent words stay where they are
            s[0] = self.base + j

    def _region(self) -> tuple[Any, ...]:
        """Copies of what the first `perm` slots hold (`_put` puts them back), in `_PermTable`'s order."""
        n, m = self.perm, self.perm_ctx
        return (self.own[:n].copy(), {k: v[:n].copy() for k, v in self.bg.items()}, self.gaz_one[:n].copy(),
                self.gaz_long[:n].copy(), self.gaz_next[:n].copy(), self.ctx_start[: n * len(_WINDOW)].copy(),
                self.ctx_len[: n * len(_WINDOW)].copy(), self.ctx_flat[:m].copy())

    def _put(self, region: tuple[Any, ...]) -> None:
        import numpy as np

        own, bg, gaz_one, gaz_long, gaz_next, ctx_start, ctx_len, ctx_flat = region
        n, m = len(own), len(ctx_flat)
        self.own[:n] = own
        for k, v in bg.items():
            self.bg[k][:n] = v
        self.gaz_one[:n] = gaz_one
        self.gaz_long[:n] = gaz_long
        self.gaz_next[:n] = gaz_next
        self.ctx_start[: len(ctx_start)] = ctx_start
        self.ctx_len[: len(ctx_len)] = ctx_len
        if m > len(self.ctx_flat):
            self.ctx_flat = np.zeros(max(2 * len(self.ctx_flat), m), dtype=np.intp)
        self.ctx_flat[:m] = ctx_flat
        self.perm, self.perm_ctx = n, m
        self.used, self.ctx_used = n, m

    def keep(self, region: tuple[Any, ...]) -> None:
        """Fills the first slots from `region` (`Featurizer._build_perm`) as a region no generation evicts; the
        entries of its words are made when first asked for (`Featurizer._perm_word`), each with a slot list of
        its own (this `_Slots`' numbers, never shared with another featurizer's)."""
        self._put(region)
        self.perm_slots = {}

    def add_ctx(self, first: int, lens: list[int], flat: np.ndarray) -> None:
        """The neighbour rows of the slots from `first` on, offset by offset for each slot (`lens` rows each)."""
        import numpy as np

        used = self.ctx_used
        end = used + len(flat)
        if end > len(self.ctx_flat):
            grown = np.zeros(max(2 * len(self.ctx_flat), end), dtype=np.intp)
            grown[:used] = self.ctx_flat[:used]
            self.ctx_flat = grown
        self.ctx_flat[used:end] = flat
        a, b = first * len(_WINDOW), first * len(_WINDOW) + len(lens)
        ln = np.array(lens, dtype=np.intp)
        self.ctx_len[a:b] = ln
        self.ctx_start[a:b] = used + np.cumsum(ln) - ln
        self.ctx_used = end


class Featurizer:
    """Turns a token sequence into CRFsuite attribute lists."""

    def __init__(
        self, lexicon: Lexicon, active: frozenset[str] | None = None, weights: Weights | None = None
    ) -> None:
        self.lex = lexicon
        #: the attributes the model has weights for; others are dropped before they reach CRFsuite (speed)
        self.active = active
        #: the model's weights (`marsad.ner.viterbi`), with `active`: each cached word then also keeps what
        #: `scores` needs to score a sentence without CRFsuite
        self.weights = weights if active is not None else None
        attr_id = self.weights.attr_id if self.weights is not None else None
        self.attr_id = attr_id
        self._table = fold_table(lexicon.charmap) if lexicon.charmap else fold_table(current_charmap())
        # two generations of per-word features: when the young one fills up it becomes the old one, and a
        # word found there moves back, so the words an article keeps using survive a flush (one dict of
        # CACHE_LIMIT words emptied at once missed twice as often: 30,000 misses on 16,000 distinct words)
        self._cache: dict[str, Word] = {}
        self._old: dict[str, Word] = {}
        self.max_gaz = max((len(k) for k in lexicon.gazetteer), default=1)
        self.max_gaz = min(self.max_gaz, MAX_GAZ_LEN)
        #: first token of a gazetteer entry → its longest entry: most words start none, and skip the look-ups
        self._gaz_first: dict[str, int] = {}
        for k in lexicon.gazetteer:
            if k and self._gaz_first.get(k[0], 0) < len(k):
                self._gaz_first[k[0]] = len(k)
        #: a neighbour's attribute → the offsets (`_WINDOW` order) at which the model has a weight for it: most
        #: of a rare word's attributes have none, and are not built only to be dropped
        ctx_active: dict[str, list[int]] = {}
        self._canon = {a: a for a in active or ()}
        prefixes = {f"{o}:": o for o in _WINDOW}
        for a in active or ():
            head, sep, rest = a.partition(":")
            if sep and head + sep in prefixes:
                ctx_active.setdefault(rest, []).append(prefixes[head + sep])
        self._ctx_active = {k: tuple(sorted(v, key=_WINDOW.index)) for k, v in ctx_active.items()}
        # the edge-of-sentence features, filtered once
        pads = {o: f"{o}:pad" for o in _WINDOW}
        self._pad = {o: [x] if active is None or x in active else [] for o, x in pads.items()}
        self._bos = [] if active is not None and "BOS" not in active else ["BOS"]
        self._eos = [] if active is not None and "EOS" not in active else ["EOS"]
        #: the word caches of the featurizer this one took over from (`with_weights`): a word found there is
        #: converted (its attribute strings looked up as rows), not featurized again
        self._strings: tuple[dict[str, Word], ...] = ()
        #: the neighbour-row tables built so far, by the rows they are built from (`_features`)
        self._ctx_seen: dict[tuple[tuple[tuple[int, int], ...], ...], dict[int, tuple[int, ...]]] = {}
        if attr_id is not None:
            self._row_tables()

    def _row_tables(self, tables: dict[str, Any] | None = None) -> None:
        """The tables `scores` needs, as rows of `weights` (`tables`: the ones `row_tables` gave for the same
        model and weights, read from the index cache instead of built again), and slots of its own."""
        assert self.weights is not None
        if tables is None:
            self._build_row_tables()
            self._perm_table = self._build_perm()
        else:
            for name in ROW_TABLES:
                setattr(self, name, tables[name])
        #: the words' slots in the arrays `scores` reads (a featurizer of its own, never shared by `with_weights`):
        #: the permanent region first, then two generations' worth
        self._slots = _Slots(len(self.weights.labels), SLOTS + len(self._perm_table[3]))
        self._slots.keep(self._perm_table[5])
        #: the permanent region's entries made so far, by slot (kept: a word of it never takes a young slot)
        self._perm_words: dict[int, Word] = {}

    def _build_perm(self) -> _PermTable:
        """The permanent region: the entries of the clusters' vocabulary (the ~30,000 forms of the lexicon, its
        common words) featurized and their slots filled once, kept with the row tables in the index cache.
        Half the words a process meets for the first time are one of them (or fold to one, with the same
        entry): they then cost a look-up, not `_features` and `_fill` (~10 µs each), in every process."""
        assert self.weights is not None
        table = self._table
        forms = [f for f in self.lex.clusters if fold_token(f, table) == f][:PERM_FORMS]
        self._perm_table = (array("i", [-1]) * len(self._parts), array("i"), array("i"), array("i"), [], ())
        words = [self._features(f) for f in forms]
        sl = _Slots(len(self.weights.labels), len(words))
        self._fill(sl, words)
        sl.perm, sl.perm_ctx = len(words), sl.ctx_used
        slot_of = array("i", [-1]) * len(self._parts)
        offsets, rows, ctx_ids = array("i", [0]), array("i"), array("i")
        ctxs: list[Any] = []
        seen: dict[int, int] = {}  # the neighbour tables are shared between words (`_assemble`)
        for j, (f, w) in enumerate(zip(forms, words, strict=True)):
            slot_of[self._parts[f]] = j
            rows.extend(w[0])
            offsets.append(len(rows))
            c = seen.get(id(w[1]))
            if c is None:
                c = seen[id(w[1])] = len(ctxs)
                ctxs.append(w[1])
            ctx_ids.append(c)
        return slot_of, rows, offsets, ctx_ids, ctxs, sl._region()

    def _perm_word(self, j: int, f: str, k: int) -> Word:
        """The entry of the permanent region's slot `j` (form `f`, number `k` in `_parts`), made once."""
        _, rows, offsets, ctx_ids, ctxs, _ = self._perm_table
        sts, gss = self._part_table[3], self._part_table[7]
        sl = self._slots
        # its slot is filled already, where the slots hold the region (slots made without it: -1, filled anew)
        kept = j < sl.perm
        w = (rows[offsets[j] : offsets[j + 1]].tolist(), ctxs[ctx_ids[j]], f, sts[k], gss[k],
             [sl.base + j if kept else -1])
        self._perm_words[j] = w
        if kept:
            sl.perm_slots[j] = w[5]
        return w

    def row_tables(self) -> dict[str, Any]:
        """The tables `_row_tables` built (plain containers and numpy arrays: they pickle)."""
        return {name: getattr(self, name) for name in ROW_TABLES}

    def _build_row_tables(self) -> None:
        import numpy as np

        assert self.weights is not None
        attr_id = self.weights.attr_id
        pad_rows = {o: [attr_id[x] for x in v] for o, v in self._pad.items()}
        bos_rows = [attr_id[x] for x in self._bos]
        self._eos_rows = [attr_id[x] for x in self._eos]
        # the edge attributes `scores` adds, in `words_sentence`'s order, each where a row of its `inside` mask is
        # False: the pads of offsets -2, -1, 1, 2 (no word there), then BOS (no word before); at most one row
        # each, and one the model has no weight for is left out
        edge = [(j, r) for j, r in enumerate((*(pad_rows[o] for o in _WINDOW), bos_rows)) if r]
        assert all(len(r) == 1 for _, r in edge) and len(self._eos_rows) <= 1
        self._edge_kinds = [min(j, 1) if j == len(_WINDOW) else j for j, _ in edge]  # BOS: no word at -1
        self._edge_rows = np.array([r[0] for _, r in edge], dtype=np.intp)
        #: a neighbour's attribute → (offset, its row) for each offset the model has a weight for it at
        ctx_rows = {k: tuple((o, attr_id[f"{o}:{k}"]) for o in v) for k, v in self._ctx_active.items()}
        #: the same bigrams as numbers, for `scores`: per kind, its first and second words → ids, and the sorted
        #: keys (first id × number of seconds + second id) with their rows. A first word has no "|", so
        #: "bg-=" + a + "|" + b is an attribute exactly when a's and b's ids make one of the keys
        self._bg_ids: dict[str, tuple[dict[str, int], dict[str, int], np.ndarray, np.ndarray]] = {}
        for kind in ("bg-=", "bg+="):
            pairs = [(a[4:].partition("|"), r) for a, r in attr_id.items() if a[:4] == kind]
            first_id = {x: i for i, x in enumerate(sorted({f for (f, _, _), _ in pairs}))}
            second_id = {x: i for i, x in enumerate(sorted({t for (_, _, t), _ in pairs}))}
            keys = np.array([first_id[f] * len(second_id) + second_id[t] for (f, _, t), _ in pairs], dtype=np.int64)
            order = np.argsort(keys)
            self._bg_ids[kind] = (first_id, second_id, keys[order],
                                  np.array([r for _, r in pairs], dtype=np.intp)[order])
        # the gazetteer's tags as numbers (B- of label i is 2i, I- is 2i + 1) and, per tag, the rows of its
        # attributes as the word's own (g=), the next word's (-1:g=) and the word before's (1:g=); -1: none
        labels = sorted(set(self.lex.gazetteer.values()))
        self._gaz_label = {x: i for i, x in enumerate(labels)}
        tags = [p + x for x in labels for p in ("B-", "I-")]
        self._gaz_rows = {key: np.array([attr_id.get(key + t, -1) for t in tags], dtype=np.intp)
                          for key in ("g=", "-1:g=", "1:g=")}
        #: the words that follow the first word in a gazetteer entry: only before one of them can a word
        #: start an entry of more than one word
        self._gaz_next = frozenset(t for k in self.lex.gazetteer for t in k[1:])
        # the model's attributes by kind: for each prefix of `_features`' attributes, the rest of the string →
        # its row; `x in fams[P]` exactly when `P + x` is an attribute, so `_form_part` looks a word's
        # attributes up without building their strings
        fams = _by_kind(attr_id.items(), (*_OWN_PREFIXES, *_LEX_PREFIXES))
        self._fams = fams
        self._row_b, self._row_al = attr_id.get("b"), attr_id.get("al")
        #: the tables of `_OWN_PREFIXES`, in their order
        self._own_fams = [fams[p] for p in _OWN_PREFIXES]
        #: the same for a neighbour's attributes: the rest of `ctx_base`'s string → its (offset, row) pairs
        self._ctx_fams = _by_kind(ctx_rows.items(), ("f=", "st=", "sh=", "c", "L="))
        # the form parts of the clusters' vocabulary, made once with the tables (and read back with them from
        # the index cache): a new word that folds to one of these costs a third of one featurized in full
        # kept as columns (`_part_table`), the rows of all forms in one int array with their offsets, the form's
        # number in `_parts`: a tuple and an int array per form took ~11 MB for the 30,000 forms, ~6 MB so, and
        # the index cache pickles a few dozen objects, not 60,000. The neighbour-row tuples (`hits`), nearly all
        # of one row, are shared between the forms with the same ones.
        self._parts: dict[str, int] = {}
        offsets, all_rows, heads = array("i", [0]), array("i"), array("i")
        sts: list[str] = []
        hit_fs: list[Any] = []
        hit_sts: list[Any] = []
        hit_all: list[tuple[Any, ...]] = []
        gss: list[tuple[tuple[str, int], ...]] = []
        same: dict[tuple[int, ...], tuple[Any, ...]] = {}
        for f in self.lex.clusters:
            vs = variants(f)
            st, rows, n_head, hit_f, hit_st, hits, gs = self._form_part(f, vs, _stem_of(vs))
            self._parts[f] = len(sts)
            all_rows.extend(rows)
            offsets.append(len(all_rows))
            heads.append(n_head)
            sts.append(f if st == f else st)
            hit_fs.append(hit_f)
            hit_sts.append(hit_st)
            hit_all.append(same.setdefault(tuple(map(id, hits)), hits))
            gss.append(gs)
        self._part_table = (offsets, all_rows, heads, sts, hit_fs, hit_sts, hit_all, gss)

    def with_weights(self, weights: Weights, tables: dict[str, Any] | None = None) -> Featurizer:
        """This featurizer (same lexicon and model attributes) keeping its words as rows of `weights`, for
        `scores`. Its string tables are shared, not rebuilt, and the words this one has cached are converted
        when first asked for, not featurized again (a word costs ~30 µs to featurize, ~3 µs to convert)."""
        assert self.active is not None
        new = copy.copy(self)
        new.weights = weights
        new.attr_id = weights.attr_id
        new._cache, new._old, new._ctx_seen = {}, {}, {}
        new._strings = (self._cache, self._old) if self.weights is None else ()
        new._row_tables(tables)  # and slots of its own
        return new

    def gaz_starts(self, f: str) -> tuple[tuple[str, int], ...]:
        """The forms of folded word `f` (`variants`) that start a gazetteer entry, with that entry's
        longest length, in `variants` order."""
        first = self._gaz_first
        return tuple((v, first[v]) for v in variants(f) if v in first)

    def _word(self, tok: str) -> Word:
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        hit = self._old.get(tok)
        if hit is None:
            hit = self._from_strings(tok) if self._strings else None
            if hit is None:
                hit = self._features(tok)
        if len(self._cache) >= CACHE_LIMIT // 2:
            self._old = self._cache
            self._cache = {}
            self._strings = ()  # the words taken over have had a generation to be asked for
        self._cache[tok] = hit
        return hit

    def words(self, tokens: Sequence[str]) -> list[Word]:
        """`_word` of each of `tokens` (none blank: `_word` featurizes a blank one as given): the words of the
        young generation are found with one `map` of its `dict.get`, the others (new words, the old
        generation's) through `_word`. ~0.15 µs a token less than a `_word` call each."""
        ws: list[Word | None] = list(map(self._cache.get, tokens))
        word = self._word
        try:
            i = ws.index(None)
            while True:
                ws[i] = word(tokens[i])
                i = ws.index(None, i + 1)
        except ValueError:
            pass
        return ws  # type: ignore[return-value]

    def _from_strings(self, tok: str) -> Word | None:
        """`tok`'s entry from the caches taken over (`with_weights`), as rows: the attributes there are the
        model's (`active`), which are the weights' attributes, so the rows are the ones `_features` finds."""
        for cache in self._strings:
            w = cache.get(tok)
            if w is not None:
                ids = self.attr_id
                assert ids is not None
                own = [r for r in map(ids.get, w[0]) if r is not None]
                ctx = {o: tuple(r for r in map(ids.get, v) if r is not None) for o, v in w[1].items()}
                return own, ctx, w[2], w[3], w[4], [-1]
        return None

    def _features(self, tok: str) -> Word:
        f = fold_token(tok, self._table)
        if self.weights is not None:
            k = self._parts.get(f)
            j = -1 if k is None else self._perm_table[0][k]
            # a permanent form's entry is also the entry of a token that folds to it, unless the two differ
            # in the only attributes read from the surface: the token's own w= row and its shape
            if j >= 0 and (tok == f or (shape(tok) == shape(f) and tok not in self._own_fams[0]
                                        and f not in self._own_fams[0])):
                hit = self._perm_words.get(j)
                return hit if hit is not None else self._perm_word(j, f, k)  # type: ignore[arg-type]
            if k is None:
                vs = variants(f)
                part = self._form_part(f, vs, _stem_of(vs))
            else:  # the form's part, read back from the columns (`_build_row_tables`)
                offsets, all_rows, heads, sts, hit_fs, hit_sts, hit_all, gss = self._part_table
                part = (sts[k], all_rows[offsets[k]:offsets[k + 1]], heads[k], hit_fs[k], hit_sts[k], hit_all[k],
                        gss[k])
            return self._assemble(tok, f, shape(tok), part)
        vs = variants(f)
        st = _stem_of(vs)
        sh = shape(tok)
        lex = self.lex
        own = [
            "b",
            "w=" + tok,
            "f=" + f,
            "st=" + st,
            "sh=" + sh,
            "s1=" + f[-1:],
            "s2=" + f[-2:],
            "s3=" + f[-3:],
            "s4=" + f[-4:],
            "p1=" + f[:1],
            "p2=" + f[:2],
            "p3=" + f[:3],
            # affixes of the word without its clitics: a name keeps them under و ب ل ال
            "ss1=" + st[-1:],
            "ss2=" + st[-2:],
            "ss3=" + st[-3:],
            "ss4=" + st[-4:],
            "sp1=" + st[:1],
            "sp2=" + st[:2],
            "sp3=" + st[:3],
            "sp4=" + st[:4],
            "len=" + str(min(len(st), 8)),
        ]
        if f.startswith("ال") or (len(f) > 3 and f[1:3] == "ال"):
            own.append("al")
        al_st = "ال" + st
        cl = lex.clusters.get(f) or lex.clusters.get(st) or lex.clusters.get(al_st)
        # a neighbour sees the word's folded form, stem, shape, middle cluster and labels: the strings
        # just built for its own attributes
        ctx_base = own[2:5]
        if cl:
            n_own = len(own)
            own.extend("c" + c for c in cl)
            ctx_base.append(own[n_own + len(cl) // 2])
        else:
            own.append("c=none")
        if lex.paths:
            path = lex.paths.get(f) or lex.paths.get(st) or lex.paths.get(al_st)
            if path is not None:
                own.extend(f"bp{n}={path[:n]}" for n in PATH_PREFIXES)
        if lex.signs:
            sg = lex.signs.get(f) or lex.signs.get(st) or lex.signs.get(al_st)
            if sg:
                own.extend("e" + x for x in sg)
        labels = ["L=" + x for x in sorted(lexicon_labels(lex, (*vs, st)))]
        own += labels
        ctx_base += labels
        act = self.active
        first = self._gaz_first
        gs = tuple((v, first[v]) for v in vs if v in first)
        if act is None:
            ctx = {o: tuple(f"{o}:{x}" for x in ctx_base) for o in _WINDOW}
        else:
            # the model's own string objects are kept, not the equal ones just built: a cached word then
            # costs pointers, not copies of its attribute strings (a third of the memory per word)
            canon = self._canon
            own = [canon[x] for x in own if x in canon]
            lists: dict[int, list[str]] = {o: [] for o in _WINDOW}
            for x in ctx_base:
                for o in self._ctx_active.get(x, ()):
                    lists[o].append(canon[f"{o}:{x}"])
            ctx = {o: tuple(v) if v else () for o, v in lists.items()}
        return own, ctx, f, st, gs, None

    def _form_part(self, f: str, vs: list[str], st: str) -> _FormPart:
        """`_features` with the weights, part one: the rows of the attributes `_features` lists, in its order,
        looked up by kind (`_fams`) without building their strings (half the cost of a new word), as far as
        they come from the folded form `f` alone: all but the surface (`w=`) and shape (`sh=`) attributes.
        `_parts` holds it ready for every word of the clusters' vocabulary (two thirds of the new words of a
        document fold to one); `_assemble` adds the rest. `test_rows_are_the_rows_of_the_attribute_strings`
        checks the rows against the strings."""
        fams = self._fams
        lex = self.lex
        own = self._own_fams
        head = [r for r in (own[1].get(f), own[2].get(st)) if r is not None]
        vals = [f[-1:], f[-2:], f[-3:], f[-4:], f[:1], f[:2], f[:3], st[-1:], st[-2:], st[-3:], st[-4:], st[:1],
                st[:2], st[:3], st[:4], _LENGTHS[min(len(st), 8)]]
        # list comprehensions, not generators fed to `extend`: a new word's features are ~35 look-ups, and
        # each generator costs ~0.5 µs more
        tail = [r for r in map(dict.get, own[4:], vals) if r is not None]
        if self._row_al is not None and (f.startswith("ال") or (len(f) > 3 and f[1:3] == "ال")):
            tail.append(self._row_al)
        al_st = "ال" + st
        cl = lex.clusters.get(f) or lex.clusters.get(st) or lex.clusters.get(al_st)
        if cl:
            tail += [r for r in map(fams["c"].get, cl) if r is not None]
        else:
            r = fams["c"].get("=none")
            if r is not None:
                tail.append(r)
        if lex.paths:
            path = lex.paths.get(f) or lex.paths.get(st) or lex.paths.get(al_st)
            if path is not None:
                for n in PATH_PREFIXES:
                    r = fams[_PATH_KEYS[n]].get(path[:n])
                    if r is not None:
                        tail.append(r)
        if lex.signs:
            sg = lex.signs.get(f) or lex.signs.get(st) or lex.signs.get(al_st)
            if sg:
                tail += [r for r in map(fams["e"].get, sg) if r is not None]
        words, gaz = lex.words, lex.gazetteer
        labels: Sequence[str] = ()
        for v in (*vs, st):  # `lexicon_labels`, for the common case of a word no list knows
            if v in words or (v,) in gaz:
                labels = sorted(lexicon_labels(lex, (*vs, st)))
                break
        cf = self._ctx_fams
        hits = []
        if cl:
            hits.append(cf["c"].get(cl[len(cl) // 2]))
        if labels:
            tail += [r for r in map(fams["L="].get, labels) if r is not None]
            hits += map(cf["L="].get, labels)
        first = self._gaz_first
        gs = tuple((v, first[v]) for v in vs if v in first)
        return st, head + tail, len(head), cf["f="].get(f), cf["st="].get(st), tuple(hits), gs

    def _assemble(self, tok: str, f: str, sh: str, part: _FormPart) -> Word:
        """A new word's entry from its form's part and its own surface and shape, the rows in `_features`' order
        (b, w=, f=, st=, sh=, then the rest) and the neighbour attributes in its order (f=, st=, sh=, cluster,
        labels)."""
        st, form_rows, n_head, hit_f, hit_st, hits, gs = part
        own = self._own_fams
        rows = [] if self._row_b is None else [self._row_b]
        r = own[0].get(tok)
        if r is not None:
            rows.append(r)
        rows += form_rows[:n_head]
        r = own[3].get(sh)
        if r is not None:
            rows.append(r)
        rows += form_rows[n_head:]
        key = tuple([h for h in (hit_f, hit_st, self._ctx_fams["sh="].get(sh), *hits) if h])
        # a new word is mostly a rare one, whose only attributes weighed as a neighbour's are its shape and
        # labels: words with the same ones share one table (built once, never changed)
        ctx = self._ctx_seen.get(key)
        if ctx is None:
            lists: dict[int, list[int]] = {-2: [], -1: [], 1: [], 2: []}  # `_WINDOW`
            for hit in key:
                for o, r in hit:
                    lists[o].append(r)
            ctx = {o: tuple(v) for o, v in lists.items()}
            if len(self._ctx_seen) >= CACHE_LIMIT:
                self._ctx_seen = {}
            self._ctx_seen[key] = ctx
        return rows, ctx, f, st, gs, [-1]

    def scores(self, parts: Sequence[Sequence[Word]]) -> np.ndarray:
        """The CRF's state scores (tokens of all `parts` one after another × labels) for the attributes
        `words_sentence` gives each part's words, each summed in their order as CRFsuite sums them: the
        word's own attributes (their sum kept in the word's slot, `_Slots`), then its neighbours' (offsets
        -2, -1, 1, 2), then the edge, bigram and gazetteer ones. Needs `weights`.

        The whole document is built with numpy from the words' slots, kind by kind (the neighbours at each
        offset, each edge attribute, the bigrams, EOS, the gazetteer tags); a position's inputs stay in
        `words_sentence`'s order because the kinds come in that order and `Weights.scores` adds a position's
        inputs in the order given. Only the bigram and gazetteer look-ups are Python, and only at the
        positions whose word can start one (flags kept per slot)."""
        import numpy as np

        weights = self.weights
        assert weights is not None
        ws = [w for words in parts for w in words]
        n_tok = len(ws)
        if not n_tok:
            return np.zeros((0, len(weights.labels)), dtype=np.float64)
        slots = self._slots_of(ws)
        sl = self._slots
        lengths = np.fromiter(map(len, parts), dtype=np.intp, count=len(parts))
        # each token's place in its part (`k`) and its part's length
        size = np.repeat(lengths, lengths)
        k = np.arange(n_tok, dtype=np.intp) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        rows: list[np.ndarray] = []
        pos: list[np.ndarray] = []
        # where each neighbour is in the part: position p gets the attributes of the word at p + o as seen
        # from offset o, for o in `_WINDOW`; offset by offset (`nonzero` of the rows of `inside` lists them so)
        inside = np.empty((len(_WINDOW), n_tok), dtype=bool)
        for j, o in enumerate(_WINDOW):
            np.greater_equal(k, -o, out=inside[j]) if o < 0 else np.less(k, size - o, out=inside[j])
        j, at = np.nonzero(inside)
        cell = slots[at + sl.offsets[j]] * len(_WINDOW) + j
        n_rows = sl.ctx_len[cell]
        total = int(n_rows.sum())
        if total:
            ends = np.cumsum(n_rows)
            rows.append(sl.ctx_flat[np.repeat(sl.ctx_start[cell] - ends + n_rows, n_rows)
                                    + np.arange(total, dtype=np.intp)])
            pos.append(np.repeat(at, n_rows))
        # then the pads where a neighbour is missing and BOS at a part's first word, in `words_sentence`'s order
        # (a pad or BOS the model has no weight for has row -1 and is left out)
        edge = self._edge_rows
        if len(edge):
            kinds = np.logical_not(inside[self._edge_kinds])
            j, at = np.nonzero(kinds)
            rows.append(edge[j])
            pos.append(at)
        # the bigrams with the word before (the first word has BOS instead), then with the word after (the last
        # has EOS instead): a pair of ids looked up among the model's keys
        later = np.flatnonzero(k > 0)
        for kind, place in (("bg-=", later), ("bg+=", later - 1)):
            _, second_id, keys, key_rows = self._bg_ids[kind]
            a_id, b_id = sl.bg[kind, 0][slots[later - 1]], sl.bg[kind, 1][slots[later]]
            ok = np.flatnonzero((a_id >= 0) & (b_id >= 0))
            if len(ok) and len(keys):
                key = a_id[ok] * len(second_id) + b_id[ok]
                i = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
                hit = keys[i] == key
                rows.append(key_rows[i[hit]])
                pos.append(place[ok[hit]])
        if self._eos_rows:  # at a part's last word
            at = np.flatnonzero(~inside[2])
            rows.append(np.full(len(at), self._eos_rows[0], dtype=np.intp))
            pos.append(at)
        tags = self._gaz_doc(ws, slots, k, size)
        if tags is not None:
            # a tagged word's own tag, then the tag of the word before, then of the word after
            before = np.full(n_tok, -1, dtype=np.intp)
            before[1:] = tags[:-1]
            before[k == 0] = -1
            after = np.full(n_tok, -1, dtype=np.intp)
            after[:-1] = tags[1:]
            after[k + 1 == size] = -1
            for key, seen in (("g=", tags), ("-1:g=", before), ("1:g=", after)):
                at = np.flatnonzero(seen >= 0)
                r = self._gaz_rows[key][seen[at]]
                has = r >= 0
                rows.append(r[has])
                pos.append(at[has])
        start = sl.own[slots]
        if not rows:
            return start
        return weights.scores(start, np.concatenate(rows), np.concatenate(pos))

    def _gaz_doc(self, ws: Sequence[Word], slots: np.ndarray, k: np.ndarray, size: np.ndarray) -> np.ndarray | None:
        """`_gaz_tags` of every part of a document (`k`: each word's place in its part, `size`: its part's
        length), as tag numbers (`_gaz_label`; -1: none), or None when no word is tagged. A word that starts
        an entry of more words is tried as `_gaz_tags` tries it only where the next word can follow a first
        word; elsewhere it can only be a one-word entry, whose tag is kept in its slot. Spans are then laid
        out from the left, a word inside a span found before skipped, as `_gaz_tags` does."""
        import numpy as np

        sl = self._slots
        one = sl.gaz_one[slots]
        n_tok = len(ws)
        nxt = np.zeros(n_tok, dtype=bool)
        nxt[:-1] = sl.gaz_next[slots[1:]]
        long = np.flatnonzero(sl.gaz_long[slots] & nxt & (k + 1 < size))
        found_one = one >= 0
        if not len(long) and not found_one.any():
            return None
        tags = np.where(found_one, one, -1)
        spans = []  # (start, length, label) of the entries of two words or more
        if len(long):
            gaz, label, max_gaz = self.lex.gazetteer, self._gaz_label, self.max_gaz
            folded = [w[2] for w in ws]
            left = (size - k).tolist()
            for i in long.tolist():
                found, g_found = 0, ""
                for first, longest in ws[i][4]:
                    for length in range(min(max_gaz, left[i], longest), 0, -1):
                        if length <= found:
                            break
                        g = gaz.get((first, *folded[i + 1 : i + length]))
                        if g is not None:
                            found, g_found = length, g
                            break
                if found > 1:  # one word found: the first of its forms that is an entry, its `gaz_one` tag
                    spans.append((i, found, label[g_found] * 2))
        covered = 0
        for i, m, b in spans:  # in order, as `_gaz_tags` walks
            if i < covered:
                continue
            tags[i] = b
            tags[i + 1 : i + m] = b + 1
            covered = i + m
        return tags if (tags >= 0).any() else None

    def _slots_of(self, ws: Sequence[Word]) -> np.ndarray:
        """The slots (`_Slots`) of `ws`, giving one to each word that has none in the current generation."""
        import numpy as np

        sl = self._slots
        got = np.array([w[5][0] for w in ws], dtype=np.int64)
        # a number outside the slots handed out (a word whose slots are another `_Slots`') is stale too
        stale = (got < sl.base) | (got >= sl.base + sl.used)
        if stale.any():
            fresh = {id(w[5]): w for w in map(ws.__getitem__, np.flatnonzero(stale).tolist())}
            if sl.used + len(fresh) > sl.cap:
                # full: a new generation, in which the document's words are the first ones again
                sl.restart(len({id(w[5]) for w in ws}))
                # the permanent words keep their slots (renumbered), the others get new ones
                got = np.array([w[5][0] for w in ws], dtype=np.int64)
                stale = (got < sl.base) | (got >= sl.base + sl.used)
                fresh = {id(w[5]): w for w in map(ws.__getitem__, np.flatnonzero(stale).tolist())}
            self._fill(sl, list(fresh.values()))
            got = np.array([w[5][0] for w in ws], dtype=np.int64)
        return (got - sl.base).astype(np.intp)

    def _fill(self, sl: _Slots, words: list[Word]) -> None:
        """Gives `words` the next slots and fills them: the sum of each word's own attributes' weights (summed in
        their order from 0.0 as CRFsuite sums them), its neighbour rows, and whether it can start a bigram or
        a gazetteer entry."""
        import numpy as np

        weights = self.weights
        assert weights is not None
        first = sl.used
        n = len(words)
        end = first + n
        own = [w[0] for w in words]
        lens = list(map(len, own))
        rows = np.fromiter(chain.from_iterable(own), dtype=np.intp, count=sum(lens))
        sl.own[first:end] = weights.row_sums(rows, np.repeat(np.arange(n, dtype=np.intp), lens), n)
        folded = [w[2] for w in words]
        none = [-1] * n
        for kind, (first_id, second_id, _, _) in self._bg_ids.items():
            sl.bg[kind, 0][first:end] = np.fromiter(map(first_id.get, folded, none), dtype=np.int64, count=n)
            sl.bg[kind, 1][first:end] = np.fromiter(map(second_id.get, folded, none), dtype=np.int64, count=n)
        sl.gaz_next[first:end] = np.fromiter(map(self._gaz_next.__contains__, folded), dtype=bool, count=n)
        sl.gaz_one[first:end] = -1
        sl.gaz_long[first:end] = False
        gaz, label = self.lex.gazetteer, self._gaz_label
        for i, w in enumerate(words, first):
            if w[4]:  # most words start no entry
                # the first of the word's forms that is a one-word entry is its tag when no longer entry starts
                g = next((g for g in (gaz.get((v,)) for v, _ in w[4]) if g is not None), None)
                if g is not None:
                    sl.gaz_one[i] = label[g] * 2
                sl.gaz_long[i] = any(m > 1 for _, m in w[4])
        # each word's neighbour tables in `_WINDOW` order (the order `_features` builds them in)
        ctx = [v for w in words for v in w[1].values()]
        lens = list(map(len, ctx))
        sl.add_ctx(first, lens, np.fromiter(chain.from_iterable(ctx), dtype=np.intp, count=sum(lens)))
        for i, w in enumerate(words, sl.base + first):
            w[5][0] = i
        sl.used = end

    def gazetteer_tags(self, folded: Sequence[str]) -> list[str | None]:
        """Longest-match gazetteer spans over the folded tokens: `B-LOC`, `I-ORG|PER`, or None."""
        return self._gaz_tags(folded, [self.gaz_starts(f) for f in folded])

    def _gaz_tags(self, folded: Sequence[str], starts: Sequence[tuple[tuple[str, int], ...]]) -> list[str | None]:
        n = len(folded)
        out: list[str | None] = [None] * n
        gaz = self.lex.gazetteer
        if not gaz:
            return out
        max_gaz = self.max_gaz
        # only the words that start an entry can open a span: the others are stepped over, as the word-by-word
        # walk did; a word inside a span found before is skipped (`covered`)
        covered = 0
        for i in [i for i, st in enumerate(starts) if st]:
            if i < covered:
                continue
            found = 0
            label = ""
            for first, longest in starts[i]:
                for length in range(min(max_gaz, n - i, longest), 0, -1):
                    if length <= found:
                        break
                    g = gaz.get((first, *folded[i + 1 : i + length]))
                    if g is not None:
                        found, label = length, g
                        break
            if found:
                out[i] = "B-" + label
                for k in range(i + 1, i + found):
                    out[k] = "I-" + label
                covered = i + found
        return out

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        return self.words_sentence([self._word(t) for t in tokens])

    def words_sentence(self, words: Sequence[Word]) -> list[list[str]]:
        """`sentence` for the tokens' `_word` entries."""
        folded = [w[2] for w in words]
        gaz = self._gaz_tags(folded, [w[4] for w in words])
        if self.weights is not None:  # the words keep their attributes' rows: their names, for CRFsuite
            names = self.weights.attrs
            words = [
                ([names[r] for r in w[0]], {o: tuple(names[r] for r in v) for o, v in w[1].items()}, *w[2:])
                for w in words
            ]
        ctx = [w[1] for w in words]
        n = len(words)
        act = self.active
        pad = self._pad
        out: list[list[str]] = []
        for i in range(n):
            # the order of the attributes is the one the model was trained with: kept as it was
            feats = words[i][0].copy()
            extra: list[str] = []
            if i >= 2:
                feats += ctx[i - 2][-2]
            else:
                extra += pad[-2]
            if i >= 1:
                feats += ctx[i - 1][-1]
            else:
                extra += pad[-1]
            if i + 1 < n:
                feats += ctx[i + 1][1]
            else:
                extra += pad[1]
            if i + 2 < n:
                feats += ctx[i + 2][2]
            else:
                extra += pad[2]
            fi = folded[i]
            if i > 0:
                x = "bg-=" + folded[i - 1] + "|" + fi
                if act is None or x in act:
                    extra.append(x)
            else:
                extra += self._bos
            if i + 1 < n:
                x = "bg+=" + fi + "|" + folded[i + 1]
                if act is None or x in act:
                    extra.append(x)
            else:
                extra += self._eos
            g = gaz[i]
            if g:
                x = "g=" + g
                if act is None or x in act:
                    extra.append(x)
            if i > 0 and gaz[i - 1]:
                x = "-1:g=" + gaz[i - 1]  # type: ignore[operator]
                if act is None or x in act:
                    extra.append(x)
            if i + 1 < n and gaz[i + 1]:
                x = "1:g=" + gaz[i + 1]  # type: ignore[operator]
                if act is None or x in act:
                    extra.append(x)
            feats += extra
            out.append(feats)
        return out
