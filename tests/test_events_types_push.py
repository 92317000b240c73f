"""The events stage on two wordings, hand-written sentences with hand-given entities: a force pushed into an
area with its subject or a time between the verb and its ب-object (دفع الجيش بتعزيزات، دفعت تركيا، الأحد، بقوات;
triggers.json conditional) is a deployment, while دفع with no force after ب (دفع الثمن، دفع بالمفاوضات) is none;
an idea or a scheme as the very object of an attack word (يستهدف الإرهاب، تستهدف المشروع; event_cues
abstract_direct) makes it a figure of speech, while after a preposition (ضربة ضد الإرهاب، هجوم على مشروع مياه)
the strike is still one."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_record_types

ENTS = [
    ("actor", "army", ["الجيش العراقي", "الجيش"]),
    ("actor", "isis", ["تنظيم داعش", "داعش", "التنظيم"]),
    ("actor", "turkey", ["تركيا"]),
    ("place", "kirkuk", ["كركوك"]),
    ("place", "idlib", ["إدلب"]),
]


types = partial(event_record_types, entities=ENTS)


@pytest.mark.parametrize("text", [
    pytest.param("ودفع الجيش بتعزيزات كبيرة إلى ريف إدلب الجنوبي.", id="subject_between"),
    pytest.param("دفعت تركيا، الأحد، بقوات إضافية إلى الحدود قرب إدلب.", id="time_between"),
    pytest.param("وقالت مصادر إن الجيش يدفع بوحدات جديدة نحو إدلب.", id="present"),
])
def test_pushing_forces_is_a_deployment(text: str) -> None:
    assert "DEPLOY" in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("ودفع الأهالي في إدلب ثمنا باهظا للحرب.", id="price"),
    pytest.param("وقال إن القرار دفع بالمفاوضات إلى طريق مسدود.", id="figurative"),
    pytest.param("ربما دفع هذا بالمزيد من الشبان إلى ترك المدينة.", id="more_people"),
])
def test_pushing_no_force_is_no_deployment(text: str) -> None:
    assert "DEPLOY" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقال الوزير إن وجود قوات بلاده قرب كركوك يستهدف الإرهاب وحده.", id="terrorism_object"),
    pytest.param("وقالت الرئيسة إن الحملة تستهدف مشروع الإدارة الذاتية في كركوك.", id="scheme_object"),
])
def test_an_idea_as_object_is_no_strike(text: str) -> None:
    assert "ATTACK" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقال الجيش إنه شن ضربة ضد الإرهاب قرب كركوك فجر الاثنين.", id="strike_labelled_against_terror"),
    pytest.param("وقتل حارسان في هجوم على مشروع مياه قرب كركوك.", id="attack_on_a_project_site"),
])
def test_idea_after_a_preposition_keeps_the_strike(text: str) -> None:
    assert "ATTACK" in types(text)
