"""A state's masculine nisba right after one or two plain given names is their family name (محمد المصري),
not an adjective that ends the name; after a title, a body noun or another word it stays an adjective
(sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names
from marsad.textnorm import fold_text


def _people(text: str) -> list[str]:
    art = marsad.analyze(text, published="2024-03-01")
    return [e.name_ar for e in art.entities if e.type == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("وأكد خالد المصري أن المعبر سيبقى مغلقا حتى نهاية الأسبوع.", "خالد المصري"),
    ("وصرح سامر يوسف التركي للصحفيين بأن المفاوضات متعثرة.", "سامر يوسف التركي"),
    ("وأوضح المتحدث باسم البلدية صفوان اليمني أن الأمطار أغرقت الشوارع.", "صفوان اليمني"),
    ("وقال يونس العراقي، وهو تاجر في السوق، إن الأسعار ارتفعت.", "يونس العراقي"),
])
def test_given_name_and_state_nisba_make_a_name(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "وتقدم الجيش السوري نحو البلدة من جهة الشرق.",  # a body and its nisba
    "وفاز اللاعب على المصري في المباراة النهائية.",  # على folds to a given name but is a preposition
    "ولم يعرف إن كان الطيران السوري أم الروسي قد نفذ الغارة.",  # أم (or) is an ambiguous given name
])
def test_state_nisba_without_given_name_is_no_person(text: str) -> None:
    assert _people(text) == []


def test_title_and_nisba_make_no_nisba_name() -> None:
    # a title and its state's nisba may name the office holder, never a person called by the nisba
    assert not any("المصري" in p for p in _people("وقال وزير الخارجية المصري إن الاجتماع تأجل."))


def test_not_a_person_keeps_nisba_family_name() -> None:
    assert not names.not_a_person(fold_text("خالد المصري").split())
    assert not names.not_a_person(fold_text("سامر يوسف التركي").split())
    # three given names before it, or a word that is no given name, leave the nisba an adjective
    assert names.not_a_person(fold_text("الوزير المصري").split())


def test_kunya_before_given_name_and_nisba_is_kept() -> None:
    people = _people("وكان بين القتلى ابنه وأبو يوسف الليبي، بحسب البيان.")
    assert "أبو يوسف الليبي" in people


@pytest.mark.parametrize("text", [
    "وأثار مسلسل \"أبو خالد السوري\" غضب المشاهدين في الخرطوم.",
    "وعرضت القناة فيلما بعنوان «يوسف العراقي» عن حياة اللاجئين.",
])
def test_quoted_title_after_work_noun_is_no_person(text: str) -> None:
    assert _people(text) == []
