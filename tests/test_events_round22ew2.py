"""Round 22 EW2: a meeting that is only where a statement was made (قال الوزير في اجتماع في العاصمة إن) is no
COORDINATE event; a meeting told as news, or one inside what is reported, stays. Sentences written for this
test; each article opens with an air strike so that it reads as conflict news (the civil-article rule is not
what is tested)."""

from __future__ import annotations

import marsad

_STRIKE = "قصفت طائرات حربية مواقع لمسلحي التنظيم في ريف المدينة الجنوبي. "


def _types(text: str) -> list[str]:
    art = marsad.analyze(_STRIKE + text, published="2018-03-01").to_dict()
    return [e["type"] for e in art["events"]]


def test_statement_made_at_a_meeting_is_no_meeting_event() -> None:
    assert "COORDINATE" not in _types("وقال رئيس الوزراء العراقي في اجتماع في بغداد إن العمليات ستتواصل.")


def test_statement_made_during_a_meeting_with_officers() -> None:
    assert "COORDINATE" not in _types("وذكر وزير الدفاع خلال اجتماع مع كبار الضباط أن الجيش مستعد لكل الاحتمالات.")


def test_meeting_held_is_still_a_meeting() -> None:
    # guard: no verb of saying before the meeting; the meeting itself is the news
    assert "COORDINATE" in _types("وعقد وزير الدفاع التركي اجتماعا مع نظيره الروسي في موسكو لبحث الهدنة.")


def test_meeting_inside_what_is_reported_stays() -> None:
    # guard: the complementizer stands before the meeting, which is part of the reported content
    assert "COORDINATE" in _types("وقال المتحدث إن وزيري الخارجية اتفقا في اجتماع في جنيف على تبادل الأسرى.")


def _events(text: str) -> list[tuple[str, str]]:
    art = marsad.analyze(_STRIKE + text, published="2018-03-01").to_dict()
    return [(e["type"], e["trigger"]["text"]) for e in art["events"]]


def test_flight_verb_with_object_pronoun_is_smuggling() -> None:
    # هربتها: هرّب with its object, unvowelled: weapons smuggled, no one fled
    events = _events("وأعلن الجيش أنه صادر صواريخ هربتها جماعة مسلحة إلى داخل البلاد عبر البحر.")
    assert ("DEFECT", "هربتها") not in events
    assert ("SMUGGLE", "هربتها") in events


def test_plural_smugglers_with_object_pronoun() -> None:
    events = _events("وضبطت الشرطة ذخائر قال المحققون إن المهربين هربوها من الحدود الشمالية.")
    assert ("DEFECT", "هربوها") not in events


def test_fighters_fleeing_still_defect() -> None:
    # guard: the plain past with its subject ending (هربوا) is a flight
    assert "DEFECT" in [t for t, _w in _events("وهرب عناصر الفصيل من مواقعهم نحو الجبال بعد المعارك.")]


def test_meeting_with_a_counterpart_stays_news() -> None:
    # guard: the meeting held with a counterpart is told, though a statement made at it follows
    assert "COORDINATE" in _types(
        "وقال وزير الدفاع التركي خلال لقاء عقده مع نظيره الروسي في موسكو إن قوات بلاده ستواصل عملياتها ضد التنظيم.")


def test_residents_fleeing_a_force_as_near_after_them() -> None:
    # the residents (subject, before the verb) and the forces (after بعد تقدم) stand as near: the residents flee
    assert "DEFECT" not in _types("وأفاد ناشطون بأن سكان القرى الشرقية يفرون بعد تقدم القوات نحو أطرافها.")


def test_members_as_near_before_the_flight_still_defect() -> None:
    # guard: the fighters stand before the verb and civilians after it as near: the fighters are the ones fleeing
    assert "DEFECT" in _types("وقال المرصد إن عناصر التنظيم فروا بين السكان في الأحياء الشرقية.")
