"""The quality gate: the seed articles scored with the shared scorer must stay at or above the floors in
quality_floors.json (floors only move up)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import score_value

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text("utf-8"))["floors"]


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_seed_score_at_or_above_floor(seed_report: dict, key: str) -> None:
    got = score_value(seed_report, key)
    assert got >= FLOORS[key] - 1e-9, f"{key}: {got:.3f} fell below the floor {FLOORS[key]:.3f}"


def test_every_seed_has_a_prediction(seed_report: dict) -> None:
    assert seed_report["missing_predictions"] == []
