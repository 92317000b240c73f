"""Round 19d: a superlative right before a number heads a ranking, no count (numbers pack 37: superlatives)."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_top_n_ranking_is_no_count() -> None:
    assert _q("نشرت المجلة قائمة أهم 100 شخصية عربية لهذا العام.") == []
    assert _q("اختارت الصحيفة أبرز خمسة قياديين في الحزب لعام مضى.") == []


def test_superlative_with_proclitic_is_a_ranking() -> None:
    assert _q("أصدرت الوزارة لائحة لأخطر 40 شخصية مطلوبة للعدالة.") == []


def test_more_than_with_min_stays_a_hedged_count() -> None:
    assert (20.0, "fighters") in _q("قتل أكثر من 20 مسلحا في الغارة على المعسكر.")
    # أكثر without من is a dropped من (more than), never a ranking: it stays out of the superlatives
    assert (500.0, "people") in _q("أجلي أكثر 500 من الطلاب من الجامعة.")


def test_seniority_superlative_keeps_a_real_group() -> None:
    # أكبر/أصغر name the most senior or youngest of a real group: the count stays
    assert (3.0, "people") in _q("أقيل أكبر ثلاثة قادة عسكريين في البلاد أمس.")


def test_comparison_with_min_is_no_ranking() -> None:
    # من between the superlative and the figure makes a comparison (longer than seven years): the figure stays
    assert (7.0, "years") in _q("استمر حصار المدينة مدة أطول من سبع سنوات قبل أن ينتهي.")


def test_count_before_a_superlative_noun_phrase_stays() -> None:
    assert (20.0, "fighters") in _q("قتل 20 مسلحا في أكبر هجوم منذ سنوات.")
