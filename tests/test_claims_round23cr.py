"""Round 23 (CR, code review): the claims reader asks the corpus's word classes (names, ner) per word it reads
after a title or an outlet noun; a `from` import in those methods ran the import machinery on every call, as
round 23 SP found for events.context. The reader now imports them once. Sentences written for these tests."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from marsad.pipeline import make_doc, run
from tests.conftest import claim_chain, full_claims

# each reaches a reader method that reads the corpus's word classes: بـ on a common word after a title's definite
# words, a bare word after a definite outlet noun, a word after a definite nisba of an outlet's unnamed run
_TEXTS = (
    "واتهم الناطق باسم الجيش المسلحين بقصف السوق المركزي في البلدة ليلة أمس.",
    "وذكرت الصحيفة حصيلة جديدة للقتلى بعد انهيار المبنى في الحي القديم.",
    "وأعلن التلفزيون الرسمي الليبي سيطرة القوات على الطريق الساحلي قرب المدينة.",
)


def test_the_claims_reader_imports_nothing_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in _TEXTS:
        run(make_doc(text))  # (first use: any import a module makes on its load is done)
    imported: list[str] = []
    real = builtins.__import__

    def counting(name: str, globals: dict[str, Any] | None = None, *args: Any, **kwargs: Any) -> Any:
        if globals is not None and str(globals.get("__name__", "")).startswith("marsad.stages.claims"):
            imported.append(name)
        return real(name, globals, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    for text in _TEXTS:
        run(make_doc(text))
    monkeypatch.undo()
    assert imported == []


def test_a_tweet_the_teller_spoke_in_is_no_link_of_the_chain() -> None:
    """The medium after a verb of saying (في تغريدة) is how the teller spoke (`medium_at`), not a document he
    relays; the named teller alone tells."""
    text = "وقال وزير الدفاع في تغريدة إن القوات ستبقى في مواقعها حتى نهاية العام."
    chains = [claim_chain(c) for c in full_claims(text)]
    assert chains and all(len(chain) == 1 and chain[0][1] == "وزير الدفاع" for chain in chains)
