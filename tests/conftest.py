"""Shared fixtures: the shared data folder beside the checkout, the seed articles and the scorer."""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# property tests run the same examples every time, so a run is red or green for the code, not for the draw;
# HYPOTHESIS_PROFILE=explore searches new random examples (and more of them) when hunting for bugs
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not available: {p}")
    return p


@pytest.fixture(scope="session")
def scorer():
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("marsad_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seed_predictions(tmp_path_factory) -> Path:
    """The seeds analysed once per session, written as the CLI writes them."""
    import marsad

    out = tmp_path_factory.mktemp("seed-pred")
    for f in sorted(shared_path("seeds").glob("*.txt")):
        article = marsad.analyze(f.read_text("utf-8"), id=f.stem)
        (out / f"{f.stem}.json").write_text(json.dumps(article.to_dict(), ensure_ascii=False), "utf-8")
    return out


@pytest.fixture(scope="session")
def seed_report(scorer, seed_predictions) -> dict:
    """score.py's JSON report for the seeds."""
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main([str(shared_path("eval", "seeds.gold.jsonl")), str(seed_predictions), "--json"])
    return json.loads(buf.getvalue())


def score_value(report: dict, key: str) -> float:
    """One figure of score.py's JSON report: overall entity F1, an F1, or an accuracy."""
    if key == "entities":
        return report["entities"]["all"]["f1"]
    v = report[key]
    return v["f1"] if isinstance(v, dict) else (v or 0.0)


def doc_with_entities(text: str, entities: list):  # type: ignore[no-untyped-def,type-arg]
    """A Doc whose entities are given by hand: (type, ref, surfaces), or (type, ref, surfaces, attrs) for the
    attributes the gazetteer would give a place; every occurrence of a surface is a mention. For testing one
    stage without the entity stages."""
    from marsad.pipeline import make_doc

    doc = make_doc(text)
    for typ, ref, surfaces, *attrs in entities:
        ent = doc.new_entity(typ, ref, surfaces[0], ref)
        for extra in attrs:
            ent.attrs.update(extra)
        for s in surfaces:
            i = doc.text.find(s)
            while i >= 0:
                ent.add(i, i + len(s), s)
                i = doc.text.find(s, i + 1)
    return doc


def event_places(text: str, entities: list, before: tuple = ()) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    """The events stage (after the stages `before` it) on a Doc with hand-given entities (`doc_with_entities`):
    each event as its trigger text and the ref of its place."""
    from marsad.stages import events

    doc = doc_with_entities(text, entities)
    for run in (*before, events.run):
        run(doc)

    def ref(eid: str | None) -> str | None:
        ent = doc.entity(eid)
        return ent.ref if ent else None

    return [(e.trigger.text, ref(e.place)) for e in doc.events]


def event_records(text: str, entities: list[tuple[str, str, list[str]]]) -> list[dict]:
    """The events stage on a Doc with hand-given entities (`doc_with_entities`): each event as its type,
    modality and trigger text and the refs of its actor1, actor2 and place."""
    from marsad.stages import events

    doc = doc_with_entities(text, entities)
    events.run(doc)

    def ref(eid: str | None) -> str | None:
        ent = doc.entity(eid)
        return ent.ref if ent else None

    return [{"type": e.type, "modality": e.modality, "actor1": ref(e.actor1), "actor2": ref(e.actor2),
             "place": ref(e.place), "trigger": e.trigger.text} for e in doc.events]


def full_claims(text: str) -> list:  # type: ignore[type-arg]
    """The claims of a text through the whole default pipeline (entities found by the stages, not by hand)."""
    from marsad import pipeline

    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    return doc.claims


def claim_chain(claim) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A claim's chain of sources as (kind, text), outermost first."""
    return [(s.kind, s.text) for s in claim.sources]


def claim_chains(text: str) -> list[list[tuple[str, str]]]:
    """The chain of sources (`claim_chain`) of each claim of a text through the whole pipeline."""
    return [claim_chain(c) for c in full_claims(text)]


def metadata_doc(text: str):  # type: ignore[no-untyped-def]
    """A document after the metadata stage alone."""
    from marsad import pipeline
    from marsad.stages import metadata

    doc = pipeline.make_doc(text)
    metadata.run(doc)
    return doc


def metadata_fields(doc) -> tuple[str | None, str | None, str | None]:  # type: ignore[no-untyped-def]
    """(outlet name, author, dateline) of a document."""
    return (doc.outlet.name if doc.outlet else None, doc.author, doc.dateline)


def mention_types(text: str, published: str = "2019-05-01") -> dict[str, set[str]]:
    """Each mention's text with the types of the entities it was linked to, through the whole pipeline."""
    import marsad

    art = marsad.analyze(text, published=published)
    out: dict[str, set[str]] = {}
    for e in art.entities:
        for m in e.mentions:
            out.setdefault(m.text, set()).add(e.type)
    return out


def mention_refs(text: str, published: str = "2018-06-01", types: tuple[str, ...] = (),
                 exclude: tuple[str, ...] = ()) -> dict[str, str | None]:
    """{mention text: its entity's pack id (None for one no pack knows)} through the whole pipeline, for the
    entities of `types` (all when empty) that are none of `exclude`."""
    import marsad

    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities
            if (not types or e.type in types) and e.type not in exclude for m in e.mentions}


def people(text: str, published: str = "2018-06-01") -> set[str]:
    """The texts of the mentions of person entities, through the whole pipeline (mention_types kept to persons)."""
    return {m for m, types in mention_types(text, published=published).items() if "person" in types}


def event_record_types(text: str, entities: list[tuple[str, str, list[str]]]) -> list[str]:
    """The type of each event the events stage finds on hand-given entities (`event_records`), in order."""
    return [e["type"] for e in event_records(text, entities)]


def event_types(text: str, published: str = "2018-04-01") -> list[str]:
    """The type of each event of the text, in order, through the whole pipeline."""
    import marsad

    return [e.type for e in marsad.analyze(text, published=published).events]


def event_parties(text: str, published: str = "2019-05-02") -> list[tuple[str, str | None, str | None]]:
    """(type, actor1, actor2) of each event, actors by their entity name, through the whole pipeline."""
    import marsad

    art = marsad.analyze(text, published=published)
    names = {e.id: e.name for e in art.entities}
    return [(e.type, names.get(e.actor1) if e.actor1 else None, names.get(e.actor2) if e.actor2 else None)
            for e in art.events]


def kind_parties(text: str, kind: str, published: str | None = None) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) of each event of type `kind`, actors by their entity name, through the whole pipeline
    (no publication date unless given)."""
    import marsad

    art = marsad.analyze(text, published=published)
    names = {e.id: e.name for e in art.entities}
    return [(names.get(e.actor1) if e.actor1 else None, names.get(e.actor2) if e.actor2 else None)
            for e in art.events if e.type == kind]


def event_roles(text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, actor1, actor2) of each event, actors by their pack id or name, through the whole pipeline."""
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.trigger.text, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def event_with(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    """The last event whose trigger contains `trigger`: its (trigger, actor1, actor2)."""
    found = [r for r in event_roles(text) if trigger in r[0]]
    assert found, event_roles(text)
    return found[-1]


def ner_string_sums(feat, parts):  # type: ignore[no-untyped-def]
    """The reference for the recogniser's state scores: each position's attribute strings (`words_sentence`),
    their weights summed one after another, as CRFsuite sums them."""
    import numpy as np

    w = feat.weights
    want = []
    for words in parts:
        for attrs in feat.words_sentence(words):
            acc = np.zeros(len(w.labels))
            for a in attrs:
                acc = acc + w.state[w.attr_id[a]]
            want.append(acc)
    return np.array(want).reshape(-1, len(w.labels))


def place_entity(text: str, surface: str, published: str = "2018-03-01") -> dict:
    """The place entity of `text` one of whose mentions reads `surface`."""
    import marsad

    rec = marsad.analyze(text, published=published).to_dict()
    for e in rec["entities"]:
        if e["type"] == "place" and any(m["text"] == surface for m in e["mentions"]):
            return e
    raise AssertionError(f"{surface} not found as a place: {[e['name'] for e in rec['entities']]}")


def framing_pairs(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    """Each framing record of the text as (term, the pack id or name of its target)."""
    import marsad

    art = marsad.analyze(text, published=published).to_dict()
    refs = {e["id"]: e.get("ref") or e.get("name") for e in art["entities"]}
    return [(f["term"], refs.get(f["target"])) for f in art["framing"]]


def events_ctx(text: str):  # type: ignore[no-untyped-def]
    """The events stage's context for `text` after the whole pipeline ran: for tests of its look-ups."""
    from marsad.pipeline import make_doc, run
    from marsad.stages import events

    doc = make_doc(text)
    run(doc)
    return events._Ctx(doc, events.lexicon())


#: the OCHA Syria communities file (5,000 villages) that the imported-gazetteer tests read
OCHA_POINTS = SHARED / "data" / "gazetteer-syria-ocha-2015" / "syr_admin4_point.geojson"


@pytest.fixture(scope="session")
def ocha_imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the OCHA communities imported, built once for the whole run (the import takes
    seconds, and three test modules read it): the folder holds `home` (MARSAD_HOME) and `cache`."""
    if not OCHA_POINTS.exists():
        pytest.skip("shared OCHA data not available")
    from marsad import gazetteer as gz
    from marsad.stages import places as place_stage

    base = tmp_path_factory.mktemp("ocha")
    mp = pytest.MonkeyPatch()
    mp.setenv("MARSAD_HOME", str(base / "home"))
    mp.setenv("MARSAD_CACHE", str(base / "cache"))
    place_stage.reset()
    try:
        gz.import_gazetteer(OCHA_POINTS, name="ocha")
    finally:
        mp.undo()
        place_stage.reset()
    return base


@pytest.fixture(scope="module")
def ocha_home(ocha_imported: Path):  # type: ignore[no-untyped-def]
    """MARSAD_HOME pointed at the imported OCHA communities for one test module; yields the home folder."""
    from marsad.stages import places as place_stage

    mp = pytest.MonkeyPatch()
    mp.setenv("MARSAD_HOME", str(ocha_imported / "home"))
    mp.setenv("MARSAD_CACHE", str(ocha_imported / "cache"))
    place_stage.reset()
    yield ocha_imported / "home"
    mp.undo()
    place_stage.reset()


@pytest.fixture
def plain_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """An empty MARSAD_HOME (no imported gazetteer) for one test, whatever the environment holds."""
    from marsad.stages import places as place_stage

    monkeypatch.setenv("MARSAD_HOME", str(tmp_path_factory.getbasetemp() / "places-home"))
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path_factory.getbasetemp() / "places-cache"))
    place_stage.reset()
    yield
    place_stage.reset()


def events_module(name: str):  # type: ignore[no-untyped-def]
    """A sub-module of the events package itself: events/__init__ re-exports names that shadow some sub-module
    attributes, so `from marsad.stages.events import lexicon` may give a function."""
    return importlib.import_module("marsad.stages.events." + name)


def cue_words_without(key: str):  # type: ignore[no-untyped-def]
    """The events stage's `_cue_words` with the list under `key` emptied, as if the pack lacked it."""
    real = events_module("lexicon")._cue_words

    def cue_words(k: str, bare: bool = False) -> frozenset[str]:
        return frozenset() if k == key else real(k, bare)

    return cue_words


def place_mention_texts(text: str, published: str = "2018-07-01") -> list[str]:
    """The text of every place mention the whole pipeline finds in `text`, in output order."""
    import marsad

    ents = marsad.analyze(text, published=published).to_dict()["entities"]
    return [m["text"] for e in ents if e["type"] == "place" for m in e["mentions"]]
