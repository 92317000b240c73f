"""Places, round 22 (PL2): an ordinary word that folding makes look like a place name the pack spells with a
bare alef (فأس 'axe' → فاس Fes, بأجور 'for wages' → باجور Bajaur, رأوه 'they saw it' → راوة Rawa) is the word;
the hamza-less spelling stays the place (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad


def _places(text: str) -> list[dict]:
    return [e for e in marsad.analyze(text, published="2018-03-01").to_dict()["entities"] if e["type"] == "place"]


def _names(text: str) -> set[str]:
    return {e["name"] for e in _places(text)}


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("اعتدى رجل على جاره بفأس في قرية قرب حمص مساء الخميس.", "فأس", "Homs"),
    ("خرج المتظاهرون في بغداد يطالبون بأجور أعلى وبخدمات أفضل.", "بأجور", "Baghdad"),
    ("انتقد نواب من الأنبار ما رأوه تدخلا في عمل المفوضية.", "رأوه", "Al Anbar Governorate"),
])
def test_hamza_word_is_no_place(text: str, word: str, kept: str) -> None:
    places = _places(text)
    assert not any(m["text"] == word for p in places for m in p["mentions"])
    assert kept in {p["name"] for p in places}


@pytest.mark.parametrize(("text", "name"), [
    ("وصل وفد حكومي إلى فاس صباح السبت لحضور المؤتمر.", "Fes"),
    ("شنت طائرات مسيرة غارة على مواقع في باجور شمال غربي باكستان.", "Bajaur"),
    ("دخلت القوات العراقية مدينة راوة بعد معارك مع التنظيم.", "Rawa"),
])
def test_bare_alef_spelling_stays_the_place(text: str, name: str) -> None:
    assert name in _names(text)


# عمان names both Amman and Oman: the bare name is Oman in an article with Oman's signs and none of Jordan's

@pytest.mark.parametrize("text", [
    "أقلت طائرة عمانية الجرحى إلى مسقط، ونقل جرحى الحوثيين من عمان إلى صنعاء بعد ساعات.",
    "جرت المحادثات في عمان بين وفدين يمنيين بوساطة عمانية استمرت أسابيع.",
])
def test_bare_name_with_oman_signs_is_oman(text: str) -> None:
    e = next(p for p in _places(text) if any(m["text"] == "عمان" for m in p["mentions"]))
    assert e["name"] == "Oman"


def test_bare_name_joins_the_named_sultanate() -> None:
    text = "وصل الوفد اليمني إلى سلطنة عمان، ثم عاد من عمان إلى صنعاء مساء الثلاثاء."
    hits = [p for p in _places(text) if any(m["text"] in ("عمان", "سلطنة عمان") for m in p["mentions"])]
    assert len(hits) == 1 and hits[0]["name"] == "Oman"


@pytest.mark.parametrize("text", [
    "تظاهر المئات في عمان ضد قانون الضريبة، وقالت الحكومة الأردنية إنها ستراجعه، فيما أشادت صحف عمانية بالهدوء.",
    "وقع انفجار في مدينة السلط شمال غرب العاصمة عمان، وأدانت مسقط الهجوم.",
    "اجتمع الوزراء في عمّان، وحضر الاجتماع وزير الخارجية العماني.",
    "تظاهر المئات في عمان ضد قانون الضريبة مساء الأربعاء.",
])
def test_amman_stays_without_oman_signs_or_with_jordan_ones(text: str) -> None:
    e = next(p for p in _places(text) if any(m["text"] in ("عمان", "عمّان") for m in p["mentions"]))
    assert e["name"] == "Amman"


# a direction of Russia lies in that part of Russia, not by its centre in Siberia

@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("قصفت مسيرات مستودعات وقود في غربي روسيا ليل الأحد.", 53.3, 34.2),  # the Belarus and Ukraine borders
    ("اعتقلت الشرطة عشرات المحتجين في شمال غرب روسيا.", 59.9, 30.3),  # Saint Petersburg
    ("أحبطت الأجهزة الأمنية هجوما في جنوب غربي روسيا.", 45.0, 39.0),  # the Kuban
])
def test_direction_of_russia_lies_in_that_part(text: str, lat: float, lon: float) -> None:
    e = next(p for p in _places(text) if "روسيا" in p["mentions"][0]["text"])
    assert abs(e["lat"] - lat) < 1.0 and abs(e["lon"] - lon) < 1.5
