"""The events stage as a package of sub-stages (round 15): the lexicon cache is keyed on every file of the
package, the sub-stages import only those below them, and the stage's names stay reachable from the package."""

from __future__ import annotations

import ast
from pathlib import Path

from marsad.stages import events

#: the sub-stages from the lowest up; each may import only those before it (no import cycle, no lazy import)
LAYERS = ("lexicon", "context", "detect", "where", "modality", "roles", "merge", "__init__")
PACKAGE = Path(events.__file__).parent


def test_lexicon_cache_keyed_on_every_file_of_the_package() -> None:
    # an edit to any sub-stage must invalidate the cached lexicon, not only one to __init__.py
    keyed = {Path(p).name for p in events._LEXICON_FILES if isinstance(p, Path)}
    assert {p.name for p in PACKAGE.glob("*.py")} <= keyed
    assert set(LAYERS) == {p.stem for p in PACKAGE.glob("*.py")}


def test_sub_stages_import_only_lower_ones() -> None:
    for i, name in enumerate(LAYERS):
        tree = ast.parse((PACKAGE / f"{name}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                assert node.module in LAYERS[:i], f"{name} imports .{node.module}"


def test_stage_names_reachable_from_the_package() -> None:
    assert events.run.__module__ == "marsad.stages.events"
    for name in ("_Ctx", "Words", "lexicon", "cues", "_cue_words", "_strip_conj", "_LEXICON_FILES", "_build_lexicon",
                 "_incident_retold", "_between_sides", "_place_cues", "_main_actor", "_figurative_blast"):
        assert hasattr(events, name), name
    ctx = events._Ctx  # the context class the test helpers build is the one the stage runs on
    assert ctx.__module__ == "marsad.stages.events.context"
