"""Stage: framing (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("framing")
def run(doc: Doc) -> None:
    return None
