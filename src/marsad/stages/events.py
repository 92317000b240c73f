"""Stage: events (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("events")
def run(doc: Doc) -> None:
    return None
