"""Framing, round 18: an occupation or aggression term whose doer an adjective describes without naming (عدوان خارجي،
الاحتلال النازي) labels no party of the article, and the Persian occupation (الاحتلال الفارسي) is Iran's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize("text", [
    "وقال وزير الدفاع السوري إن بلاده تواجه عدوانا خارجيا، وإن الجيش سيواصل عملياته في ريف إدلب.",
    "وأكد المتحدث أن سوريا تتعرض لعدوان خارجي منذ سنوات، مشيرا إلى أن الجيش سيواصل عملياته في حماة.",
    "وقال رئيس الوزراء العراقي إن حكومته ترفض أي احتلال أجنبي لأراضي العراق.",
    "واحتفلت فرنسا بذكرى تحرير باريس من الاحتلال النازي عام 1944.",
    "وكانت القوات البريطانية قد شاركت في تحرير اليونان من الاحتلال النازي قبل نهاية الحرب.",
])
def test_an_unnamed_doer_gets_no_record(text: str) -> None:
    assert [p for p in frames(text) if "عدوان" in p[0] or "احتلال" in p[0]] == []


def test_a_named_aggressor_is_still_labelled() -> None:
    got = frames("وأدانت الخارجية السورية العدوان الإسرائيلي على ريف دمشق، وقالت إن الجيش تصدى للصواريخ.")
    assert ("العدوان", "israel") in got


def test_persian_occupation_is_irans() -> None:
    got = frames("وقال ناشط أحوازي إن أرض الأحواز ما زالت تحت الاحتلال الفارسي منذ عقود.")
    assert ("الاحتلال", "iran") in got


@pytest.mark.parametrize("text", [
    "وأحرق المتظاهرون مقار الأحزاب والميليشيات التابعة لنظام الملالي في البصرة، وهتفوا ضد إيران.",
    "وقال المتظاهرون إن الميليشيات الموالية لنظام الملالي تنهب ثروات العراق، في إشارة إلى إيران.",
])
def test_a_self_naming_term_inside_a_longer_mention_keeps_its_referent(text: str) -> None:
    got = frames(text)
    assert ("نظام الملالي", "iran") in got
    assert not any(t == "نظام الملالي" and ref != "iran" for t, ref in got)


@pytest.mark.parametrize("text", [
    "وقصف التحالف الذي تقوده السعودية مواقع للحوثيين في الحديدة. وقال الحوثيون في بيان \"إن العدو بفتحه معركة "
    "الحديدة يتحمل العواقب\". وشهد محيط المطار معارك عنيفة بين القوات الحكومية والمتمردين أسفرت عن مقتل عشرين مقاتلا.",
    "وحذر الحوثيون في بيان من أن \"العدو بتصعيده في الحديدة سيدفع الثمن\"، فيما قصف التحالف الذي تقوده السعودية "
    "مواقع في المدينة. وقتل عشرون مقاتلا في معارك بين القوات الحكومية والمتمردين قرب المطار.",
])
def test_a_bare_militia_label_does_not_reuse_the_enemy_of_another_term(text: str) -> None:
    got = frames(text)
    assert ("العدو", "saudi-coalition-yemen") in got
    assert ("المتمردين", "saudi-coalition-yemen") not in got


@pytest.mark.parametrize(("text", "ref"), [
    ("وقال الوزير إن حزب الله هو ميليشيا مدعومة من إيران تهيمن على القرار في لبنان.", "hezbollah"),
    ("وقال الوزير إن حزب الله هو ميليشيا أنشأها الحرس الثوري الإيراني في الثمانينيات.", "hezbollah"),
])
def test_a_bare_copula_after_a_name_opens_its_predicate(text: str, ref: str) -> None:
    assert [p for p in frames(text) if p[0] == "ميليشيا"] == [("ميليشيا", ref)]


def test_a_copula_with_no_name_before_it_changes_nothing() -> None:
    assert ("عدوان", "israel") in frames("وقال إن ما حدث هو عدوان إسرائيلي على سوريا.")
