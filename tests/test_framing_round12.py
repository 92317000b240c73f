"""Framing, round 12 (framing pack 26–27): occupation verbs after a relative pronoun and an auxiliary, and loaded
terms of stance outlets the pack lacked. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published=published).to_dict()
    refs = {e["id"]: e.get("ref") or e.get("name") for e in art["entities"]}
    return [(f["term"], refs.get(f["target"])) for f in art["framing"]]


@pytest.mark.parametrize("text", [
    "وانسحبت الجيوش الأجنبية التي كانت تحتل إيران بعد انتهاء الحرب العالمية الثانية.",
    "وتحدث المؤرخ عن القوات التي ظلت تحتل العراق سنوات طويلة.",
    "وانتقد الكاتب الدول التي لا تزال تحتل سوريا بحجة محاربة الإرهاب.",
])
def test_an_occupation_verb_after_a_relative_and_an_auxiliary_is_the_antecedents(text: str) -> None:
    # the name after the verb is the occupied country, not its subject
    assert [t for t in frames(text) if t[0] in ("تحتل", "احتلت", "يحتل")] == []


def test_an_occupation_verb_with_its_subject_after_it_still_labels_the_subject() -> None:
    assert frames("وتحتل إسرائيل هضبة الجولان منذ عام 1967.") == [("تحتل", "israel")]
