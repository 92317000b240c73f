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
