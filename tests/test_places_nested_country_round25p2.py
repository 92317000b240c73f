"""Places, round 25 (PL): a region's pack name that ends in its own country under ل or في (الساحل الغربي لليمن،
الساحل الغربي في اليمن، الساحل الغربي لسوريا) names that country too, beside the region; the event told there
stays at the region, not at the country inside its name. A direction's idafa (شمال سوريا) stays one place
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import marsad


@pytest.fixture(autouse=True)
def _no_import(plain_home: None) -> Iterator[None]:
    yield


def _analyze(text: str) -> dict:
    return marsad.analyze(text, published="2018-07-01").to_dict()


def _place_names(doc: dict) -> list[str]:
    return [e["name"] for e in doc["entities"] if e["type"] == "place"]


@pytest.mark.parametrize(("text", "region", "country"), [
    ("تواصلت المواجهات العنيفة أمس في الساحل الغربي لليمن بين القوات الحكومية والمتمردين.",
     "Yemen's west coast", "Yemen"),
    ("أرسلت الجماعة مئات المقاتلين إلى الساحل الغربي في اليمن خلال الأسبوع الماضي.",
     "Yemen's west coast", "Yemen"),
    ("سقطت قذائف على قرى قريبة من الساحل الغربي لسوريا دون أن توقع إصابات.",
     "Syrian coast", "Syria"),
])
def test_country_at_the_end_of_a_region_name_is_named_too(text: str, region: str, country: str) -> None:
    doc = _analyze(text)
    names = _place_names(doc)
    assert region in names
    assert country in names
    # the country's mention lies inside the region's, on its last word
    ents = {e["name"]: e for e in doc["entities"] if e["type"] == "place"}
    inner = ents[country]["mentions"][0]
    outer = ents[region]["mentions"][0]
    assert outer["start"] < inner["start"] and inner["end"] == outer["end"]


@pytest.mark.parametrize("text", [
    "شنت طائرات التحالف غارات عنيفة على مواقع المتمردين في الساحل الغربي لليمن فجر اليوم.",
    # the place as the subject of «تشهد»: the nested country was the only place after the trigger's noun
    "وتشهد جبهات الساحل الغربي لليمن منذ أيام معارك ضارية بين الطرفين.",
])
def test_event_stays_at_the_region_not_the_country_inside_it(text: str) -> None:
    doc = _analyze(text)
    ents = {e["id"]: e["name"] for e in doc["entities"]}
    places = [ents.get(ev["place"]) for ev in doc["events"] if ev["type"] == "ATTACK"]
    assert places and all(p == "Yemen's west coast" for p in places)


@pytest.mark.parametrize("text", [
    "قصفت المدفعية مواقع في شمال سوريا صباح اليوم.",
    "تقدمت القوات نحو مناطق في جنوب اليمن خلال الليل.",
])
def test_direction_of_a_country_stays_one_place(text: str) -> None:
    names = _place_names(_analyze(text))
    assert len(names) == 1
