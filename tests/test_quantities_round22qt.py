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
