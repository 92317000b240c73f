"""Stage: times (in progress)."""

from __future__ import annotations

from marsad.pipeline import Doc, stage


@stage("times")
def run(doc: Doc) -> None:
    return None


def parse_published(value: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
