"""Round 22 (SP), speed: the numpy Viterbi reads each step's best previous score with one flat `take` on the
step's score array instead of a three-array fancy index; the paths must stay the plain Viterbi's, first best
on ties, for sequences of every length in one batch."""

from __future__ import annotations

import random

import pytest

np = pytest.importorskip("numpy")

from marsad.ner.viterbi import Weights  # noqa: E402


def _weights(trans: np.ndarray) -> Weights:
    w = Weights.__new__(Weights)  # only `trans` and `labels` take part in `viterbi`
    w.trans = trans
    w.labels = [f"L{i}" for i in range(trans.shape[0])]
    return w


def _plain(em: np.ndarray, trans: np.ndarray) -> list[int]:
    """Textbook Viterbi in Python: the first best label on ties, as `argmax` takes it."""
    n_labels = trans.shape[0]
    score = [float(x) for x in em[0]]
    back: list[list[int]] = []
    for t in range(1, len(em)):
        row, new = [], []
        for j in range(n_labels):
            cands = [score[i] + float(trans[i, j]) for i in range(n_labels)]
            b = max(range(n_labels), key=lambda i: (cands[i], -i))
            row.append(b)
            new.append(cands[b] + float(em[t, j]))
        back.append(row)
        score = new
    y = max(range(n_labels), key=lambda i: (score[i], -i))
    path = [y]
    for row in reversed(back):
        y = row[y]
        path.append(y)
    return path[::-1]


@pytest.mark.parametrize("seed", range(6))
def test_batched_paths_are_the_plain_viterbis(seed: int) -> None:
    rng = random.Random(seed)
    n_labels = 9
    # rounded scores make ties common, so the first-best rule is exercised too
    trans = np.array([[round(rng.uniform(-2, 2), 1) for _ in range(n_labels)] for _ in range(n_labels)])
    lengths = [rng.choice([0, 1, 1, 2, 3, 7, 15, 40]) for _ in range(rng.randint(1, 12))]
    em = np.array([[round(rng.uniform(-3, 3), 1) for _ in range(n_labels)] for _ in range(sum(lengths))])
    em = em.reshape(sum(lengths), n_labels)
    got = _weights(trans).viterbi(em, lengths)
    at = 0
    for n, path in zip(lengths, got, strict=True):
        assert path == (_plain(em[at : at + n], trans) if n else [])
        at += n
