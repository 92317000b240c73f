"""Round 16 (second follow-up): a meeting's venue is no place of a deed told after it in its sentence, and a
light verb that takes no ب-noun (عقد، شن) does not carry one (its venue would ride along)."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple[str, str | None]]:
    import marsad

    rec = marsad.analyze(text, published="2019-06-01").to_dict()
    ents = {e["id"]: e for e in rec["entities"]}
    return [(ev["type"], ents[ev["place"]].get("ref") if ev.get("place") in ents else None) for ev in rec["events"]]


@pytest.mark.parametrize(("text", "venue"), [
    # a light verb of the meeting with the accused deed under ب after it
    ("اتهم الرئيس خلال لقاء عقده في طهران المعارضة المسلحة بقصف الأحياء السكنية.", "ir-tehran"),
    ("اتهم الوزير خلال مؤتمر صحفي عقده في أنقرة القوات الكردية بقصف القرى الحدودية.", "tr-ankara"),
    ("اتهمت الوزيرة في ندوة عقدتها في باريس القوات التركية باستهداف القرى الكردية.", "fr-paris"),
    # a meeting and then a deed that names no place of its own
    ("اجتمع القادة العسكريون في أنقرة ثم اقتحمت القوات القرى الحدودية.", "tr-ankara"),
    ("عقد الوفدان اجتماعا في عمان، وقصفت الطائرات المدنيين.", "jo-amman"),
])
def test_meeting_venue_is_no_deed_place(text: str, venue: str) -> None:
    evs = _events(text)
    deeds = [place for typ, place in evs if typ == "ATTACK"]
    assert deeds, evs
    assert venue not in deeds


def test_meeting_keeps_its_venue() -> None:
    evs = _events("اجتمع القادة العسكريون في أنقرة ثم اقتحمت القوات القرى الحدودية.")
    assert ("COORDINATE", "tr-ankara") in evs


@pytest.mark.parametrize(("text", "place"), [
    # light verbs that do take their noun under ب still carry it
    ("قامت الطائرات الحربية بقصف بلدة كفرنبل.", "sy-kafranbel"),
    ("بدأت القوات التركية بقصف مواقع الوحدات الكردية في منبج.", "sy-manbij"),
])
def test_b_light_verbs_still_carry(text: str, place: str) -> None:
    assert ("ATTACK", place) in _events(text)

