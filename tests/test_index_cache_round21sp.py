"""Round 21 (SP), the index cache: each index keeps its `KEEP` most recently used keys instead of one. Two
installs (two versions, two checkouts, a pack edited and put back) sharing one cache folder used to delete
each other's file on every store, so every process of either rebuilt every index."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from marsad import index_cache


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("MARSAD_CACHE_KEEP", raising=False)  # the default is under test
    return tmp_path / "cache"


def _counting(calls: list[str], tag: str) -> object:
    def build() -> dict[str, str]:
        calls.append(tag)
        return {"built": tag}

    return build


def _files(cache: Path, name: str = "t") -> list[Path]:
    return sorted(cache.glob(f"{name}-*.pickle"))


def test_two_keys_alternating_build_once_each(cache: Path) -> None:
    calls: list[str] = []
    for _ in range(3):  # install A, install B, A, B, …
        assert index_cache.cached("t", ["charmap.json"], _counting(calls, "a"), extra="a") == {"built": "a"}
        assert index_cache.cached("t", ["charmap.json"], _counting(calls, "b"), extra="b") == {"built": "b"}
    assert calls == ["a", "b"]
    assert len(_files(cache)) == 2


def test_a_fourth_key_evicts_the_least_recently_used(cache: Path) -> None:
    calls: list[str] = []
    for n, tag in enumerate("abc"):
        index_cache.cached("t", ["charmap.json"], _counting(calls, tag), extra=tag)
        key = index_cache.cache_key("t", ["charmap.json"], tag)
        # explicit, well-separated times: a coarse file clock must not decide the order
        os.utime(index_cache._path(cache, "t", key), (1_000_000 + n, 1_000_000 + n))
    # a hit on "a" (the oldest) makes it the most recently used; "b" is now the oldest
    index_cache.cached("t", ["charmap.json"], _counting(calls, "a"), extra="a")
    index_cache.cached("t", ["charmap.json"], _counting(calls, "d"), extra="d")
    assert calls == ["a", "b", "c", "d"]
    assert len(_files(cache)) == index_cache.KEEP == 3
    index_cache.cached("t", ["charmap.json"], _counting(calls, "a"), extra="a")
    index_cache.cached("t", ["charmap.json"], _counting(calls, "c"), extra="c")
    index_cache.cached("t", ["charmap.json"], _counting(calls, "d"), extra="d")
    assert calls == ["a", "b", "c", "d"]  # a, c and d kept
    index_cache.cached("t", ["charmap.json"], _counting(calls, "b"), extra="b")
    assert calls == ["a", "b", "c", "d", "b"]  # b was the one evicted


def test_other_indexes_files_are_not_touched(cache: Path) -> None:
    # "pack-x" must not count "pack-x-y"'s files as its own (nor "t" those of "t-2")
    for tag in "abcde":
        index_cache.cached("pack-x-y", ["charmap.json"], lambda: 1, extra=tag)
    assert len(_files(cache, "pack-x-y")) == 3
    for tag in "abcde":
        index_cache.cached("pack-x", ["charmap.json"], lambda: 2, extra=tag)
    assert len(_files(cache, "pack-x-y")) == 3
    assert len([p for p in cache.iterdir() if p.name.startswith("pack-x-") and not
                p.name.startswith("pack-x-y-")]) == 3


def test_stale_temporary_files_removed_fresh_ones_kept(cache: Path) -> None:
    index_cache.cached("t", ["charmap.json"], lambda: 1, extra="a")
    stale = cache / ".t-dead.tmp"
    fresh = cache / ".t-writing.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (1_000_000, 1_000_000))
    index_cache.cached("t", ["charmap.json"], lambda: 2, extra="b")
    assert not stale.exists()
    assert fresh.exists()  # another process may still be writing it


def test_missing_folder_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "not" / "yet"
    monkeypatch.setenv("MARSAD_CACHE", str(folder))
    calls: list[str] = []
    assert index_cache.cached("t", [], _counting(calls, "a")) == {"built": "a"}
    assert index_cache.cached("t", [], _counting(calls, "a")) == {"built": "a"}
    assert calls == ["a"] and len(_files(folder)) == 1


def test_read_only_folder_reads_hits_and_builds_misses(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    index_cache.cached("t", ["charmap.json"], _counting(calls, "a"), extra="a")
    before = sorted(p.name for p in cache.iterdir())

    # the folder made read-only (as root, chmod would not stop the writes): every write and touch fails
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(os, "utime", refuse)
    assert index_cache.cached("t", ["charmap.json"], _counting(calls, "a"), extra="a") == {"built": "a"}
    assert index_cache.cached("t", ["charmap.json"], _counting(calls, "b"), extra="b") == {"built": "b"}
    assert index_cache.store("t", "0" * 64, 1) is False
    assert calls == ["a", "b"]
    assert sorted(p.name for p in cache.iterdir()) == before


def test_two_writers_of_one_key_leave_one_whole_file(cache: Path) -> None:
    # two processes storing the same index at once: each writes its own temporary file and replaces the
    # target; the loser's prune must not remove the winner's file
    key = index_cache.cache_key("t", ["charmap.json"])
    assert index_cache.store("t", key, {"v": 1})
    assert index_cache.store("t", key, {"v": 1})
    assert index_cache.load("t", key) == {"v": 1}
    assert len(_files(cache)) == 1 and not list(cache.glob(".t-*"))
