"""The on-disk index cache: keyed, atomic, and ignored when corrupt or stale."""

from __future__ import annotations

import dataclasses
import gc
import pickle
from pathlib import Path

import pytest

from marsad import index_cache
from marsad.matcher import PhraseIndex
from marsad.textnorm import fold_text


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path))
    monkeypatch.delenv("MARSAD_CACHE_KEEP", raising=False)  # the default is under test
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
    for n in range(index_cache.KEEP + 2):
        index_cache.cached("t", ["charmap.json"], lambda: n, extra=f"v{n}")  # noqa: B023
    assert len(list(cache.glob("t-*.pickle"))) == index_cache.KEEP  # the most recently used keys
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


@dataclasses.dataclass(frozen=True, slots=True)
class _Rec:
    kind: str
    base: str
    flag: bool = False


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _KwRec:
    kind: str
    n: int = 0


def test_frozen_slotted_records_round_trip(cache: Path) -> None:
    # stored as field values (constructor, or field by field when the constructor cannot take them)
    recs = [_Rec("هجوم", f"قصف{i}", i % 2 == 0) for i in range(50)] + [_KwRec(kind="اعتقال", n=3)]
    shared = _Rec("x", "y")
    obj = {"recs": recs, "twice": (shared, shared)}
    index_cache.cached("recs", ["charmap.json"], lambda: obj)
    loaded = index_cache.cached("recs", ["charmap.json"], lambda: pytest.fail("built again"))
    assert loaded == obj
    assert loaded["twice"][0] is loaded["twice"][1]  # shared objects stay shared
    assert type(loaded["recs"][-1]) is _KwRec


def test_loading_leaves_the_collector_as_it_was(cache: Path) -> None:
    index_cache.cached("g", ["charmap.json"], lambda: [1, 2])
    assert gc.isenabled()
    assert index_cache.cached("g", ["charmap.json"], lambda: []) == [1, 2]
    assert gc.isenabled()
    gc.disable()
    try:
        assert index_cache.cached("g", ["charmap.json"], lambda: []) == [1, 2]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_loaded_phrase_index_counts_finds_and_grows(cache: Path) -> None:
    index_cache.cached("p", ["charmap.json"], _index)
    loaded = index_cache.cached("p", ["charmap.json"], lambda: pytest.fail("built again"))
    assert loaded._plain is None  # stored without the second copy of its phrases
    assert len(loaded) == len(_index())
    text = fold_text("قالت قوات سوريا الديمقراطية للجزيرة إن الجيش الوطني تقدم")
    assert [m.payloads for m in loaded.find(text)] == [("sdf",), ("aljazeera",)]
    loaded.add("الجيش الوطني", "sna")
    assert len(loaded) == len(_index()) + 1
    assert [m.payloads for m in loaded.find(text)] == [("sdf",), ("aljazeera",), ("sna",)]
