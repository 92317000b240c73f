"""A group's name that is also a family name ends a person's name after given names (stage names), and a
body's short name in brackets after the body is no person (stage ner). Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def _persons(text: str) -> list[str]:
    return [e.name_ar for e in marsad.analyze(text, published="2019-05-01").entities if e.type == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال صالح محمد الحوثي إن المفاوضات متوقفة منذ أسابيع.", "صالح محمد الحوثي"),
    ("وأكد يحيى الحوثي في كلمة متلفزة أن الوزارة ستغير المناهج.", "يحيى الحوثي"),
    ("وذكر المصدر أن حسين بدر الدين الحوثي أسس الحركة في التسعينيات.", "حسين بدر الدين الحوثي"),
])
def test_group_family_name_after_given_names_is_the_persons(text: str, name: str) -> None:
    assert name in _persons(text)


def test_bare_group_family_name_stays_the_group() -> None:
    a = marsad.analyze("وقصفت طائرات التحالف مخازن أسلحة الحوثي في محافظة صعدة.", published="2019-05-01")
    assert not [e for e in a.entities if e.type == "person"]
    assert any(e.type == "actor" and "الحوثي" in e.name_ar for e in a.entities)


@pytest.mark.parametrize("text", [
    "وقال جهاز الأمن العام (شين بيت) إن الموقوف خطط لتنفيذ هجوم.",
    "وأعلن جهاز الأمن الداخلي الإسرائيلي (شين بيت)، صباح الأحد، توقيف شابين.",
])
def test_body_short_name_in_brackets_is_no_person(text: str) -> None:
    assert "شين بيت" not in _persons(text)


def test_person_in_quotes_after_a_role_and_a_body_stays() -> None:
    text = 'وقال الرئيس السابق لجهاز المخابرات في فرنسا "برنار سكارسيني" إن التحقيق طال.'
    assert "برنار سكارسيني" in _persons(text)


@pytest.mark.parametrize(("text", "outlet"), [
    ("وتقول مجلة فوربس إن ثروة الرجل تضاعفت في عام واحد.", "مجلة فوربس"),
    ("وقال تلفزيون أساهي إن مذيعة ثانية اشتكت من المعاملة.", "تلفزيون أساهي"),
    ("وقال المتحدث باسم إقليم نانجارهار إن القصف استمر ليلا.", "إقليم نانجارهار"),
])
def test_outlet_or_place_noun_starts_no_person(text: str, outlet: str) -> None:
    assert not any(p.startswith(outlet.split()[0]) for p in _persons(text))
