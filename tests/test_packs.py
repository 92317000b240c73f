"""Every data file is listed in the manifest with a version, licence and sources, and parses."""

from __future__ import annotations

import json
from importlib import resources

from marsad import packs


def _data_files() -> set[str]:
    root = resources.files("marsad.data")
    return {p.name for p in root.iterdir() if p.name.endswith((".json", ".jsonl")) and p.name != "manifest.json"}


def test_manifest_lists_every_data_file_and_nothing_else() -> None:
    listed = set(packs.manifest()["packs"])
    assert listed == _data_files()


def test_every_pack_has_version_licence_and_sources() -> None:
    for name, meta in packs.manifest()["packs"].items():
        assert meta["version"], name
        assert meta["licence"], name
        assert meta["sources"], name


def test_every_pack_parses() -> None:
    for name in _data_files():
        if name.endswith(".jsonl"):
            entries = packs.entity_pack(name[: -len(".jsonl")])
            assert entries, name
            assert packs.pack_meta(name).get("licence"), name
        else:
            assert isinstance(packs.load_json(name[: -len(".json")]), dict), name


def test_gpl_free_licences() -> None:
    for name, meta in packs.manifest()["packs"].items():
        assert "GPL" not in json.dumps(meta), name


def test_manifest_versions_match_the_pack_headers() -> None:
    for name, meta in packs.manifest()["packs"].items():
        if name.endswith(".jsonl"):
            assert str(packs.pack_meta(name).get("version")) == meta["version"], name
