"""Round 25 (QT): a figure after «عددهم» counts the persons told before only when no word that may be its own
noun follows it; a bare count right after a word of arrest or abduction counts people held; a part (بينهم
ثلاثة أطفال) told again of another whole is a second group, not the same fact told again."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_their_number_with_a_noun_we_do_not_code_counts_nothing() -> None:
    assert _q("واجتمع ممثلو الدول الأعضاء في المنظمة، وعددهم 170 دولة، في جنيف.") == []


def test_their_number_of_seats_counts_nothing() -> None:
    assert _q("وفاز مرشحو الحزب بمقاعد المدينة وبلغ عددهم 48 مقعدا في البرلمان.") == []


def test_their_number_with_a_hedge_after_still_counts_the_group() -> None:
    assert _q("وانسحب المسلحون من الحي، ويقدر عددهم 250 تقريبا.") == [(250.0, "fighters")]


def test_their_number_before_a_preposition_still_counts_people() -> None:
    assert _q("ووصل النازحون إلى المخيم وبلغ عددهم 900 في اليوم الأول.") == [(900.0, "people")]


def test_arrest_of_a_bare_vague_count_counts_people() -> None:
    assert _q("وأعلنت السلطات اعتقال المئات خلال التظاهرات الليلية في العاصمة.") == [(100.0, "people")]


def test_abduction_of_a_bare_count_counts_people() -> None:
    assert _q("وأسفر الكمين عن اختطاف 14 على الطريق الساحلي.") == [(14.0, "people")]


def test_abduction_after_a_count_of_fighters_takes_their_unit() -> None:
    assert _q("وهاجم التنظيم حاجزا يحرسه 20 جنديا، واختطف 6 منهم.") == [(20.0, "fighters"), (6.0, "fighters")]


def test_arrest_of_a_bare_count_before_a_noun_we_do_not_know_counts_nothing() -> None:
    assert _q("وأعلن الأمن اعتقال 40 درويشا في المدينة القديمة.") == []


def test_same_part_of_two_wholes_is_two_records() -> None:
    assert _q("قتل 24 مدنيا، بينهم خمسة أطفال، في قصف على البلدة. وفي ريف حماة قتل 11 مدنيا بينهم خمسة أطفال.") == [
        (24.0, "people"), (5.0, "people"), (11.0, "people"), (5.0, "people")]


def test_same_part_of_the_same_whole_told_again_is_one_record() -> None:
    assert _q("قتل 24 مدنيا بينهم خمسة أطفال في القصف. وأكد المرصد مقتل 24 مدنيا بينهم خمسة أطفال.") == [
        (24.0, "people"), (5.0, "people")]
