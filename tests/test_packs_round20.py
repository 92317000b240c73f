"""Pack files are written by hand and merged by hand: a key written twice in one object is silently read as the
last one, and a version bumped without its `changes` line leaves the history short. Both are caught here."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest


def _pack_paths() -> list:
    root = resources.files("marsad.data")
    return sorted(
        (p for p in root.iterdir() if p.name.endswith((".json", ".jsonl")) and p.name != "manifest.json"),
        key=lambda p: p.name,
    )


def _repeated_keys(text: str) -> list[str]:
    repeated: list[str] = []

    def hook(pairs: list[tuple[str, object]]) -> dict:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(text, object_pairs_hook=hook)
    return repeated


@pytest.mark.parametrize("path", _pack_paths(), ids=lambda p: p.name)
def test_no_key_is_written_twice_in_one_object(path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines() if path.name.endswith(".jsonl") else [text]
    repeated = [key for line in lines if line.strip() for key in _repeated_keys(line)]
    assert repeated == [], f"{path.name}: keys written twice: {repeated[:5]}"


def _meta(path) -> dict:
    text = path.read_text(encoding="utf-8")
    if path.name.endswith(".jsonl"):
        first = json.loads(text.splitlines()[0])
        return first.get("_meta", {})
    return json.loads(text)


@pytest.mark.parametrize("path", _pack_paths(), ids=lambda p: p.name)
def test_the_last_change_names_the_current_version(path) -> None:
    meta = _meta(path)
    changes = meta.get("changes")
    if not isinstance(changes, list) or not changes:
        pytest.skip(f"{path.name} keeps no numbered changes")
    last = re.match(r"^(\d+(?:\.\d+)*)", changes[-1])
    if last is None:
        pytest.skip(f"{path.name} writes its changes without numbers")
    assert last.group(1) == str(meta["version"]), f"{path.name}: version {meta['version']}, last change {last.group(1)}"
