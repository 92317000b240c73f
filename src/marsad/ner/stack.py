"""The stacked neural tagger's forward pass in numpy: a small dilated CNN-CRF that reads the CRF's marginals.

The CRF (`marsad.ner.tagger`) gives every token a probability for each BIO label. The network reads those,
the same probabilities averaged over the other mentions of the token's stem in the sentences around it (a
document memory: a name is tagged alike wherever it recurs), the ANT word vector (`marsad.ner.clusters.embed`,
fine-tuned), a vector for words frequent in the training data, a character CNN over the folded word, and the
CRF's own lexicon look-ups as small embeddings (shape, article, gazetteer tag, word classes, lexicon labels).
Three residual convolutions (width 3, dilations 1, 1, 2: seven tokens of context) and a linear layer give
label scores, decoded by Viterbi with the network's own transition matrix.

Training (`marsad.ner.stack_train`) needs torch; tagging needs numpy only. Each word's input projection
depends on the word alone, so it is computed once per surface form and cached, as the CRF's features are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from marsad.ner.features import Lexicon, lexicon_labels, shape, variants

#: what a model file's `stack.json` must say in "format"
STACK_FORMAT = "marsad-ner-stack/1"
#: per-word cache size (two generations, as in `marsad.ner.features`)
CACHE_LIMIT = 12_000


@dataclass
class StackSpec:
    """The vocabularies and sizes the network was trained with (`stack.json`)."""

    labels: list[str]
    crf_labels: list[str]
    words: list[str]
    train_words: list[str]
    chars: list[str]
    shapes: list[str]
    gaz: list[str]
    clusters: list[list[str]]
    lex_labels: list[str]
    dilations: list[int]
    max_chars: int = 15
    window: int = 15
    min_stem: int = 3
    max_lex_labels: int = 4

    def to_json(self) -> dict:
        return {"format": STACK_FORMAT, **self.__dict__}

    @classmethod
    def from_json(cls, d: dict) -> StackSpec:
        if d.get("format") != STACK_FORMAT:
            raise ValueError(f"stack format {d.get('format')!r}, expected {STACK_FORMAT!r}")
        return cls(**{k: v for k, v in d.items() if k != "format"})


def word_fields(lex: Lexicon, tok: str, f: str, st: str, variants_: Sequence[str]) -> dict:
    """The lexicon look-ups of one token that the network embeds (the CRF's own, `Featurizer._features`)."""
    labels = lexicon_labels(lex, (*variants_, st))
    cl = lex.clusters.get(f) or lex.clusters.get(st) or lex.clusters.get("ال" + st) or []
    return {
        "sh": shape(tok),
        "al": f.startswith("ال") or (len(f) > 3 and f[1:3] == "ال"),
        "L": sorted(labels),
        "cl": list(cl),
    }


class Stack:
    """A loaded network: `emissions` gives label scores for a document's tokens, `viterbi` decodes them."""

    def __init__(self, spec: StackSpec, arrays: dict[str, np.ndarray], lexicon: Lexicon) -> None:
        self.spec = spec
        self.lex = lexicon
        a = {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()}
        self.a = a
        self.wid = {w: i + 1 for i, w in enumerate(spec.words)}
        self.tid = {w: i + 1 for i, w in enumerate(spec.train_words)}
        self.cid = {c: i + 1 for i, c in enumerate(spec.chars)}
        self.bow, self.eow = len(spec.chars) + 1, len(spec.chars) + 2
        self.shid = {x: i + 1 for i, x in enumerate(spec.shapes)}
        self.gid = {x: i + 1 for i, x in enumerate(spec.gaz)}
        self.clid = [{x: i + 1 for i, x in enumerate(c)} for c in spec.clusters]
        self.lid = {x: i + 1 for i, x in enumerate(spec.lex_labels)}
        nm = 2 * len(spec.crf_labels) + 1
        dw, dt = a["w_emb"].shape[1], a["tw_emb"].shape[1]
        dc = a["ch_conv_b"].shape[0]
        de = a["cat_emb_0"].shape[1]
        w_in = a["inp_w"]  # (hid, nm + dw + dt + dc + de * (3 + 7) + de)
        o = nm
        self.w_mg = w_in[:, :nm].T.copy()
        self.w_word = w_in[:, o : o + dw].T.copy()
        o += dw
        self.w_tw = w_in[:, o : o + dt].T.copy()
        o += dt
        self.w_ch = w_in[:, o : o + dc].T.copy()
        o += dc
        # a categorical input's embedding times its block of the input layer: one row per value
        self.cat_proj = []
        for k in range(10):
            self.cat_proj.append(a[f"cat_emb_{k}"] @ w_in[:, o : o + de].T)
            o += de
        self.lex_proj = a["L_emb"] @ w_in[:, o : o + de].T
        self.inp_b = a["inp_b"]
        # the char CNN as one matrix over the three characters of each window
        cw = a["ch_conv_w"]  # (dc, de_ch, 3)
        self.ch_w = np.concatenate([cw[:, :, k].T for k in range(3)], 0)
        self.ch_b = a["ch_conv_b"]
        self.ch_emb = a["ch_emb"]
        self.convs = []
        for i, d in enumerate(spec.dilations):
            w = a[f"conv{i}_w"]  # (hid, hid, 3)
            self.convs.append((d, np.concatenate([w[:, :, k].T for k in range(3)], 0), a[f"conv{i}_b"]))
        self.out_w, self.out_b = a["out_w"].T.copy(), a["out_b"]
        self.trans, self.start, self.end = a["trans"], a["start"], a["end"]
        self.hid = self.inp_b.shape[0]
        self._cache: dict[str, np.ndarray] = {}
        self._old: dict[str, np.ndarray] = {}

    # -------------------------------------------------------------- per word

    def word_vector(self, tok: str, f: str, st: str) -> np.ndarray:
        """The word's contribution to the input layer (all but the CRF marginals and the gazetteer tag);
        `f` is the folded token, `st` its stem (`Featurizer` computes both)."""
        hit = self._cache.get(tok)
        if hit is None:
            hit = self._old.get(tok)
            if hit is None:
                hit = self._project(f, st, word_fields(self.lex, tok, f, st, variants(f)))
            if len(self._cache) >= CACHE_LIMIT // 2:
                self._old, self._cache = self._cache, {}
            self._cache[tok] = hit
        return hit

    def _project(self, f: str, st: str, fields: dict) -> np.ndarray:
        a, sp = self.a, self.spec
        wi = self.wid.get(f) or self.wid.get(st) or self.wid.get("ال" + st) or 0
        z = self.inp_b + a["w_emb"][wi] @ self.w_word
        z = z + a["tw_emb"][self.tid.get(f, 0)] @ self.w_tw
        ids = [self.bow, *(self.cid.get(c, 0) for c in f), self.eow][: sp.max_chars]
        ids += [0] * (sp.max_chars - len(ids))
        e = self.ch_emb[ids]  # (max_chars, de_ch); index 0 is the padding row (zeros)
        pad = np.zeros((1, e.shape[1]), dtype=np.float32)
        ep = np.concatenate([pad, e, pad], 0)
        win = np.concatenate([ep[:-2], ep[1:-1], ep[2:]], 1)
        ch = np.maximum(win @ self.ch_w + self.ch_b, 0).max(0)
        z = z + ch @ self.w_ch
        z = z + self.cat_proj[0][self.shid.get(fields["sh"], 0)] + self.cat_proj[1][1 + int(fields["al"])]
        cl = fields["cl"]
        for k in range(7):  # a word with no class has the "unknown" row (0) at every granularity
            z = z + self.cat_proj[3 + k][self.clid[k].get(cl[k], 0) if k < len(cl) else 0]
        for x in fields["L"][: sp.max_lex_labels]:
            i = self.lid.get(x, 0)
            if i:  # index 0 is the bag's padding: an unknown label adds nothing
                z = z + self.lex_proj[i]
        return z.astype(np.float32)

    # -------------------------------------------------------------- per document

    def doc_inputs(self, stems: Sequence[Sequence[str]], margs: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Each token's CRF marginals, then the mean marginals of the other mentions of its stem within
        `window` sentences, then the log of how many mentions there are (0 when it is the only one)."""
        win, k = self.spec.window, len(self.spec.crf_labels)
        acc: dict[str, list] = {}

        def slide(j: int, sign: int) -> None:
            for x, m in zip(stems[j], margs[j], strict=True):
                if len(x) >= self.spec.min_stem:
                    e = acc.get(x)
                    if e is None:
                        e = acc[x] = [np.zeros(k, dtype=np.float64), 0]
                    e[0] += sign * m
                    e[1] += sign
                    if e[1] == 0:
                        del acc[x]

        n = len(stems)
        for j in range(min(win, n)):
            slide(j, 1)
        out = []
        for i in range(n):
            if i + win < n:
                slide(i + win, 1)
            if i - win - 1 >= 0:
                slide(i - win - 1, -1)
            m = margs[i]
            f = np.zeros((len(m), k + 1), dtype=np.float32)
            for t, x in enumerate(stems[i]):
                e = acc.get(x)
                if e is not None and e[1] > 1:
                    f[t, :k] = (e[0] - m[t]) / (e[1] - 1)
                    f[t, k] = np.log(e[1])
            out.append(np.concatenate([m, f], 1))
        return out

    def emissions(self, word_vecs: Sequence[np.ndarray], gaz: Sequence[str | None], mg: np.ndarray) -> np.ndarray:
        """Label scores (n, labels) of one sentence: `word_vecs` from `word_vector`, `gaz` the gazetteer tags,
        `mg` from `doc_inputs`."""
        n = len(word_vecs)
        g = self.cat_proj[2]
        h = np.stack(word_vecs) + mg @ self.w_mg + g[[self.gid.get(x or "O", 0) for x in gaz]]
        np.maximum(h, 0, out=h)
        for d, w, b in self.convs:
            pad = np.zeros((d, self.hid), dtype=np.float32)
            hp = np.concatenate([pad, h, pad], 0)
            win = np.concatenate([hp[:n], hp[d : d + n], hp[2 * d : 2 * d + n]], 1)
            h = h + np.maximum(win @ w + b, 0)
        return h @ self.out_w + self.out_b

    def viterbi(self, em: np.ndarray) -> list[str]:
        n = len(em)
        if not n:
            return []
        back = np.zeros((n, em.shape[1]), dtype=np.int64)
        score = self.start + em[0]
        trans = self.trans
        for t in range(1, n):
            x = score[:, None] + trans
            back[t] = x.argmax(0)
            score = x.max(0) + em[t]
        best = int((score + self.end).argmax())
        path = [best]
        for t in range(n - 1, 0, -1):
            best = int(back[t, best])
            path.append(best)
        labels = self.spec.labels
        return [labels[i] for i in reversed(path)]
