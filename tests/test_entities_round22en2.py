"""Entities, round 22 (EN2): a bare «المعارضة» that refers back to no group named before is the Syrian
opposition in an article about Syria (anaphora 1.34.0 theatre_defaults), even where another state (Russia, the
negotiator) is named around it; a group with that word named before keeps it, and so do other theatres and an
adjective after the word. The sentences are written for these tests."""

from __future__ import annotations

import marsad


def _refs_at(text: str, surface: str, occurrence: int = 0) -> set[str | None]:
    """Refs of the actor entities with a mention starting at the `occurrence`-th `surface`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    art = marsad.analyze(text, published="2018-04-01")
    return {e.ref for e in art.entities for m in e.mentions if m.start == start and e.type == "actor"}


SYRIA = ("قصفت قوات النظام أحياء في مدينة حرستا وبلدة عربين بريف دمشق، وقال ناشطون في دمشق إن القصف طال "
         "سوق المدينة. وتجري روسيا مفاوضات لإخراج المعارضة من الأحياء المحاصرة، ويقول الوفد الروسي إن "
         "المحادثات تقدمت.")


def test_bare_opposition_in_syria_is_the_syrian_opposition() -> None:
    assert _refs_at(SYRIA, "المعارضة") == {"syr-opposition"}


def test_opposition_after_a_named_faction_group_refers_back_to_it() -> None:
    text = ("سيطرت فصائل المعارضة على قرى جديدة قرب مدينة درعا وبلدة نوى في سوريا. وقال قائد ميداني إن "
            "المعارضة ستواصل التقدم نحو بلدة طفس.")
    assert _refs_at(text, "المعارضة", 1) == {"syr-opposition-factions"}


def test_bare_opposition_in_another_theatre_stays_unresolved() -> None:
    text = ("شهدت مدينة إسطنبول وأنقرة وإزمير في تركيا احتجاجات واسعة. وقالت المعارضة إن الانتخابات "
            "المقبلة لن تكون نزيهة.")
    assert "syr-opposition" not in _refs_at(text, "المعارضة")


def test_opposition_of_another_state_by_its_adjective_is_not_syrian() -> None:
    text = ("قصفت قوات النظام مدينة حرستا وبلدة عربين بريف دمشق في سوريا. وفي أنقرة انتقدت المعارضة "
            "التركية سياسة الحكومة تجاه اللاجئين.")
    assert "syr-opposition" not in _refs_at(text, "المعارضة")


def test_opposition_group_named_later_leaves_no_second_body() -> None:
    # the article names its own opposition group after the bare word: no separate Syrian opposition entity
    text = ("قصفت قوات النظام مدينة حرستا وبلدة عربين بريف دمشق في سوريا، وتعهد الأسد بسحق المعارضة. "
            "وتقول المعارضة المسلحة إنها صدت الهجوم قرب بلدة دوما.")
    art = marsad.analyze(text, published="2018-04-01")
    assert "syr-opposition" not in {e.ref for e in art.entities}
