"""Token features for the CRF tagger.

Every feature of a word that does not depend on its neighbours is computed once per surface form and
cached, so tagging costs a few dictionary look-ups per token. The lexicon the features consult (gazetteer
entries from marsad's packs, word clusters learnt from the ANT corpus) is frozen into the model file at
training time: editing a pack later does not silently change what a shipped model sees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any

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
#: words, and 12,000 cut the misses from 29,000 to 18,000 (ner stage CPU -30% with the other changes)
CACHE_LIMIT = 12_000

_PROCLITICS2 = ("وب", "ول", "وك", "فب", "فل", "وس")
_PROCLITICS1 = ("و", "ف", "ب", "ل", "ك")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_WINDOW = (-2, -1, 1, 2)
MAX_GAZ_LEN = 6
#: `Featurizer.scores`'s stand-in for a sentence's last word's EOS rows
_EOS = -1
#: what `Featurizer` keeps per word: its own attributes, its attributes as seen from each neighbour offset,
#: its folded form, its `stem`, its forms that start a gazetteer entry (with that entry's longest length), and
#: (with the model's weights, `Featurizer.weights`) the sum of its own attributes' weights, one per label,
#: summed in CRFsuite's order. With the weights the attributes are kept as their rows in them (ints: no string
#: need be kept, or even built, for an attribute the model has no weight for), without them as strings
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
        if attr_id is not None:
            self._pad_rows = {o: [attr_id[x] for x in v] for o, v in self._pad.items()}
            self._bos_rows = [attr_id[x] for x in self._bos]
            self._eos_rows = [attr_id[x] for x in self._eos]
            #: a neighbour's attribute → (offset, its row) for each offset the model has a weight for it at
            self._ctx_rows = {k: tuple((o, attr_id[f"{o}:{k}"]) for o in v) for k, v in self._ctx_active.items()}
            #: the first words of the bigrams the model has weights for: other words' bigrams are not built
            self._bg_first = {
                key: frozenset(a[4:].partition("|")[0] for a in attr_id if a.startswith(key))
                for key in ("bg-=", "bg+=")
            }

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
            hit = self._features(tok)
        if len(self._cache) >= CACHE_LIMIT // 2:
            self._old = self._cache
            self._cache = {}
        self._cache[tok] = hit
        return hit

    def _features(self, tok: str) -> Word:
        f = fold_token(tok, self._table)
        vs = variants(f)
        st = vs[-1]
        if len(st) > 3 and st.startswith("ال"):
            st = st[2:]  # `stem`, from the variants already at hand
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
        cl = lex.clusters.get(f) or lex.clusters.get(st) or lex.clusters.get("ال" + st)
        if cl:
            own.extend("c" + c for c in cl)
        else:
            own.append("c=none")
        if lex.paths:
            path = lex.paths.get(f) or lex.paths.get(st) or lex.paths.get("ال" + st)
            if path is not None:
                own.extend(f"bp{n}={path[:n]}" for n in PATH_PREFIXES)
        if lex.signs:
            sg = lex.signs.get(f) or lex.signs.get(st) or lex.signs.get("ال" + st)
            if sg:
                own.extend("e" + x for x in sg)
        labels = sorted(lexicon_labels(lex, (*vs, st)))
        own.extend("L=" + x for x in labels)
        ctx_base = ["f=" + f, "st=" + st, "sh=" + sh]
        if cl:
            ctx_base.append("c" + cl[len(cl) // 2])
        ctx_base.extend("L=" + x for x in labels)
        act = self.active
        first = self._gaz_first
        gs = tuple((v, first[v]) for v in vs if v in first)
        weights = self.weights
        if weights is not None:
            ids = weights.attr_id
            own_rows = [r for r in map(ids.get, own) if r is not None]
            rows: dict[int, list[int]] = {o: [] for o in _WINDOW}
            ctx_rows = self._ctx_rows
            for x in ctx_base:
                for o, r in ctx_rows.get(x, ()):
                    rows[o].append(r)
            return own_rows, {o: tuple(v) for o, v in rows.items()}, f, st, gs, weights.prefix_sum(own_rows)
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
        # inputs stay in their order (`Weights.scores` adds them in the order given): the rows, and how
        # many go to each position (`at`, `counts`)
        rows: list[int] = []
        counts: list[int] = []
        at: list[int] = []
        bg_minus, bg_plus = self._bg_first["bg-="], self._bg_first["bg+="]
        edges: list[tuple[int, list[int]]] = []  # (position, its pad and BOS/EOS rows in order)
        singles: list[tuple[int, int]] = []  # (position, row) for bigrams and gazetteer tags, in order
        pad = self._pad_rows
        bos, eos = self._bos_rows, self._eos_rows
        base = 0
        for words in parts:
            n = len(words)
            for o in _WINDOW:  # position i gets the attributes of the word at i + o, as seen from offset o
                lo, hi = max(0, -o), n - max(0, o)
                if lo >= hi:
                    continue
                seen = [w[1][o] for w in words[lo + o : hi + o]]
                rows.extend(chain.from_iterable(seen))
                counts.extend(map(len, seen))
                at.extend(range(base + lo, base + hi))
            base += n
        base = 0
        for words in parts:
            n = len(words)
            folded = [w[2] for w in words]
            gaz = self._gaz_tags(folded, [w[4] for w in words])
            pairs = list(pairwise(folded))
            bgm = [ids.get("bg-=" + a + "|" + b) if a in bg_minus else None for a, b in pairs]
            bgp = [ids.get("bg+=" + a + "|" + b) if a in bg_plus else None for a, b in pairs]
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
                edges.append((base + i, e))
            singles.extend((base + i, r) for i, r in enumerate(bgm, 1) if r is not None)
            singles.extend((base + i, r) for i, r in enumerate(bgp) if r is not None)
            if n:
                singles.append((base + n - 1, _EOS))  # the last word has EOS where the others have `bg+`
            if any(gaz):
                for i in range(n):
                    for k, key in ((i, "g="), (i - 1, "-1:g="), (i + 1, "1:g=")):
                        g = gaz[k] if 0 <= k < n else None
                        r = ids.get(key + g) if g else None
                        if r is not None:
                            singles.append((base + i, r))
            base += n
        for p, e in edges:
            if e:
                rows.extend(e)
                counts.append(len(e))
                at.append(p)
        for p, r in singles:
            if r == _EOS:
                rows.extend(eos)
                counts.append(len(eos))
            else:
                rows.append(r)
                counts.append(1)
            at.append(p)
        own = [w[5] for words in parts for w in words]
        if not own:
            return np.zeros((0, len(weights.labels)), dtype=np.float64)
        pos = np.repeat(np.array(at, dtype=np.intp), counts)
        return weights.scores(np.stack(own), np.array(rows, dtype=np.intp), pos)

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
        i = 0
        while i < n:
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
                i += found
            else:
                i += 1
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
