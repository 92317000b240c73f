"""Round 22 (QT): the words that tell whose leaders a count counts (a field adjective, a force, an armed party's
nisba) are read without the punctuation glued to them: «3 قادة ميدانيين.» at a sentence's end or before a comma
is as much fighters as «3 قادة ميدانيين في ...». A word past a comma belongs to the next clause."""

from __future__ import annotations

import marsad
from marsad.stages.quantities import _phrase_after, _words_before


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_field_commanders_at_a_sentence_end_are_fighters() -> None:
    assert _q("وأوضح الضابط أن الوحدة الخاصة أوقفت خمسة قادة ميدانيين.") == [(5.0, "fighters")]


def test_field_commanders_before_a_comma_are_fighters() -> None:
    assert _q("داهمت الشرطة المنزل وأوقفت 4 قادة ميدانيين، ثم نقلتهم إلى السجن.") == [(4.0, "fighters")]


def test_leaders_of_no_side_before_a_stop_stay_people() -> None:
    # a guard: stripping the stop must not make a local adjective read as a field one
    assert _q("واستقبل المحافظ في مكتبه ثلاثة قادة محليين.") == [(3.0, "people")]


def test_phrase_after_strips_marks_and_stops_at_a_clause_boundary() -> None:
    assert _phrase_after(" ميدانيين. ثم", 0, 2) == ["ميدانيين"]
    assert _phrase_after(" ميدانيين من التنظيم", 0, 2) == ["ميدانيين", "من"]
    assert _phrase_after(" «التنظيم» في", 0, 2) == ["التنظيم"]
    assert _phrase_after(" ، بينهم", 0, 2) == []


def test_words_before_strips_marks() -> None:
    assert _words_before("قتل عدد من المتمردين، بينهم", 0, 27, 2) == ["المتمردين", "بينهم"]


# numbers pack 44: a bare singular year noun after a cue of length or a hedge counts one year


def test_more_than_a_year_counts_one_year() -> None:
    assert _q("ويعيش سكان البلدة تحت الحصار منذ أكثر من عام.") == [(1.0, "years")]


def test_a_year_after_a_cue_of_length_counts_one_year() -> None:
    assert _q("وحكمت المحكمة على الصحفي بالسجن لمدة عام.") == [(1.0, "years")]
    assert _q("وتوقفت المفاوضات بين الطرفين قرابة سنة كاملة.") == [(1.0, "years")]


def test_a_year_named_by_its_figure_or_with_a_half_is_no_count_of_one() -> None:
    assert _q("وبقيت اللجنة تعمل نحو عام 2019 ثم حلت.") == []
    assert _q("وقضى الأسير في المعتقل أكثر من عام ونصف.") == []


def test_a_bare_year_noun_without_a_cue_counts_nothing() -> None:
    assert _q("ومر عام على بدء المعارك في الريف الشمالي.") == []


def test_a_cue_with_a_glued_preposition_counts_one_year() -> None:
    assert _q("وشهدت الجبهة هدوءا لأكثر من عام قبل تجدد القتال.") == [(1.0, "years")]
