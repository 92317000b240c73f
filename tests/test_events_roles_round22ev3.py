"""Round 22 EV3: the party that asked for an arrest (بناء على طلب من، بطلب من، استجابة لطلب) neither made it nor
underwent it: it is no actor1 of a passive arrest and no actor2 of an active one (event_cues requester_phrases,
requester_types). Guards: the arresting party named as the verb's subject keeps the deed; a party that asks
outside such a phrase is untouched. Sentences written for this test."""
from __future__ import annotations

import marsad


def _arrests(text: str) -> list[tuple[str | None, str | None]]:
    art = marsad.analyze(text).to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return [(names.get(e["actor1"]), names.get(e["actor2"])) for e in art["events"] if e["type"] == "ARREST"]


def test_requester_of_a_passive_arrest_is_no_arrester() -> None:
    got = _arrests("اعتقل المدون السوري في مطار فرانكفورت صباح الجمعة بطلب من السلطات التركية.")
    assert got
    assert all(a1 != "Turkey" for a1, _a2 in got)


def test_requester_after_binaa_ala_talab_is_no_arrester() -> None:
    got = _arrests("وتم توقيف الصحفي المعارض لدى وصوله إلى مطار بيروت بناء على طلب من السلطات السعودية.")
    assert got
    assert all(a1 != "Saudi Arabia" for a1, _a2 in got)


def test_requester_of_an_active_arrest_is_no_detainee() -> None:
    got = _arrests("واعتقلت الشرطة الإسبانية الكاتب في برشلونة بناء على طلب من الحكومة التركية.")
    assert got
    assert got[0][0] == "Spanish police"
    assert all(a2 != "Turkey" for _a1, a2 in got)


def test_arrester_named_as_subject_keeps_the_deed() -> None:
    # guard: the Turkish authorities arrest; the request comes from a prosecutor no party names
    got = _arrests("اعتقلت السلطات التركية الصحفي في إسطنبول بطلب من المدعي العام.")
    assert got
    assert got[0][0] == "Turkey"
