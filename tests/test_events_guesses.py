"""The events stage on roles the article leaves to be guessed, hand-written sentences with hand-given entities:
a verb whose subject is a definite noun that names no party (القذيفة، المهاجمون) borrows no doer from the
sentences before, while a force noun (الطائرات، الجيش) or an event noun still points back; and a fight whose
clause names no target is fought against the doer's opponent in the rest of the article, unless it names
civilians or unnamed gunmen, or is dated in another year; a target told only by a plural pronoun (تقاتلهم،
ضدهم، هزيمتهم) is the armed group named last before it; an international body meets but does no deed."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.stages import events
from tests.conftest import doc_with_entities, event_records

ENTS = [
    ("actor", "isis", ["داعش", "التنظيم"]),
    ("actor", "sdf", ["قسد"]),
    ("actor", "regime", ["قوات النظام"]),
    ("place", "zuhur", ["قرية الزهور"]),
    ("place", "raqqa", ["الرقة"]),
    ("place", "homs-countryside", ["ريف حمص"]),
]

#: two attacks of the same doer on the same target, told with both names: they make the two sides opponents
FOUGHT = "شن التنظيم هجوما على قسد في الرقة. وهاجم التنظيم قسد في قرية الزهور. "


def doers(text: str) -> dict[str, str | None]:
    return {e["trigger"]: e["actor1"] for e in event_records(text, ENTS)}


@pytest.mark.parametrize("text", [
    pytest.param("قصفت قوات النظام مواقع في الرقة. وقال ناشطون إن القذيفة استهدفت سوقا في قرية الزهور.",
                 id="a_shell"),
    pytest.param("قصفت قوات النظام مواقع في الرقة. وأفادت تقارير أن المهاجمين أطلقوا النار على حاجز في قرية الزهور.",
                 id="the_attackers"),
    pytest.param("قصفت قوات النظام مواقع في الرقة. الصواريخ المجهولة استهدفت سوقا في قرية الزهور.",
                 id="at_the_opening_of_the_sentence"),
])
def test_a_nameless_subject_borrows_no_doer(text: str) -> None:
    evs = event_records(text, ENTS)
    assert evs[0]["actor1"] == "regime", evs
    assert evs[-1]["place"] == "zuhur" and evs[-1]["actor1"] is None, evs


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("قصفت قوات النظام مواقع في الرقة. وقال ناشطون إن الطائرات استهدفت سوقا في قرية الزهور.",
                 "استهدفت", id="a_force_noun"),
    pytest.param("قصفت قوات النظام مواقع في الرقة. وقال ناشطون إن الجيش استهدف سوقا في قرية الزهور.",
                 "استهدف", id="the_army"),
    pytest.param("قصفت قوات النظام مواقع في الرقة. وفي المساء أطلقت النار على قرية الزهور.",
                 "أطلقت النار", id="a_noun_under_a_preposition_is_no_subject"),
])
def test_a_subject_pointing_back_keeps_the_doer(text: str, trigger: str) -> None:
    assert doers(text)[trigger] == "regime"


def test_a_fight_naming_no_target_is_against_the_doers_opponent() -> None:
    evs = event_records(FOUGHT + "واشتبك التنظيم في ريف حمص.", ENTS)
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("isis", "sdf")] * 3, evs


@pytest.mark.parametrize("last", [
    pytest.param("وقصف التنظيم منازل المدنيين في ريف حمص.", id="civilians"),
    pytest.param("وشن التنظيم هجوما على مخيم للنازحين في ريف حمص.", id="civilians_under_a_preposition"),
    pytest.param("واشتبك التنظيم مع مسلحين في ريف حمص.", id="unnamed_gunmen"),
])
def test_a_fight_with_another_counterpart_takes_no_opponent(last: str) -> None:
    evs = event_records(FOUGHT + last, ENTS)
    assert evs[-1]["place"] == "homs-countryside" and evs[-1]["actor2"] is None, evs


def test_one_telling_makes_no_opponents() -> None:
    evs = event_records("شن التنظيم هجوما على قسد في الرقة. واشتبك التنظيم في ريف حمص.", ENTS)
    assert evs[-1]["place"] == "homs-countryside" and evs[-1]["actor2"] is None, evs


def test_a_fight_in_another_year_takes_no_opponent() -> None:
    doc = doc_with_entities(FOUGHT + "وكان التنظيم قد سيطر على ريف حمص عام 2014.", ENTS)
    doc.published = date(2018, 5, 1)
    events.run(doc)
    seize = [e for e in doc.events if e.type == "SEIZE"]
    assert seize and seize[0].actor2 is None, doc.events


def test_an_international_body_meets_but_strikes_no_one() -> None:
    ents = [*ENTS, ("actor", "unsc", ["مجلس الأمن الدولي"])]
    evs = event_records("اجتمع مجلس الأمن الدولي لبحث الوضع في الرقة. وقصفت الطائرات قرية الزهور.", ents)
    assert [(e["type"], e["actor1"]) for e in evs] == [("COORDINATE", "unsc"), ("ATTACK", None)], evs


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    pytest.param("سيطر التنظيم على قرى في الرقة، حيث تقاتلهم قوات النظام.", "تقاتلهم", "regime", id="on_the_verb"),
    pytest.param("انسحب التنظيم من الرقة بعد هزيمتهم على يد قسد.", "هزيمتهم", "sdf", id="on_a_masdar"),
    pytest.param("شن التنظيم هجوما على قرية الزهور. وشنت قوات النظام غارات ضدهم في ريف حمص.", "غارات", "regime",
                 id="after_a_target_preposition_in_the_next_sentence"),
])
def test_them_as_the_target_is_the_group_named_before(text: str, trigger: str, doer: str) -> None:
    evs = {e["trigger"]: e for e in event_records(text, ENTS)}
    assert (evs[trigger]["actor1"], evs[trigger]["actor2"]) == (doer, "isis"), evs


def test_them_is_not_a_group_with_civilians_named_nearer() -> None:
    evs = event_records("سيطر التنظيم على الرقة وهجّر السكان، ثم قصفتهم قوات النظام.", ENTS)
    assert [(e["trigger"], e["actor2"]) for e in evs if e["actor1"] == "regime"] == [("قصفتهم", None)], evs
