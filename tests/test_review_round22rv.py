"""Round 22 review (RV): the places stage's seat-noun check strips one conjunction, not every leading و (a seat
noun of the pack that opens with و kept its own letter otherwise); the two written-passive tests of textnorm share
one way of reading the verb's letters (written_passive reads a form VIII damma only on a ت right after the
alif, as its docstring now says). Words and sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marsad.stages.places import _f, _seat_noun_before
from marsad.textnorm import written_passive, written_past_passive


def _doc(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text)


@pytest.mark.parametrize("text", ["اجتمع المحتجون أمام وكالة محافظة المثنى", "تجمعوا قرب ووكالة محافظة المثنى"])
def test_seat_noun_opening_with_waw_is_read_whole(text: str) -> None:
    # a pack seat noun that opens with و (وكالة) is found with or without the conjunction before it
    pos = text.index("محافظة")
    assert _seat_noun_before(_doc(text), pos, frozenset({_f("وكالة")}))


def test_seat_noun_after_conjunction_and_not_another_word() -> None:
    nouns = frozenset({_f("مقر")})
    text = "وصل الوفد ومقر محافظة البصرة مغلق"
    assert _seat_noun_before(_doc(text), text.index("محافظة"), nouns)
    text = "وصل الوفد إلى محافظة البصرة"
    assert not _seat_noun_before(_doc(text), text.index("محافظة"), nouns)


@pytest.mark.parametrize(("word", "passive"), [
    ("فقُتل", True), ("واتُهم", True), ("اتُّهمت", True), ("يُتّهم", True), ("اُعتقل", True),
    ("قتل", False), ("واعتقل", False), ("يَقتل", False),
])
def test_written_passive_reads_through_conjunction_and_shadda(word: str, passive: bool) -> None:
    assert written_passive(word) is passive


@pytest.mark.parametrize(("word", "passive"), [
    ("فخُطف", True), ("واحتُجز", True), ("استُهدف", True), ("اتُّهم", True),
    ("يُطلق", False), ("وتُدمر", False), ("خطف", False),
])
def test_written_past_passive_reads_through_conjunction_and_shadda(word: str, passive: bool) -> None:
    assert written_past_passive(word) is passive
