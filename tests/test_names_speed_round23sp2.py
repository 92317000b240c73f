"""Round 23 (SP2): names.py and resolve.py read the recogniser stage's `corpus_words` (and
`after_non_person_noun`) through the module imported once (`names._ner`, `resolve.ner`), not through a `from`
import in the body of each of the 33 rules that ask it (≈ 0.3 µs a call, tens of thousands of calls per 450
articles). The functions are still looked up at call time, so replacing them is heard. Words written for
these tests."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from marsad.stages import names, ner, resolve


@pytest.mark.parametrize("module", [names, resolve])
def test_no_rule_imports_inside_its_body(module: object) -> None:
    tree = ast.parse(Path(module.__file__).read_text("utf-8"))  # type: ignore[attr-defined]
    inner = [n.lineno for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.Lambda)
             for n in ast.walk(f) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert inner == []


def test_a_replaced_corpus_vocabulary_is_heard_by_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # a two-word name followed by an indefinite common word of four letters or more: the predicate after the
    # name only when the corpus knows the word as a common one
    words = ["سامر", "حداد"]
    real = names._predicate_after_full_name(words, "مهندس", frozenset())
    monkeypatch.setattr(ner, "corpus_words", lambda: frozenset())  # no model: no vocabulary
    assert names._predicate_after_full_name(words, "مهندس", frozenset()) is False
    monkeypatch.undo()
    assert names._predicate_after_full_name(words, "مهندس", frozenset()) is real


def test_a_replaced_corpus_vocabulary_is_heard_by_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []

    def vocab() -> frozenset[str]:
        asked.append(True)
        return frozenset({"وكريم", "كريم"})

    monkeypatch.setattr(ner, "corpus_words", vocab)
    assert resolve._foreign_after_name(None, None, "وكريم") is False  # type: ignore[arg-type]
    assert asked
