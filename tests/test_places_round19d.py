"""Round 19d, places: a pack name that needs a place noun counts after في/ب where the article names its area."""

from __future__ import annotations

import marsad


def _art(text: str) -> dict:
    return marsad.analyze(text, published="2019-03-10").to_dict()


def _places(art: dict) -> set[str]:
    return {e["name"] for e in art["entities"] if e["type"] == "place"}


def _event_place(art: dict, trigger: str) -> str | None:
    names = {e["id"]: e["name"] for e in art["entities"]}
    found = [ev for ev in art["events"] if ev["trigger"]["text"] == trigger]
    assert found, [ev["trigger"]["text"] for ev in art["events"]]
    return names.get(found[-1]["place"]) if found[-1]["place"] else None


def test_bare_district_after_fi_when_its_governorate_is_named() -> None:
    text = ("أعلنت مصادر محلية في محافظة صعدة أن الطيران حلق فوق المحافظة صباح اليوم.\n"
            "وشنت القوات قصفا مدفعيا على مواقع في رازح مساء الأحد.")
    art = _art(text)
    assert "Razih" in _places(art)
    assert _event_place(art, "شنت") == "Razih"


def test_bare_district_after_fi_when_named_with_its_noun_before() -> None:
    text = ("قال سكان في مديرية كتاف إن الاشتباكات تجددت ليلا.\n"
            "وأضافوا أن قذائف سقطت على منازل المواطنين في كتاف وأصابت ثلاثة أشخاص.")
    assert "Kitaf" in _places(_art(text))


def test_bare_district_without_its_area_stays_untagged() -> None:
    # nothing in the article names Saada: the bare word after في is not taken as the district
    text = "وشنت القوات قصفا مدفعيا على مواقع في رازح مساء الأحد، بحسب مصادر في اليمن."
    assert "Razih" not in _places(_art(text))


def test_ordinary_word_stays_untagged_even_when_its_area_is_named() -> None:
    # حجة is a Yemeni town that needs its noun, but بحجة is 'on the pretext of', Hajjah named or not
    text = ("قصفت القوات مديرية حرض في محافظة حجة.\n"
            "واعتقلت المسلحين بحجة التعاون مع الطرف الآخر.")
    art = _art(text)
    spans = [m["text"] for e in art["entities"] if e["type"] == "place" for m in e.get("mentions", [])]
    assert not any("بحجة" in s for s in spans), spans


def test_bare_district_after_bi_when_a_town_of_its_governorate_is_named() -> None:
    text = ("سقط قتلى في غارات على مدينة صعدة صباح اليوم.\n"
            "كما دارت اشتباكات عنيفة بحيدان استمرت ساعات.")
    assert "Haydan" in _places(_art(text))
