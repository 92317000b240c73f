"""Training the stacked neural tagger (`marsad.ner.stack`) with torch: `marsad train ner --stack`.

The network reads the CRF's marginals, so its training sentences need marginals from a CRF that did not
see them: the training data is cut into `folds` contiguous parts (articles stay whole), a CRF is trained on
all parts but one and gives the marginals of that one. At tagging time the marginals come from the CRF
trained on everything, as shipped. Then a dilated CNN-CRF (see `marsad.ner.stack`) is trained with Adam on
the negative log-likelihood of the gold BIO path, on one CPU thread with a fixed seed, and its weights are
exported to numpy arrays so that tagging needs no torch. Needs `pip install 'marsad[train]'`.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from marsad.ner.features import Featurizer, Lexicon, variants
from marsad.ner.stack import Stack, StackSpec, word_fields

Sentence = list[tuple[str, str]]


def crf_marginals(crf: object, xseqs: Sequence[list[list[str]]], labels: Sequence[str]) -> list[np.ndarray]:
    """(tokens, labels) marginal probabilities of each sentence under a pycrfsuite.Tagger."""
    out = []
    # a fold of a small sample may never see a label: its marginal is 0
    known = set(crf.labels())  # type: ignore[attr-defined]
    for x in xseqs:
        crf.set(x)  # type: ignore[attr-defined]
        marg = crf.marginal  # type: ignore[attr-defined]
        out.append(
            np.array(
                [[marg(lab, i) if lab in known else 0.0 for lab in labels] for i in range(len(x))], dtype=np.float32
            )
        )
    return out


def fold_marginals(
    xseqs: list[list[list[str]]],
    yseqs: list[list[str]],
    labels: Sequence[str],
    params: dict,
    folds: int,
    log: Callable[[str], None],
) -> list[np.ndarray]:
    """Out-of-fold CRF marginals for every training sentence."""
    import pycrfsuite

    n = len(xseqs)
    res: list[np.ndarray] = [np.zeros((0, len(labels)), dtype=np.float32)] * n
    for k in range(folds):
        lo, hi = n * k // folds, n * (k + 1) // folds
        trainer = pycrfsuite.Trainer(verbose=False)
        for i in range(n):
            if not lo <= i < hi:
                trainer.append(xseqs[i], yseqs[i])
        trainer.set_params(params)
        with tempfile.TemporaryDirectory() as tmp:
            trainer.train(str(Path(tmp) / "crf.bin"))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(Path(tmp) / "crf.bin"))
            for i, m in zip(range(lo, hi), crf_marginals(tagger, xseqs[lo:hi], labels), strict=True):
                res[i] = m
            tagger.close()
        log(f"stack: fold {k + 1}/{folds} CRF done")
    return res


def _fields(lex: Lexicon, feat: Featurizer, tokens: Sequence[str]) -> list[dict]:
    words = [feat._word(t if t and not t.isspace() else "_") for t in tokens]
    gaz = feat._gaz_tags([w[2] for w in words], [w[4] for w in words])
    out = []
    for tok, w, g in zip(tokens, words, gaz, strict=True):
        f, st = w[2], w[3]
        d = word_fields(lex, tok, f, st, variants(f))
        d.update(f=f, st=st, g=g or "O")
        out.append(d)
    return out


def train_stack(
    train: Sequence[Sentence],
    train_margs: Sequence[np.ndarray],
    crf_labels: Sequence[str],
    lex: Lexicon,
    words: Sequence[str],
    vectors: np.ndarray,
    *,
    seed: int = 13,
    epochs: int = 12,
    hid: int = 200,
    dilations: Sequence[int] = (1, 1, 2),
    log: Callable[[str], None] = lambda _m: None,
    dev: Callable[[Stack], float] | None = None,
) -> tuple[StackSpec, dict[str, np.ndarray], dict]:
    """Train the network; returns its spec, its weights (numpy) and a report (losses, dev F1 per epoch)."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    feat = Featurizer(lex)
    rows = [_fields(lex, feat, [t for t, _ in s]) for s in train]
    golds = [[g for _, g in s] for s in train]
    labels = sorted({g for gs in golds for g in gs})
    fc = Counter(t["f"] for s in rows for t in s)
    train_words = sorted(w for w, c in fc.items() if c >= 2)
    chars = sorted({c for s in rows for t in s for c in t["f"]})

    def vocab(key: str) -> list[str]:
        seen: dict[str, None] = {}
        for s in rows:
            for t in s:
                for x in t[key] if isinstance(t[key], list) else [t[key]]:
                    seen.setdefault(str(x), None)
        return list(seen)

    clusters: list[dict[str, None]] = [{} for _ in range(7)]
    for s in rows:
        for t in s:
            for k, c in enumerate(t["cl"][:7]):
                clusters[k].setdefault(c, None)
    spec = StackSpec(
        labels=labels,
        crf_labels=list(crf_labels),
        words=list(words),
        train_words=train_words,
        chars=chars,
        shapes=vocab("sh"),
        gaz=vocab("g"),
        clusters=[list(c) for c in clusters],
        lex_labels=vocab("L"),
        dilations=list(dilations),
    )
    wid = {w: i + 1 for i, w in enumerate(spec.words)}
    tid = {w: i + 1 for i, w in enumerate(spec.train_words)}
    cid = {c: i + 1 for i, c in enumerate(spec.chars)}
    shid = {x: i + 1 for i, x in enumerate(spec.shapes)}
    gid = {x: i + 1 for i, x in enumerate(spec.gaz)}
    clid = [{x: i + 1 for i, x in enumerate(c)} for c in spec.clusters]
    lid = {x: i + 1 for i, x in enumerate(spec.lex_labels)}
    lab = {x: i for i, x in enumerate(labels)}
    mc = spec.max_chars
    helper = Stack.__new__(Stack)
    helper.spec = spec
    stems = [[t["st"] for t in s] for s in rows]
    mg_all = Stack.doc_inputs(helper, stems, train_margs)

    def encode(s: list[dict]) -> tuple[np.ndarray, ...]:
        n = len(s)
        w = np.zeros(n, np.int64)
        tw = np.zeros(n, np.int64)
        ch = np.zeros((n, mc), np.int64)
        cat = np.zeros((n, 10), np.int64)
        lx = np.zeros((n, spec.max_lex_labels), np.int64)
        for i, t in enumerate(s):
            f, st = t["f"], t["st"]
            w[i] = wid.get(f) or wid.get(st) or wid.get("ال" + st) or 0
            tw[i] = tid.get(f, 0)
            ids = [len(chars) + 1, *(cid.get(c, 0) for c in f), len(chars) + 2][:mc]
            ch[i, : len(ids)] = ids
            cat[i, 0] = shid.get(t["sh"], 0)
            cat[i, 1] = 1 + int(t["al"])
            cat[i, 2] = gid.get(t["g"], 0)
            for k, c in enumerate(t["cl"][:7]):
                cat[i, 3 + k] = clid[k].get(c, 0)
            for j, x in enumerate(t["L"][: spec.max_lex_labels]):
                lx[i, j] = lid.get(x, 0)
        return w, tw, ch, cat, lx

    data = [(*encode(s), m, np.array([lab[g] for g in gs])) for s, m, gs in zip(rows, mg_all, golds, strict=True)]
    nm = mg_all[0].shape[1]
    cat_sizes = [len(spec.shapes) + 1, 3, len(spec.gaz) + 1] + [len(c) + 1 for c in spec.clusters]
    de = 16

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.w = nn.Embedding(len(words) + 1, vectors.shape[1])
            self.w.weight.data[1:] = torch.tensor(vectors, dtype=torch.float32)
            self.w.weight.data[0] = 0
            self.tw = nn.Embedding(len(train_words) + 1, 50)
            self.ch = nn.Embedding(len(chars) + 3, 30, padding_idx=0)
            self.chc = nn.Conv1d(30, 50, 3, padding=1)
            self.cats = nn.ModuleList([nn.Embedding(n, de) for n in cat_sizes])
            self.lx = nn.EmbeddingBag(len(spec.lex_labels) + 1, de, mode="sum", padding_idx=0)
            din = nm + vectors.shape[1] + 50 + 50 + de * (len(cat_sizes) + 1)
            self.drop = nn.Dropout(0.5)
            self.inp = nn.Linear(din, hid)
            self.convs = nn.ModuleList([nn.Conv1d(hid, hid, 3, padding=d, dilation=d) for d in dilations])
            self.out = nn.Linear(hid, len(labels))
            self.trans = nn.Parameter(torch.zeros(len(labels), len(labels)))
            self.start = nn.Parameter(torch.zeros(len(labels)))
            self.end = nn.Parameter(torch.zeros(len(labels)))

        def forward(self, w, tw, ch, cat, lx, mg, mask):  # type: ignore[no-untyped-def]
            b, t = w.shape
            x = [self.w(w), self.tw(tw)]
            c = self.ch(ch.view(b * t, -1)).transpose(1, 2)
            x.append(F.relu(self.chc(c)).max(2)[0].view(b, t, -1))
            x += [e(cat[:, :, k]) for k, e in enumerate(self.cats)]
            x.append(self.lx(lx.view(b * t, -1)).view(b, t, -1))
            h = torch.cat([mg, self.drop(torch.cat(x, -1))], -1)
            h = (F.relu(self.inp(h)) * mask[:, :, None]).transpose(1, 2)
            for conv in self.convs:
                h = h + F.relu(conv(F.dropout(h, 0.2, self.training))) * mask[:, None, :]
            return self.out(self.drop(h.transpose(1, 2)))

        def nll(self, em, y, mask):  # type: ignore[no-untyped-def]
            t = em.shape[1]
            score = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
            for i in range(1, t):
                m = mask[:, i]
                score = score + m * (self.trans[y[:, i - 1], y[:, i]] + em[:, i].gather(1, y[:, i : i + 1]).squeeze(1))
            lens = mask.sum(1).long()
            score = score + self.end[y.gather(1, (lens - 1)[:, None]).squeeze(1)]
            alpha = self.start + em[:, 0]
            for i in range(1, t):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, i, None, :], 1)
                m = mask[:, i, None]
                alpha = m * nxt + (1 - m) * alpha
            return (torch.logsumexp(alpha + self.end, 1) - score).sum()

    def batch(items: list) -> list:  # type: ignore[type-arg]
        t = max(len(it[-1]) for it in items)
        b = len(items)
        w = torch.zeros(b, t, dtype=torch.long)
        tw = torch.zeros_like(w)
        ch = torch.zeros(b, t, mc, dtype=torch.long)
        cat = torch.zeros(b, t, 10, dtype=torch.long)
        lx = torch.zeros(b, t, spec.max_lex_labels, dtype=torch.long)
        mg = torch.zeros(b, t, nm)
        y = torch.zeros(b, t, dtype=torch.long)
        mask = torch.zeros(b, t)
        for i, (a1, a2, a3, a4, a5, a6, yy) in enumerate(items):
            n = len(yy)
            w[i, :n], tw[i, :n], ch[i, :n] = torch.from_numpy(a1), torch.from_numpy(a2), torch.from_numpy(a3)
            cat[i, :n], lx[i, :n], mg[i, :n] = torch.from_numpy(a4), torch.from_numpy(a5), torch.from_numpy(a6)
            y[i, :n] = torch.from_numpy(yy)
            mask[i, :n] = 1
        return [w, tw, ch, cat, lx, mg, y, mask]

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    report: dict = {"epochs": []}
    t0 = time.time()
    for ep in range(epochs):
        net.train()
        # batches of sentences of about the same length, in a seeded random order
        order = sorted(range(len(data)), key=lambda i: len(data[i][-1]) + int(rng.integers(0, 8)))
        batches = [order[i : i + 16] for i in range(0, len(order), 16)]
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            w, tw, ch, cat, lx, mg, y, mask = batch([data[i] for i in idx])
            loss = net.nll(net(w, tw, ch, cat, lx, mg, mask), y, mask) / len(idx)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.item())
        entry = {"epoch": ep + 1, "loss": round(total / len(batches), 4), "seconds": round(time.time() - t0, 1)}
        if dev is not None:
            entry["dev_f1"] = round(dev(Stack(spec, export(net, dilations), lex)), 4)
        report["epochs"].append(entry)
        log(f"stack: epoch {ep + 1}/{epochs} {entry}")
    report["seconds"] = round(time.time() - t0, 1)
    arrays = export(net, dilations)
    # the numpy forward pass must give torch's scores: a mismatch in `export` or `Stack` would otherwise
    # only show as a lower F1
    net.eval()
    stack = Stack(spec, arrays, lex)
    with torch.no_grad():
        for i in range(min(8, len(data))):
            w, tw, ch, cat, lx, mg, _y, mask = batch([data[i]])
            want = net(w, tw, ch, cat, lx, mg, mask)[0].numpy()
            vecs = [stack.word_vector(t, r["f"], r["st"]) for (t, _), r in zip(train[i], rows[i], strict=True)]
            got = stack.emissions(vecs, [r["g"] for r in rows[i]], mg_all[i])
            err = float(np.abs(got - want).max())
            if err > 1e-3 * max(1.0, float(np.abs(want).max())):
                bad = np.abs(got - want).max(1)
                raise AssertionError(
                    f"numpy forward pass differs from torch by {err:.2g} on sentence {i} "
                    f"{[(t, round(float(b), 3)) for (t, _), b in zip(train[i], bad, strict=True)]}"
                )
    report["export_checked"] = True
    return spec, arrays, report


def export(net: object, dilations: Sequence[int]) -> dict[str, np.ndarray]:
    """The network's weights as float32 numpy arrays under the names `Stack` reads."""
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in net.state_dict().items()}  # type: ignore[attr-defined]
    out = {
        "w_emb": sd["w.weight"],
        "tw_emb": sd["tw.weight"],
        "ch_emb": sd["ch.weight"],
        "ch_conv_w": sd["chc.weight"],
        "ch_conv_b": sd["chc.bias"],
        "L_emb": sd["lx.weight"],
        "inp_w": sd["inp.weight"],
        "inp_b": sd["inp.bias"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }
    for k in range(10):
        out[f"cat_emb_{k}"] = sd[f"cats.{k}.weight"]
    for i in range(len(dilations)):
        out[f"conv{i}_w"] = sd[f"convs.{i}.weight"]
        out[f"conv{i}_b"] = sd[f"convs.{i}.bias"]
    return out
