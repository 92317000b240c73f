"""A word list that many aliases share is kept once in the pack header and named with "@"."""

from __future__ import annotations

from marsad import packs


def test_a_named_list_expands_in_place() -> None:
    lists = {"ideas": ["تهديد", "زعزعة"]}
    alias = packs._alias({"text": "أمن الدولة", "not_after": ["محكمة", "@ideas"], "not_before": ["@ideas"]}, lists)
    assert alias.not_after == ("محكمة", "تهديد", "زعزعة")
    assert alias.not_before == ("تهديد", "زعزعة")


def test_the_actors_pack_names_no_list_it_lacks() -> None:
    words = {w for e in packs.entity_pack("actors") for a in e.aliases for w in (*a.not_after, *a.not_before)}
    # a computed class (@state_adjective: the pack's own state nisbas) is read by stage entities, not expanded
    assert not any(w.startswith("@") and w not in packs.COMPUTED_WORD_CLASSES for w in words)
    # the shared list reaches the security bodies that name it
    state_security = next(e for e in packs.entity_pack("actors") if e.id == "syr-state-security")
    assert "زعزعة" in next(a for a in state_security.aliases if a.text == "أمن الدولة").not_after
