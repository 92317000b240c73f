"""The events stage on place and target, hand-written sentences with hand-given entities: verbs of continuing
after لا/لم (not a negation), places under plural and dual heads (قرى، بلدات، أحياء), strongholds and pockets
as held targets, and triggers that end in a target preposition (عمليات ضد)."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["داعش", "تنظيم داعش"]),
    ("actor", "sdf", ["قسد", "قوات سوريا الديمقراطية"]),
    ("actor", "regime", ["قوات النظام"]),
    ("actor", "hts", ["هيئة تحرير الشام"]),
    ("place", "kafr-nabuda", ["كفرنبودة"]),
    ("place", "habit", ["الهبيط"]),
    ("place", "idlib-countryside", ["ريف إدلب"]),
    ("place", "sakhour", ["الصاخور"]),
    ("place", "aleppo", ["حلب"]),
    ("place", "deir-ez-zor", ["دير الزور"]),
    ("place", "badia", ["البادية"]),
]


def run(text: str) -> list[dict]:
    return event_records(text, ENTS)


@pytest.mark.parametrize(("text", "want", "want2"), [
    pytest.param(
        "وأفاد ناشطون بأنه لا تزال المعارك دائرة بين قوات النظام وهيئة تحرير الشام في ريف إدلب.",
        "regime",
        "hts",
        id="fighting_that_goes_on_is_not_negated"),
    pytest.param('وقصفت الطائرات الحكومية "معاقل" تنظيم داعش في البادية.', None, "isis",
                 id="strongholds_belong_to_the_target"),
])
def test_the_one_event_is_an_attack_by_and_on(text: str, want: str | None, want2: str) -> None:
    evs = run(text)
    assert [(e["type"], e["actor1"], e["actor2"]) for e in evs] == [("ATTACK", want, want2)]


def test_lam_yazal_and_la_yazal_before_a_verb_are_not_negations() -> None:
    assert [e["type"] for e in run("ولم يزل القصف مستمرا على ريف إدلب.")] == ["ATTACK"]
    assert [e["type"] for e in run("ولا يزال الطيران يقصف أحياء حلب.")] == ["ATTACK"]


def test_fighting_carried_on_by_an_imperfect_light_verb_goes_on() -> None:
    evs = run("وهي لا تزال تخوض المعارك ضد قوات النظام في ريف إدلب.")
    assert [e["type"] for e in evs] == ["ATTACK"]


def test_traces_that_remain_tell_no_fighting_going_on() -> None:
    # the traces remain: the fighting is over and told already
    assert run("ولا تزال آثار المعارك واضحة في ريف إدلب.") == []


def test_a_real_negation_still_cancels() -> None:
    assert run("ولم تقصف قوات النظام ريف إدلب.") == []
    assert run("ولا تقصف الطائرات أحياء حلب منذ أسبوع.") == []


def test_a_village_under_a_plural_head_is_the_place_not_the_district() -> None:
    evs = run("وسيطرت قوات النظام على قرى كفرنبودة والهبيط في ريف إدلب، إثر معارك مع هيئة تحرير الشام.")
    assert [(e["type"], e["place"]) for e in evs] == [("SEIZE", "kafr-nabuda"), ("ATTACK", "kafr-nabuda")]


def test_a_neighbourhood_under_a_plural_head_is_the_place() -> None:
    evs = run("وقصفت قوات النظام أحياء الصاخور في مدينة حلب.")
    assert evs and evs[0]["place"] == "sakhour"


def test_a_trigger_ending_in_against_takes_its_target_after_it() -> None:
    evs = run("ونفذت القوات عمليات ضد تنظيم داعش في دير الزور.")
    assert [(e["type"], e["actor1"], e["actor2"]) for e in evs] == [("ATTACK", None, "isis")]
    evs = run("ونفذت قوات سوريا الديمقراطية عمليات ضد داعش في دير الزور.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("sdf", "isis")]


def test_a_target_preposition_governing_another_noun_keeps_the_fallback() -> None:
    # على governs قتل, not the forces named after it: they are no target of the suppression
    evs = run("وجرى قمع تظاهرة في ريف إدلب احتجاجا على قتل قوات النظام عشرات المدنيين.")
    assert evs and evs[0]["actor2"] != "regime"


def test_the_doers_partner_is_not_the_target() -> None:
    evs = run("وهاجمت قوات النظام وهيئة تحرير الشام ريف إدلب.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("regime", None)]
    evs = run("وهاجمت قوات النظام وهيئة تحرير الشام وقسد ريف إدلب.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("regime", None)]
    evs = run("وهاجم داعش قوات النظام وهيئة تحرير الشام في البادية.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("isis", "regime")]
    evs = run("واندلعت اشتباكات بين قوات النظام وهيئة تحرير الشام في ريف إدلب.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("regime", "hts")]
