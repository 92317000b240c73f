"""The events stage on claims of responsibility, an attack replied to and the capital as a place head,
hand-written sentences with hand-given entities: a party that adopts or claims responsibility for an attack
told in the sentences before (تبنت الحركة التفجير، أعلن التنظيم مسؤوليته عن الهجوم) is that attack's doer
and its definite noun no new attack; an attack a reply word points to (ردا على هجوم) is not folded into the
strikes that replied to it; a city named after العاصمة is where the event was, unless a word of nearness
makes the capital a landmark (شمالي العاصمة); a subject after the verb, its object and a time told between commas
(وتحاصر البلدة، منذ نهاية العام، قوات ...) is the doer."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["تنظيم الدولة", "التنظيم"]),
    ("actor", "shabab", ["حركة الشباب", "الحركة"]),
    ("actor", "army", ["الجيش"]),
    ("actor", "usa", ["الولايات المتحدة"]),
    ("actor", "regime", ["قوات النظام"]),
    ("place", "kirkuk", ["كركوك"]),
    ("place", "mogadishu", ["مقديشو"]),
    ("place", "baghdad", ["بغداد"]),
    ("place", "basra", ["البصرة"]),
    ("place", "homs", ["حمص"]),
    ("place", "idlib", ["إدلب"]),
]


@pytest.mark.parametrize("text,doer", [
    pytest.param("قتل سبعة من عناصر الشرطة بتفجير عبوة ناسفة على طريق قرب كركوك. "
                 "وأعلن تنظيم الدولة في وقت لاحق مسؤوليته عن التفجير.", "isis", id="announced_responsibility"),
    pytest.param("انفجرت سيارة مفخخة أمام فندق في مقديشو صباح الأحد. وتبنت حركة الشباب الهجوم في بيان على موقعها.",
                 "shabab", id="adopted"),
    pytest.param("استهدف مسلحون دورية للجيش بالقرب من كركوك. وقال مصدر أمني إن ثلاثة جنود أصيبوا. "
                 "وأعلن التنظيم مسؤوليته عن العملية.", "isis", id="two_sentences_back"),
])
def test_claim_names_the_doer_of_the_attack_told(text: str, doer: str) -> None:
    attacks = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert len(attacks) == 1
    assert attacks[0]["actor1"] == doer


def test_claim_does_not_override_a_named_doer() -> None:
    text = "قصف الجيش مواقع في محيط كركوك أمس. وأعلن تنظيم الدولة مسؤوليته عن الهجوم على حاجز قريب."
    assert "army" in {e["actor1"] for e in event_records(text, ENTS) if e["type"] == "ATTACK"}


def test_claimed_attack_described_after_its_noun_is_told_there() -> None:
    # الهجوم الذي استهدف ...: the attack is told in this sentence, not pointed back to
    text = "انفجرت سيارة مفخخة قرب سوق في بغداد. وتبنى التنظيم الهجوم الذي استهدف حافلة في البصرة."
    recs = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert recs[0]["actor1"] != "isis"


def test_attack_replied_to_is_not_the_reply() -> None:
    # the strikes hit Homs; the attack replied to was in Idlib, and its place must not replace theirs
    text = "شنت الولايات المتحدة غارات على مواقع في حمص ردا على هجوم نفذته قوات النظام في إدلب."
    recs = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    strikes = [e for e in recs if e["actor1"] == "usa"]
    assert strikes and strikes[0]["place"] == "homs"
    assert all(e["actor1"] != "usa" or e["place"] != "idlib" for e in recs)



def test_city_after_the_capital_is_the_place() -> None:
    # the teller speaks from Basra; the blast was in the capital
    text = "وقال مسؤول محلي في البصرة إن انفجارا وقع صباح اليوم في العاصمة بغداد."
    assert [e["place"] for e in event_records(text, ENTS) if e["type"] == "ATTACK"] == ["baghdad"]


def test_capital_after_a_word_of_nearness_is_a_landmark() -> None:
    # the province north of the capital is where the car bomb went off
    ents = [*ENTS, ("place", "salahuddin", ["محافظة صلاح الدين"])]
    text = "انفجرت سيارة مفخخة، صباح الخميس، في محافظة صلاح الدين شمالي العاصمة بغداد."
    assert [e["place"] for e in event_records(text, ents) if e["type"] == "ATTACK"] == ["salahuddin"]


@pytest.mark.parametrize("text", [
    "شنت الولايات المتحدة ضربة صاروخية على حمص، ردا على هجوم إدلب الذي أسفر عن مقتل عشرين شخصا قبل أيام.",
    "ويبدو الجيش مترددا في توجيه ضربة لحمص، ردا على الهجوم الذي شهدته إدلب.",
])
def test_the_attack_replied_to_stands_apart_with_no_borrowed_doer(text: str) -> None:
    recs = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert [e["place"] for e in recs] == ["homs", "idlib"]
    assert recs[1]["actor1"] is None  # the one replying did not do what it replied to


def test_subject_after_the_object_and_a_time_aside() -> None:
    # the whole pipeline: the aside's time comes from the times stage
    import marsad

    text = ("قصف تنظيم الدولة مواقع في ريف دير الزور أمس. "
            "وتحاصر بلدة الباغوز، منذ نهاية أيلول الماضي، قوات سوريا الديمقراطية.")
    art = marsad.analyze(text, published="2018-10-01")
    names = {e.id: e.ref for e in art.entities}
    sieges = [ev for ev in art.events if ev.type == "DEPLOY"]
    assert sieges and names.get(sieges[0].actor1) == "sdf", [names.get(ev.actor1) for ev in sieges]


def test_no_fronted_object_when_a_subject_follows_the_verb() -> None:
    # what follows the verb here is its subject (sources), and the person after the aside its object
    import marsad

    art = marsad.analyze("حذرت مصادر عسكرية تركية، اليوم الخميس، الرئيس السوري بشار الأسد من الهجوم على إدلب.",
                         published="2018-10-01")
    names = {e.id: e.name for e in art.entities}
    assert all("Assad" not in (names.get(ev.actor1) or "") for ev in art.events)


def test_a_party_describing_the_claimer_is_not_it() -> None:
    text = ("استهدف مسلحون دورية قرب كركوك. "
            "وأعلنت جماعة مجهولة، وهي جماعة معادية للجيش، مسؤوليتها عن الهجوم.")
    assert "army" not in {e["actor1"] for e in event_records(text, ENTS) if e["type"] == "ATTACK"}
