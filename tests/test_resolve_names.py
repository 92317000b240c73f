"""Resolve: a recogniser's person span that adds given names before a pattern's name keeps the longer name."""

from __future__ import annotations

from types import SimpleNamespace

from marsad.pipeline import Candidate
from marsad.stages import resolve
from tests.conftest import people


def _cand(doc: SimpleNamespace, text: str, how: str) -> Candidate:
    start = doc.text.index(text)
    return Candidate(type="person", start=start, end=start + len(text), how=how, refs=(), priority=1)


def test_recogniser_given_name_extends_the_pattern_name() -> None:
    doc = SimpleNamespace(text="وأوقفت الشرطة يوسف كمال عبد الغني في المطار.")
    pattern = _cand(doc, "كمال عبد الغني", "pattern")
    ner = _cand(doc, "يوسف كمال عبد الغني", "ner")
    resolve._given_names_before(doc, [pattern], [ner])  # type: ignore[arg-type]
    assert doc.text[pattern.start:pattern.end] == "يوسف كمال عبد الغني"


def test_no_extension_over_a_word_that_is_no_given_name() -> None:
    doc = SimpleNamespace(text="وأوقفت الشرطة مساء كمال عبد الغني في المطار.")
    pattern = _cand(doc, "كمال عبد الغني", "pattern")
    ner = _cand(doc, "مساء كمال عبد الغني", "ner")
    resolve._given_names_before(doc, [pattern], [ner])  # type: ignore[arg-type]
    assert doc.text[pattern.start:pattern.end] == "كمال عبد الغني"


def test_no_extension_over_another_candidate() -> None:
    doc = SimpleNamespace(text="وأوقفت الشرطة يوسف كمال عبد الغني في المطار.")
    pattern = _cand(doc, "كمال عبد الغني", "pattern")
    other = _cand(doc, "يوسف", "pack")
    ner = _cand(doc, "يوسف كمال عبد الغني", "ner")
    resolve._given_names_before(doc, [other, pattern], [ner])  # type: ignore[arg-type]
    assert doc.text[pattern.start:pattern.end] == "كمال عبد الغني"


def test_full_names_in_an_article_are_not_cut() -> None:
    found = people("وقال المتحدث باسم الشرطة إن رجال الأمن اعتقلوا في مطار المدينة قاسم محمد تاج الدين بناء على "
                   "مذكرة دولية.", published="2018-05-01")
    assert not any(p == "محمد تاج الدين" for p in found)
