"""The CRF's best label sequence computed from its weights with numpy, for a whole document at once.

CRFsuite's own `Tagger.tag` costs about half of `find_entities` on unseen text: every token's ~37 attribute
strings cross into C++ and are looked up in the model's string database, one sentence per call. Here the
weights are read once from `crf.bin`; a word's attributes are kept as row numbers in its feature cache
(`Featurizer`), and a document's state scores are summed with one `numpy.bincount` per label and decoded with
a Viterbi pass over all its sentences together.

The result is CRFsuite's, bit for bit: every state score is summed in the order CRFsuite sums it (the
attributes of an item in order, `bincount` adding its inputs one after another from 0.0; an attribute with
no weight for a label adds an exact 0.0), and the recursion and its tie-breaking (the first best label wins)
are CRFsuite's `crf1dc_viterbi`. `tests/test_ner.py` checks the tags against CRFsuite's.

Without numpy, `Tagger` tags with CRFsuite as before.

The `crf.bin` layout (CRFsuite's `crf1dmodel.c`, little-endian): a 48-byte header of offsets; the feature
chunk (`FEAT`, size, count, then per feature: type u32 (0 state, 1 transition), source u32 (attribute or
label id), destination u32 (label id), weight f64); labels and attributes as CQDB string databases, whose
backward array gives each id's record (id u32, size u32, the NUL-terminated string).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE_HEADER = 12


def _cqdb_strings(buf: bytes, start: int) -> list[str]:
    """The strings of the CQDB database at `start`, by id."""
    chunk, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", buf, start)
    if chunk != b"CQDB":
        raise ValueError("not a CQDB chunk")
    offsets = struct.unpack_from(f"<{bwd_size}I", buf, start + bwd_offset)
    out = []
    for i, off in enumerate(offsets):
        rid, ksize = struct.unpack_from("<II", buf, start + off)
        if rid != i or not ksize:
            raise ValueError("damaged CQDB record")
        p = start + off + 8
        out.append(buf[p : p + ksize - 1].decode("utf-8"))
    return out


class Weights:
    """A CRFsuite model's weights: `state` (attributes + 1 rows × labels; the last row is all zeros, the
    padding) and `trans` (labels × labels), `labels` and `attr_id` (attribute string → row)."""

    def __init__(self, crf_bytes: bytes) -> None:
        import numpy as np

        (magic, _size, kind, _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, _olr, _oar) = (
            _HEADER.unpack_from(crf_bytes, 0)
        )
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a CRFsuite first-order model")
        chunk, _csize, n_feat = struct.unpack_from("<4sII", crf_bytes, off_feat)
        if chunk != b"FEAT":
            raise ValueError("no feature chunk")
        dt = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])
        feats = np.frombuffer(crf_bytes, dtype=dt, count=n_feat, offset=off_feat + _FEATURE_HEADER)
        self.labels = _cqdb_strings(crf_bytes, off_labels)
        attrs = _cqdb_strings(crf_bytes, off_attrs)
        if len(self.labels) != n_labels or len(attrs) != n_attrs:
            raise ValueError("label or attribute count does not match the header")
        #: attribute names by row
        self.attrs = attrs
        self.attr_id = {a: i for i, a in enumerate(attrs)}
        state = np.zeros((n_attrs + 1, n_labels), dtype=np.float64)
        trans = np.zeros((n_labels, n_labels), dtype=np.float64)
        st = feats[feats["type"] == 0]
        tr = feats[feats["type"] == 1]
        # each (attribute, label) and (label, label) pair is one feature: assignment, not a sum
        state[st["src"].astype(np.int64), st["dst"].astype(np.int64)] = st["w"]
        trans[tr["src"].astype(np.int64), tr["dst"].astype(np.int64)] = tr["w"]
        self.state = state
        #: one contiguous row per label: `scores` gathers from it label by label
        self.state_t = np.ascontiguousarray(state.T)
        self.trans = trans
        #: the row of zeros
        self.pad = n_attrs

    def row_sums(self, rows: np.ndarray, seg: np.ndarray, n: int) -> np.ndarray:
        """(n, labels): for each of `n` items, the weights of its attribute rows (`rows[k]` belongs to item
        `seg[k]`, each item's rows in their order) summed one after another from 0.0, as CRFsuite sums them
        (`bincount` adds its inputs in order): the start of the state score of the item they begin."""
        import numpy as np

        out = np.empty((n, len(self.labels)), dtype=np.float64)
        for j, row in enumerate(self.state_t):
            out[:, j] = np.bincount(seg, weights=row[rows], minlength=n)
        return out

    def scores(self, start: np.ndarray, rows: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """(positions, labels) state scores: each position's `start` (`row_sums`), then the attribute
        rows `rows[k]` added to position `pos[k]` in their order (`bincount` adds its inputs one after
        another, as CRFsuite does). One `bincount` per label: a single one over every (position, label) cell
        gives the same sums but measured ~10 % slower."""
        import numpy as np

        n = start.shape[0]
        every = np.concatenate([np.arange(n, dtype=np.intp), pos])
        out = np.empty_like(start)
        for j, row in enumerate(self.state_t):
            out[:, j] = np.bincount(every, weights=np.concatenate([start[:, j], row[rows]]), minlength=n)
        return out

    def viterbi(self, emissions: np.ndarray, lengths: Sequence[int]) -> list[list[int]]:
        """Best label ids of each sequence; `emissions` holds the sequences' state scores one after another."""
        import numpy as np

        out: list[list[int]] = [[] for _ in lengths]
        order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: -lengths[i])
        if not order:
            return out
        starts = [0] * len(lengths)
        acc = 0
        for i, n in enumerate(lengths):
            starts[i] = acc
            acc += n
        tmax = lengths[order[0]]
        # (time, sequence, label), the sequences longest first: at step t the ones still running are a prefix
        lens = np.array([lengths[i] for i in order], dtype=np.intp)
        em = np.zeros((tmax, len(order), emissions.shape[1]), dtype=np.float64)
        # each token's step in its sequence and its row in `emissions`, without one numpy call per sequence
        # (or per step, for `running`): a document has hundreds of sentences
        total = int(lens.sum())
        step = np.arange(total, dtype=np.intp) - np.repeat(np.cumsum(lens) - lens, lens)
        first = np.array([starts[i] for i in order], dtype=np.intp)
        em[step, np.repeat(np.arange(len(order), dtype=np.intp), lens)] = emissions[np.repeat(first, lens) + step]
        # how many sequences (a prefix of them, longest first) are longer than each step
        running = (len(order) - np.cumsum(np.bincount(lens, minlength=tmax + 1))[:tmax]).tolist()
        # (sequence, label, previous label): the previous label on the last, contiguous axis, which `argmax`
        # reduces without the copy it makes of `s` to reduce a middle one (the same sums, the same first best)
        trans = np.ascontiguousarray(self.trans.T)[None, :, :]
        alpha = em[0]
        finals: dict[int, np.ndarray] = {}
        backs = []
        # the best previous label's score is read at the argmax (the same value as `s.max(axis=2)`, the first
        # best as argmax takes it) rather than found by a second reduction over `s`: half the step's cost
        # ... through `take` on `s` flattened: (sequence, label) starts row `sequence * labels + label` of `s`
        # seen as (rows, previous labels), so the cell is `row * labels + best`; one index array instead of
        # the three that `s[seq, label, best]` broadcasts (the same cells: ~15 % of a step, 19,400 steps per
        # 450 articles)
        n_labels = em.shape[2]
        row_base = (np.arange(len(order) * n_labels, dtype=np.intp) * n_labels).reshape(len(order), n_labels)
        for t in range(1, tmax + 1):
            # sequences ending at t-1 keep their last scores
            m = running[t] if t < tmax else 0
            for k in range(m, alpha.shape[0]):
                finals[order[k]] = alpha[k]
            if not m:
                break
            s = alpha[:m, None, :] + trans
            best = s.argmax(axis=2)
            backs.append(best.tolist())
            best += row_base[:m]
            # a new array each step (`finals` keeps views of the earlier ones), the emissions added in place
            alpha = s.take(best)
            alpha += em[t, :m]
        for k, i in enumerate(order):
            n = lengths[i]
            y = int(np.argmax(finals[i]))
            seq = [y]
            for t in range(n - 1, 0, -1):
                y = backs[t - 1][k][y]
                seq.append(y)
            seq.reverse()
            out[i] = seq
        return out
