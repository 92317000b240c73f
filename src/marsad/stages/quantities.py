"""Stage: quantities (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("quantities")
def run(doc: Doc) -> None:
    return None
