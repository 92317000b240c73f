"""Round 21 (DG4): the masdar of taking control with an object pronoun (السيطرة عليه، عليها) in a relative
clause on a place, with a past verb of managing or announcing, is a seizure of that place; an aim, an ability,
a present control or a thing brought under control is none."""
from __future__ import annotations

import marsad


def _seizes(text: str) -> list[tuple[str | None, str]]:
    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(refs.get(ev.place), ev.trigger.text) for ev in art.events if ev.type == "SEIZE"]


def test_quarter_the_group_managed_to_take() -> None:
    got = _seizes("وقصفت الطائرات أمس حي القدم الذي تمكن التنظيم من السيطرة عليه قبل أسابيع.")
    assert got == [("nb-damascus-qadam", "السيطرة عليه")]


def test_city_the_army_announced_it_took() -> None:
    got = _seizes("وتحاصر الفصائل مدينة الرقة التي أعلن الجيش السيطرة عليها الأسبوع الماضي.")
    assert [p for p, _ in got] == ["sy-raqqa"]


def test_hard_to_control_is_no_seizure() -> None:
    assert _seizes("وتقع مدينة الرقة التي يصعب السيطرة عليها على ضفة النهر.") == []


def test_fire_brought_under_control_is_no_seizure() -> None:
    assert _seizes("واندلع حريق في المصنع الذي تمت السيطرة عليه بعد ساعات.") == []


def test_present_control_and_areas_of_control_stay_states() -> None:
    assert _seizes("وتقدمت القوات نحو المناطق التي يسيطر عليها التنظيم.") == []
    assert _seizes("وقصف الجيش البلدات الخاضعة لسيطرة المعارضة في مناطق سيطرة الفصائل.") == []


def test_bare_pronoun_masdar_without_relative_is_none() -> None:
    assert _seizes("وقال القائد إن الجيش يحاول السيطرة عليها منذ أيام.") == []


def test_place_that_bounds_the_antecedent_is_not_seized() -> None:
    # the relative is on the road, not on the town it runs to
    got = _seizes("وتقدمت القوات نحو الطريق الواصل بين حلب ودمشق، والذي أعلن الجيش السيطرة عليه لاحقا.")
    assert got == []
