"""The NER hot paths rewritten for speed give what the plain versions give: `chunks` (tags read once per
distinct tag), `sentences` (line by line) and the batched Viterbi (index arrays built without a numpy call
per sequence), each against a straightforward reference on random input."""

from __future__ import annotations

import random
import re
from itertools import pairwise
from types import SimpleNamespace

import pytest

from marsad.ner.conll import chunks, norm_tag
from marsad.ner.tagger import _SENT_END, _TOKEN, sentences


def _chunks_ref(tags: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, raw in enumerate([*tags, "O"]):
        tag = norm_tag(raw) if raw != "O" else "O"
        bio, typ = ("O", "") if tag == "O" else (tag[0], tag[2:])
        begins = bio == "B" or (bio == "I" and typ != cur)
        if cur and (bio == "O" or begins):
            out.append((start, i, cur))
            cur = ""
        if begins:
            start, cur = i, typ
    return out


def _sentences_ref(text: str) -> list[list[tuple[int, int]]]:
    out: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    last_end = 0
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if cur and "\n" in text[last_end:s]:
            out.append(cur)
            cur = []
        cur.append((s, e))
        last_end = e
        if text[s:e] in _SENT_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def test_chunks_match_the_reference() -> None:
    rng = random.Random(7)
    vocab = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-PERS", "I-LOCATION", "x", "O ", "I-", " B-ORG"]
    for _ in range(5000):
        tags = [rng.choice(vocab) for _ in range(rng.randint(0, 9))]
        assert chunks(tags) == _chunks_ref(tags), tags


def test_sentences_match_the_reference() -> None:
    rng = random.Random(11)
    pieces = [*"اب .!?؟؛\n 12,.٫3", "وال", "\r\n", "  ", "\t", "…", "x.y", "\u2028", "\x0b", "قال"]
    texts = ["قال المتحدث. وأضاف؟ نعم؛ ثم\nسطر جديد\n\n3.5 كم!", "", "\n", ".", "a\n.\nb"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(5000)]
    for text in texts:
        assert sentences(text) == _sentences_ref(text), repr(text)


def test_batched_viterbi_matches_one_sequence_at_a_time() -> None:
    np = pytest.importorskip("numpy")
    from marsad.ner.viterbi import Weights

    rng = np.random.default_rng(3)
    n_labels = 5
    fake = SimpleNamespace(trans=rng.normal(size=(n_labels, n_labels)).round(1))

    def one(em: np.ndarray) -> list[int]:
        alpha, backs = em[0], []
        for t in range(1, len(em)):
            s = alpha[:, None] + fake.trans
            backs.append(s.argmax(axis=0))
            alpha = s.max(axis=0) + em[t]
        y = int(np.argmax(alpha))
        seq = [y]
        for b in reversed(backs):
            y = int(b[y])
            seq.append(y)
        return seq[::-1]

    for _ in range(300):
        lengths = [int(x) for x in rng.integers(0, 25, size=rng.integers(0, 10))]
        em = rng.normal(size=(sum(lengths), n_labels)).round(int(rng.integers(0, 3)))  # rounding makes ties
        got = Weights.viterbi(fake, em, lengths)  # type: ignore[arg-type]
        starts = np.cumsum([0, *lengths])
        want = [one(em[a:b]) if b > a else [] for a, b in pairwise(starts)]
        assert got == want, lengths


def test_sentence_end_is_a_lone_mark() -> None:
    # a dot inside a number is no sentence end; one on its own line is a sentence of its own
    text = "بلغ 3.5 كم. ثم\n.\nانتهى"
    got = [[text[s:e] for s, e in sent] for sent in sentences(text)]
    assert got == [["بلغ", "3.5", "كم", "."], ["ثم"], ["."], ["انتهى"]]
    assert re.fullmatch(r"\S+", "".join(w for s in got for w in s))
