"""Speed round 15: work skipped where it cannot change a record. Each test checks the shortcut against the
work it replaces, on hand-written sentences and the example articles."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

import marsad
from marsad.stages import events
from marsad.stages.events import context as ev_context
from marsad.stages.events import detect as ev_detect
from marsad.stages.events import roles as ev_roles
from tests.conftest import event_records
from tests.test_events_sufferers import ENTS  # the parties of the sufferers rule this shortcut must agree with

_EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "examples").glob("0*.txt"))

#: no party here is the target of two fights: the first pass of the roles finds no sufferer
PLAIN = ("قصف الجيش التركي قرى قرب عفرين صباح اليوم. وهاجم داعش حاجزا في الحويجة مساء أمس. "
         "وقال مسؤول محلي إن الهجوم أسفر عن مقتل عنصرين. وتعرضت قرية قريبة لقصف مدفعي.")
#: the PMF is hit twice and strikes no one: it may lend no doer, so the second pass must run
HIT_TWICE = ("قصف داعش مواقع الحشد في الحويجة. وهاجم داعش مقرات الحشد قرب الحويجة. "
             "وقال قيادي في الحشد إن مقاتلي الحشد صامدون. وأكد الحشد أنه أرسل تعزيزات إلى الحويجة. "
             "وتعرضت قرية قريبة لقصف بقذائف الهاون مساء أمس.")


def _two_passes(ctx: Any, drafts: list[Any], main: Any) -> None:
    """The roles pass as it was before this round: the second pass always runs."""
    ctx.sufferers = frozenset()
    ctx.struck = {}
    trial = [dataclasses.replace(d) for d in drafts]
    events._roles_once(ctx, trial, main)
    ctx.sufferers = events._sufferers(trial)
    ctx.struck = events._struck_sides(trial)
    events._roles_once(ctx, drafts, main)


def _passes(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    calls: list[int] = []
    once = events._roles_once
    # _roles_pass (in the roles sub-stage) calls _roles_once through its own module
    monkeypatch.setattr(ev_roles, "_roles_once", lambda *a: (calls.append(1), once(*a))[1])
    event_records(text, ENTS)
    return len(calls)


def test_roles_run_once_when_the_first_pass_finds_nothing_it_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _passes(monkeypatch, PLAIN) == 1


def test_roles_run_again_when_a_sufferer_was_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _passes(monkeypatch, HIT_TWICE) == 2
    # and the second pass still keeps the hit party from lending its name
    assert "pmf" not in {e["actor1"] for e in event_records(HIT_TWICE, ENTS) if e["trigger"] == "قصف"}


@pytest.mark.parametrize("text", [PLAIN, HIT_TWICE], ids=["plain", "hit_twice"])
def test_same_events_as_two_passes_on_hand_given_entities(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    now = event_records(text, ENTS)
    monkeypatch.setattr(events, "_roles_pass", _two_passes)
    assert event_records(text, ENTS) == now


@pytest.mark.parametrize("path", _EXAMPLES, ids=[p.stem for p in _EXAMPLES])
def test_same_records_as_two_passes_on_the_examples(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    text = path.read_text("utf-8")
    now = json.dumps(marsad.analyze(text, published="2019-05-01").to_dict(), ensure_ascii=False)
    monkeypatch.setattr(events, "_roles_pass", _two_passes)
    assert json.dumps(marsad.analyze(text, published="2019-05-01").to_dict(), ensure_ascii=False) == now


# ---- pack word lists folded once per process, not once per article

_TWO_ARTICLES = ("أعلن الجيش أنه أسقط طائرتين مسيرتين قرب القاعدة بعد هجوم على مواقعه شمال البلدة.",
                 "قصفت طائرات حربية مواقع للفصائل في ريف إدلب، وذلك عقب اشتباكات عنيفة مع قوات النظام.")


def test_word_lists_are_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import events_ctx

    a, b = (events_ctx(t) for t in _TWO_ARTICLES)
    # the folded subject heads are one set shared by every article, equal to the pack's list folded
    assert a.subject_heads is b.subject_heads
    assert a.subject_heads == frozenset(events._f(h) for h in events.lexicon().roles["heads"])
    assert events._folded_set(events.cues().intercepted_objects) == frozenset(
        events._f(w) for w in events.cues().intercepted_objects)
    # a later article's context and light-verb pass fold no word of those lists again
    folded: list[str] = []
    f = events._f
    # the folding in the context and light-verb code goes through each sub-stage's own name
    for module in (ev_context, ev_detect):
        monkeypatch.setattr(module, "_f", lambda w: (folded.append(w), f(w))[1])
    events._attach_light(events._Ctx(b.doc, events.lexicon()), [])
    assert not set(folded) & (set(events.lexicon().roles["heads"]) | set(events.cues().intercepted_objects))


@pytest.mark.parametrize("text", _TWO_ARTICLES)
def test_dated_at_reads_the_stripped_words(text: str) -> None:
    # the time subordinators (بعد، عقب، وبعد) found on Words.bare are those _strip_conj finds word by word
    from tests.conftest import events_ctx

    ctx = events_ctx(text)
    ctx.raw_hits = sorted(events._find_hits(ctx.doc, ctx), key=lambda x: x.start)
    got = events._dated_at(ctx, 0, len(text))
    subs = events.cues().time_subordinators
    spans, hits = ctx.words.spans, ctx.raw_hits
    want = [s for k, (s, _e, w) in enumerate(spans) if events._strip_conj(w) in subs
            and any(s < h.start < spans[min(k + 3, len(spans) - 1)][1] for h in hits)]
    assert ctx.dating == want and want
    assert got == want[0]


# ---- the opening's "today" date: the weekday looked up before the word's readings

def test_today_in_text_reads_a_word_only_before_a_weekday(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    from marsad.stages import metadata

    asked: list[str] = []
    strip = metadata.strip_proclitic
    monkeypatch.setattr(metadata, "strip_proclitic", lambda w, **k: (asked.append(w), strip(w, **k))[1])
    text = "نشرت الوكالة اليوم الخميس (20 شباط 2025) تقريرا عن الاشتباكات التي شهدتها المدينة أمس."
    assert metadata._today_in_text(text) == datetime.date(2025, 2, 20)
    assert asked == ["اليوم"]  # the one word before a weekday
    asked.clear()
    # no weekday in the opening: no word's readings are made at all
    assert metadata._today_in_text("قالت مصادر محلية اليوم إن القوات انسحبت من القرية بعد اشتباكات.") is None
    assert asked == []


def test_today_in_text_keeps_its_weekday_check() -> None:
    from marsad.stages import metadata

    # 21 February 2025 was a Friday: the date after "اليوم الخميس" is not the day of publication
    assert metadata._today_in_text("اليوم الخميس، 21 شباط 2025، أعلنت الشرطة اعتقال مطلوبين.") is None
    assert metadata._today_in_text("اليوم الخميس، 20 شباط 2025، أعلنت الشرطة اعتقال مطلوبين.") is not None


# ---- towns abroad read by their skeleton: the index kept in the index cache

def test_towns_abroad_by_skeleton_come_from_the_index_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad import gazetteer as gz

    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path))
    gz._world_loose_index.cache_clear()
    try:
        built = gz.world_towns_loose("هوليغوين")
        assert built and list(tmp_path.glob("world-towns-loose-*.pickle"))
        gz._world_loose_index.cache_clear()
        calls: list[int] = []
        real = gz._build_world_loose_index
        monkeypatch.setattr(gz, "_build_world_loose_index", lambda: (calls.append(1), real())[1])
        assert gz.world_towns_loose("هوليغوين") == built
        assert not calls  # read back, not built again
    finally:
        gz._world_loose_index.cache_clear()
