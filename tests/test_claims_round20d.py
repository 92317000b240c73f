"""Round 20d: unnamed kin and counsel (محامي، نجل، ابن، ابنة، زوج) are anonymous tellers, with the one whose kin or
counsel they are in construct; a name after them keeps the teller a person."""
from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "kind", "teller"), [
    ("وقال محامي المتهمين إن موكليه لم يشاركوا في الاشتباكات.", "anonymous", "محامي المتهمين"),
    ("وقالت محاميها إن المحكمة رفضت الإفراج عنها بكفالة.", "anonymous", "محاميها"),
    ("وقال محام أمس إن المحكمة أجلت النظر في القضية.", "anonymous", "محام"),
    ("وقال نجل الوزير السابق إن والده محتجز منذ أسبوعين.", "anonymous", "نجل الوزير السابق"),
    ("وقالت ابنة القتيل إن الخاطفين لم يطلبوا فدية.", "anonymous", "ابنة القتيل"),
    ("وقالت زوجة الراحل إن قذيفة سقطت قرب المستشفى.", "anonymous", "زوجة الراحل"),
    ("وقال ابن عم القتيل إن الجنود أطلقوا النار دون إنذار.", "anonymous", "ابن عم القتيل"),
    ("وقالت زوجة السفير الأسبوع الماضي إن السفارة تلقت تهديدات.", "anonymous", "زوجة السفير"),
])
def test_unnamed_kin_or_counsel_is_anonymous(text: str, kind: str, teller: str) -> None:
    assert claim_chains(text) == [[(kind, teller)]]


@pytest.mark.parametrize(("text", "teller"), [
    # a counsel's title, then the lawyer's name
    ("وقال محامي الشركة بافل تشيكوف إن القرار ظالم.", "محامي الشركة بافل تشيكوف"),
    # ابن and a given name: a name of lineage, not someone's son
    ("وقال ابن سلمان إن المملكة ستمضي في الإصلاحات.", "ابن سلمان"),
    # a son of a city, then his name
    ("وقال ابن مدينة البصرة أسامة عباس إن الخدمات غائبة منذ سنوات.", "ابن مدينة البصرة أسامة عباس"),
])
def test_kin_before_a_name_stays_a_person(text: str, teller: str) -> None:
    assert claim_chains(text) == [[("person", teller)]]
