"""Places, round 25 (P2): a compass word right after a district or front the clause puts an event in (في جبهة
نهم شرق صنعاء، في مديرية أرحب شمال العاصمة صنعاء) makes the town named next a landmark whatever its province:
the event is in the district, not at the town. A countryside holds its towns, and a compass word before a
governorate names a part of it, so those keep the nearer place (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import marsad


@pytest.fixture(autouse=True)
def _no_import(plain_home: None) -> Iterator[None]:
    yield


def _event_places(text: str) -> list[str | None]:
    doc = marsad.analyze(text, published="2018-07-01").to_dict()
    ents = {e["id"]: e["name"] for e in doc["entities"]}
    return [ents.get(ev["place"]) for ev in doc["events"] if ev["type"] in ("ATTACK", "SEIZE")]


@pytest.mark.parametrize(("text", "district"), [
    ("اندلعت اشتباكات عنيفة بين الجيش والحوثيين في جبهة نهم شرق صنعاء مساء أمس.", "Nihm District"),
    ("قتل ثلاثة مسلحين في مواجهات مع القوات الحكومية في مديرية نهم شمال شرقي العاصمة صنعاء.",
     "Nihm District"),
    ("شنت المقاتلات غارات على مواقع المسلحين في مديرية أرحب شمال صنعاء فجر اليوم.", "Arhab District"),
    ("قصفت الطائرات تجمعات للمتمردين في مديرية سنحان جنوبي العاصمة صنعاء.", "Sanhan District"),
])
def test_town_after_a_compass_word_is_a_landmark_of_the_district(text: str, district: str) -> None:
    places = _event_places(text)
    assert places and all(p == district for p in places)


@pytest.mark.parametrize(("text", "place"), [
    # a countryside holds the town: the town is the nearer point
    ("قصفت المدفعية قرى في ريف إدلب جنوب مدينة معرة النعمان.", "Maarat al-Numan"),
    # «جنوب محافظة الحديدة» is the governorate's south, no side of it
    ("دارت معارك عنيفة في جبهات الساحل الغربي جنوب محافظة الحديدة منذ الفجر.", "Al Hudaydah Governorate"),
])
def test_countryside_and_governorate_keep_the_nearer_place(text: str, place: str) -> None:
    places = _event_places(text)
    assert places and all(p == place for p in places)
