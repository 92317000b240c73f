"""Review of the nineteenth round: word lists the outlet-context rule held in code are read from anaphora.json."""

from __future__ import annotations

import inspect

from marsad.packs import folded_words
from marsad.stages import entities
from marsad.textnorm import fold_text


def test_the_outlet_context_word_lists_live_in_the_pack() -> None:
    assert {fold_text("بحسب"), fold_text("مراسل")} <= folded_words("anaphora", "site_report_next_only")
    assert {fold_text("على"), fold_text("إلى")} <= folded_words("anaphora", "site_prepositions")
    source = inspect.getsource(entities._reporting_context)
    assert "site_report_next_only" in source and "site_prepositions" in source
    assert '"مراسلة"' not in inspect.getsource(entities)
