"""Claims, round 11 (fifth pass; sentences written for the tests): the resuming فقد after an أما topic is no part
of the teller (أما وزير الدفاع فقد أكد); a title teller of a verb of accusing whose name parse ends on the بـ
complement leaves the accused out (اتهم وزير الخارجية بلدين جارين بالتآمر); a definite title with no أن/إن after
it ends before the first indefinite word, the verb's object (ونفى الرئيس السابق أي دور له)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("أما وزير الداخلية فقد أكد أن الحدود ستبقى مغلقة.", ("official", "وزير الداخلية")),
    ("أما المتحدثة باسم البلدية فقد قالت إن المياه عادت إلى الأحياء.", ("official", "المتحدثة باسم البلدية")),
    ("أما المرصد السوري لحقوق الإنسان فقد قال إن القصف تواصل ليلا.",
     ("outlet", "المرصد السوري لحقوق الإنسان")),
])
def test_resuming_fa_qad_is_no_part_of_the_topic_teller(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


@pytest.mark.parametrize("text, source", [
    ("وبينما دعت الكويت إلى الحوار، اتهم وزير الداخلية الإيرانية بلدين جارين بالتآمر على أمن بلاده.",
     ("official", "وزير الداخلية الإيرانية")),
    ("وتحدثت سلمى حداد عن الحصار. واتهم القائد الميداني دولة مجاورة بتسهيل \"عبور المقاتلين إلى المدينة\".",
     ("official", "القائد الميداني")),
])
def test_accused_and_bi_complement_leave_the_title_teller(text: str, source: tuple[str, str]) -> None:
    assert _chains(text)[-1] == [source]


def test_accusing_title_with_a_known_name_keeps_the_name() -> None:
    chains = _chains("واتهم الرئيس السوري بشار الأسد إسرائيل بدعم الجماعات المسلحة.")
    assert chains == [[("person", "الرئيس السوري بشار الأسد")]]


@pytest.mark.parametrize("text, source", [
    ("وينفي الرئيس السابق أي دور له في محاولة الاغتيال.", ("official", "الرئيس السابق")),
    ("ونفت الوزيرة السابقة أي صلة لها بصفقة السلاح.", ("official", "الوزيرة السابقة")),
    ("ونفى المتحدث باسم الشرطة كل الاتهامات الموجهة إلى عناصرها.", ("official", "المتحدث باسم الشرطة")),
    ("ونفى محافظ حلب وجود أي اشتباكات داخل المدينة.", ("official", "محافظ حلب")),
])
def test_definite_title_ends_before_the_denied_object(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


def test_accused_pronoun_on_the_verb_leaves_title_and_name_telling() -> None:
    chains = _chains("واتهمه وزير الداخلية بلدين جارين بالتآمر على أمن بلاده.")
    assert not chains or chains[-1] != [("official", "وزير الداخلية")]
