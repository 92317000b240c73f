"""Round 19b: word knowledge the events code still held as Python literals now lives in event_cues (194):
since_words (منذ) for the history and war-toll checks, toll_war_relatives (التي) and toll_year_nouns (عام) for the
war toll, title_party_preps (في، عن) between a killed person's title and his party, and fired_weapons.past_t_verbs
(تساقط, a past launch verb that opens with ت). The output is unchanged; these tests pin that the code reads the
pack (emptying a list changes the reading) and that the literals do not come back. Sentences written for these
tests."""

from __future__ import annotations

import ast
import inspect
import re

import pytest

import marsad
from marsad.packs import load_json
from tests.conftest import cue_words_without, event_parties, events_module

_module = events_module
_without = cue_words_without


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in marsad.analyze(text, published="2018-05-01").events]


def test_the_pack_holds_the_moved_words() -> None:
    cues = load_json("event_cues")
    assert "منذ" in cues["since_words"]
    assert "التي" in cues["toll_war_relatives"]
    assert "عام" in cues["toll_year_nouns"]
    assert {"في", "عن"} <= set(cues["title_party_preps"])
    assert "تساقط" in cues["fired_weapons"]["past_t_verbs"]


def test_the_war_toll_reads_since_from_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقتل أكثر من 350 ألف شخص منذ اندلاع الحرب في سوريا."
    assert _events(text) == []  # the war's statistic, no happening told
    monkeypatch.setattr(_module("merge"), "_cue_words", _without("since_words"))
    assert _events(text) != []


def test_the_killed_title_reads_its_party_prepositions_from_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    in_party = "قتل القيادي في حزب الله علي حسن في غارة على ريف دمشق."
    for_list = "قتل المرشح عن قائمة الوطنية سالم العبيدي في هجوم مسلح ببغداد."
    assert event_parties(in_party)[0][1:] == (None, "Hezbollah")  # the party that lost him
    assert event_parties(for_list)[0][1] is None
    monkeypatch.setattr(_module("roles"), "_cue_words", _without("title_party_preps"))
    assert event_parties(in_party)[0][1] == "Hezbollah"  # without في the party reads as the killer
    assert event_parties(for_list)[0][1] is not None


_ARABIC = re.compile(r"[\u0621-\u064A]{2,}")
_MOVED = {
    ("merge", "_history"): {"منذ"},
    ("merge", "_war_toll"): {"منذ", "عام"},
    ("merge", "_war_subject"): {"التي"},
    ("roles", "_killed_person"): {"في", "عن"},
    ("detect", "_fire_cues"): {"تساقط"},
}


@pytest.mark.parametrize(("module", "function"), sorted(_MOVED))
def test_the_moved_words_are_no_code_literals(module: str, function: str) -> None:
    tree = ast.parse(inspect.getsource(getattr(_module(module), function)).lstrip())
    doc = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                and id(n) not in doc and _ARABIC.search(n.value)}
    assert not literals & _MOVED[(module, function)]
