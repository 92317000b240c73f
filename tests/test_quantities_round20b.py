"""Round 20b: a pair of casualty counts joined by و before one force (12 قتيلا و20 جريحا في صفوف القوات) shares
that force's unit: both fighters, or both people for civilians."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_pair_of_casualty_counts_before_a_force_are_both_fighters() -> None:
    assert _q("أسفر الكمين عن سقوط 9 قتلى و14 جريحا في صفوف القوات الحكومية.") == [
        (9.0, "fighters"), (14.0, "fighters")]
    assert _q("أعلن المتحدث مقتل 4 قتلى و11 جرحى من عناصر الشرطة في التفجير.") == [
        (4.0, "fighters"), (11.0, "fighters")]
    # number words and an approximator before the second figure
    assert _q("خلفت الاشتباكات ستة قتلى وعشرين جريحا من مقاتلي الفصائل.") == [
        (6.0, "fighters"), (20.0, "fighters")]
    assert _q("أسفرت الغارة عن 3 قتلى ونحو 8 جرحى في صفوف المسلحين.") == [(3.0, "fighters"), (8.0, "fighters")]


def test_pair_of_casualty_counts_among_civilians_stays_people() -> None:
    assert _q("خلف القصف 5 قتلى و13 جريحا في صفوف المدنيين.") == [(5.0, "people"), (13.0, "people")]


def test_pair_needs_a_second_casualty_count() -> None:
    # a count of another thing after و does not join the first count to the force
    assert (7.0, "fighters") not in _q("خلف القصف 7 قتلى و3 منازل مدمرة من عناصر البناء.")
    # each count of its own noun keeps its own unit
    assert _q("قتل 6 مدنيين وأصيب 4 من جنود الجيش.") == [(6.0, "people"), (4.0, "fighters")]
