"""Stage: resolve (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("resolve")
def run(doc: Doc) -> None:
    return None
