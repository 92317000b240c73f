"""Reading inputs: files and records in, clean article texts (or a reason they were skipped) out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import InputError


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from an input, before analysis."""

    text: str
    name: str  # output stem: file stem, record id, or <file>-<line>
    source: str  # the input path (and record number) for messages
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    error: InputError
    counted: bool = True  # whether the failure stands for one of the inputs count_inputs() counted


def read_paths(paths: list[str]) -> Iterator[RawArticle | Failure]:
    for p in paths:
        path = Path(p)
        try:
            yield RawArticle(path.read_text("utf-8"), path.stem, str(path))
        except OSError as e:
            yield Failure(str(path), InputError("E108", detail=str(e)))


def count_inputs(paths: list[str]) -> int:
    """How many articles the paths hold, roughly (for the progress bar)."""
    n = 0
    for p in paths:
        path = Path(p)
        n += sum(1 for f in path.rglob("*") if f.is_file()) if path.is_dir() else 1
    return n
