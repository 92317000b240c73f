"""Round 15d: names.py's own-first-letter test, its corpus part split out for other stages to share."""
from __future__ import annotations

from marsad.stages.names import own_first_letter, own_first_letter_by_corpus
from marsad.textnorm import fold_text


def test_names_keeps_its_listed_words() -> None:
    # names.py's own test still holds its list (والي governor) on top of the shared corpus test
    assert own_first_letter(fold_text("والي"))
    assert not own_first_letter_by_corpus(fold_text("والي"))
    assert own_first_letter_by_corpus(fold_text("فيلم"))
