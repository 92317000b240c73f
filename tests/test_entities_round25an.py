"""Entities, round 25 (AN): the US administration named by the president's title (إدارة الرئيس الأمريكي/الأميركي)
is the United States, the party that acts, proposes or speaks; the president stays a person found by his name
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs


@pytest.mark.parametrize(("text", "mention"), [
    ("واقترحت إدارة الرئيس الأمريكي على الجانب الفلسطيني خطة جديدة للتسوية قبل نهاية العام.",
     "إدارة الرئيس الأمريكي"),
    ("ورفضت إدارة الرئيس الأميركي السابق تزويد المعارضة بصواريخ مضادة للطائرات.", "إدارة الرئيس الأميركي"),
    ("وقررت إدارة الرئيس الامريكي خفض عدد جنودها في شرق سوريا خلال الأشهر المقبلة.", "إدارة الرئيس الامريكي"),
])
def test_the_administration_by_title_is_the_united_states(text: str, mention: str) -> None:
    assert mention_refs(text).get(mention) == "usa"


def test_the_president_named_after_it_stays_a_person() -> None:
    text = "وأعلنت إدارة الرئيس الأمريكي دونالد ترامب أنها ستبقي قواتها في قاعدة التنف حتى إشعار آخر."
    refs = mention_refs(text)
    assert refs.get("إدارة الرئيس الأمريكي") == "usa"
    assert refs.get("دونالد ترامب") == "donald-trump"


def test_the_administration_is_the_teller_and_the_doer() -> None:
    import marsad

    text = "وقالت إدارة الرئيس الأميركي إنها أرسلت تعزيزات عسكرية إلى قاعدة التنف في سوريا."
    doc = marsad.analyze(text, published="2018-06-01").to_dict()
    usa = {e["id"] for e in doc["entities"] if e.get("ref") == "usa"}
    assert usa
    assert any(s.get("kind") == "official" and "إدارة الرئيس الأميركي" in s.get("text", "")
               for c in doc["claims"] for s in c["sources"])
    assert any(ev["type"] == "DEPLOY" and ev["actor1"] in usa for ev in doc["events"])
