"""Stage: entities (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("entities")
def run(doc: Doc) -> None:
    return None
