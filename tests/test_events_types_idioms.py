"""The events stage on idioms that share a trigger's words and tell no deed (ضبط النفس، بأسرها، الأسر as
families, تحت تهديد السلاح، فك الحصار، خطوط إمداداتهم، مواقع تمركز، خط الهدنة), and on a lone light verb
whose object is such a phrase (شن حملة إعلامية، شن هجوما شديد اللهجة): the verb then carries that phrase,
not a default attack; civil procedure that shares a trigger's words (حركة العبور، إغلاق مكتب، تسليم إدارة).
Hand-written sentences with hand-given entities."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_record_types

ENTS = [
    ("actor", "army", ["الجيش", "قوات النظام", "القوات الحكومية"]),
    ("actor", "isis", ["التنظيم", "داعش"]),
    ("actor", "turkey_army", ["الجيش التركي", "القوات التركية"]),
    ("person", "minister", ["وزير الداخلية"]),
    ("place", "raqqa", ["الرقة"]),
    ("place", "tal", ["تل أبيض"]),
    ("place", "idlib", ["إدلب"]),
]


types = partial(event_record_types, entities=ENTS)


@pytest.mark.parametrize("text, absent", [
    pytest.param("ودعا المبعوث الأممي جميع الأطراف في إدلب إلى ضبط النفس.", "SEIZE", id="self_restraint"),
    pytest.param("وحذر الوزير من أن الأزمة قد تمتد إلى المنطقة بأسرها.", "ARREST", id="entire_region"),
    pytest.param("ووزعت الجمعية سلالا غذائية على الأسر النازحة في الرقة.", "ARREST", id="families"),
    pytest.param("وأجبر مسلحون الأهالي على مغادرة منازلهم في تل أبيض تحت تهديد السلاح.", "THREATEN",
                 id="at_gunpoint"),
    pytest.param("وتسعى القوات الحكومية إلى فك الحصار عن الأحياء الشرقية في الرقة.", "DEPLOY", id="siege_broken"),
    pytest.param("ويعاني مقاتلو التنظيم من قطع خطوط إمداداتهم قرب الرقة.", "SUPPLY", id="their_supply_lines"),
    pytest.param("وتحتفظ القوات التركية بنقاط تمركز قرب تل أبيض منذ العام الماضي.", "DEPLOY", id="posts_held"),
    pytest.param("وبقي خط الهدنة هادئا طوال عقود.", "COORDINATE", id="truce_line"),
])
def test_idiom_tells_no_deed(text: str, absent: str) -> None:
    assert absent not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وشن وزير الداخلية حملة إعلامية على الصحف المعارضة.", id="media_campaign"),
    pytest.param("وشن وزير الداخلية هجوما شديد اللهجة على البرلمان.", id="harsh_words"),
    pytest.param("وشن وزير الداخلية حملة تضليل واسعة ضد خصومه.", id="disinformation"),
])
def test_light_verb_with_no_deed_object(text: str) -> None:
    assert "ATTACK" not in types(text)


@pytest.mark.parametrize("text, present", [
    pytest.param("وأسر التنظيم عشرين جنديا قرب الرقة.", "ARREST", id="captured_verb"),
    pytest.param("وشن الجيش التركي غارات على قرى قرب تل أبيض.", "ATTACK", id="light_with_strikes"),
    pytest.param("وشن الجيش فجر اليوم على مواقع التنظيم قرب الرقة.", "ATTACK", id="light_alone"),
    pytest.param("وحاصرت القوات الحكومية مقاتلي التنظيم في أحياء الرقة.", "DEPLOY", id="siege_laid"),
    pytest.param("وقصفت المدفعية التركية مواقع تمركز المقاتلين قرب تل أبيض.", "ATTACK", id="posts_shelled"),
])
def test_deed_still_told(text: str, present: str) -> None:
    assert present in types(text)


@pytest.mark.parametrize("text, absent", [
    pytest.param("وقال مدير المعبر إن حركة العبور بين البلدين كانت طبيعية أمس.", "SMUGGLE", id="crossing_traffic"),
    pytest.param("وأعلنت الحكومة إغلاق مكتب المنظمة في العاصمة.", "DEPLOY", id="office_closed"),
    pytest.param("وأبدى زعيم التنظيم استعداده لتسليم إدارة الميناء إلى الأمم المتحدة.", "TRANSFER",
                 id="handing_over_running"),
])
def test_civil_procedure_is_no_deed(text: str, absent: str) -> None:
    assert absent not in types(text)


@pytest.mark.parametrize("text, present", [
    pytest.param("وأغلقت القوات التركية جميع المعابر مع إدلب.", "DEPLOY", id="crossings_closed"),
    pytest.param("وضبطت الشرطة مهربين حاولوا عبور الحدود إلى تل أبيض.", "SMUGGLE", id="border_crossed"),
])
def test_closing_and_crossing_still_told(text: str, present: str) -> None:
    assert present in types(text)
