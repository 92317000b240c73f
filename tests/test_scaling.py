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
    # CPU time of this process: wall time on a shared machine swings with the other jobs
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        marsad.analyze(text)
        best = min(best, time.process_time() - t)
    return best


def test_a_long_line_without_punctuation_scales_linearly() -> None:
    marsad.analyze("تمهيد")  # packs loaded outside the measurement
    small, large = _seconds(_text(6_000)), _seconds(_text(24_000))
    # 4x the text; linear would be 4x, quadratic 16x
    assert large < 9 * small + 0.5, (small, large)


EVENT_WORDS = ["قال", "مصدر", "أمني", "إن", "قوات", "سوريا", "الديمقراطية", "سيطرت", "على", "قرية", "في", "ريف",
               "دير", "الزور", "بعد", "اشتباكات", "مع", "تنظيم", "داعش", "قتل", "فيها", "عشرة", "عناصر"]


def _events_cpu(n_words: int) -> float:
    """CPU seconds of the events stage alone, after the stages it reads (a text dense with tellers and
    triggers: every look-up of the words between two offsets, or of the claims' tellers, is exercised)."""
    from marsad import pipeline

    rng = random.Random(7)
    doc = pipeline.make_doc(" ".join(rng.choice(EVENT_WORDS) for _ in range(n_words)))
    for spec in pipeline.default_pipeline():
        if spec.name == "events":
            t = time.process_time()
            spec.fn(doc)
            return time.process_time() - t
        spec.fn(doc)
    raise AssertionError("no events stage in the default pipeline")


def test_events_stage_scales_linearly_on_dense_unpunctuated_text() -> None:
    _events_cpu(50)
    small, large = _events_cpu(10_000), _events_cpu(80_000)
    # 8x the text: linear ~8-10x; the slicing and teller scans it once had gave 23x
    assert large < 16 * small + 0.2, (small, large)


def test_a_one_megabyte_line_is_analysed_within_the_non_prose_budget(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Read and analysed as `marsad extract` does, a 1 MB line with no punctuation costs about what the
    reader's budget of non-prose characters costs, not 50 times that (it took 4 s before the budget)."""
    from marsad.reading import DEFAULT_NON_PROSE_BUDGET, read_paths

    marsad.analyze("تمهيد")
    line = _text(200_000)
    (tmp_path / "line.txt").write_text(line, "utf-8")

    def cpu(fn) -> float:  # type: ignore[no-untyped-def]
        best = float("inf")
        for _ in range(2):
            t = time.process_time()
            fn()
            best = min(best, time.process_time() - t)
        return best

    def extract() -> None:
        (item,) = read_paths([str(tmp_path / "line.txt")])
        assert len(item.text) <= DEFAULT_NON_PROSE_BUDGET
        marsad.analyze(item.text)

    budget_only = cpu(lambda: marsad.analyze(line[:DEFAULT_NON_PROSE_BUDGET]))
    assert len(line) > 25 * DEFAULT_NON_PROSE_BUDGET
    assert cpu(extract) < 4 * budget_only + 0.2
