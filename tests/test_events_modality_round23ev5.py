"""Round 23 (EV5): a seizure masdar that a battle noun governs (معركة السيطرة على، معارك تحرير) or that a verb
of asking or ordering governs (طلب من الجيش بسط السيطرة) is fought for or asked for, not a capture done: it is
not asserted, and a source's later telling of the capture is not folded into it. Sentences written for this
test."""

from __future__ import annotations

import marsad


def _seizures(text: str) -> list[tuple[str, str]]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [(art["text"][e["start"]:e["end"]], e["modality"]) for e in art["events"] if e["type"] == "SEIZE"]


def test_battle_for_control_is_no_capture_and_the_capture_stays() -> None:
    text = ("احتدمت معركة السيطرة على بلدة المليحة بين الفصائل المسلحة والقوات الحكومية. "
            "وقال مصدر عسكري إن الفصائل المسلحة سيطرت على بلدة المليحة بالكامل.")
    found = _seizures(text)
    assert not any("معركة" in ev and mod == "asserted" for ev, mod in found)
    assert any("سيطرت" in ev for ev, _ in found)


def test_battle_of_liberation_is_not_asserted() -> None:
    found = _seizures("تستعد القوات الحكومية لخوض معارك تحرير مدينة الميادين من عناصر التنظيم.")
    assert all(mod != "asserted" for _, mod in found)


def test_request_to_take_control_is_no_capture() -> None:
    text = ("طلب رئيس الحكومة من الجيش بسط السيطرة على مدينة القائم. "
            "ونقلت وكالة الأنباء عن ضابط أن الجيش سيطر على مدينة القائم.")
    found = _seizures(text)
    assert not any("طلب" in ev and mod == "asserted" for ev, mod in found)
    assert any("سيطر على مدينة القائم" in ev for ev, _ in found)


def test_capture_done_after_a_battle_stays_asserted() -> None:
    # guard: a capture told as done, the battle named after it, is a seizure
    found = _seizures("بسط الجيش سيطرته على مدينة القائم بعد معارك عنيفة مع مسلحي التنظيم.")
    assert found and found[0][1] == "asserted"
