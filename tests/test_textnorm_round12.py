"""Proclitic readings looked up by the word's first letter (textnorm._clitics_by_letter): the same readings."""

from __future__ import annotations

import pytest

from marsad import textnorm
from marsad.textnorm import fold_text, proclitic_splits, strip_proclitics

_WORDS = [fold_text(w) for w in (
    "والمدينة", "فبالقصف", "للمدينة", "وللجيش", "بالرقة", "كالعادة", "فيالق", "في", "والي", "ولال", "لالئ",
    "وبين", "ف", "و", "", "الحسكة", "مدينة", "قصف", "كتائب", "فلسطين", "بلدة", "وفي", "لبنان", "ولبنان",
    "وكالة", "فقال", "ففي", "بغداد", "وبغداد", "SY24", "لـCNN", "٣٠",
)]


def _reference(word: str, allowed: str, min_stem: int) -> tuple[tuple[str, str], ...]:
    """The readings as every pair of the set gives them, tried one by one."""
    out = []
    for written, reads_as in textnorm._clitic_sets()[allowed]:
        if word.startswith(written) and len(reads_as + word[len(written):]) >= min_stem:
            out.append((written, reads_as + word[len(written):]))
    return tuple(out)


@pytest.mark.parametrize("allowed", sorted(textnorm._clitic_sets()))
@pytest.mark.parametrize("min_stem", [1, 2, 3, 4])
def test_readings_by_first_letter_are_every_pairs_readings(allowed: str, min_stem: int) -> None:
    for word in _WORDS:
        want = _reference(word, allowed, min_stem)
        assert proclitic_splits(word, allowed, min_stem) == want
        assert strip_proclitics(word, allowed, min_stem) == (want[0][1] if want else word)


def test_letters_of_a_set() -> None:
    by_letter = textnorm._clitics_by_letter("noun_head")
    assert set(by_letter) == {"و", "ف", "ل", "ب", "ك", ""}
    assert by_letter[""] == ()
    assert [w for w, _ in by_letter["و"]] == [w for w, _ in textnorm._clitic_sets()["noun_head"] if w[0] == "و"]
