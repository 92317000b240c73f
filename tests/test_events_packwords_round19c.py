"""Round 19c: more word knowledge the events code held as Python literals now lives in event_cues (197):
passive_auxiliaries (يتم، تتم، يجري، تم: a passive auxiliary before a masdar carrying a holding's pronoun),
past_t_light_verbs (تم، تمت: light verbs spelled with a ت like a present verb), qad_particles (قد، لقد: emphasis
before a past verb) and kill_plural_forms (قتلوا: a plural killing verb with a counted object is active). The
output is unchanged; these tests pin that the code reads the pack (emptying a list changes the reading) and that
the literals do not come back. Sentences written for these tests."""

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


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.modality) for e in marsad.analyze(text, published="2018-05-01").events]


def test_the_pack_holds_the_moved_words() -> None:
    cues = load_json("event_cues")
    assert {"يتم", "تتم", "يجري", "تم"} <= set(cues["passive_auxiliaries"])
    assert {"تم", "تمت"} <= set(cues["past_t_light_verbs"])
    assert {"قد", "لقد"} <= set(cues["qad_particles"])
    assert "قتلوا" in cues["kill_plural_forms"]


def test_the_holding_reads_its_passive_auxiliaries_from_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "دمرت القوات العراقية مخازن يتم استخدامها من قبل عناصر داعش في الموصل."
    assert event_parties(text)[0][2] == "Islamic State (ISIS)"  # the owner of the stores hit is the target
    monkeypatch.setattr(_module("roles"), "_cue_words", _without("passive_auxiliaries"))
    assert event_parties(text)[0][2] is None


def test_the_emphatic_qad_is_read_from_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "لقد قصفت الطائرات الروسية بلدة في ريف إدلب."
    assert _events(text)[0][2] == "asserted"  # قد/لقد before a past verb: a deed done
    monkeypatch.setattr(_module("modality"), "_cue_words", _without("qad_particles"))
    assert _events(text)[0][2] == "expected"


def test_the_light_t_verbs_are_read_from_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    # since round 19e a passive light verb decides no event of its own here (the masdar after it is a trigger,
    # and a convoy it carries is judged as a bare one), so the rule itself is asked
    from tests.conftest import events_ctx

    detect = _module("detect")
    ctx = events_ctx("وأضاف تمت ملاحقة رتل للجيش في درعا.")
    light = next(h for h in detect._find_hits(ctx.doc, ctx) if h.trig.pos == "light")
    assert not detect._name_after_saying(ctx, light, 0)
    monkeypatch.setattr(detect, "_cue_words", _without("past_t_light_verbs"))
    assert detect._name_after_saying(ctx, light, 0)  # without it تمت after أضاف reads as the teller's name


def test_the_plural_killing_verb_is_read_from_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقالت المصادر إن مقاتلي حزب الله، قتلوا 12 جنديا في القصير."
    assert event_parties(text)[0][1] == "Hezbollah"  # a plural verb with a counted object: active
    monkeypatch.setattr(_module("roles"), "_cue_words", _without("kill_plural_forms"))
    assert event_parties(text)[0][1] != "Hezbollah"


_ARABIC = re.compile(r"[\u0621-\u064A]{2,}")
_MOVED = {
    ("roles", "_relative_holder"): {"يتم", "تتم", "جرى", "يجري", "تم"},
    ("roles", "_passive_killing"): {"قتلوا"},
    ("detect", "_name_after_saying"): {"تم", "تمت"},
    ("modality", "_modality"): {"قد", "لقد"},
}


@pytest.mark.parametrize(("module", "function"), sorted(_MOVED))
def test_the_moved_words_are_no_code_literals(module: str, function: str) -> None:
    tree = ast.parse(inspect.getsource(getattr(_module(module), function)).lstrip())
    doc = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                and id(n) not in doc and _ARABIC.search(n.value)}
    assert not literals & _MOVED[(module, function)]
