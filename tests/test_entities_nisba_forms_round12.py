"""Round 12 (EV2): a state's nisba in the dual or plural after a person noun of armed men names that state."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import entities


def _actors(text: str) -> set[str]:
    """The pack ids of the actor entities the whole pipeline finds in `text`."""
    return {e.ref for e in marsad.analyze(text, published="2019-05-01").entities if e.type == "actor" and e.ref}


@pytest.mark.parametrize(("text", "state"), [
    ("قتل جندي روسي في هجوم على قاعدة في حماة.", "russia"),
    ("أصيب جنديان روسيان بانفجار لغم في ريف حلب.", "russia"),
    ("وصل جنود روس إلى مطار القامشلي.", "russia"),
    ("أصيب ضابطان تركيان بقصف على نقطة مراقبة.", "turkey"),
    ("وصل مستشارون روسيون إلى القاعدة الجوية.", "russia"),
    ("تسلل قناصة أتراك إلى التلة.", "turkey"),
    ("وقتل طياران إيرانيان في تحطم الطائرة.", "iran"),
    ("وصل عسكريون فرنسيون إلى القاعدة.", "france"),
])
def test_armed_person_noun_with_state_nisba(text: str, state: str) -> None:
    assert state in _actors(text)


@pytest.mark.parametrize("text", [
    "قتل مواطن روسي في انفجار بالعاصمة.",
    "اعتقلت الشرطة سياحا روسيين في المطار.",
    "وقتل ثلاثة رجال أعمال أتراك في الانفجار.",
    "التقى وفد من الطلاب الروسيين بالوزير.",
])
def test_civilian_noun_with_state_nisba_is_no_party(text: str) -> None:
    assert not {"russia", "turkey"} & _actors(text)


def test_derived_forms_follow_the_singular_nisba() -> None:
    forms = entities._derived_nisbas()
    assert forms["روسيان"] == "russia" and forms["الروسيين"] == "russia" and forms["روسيون"] == "russia"
    assert forms["تركيتان"] == "turkey"
    # a state listed definite-only (the indefinite is a family name or a common word) gets no indefinite form
    assert "مغربيين" not in forms and forms.get("المغربيين") == "morocco"
    # a form the pack lists stays the pack's
    assert "الإيرانيين" not in forms


def test_gunmen_of_a_nationality_are_not_the_state() -> None:
    # مسلحون of a nationality are most often jihadists or gunmen from that country, not its forces
    assert "germany" not in _actors("انضم مسلحون ألمانيون إلى التنظيم.")


def test_fighters_of_a_nationality_by_a_derived_nisba_are_volunteers_not_the_state() -> None:
    # مقاتلين بريطانيين in a group's ranks are British volunteers; only the pack's listed nisbas count after a fighter
    assert "uk" not in _actors("قاتل مقاتلين بريطانيين في صفوف التنظيم.")
