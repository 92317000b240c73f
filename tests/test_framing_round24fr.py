"""Framing, round 24 (FR): «بما في ذلك» after a group term opens its examples as مثل does, so the groups named after
it are what the term labels; an unnamed example or a thing after it is no target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-06-10")


@pytest.mark.parametrize(("text", "who"), [
    ("ودعت الخارجية طهران إلى وقف دعمها للجماعات الإرهابية بما في ذلك حزب الله في لبنان.", "hezbollah"),
    ("وتتهم واشنطن إيران بتمويل المنظمات الإرهابية، بما في ذلك حركة حماس في قطاع غزة.", "hamas"),
    ("وقال الوزير إن بلاده ستلاحق الجماعات المتطرفة بما في ذلك تنظيم داعش في الصحراء.", "isis"),
])
def test_group_term_before_including_labels_the_named_example(text: str, who: str) -> None:
    assert who in {target for _, target in frames(text)}


def test_every_example_after_including_is_labelled() -> None:
    text = "واتهم البيان إيران بتسليح الجماعات الإرهابية بما في ذلك حزب الله وجماعة الحوثي في اليمن."
    targets = {target for term, target in frames(text) if "إرهابية" in term}
    assert {"hezbollah", "houthis"} <= targets


@pytest.mark.parametrize("text", [
    # what follows the phrase is no group: the term finds no example there
    "وأكد الجيش أنه سيواصل ملاحقة الجماعات الإرهابية بما في ذلك خلاياها النائمة في المدن.",
    "وناقش الاجتماع مخاطر الجماعات المتطرفة بما في ذلك تمويلها عبر الإنترنت.",
])
def test_including_a_thing_names_no_group(text: str) -> None:
    assert [t for t in frames(text) if t[1] is not None and t[1] not in ("isis",)] == []
