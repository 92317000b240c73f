"""Round 22 (RF), refactor with the output unchanged: roles' written-passive branch of `_assign_roles` is its own
function (`_written_passive_patient`), and framing's `_Around.fought_object` is remembered per (term start,
sentence start) instead of being worked out up to three times per term. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.pipeline import make_doc, run
from marsad.stages import framing
from marsad.stages.events import roles
from tests.conftest import kind_parties as _roles


def test_written_passive_patient_is_asked_and_gives_the_arrested(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    real = roles._written_passive_patient

    def spy(*args: Any) -> Any:
        out = real(*args)
        calls.append(out)
        return out

    monkeypatch.setattr(roles, "_written_passive_patient", spy)
    text = "داهمت الشرطة الصومالية منازل قرب العاصمة. واعتُقل قائد حركة الشباب في الحملة."
    got = _roles(text, "ARREST")
    assert calls, "a verb written passive asks for the name after it"
    found = [c for c in calls if c is not None]
    assert found and any("Shabaab" in c[1].name for c in found)
    assert any(a2 is not None and "Shabaab" in a2 for _, a2 in got)
    assert all(a1 is None or "Shabaab" not in a1 for a1, _ in got)


def test_written_passive_patient_passes_over_an_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    # the name after على يد is who did it: the passive verb has no named patient, and the doer stays the doer
    calls: list[Any] = []
    real = roles._written_passive_patient

    def spy(*args: Any) -> Any:
        out = real(*args)
        calls.append(out)
        return out

    monkeypatch.setattr(roles, "_written_passive_patient", spy)
    got = _roles("واعتُقل ثلاثة شبان على يد حركة الشباب في الحملة.", "ARREST")
    assert calls and all(c is None for c in calls)
    assert got and all(a2 is None or "Shabaab" not in a2 for _, a2 in got)


_FIGHT_TEXTS = (
    "نجحت القوات الحكومية في طرد الميليشيات المسلحة من البلدة، وقالت إن الميليشيات انسحبت نحو الجبال.",
    "تواصل الحملة ضد الجماعات الإرهابية في الريف الشرقي، بعد تحرير القرى من قبضة الجماعات الإرهابية.",
)


@pytest.mark.parametrize("text", _FIGHT_TEXTS, ids=["expel", "grip"])
def test_fought_object_is_worked_out_once_per_term(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    keys: list[tuple[int, int]] = []
    asked: list[tuple[int, int]] = []
    real_find = framing._Around._find_fought_object
    real_ask = framing._Around.fought_object

    def find(self: framing._Around, s: int, lo: int) -> int | None:
        keys.append((s, lo))
        return real_find(self, s, lo)

    def ask(self: framing._Around, s: int, lo: int) -> int | None:
        asked.append((s, lo))
        return real_ask(self, s, lo)

    monkeypatch.setattr(framing._Around, "_find_fought_object", find)
    monkeypatch.setattr(framing._Around, "fought_object", ask)
    doc = make_doc(text)
    run(doc)
    assert keys, "the terms after a word of fighting are asked about"
    assert len(keys) == len(set(keys)), "each (term, sentence) is worked out once"
    assert len(asked) >= len(keys)


@pytest.mark.parametrize("text", _FIGHT_TEXTS, ids=["expel", "grip"])
def test_remembered_fought_object_is_the_fresh_one(text: str) -> None:
    doc = make_doc(text)
    run(doc)
    around = framing._Around(doc)
    hits = 0
    for s, _e, _w in around.words:
        lo = doc.sentence_of(s).start
        first = around.fought_object(s, lo)
        assert first == around._find_fought_object(s, lo) == around.fought_object(s, lo)
        hits += first is not None
    assert hits, "a term right after طرد / من قبضة is the object of fighting"
