"""Round 19: events the lexicon missed. A verb or masdar of imposing control with its control noun a few words
on (بسطت القوات سيطرتها على، بسط السيطرة على: triggers.json conditional SEIZE) and full control as a noun
(السيطرة الكاملة على) are a capture; a firing told by its masdar with a definite weapon and a named destination
(إطلاق الصواريخ على السعودية: event_cues fired_weapons) is an attack. Sentences written for these tests."""

from __future__ import annotations

import marsad


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in marsad.analyze(text, published="2018-05-01").events]


def _types(text: str) -> list[str]:
    return [t for t, _ in _triggers(text)]


def test_imposing_control_with_the_subject_between_is_a_capture() -> None:
    assert "SEIZE" in _types("وبسطت قوات الجيش اليمني سيطرتها على مديرية حيس بعد معارك مع الحوثيين.")
    assert "SEIZE" in _types("وأحكمت قوات الحشد الشعبي سيطرتها الكاملة على ناحية القيروان غرب الموصل.")
    assert "SEIZE" in _types("وفرضت وحدات الجيش الليبي سيطرتها على منطقة الهلال النفطي.")


def test_the_masdar_of_imposing_control_is_a_capture() -> None:
    assert "SEIZE" in _types("وتمكنت القوات الحكومية من بسط سيطرتها على مطار المدينة.")


def test_full_control_as_a_noun_is_a_capture() -> None:
    assert "SEIZE" in _types("وأعلن الجيش العراقي السيطرة الكاملة على قضاء تلعفر.")
    assert "SEIZE" in _types("وأعلنت القوات المشتركة السيطرة التامة على جبل الشيخ سالم.")


def test_imposing_something_other_than_control_is_no_event() -> None:
    assert _types("وفرضت الحكومة ضرائب جديدة على الشركات الأجنبية.") == []
    assert _types("وقال الوزير إن بلاده لن تقبل أن يفرض عليها حوار بشروط مسبقة.") == []


def test_control_held_now_is_no_capture() -> None:
    # the present tells a state of control, as تسيطر على does
    assert "SEIZE" not in _types("ويقول السكان إن المسلحين يبسطون سيطرتهم على الأسواق منذ سنوات.")


def test_unmet_imposing_verb_leaves_the_dawn_strike_standing() -> None:
    # فرض with no control noun is no trigger, so it does not turn the dawn word beside a strike into a time
    with_ = _types("وقال المسؤول إن الجماعة تريد فرض حوار بالقوة، في إشارة إلى الصواريخ التي أطلقتها صوب "
                   "المملكة فجر الاثنين.")
    without = _types("وقال المسؤول إن الجماعة تريد حوارا بالقوة، في إشارة إلى الصواريخ التي أطلقتها صوب "
                     "المملكة فجر الاثنين.")
    assert with_ == without


def test_definite_rockets_fired_on_a_named_place_are_an_attack() -> None:
    assert ("ATTACK", "إطلاق") in _triggers("وأدانت الحكومة الأردنية إطلاق الصواريخ من قطاع غزة على مدينة عسقلان.")
    assert ("ATTACK", "إطلاق") in _triggers("وتواصل إطلاق القذائف على أحياء مدينة حلب الغربية.")


def test_rockets_fired_towards_the_kingdom_are_an_attack() -> None:
    assert "ATTACK" in _types("وأطلقت جماعة الحوثي أربعة صواريخ باليستية باتجاه المملكة مساء الأحد.")


def test_definite_rockets_on_places_in_general_are_no_attack() -> None:
    assert _types("وقال المتحدث إن إطلاق الصواريخ على المدن الآهلة بالسكان يعد مخالفا للقانون الدولي.") == []


def test_a_halt_to_firing_the_rockets_is_no_attack() -> None:
    assert "ATTACK" not in _types("وأعلنت الفصائل وقف إطلاق الصواريخ باتجاه إسرائيل.")


def test_statements_frame_no_attack_told_past_a_word_of_time() -> None:
    # the statements came after the accusation of an attack: the attack is told, not threatened
    assert _types("وجاءت تصريحات الوزير عقب اتهام الجيش بشن هجوم بالطائرات على قرية في ريف حماة.") == ["ATTACK"]
    assert _types("وصدرت التصريحات في اليوم الذي قتل فيه ثلاثة جنود بانفجار عبوة ناسفة في كركوك.") == ["ATTACK"]


def test_statements_right_before_the_operation_still_frame_a_threat() -> None:
    assert "THREATEN" in _types("وأثارت تصريحات أنقرة بشن عملية عسكرية جديدة شرق الفرات قلق الأكراد.")


def test_two_unmanned_aircraft_brought_down_are_a_foiled_attack() -> None:
    found = _triggers("وأعلن التحالف إسقاط طائرتين دون طيار أطلقتهما الميليشيا باتجاه مطار جازان.")
    assert ("ATTACK", "طائرتين دون طيار") in found


def test_a_volley_of_the_rockets_on_a_place_is_an_attack() -> None:
    # a part of the definite rockets (وابلا من الصواريخ) is a firing told, not rockets in general
    assert ("ATTACK", "أطلقت") in _triggers("وأطلقت مدفعية الجيش وابلا من الصواريخ على البلدة مساء الجمعة.")
