"""Stage: metadata (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("metadata")
def run(doc: Doc) -> None:
    return None
