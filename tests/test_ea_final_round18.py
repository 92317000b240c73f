"""Round 18 (final): a singular nisba after a past قتل, then a word of fire, is a passive killing's subject."""
from __future__ import annotations

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize(("text", "doer"), [
    ("قتل فلسطيني برصاص الشرطة الإسرائيلية قرب الحاجز.", "Israel Police"),
    ("وقتل شاب فلسطيني برصاص الجيش الإسرائيلي عند المعبر.", "Israel Defense Forces"),
    ("قتل سوري برصاص الجندرمة التركية على الحدود.", "Turkish Gendarmerie / Border Guards"),
])
def test_singular_nisba_victim_leaves_the_fire_owner_the_doer(text: str, doer: str) -> None:
    parties = event_parties(text)
    assert parties and parties[0][1] == doer
    assert parties[0][2] != doer


def test_active_killing_with_accusative_object_keeps_its_subject() -> None:
    # the third word is an accusative object: قتل stays active, its subject's state the doer
    parties = event_parties("قتل جندي إسرائيلي فلسطينيا برصاصه في الخليل.")
    assert parties and parties[0][1] == "Israel"
