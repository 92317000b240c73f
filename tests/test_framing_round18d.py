"""Framing, round 18d: a hard-line or extremist stance, policy, terms or tone (موقفا متشددا، سياسة متشددة، شروطا
متشددة) describes the position, not a party so labelled; a three-letter act noun's accusative (فكرا متطرفا) is
the noun too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-05-01")


@pytest.mark.parametrize("text", [
    "ويتخذ حزب الحركة القومية موقفا متشددا من مطالب الأكراد في البرلمان.",
    "وفرضت حركة طالبان شروطا متشددة على المفاوضين في الدوحة.",
    "وقال المحلل إن تنظيم الدولة الإسلامية يتبنى فكرا متطرفا منذ نشأته.",
    "وتتبع حركة طالبان سياسة متشددة تجاه التعليم في الولايات التي تسيطر عليها.",
])
def test_a_hard_line_stance_is_no_label_on_the_party(text: str) -> None:
    assert frames(text) == []


@pytest.mark.parametrize("text", [
    "وقال الجيش إن التنظيم المتطرف هاجم قرية قرب الحدود. وأضاف أن تنظيم الدولة الإسلامية خسر مواقعه.",
    "وأعلن الجيش المصري مقتل عشرة من المتشددين التابعين لتنظيم ولاية سيناء في العريش.",
])
def test_the_labels_themselves_stay(text: str) -> None:
    assert frames(text) != []


@pytest.mark.parametrize("text", [
    "وتحتل إيطاليا واليونان الواجهة في أزمة المهاجرين عبر البحر المتوسط.",
    "وتحتل روسيا المقدمة في صادرات القمح إلى مصر هذا العام.",
])
def test_holding_the_front_of_the_news_is_no_occupation(text: str) -> None:
    assert frames(text) == []


def test_occupying_land_stays_an_occupation() -> None:
    assert frames("وقال الوزير إن إسرائيل تحتل الجولان السوري منذ عام 1967.") != []
