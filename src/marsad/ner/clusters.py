"""Word clusters learnt from unlabelled news (the ANT corpus), for the CRF's word-class features.

Each frequent word gets a vector of positive pointwise mutual information with the words right before and
after it (and two away), reduced to `DIM` dimensions by an eigen-decomposition of the context Gram
matrix; k-means (cosine, seeded, k-means++ start) then groups the vectors at several granularities. A
word's features are its cluster ids, coarse to fine: rare words and names with the same neighbours share a
class, which lets the tagger generalise past the labelled data. Needs numpy (training only).
"""

from __future__ import annotations

import gzip
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ner.features import fold_token

ANT_DIR = "news-ant-corpus-multisource"
VOCAB = 30_000
CONTEXTS = 1_000
MIN_COUNT = 5
DIM = 100
GRANULARITIES = (32, 64, 128, 256, 512, 1024, 2048)
#: also learn bit strings (`_bisect`) and strong dimensions (`WordClasses.signs`)
PATHS = True
SIGNS = False
PATH_DEPTH = 18
PATH_MIN_SIZE = 4

_DOC = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[\w\u0640]+|[^\s\w]")


def ant_files(root: Path) -> list[Path]:
    return sorted((root / ANT_DIR).glob("*.trec.xml.gz"))


def iter_sentences(files: Sequence[Path], gold: set[str] | None = None) -> Iterator[list[str]]:
    """Folded token lists, one per paragraph, from the TITLE / ABSTRACT / TEXT fields of TREC streams;
    `gold` given (`marsad.ner.ant.gold_docnos`): the reserved articles (`ant.is_reserved`) left out."""
    from marsad.ner.ant import usable_docs

    for f in files:
        with gzip.open(f, "rt", encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        if gold is not None:
            text = "\n".join(doc for _, doc in usable_docs(text, gold))
        for m in _DOC.finditer(text):
            body = fold_token(_TAGS.sub(" ", m.group(2)))
            for para in body.split("\n"):
                toks = _WORD.findall(para)
                if toks:
                    yield toks


@dataclass
class WordClasses:
    """What the ANT vectors give the features, per folded word."""

    #: k-means cluster ids, one per granularity, coarse to fine, e.g. ["a12", "b301", "c877"]
    clusters: dict[str, list[str]] = field(default_factory=dict)
    #: Brown-like bit string: the word's leaf in a tree of repeated 2-way splits of the vectors
    paths: dict[str, str] = field(default_factory=dict)
    #: the vector's strong dimensions, e.g. ["3+", "17-"] (a dimension above the mean of its positive
    #: values, or below the mean of its negative values)
    signs: dict[str, list[str]] = field(default_factory=dict)


def embed(
    files: Sequence[Path],
    *,
    log: Callable[[str], None] = lambda _m: None,
    vocab: int = VOCAB,
    contexts: int = CONTEXTS,
    dim: int = DIM,
    gold: set[str] | None = None,
):  # type: ignore[no-untyped-def]
    """(words, vectors): the frequent words and their unit-length PPMI/SVD vectors (numpy, one row each);
    `gold`: see `iter_sentences`."""
    import numpy as np

    sents = list(iter_sentences(files, gold))
    counts = Counter(t for s in sents for t in s)
    words = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= MIN_COUNT][:vocab]
    log(f"clusters: {sum(counts.values())} tokens, {len(counts)} types, {len(words)} in the vocabulary")
    wid = {w: i for i, w in enumerate(words)}
    n_ctx = min(contexts, len(words))
    slots = 3  # previous word, next word, two away on either side
    ids = np.array([wid.get(t, -1) for s in sents for t in (*s, "\x00")], dtype=np.int64)  # \x00: sentence gap
    del sents
    V = len(words)
    mat = np.zeros((V, slots * n_ctx), dtype=np.float64)
    for off, slot in ((-1, 0), (1, 1), (-2, 2), (2, 2)):
        a = ids[max(0, -off) : len(ids) - max(0, off)]
        b = ids[max(0, off) : max(0, off) + len(a)]
        ok = (a >= 0) & (b >= 0) & (b < n_ctx)
        key = a[ok] * (slots * n_ctx) + slot * n_ctx + b[ok]
        binc = np.bincount(key, minlength=V * slots * n_ctx)
        mat += binc.reshape(V, slots * n_ctx)
    total = mat.sum()
    row = mat.sum(1, keepdims=True)
    col = mat.sum(0, keepdims=True) ** 0.75  # context smoothing
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(mat * total / (row * col))
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    gram = pmi.T @ pmi
    vals, vecs = np.linalg.eigh(gram)
    order = np.argsort(vals)[::-1][:dim]
    emb = pmi @ vecs[:, order]
    # eigenvector signs are arbitrary: fix them so that results do not depend on the LAPACK build
    signs = np.sign(emb.sum(0))
    signs[signs == 0] = 1
    emb *= signs / np.maximum(np.sqrt(np.maximum(vals[order], 1e-12)), 1e-12) ** 0.5
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
    return words, emb


def learn_word_classes(
    files: Sequence[Path],
    *,
    seed: int = 13,
    log: Callable[[str], None] = lambda _m: None,
    vocab: int = VOCAB,
    contexts: int = CONTEXTS,
    dim: int = DIM,
    granularities: Sequence[int] = GRANULARITIES,
    paths: bool = PATHS,
    signs: bool = SIGNS,
    vectors: tuple | None = None,  # type: ignore[type-arg]
) -> WordClasses:
    """k-means classes at each granularity, and (`paths`) bit strings, (`signs`) strong dimensions;
    `vectors`: `embed`'s result when the caller has it already."""
    import numpy as np

    if vectors is None:
        vectors = embed(files, log=log, vocab=vocab, contexts=contexts, dim=dim)
    words, emb = vectors
    V = len(words)
    labels = []
    for k in granularities:
        labels.append(_kmeans(emb, min(k, V), seed=seed))
        log(f"clusters: k-means k={k} done")
    prefix = "abcdefghijklmnop"
    out = WordClasses({w: [f"{prefix[g]}{int(lab[i])}" for g, lab in enumerate(labels)] for i, w in enumerate(words)})
    if paths:
        out.paths = dict(zip(words, _bisect(emb), strict=True))
        log("clusters: bit strings done")
    if signs:
        with warnings.catch_warnings():  # a dimension with no negative values: "mean of empty slice"
            warnings.simplefilter("ignore", RuntimeWarning)
            hi = np.nanmean(np.where(emb > 0, emb, np.nan), axis=0)
            lo = np.nanmean(np.where(emb < 0, emb, np.nan), axis=0)
        # a dimension with no values of one sign gives NaN, which no comparison passes
        up, down = emb > hi, emb < lo
        for i, w in enumerate(words):
            s = [f"{j}+" for j in np.flatnonzero(up[i])] + [f"{j}-" for j in np.flatnonzero(down[i])]
            if s:
                out.signs[w] = sorted(s, key=lambda x: (int(x[:-1]), x[-1]))
    return out


def learn_clusters(
    files: Sequence[Path],
    *,
    seed: int = 13,
    log: Callable[[str], None] = lambda _m: None,
    vocab: int = VOCAB,
    contexts: int = CONTEXTS,
    dim: int = DIM,
    granularities: Sequence[int] = GRANULARITIES,
) -> dict[str, list[str]]:
    """The k-means classes alone (`learn_word_classes`)."""
    return learn_word_classes(
        files,
        seed=seed,
        log=log,
        vocab=vocab,
        contexts=contexts,
        dim=dim,
        granularities=granularities,
        paths=False,
        signs=False,
    ).clusters


def _bisect(x, *, min_size: int = PATH_MIN_SIZE, depth: int = PATH_DEPTH) -> list[str]:  # type: ignore[no-untyped-def]
    """A bit string per row: the rows are split in two again and again (the sign of the projection on the
    group's first principal direction, refined by spherical 2-means), as far as `depth` levels or groups of
    fewer than `min_size` rows. Words sharing a long prefix have close vectors, as in Brown clustering.
    Deterministic: no random start."""
    import numpy as np

    n, d = x.shape
    out = [""] * n
    stack: list[tuple[object, str]] = [(np.arange(n), "")]
    while stack:
        idx, path = stack.pop()
        if len(idx) < min_size or len(path) >= depth:  # type: ignore[arg-type]
            for i in idx:  # type: ignore[attr-defined]
                out[i] = path
            continue
        sub = x[idx]
        cen = sub - sub.mean(0)
        v = np.full(d, 1.0 / np.sqrt(d))
        for _ in range(8):  # power iteration: the first principal direction
            v = cen.T @ (cen @ v)
            norm = np.linalg.norm(v)
            if norm == 0:
                break
            v /= norm
        side = (cen @ v) > 0
        for _ in range(6):
            if side.all() or not side.any():
                break
            c0, c1 = sub[~side].mean(0), sub[side].mean(0)
            c0 /= max(np.linalg.norm(c0), 1e-12)
            c1 /= max(np.linalg.norm(c1), 1e-12)
            new = (sub @ c1) > (sub @ c0)
            if (new == side).all():
                break
            side = new
        if side.all() or not side.any():
            for i in idx:  # type: ignore[attr-defined]
                out[i] = path
            continue
        stack.append((idx[~side], path + "0"))  # type: ignore[index]
        stack.append((idx[side], path + "1"))  # type: ignore[index]
    return out


def _kmeans(x, k: int, *, seed: int, iterations: int = 25):  # type: ignore[no-untyped-def]
    """Spherical k-means with a seeded k-means++ start. Returns one label per row."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = x.shape[0]
    centres = np.empty((k, x.shape[1]))
    centres[0] = x[rng.integers(n)]
    d = 1.0 - x @ centres[0]
    for c in range(1, k):
        p = np.maximum(d, 0) ** 2
        p = p / p.sum() if p.sum() > 0 else np.full(n, 1.0 / n)
        centres[c] = x[rng.choice(n, p=p)]
        d = np.minimum(d, 1.0 - x @ centres[c])
    labels = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)
        new = np.zeros_like(centres)
        np.add.at(new, labels, x)
        norms = np.linalg.norm(new, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        new[~empty] /= norms[~empty]
        new[empty] = centres[empty]
        centres = new
    return labels
