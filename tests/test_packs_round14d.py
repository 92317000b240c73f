"""Round 14d review: one cached reader of folded pack word lists, and the events stage's object pronouns in the pack."""

from __future__ import annotations

from marsad import packs
from marsad.stages import claims, events
from marsad.textnorm import fold_text


def test_folded_words_folds_and_reads_once() -> None:
    words = packs.folded_words("roles", "name_stop_words")
    assert words == frozenset(fold_text(w) for w in packs.load_json("roles")["name_stop_words"])
    assert packs.folded_words("roles", "name_stop_words") is words  # cached, not rebuilt per call


def test_folded_words_group_and_missing_key() -> None:
    grammar = packs.load_json("attribution")["grammar"]
    key = next(k for k, v in grammar.items() if isinstance(v, list) and v)
    assert packs.folded_words("attribution", key, "grammar") == claims._grammar(key)
    assert packs.folded_words("roles", "no_such_word_list") == frozenset()
    assert packs.folded_words("attribution", "no_such_word_list", "grammar") == frozenset()


def test_folded_words_forgotten_with_the_packs() -> None:
    before = packs.folded_words("roles", "person_roles")
    packs.reset_caches()
    after = packs.folded_words("roles", "person_roles")
    assert after == before and after is not before


def test_event_object_pronouns_come_from_the_pack() -> None:
    data = packs.load_json("event_cues")
    pronouns, preps = events._object_pronouns()
    assert set(pronouns) == set(data["object_pronouns"]) and "هم" in pronouns
    assert preps == frozenset(data["struck_preps"]) and "عليه" in preps
    assert "قتلوهم".endswith(pronouns) and not "قتلوا".endswith(pronouns)
