"""Entities, round 21 (FR): the Libyan National Army's formal names (القيادة العامة للقوات المسلحة الليبية, القوات
المسلحة العربية الليبية) and, in a Libyan theatre, a bare القوات المسلحة are the LNA. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import marsad


def refs(text: str) -> dict[str, str | None]:
    art = marsad.analyze(text, published="2018-05-20").to_dict()
    return {m["text"]: e.get("ref") for e in art["entities"] for m in e.get("mentions", [])}


@pytest.mark.parametrize(("text", "name"), [
    ("أعلنت القيادة العامة للقوات المسلحة الليبية في بيان بثته من بنغازي سيطرتها على حي جديد في درنة.",
     "القيادة العامة للقوات المسلحة الليبية"),
    ("وقال متحدث باسم القيادة العامة للقوات المسلحة العربية الليبية إن المعارك توقفت ليلا.",
     "القيادة العامة للقوات المسلحة العربية الليبية"),
    ("ودخلت القوات المسلحة الليبية الأحياء الشرقية من المدينة بعد قصف مدفعي.", "القوات المسلحة الليبية"),
])
def test_the_lna_formal_names(text: str, name: str) -> None:
    assert refs(text).get(name) == "lna"


def test_bare_armed_forces_in_a_libyan_theatre_are_the_lna() -> None:
    got = refs("وفي بنغازي وطبرق ودرنة شرق ليبيا، قالت القوات المسلحة إنها أحكمت الطوق على المسلحين في درنة.")
    assert got.get("القوات المسلحة") == "lna"


def test_bare_armed_forces_elsewhere_are_not_the_lna() -> None:
    got = refs("وفي القاهرة والإسكندرية والجيزة، قالت القوات المسلحة إنها أحبطت هجوما في شمال سيناء.")
    assert got.get("القوات المسلحة") != "lna"
