"""Long inputs: the pipeline's cost grows about linearly with the text (a quadratic stage once took minutes
on a 1 MB line). The check compares two sizes of the same text, so it does not depend on machine speed."""

from __future__ import annotations

import random
import time

import marsad

WORDS = ["قوات", "سوريا", "الديمقراطية", "هاجمت", "داعش", "في", "الحسكة", "وقال", "مصدر", "إن", "300", "عنصر",
         "التنظيم"]


def _text(n_words: int) -> str:
    rng = random.Random(7)
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        marsad.analyze(text)
        best = min(best, time.perf_counter() - t)
    return best


def test_a_long_line_without_punctuation_scales_linearly() -> None:
    marsad.analyze("تمهيد")  # packs loaded outside the measurement
    small, large = _seconds(_text(6_000)), _seconds(_text(24_000))
    # 4x the text; linear would be 4x, quadratic 16x
    assert large < 9 * small + 0.5, (small, large)
