"""Token features for the CRF tagger.

Every feature of a word that does not depend on its neighbours is computed once per surface form and
cached, so tagging costs a few dictionary look-ups per token. The lexicon the features consult (gazetteer
entries from marsad's packs, word clusters learnt from the ANT corpus) is frozen into the model file at
training time: editing a pack later does not silently change what a shipped model sees.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
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
        return cls(
            {tuple(k): v for k, v in d.get("gazetteer", [])},
            dict(d.get("words", {})),
            {k: list(v) for k, v in d.get("clusters", {}).items()},
            dict(d.get("charmap") or {}),
            dict(d.get("paths") or {}),
            {k: list(v) for k, v in (d.get("signs") or {}).items()},
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

    def _row_tables(self) -> None:
        """The tables `scores` needs, as rows of `weights`."""
        assert self.weights is not None
        attr_id = self.weights.attr_id
        self._pad_rows = {o: [attr_id[x] for x in v] for o, v in self._pad.items()}
        self._bos_rows = [attr_id[x] for x in self._bos]
        self._eos_rows = [attr_id[x] for x in self._eos]
        #: a neighbour's attribute → (offset, its row) for each offset the model has a weight for it at
        self._ctx_rows = {k: tuple((o, attr_id[f"{o}:{k}"]) for o in v) for k, v in self._ctx_active.items()}
        #: the first words of the bigrams the model has weights for: other words' bigrams are not built
        firsts: dict[str, set[str]] = {"bg-=": set(), "bg+=": set()}
        for a in attr_id:
            head = firsts.get(a[:4])
            if head is not None:
                head.add(a[4:].partition("|")[0])
        self._bg_first = {k: frozenset(v) for k, v in firsts.items()}
        # the model's attributes by kind: for each prefix of `_features`' attributes, the rest of the string →
        # its row; `x in fams[P]` exactly when `P + x` is an attribute, so `_rows_features` looks a word's
        # attributes up without building their strings
        fams = _by_kind(attr_id.items(), (*_OWN_PREFIXES, *_LEX_PREFIXES))
        self._fams = fams
        self._row_b, self._row_al = attr_id.get("b"), attr_id.get("al")
        #: the tables of `_OWN_PREFIXES`, in their order
        self._own_fams = [fams[p] for p in _OWN_PREFIXES]
        #: the same for a neighbour's attributes: the rest of `ctx_base`'s string → its (offset, row) pairs
        self._ctx_fams = _by_kind(self._ctx_rows.items(), ("f=", "st=", "sh=", "c", "L="))

    def with_weights(self, weights: Weights) -> Featurizer:
        """This featurizer (same lexicon and model attributes) keeping its words as rows of `weights`, for
        `scores`. Its string tables are shared, not rebuilt, and the words this one has cached are converted
        when first asked for, not featurized again (a word costs ~30 µs to featurize, ~3 µs to convert)."""
        assert self.active is not None
        new = copy.copy(self)
        new.weights = weights
        new.attr_id = weights.attr_id
        new._cache, new._old, new._ctx_seen = {}, {}, {}
        new._strings = (self._cache, self._old) if self.weights is None else ()
        new._row_tables()
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
                return own, ctx, w[2], w[3], w[4], [None]
        return None

    def _features(self, tok: str) -> Word:
        f = fold_token(tok, self._table)
        vs = variants(f)
        st = vs[-1]
        if len(st) > 3 and st.startswith("ال"):
            st = st[2:]  # `stem`, from the variants already at hand
        sh = shape(tok)
        if self.weights is not None:
            return self._rows_features(tok, f, vs, st, sh)
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

    def _rows_features(self, tok: str, f: str, vs: list[str], st: str, sh: str) -> Word:
        """`_features` with the weights: the rows of the attributes `_features` lists, in its order, looked
        up by kind (`_fams`) without building their strings (half the cost of a new word).
        `test_rows_are_the_rows_of_the_attribute_strings` checks them against the strings."""
        fams = self._fams
        lex = self.lex
        vals = [tok, f, st, sh, f[-1:], f[-2:], f[-3:], f[-4:], f[:1], f[:2], f[:3], st[-1:], st[-2:], st[-3:],
                st[-4:], st[:1], st[:2], st[:3], st[:4], _LENGTHS[min(len(st), 8)]]
        rows = [r for r in map(dict.get, self._own_fams, vals) if r is not None]
        if self._row_b is not None:
            rows.insert(0, self._row_b)
        if self._row_al is not None and (f.startswith("ال") or (len(f) > 3 and f[1:3] == "ال")):
            rows.append(self._row_al)
        al_st = "ال" + st
        cl = lex.clusters.get(f) or lex.clusters.get(st) or lex.clusters.get(al_st)
        if cl:
            rows.extend(r for r in map(fams["c"].get, cl) if r is not None)
        else:
            r = fams["c"].get("=none")
            if r is not None:
                rows.append(r)
        if lex.paths:
            path = lex.paths.get(f) or lex.paths.get(st) or lex.paths.get(al_st)
            if path is not None:
                for n in PATH_PREFIXES:
                    r = fams[_PATH_KEYS[n]].get(path[:n])
                    if r is not None:
                        rows.append(r)
        if lex.signs:
            sg = lex.signs.get(f) or lex.signs.get(st) or lex.signs.get(al_st)
            if sg:
                rows.extend(r for r in map(fams["e"].get, sg) if r is not None)
        words, gaz = lex.words, lex.gazetteer
        labels: Sequence[str] = ()
        for v in (*vs, st):  # `lexicon_labels`, for the common case of a word no list knows
            if v in words or (v,) in gaz:
                labels = sorted(lexicon_labels(lex, (*vs, st)))
                break
        rows.extend(r for r in map(fams["L="].get, labels) if r is not None)
        cf = self._ctx_fams
        hits = [cf["f="].get(f), cf["st="].get(st), cf["sh="].get(sh)]
        if cl:
            hits.append(cf["c"].get(cl[len(cl) // 2]))
        hits.extend(map(cf["L="].get, labels))
        key = tuple(h for h in hits if h)
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
        first = self._gaz_first
        gs = tuple((v, first[v]) for v in vs if v in first)
        return rows, ctx, f, st, gs, [None]

    def scores(self, parts: Sequence[Sequence[Word]]) -> np.ndarray:
        """The CRF's state scores (tokens of all `parts` one after another × labels) for the attributes
        `words_sentence` gives each part's words, each summed in their order as CRFsuite sums them: the
        word's own attributes (their sum cached with the word), then its neighbours' (offsets -2, -1, 1, 2),
        then the edge, bigram and gazetteer ones. Needs `weights`."""
        import numpy as np

        weights = self.weights
        assert weights is not None
        ids = weights.attr_id
        # what follows the cached own sums, kind by kind in `words_sentence`'s order, so that a position's
        # inputs stay in their order (`Weights.scores` adds them in the order given): the neighbours' rows
        # and how many go to each position (`at`, `counts`), then the edge rows and the single ones (bigrams,
        # EOS, gazetteer tags), each with its position
        rows: list[int] = []
        counts: list[int] = []
        at: list[int] = []
        edge_rows: list[int] = []
        edge_at: list[int] = []
        one_rows: list[int] = []
        one_at: list[int] = []
        bg_minus, bg_plus = self._bg_first["bg-="], self._bg_first["bg+="]
        pad = self._pad_rows
        bos, eos = self._bos_rows, self._eos_rows
        get = ids.get
        base = 0
        for words in parts:
            n = len(words)
            if not n:
                continue  # an empty part adds no row
            # the words' fields in one pass (a tuple each), not one list comprehension per field
            _own, ctxs, folded, _st, starts, _sums = zip(*words, strict=True)
            for o in _WINDOW:  # position i gets the attributes of the word at i + o, as seen from offset o
                lo, hi = max(0, -o), n - max(0, o)
                if lo >= hi:
                    continue
                seen = list(map(itemgetter(o), ctxs[lo + o : hi + o]))
                rows.extend(chain.from_iterable(seen))
                counts.extend(map(len, seen))
                at.extend(range(base + lo, base + hi))
            for i in {0, 1, n - 2, n - 1}:  # the pads and sentence edges come before the bigrams
                if not 0 <= i < n:
                    continue
                e: list[int] = []
                if i < 2:
                    e += pad[-2]
                if i < 1:
                    e += pad[-1]
                if i + 1 >= n:
                    e += pad[1]
                if i + 2 >= n:
                    e += pad[2]
                if i == 0:  # the first word has BOS where the others have their bigram with the word before
                    e += bos
                edge_rows.extend(e)
                edge_at.extend([base + i] * len(e))
            # the bigrams are looked up only where the first word starts one the model knows (most do not);
            # the positions are visited in order, as before
            for i in [i for i, a in enumerate(folded[:-1], 1) if a in bg_minus]:  # the bigram with the word before
                r = get("bg-=" + folded[i - 1] + "|" + folded[i])
                if r is not None:
                    one_rows.append(r)
                    one_at.append(base + i)
            for i in [i for i, a in enumerate(folded[:-1]) if a in bg_plus]:  # the bigram with the word after
                r = get("bg+=" + folded[i] + "|" + folded[i + 1])
                if r is not None:
                    one_rows.append(r)
                    one_at.append(base + i)
            # the last word has EOS where the others have `bg+`
            one_rows.extend(eos)
            one_at.extend([base + n - 1] * len(eos))
            gaz = self._gaz_tags(folded, starts)
            tagged = [i for i, g in enumerate(gaz) if g]
            if tagged:
                # only a tagged word and its two neighbours have a gazetteer attribute: the others are skipped,
                # the positions kept in order
                near = sorted({k for t in tagged for k in (t - 1, t, t + 1) if 0 <= k < n})
                for i in near:
                    for k, key in ((i, "g="), (i - 1, "-1:g="), (i + 1, "1:g=")):
                        g = gaz[k] if 0 <= k < n else None
                        r = get(key + g) if g else None
                        if r is not None:
                            one_rows.append(r)
                            one_at.append(base + i)
            base += n
        sums = [w[5] for words in parts for w in words]
        if not sums:
            return np.zeros((0, len(weights.labels)), dtype=np.float64)
        fresh = {id(w[5]): w for words in parts for w in words if w[5][0] is None}
        if fresh:
            self._own_sums(list(fresh.values()))
        # one flat concatenation, not `np.stack` (which reshapes every word's array first)
        start = np.concatenate([s[0] for s in sums]).reshape(len(sums), len(weights.labels))
        rows += edge_rows
        rows += one_rows
        pos = np.concatenate([np.repeat(np.array(at, dtype=np.intp), counts),
                              np.array(edge_at + one_at, dtype=np.intp)])
        return weights.scores(start, np.array(rows, dtype=np.intp), pos)

    def _own_sums(self, words: Sequence[Word]) -> None:
        """Fills the own-attribute sums (`Word`'s last item) of `words`, all in one pass."""
        import numpy as np

        weights = self.weights
        assert weights is not None
        lens = [len(w[0]) for w in words]
        rows = np.fromiter(chain.from_iterable(w[0] for w in words), dtype=np.intp, count=sum(lens))
        seg = np.repeat(np.arange(len(words), dtype=np.intp), lens)
        for w, s in zip(words, weights.row_sums(rows, seg, len(words)), strict=True):
            w[5][0] = s

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
