"""Round 15 event roles: a retelling keeps lending the parties of the attack it retells. A bare another-word
that is the adjective of a discourse or manner noun (من جهة أخرى، طابعا جديدا) says nothing of the happening,
so the retelling is not taken for an attack of its own with a target lost."""

from __future__ import annotations

import pytest

from tests.conftest import event_roles

FIRST = "شن تنظيم داعش هجمات على مواقع قوات سوريا الديمقراطية في ريف دير الزور الشرقي. "


@pytest.mark.parametrize("second", [
    "وقالت مصادر إن الهجمات التي شنها التنظيم مؤخرا حملت طابعا جديدا من حيث التخطيط.",
    "ومن جهة أخرى قالت مصادر إن الهجمات التي شنها التنظيم أوقعت قتلى.",
    "وكشف مسؤول تفاصيل جديدة عن الهجمات التي نفذها التنظيم.",
])
def test_another_word_of_a_discourse_noun_keeps_the_retelling(second: str) -> None:
    assert event_roles(FIRST + second) == [("هجمات", "isis", "sdf")]


def test_an_attack_called_new_is_still_another() -> None:
    roles = event_roles(FIRST + "وقالت مصادر إن التنظيم شن هجمات جديدة على مواقع القوات.")
    assert len(roles) == 2
