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


#: rough bounding boxes (lat min, lat max, lon min, lon max) of the countries the places pack covers most
_BOXES = {"SY": (32.3, 37.4, 35.6, 42.4), "IQ": (29.0, 37.4, 38.7, 48.6), "YE": (12.1, 19.0, 42.5, 54.6),
          "SA": (16.3, 32.2, 34.5, 55.7), "IR": (25.0, 39.8, 44.0, 63.4), "LB": (33.0, 34.7, 35.1, 36.7),
          "JO": (29.1, 33.4, 34.9, 39.3), "TR": (35.8, 42.2, 25.6, 44.9)}


def test_place_coordinates_lie_in_their_country() -> None:
    for e in packs.entity_pack("places"):
        box = _BOXES.get(e.country or "")
        lat, lon = e.extra.get("lat"), e.extra.get("lon")
        if box and lat is not None and lon is not None:
            assert box[0] <= lat <= box[1] and box[2] <= lon <= box[3], f"{e.id}: {lat}, {lon} not in {e.country}"


def test_place_names_that_are_common_words_need_a_cue_noun() -> None:
    from marsad import gazetteer
    from marsad.textnorm import fold_text

    # حجة "pretext" (بحجة), البيضاء "the white", صور "pictures", بلد "a country", الدور
    # "the role", صدد (بصدد "about to"), كسب (لكسب "to gain"), حديثة (في حديثه "in his talk"), عمران a given
    # name: in every source (pack and GeoNames) they count only after a cue noun (مدينة، محافظة، بلدة ...).
    # Not جدة: after any cue it is Jeddah (place_cues 42), and its kinship noun is told by a final ه
    table = gazetteer.alias_table()
    for w in ("حجة", "مأرب", "البيضاء", "الخوخة", "عمران", "حرض", "الحزم", "صور", "الصور", "بلد", "الدور",
              "صدد", "أراك", "كسب", "نصيب", "حديثة", "البغدادي", "التضامن", "سلوك"):
        info = table.get(fold_text(w))
        assert info is not None and info.cue == "noun", (w, info)


def test_roles_keep_compass_nouns_and_possessed_nouns_out_of_names() -> None:
    roles = packs.load_json("roles")
    assert {"شمال", "وشمال"} <= set(roles["not_name_words"])
    assert {"وضيفه", "ونظيره"} <= set(roles["name_stop_words"])
