"""Round 13d: a verbal noun that opens what a title-holder tells (attribution's grammar.object_masdars, one list
since round 14) never starts a guessed person's name."""

from __future__ import annotations

import pytest

from marsad.stages import names
from marsad.textnorm import fold_text
from tests.conftest import people


@pytest.mark.parametrize("text", [
    "وقال مدير التربية انخفاض أعداد الطلاب في المدارس هذا العام.",
    "وأكد قائد الشرطة تراجع معدلات الجريمة في المدينة.",
    "وأعلن مدير المستشفى ارتفاع حصيلة الضحايا إلى عشرة.",
    "ونفى قائد الشرطة مزاعم تعذيب المعتقلين في السجن.",
])
def test_told_deed_after_title_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_name_after_title_is_kept() -> None:
    # the verbal noun blocks only a name's first word: a family name زيادة stays a name
    assert people("وقال مدير التربية أحمد زيادة إن المدارس مغلقة.") == {"أحمد زيادة"}


def test_object_noun_with_conjunction() -> None:
    assert names.object_noun(fold_text("وانخفاض"))
    assert names.not_a_person([fold_text(w) for w in ["تراجع", "معدلات", "الجريمة"]])
    assert not names.object_noun(fold_text("أحمد"))
