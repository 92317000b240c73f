"""Places, round 24 (PL): a village of the villages pack (villages_sy.jsonl) counts only in an article that names
its governorate as a place: the governorate's word as a whole word (bare or under a proclitic), not a substring of
another word (الحلبي، حلبة) and not after a noun that makes it a government or a pact (نظام دمشق، اتفاق دمشق).
The governorates an article names are kept on its document's scratch, never in a module-global memo (sentences
written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad import gazetteer as gz
from marsad.textnorm import fold_text


@pytest.fixture(autouse=True)
def _no_import(plain_home):  # type: ignore[no-untyped-def]
    yield


def _placed(text: str, name: str) -> list[dict]:
    ents = marsad.analyze(text, published="2018-07-01").to_dict()["entities"]
    return [e for e in ents if e["type"] == "place" and e.get("lat") is not None
            and any(name in m["text"] for m in e["mentions"])]


@pytest.mark.parametrize(("text", "name"), [
    # Damascus only as the government's name: no Rif Dimashq village is licensed by it
    ("نفت المعارضة رواية نظام دمشق وقالت إن بلدة حوش عرب لم تشهد أي اشتباك منذ أسابيع.", "حوش عرب"),
    ("قال الوسيط إن اتفاق دمشق الأخير لم يشمل بلدة حوش عرب ولا المزارع المحيطة بها.", "حوش عرب"),
    # Aleppo only inside a surname: no Aleppo village is licensed by it
    ("روى أحمد الحلبي أن قرية دوير الهوا خلت من سكانها بعد القصف.", "دوير الهوا"),
])
def test_governorate_word_that_names_no_place_licenses_no_village(text: str, name: str) -> None:
    assert not _placed(text, name)


@pytest.mark.parametrize(("text", "name", "lat"), [
    # the governorate under a proclitic is still named
    ("نزح الأهالي من قرية دوير الهوا بريف حلب الشمالي بعد ليلة من القصف.", "دوير الهوا", 36.45),
    ("وصلت قافلة مساعدات إلى بلدة حوش عرب وإلى بلدات أخرى في ريف دمشق.", "حوش عرب", 33.81),
])
def test_governorate_named_as_a_place_licenses_its_village(text: str, name: str, lat: float) -> None:
    ents = _placed(text, name)
    assert ents and abs(ents[0]["lat"] - lat) < 0.05


def test_named_governorates_reads_words_not_substrings() -> None:
    named = gz.named_governorates(fold_text("افتتحت حلبة جديدة وتحدث نظام دمشق عن الحلبي وأهالي بالرقة ودير الزور"))
    assert "Aleppo" not in named and "Damascus" not in named
    assert {"Raqqa", "Deir ez-Zor"} <= named


def test_article_governorates_live_on_each_documents_scratch() -> None:
    first: dict = {}
    second: dict = {}
    a = fold_text("قصفت الطائرات ريف إدلب الجنوبي")
    b = fold_text("قصفت الطائرات ريف حماة الشمالي")
    assert gz.article_governorates(first, a) == {"Idlib"}
    assert gz.article_governorates(second, b) == {"Hama"}
    # each article keeps its own answer: asking for the first again does not see the second's text
    assert gz.article_governorates(first, a) == {"Idlib"}
    assert first["named_governorates"][0] is a
