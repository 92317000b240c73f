"""Framing, round 23 (FR): the possessed aggression noun (عدوانها، عدوانه، عدوانهم) labels its possessor; a possessed
term after a term that labelled a party, with no name between them, belongs to that party; a hardline word after a
political wing (اليسار المتشدد، اليميني المتشدد) is no label. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-06-10")


def aggression(text: str) -> list[str | None]:
    return [who for t, who in frames(text) if t.startswith("عدوان")]


@pytest.mark.parametrize(("text", "who"), [
    ("وقال المتحدث إن إسرائيل تواصل عدوانها على قطاع غزة منذ ثلاثة أيام.", "israel"),
    ("وقال المسؤول السوري إن تركيا ماضية في عدوانها على الأراضي السورية.", "turkey"),
    ("ودعا البيان ميليشيات الحوثي إلى وقف عدوانهم على المدن اليمنية.", "houthis"),
])
def test_possessed_aggression_labels_its_possessor(text: str, who: str) -> None:
    assert aggression(text) == [who]


def test_possessed_aggression_after_a_labelled_party_is_that_party_s() -> None:
    # the group speaking comes first; the party the occupation word labels stands nearer the pronoun
    text = ("وقصفت إسرائيل مواقع في غزة. وقالت حركة حماس في بيان إنها تحذر الاحتلال من التمادي في عدوانه على "
            "أهالي القطاع.")
    assert aggression(text) == ["israel"]


@pytest.mark.parametrize("text", [
    "وحصل حزب البديل من أجل ألمانيا اليميني المتشدد على أكثر من تسعين مقعدا في البرلمان.",
    # a jihadist group named before the wing is not what the wing's word labels
    "وتضم القائمة أشخاصا على صلة بتنظيم داعش وأفرادا من جماعات اليسار المتشدد في باريس.",
])
def test_hardline_after_a_political_wing_is_no_label(text: str) -> None:
    assert [t for t, _ in frames(text) if "متشدد" in t] == []


def test_hardline_militants_still_labelled() -> None:
    assert ("متشددين", "isis") in frames("وأعلنت الشرطة مقتل ثلاثة متشددين من تنظيم داعش في اشتباك قرب الحدود.")


def militia_targets(text: str) -> set[str | None]:
    return {who for t, who in frames(text) if "يليشي" in t or "مليشي" in t}


@pytest.mark.parametrize("text", [
    "وقصفت مقاتلات التحالف مواقع للحوثيين في صعدة. وقال مصدر عسكري إن الميليشيات الموالية لإيران خسرت عشرات "
    "المقاتلين في جبهة الساحل الغربي.",
    "وتواصل ألوية العمالقة تقدمها نحو زبيد، وسط انهيار في صفوف الحوثيين، فيما فرت المليشيات المدعومة من إيران "
    "من مواقعها قرب المطار.",
])
def test_iran_backed_militias_in_a_houthi_story_are_the_houthis(text: str) -> None:
    assert militia_targets(text) == {"houthis"}


@pytest.mark.parametrize("text", [
    # another group Iran backs is named beside the Houthis: the collective may be it or many groups
    "واتهم الوزير حزب الله بتدريب الحوثيين في اليمن، ودعا بيروت إلى كبح الميليشيات الموالية لإيران على أراضيها.",
    # no Houthis in the story
    "وقالت مصادر محلية إن الميليشيات الموالية لإيران عززت مواقعها قرب مدينة البوكمال شرقي سوريا.",
])
def test_iran_backed_militias_stay_a_collective_elsewhere(text: str) -> None:
    assert "iran-backed-militias" in militia_targets(text)
