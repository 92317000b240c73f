"""The events stage on the owner of a thing an attack hit, hand-written sentences with hand-given entities: bare
nouns in construct may stand between the held thing and its owner (مقر عمليات الحشد، مخازن ذخيرة الجيش،
مستودع أسلحة الحرس), and the owner is still the attack's target, never its doer."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "pmf", ["الحشد الشعبي"]),
    ("actor", "army", ["الجيش العراقي"]),
    ("actor", "irgc", ["الحرس الثوري"]),
    ("actor", "isis", ["تنظيم الدولة"]),
    ("place", "diyala", ["ديالى"]),
    ("place", "kirkuk", ["كركوك"]),
]


@pytest.mark.parametrize("text,owner", [
    pytest.param("أدان المحافظ الاعتداء على مقر عمليات الحشد الشعبي في ديالى مساء الأحد.", "pmf",
                 id="masdar_on_two_word_chain"),
    pytest.param("استهدفت طائرة مجهولة مخازن ذخيرة الجيش العراقي قرب كركوك.", "army", id="verb_two_word_chain"),
    pytest.param("استهدف صاروخ مجهول مقر قيادة عمليات الحشد الشعبي في ديالى.", "pmf", id="three_word_chain"),
    pytest.param("قصفت طائرات مجهولة مستودع أسلحة الحرس الثوري قرب كركوك.", "irgc", id="weapons_depot"),
])
def test_owner_after_a_construct_chain_is_the_target(text: str, owner: str) -> None:
    attacks = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert len(attacks) == 1
    assert attacks[0]["actor2"] == owner
    assert attacks[0]["actor1"] != owner


def test_the_doer_before_a_chain_stays_the_doer() -> None:
    text = "هاجم تنظيم الدولة مقر عمليات الحشد الشعبي في ديالى."
    attacks = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert [(e["actor1"], e["actor2"]) for e in attacks] == [("isis", "pmf")]

