"""Round 23 (EV): a killing verb, then after a comma a clause describing the one killed that names, under a
cause word right before its trigger, the fight he fell in (قتل القيادي فلان، قائد الكتيبة الثالثة خلال مواجهات
مع الجيش) is one happening, not two ATTACK records. Sentences written for this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [art["text"][e["start"]:e["end"]] for e in art["events"] if e["type"] == "ATTACK"]


def test_killed_commander_described_then_the_clashes_he_fell_in() -> None:
    found = _attacks("كما قتل القيادي الحوثي أبو علي الكبسي، قائد الكتيبة الثالثة في منطقة حيس خلال مواجهات "
                     "مع قوات الجيش اليمني.")
    assert len(found) == 1 and "مواجهات" in found[0]


def test_clashes_after_a_describing_clause_keep_the_killed_side() -> None:
    # the Houthi commander was killed by the army: the merged record keeps the army as doer, not as target
    art = marsad.analyze("كما قتل القيادي الحوثي أبو علي الكبسي، قائد الكتيبة الثالثة في منطقة حيس خلال مواجهات "
                         "مع قوات الجيش اليمني.", published="2018-06-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    attacks = [e for e in art["events"] if e["type"] == "ATTACK"]
    assert [names.get(e["actor2"]) for e in attacks if e["actor2"]] == ["Houthis (Ansar Allah)"]
