"""The opponent of a campaign told with its aim, hand-written sentences with hand-given entities: an operation
told once with ضد or a word of aim before its target (عملية ضد مسلحي الوحدات، بداعي استهداف الوحدات) names
the opponent of the fights of the doer's side that name no target; a state and its army are one side; a plain
attack on a target told once (هجوم على) names no opponent."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "turkey", ["تركيا", "أنقرة"]),
    ("actor", "turkish-army", ["الجيش التركي", "القوات التركية"]),
    ("actor", "ypg", ["وحدات حماية الشعب"]),
    ("place", "zuhur", ["قرية الزهور"]),
    ("place", "afrin", ["عفرين"]),
]


def targets(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"], e["actor2"]) for e in event_records(text, ENTS)]


@pytest.mark.parametrize("lead", [
    pytest.param("بدأت تركيا عملية عسكرية في عفرين ضد مسلحي وحدات حماية الشعب. ", id="against"),
    pytest.param("وبدأت تركيا تدخلها العسكري في عفرين بداعي استهداف وحدات حماية الشعب. ", id="aim"),
])
def test_a_campaign_told_with_its_aim_names_the_opponent_of_its_side(lead: str) -> None:
    evs = targets(lead + "وسيطرت القوات التركية على قرية الزهور.")
    assert evs[-1] == ("SEIZE", "turkish-army", "ypg"), evs


def test_a_strike_told_once_names_no_opponent() -> None:
    # round 17: a seizure told right after the attack (its sentence or the next) takes from the party it struck
    # (roles._seized_from_struck, test_events_roles_round17); told further on, the one strike lends no opponent
    evs = targets("شنت تركيا هجوما على وحدات حماية الشعب في عفرين. وقال المتحدث إن العملية مستمرة. "
                  "وسيطرت القوات التركية على قرية الزهور.")
    assert evs[-1] == ("SEIZE", "turkish-army", None), evs


def test_a_campaign_against_civilians_lends_no_opponent() -> None:
    evs = targets("بدأت تركيا عملية عسكرية في عفرين ضد مسلحي وحدات حماية الشعب. "
                  "وقصفت القوات التركية منازل المدنيين في قرية الزهور.")
    assert evs[-1][2] is None, evs
