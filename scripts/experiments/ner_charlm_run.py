#!/usr/bin/env python3
"""Experiment: contextual string embeddings (Flair-style character LMs, Akbik et al. 2018) trained from
scratch on ANT news, frozen, under a BiLSTM-CRF tagger on ANERcorp. Pure torch + numpy, one file, seeded.

    python3 ner_charlm_run.py --data DIR --out OUT   # DIR written by ner_charlm_prep.py

Phases, each with a hard wall budget under one global deadline (--deadline seconds from start); result.json
is rewritten after every phase, so a kill still leaves figures:
  A  LM (hidden --lm-hidden) on ANT, both directions in ONE bidirectional cuDNN LSTM whose forward half reads
     the text and whose backward half reads the reversed text (input weights masked so that each direction
     sees only its own character embedding); truncated BPTT with state carried; best checkpoint by held-out
     bits per char; then every ANERcorp sentence embedded ("\\n" + tokens joined by spaces + "\\n"; per token
     the forward state at the char after it and the backward state at the char before it: Flair's offsets
     with whitespace); BiLSTM-CRF tagger over [LM states ; trained word embedding ; char CNN], epoch picked
     by dev F1, dev and test F1 reported.
  B  the same with a small LM (--lm2-hidden, --lm2-seconds): how F1 depends on LM size.
  C  the tagger with no LM states at all (word embedding + char CNN): what the LM adds.
  then a CPU (1 thread) measurement of the LM's embedding speed, tokens/s, for each LM.
"""

from __future__ import annotations

import time

T0 = time.monotonic()

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))  # the scorer, without installing marsad
from marsad.ner.conll import Score  # noqa: E402

HERE = Path(__file__).resolve().parent
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
LN2 = math.log(2.0)


# ----------------------------------------------------------------------------------------------- plumbing
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=HERE / "data")
    ap.add_argument("--device", default="auto", help="auto | cuda | cpu")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=0, help="CPU threads when running on CPU (0 = 1)")
    ap.add_argument("--deadline", type=float, default=440.0, help="wall seconds from start for everything")
    ap.add_argument("--amp", default="auto", help="auto (bf16 on CUDA, fp32 fallback) | bf16 | off")
    # LM
    ap.add_argument("--lm-hidden", type=int, default=1024)
    ap.add_argument("--lm-emb", type=int, default=64)
    ap.add_argument("--lm-bptt", type=int, default=250)
    ap.add_argument("--lm-batch", type=int, default=512, help="parallel streams per direction")
    ap.add_argument("--lm-lr", type=float, default=2e-3)
    ap.add_argument("--lm-dropout", type=float, default=0.2)
    ap.add_argument("--lm-clip", type=float, default=1.0)
    ap.add_argument("--lm-seconds", type=float, default=200.0, help="LM A wall budget (both directions at once)")
    ap.add_argument("--lm2-hidden", type=int, default=256)
    ap.add_argument("--lm2-seconds", type=float, default=60.0, help="LM B wall budget; 0 = no config B")
    ap.add_argument("--lm-max-chars", type=int, default=0, help="read at most this many ANT chars (0 = all)")
    ap.add_argument("--lm-val-chars", type=int, default=150_000)
    ap.add_argument("--log-every", type=float, default=20.0, help="seconds between LM log lines")
    # tagger
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--tagger-seconds", type=float, default=75.0, help="tagger budget, config A")
    ap.add_argument("--tagger2-seconds", type=float, default=45.0, help="tagger budget, config B")
    ap.add_argument("--baseline-seconds", type=float, default=30.0, help="no-LM tagger budget; 0 = skip")
    ap.add_argument("--tagger-hidden", type=int, default=256)
    ap.add_argument("--tagger-batch", type=int, default=32)
    ap.add_argument("--tagger-lr", type=float, default=2e-3)
    ap.add_argument("--word-dim", type=int, default=100)
    ap.add_argument("--limit-sentences", type=int, default=0, help="cap each split (CPU smoke tests)")
    ap.add_argument("--cpu-probe-seconds", type=float, default=5.0, help="per LM; 0 = skip")
    return ap.parse_args(argv)


class Run:
    def __init__(self, args):
        self.args = args
        args.out.mkdir(parents=True, exist_ok=True)
        self.logf = open(args.out / "log.txt", "a", encoding="utf-8")  # noqa: SIM115 - kept open for the run
        self.deadline = T0 + args.deadline
        self.result: dict = {"status": "started", "phases_done": []}

    def log(self, msg: str) -> None:
        line = f"[{time.monotonic() - T0:7.1f}s] {msg}"
        print(line, flush=True)
        self.logf.write(line + "\n")
        self.logf.flush()

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def budget(self, want: float, reserve: float) -> float:
        return max(0.0, min(want, self.left() - reserve))

    def save(self) -> None:
        self.result["elapsed_s"] = round(time.monotonic() - T0, 1)
        tmp = self.args.out / "result.json.tmp"
        tmp.write_text(json.dumps(self.result, ensure_ascii=False, indent=1), "utf-8")
        os.replace(tmp, self.args.out / "result.json")


def sync(dev):
    if dev.type == "cuda":
        torch.cuda.synchronize()


# ----------------------------------------------------------------------------------------------- data
def read_conll(path: Path, limit: int = 0):
    """Sentences of (token, folded token, tag) from prep.py's files."""
    sents, cur = [], []
    for line in path.read_text("utf-8").split("\n"):
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
                if limit and len(sents) >= limit:
                    break
            continue
        tok, fold, tag = line.split("\t")
        cur.append((tok, fold if fold.strip() else tok, tag if tag in TAGS else "O"))
    if cur and not (limit and len(sents) >= limit):
        sents.append(cur)
    return sents


class Chars:
    """Character vocabulary of the ANT text: id 0 = unknown, then by frequency."""

    def __init__(self, codepoints: np.ndarray, min_count: int = 20):
        counts = np.bincount(codepoints)
        keep = np.flatnonzero(counts >= min_count)
        keep = keep[np.argsort(-counts[keep], kind="stable")]
        self.cps = keep
        self.table = np.zeros(len(counts), dtype=np.int64)
        self.table[keep] = np.arange(1, len(keep) + 1)
        self.size = len(keep) + 1

    def encode_cps(self, cps: np.ndarray) -> np.ndarray:
        out = np.zeros(len(cps), dtype=np.int64)
        ok = cps < len(self.table)
        out[ok] = self.table[cps[ok]]
        return out

    def encode(self, s: str) -> np.ndarray:
        return self.encode_cps(np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.int64))


def load_ant(path: Path, max_chars: int, val_chars: int):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read(max_chars) if max_chars else f.read()
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    chars = Chars(cps)
    ids = chars.encode_cps(cps)
    nval = min(val_chars, len(ids) // 10)
    return chars, ids[: len(ids) - nval], ids[len(ids) - nval :], len(text)


# ----------------------------------------------------------------------------------------------- scorer
def score(gold_seqs, pred_seqs) -> dict:
    """Exact-span P/R/F1, overall and per type: marsad's own conlleval scorer, so the figures compare with
    `marsad eval ner`."""
    sc = Score()
    for g, p in zip(gold_seqs, pred_seqs, strict=True):
        sc.add(g, p)
    return sc.as_dict()


# ----------------------------------------------------------------------------------------------- char LM
class BiCharLM(nn.Module):
    """A forward and a backward character LM in one bidirectional LSTM. The input at each position is
    [emb_f(c) ; emb_b(c')]; the forward direction's input weights on the emb_b half and the backward
    direction's on the emb_f half are held at exactly zero (gradient hooks + re-zeroing), so the two are
    independent LMs run in one cuDNN call."""

    def __init__(self, vocab: int, emb: int, hidden: int, dropout: float):
        super().__init__()
        self.E, self.H = emb, hidden
        self.emb_f = nn.Embedding(vocab, emb)
        self.emb_b = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(2 * emb, hidden, num_layers=1, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.dec_f = nn.Linear(hidden, vocab)
        self.dec_b = nn.Linear(hidden, vocab)
        mf = torch.ones(4 * hidden, 2 * emb)
        mf[:, emb:] = 0
        self.register_buffer("mask_f", mf)
        self.register_buffer("mask_b", 1 - mf)
        self.rnn.weight_ih_l0.register_hook(lambda g: g * self.mask_f)
        self.rnn.weight_ih_l0_reverse.register_hook(lambda g: g * self.mask_b)
        self.enforce()

    @torch.no_grad()
    def enforce(self):
        self.rnn.weight_ih_l0.mul_(self.mask_f)
        self.rnn.weight_ih_l0_reverse.mul_(self.mask_b)

    def forward(self, xf, xr, h=None):
        """xf: (T, B) forward-stream chars; xr: (T, B) reversed-stream chars in reading order.
        Returns logits_f, logits_b (T, B, V) in each stream's reading order, and the carried state."""
        inp = torch.cat([self.emb_f(xf), self.emb_b(xr.flip(0))], dim=-1)
        out, h = self.rnn(inp, h)
        of = out[..., : self.H]
        ob = out[..., self.H :].flip(0)
        return self.dec_f(self.drop(of)), self.dec_b(self.drop(ob)), h

    def states(self, x, lengths):
        """x: (T, B) sentences in original order, right-padded; lengths: CPU int64. (T, B, 2H) where
        [..., :H] is the forward LM after reading x[:t+1] and [..., H:] the backward LM after x[t:]."""
        inp = torch.cat([self.emb_f(x), self.emb_b(x)], dim=-1)
        packed = pack_padded_sequence(inp, lengths, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out)
        return out

    def lstm_params(self) -> int:
        return sum(p.numel() for n, p in self.rnn.named_parameters())

    def macs_per_char_per_direction(self) -> int:
        # gates: 4H x (E + H) multiply-adds (the masked half of the input weights is never needed on CPU)
        return 4 * self.H * (self.E + self.H)


def autocast_ctx(dev, amp: str):
    if dev.type == "cuda" and amp == "bf16":
        return torch.autocast(device_type="cuda", dtype=torch.bfloat16)
    return torch.autocast(device_type=dev.type, enabled=False)


def lm_eval(model, val, dev, amp, bptt, streams=16):
    model.eval()
    n = (len(val) - 1) // streams
    if n < 2:
        return float("nan"), float("nan")
    v = torch.as_tensor(val, device=dev)
    vf = v[: streams * n + 0].view(streams, n).t().contiguous()  # (n, S)
    vr = v.flip(0)[: streams * n].view(streams, n).t().contiguous()
    h = None
    tot_f = tot_b = 0.0
    cnt = 0
    with torch.no_grad(), autocast_ctx(dev, amp):
        for s in range(0, n - 1, bptt):
            e = min(s + bptt, n - 1)
            lf, lb, h = model(vf[s:e], vr[s:e], h)
            tot_f += F.cross_entropy(lf.float().flatten(0, 1), vf[s + 1 : e + 1].flatten(), reduction="sum").item()
            tot_b += F.cross_entropy(lb.float().flatten(0, 1), vr[s + 1 : e + 1].flatten(), reduction="sum").item()
            cnt += (e - s) * streams
    model.train()
    return tot_f / cnt / LN2, tot_b / cnt / LN2


def train_lm(run: Run, tag: str, chars: Chars, train_ids, val_ids, dev, hidden: int, seconds: float):
    a = run.args
    torch.manual_seed(a.seed)
    model = BiCharLM(chars.size, a.lm_emb, hidden, a.lm_dropout).to(dev)
    B, T = a.lm_batch, a.lm_bptt
    L = len(train_ids) // B
    if L < T + 2:
        B = max(1, len(train_ids) // (4 * T))
        L = len(train_ids) // B
    ids = torch.as_tensor(train_ids, device=dev)
    small = torch.uint8 if chars.size <= 256 else torch.int16
    sf = ids[: B * L].view(B, L).t().contiguous().to(small)  # (L, B): stream b = chars [b*L, (b+1)*L)
    sr = ids.flip(0)[: B * L].view(B, L).t().contiguous().to(small)
    del ids
    base_lr = a.lm_lr
    opt = torch.optim.Adam(model.parameters(), lr=base_lr)
    amp = a.amp
    if amp == "auto":
        amp = "bf16" if dev.type == "cuda" else "off"
    info = {"hidden": hidden, "emb": a.lm_emb, "bptt": T, "streams": B, "lr": a.lm_lr, "dropout": a.lm_dropout,
            "optimizer": "Adam, linear warm-up 100 steps, linear decay to 10% over the wall budget",
            "vocab": chars.size, "train_chars": len(train_ids), "val_chars": len(val_ids),
            "lstm_params_per_direction": model.lstm_params() // 2 - 4 * hidden * a.lm_emb,
            "all_params": sum(p.numel() for p in model.parameters()), "budget_s": round(seconds, 1),
            "curve": []}
    run.log(f"[{tag}] LM hidden {hidden}: {info['all_params']:,} params, {B} streams x {L} chars, bptt {T}, "
            f"budget {seconds:.0f}s, amp {amp}")
    start = time.monotonic()
    step = pos = 0
    h = None
    chars_seen = 0
    acc_f = torch.zeros((), device=dev)
    acc_b = torch.zeros((), device=dev)
    acc_n = 0
    last_log = start
    best = (float("inf"), None, 0)
    epochs = 0
    lr_now = a.lm_lr
    while True:
        now = time.monotonic()
        frac = (now - start) / max(seconds, 1e-6)
        tick = now - last_log >= a.log_every or frac >= 1.0
        if tick and acc_n:
            sync(dev)
            now = time.monotonic()
            el = now - start
            tf, tb = acc_f.item() / acc_n / LN2, acc_b.item() / acc_n / LN2
            vf, vb = lm_eval(model, val_ids, dev, amp, T)
            cps = chars_seen / max(el, 1e-9)
            info["curve"].append({"t": round(el, 1), "step": step, "chars": chars_seen, "train_bpc_f": round(tf, 4),
                                  "train_bpc_b": round(tb, 4), "val_bpc_f": round(vf, 4), "val_bpc_b": round(vb, 4),
                                  "lr": lr_now})
            run.log(f"[{tag}] t={el:6.1f}s step {step} ep {epochs} chars/dir {chars_seen:,} ({cps / 1e6:.2f}M/s/dir) "
                    f"train bpc f {tf:.3f} b {tb:.3f} | val f {vf:.3f} b {vb:.3f} lr {lr_now:.2e}")
            if not (math.isfinite(tf) and math.isfinite(tb)):
                run.log(f"[{tag}] non-finite loss: restoring best checkpoint, lr halved, amp off")
                if best[1] is not None:
                    model.load_state_dict(best[1])
                base_lr /= 2
                amp = "off"
                opt = torch.optim.Adam(model.parameters(), lr=base_lr)
                info["restarts"] = info.get("restarts", 0) + 1
                h = None
            elif math.isfinite(vf + vb) and (vf + vb) / 2 < best[0]:
                best = ((vf + vb) / 2, {k: v.detach().clone() for k, v in model.state_dict().items()}, step)
            elif not math.isfinite(vf + vb) and best[1] is None:
                best = (float("inf"), {k: v.detach().clone() for k, v in model.state_dict().items()}, step)
            acc_f.zero_()
            acc_b.zero_()
            acc_n = 0
            last_log = now
            run.result.setdefault("configs", {}).setdefault(tag, {})["lm"] = info
            run.save()
        if frac >= 1.0:
            break
        if pos + T + 1 > L:
            pos, h, epochs = 0, None, epochs + 1
        lr_now = base_lr * min(1.0, (step + 1) / 100) * max(0.1, 1.0 - frac)
        for g in opt.param_groups:
            g["lr"] = lr_now
        xf = sf[pos : pos + T + 1].long()
        xr = sr[pos : pos + T + 1].long()
        try:
            with autocast_ctx(dev, amp):
                lf, lb, h = model(xf[:-1], xr[:-1], h)
            loss_f = F.cross_entropy(lf.float().flatten(0, 1), xf[1:].flatten())
            loss_b = F.cross_entropy(lb.float().flatten(0, 1), xr[1:].flatten())
            opt.zero_grad(set_to_none=True)
            (loss_f + loss_b).backward()
        except RuntimeError as e:  # bf16 cuDNN RNN unsupported here: fall back once to fp32/TF32
            if amp == "bf16" and step == 0:
                run.log(f"[{tag}] bf16 failed ({str(e).splitlines()[0][:200]}); using fp32/TF32")
                amp = "off"
                h = None
                opt.zero_grad(set_to_none=True)
                continue
            raise
        torch.nn.utils.clip_grad_norm_(model.parameters(), a.lm_clip)
        opt.step()
        model.enforce()
        h = (h[0].detach(), h[1].detach())
        acc_f += loss_f.detach()
        acc_b += loss_b.detach()
        acc_n += 1
        step += 1
        pos += T
        chars_seen += T * B
    sync(dev)
    el = time.monotonic() - start
    if best[1] is not None:
        model.load_state_dict(best[1])
    info.update({"seconds": round(el, 1), "steps": step, "chars_seen_per_direction": chars_seen,
                 "epochs_over_ant": round(chars_seen / max(len(train_ids), 1), 2),
                 "chars_per_s_per_direction": round(chars_seen / max(el, 1e-9)), "amp": amp,
                 "best_val_bpc_mean": round(best[0], 4) if math.isfinite(best[0]) else None,
                 "best_at_step": best[2],
                 "macs_per_char_per_direction": model.macs_per_char_per_direction()})
    run.log(f"[{tag}] LM done: {step} steps, {chars_seen:,} chars/dir in {el:.0f}s, best val bpc {best[0]:.3f} "
            f"at step {best[2]}")
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return model, info, amp


# ----------------------------------------------------------------------------------------------- embedding
def sentence_chars(sent, chars: Chars):
    """ids of "\\n" + folded tokens joined by " " + "\\n", and per token (index of the char after it, index
    of the char before it)."""
    toks = [f for _, f, _ in sent]
    text = "\n" + " ".join(toks) + "\n"
    after, before = [], []
    p = 1
    for t in toks:
        before.append(p - 1)
        after.append(p + len(t))
        p += len(t) + 1
    return chars.encode(text), after, before


def embed_all(model: BiCharLM, sents, chars: Chars, dev, amp, out_dtype, max_chars_per_batch=200_000):
    """(n_tokens, 2H) frozen features for all sentences, in sentence order."""
    H = model.H
    prepared = [sentence_chars(s, chars) for s in sents]
    offsets = np.cumsum([0] + [len(s) for s in sents])
    feats = torch.zeros(int(offsets[-1]), 2 * H, dtype=out_dtype, device=dev)
    order = sorted(range(len(sents)), key=lambda i: -len(prepared[i][0]))
    i = 0
    with torch.no_grad(), autocast_ctx(dev, amp):
        while i < len(order):
            maxlen = len(prepared[order[i]][0])
            nb = max(1, min(256, max_chars_per_batch // max(maxlen, 1)))
            batch = order[i : i + nb]
            i += nb
            lens = torch.tensor([len(prepared[j][0]) for j in batch], dtype=torch.int64)
            x = torch.zeros(maxlen, len(batch), dtype=torch.long)
            for c, j in enumerate(batch):
                x[: lens[c], c] = torch.as_tensor(prepared[j][0])
            out = model.states(x.to(dev), lens)  # (T, B, 2H)
            cols, pa, pb, rows = [], [], [], []
            for c, j in enumerate(batch):
                _, after, before = prepared[j]
                cols += [c] * len(after)
                pa += after
                pb += before
                rows += range(int(offsets[j]), int(offsets[j + 1]))
            cols_t = torch.as_tensor(cols, device=dev)
            fw = out[torch.as_tensor(pa, device=dev), cols_t, :H]
            bw = out[torch.as_tensor(pb, device=dev), cols_t, H:]
            feats[torch.as_tensor(rows, device=dev)] = torch.cat([fw, bw], dim=-1).to(out_dtype)
    return feats


# ----------------------------------------------------------------------------------------------- tagger
class CRF(nn.Module):
    def __init__(self, k: int):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(k, k))  # from -> to
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def nll(self, em, tags, mask):
        """em (B, L, K) float32, tags (B, L), mask (B, L) bool with mask[:, 0] all True."""
        _B, L, _K = em.shape
        mf = mask.float()
        lengths = mask.sum(1)
        gold = self.start[tags[:, 0]] + (em.gather(2, tags.unsqueeze(2)).squeeze(2) * mf).sum(1)
        if L > 1:
            gold = gold + (self.trans[tags[:, :-1], tags[:, 1:]] * mf[:, 1:]).sum(1)
        gold = gold + self.end[tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)]
        alpha = self.start.unsqueeze(0) + em[:, 0]
        for t in range(1, L):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(mask[:, t : t + 1], nxt, alpha)
        logz = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (logz - gold).sum()

    @torch.no_grad()
    def decode(self, em, mask):
        B, L, K = em.shape
        score = self.start.unsqueeze(0) + em[:, 0]
        bps = []
        for t in range(1, L):
            s = score.unsqueeze(2) + self.trans.unsqueeze(0)  # (B, from, to)
            best, bp = s.max(1)
            nxt = best + em[:, t]
            m = mask[:, t : t + 1]
            score = torch.where(m, nxt, score)
            # where masked keep the tag: backpointer to itself
            bps.append(torch.where(m, bp, torch.arange(K, device=em.device).unsqueeze(0).expand(B, K)))
        score = score + self.end.unsqueeze(0)
        last = score.argmax(1)
        path = [last]
        for bp in reversed(bps):
            last = bp.gather(1, last.unsqueeze(1)).squeeze(1)
            path.append(last)
        path.reverse()
        return torch.stack(path, 1)  # (B, L)


class Tagger(nn.Module):
    def __init__(self, feat_dim, n_words, n_chars, hidden, word_dim, char_dim=30, char_filters=50, dropout=0.5):
        super().__init__()
        self.feat_dim = feat_dim
        self.word = nn.Embedding(n_words, word_dim, padding_idx=0)
        self.char = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.drop = nn.Dropout(dropout)
        self.rnn = nn.LSTM(feat_dim + word_dim + char_filters, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        self.crf = CRF(len(TAGS))

    def emissions(self, feats, wids, cids, lengths):
        """feats (B, L, D) or None, wids (B, L), cids (B, L, C), lengths CPU int64."""
        B, L, C = cids.shape
        ce = self.char(cids.view(B * L, C)).transpose(1, 2)  # (BL, cd, C)
        cc = self.conv(ce).masked_fill((cids.view(B * L, 1, C) == 0), -1e4).max(2).values
        cc = torch.where(cc <= -1e3, torch.zeros_like(cc), cc).view(B, L, -1)
        parts = [self.word(wids), cc]
        if feats is not None:
            parts.insert(0, feats.float())
        x = self.drop(torch.cat(parts, -1))
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        o, _ = self.rnn(packed)
        o, _ = pad_packed_sequence(o, batch_first=True, total_length=L)
        return self.out(self.drop(o)).float()


class Split:
    """One split's tensors on the device: global token rows, word ids, char ids, tag ids."""

    def __init__(self, sents, row0, wvocab, cvocab, dev, max_chars=20):
        self.sents = sents
        self.n = len(sents)
        self.lengths = [len(s) for s in sents]
        self.starts = np.cumsum([0, *self.lengths])[:-1] + row0
        toks = [t for s in sents for t in s]
        self.wid = torch.as_tensor([wvocab.get(f, 1) for _, f, _ in toks], dtype=torch.long, device=dev)
        cid = np.zeros((len(toks), max_chars), dtype=np.int64)
        for i, (_, f, _) in enumerate(toks):
            for j, ch in enumerate(f[:max_chars]):
                cid[i, j] = cvocab.get(ch, 1)
        self.cid = torch.as_tensor(cid, device=dev)
        self.tag = torch.as_tensor([TAGS.index(g) for *_, g in toks], dtype=torch.long, device=dev)
        self.local0 = np.cumsum([0, *self.lengths])[:-1]
        self.gold = [[g for *_, g in s] for s in sents]

    def batch(self, idx, dev):
        lens = [self.lengths[i] for i in idx]
        L = max(lens)
        local = torch.zeros(len(idx), L, dtype=torch.long)
        mask = torch.zeros(len(idx), L, dtype=torch.bool)
        for r, i in enumerate(idx):
            local[r, : lens[r]] = torch.arange(int(self.local0[i]), int(self.local0[i]) + lens[r])
            mask[r, : lens[r]] = True
        local, mask = local.to(dev), mask.to(dev)
        glob = local + int(self.starts[0] - self.local0[0])  # rows into the global feature matrix
        return local, glob, mask, torch.tensor(lens, dtype=torch.int64)


def make_batches(lengths, size, rng, shuffle=True):
    idx = list(range(len(lengths)))
    if shuffle:
        rng.shuffle(idx)
    out = []
    pool = size * 50
    for p in range(0, len(idx), pool):
        grp = sorted(idx[p : p + pool], key=lambda i: lengths[i])
        out += [grp[k : k + size] for k in range(0, len(grp), size)]
    if shuffle:
        rng.shuffle(out)
    return out


def run_tagger(run: Run, tag: str, feats, splits, wvocab_size, cvocab_size, dev, seconds, singletons):
    a = run.args
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    fd = 0 if feats is None else feats.shape[1]
    model = Tagger(fd, wvocab_size, cvocab_size, a.tagger_hidden, a.word_dim).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=a.tagger_lr)
    tr, dv, te = splits["train"], splits["dev"], splits["test"]
    info = {"feat_dim": fd, "params": sum(p.numel() for p in model.parameters()), "hidden": a.tagger_hidden,
            "word_dim": a.word_dim, "char_cnn": "30-dim chars, 50 filters width 3, max-pool",
            "dropout": 0.5, "word_dropout": "0.05 (singletons 0.3) to UNK", "lr": a.tagger_lr,
            "batch": a.tagger_batch, "budget_s": round(seconds, 1), "epochs_max": a.epochs, "per_epoch": []}
    run.log(f"[{tag}] tagger: {info['params']:,} params, input {fd}+{a.word_dim}+50, budget {seconds:.0f}s")
    sing = singletons.to(dev)

    def predict(split):
        model.eval()
        preds = [None] * split.n
        with torch.no_grad():
            for b in make_batches(split.lengths, 128, rng, shuffle=False):
                local, glob, mask, lens = split.batch(b, dev)
                f = feats[glob] if feats is not None else None
                em = model.emissions(f, split.wid[local], split.cid[local], lens)
                path = model.crf.decode(em, mask).cpu().tolist()
                for r, i in enumerate(b):
                    preds[i] = [TAGS[k] for k in path[r][: split.lengths[i]]]
        model.train()
        return preds

    start = time.monotonic()
    best = (-1.0, None, 0, None, None)
    ep_time = 0.0
    for ep in range(1, a.epochs + 1):
        if ep > 1 and time.monotonic() - start + ep_time * 1.15 > seconds:
            run.log(f"[{tag}] tagger budget reached after {ep - 1} epochs")
            break
        t_ep = time.monotonic()
        tot = 0.0
        for b in make_batches(tr.lengths, a.tagger_batch, rng):
            local, glob, mask, lens = tr.batch(b, dev)
            w = tr.wid[local]
            drop_p = torch.where(sing[w], 0.3, 0.05)
            w = torch.where(torch.rand(w.shape, device=dev) < drop_p, torch.ones_like(w), w)
            f = feats[glob] if feats is not None else None
            em = model.emissions(f, w, tr.cid[local], lens)
            loss = model.crf.nll(em, torch.where(mask, tr.tag[local], 0), mask) / len(b)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            tot += loss.item()
        d_s = score(dv.gold, predict(dv))
        t_s = score(te.gold, predict(te))
        ep_time = time.monotonic() - t_ep
        info["per_epoch"].append({"epoch": ep, "loss": round(tot, 2), "dev_f1": d_s["f1"], "test_f1": t_s["f1"],
                                  "seconds": round(ep_time, 1)})
        run.log(f"[{tag}] epoch {ep}: loss {tot:.1f} dev F1 {d_s['f1']:.4f} (test {t_s['f1']:.4f}) {ep_time:.1f}s")
        if d_s["f1"] > best[0]:
            best = (d_s["f1"], None, ep, d_s, t_s)
        info["best_epoch"] = best[2]
        info["dev"] = best[3]
        info["test"] = best[4]
        info["seconds"] = round(time.monotonic() - start, 1)
        run.result.setdefault("configs", {}).setdefault(tag, {})["tagger"] = info
        run.save()
    if best[3] is not None:
        run.log(f"[{tag}] best epoch {best[2]}: dev F1 {best[3]['f1']:.4f}  TEST F1 {best[4]['f1']:.4f} "
                f"(P {best[4]['precision']:.4f} R {best[4]['recall']:.4f}) "
                + " ".join(f"{t} {v['f1']:.3f}" for t, v in best[4]["per_type"].items()))
    return info


# ----------------------------------------------------------------------------------------------- CPU probe
def cpu_probe(run: Run, model: BiCharLM, sents, chars: Chars, seconds: float):
    """Single-thread CPU embedding speed of the LM (fp32), tokens/s, sentences in batches of 32."""
    if seconds <= 0:
        return None
    cpu = torch.device("cpu")
    m = model.to(cpu).float().eval()
    nthreads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        toks = 0
        start = time.monotonic()
        for k in range(0, len(sents), 32):
            embed_all(m, sents[k : k + 32], chars, cpu, "off", torch.float32)
            toks += sum(len(s) for s in sents[k : k + 32])
            if time.monotonic() - start > seconds:
                break
        el = time.monotonic() - start
    finally:
        torch.set_num_threads(nthreads)
    r = {"tokens": toks, "seconds": round(el, 2), "tokens_per_s_1thread": round(toks / max(el, 1e-9)),
         "cpu": platform.processor() or platform.machine()}
    run.log(f"CPU probe (1 thread) hidden {model.H}: {r['tokens_per_s_1thread']:,} tokens/s")
    return r


# ----------------------------------------------------------------------------------------------- main
def main(argv=None):
    a = parse_args(argv)
    run = Run(a)
    random.seed(a.seed)
    np.random.seed(a.seed)
    torch.manual_seed(a.seed)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu") if a.device == "auto" else torch.device(a.device)
    if dev.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        torch.backends.cudnn.benchmark = False  # the tagger's shapes change every batch
    else:  # a shared CPU: more threads spin against the other jobs (2 threads ran 4-20x slower than 1 here)
        torch.set_num_threads(a.threads or 1)
    R = run.result
    R["env"] = {"torch": torch.__version__, "python": sys.version.split()[0], "device": str(dev),
                "gpu": torch.cuda.get_device_name(0) if dev.type == "cuda" else None,
                "cpu_threads": torch.get_num_threads()}
    R["args"] = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(a).items()}
    run.log(f"start: torch {torch.__version__} on {dev} {R['env']['gpu'] or ''}; deadline {a.deadline:.0f}s")

    # ---- data
    t = time.monotonic()
    raw = {n: read_conll(a.data / f"{n}.txt", a.limit_sentences) for n in ("train", "dev", "test")}
    chars, lm_train, lm_val, n_text = load_ant(a.data / "ant.txt.gz", a.lm_max_chars, a.lm_val_chars)
    counts: dict[str, int] = {}
    for s in raw["train"]:
        for _, f, _ in s:
            counts[f] = counts.get(f, 0) + 1
    wvocab = {"<pad>": 0, "<unk>": 1}
    for w in sorted(counts, key=lambda w: (-counts[w], w)):
        wvocab[w] = len(wvocab)
    singletons = torch.zeros(len(wvocab), dtype=torch.bool)
    for w, c in counts.items():
        if c == 1:
            singletons[wvocab[w]] = True
    cvocab = {"<pad>": 0, "<unk>": 1}
    for s in raw["train"]:
        for _, f, _ in s:
            for ch in f:
                cvocab.setdefault(ch, len(cvocab))
    all_sents = raw["train"] + raw["dev"] + raw["test"]
    row0 = {"train": 0, "dev": sum(map(len, raw["train"]))}
    row0["test"] = row0["dev"] + sum(map(len, raw["dev"]))
    splits = {n: Split(raw[n], row0[n], wvocab, cvocab, dev) for n in ("train", "dev", "test")}
    test_chars_per_token = float(np.mean([len(f) + 1 for s in raw["test"] for _, f, _ in s]))
    R["data"] = {n: {"sentences": len(raw[n]), "tokens": sum(map(len, raw[n]))} for n in raw}
    R["data"].update({"ant_chars_read": n_text, "lm_train_chars": len(lm_train), "lm_val_chars": len(lm_val),
                      "char_vocab": chars.size, "word_vocab": len(wvocab), "test_chars_per_token": round(
                          test_chars_per_token, 3), "load_s": round(time.monotonic() - t, 1)})
    meta = a.data / "meta.json"
    if meta.exists():
        R["data"]["prep_meta"] = {k: v for k, v in json.loads(meta.read_text("utf-8")).items() if k != "inputs"}
    run.log(f"data: {R['data']['train']} train, {R['data']['dev']} dev, {R['data']['test']} test; ANT "
            f"{len(lm_train):,} + {len(lm_val):,} val chars, {chars.size} char ids ({time.monotonic() - t:.1f}s)")
    R["phases_done"].append("data")
    run.save()
    feat_dtype = torch.float16 if dev.type == "cuda" else torch.float32

    configs = [("A", a.lm_hidden, a.lm_seconds, a.tagger_seconds)]
    if a.lm2_seconds > 0:
        configs.append(("B", a.lm2_hidden, a.lm2_seconds, a.tagger2_seconds))
    lms = {}
    for _i, (tag, hidden, lm_s, tg_s) in enumerate(configs):
        # reserve: this config's tagger and a little for embedding; later configs only get what is left
        lm_budget = run.budget(lm_s, reserve=min(tg_s, 20.0) + 10.0)
        if lm_budget < 5:
            run.log(f"[{tag}] skipped: {run.left():.0f}s left")
            R.setdefault("skipped", []).append(tag)
            run.save()
            continue
        model, lm_info, _amp = train_lm(run, tag, chars, lm_train, lm_val, dev, hidden, lm_budget)
        cfg = R.setdefault("configs", {}).setdefault(tag, {})
        cfg["lm"] = lm_info
        cfg["cpu_cost_estimate"] = {
            "macs_per_char_both_directions": 2 * lm_info["macs_per_char_per_direction"],
            "chars_per_token": round(test_chars_per_token, 3),
            "macs_per_token": round(2 * lm_info["macs_per_char_per_direction"] * test_chars_per_token),
            "note": "LSTM gates only (no softmax at tagging time); at ~30-50 GMAC/s per core in fp32 "
                    "tokens/s = 3e10..5e10 / macs_per_token, before the tagger itself",
        }
        run.save()
        t = time.monotonic()
        feats = embed_all(model, all_sents, chars, dev, "off", feat_dtype)  # fp32/TF32: packed input, cheap
        sync(dev)
        cfg["embed"] = {"seconds": round(time.monotonic() - t, 1), "tokens": int(feats.shape[0]),
                        "dim": int(feats.shape[1]), "offsets": "flair with whitespace ('\\n' + text + '\\n')"}
        run.log(f"[{tag}] embedded {feats.shape[0]:,} tokens x {feats.shape[1]} in {cfg['embed']['seconds']}s")
        R["phases_done"].append(f"{tag}:lm")
        run.save()
        tg_budget = run.budget(tg_s, reserve=3.0)
        if tg_budget >= 3:
            run_tagger(run, tag, feats, splits, len(wvocab), len(cvocab), dev, tg_budget, singletons)
            R["phases_done"].append(f"{tag}:tagger")
        del feats
        model.to("cpu")
        lms[tag] = model
        if dev.type == "cuda":
            torch.cuda.empty_cache()
        run.save()

    if a.baseline_seconds > 0:
        tg_budget = run.budget(a.baseline_seconds, reserve=2.0 + a.cpu_probe_seconds * len(lms))
        if tg_budget >= 3:
            run_tagger(run, "C_noLM", None, splits, len(wvocab), len(cvocab), dev, tg_budget, singletons)
            R["phases_done"].append("C_noLM:tagger")
            run.save()

    for tag, model in lms.items():
        s = run.budget(a.cpu_probe_seconds, reserve=1.0)
        if s >= 1:
            r = cpu_probe(run, model, raw["test"], chars, s)
            R["configs"][tag]["cpu_probe"] = r
            run.save()

    if dev.type == "cuda":
        R["env"]["max_gpu_memory_gib"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
    R["status"] = "done"
    summary = {}
    for tag, c in R.get("configs", {}).items():
        tg = c.get("tagger", {})
        if tg.get("test"):
            summary[tag] = {"lm_hidden": c.get("lm", {}).get("hidden"), "best_epoch": tg.get("best_epoch"),
                            "dev_f1": tg["dev"]["f1"], "test_f1": tg["test"]["f1"],
                            "test_per_type": {t: v["f1"] for t, v in tg["test"]["per_type"].items()}}
    R["summary"] = summary
    run.save()
    run.log("summary: " + json.dumps(summary))
    run.log(f"done in {time.monotonic() - T0:.0f}s")


if __name__ == "__main__":
    main()
