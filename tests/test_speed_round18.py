"""Round 18, speed: `fold_text` is the C `__getitem__` of a bounded memo (no Python frame on a hit)."""

from __future__ import annotations

import pytest

from marsad import textnorm
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
