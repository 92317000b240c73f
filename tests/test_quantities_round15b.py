"""Quantities, round 15b: a bare figure whose noun is left out takes the noun the clause points back to: after
منهم/منهن (the group told before), after a verb of dismissal (أقيل، سرح), and as the second figure of a from–to
pair whose noun is said once, after the first figure. Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_part_after_minhum_takes_the_group_unit() -> None:
    assert quantities("وشردت الفيضانات 90 ألف شخص في المنطقة منهم 40 ألفا في الجنوب.") == [
        (90000.0, "people"), (40000.0, "people")]


def test_part_after_minhum_of_fighters() -> None:
    assert quantities("وقال الجيش إن 300 مقاتل انشقوا عن الفصيل منهم 120 في الشمال.") == [
        (300.0, "fighters"), (120.0, "fighters")]


def test_minhum_before_a_counted_noun_keeps_that_noun() -> None:
    assert quantities("طالبت العصابة منهم 5 آلاف دولار فدية.") == [(5000.0, "USD")]


def test_dismissed_bare_figure_counts_the_people_told_before() -> None:
    assert quantities("وخلال عام اعتقل 20 ألف شخص وأقيل نحو 30 ألفا من أعمالهم.") == [
        (20000.0, "people"), (30000.0, "people")]


def test_dismissed_plural_verb_after_a_bare_figure() -> None:
    assert quantities("وطالت الحملة 12 ألف موظف، وأكثر من 9 آلاف أقيلوا من مناصبهم.") == [
        (12000.0, "people"), (9000.0, "people")]


def test_second_figure_of_a_from_to_pair_takes_the_first_noun() -> None:
    assert quantities("وقررت الحكومة خفض القوة من 6200 جندي إلى 3100 قبل نهاية العام.") == [
        (6200.0, "fighters"), (3100.0, "fighters")]


def test_from_a_few_words_before_the_first_figure() -> None:
    assert quantities("ويقلص القرار البعثة من حجمها الحالي البالغ 9400 عنصر إلى 5000 خلال عامين.")[:2] == [
        (9400.0, "fighters"), (5000.0, "fighters")]


def test_second_figure_with_its_own_noun_is_not_taken() -> None:
    assert quantities("ونقلت الوزارة من 40 جنديا إلى 25 مستشارا.") == [(40.0, "fighters")]


def test_to_without_from_is_no_pair() -> None:
    assert quantities("ووصل 500 نازح إلى 3 مخيمات.") == [(500.0, "people")]


def test_second_killing_of_a_bare_count_is_people() -> None:
    # another group killed elsewhere is not more of the noun counted before
    assert quantities("مقتل 4 جنود في كمين قرب الحدود، ومقتل ستة في انفجار سيارة مفخخة بالعاصمة.") == [
        (4.0, "fighters"), (6.0, "people")]


def test_wounded_after_killed_still_borrow_the_noun() -> None:
    assert quantities("قتل المهاجمون ثلاثة جنود وأصيب خمسة في الاشتباك.") == [(3.0, "fighters"), (5.0, "fighters")]
