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

FEATURE_VERSION = "2"
#: per-word caches are emptied past this many words, so memory stays flat over a corpus of any size: measured
#: over 1,000 and 3,000 ANT articles, 5,000 words peak at 116 and 123 MB for ~2% more CPU than 20,000 words
#: (159 and 167 MB); 500,000 grew from 78 to 271 MB over 4,000 articles
CACHE_LIMIT = 5_000

_PROCLITICS2 = ("وب", "ول", "وك", "فب", "فل", "وس")
_PROCLITICS1 = ("و", "ف", "ب", "ل", "ك")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_WINDOW = (-2, -1, 1, 2)
MAX_GAZ_LEN = 6


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

    def to_json(self) -> dict:
        return {
            "gazetteer": [[list(k), v] for k, v in sorted(self.gazetteer.items())],
            "words": dict(sorted(self.words.items())),
            "clusters": dict(sorted(self.clusters.items())),
            "charmap": self.charmap,
        }

    @classmethod
    def from_json(cls, d: dict) -> Lexicon:
        return cls(
            {tuple(k): v for k, v in d.get("gazetteer", [])},
            dict(d.get("words", {})),
            {k: list(v) for k, v in d.get("clusters", {}).items()},
            dict(d.get("charmap") or {}),
        )


class Featurizer:
    """Turns a token sequence into CRFsuite attribute lists."""

    def __init__(self, lexicon: Lexicon, active: frozenset[str] | None = None) -> None:
        self.lex = lexicon
        #: the attributes the model has weights for; others are dropped before they reach CRFsuite (speed)
        self.active = active
        self._table = fold_table(lexicon.charmap) if lexicon.charmap else fold_table(current_charmap())
        self._cache: dict[str, tuple[list[str], dict[int, list[str]], str]] = {}
        self.max_gaz = max((len(k) for k in lexicon.gazetteer), default=1)
        self.max_gaz = min(self.max_gaz, MAX_GAZ_LEN)
        self._variants: dict[str, list[str]] = {}  # folded word → `variants` (gazetteer look-ups, per token)

    def _word(self, tok: str) -> tuple[list[str], dict[int, list[str]], str]:
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        f = fold_token(tok, self._table)
        st = stem(f)
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
        labels = set()
        for v in (*variants(f), st):
            w = lex.words.get(v)
            if w:
                labels.update(w.split("|"))
            g = lex.gazetteer.get((v,))
            if g:
                labels.update("G" + x for x in g.split("|"))
        own.extend("L=" + x for x in sorted(labels))
        ctx_base = ["f=" + f, "st=" + st, "sh=" + sh]
        if cl:
            ctx_base.append("c" + cl[len(cl) // 2])
        ctx_base.extend("L=" + x for x in sorted(labels))
        ctx = {o: [f"{o}:{x}" for x in ctx_base] for o in _WINDOW}
        act = self.active
        if act is not None:
            own = [x for x in own if x in act]
            ctx = {o: [x for x in v if x in act] for o, v in ctx.items()}
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        hit = (own, ctx, f)
        self._cache[tok] = hit
        return hit

    def gazetteer_tags(self, folded: Sequence[str]) -> list[str | None]:
        """Longest-match gazetteer spans over the folded tokens: `B-LOC`, `I-ORG|PER`, or None."""
        n = len(folded)
        out: list[str | None] = [None] * n
        gaz = self.lex.gazetteer
        if not gaz:
            return out
        i = 0
        while i < n:
            found = 0
            label = ""
            first_forms = self._variants.get(folded[i])
            if first_forms is None:
                if len(self._variants) > CACHE_LIMIT:
                    self._variants.clear()
                first_forms = self._variants[folded[i]] = variants(folded[i])
            for first in first_forms:
                for length in range(min(self.max_gaz, n - i), 0, -1):
                    if length <= found:
                        break
                    key = (first, *folded[i + 1 : i + length])
                    g = gaz.get(key)
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
        words = [self._word(t) for t in tokens]
        folded = [w[2] for w in words]
        gaz = self.gazetteer_tags(folded)
        n = len(tokens)
        act = self.active
        out: list[list[str]] = []
        for i in range(n):
            feats = list(words[i][0])
            extra: list[str] = []
            for o in _WINDOW:
                j = i + o
                if 0 <= j < n:
                    feats.extend(words[j][1][o])
                else:
                    extra.append(f"{o}:pad")
            extra.append("bg-=" + folded[i - 1] + "|" + folded[i] if i > 0 else "BOS")
            extra.append("bg+=" + folded[i] + "|" + folded[i + 1] if i + 1 < n else "EOS")
            g = gaz[i]
            if g:
                extra.append("g=" + g)
            for o in (-1, 1):
                j = i + o
                if 0 <= j < n and gaz[j]:
                    extra.append(f"{o}:g=" + gaz[j])  # type: ignore[operator]
            feats.extend(extra if act is None else [x for x in extra if x in act])
            out.append(feats)
        return out
