"""Round 20 EM: the demonstratives that may stand between a word of coinciding and its مع (وتزامن ذلك مع قصف،
وترافق هذا مع غارات) are a list of event_cues (alongside_pointers) that merge._alongside reads, no literal in
the code; output identical on the unseen sample."""

from __future__ import annotations

from tests.conftest import event_types, events_module

TEXT = ("قصفت طائرات حربية روسية مواقع لفصائل المعارضة في بلدة اللطامنة بريف حماة. "
        "وترافق هذا مع قصف مدفعي لقوات النظام السوري على مواقع الفصائل في البلدة.")


def test_pointer_between_coinciding_word_and_ma_keeps_attack_apart() -> None:
    assert event_types(TEXT) == ["ATTACK", "ATTACK"]


def test_pointers_are_read_from_the_pack() -> None:
    from marsad.packs import load_json

    merge = events_module("merge")
    assert merge._alongside_pointers() == frozenset(load_json("event_cues")["alongside_pointers"])
    assert merge._alongside_pointers() == frozenset({"ذلك", "هذا"})
