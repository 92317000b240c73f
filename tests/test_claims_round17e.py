"""Claims, round 17 (last part): a title with no name does not take in a definite noun of what is told
(a news item, a decision, an attack) as one more genitive, whatever the verb (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.test_claims_recent import _chain, _claims


@pytest.mark.parametrize("text, chain", [
    # the object right after the title, the words said by a later verb of the same teller
    pytest.param("ونفى وزير الإعلام الخبر وقال إنه لا أساس له.",
                 [("official", "وزير الإعلام")], id="denied-news-item"),
    pytest.param("وانتقد وزير الإعلام القرار قائلا إنه يضر بالصحفيين.",
                 [("official", "وزير الإعلام")], id="criticised-decision-then-qaila"),
    pytest.param("وأدان رئيس الوزراء الهجوم وقال إنه عمل جبان.",
                 [("official", "رئيس الوزراء")], id="condemned-attack"),
    pytest.param("وأكد وزير الدفاع الغارات وقال إنها طالت مخازن أسلحة.",
                 [("official", "وزير الدفاع")], id="confirmed-raids"),
])
def test_told_object_is_no_genitive_of_the_title(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got and _chain(got[0]) == chain


@pytest.mark.parametrize("text, chain", [
    # a definite adjective, a nisba or a noun no list holds still belongs to the title
    pytest.param("وقال قائد القوات المسلحة إن الهجوم فشل.",
                 [("official", "قائد القوات المسلحة")], id="adjective-stays"),
    pytest.param("وقال وزير الدفاع الهولندي إن الهجوم فشل.",
                 [("official", "وزير الدفاع الهولندي")], id="nisba-stays"),
    pytest.param("وقال رئيس هيئة الأركان إن الهجوم فشل.",
                 [("official", "رئيس هيئة الأركان")], id="construct-stays"),
])
def test_title_words_stay(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got and _chain(got[0]) == chain


def test_word_of_a_listed_source_phrase_is_no_surname_whatever_came_before() -> None:
    """وسائل written earlier next to إعلام is the phrase وسائل إعلام, not a full name: alone before أن it is
    read the same with or without that earlier sentence (no person named وسائل)."""
    alone = _claims("وزعمت وسائل أن الوزير زار المخيم سرا.")
    after = _claims("ونفت الوزارة ما نشرته وسائل إعلام محلية. وزعمت وسائل أن الوزير زار المخيم سرا.")
    assert alone and after
    assert _chain(after[-1]) == _chain(alone[0])
    assert after[-1].sources[0].kind != "person"


def test_surname_written_in_full_before_is_still_a_person() -> None:
    got = _claims("التقى الوزير بالمدعية فاتو بنسودا أمس. وقالت بنسودا إن المحكمة ستنظر في القضية.")
    assert got and _chain(got[-1]) == [("person", "بنسودا")]
