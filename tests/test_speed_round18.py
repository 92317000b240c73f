"""Round 18, speed: `fold_text` is the C `__getitem__` of a bounded memo (no Python frame on a hit); the NER
reads a range of the text in place; its Viterbi keeps CRFsuite's answers and ties."""

from __future__ import annotations

import pytest

from marsad import textnorm
from marsad.ner.tagger import sentences
from marsad.textnorm import dediacritise, fold_letters, fold_text

WORDS = ["الْجَيْشُ", "أعلنت", "إدلب", "مُسَيَّرَة", "ــالقصف", "Reuters", "١٢٣", "قوّات"]


def test_fold_text_is_the_memo_lookup() -> None:
    # a hit must cost a dict look-up in C: fold_text is the memo's bound __getitem__, not a Python function
    assert getattr(fold_text, "__self__", None) is textnorm._fold_short
    assert isinstance(textnorm._fold_short, dict)


def test_fold_text_same_answer_cold_and_warm() -> None:
    textnorm._fold_short.cache_clear()
    long = "قال المتحدث باسم الجيش إنّ القوات استعادت السيطرة على القرية بعد اشتباكات عنيفة " * 3
    for w in [*WORDS, long]:
        want = fold_letters(dediacritise(w))
        assert fold_text(w) == want  # a miss
        assert fold_text(w) == want  # a hit
    # a long text is folded but never kept: the memo holds words and names, not articles
    assert long not in textnorm._fold_short
    assert WORDS[0] in textnorm._fold_short


def test_fold_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textnorm, "_FOLD_CACHE_SIZE", 3)
    textnorm._fold_short.cache_clear()
    got = [fold_text(w) for w in WORDS * 2]
    assert len(textnorm._fold_short) <= 3
    assert got == [fold_letters(dediacritise(w)) for w in WORDS * 2]
    textnorm._fold_short.cache_clear()


# ------------------------------------------------------------------ NER: ranges read in place, Viterbi layout

RANGE_TEXT = "قصفت الطائرات بلدة سراقب. وقال مصدر محلي إن 3.5 طن سقطت؛\nوأكد الدفاع المدني: لا ضحايا!\n\nانتهى 12,5"


def test_sentences_of_a_range_are_the_slice_shifted() -> None:
    n = len(RANGE_TEXT)
    for a in range(0, n + 2, 3):
        for b in range(a, n + 3, 5):
            want = [[(s + a, e + a) for s, e in sent] for sent in sentences(RANGE_TEXT[a:b])]
            assert sentences(RANGE_TEXT, a, b) == want, (a, b)
    assert sentences(RANGE_TEXT) == sentences(RANGE_TEXT, 0, None)


def _reference_viterbi(em: list[list[float]], trans: list[list[float]]) -> list[int]:
    """Textbook Viterbi, CRFsuite's ties: the first best previous label, the first best last label."""
    n_lab = len(trans)
    score = list(em[0])
    back = []
    for row in em[1:]:
        ptr, nxt = [], []
        for j in range(n_lab):
            cand = [score[i] + trans[i][j] for i in range(n_lab)]
            b = max(range(n_lab), key=lambda i, c=cand: (c[i], -i))
            ptr.append(b)
            nxt.append(cand[b] + row[j])
        back.append(ptr)
        score = nxt
    y = max(range(n_lab), key=lambda i: (score[i], -i))
    path = [y]
    for ptr in reversed(back):
        y = ptr[y]
        path.append(y)
    return path[::-1]


def test_viterbi_matches_the_textbook_with_ties() -> None:
    np = pytest.importorskip("numpy")
    from marsad.ner.viterbi import Weights

    rng = np.random.default_rng(18)
    w = object.__new__(Weights)
    # small integers: many exact ties, so the tie-breaking is checked too
    w.trans = rng.integers(-2, 3, size=(4, 4)).astype(np.float64)
    lengths = [5, 0, 1, 9, 3, 9]
    em = rng.integers(-2, 3, size=(sum(lengths), 4)).astype(np.float64)
    got = w.viterbi(em, lengths)
    at = 0
    for n, path in zip(lengths, got, strict=True):
        want = _reference_viterbi(em[at : at + n].tolist(), w.trans.tolist()) if n else []
        assert path == want
        at += n
