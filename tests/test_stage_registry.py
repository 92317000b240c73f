"""The stage decorator registers the stage's own function, never a helper that happens to follow it."""
import pytest

from marsad.pipeline import REGISTRY, default_pipeline, stage


def test_every_default_stage_registers_its_own_function() -> None:
    for spec in default_pipeline():
        assert spec.fn.__name__ in ("run", spec.name.rsplit(".", 1)[-1]), spec.name


def test_decorating_a_helper_is_refused_with_a_clear_message() -> None:
    with pytest.raises(TypeError, match="decorates '_helper'"):
        @stage("test.misplaced")
        def _helper(doc: object) -> None:
            return None
    assert "test.misplaced" not in REGISTRY


def test_a_stage_named_after_its_last_part_is_accepted() -> None:
    @stage("test.probe")
    def probe(doc: object) -> None:
        return None

    try:
        assert REGISTRY["test.probe"].fn is probe
    finally:
        del REGISTRY["test.probe"]
