"""Claims, round 12 (sentences written for the tests, in the styles of local Syrian and Iraqi outlets): an unnamed
title teller of a verb of denying or confirming ends before the verbal noun or report word that opens its object
(نفى مدير المستشفى وقوع إصابات: the teller is مدير المستشفى, not "مدير المستشفى وقوع إصابات")."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("نفى مدير المستشفى وقوع إصابات بين الممرضين.", ("official", "مدير المستشفى")),
    ("ونفى مدير مستشفى الحويجة العام وجود حالات تسمم بين الأطفال.", ("official", "مدير مستشفى الحويجة العام")),
    ("وأكد قائد شرطة القضاء سقوط ثلاث قذائف على السوق.", ("official", "قائد شرطة القضاء")),
    ("ونفت المتحدثة باسم البلدية تعرض الصهريج لإطلاق نار.", ("official", "المتحدثة باسم البلدية")),
    ("ونفى رئيس المجلس المحلي صحة الأنباء عن اعتقال شبان.", ("official", "رئيس المجلس المحلي")),
    ("ونفى مدير الناحية مزاعم تهجير العائلات من القرية.", ("official", "مدير الناحية")),
])
def test_title_teller_ends_before_the_denied_verbal_noun(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]
