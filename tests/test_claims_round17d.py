"""Claims, round 17d: a verb of describing or considering (وصف، اعتبر) with no أن/إن tells when its subject is a
teller the phrase parsers find and an object follows with بـ and a definite word (ووصفت المنظمة الوضع بالمأساوي):
the label is its content."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "teller"), [
    ("ووصفت الأمم المتحدة الأوضاع في المخيمات بالمأساوية.", ("official", "الأمم المتحدة")),
    ("ووصف الجيش اللبناني الحادث بالخطير.", ("official", "الجيش اللبناني")),
    ("ووصفت مصادر أهلية القصف بالأعنف منذ بداية العام.", ("anonymous", "مصادر أهلية")),
    ("ووصف وزير الدفاع الفرنسي الضربات بـ\"المحدودة\" في تصريح مقتضب.", ("official", "وزير الدفاع الفرنسي")),
])
def test_describing_verb_object_then_bi_label_tells(text: str, teller: tuple[str, str]) -> None:
    assert claim_chains(text) == [[teller]]


@pytest.mark.parametrize("text", [
    "ووصف الشاب رحلته بالطويلة والمتعبة.",  # no teller the parsers know: a plain story
    "ووصفت الحكومة في اجتماعها الأخير.",  # no object and no label
    "ووصف الوزير الأوضاع، بالرغم من التحسن، في كلمته.",  # a comma before بـ: no label of this verb
])
def test_describing_verb_without_teller_or_label_stays_silent(text: str) -> None:
    assert claim_chains(text) == []


def test_describing_verb_with_bi_that_unchanged() -> None:
    assert claim_chains("ووصفت وزارة الخارجية القطرية الهجوم بأنه اعتداء سافر.") == [
        [("official", "وزارة الخارجية القطرية")]]


@pytest.mark.parametrize(("text", "teller"), [
    ("ووصف وزير الإعلام القرار بالمنحاز.", "وزير الإعلام"),
    ("ووصف رئيس هيئة الأركان الهجوم بالفاشل.", "رئيس هيئة الأركان"),
])
def test_object_taken_into_role_genitive_is_cut_off(text: str, teller: str) -> None:
    # the role's title swallowed the object as one more genitive; بـ and a label after it give it back
    assert claim_chains(text) == [[("official", teller)]]


@pytest.mark.parametrize("text", [
    "ووصف المتحدث باسم الوزارة بالكاذب.",  # the spokesman is the one described, the teller named before
    "ووصف وزير الخارجية الأمريكي بالكاذب.",  # a nisba ends the title: no object inside it
])
def test_role_as_object_is_no_teller(text: str) -> None:
    assert claim_chains(text) == []
