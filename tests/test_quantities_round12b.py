"""Quantities, round 12b (numbers 18): a fraction noun spelled like a ones word (خمس عدد النازحين), a figure
in brackets before its multiplier ((2.45) مليار دولار), a figure and its noun that name a programme or a list
(برنامج مئة يوم، قائمة «ألف امرأة»). Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_fifth_of_a_number_is_no_count() -> None:
    assert quantities("ويقيم في المخيمات نحو خمس عدد النازحين في المحافظة.") == []


def test_tenth_of_the_population_is_no_count() -> None:
    assert quantities("وغادر المدينة قرابة عشر السكان خلال الحصار.") == []


def test_five_before_an_indefinite_plural_counts() -> None:
    assert quantities("وأصيب خمس نساء بجروح في القصف.") == [(5.0, "people")]


def test_five_thousand_still_counts() -> None:
    assert (5000.0, "people") in quantities("ونزح خمس آلاف شخص من القرى الحدودية.")


def test_bracketed_figure_takes_its_multiplier() -> None:
    assert quantities("وبلغت قيمة المنحة (2.45) مليار دولار وفق البيان.") == [(2450000000.0, "USD")]


def test_bracketed_thousands() -> None:
    assert quantities("وعاد أكثر من (35) ألف نسمة إلى بلداتهم.")[0][0] == 35000.0


def test_programme_name_is_no_count() -> None:
    assert quantities("وأعلنت الوزارة إطلاق برنامج مئة يوم لإعادة تأهيل الطرق.") == []


def test_quoted_list_name_is_no_count() -> None:
    assert quantities("ودخلت الناشطة قائمة «ألف امرأة» الأكثر تأثيراً هذا العام.") == []


def test_quoted_count_after_a_verb_still_counts() -> None:
    assert quantities("وقتل «أربعة عناصر» من الشرطة في الكمين.") == [(4.0, "fighters")]


def test_definite_subject_before_a_count_is_no_title() -> None:
    assert quantities("وأعلنت الحملة أن 300 شخص عادوا إلى القرية.") != []
