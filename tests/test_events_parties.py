"""The events stage on who the parties are, hand-written sentences with hand-given entities: a name nested in
another party's name (الموالية لنظام ..., الأمين العام لحزب ...) describes that party and is none itself, and a
backer named after مدعومة/المدعومة بـ/من stands behind the force, neither doer nor target; a telling that
calls its happening or its object another or new (أخرى، جديد، مجددا) is no retelling of the one before."""

from __future__ import annotations

import pytest

from marsad.pipeline import Doc
from marsad.stages import events
from tests.conftest import doc_with_entities, event_records

ENTS = [
    ("actor", "pro-regime", ["القوات الموالية للنظام السوري", "قوات موالية للنظام السوري"]),
    ("actor", "regime", ["النظام السوري", "قوات النظام"]),
    ("actor", "iran", ["إيرانية", "إيران"]),
    ("actor", "russia", ["روسيا", "الروسية"]),
    ("actor", "fsa", ["الجيش الحر"]),
    ("actor", "hezbollah", ["حزب الله"]),
    ("person", "nasrallah-title", ["الأمين العام لحزب الله"]),
    ("place", "tal-rifaat", ["تل رفعت"]),
    ("place", "hama-countryside", ["ريف حماة"]),
]


def run(text: str) -> list[dict]:
    return event_records(text, ENTS)


@pytest.mark.parametrize(("text", "want", "want2"), [
    pytest.param("وهاجمت القوات الموالية للنظام السوري مواقع الجيش الحر قرب تل رفعت.", "pro-regime", "fsa",
                 id="a_patron_inside_the_force_name_is_no_target"),
    pytest.param("وشنت قوات النظام مدعومة بميليشيات إيرانية هجوما واسعا في ريف حماة.", "regime", None,
                 id="a_backer_after_a_ba_phrase_is_no_party"),
    pytest.param(
        "وقصفت قوات النظام مواقع الجيش الحر قرب تل رفعت. "
        "وقصفت قوات النظام مواقع الجيش الحر بالمدفعية الثقيلة.",
        "regime",
        "fsa",
        id="the_same_strike_told_again_is_one"),
])
def test_the_one_event_is_an_attack_by_and_on(text: str, want: str, want2: str | None) -> None:
    evs = run(text)
    assert [(e["type"], e["actor1"], e["actor2"]) for e in evs] == [("ATTACK", want, want2)]


def test_a_patron_inside_the_force_name_is_no_doer() -> None:
    evs = run("قال ناشطون إن الجيش الحر صد هجوما شنته قوات موالية للنظام السوري على تل رفعت.")
    assert [e["actor1"] for e in evs if e["type"] == "ATTACK"] == ["pro-regime"]
    assert all("regime" not in (e["actor1"], e["actor2"]) for e in evs)


def test_a_party_inside_a_title_is_no_target() -> None:
    evs = run("وهدد الأمين العام لحزب الله بقصف مواقع الجيش الحر.")
    assert all(e["actor2"] != "hezbollah" for e in evs)


def test_a_backer_after_a_min_phrase_is_no_doer() -> None:
    evs = run("وأفادت مصادر محلية بأن ميليشيات مدعومة من إيران هاجمت مواقع الجيش الحر في ريف حماة.")
    assert [e["actor1"] for e in evs if e["type"] == "ATTACK"] != ["iran"]
    assert all("iran" not in (e["actor1"], e["actor2"]) for e in evs)


def test_the_target_after_the_backed_force_stays() -> None:
    # the backing phrase ends with the backer's name: the name after it is the deed's own target
    evs = run("هاجمت ميليشيات مدعومة من إيران مواقع الجيش الحر في ريف حماة.")
    assert [e["actor2"] for e in evs if e["type"] == "ATTACK"] == ["fsa"]


def test_a_strike_on_other_positions_is_a_happening_of_its_own() -> None:
    evs = run("وقصفت قوات النظام مواقع الجيش الحر قرب تل رفعت. "
              "وقصفت قوات النظام مواقع أخرى للجيش الحر في ريف حماة.")
    assert [(e["type"], e["actor1"]) for e in evs] == [("ATTACK", "regime")] * 2


def test_a_name_inside_a_title_does_not_make_the_main_actor() -> None:
    text = ("قال الأمين العام لحزب الله إن الحرب طويلة. وأضاف الأمين العام لحزب الله أن المعركة مستمرة. "
            "وأكد الأمين العام لحزب الله ذلك. وتقدم الجيش الحر نحو تل رفعت، وقال الجيش الحر إنه سيواصل.")
    doc: Doc = doc_with_entities(text, ENTS)
    main = events._main_actor(doc)
    assert main is not None and main.ref == "fsa"
