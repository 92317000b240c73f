"""Places, round 12: the precedence of imported gazetteers (tested with the real OCHA Syria communities
file), and place-finding fixes from unseen articles. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad import gazetteer as gz
from marsad.gazetteer import haversine_km
from marsad.stages import places as place_stage

ROOT = Path(__file__).resolve().parents[1]
OCHA = ROOT.parent / "shared" / "data" / "gazetteer-syria-ocha-2015" / "syr_admin4_point.geojson"


@pytest.fixture(scope="module")
def ocha_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the OCHA communities imported once for the module (5,000 villages)."""
    if not OCHA.exists():
        pytest.skip("shared OCHA data not available")
    base = tmp_path_factory.mktemp("ocha-r12")
    mp = pytest.MonkeyPatch()
    mp.setenv("MARSAD_HOME", str(base / "home"))
    mp.setenv("MARSAD_CACHE", str(tmp_path_factory.getbasetemp() / "places-cache"))
    place_stage.reset()
    gz.import_gazetteer(OCHA, name="ocha")
    yield base / "home"
    mp.undo()
    place_stage.reset()


@pytest.fixture
def plain_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path_factory.getbasetemp() / "places-home"))
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path_factory.getbasetemp() / "places-cache"))
    place_stage.reset()
    yield
    place_stage.reset()


def _place(text: str, surface: str) -> dict:
    rec = marsad.analyze(text, published="2018-03-01").to_dict()
    for e in rec["entities"]:
        if e["type"] == "place" and any(m["text"] == surface for m in e["mentions"]):
            return e
    raise AssertionError(f"{surface} not found as a place: {[e['name'] for e in rec['entities']]}")


# ------------------------------------------------------------------ imported villages fill gaps only


def test_imported_village_never_displaces_a_pack_town(ocha_home: Path) -> None:
    t = gz.alias_table()
    # OCHA's villages called عفرين (near al-Bab) and الطبقة (in al-Malikiyah) lie far from the towns
    for name, town in (("عفرين", "sy-afrin"), ("الطبقه", "sy-tabqa")):
        assert town in t[name].ids
        assert not any(i.startswith("ocha:") for i in t[name].ids), name


def test_imported_village_fills_a_name_nobody_else_knows(ocha_home: Path) -> None:
    info = gz.alias_table()["ابو حردوب"]
    assert info.ids and all(i.startswith("ocha:") for i in info.ids)


def test_town_stays_put_among_villages_near_the_namesake(ocha_home: Path) -> None:
    # the article's other places (الباب، منبج) lie nearer OCHA's village عفرين than the town of Afrin
    e = _place("قصفت المدفعية التركية مدينة عفرين، فيما وصلت تعزيزات إلى الباب ومنبج شرقي حلب.", "عفرين")
    assert haversine_km(e["lat"], e["lon"], 36.51, 36.87) < 25


def test_imported_village_is_geocoded_in_text(ocha_home: Path) -> None:
    e = _place("دارت اشتباكات عنيفة في بلدة أبو حردوب بريف دير الزور الشرقي.", "أبو حردوب")
    assert haversine_km(e["lat"], e["lon"], 34.85, 40.63) < 25


def test_pack_stands_for_an_imported_village_at_the_same_place(plain_home: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    mp = pytest.MonkeyPatch()
    mp.setenv("MARSAD_HOME", str(home))
    try:
        place_stage.reset()
        csv_path = tmp_path / "villages.csv"
        csv_path.write_text("pcode,name_en,name_ar,lat,lon\nV1,Manbij village,منبج,36.56,37.99\n", "utf-8")
        gz.import_gazetteer(csv_path, name="villages")
        info = gz.alias_table()["منبج"]
        assert info.ids == ("sy-manbij",)
    finally:
        mp.undo()
        place_stage.reset()
