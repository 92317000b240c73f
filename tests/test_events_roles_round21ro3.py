"""Round 21 (RO3): an attack noun right after a word of facing (event_cues facing_words: أمام) was made on the
side named before that word, the one that gave way or held out, never by it; its doer is the side after the
noun (events.roles._facing_side)."""
from __future__ import annotations

from tests.conftest import event_with


def test_side_giving_way_before_attacks_is_the_target() -> None:
    got = event_with("تراجع مقاتلو تنظيم داعش من القرية أمام هجمات الجيش العراقي المتواصلة.", "هجمات")
    assert got[1] == "iraq-army"
    assert got[2] == "isis"


def test_side_holding_out_before_an_offensive_is_the_target() -> None:
    got = event_with("صمد مقاتلو حزب الله أمام هجوم الجيش الإسرائيلي على البلدة الحدودية.", "هجوم")
    assert got[1] == "idf"
    assert got[2] == "hezbollah"


def test_attack_noun_after_other_preposition_keeps_its_roles() -> None:
    # no word of facing: the noun's own roles are left as they were (the subject is no target)
    got = event_with("شارك مقاتلو حزب الله في هجوم على مواقع الجيش الإسرائيلي قرب الحدود.", "هجوم")
    assert got[2] != "hezbollah"
