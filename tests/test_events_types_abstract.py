"""The events stage on a verb or noun of attack whose object is an idea, a feeling or a measure (event_cues
abstract_objects): «تستهدف إعادة»، «فجّر موجة غضب»، «اغتيال الحقيقة»، «حملة ضد الفساد»، «تستهدف العقوبات»
tell no armed deed, while the same words with a person, a force or a place after them still do. Hand-written
sentences with hand-given entities."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_record_types

ENTS = [
    ("actor", "army", ["الجيش", "قوات النظام"]),
    ("actor", "isis", ["تنظيم الدولة", "داعش"]),
    ("actor", "us", ["الولايات المتحدة", "واشنطن"]),
    ("place", "raqqa", ["الرقة"]),
    ("place", "mosul", ["الموصل"]),
]


types = partial(event_record_types, entities=ENTS)


@pytest.mark.parametrize("text, absent", [
    pytest.param("وقال الوزير إن الخطة تستهدف إعادة بناء المدارس في الرقة.", "ATTACK", id="aims_at_masdar"),
    pytest.param("وتستهدف العقوبات الجديدة شركات نقل في الموصل.", "ATTACK", id="sanctions_subject"),
    pytest.param("وتستهدف هذه العقوبات مسؤولين كبارا في الحكومة.", "ATTACK", id="sanctions_demonstrative"),
    pytest.param("وفجّر القرار غضبا واسعا بين سكان الرقة.", "ATTACK", id="anger_second_word"),
    pytest.param("وحذر مسؤولون من أن نقص الوقود قد يفجر أزمة في الموصل.", "ATTACK", id="crisis"),
    pytest.param("ووصف صحفيون إغلاق الصحيفة بأنه اغتيال للحقيقة.", "ATTACK", id="truth_under_l"),
    pytest.param("وأطلقت الحكومة حملة تطهير ضد الفساد في الوزارات.", "SEIZE", id="noun_then_preposition"),
    pytest.param("وقال مسؤول إن تحركات واشنطن تستهدف زعزعة الاستقرار في المنطقة.", "ATTACK", id="destabilise"),
])
def test_figure_of_speech(text: str, absent: str) -> None:
    assert absent not in types(text)


@pytest.mark.parametrize("text, present", [
    pytest.param("واستهدفت غارة جوية سوقا شعبية في الرقة.", "ATTACK", id="market_is_a_place"),
    pytest.param("واستهدف الجيش تعزيزات لتنظيم الدولة قرب الموصل.", "ATTACK", id="reinforcements_plural"),
    pytest.param("وقتل ثلاثة جنود في هجوم أثار غضب السكان في الموصل.", "ATTACK", id="anger_out_of_reach"),
    pytest.param("وقصفت قوات النظام، غضبا من الهجوم، مواقع في الرقة.", "ATTACK", id="comma_ends_reach"),
])
def test_deed_kept(text: str, present: str) -> None:
    assert present in types(text)


@pytest.mark.parametrize("text, n", [
    pytest.param("ففي الفترة التي سيطر خلالها تنظيم الدولة على الرقة أغلقت معظم المدارس.", 0, id="period_held"),
    pytest.param("وخلال السنوات التي سيطر فيها داعش على الموصل فر آلاف السكان.", 0, id="years_held"),
    pytest.param("وفي اليوم الذي سيطر فيه الجيش على الرقة خرج السكان إلى الشوارع.", 1, id="day_of_capture"),
    pytest.param("وسيطر تنظيم الدولة على الموصل في حزيران عام 2014.", 1, id="dated_capture_kept"),
])
def test_capture_in_period_clause(text: str, n: int) -> None:
    assert types(text).count("SEIZE") == n
