"""Round 12 (EV2): the doer of a deed whose relative clause names who did it.

An event noun after a relative verb of standing behind (الجهة التي تقف وراء الهجوم) or after a light verb in a
relative clause (الجهة التي نفذت الهجوم) has as doer the noun the relative hangs on: a named party did it; a
nameless one (الجهة، المسلحين، الأشخاص) means nobody named did it, so neither the name that seeks or tells of
it nor a party borrowed from around is the doer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import event_roles, event_with


@pytest.mark.parametrize(("text", "trigger"), [
    # the sentence's subject only seeks the one behind the deed
    ("وتسعى الشرطة الباكستانية إلى تحديد الجهة التي تقف وراء التفجير في سوق المدينة.", "التفجير"),
    ("وقالت أنقرة إنها تحقق لمعرفة الجهة التي نفذت الهجوم على القاعدة.", "الهجوم"),
    ("ولم تكشف الحكومة الأفغانية هوية الأشخاص الذين يقفون خلف الهجوم على الفندق.", "الهجوم"),
    ("وقال الجيش اللبناني إنه يبحث عن المسلحين الذين شنوا هجوما على حاجز للجيش.", "هجوم"),
])
def test_a_nameless_noun_behind_the_deed_names_no_doer(text: str, trigger: str) -> None:
    assert event_with(text, trigger)[1] is None


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("وأكد المسؤول أن حركة الشباب التي تقف وراء التفجير تسعى إلى زعزعة الحكومة.", "التفجير", "al-shabaab"),
    ("وقال الوزير إن حزب العمال الكردستاني المحظور الذي يقف خلف الهجوم سيلقى ردا قاسيا.", "الهجوم", "pkk"),
])
def test_a_named_party_behind_the_deed_is_its_doer(text: str, trigger: str, doer: str) -> None:
    assert event_with(text, trigger)[1] == doer


def test_a_party_said_to_stand_behind_the_deed_stays_its_doer() -> None:
    # no relative: the subject of تقف is the accused doer, as before this round
    assert event_with("وقالت باريس إن طهران تقف وراء الهجوم على المعارضين.", "الهجوم")[1] == "iran"


# People of a state named by its adjective as the subject of the verb over the event in its own clause
_RUSSIA_TOLD = "قصف التحالف الدولي مواقع للتنظيم بعد اتفاق مع روسيا. "


def test_officials_of_a_state_before_the_deed_in_its_clause_are_its_doer() -> None:
    # not the coalition of the sentence before: the Russian officials deny their own state's deployment
    assert event_with(_RUSSIA_TOLD + "ونفى المسؤولون الروس نشر قوات في المنطقة.", "نشر")[1] == "russia"


@pytest.mark.parametrize("tail", [
    "وقال مسؤولون روس إن الغارات استهدفت مخازن للأسلحة.",  # a report after إن: someone else's deed
    "وقتل جندي روسي في قصف على قاعدة جوية.",  # across a preposition, and the soldier is the one hit
])
def test_officials_or_soldiers_of_a_state_are_no_doer_across_a_report_or_preposition(tail: str) -> None:
    doers = {r[1] for r in event_roles(_RUSSIA_TOLD + tail)}
    assert "russia" not in doers


# The place an attack is against: ضد like على (triggers.json roles place_target)
@pytest.mark.parametrize(("text", "place"), [
    ("وشنت القوات التركية هجوما ضد عفرين في شمال سوريا.", "sy-afrin"),
    ("بدأت القوات العراقية عملية عسكرية ضد تلعفر غرب الموصل.", "iq-tal-afar"),
])
def test_the_place_an_attack_is_against_is_where_it_was(text: str, place: str) -> None:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref for e in art.entities}
    assert [refs.get(ev.place) for ev in art.events if ev.type == "ATTACK"] == [place]
