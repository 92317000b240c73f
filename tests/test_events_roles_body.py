"""An unnamed state body named after its head noun (قوات الأمن، القوات الأمنية، عناصر الشرطة) as the subject of a
deed, hand-written sentences with hand-given entities: it borrows no armed group from the sentences before (the
attackers it fought)."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["داعش"]),
    ("actor", "iraq", ["العراق"]),
    ("place", "kirkuk", ["كركوك"]),
]

LEAD = "هاجم مسلحون من داعش مقرا حكوميا في كركوك شمال العراق. "


@pytest.mark.parametrize("text", [
    pytest.param("وحاصرت قوات الأمن المقر.", id="verb_first"),
    pytest.param("وقوات الأمن حاصرت المقر.", id="subject_first"),
    pytest.param("واقتحمت القوات الأمنية المقر.", id="adjective_body"),
    pytest.param("واعتقلت عناصر الشرطة اثنين من المهاجمين.", id="police_members"),
])
def test_an_unnamed_security_body_borrows_no_armed_group(text: str) -> None:
    evs = event_records(LEAD + text, ENTS)
    assert evs[0]["actor1"] == "isis" and len(evs) == 2 and evs[-1]["actor1"] is None, evs

