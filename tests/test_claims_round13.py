"""Claims, round 13 (sentences written for the tests, in the styles of local Syrian and Iraqi outlets and pan-Arab
papers)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("وأكد مدير المستشفى مقتل ثلاثة مدنيين بقصف مدفعي على البلدة.", ("official", "مدير المستشفى")),
    ("وأكد مدير الدفاع المدني وقوع أربعة قتلى بغارة جوية على السوق.", ("official", "مدير الدفاع المدني")),
    ("ونفى قائد الشرطة المحلية سقوط قذائف داخل المدينة خلال الليل.", ("official", "قائد الشرطة المحلية")),
    ("وأكد رئيس المجلس البلدي اعتقال خمسة شبان من أبناء الحي.", ("official", "رئيس المجلس البلدي")),
])
def test_verbal_noun_after_a_title_opens_the_object_not_a_name(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


@pytest.mark.parametrize("text, source", [
    ("وأعلنت الوكالة الرسمية سيطرة الجيش على بلدة جديدة في ريف درعا.", ("outlet", "الوكالة الرسمية")),
    ("وأعلن التلفزيون الرسمي السوري سيطرة القوات على تل استراتيجي.", ("outlet", "التلفزيون الرسمي السوري")),
])
def test_an_unnamed_outlet_ends_at_its_adjectives_before_the_object(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


def test_an_outlet_known_by_its_short_name_after_its_adjective_keeps_it() -> None:
    chain = _chains("وقالت وكالة الأنباء السورية سانا إن وحدات الجيش دمرت مقرا للمسلحين.")
    assert len(chain) == 1 and chain[0][0][0] == "outlet" and chain[0][0][1].startswith("وكالة الأنباء السورية")
