"""Quantities: ranges and number words — a range spelt in words is two numbers, not their sum (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import make_doc
from marsad.stages import quantities


def q(text: str) -> list[tuple[float, str, str | None]]:
    return [(x.value, x.unit, x.approx) for x in quantities.find(make_doc(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("أصيب ما بين عشرة وخمسة عشر مدنيا في القصف", [(10, "people", "10 to 15"), (15, "people", "10 to 15")]),
    ("قتل بين 20 و30 مسلحا في الكمين", [(20, "fighters", "20 to 30"), (30, "fighters", "20 to 30")]),
    # a teen after a hundred or a thousand is one number
    ("أسرت القوات مئة وخمسة عشر مقاتلا", [(115, "fighters", None)]),
    ("نزح ألف وخمسة عشر شخصا من القرية", [(1015, "people", None)]),
    ("قتل خمسة وعشرون عنصرا من الحرس", [(25, "fighters", None)]),
])
def test_word_ranges_and_compounds(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == expected
