"""Stages: places.candidates and places.geocode (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("places.candidates")
def candidates(doc: Doc) -> None:
    return None


@stage("places.geocode")
def geocode(doc: Doc) -> None:
    return None
