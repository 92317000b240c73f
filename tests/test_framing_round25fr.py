"""Framing, round 25 (FR): المزعوم after a proper name that is the genitive of an indefinite act noun (تدخل روسيا
المزعوم، مقتل خاشقجي المزعوم) agrees with the act, the head of the construct: the alleged interference or killing,
no so-called party (framing pack 81, `act_heads`). A name made of a definite noun keeps the label. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def so_called(text: str) -> set[str | None]:
    return {target for term, target in framing_pairs(text, "2019-03-20") if "المزعوم" in term}


@pytest.mark.parametrize("text", [
    "وتواصل اللجنة في واشنطن التحقيق في تدخل روسيا المزعوم في الانتخابات الأخيرة.",
    "ونفى المتحدث باسم الكرملين تورط موسكو المزعوم في تسميم الجاسوس السابق وابنته.",
    "وطالب المحققون الأتراك بكشف ملابسات مقتل خاشقجي المزعوم داخل القنصلية.",
    "وتحدث التقرير عن علاقة قطر المزعومة بجماعات مسلحة في ليبيا.",
])
def test_so_called_after_the_genitive_of_an_act_labels_no_one(text: str) -> None:
    assert so_called(text) == set()


@pytest.mark.parametrize(("text", "who"), [
    # a name right before it with no act noun before the name: the usual so-called
    ("وقصفت طائرات التحالف الدولي المزعوم قرية الباغوز شرق دير الزور.", "global-coalition"),
    # the act noun before a definite noun name: the name may be the so-called one
    ("وقالت الوكالة الرسمية إن قصف التحالف الدولي المزعوم قتل عشرة مدنيين في هجين.", "global-coalition"),
])
def test_so_called_after_a_name_still_labels_it(text: str, who: str) -> None:
    assert who in so_called(text)
