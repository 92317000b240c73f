"""Stage: names (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("names")
def run(doc: Doc) -> None:
    return None
