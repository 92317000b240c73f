"""Round 24 (QT): a dual «others» (آخران، أخريان) right after a dual noun that is no unit of ours is that
noun's adjective, not two more of the sentence's last count; a masculine accusative in -يا before the
feminine واحدة is a name (the country سوريا), not a nisba noun counted one."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_dual_others_after_an_uncounted_dual_noun_is_its_adjective() -> None:
    assert _q("نقلت الطائرة الأولى ستين جنديا إلى القاعدة، ثم هبطت طائرتان أخريان تحملان الذخيرة.") == [
        (60.0, "fighters")]


def test_masculine_dual_others_after_an_uncounted_dual_noun_counts_nothing() -> None:
    assert _q("وانتشر 40 عنصرا في المدينة، بينما وصل قاربان آخران إلى الشاطئ.") == [(40.0, "fighters")]


def test_dual_others_after_a_verb_still_counts_two_of_the_last_count() -> None:
    assert _q("قتل خمسة جنود في الكمين وأصيب آخران بجروح.") == [(5.0, "fighters"), (2.0, "fighters")]


def test_dual_others_after_a_counted_dual_noun_is_one_count() -> None:
    assert _q("وقتل 9 مدنيين في القصف وأصيب مسلحان آخران.") == [(9.0, "people"), (2.0, "fighters")]


def test_two_others_after_the_number_word_still_count() -> None:
    assert _q("وقتل 6 مدنيين وجرح اثنان آخران.") == [(6.0, "people"), (2.0, "people")]


def test_country_name_before_feminine_one_counts_nothing() -> None:
    assert _q("وكانت سوريا واحدة من ثلاث دول رفضت القرار.") == []


def test_nisba_before_masculine_one_still_counts_one() -> None:
    assert _q("وقالت الشرطة إن الهجوم أسفر عن مقتل مدني واحد.") == [(1.0, "people")]



def test_force_that_intercepts_is_no_group_of_a_bare_wounded_count() -> None:
    assert _q("واعترضت قوات الدفاع الجوي صاروخا فوق المطار، وأصيب 4 بجروح من الشظايا.") == [(4.0, "people")]


def test_force_that_shoots_down_is_no_group_of_the_wounded_nationals() -> None:
    assert _q("وأسقطت قوات الجيش طائرة مسيرة، وأصيب خمسة أردنيين بالشظايا.") == [(5.0, "people")]


def test_force_counted_out_of_after_an_interception_still_gives_fighters() -> None:
    assert _q("واعترضت الدفاعات صاروخا، وقتل 5 من قوات الأمن في الهجوم نفسه.") == [(5.0, "fighters")]


def test_year_noun_glued_to_li_with_a_hedge_after_counts_one_year() -> None:
    assert _q("وبقيت الكتيبة في المعسكر لعام تقريبا قبل أن تنسحب.") == [(1.0, "years")]


def test_year_noun_after_a_word_of_time_with_a_hedge_after_counts_one_year() -> None:
    assert _q("واعتقل الناشط منذ سنة تقريباً في العاصمة.") == [(1.0, "years")]


def test_year_noun_with_a_hedge_and_no_word_of_time_counts_nothing() -> None:
    assert _q("وتنظم البلدة المهرجان كل عام تقريبا.") == []


def test_year_noun_with_a_cue_before_and_a_hedge_after_is_one_record() -> None:
    assert _q("وظل الطريق مغلقا لمدة عام تقريبا.") == [(1.0, "years")]
