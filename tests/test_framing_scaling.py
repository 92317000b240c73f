"""Framing on a long sentence dense with names and loaded words: whether a word of fighting stands between a name
and a term is a look-up in a running count, not a walk over the words between them for every (name, term) pair
(which took seconds on a 1,500-word line). CPU time of the framing stage alone, compared at two sizes."""

from __future__ import annotations

import random
import time

WORDS = ["ميليشيات", "الحوثي", "الإرهابيين", "هذه", "الميليشيا", "وقال", "مصدر", "إن", "التي", "تصنفها", "تركيا",
         "منظمة", "إرهابية", "مثل", "داعش", "وحدات", "حماية", "الشعب", "في", "الاحتلال", "التركي", "ومرتزقته",
         "ضد", "الجماعات"]


def _framing_cpu(n_words: int) -> float:
    from marsad import pipeline

    rng = random.Random(3)
    doc = pipeline.make_doc(" ".join(rng.choice(WORDS) for _ in range(n_words)))
    for spec in pipeline.default_pipeline():
        if spec.name == "framing":
            t = time.process_time()
            spec.fn(doc)
            return time.process_time() - t
        spec.fn(doc)
    raise AssertionError("no framing stage in the default pipeline")


def test_framing_on_a_long_dense_sentence_stays_near_linear() -> None:
    _framing_cpu(50)  # packs and indexes loaded outside the measurement
    small, large = _framing_cpu(1_000), _framing_cpu(4_000)
    # 4x the words: linear is 4x, the old walk was well over 16x
    assert large < 12 * small + 0.5, (small, large)
