"""Round 22, the index cache: `MARSAD_CACHE_KEEP` sets how many keys each index keeps. More checkouts than
the default three sharing one cache folder evicted each other's files and rebuilt every index in turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad import index_cache


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _build_all(tags: str, calls: list[str]) -> None:
    for tag in tags:
        index_cache.cached("t", ["charmap.json"], lambda tag=tag: calls.append(tag) or tag, extra=tag)


def test_five_checkouts_alternate_without_rebuilding_when_keep_is_five(cache: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE_KEEP", "5")
    calls: list[str] = []
    for _ in range(3):
        _build_all("abcde", calls)
    assert calls == list("abcde")
    assert len(list(cache.glob("t-*.pickle"))) == 5


def test_the_default_still_evicts_with_five_checkouts(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_CACHE_KEEP", raising=False)
    calls: list[str] = []
    for _ in range(2):
        _build_all("abcde", calls)
    assert len(calls) == 10  # each of five keys evicted before its turn came again
    assert len(list(cache.glob("t-*.pickle"))) == index_cache.KEEP


@pytest.mark.parametrize("raw", ["zero", "0", "-2", "2.5"])
def test_a_bad_setting_is_named_and_the_default_used(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], raw: str) -> None:
    monkeypatch.setenv("MARSAD_CACHE_KEEP", raw)
    index_cache._warn_keep.cache_clear()
    assert index_cache.keep() == index_cache.KEEP
    _build_all("abcd", [])  # the run goes on
    assert len(list(cache.glob("t-*.pickle"))) == index_cache.KEEP
    err = capsys.readouterr().err
    assert err.count("[E501]") == 1  # once, not at every store
    assert f"MARSAD_CACHE_KEEP={raw!r}" in err and "unset it" in err


def test_keep_one_keeps_only_the_newest(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE_KEEP", "1")
    _build_all("ab", [])
    files = list(cache.glob("t-*.pickle"))
    assert files == [index_cache._path(cache, "t", index_cache.cache_key("t", ["charmap.json"], "b"))]
