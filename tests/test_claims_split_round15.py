"""The claims stage as a package of sub-stages (round 15): the lexicon cache is keyed on every file of the
package, the sub-stages import only those below them, the reader is one class layered over them, and the stage's
names stay reachable from the package."""

from __future__ import annotations

import ast
from pathlib import Path

from marsad.stages import claims

#: the sub-stages from the lowest up; each may import only those before it (no import cycle, no lazy import)
LAYERS = ("cues", "reader", "phrases", "tellers", "chain", "spans", "triggers", "__init__")
PACKAGE = Path(claims.__file__).parent


def test_lexicon_cache_keyed_on_every_file_of_the_package() -> None:
    # an edit to any sub-stage must invalidate the cached lexicon, not only one to __init__.py
    from marsad.stages.claims import cues

    keyed = {Path(p).name for p in cues._LEXICON_FILES if isinstance(p, Path)}
    assert {p.name for p in PACKAGE.glob("*.py")} <= keyed
    assert set(LAYERS) == {p.stem for p in PACKAGE.glob("*.py")}


def test_sub_stages_import_only_lower_ones() -> None:
    for i, name in enumerate(LAYERS):
        tree = ast.parse((PACKAGE / f"{name}.py").read_text("utf-8"))
        assert ast.get_docstring(tree), f"{name} says what it decides"
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                assert node.module in LAYERS[:i], f"{name} imports .{node.module}"


def test_reader_layers_one_per_sub_stage_and_no_method_shadowed() -> None:
    # the reader's methods were one class: each layer adds its own, and none redefines one from a layer below
    # (a shadowed name would silently change which body runs)
    mro = claims._Reader.__mro__[:-1]
    assert [c.__module__.rsplit(".", 1)[-1] for c in mro] == ["claims", *reversed(LAYERS[1:-1])]
    seen: set[str] = set()
    for c in mro:
        own = {k for k in vars(c) if not k.startswith("__")}
        assert not own & seen, own & seen
        seen |= own
    assert {"run", "try_verb", "add_claim", "chain", "parse_source", "loose_subject", "t"} <= seen


def test_stage_names_reachable_from_the_package() -> None:
    assert claims.run.__module__ == "marsad.stages.claims"
    for name in ("_Reader", "Tok", "_TOKEN", "_unprefix", "_starting", "_index", "_grammar", "_nominal_his_forms",
                 "_verb_gender", "_body_gender", "claim_at", "claim_modality"):
        assert hasattr(claims, name), name
        assert name in claims.__all__, name


def test_lower_layers_reach_up_only_for_entry_points() -> None:
    # a helper sits in the lowest layer that calls it; a call up through `self` is only to a higher
    # sub-stage's entry point, so a layer reads on its own with the ones below it
    allowed = {"addressee_at", "_outlet_after_raw", "chain", "_closes"}
    layers = claims._Reader.__mro__[1:-1][::-1]
    owner = {k: n for n, c in enumerate(layers) for k in vars(c) if not k.startswith("__")}
    for n, c in enumerate(layers):
        tree = ast.parse((PACKAGE / f"{c.__module__.rsplit('.', 1)[-1]}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" \
                    and owner.get(node.attr, -1) > n:
                assert node.attr in allowed, f"{c.__name__} calls {node.attr} of a higher layer"
