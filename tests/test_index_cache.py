"""The on-disk index cache: keyed, atomic, and ignored when corrupt or stale."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from marsad import index_cache
from marsad.matcher import PhraseIndex
from marsad.textnorm import fold_text


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path))
    return tmp_path


def _index() -> PhraseIndex:
    idx = PhraseIndex()
    idx.add("قوات سوريا الديمقراطية", "sdf")
    idx.add("الجزيرة", "aljazeera")
    return idx.compile()


def test_build_once_then_load(cache: Path) -> None:
    calls = []

    def build() -> PhraseIndex:
        calls.append(1)
        return _index()

    first = index_cache.cached("t", ["charmap.json"], build)
    second = index_cache.cached("t", ["charmap.json"], build)
    assert calls == [1]
    assert len(list(cache.glob("t-*.pickle"))) == 1
    text = fold_text("قالت قوات سوريا الديمقراطية للجزيرة")
    assert second.find(text) == first.find(text) == _index().find(text)
    assert [m.payloads for m in second.find(text)] == [("sdf",), ("aljazeera",)]


def test_changed_file_changes_the_key(cache: Path, tmp_path: Path) -> None:
    src = tmp_path / "pack.json"
    src.write_text("1")
    k1 = index_cache.cache_key("t", [src])
    index_cache._file_digest.cache_clear()
    src.write_text("2")
    assert index_cache.cache_key("t", [src]) != k1
    assert index_cache.cache_key("t", ["charmap.json"]) != index_cache.cache_key("t", ["charmap.json"], "x")


def test_corrupt_file_is_rebuilt(cache: Path) -> None:
    index_cache.cached("t", ["charmap.json"], lambda: {"a": 1})
    (path,) = cache.glob("t-*.pickle")
    path.write_bytes(b"not a pickle")
    assert index_cache.cached("t", ["charmap.json"], lambda: {"a": 2}) == {"a": 2}
    path.write_bytes(pickle.dumps(("other", "key", {"a": 3})))
    assert index_cache.cached("t", ["charmap.json"], lambda: {"a": 4}) == {"a": 4}


def test_old_files_removed_and_no_temp_left(cache: Path) -> None:
    index_cache.cached("t", ["charmap.json"], lambda: 1, extra="v1")
    index_cache.cached("t", ["charmap.json"], lambda: 2, extra="v2")
    assert len(list(cache.glob("t-*.pickle"))) == 1
    assert not list(cache.glob(".t-*"))


def test_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE", "off")
    assert index_cache.cache_dir() is None
    assert index_cache.cached("t", [], lambda: 5) == 5
    assert not list(tmp_path.iterdir())


def test_unwritable_folder_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("MARSAD_CACHE", str(blocker / "sub"))
    assert index_cache.cached("t", [], lambda: 7) == 7


def test_phrase_index_from_an_older_layout_rebuilds() -> None:
    idx = _index()
    state = dict(idx.__dict__)
    state.pop("_values")
    old = PhraseIndex.__new__(PhraseIndex)
    old.__setstate__(state)
    text = fold_text("قوات سوريا الديمقراطية")
    assert old.find(text) == idx.find(text) != []


def test_pack_entries_pickle_to_equal_entries() -> None:
    # Alias and PackEntry pickle through their constructors (faster to load): every field must travel
    from marsad import packs

    for name in ("actors", "places"):
        entries = packs._read_entity_pack(name)
        assert pickle.loads(pickle.dumps(entries)) == entries


def test_entity_pack_read_once_then_loaded(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad import packs

    packs.reset_caches()
    first = packs.entity_pack("outlets")
    packs.reset_caches()
    monkeypatch.setattr(packs, "_read_entity_pack", lambda name: pytest.fail("read again"))
    assert packs.entity_pack("outlets") == first
    packs.reset_caches()
