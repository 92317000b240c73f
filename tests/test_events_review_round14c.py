"""Round 14c review mends of the events stage: the word lists one rule reads come from one keyed loader of
the event_cues pack, and the nisba and number endings of `_previous_ones` and `_head_stems` are pack data,
not Python literals. The pack is the only source: these tests read it and compare."""

from __future__ import annotations

from marsad.packs import load_json
from marsad.stages import events
from marsad.textnorm import fold_text


def test_cue_words_reads_the_pack_folded() -> None:
    raw = load_json("event_cues")["place_origin_words"]
    assert events._cue_words("place_origin_words") == frozenset(" ".join(fold_text(w).split()) for w in raw)
    # cached: a rule asking per event gets the same set, not a rebuilt one
    assert events._cue_words("place_origin_words") is events._cue_words("place_origin_words")


def test_cue_words_bare_drops_the_article() -> None:
    heads = events._cue_words("title_heads", bare=True)
    assert heads and not any(w.startswith("ال") for w in heads)
    assert events._cue_words("no_such_key") == frozenset()


def test_endings_come_from_the_pack_in_order() -> None:
    data = load_json("event_cues")
    c = events.cues()
    assert c.previous_nisba_endings == tuple(fold_text(w) for w in data["previous_nisba_endings"])
    # order matters for _head_stems: the first ending that fits is the one taken off
    assert c.head_number_endings == tuple(fold_text(w) for w in data["head_number_endings"])
    assert "يه" in c.previous_nisba_endings and c.head_number_endings[0] == "ين"
