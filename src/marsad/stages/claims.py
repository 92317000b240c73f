"""Stage: claims (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("claims")
def run(doc: Doc) -> None:
    return None
