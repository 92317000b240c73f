"""Camps no gazetteer knows, located by the place named right after them; the parts of a country placed by
its extent; «البلاد» in a paragraph about another country; «الناصرية» as Nasserism. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad import gazetteer as gz
from marsad.gazetteer import haversine_km


def _places(text: str) -> dict[str, dict]:
    art = marsad.analyze(text, published="2024-03-01").to_dict()
    return {m["text"]: e for e in art["entities"] if e["type"] == "place" for m in e["mentions"]}


@pytest.mark.parametrize(
    ("text", "camp", "anchor"),
    [
        ("غمرت مياه الأمطار خيام مخيم الفرقان في ريف إدلب الشمالي صباح اليوم.", "مخيم الفرقان",
         "ريف إدلب الشمالي"),
        ("اندلع حريق في مخيم السلام قرب بلدة أطمة ليل الأحد.", "مخيم السلام", "أطمة"),
        ("وصلت قافلة مساعدات إلى مخيم كفرجالس بريف حلب الغربي.", "مخيم كفرجالس", "ريف حلب الغربي"),
        ("قتل طفلان بقصف مدفعي استهدف مخيم الهدى شمالي إدلب.", "مخيم الهدى", "شمالي إدلب"),
        ("وزعت منظمة إغاثية سلالا غذائية في مخيم الرحمة للنازحين بريف حلب الشمالي.", "مخيم الرحمة",
         "ريف حلب الشمالي"),
    ],
)
def test_unknown_camp_is_placed_by_the_place_after_it(text: str, camp: str, anchor: str) -> None:
    got = _places(text)
    assert camp in got, got.keys()
    assert got[camp]["lat"] is not None
    assert haversine_km(got[camp]["lat"], got[camp]["lon"], got[anchor]["lat"], got[anchor]["lon"]) < 30


@pytest.mark.parametrize(
    "text",
    [
        "أقامت المنظمة مخيم تدريب في ريف حلب للشبان.",
        "نقلت السلطات العائلات إلى مخيم للنازحين في ريف إدلب.",
        "يعيش آلاف الأشخاص في مخيم اللاجئين في عرسال منذ سنوات.",
        "نظمت الجمعية مخيم الشباب في الصيف الماضي.",
    ],
)
def test_camp_noun_before_a_purpose_or_dwellers_or_without_a_place_makes_no_camp(text: str) -> None:
    assert not any(k.startswith("مخيم") for k in _places(text))


def test_known_camp_of_iraqi_kurdistan_is_at_the_camp() -> None:
    got = _places("زار وفد أممي مخيم دوميز في إقليم كردستان العراق والتقى لاجئين سوريين.")
    assert got["مخيم دوميز"].get("ref") == "fac-domiz-camp"


@pytest.mark.parametrize(
    ("text", "mention", "lat", "lon"),
    [
        # the western part of a big country lies far from its centre: Darfur, not Kordofan
        ("اندلعت اشتباكات قبلية في غرب السودان أمس.", "غرب السودان", 12.9, 26.0),
        # and the southern part of a small one stays inside it
        ("انقطعت الكهرباء عن مناطق جنوب قطر لساعات.", "جنوب قطر", 25.0, 51.2),
    ],
)
def test_a_part_of_a_country_is_shifted_by_its_extent(text: str, mention: str, lat: float, lon: float) -> None:
    e = _places(text)[mention]
    assert haversine_km(e["lat"], e["lon"], lat, lon) < 60


def test_a_huge_country_keeps_the_fixed_shift() -> None:
    # (Russia's south now has a record of its own in the pack: Canada has none)
    e = _places("ضربت موجة حر جنوب كندا هذا الأسبوع.")["جنوب كندا"]
    ca = gz.records_by_id()["country-ca"]
    assert 100 < haversine_km(e["lat"], e["lon"], ca.lat, ca.lon) < 250


def test_bilad_in_a_paragraph_about_another_country() -> None:
    text = (
        "قصفت الطائرات الحربية مواقع في ريف إدلب الجنوبي، وقتل مدنيان في مدينة أريحا.\n"
        "وفي اليابان، ضرب زلزال قوي شمال البلاد صباح اليوم دون أن تسجل إصابات.\n"
        "وفي درعا، انفجرت عبوة ناسفة في سيارة عسكرية."
    )
    e = _places(text)["شمال البلاد"]
    assert e["lon"] > 130  # Japan, not Syria


def test_bilad_after_a_part_of_another_country_in_its_sentence() -> None:
    text = (
        "قتل ثلاثة أشخاص بقصف على بلدة في ريف حماة.\n"
        "أصيب رجل بجروح في هجوم شمال ألمانيا، بينما شهدت مدن شرق البلاد احتجاجات."
    )
    e = _places(text)["شرق البلاد"]
    assert 48 < e["lat"] < 55 and 9 < e["lon"] < 16  # eastern Germany


@pytest.mark.parametrize(
    "text",
    [
        # a foreign country as a side phrase (a caller abroad, an embassy) in a paragraph set in the
        # article's own country does not move البلاد there
        "اعتقلت الشرطة شابا في مدينة حلب أمس. وكان الشاب قد تلقى رسالة من قريب له بألمانيا عن تهريب سلاح"
        " إلى شمال البلاد.",
        "قال ناشطون إن القصف على ريف حماة لم يتوقف. ونقلت السفارة في هولندا عن شهود أن قرى شمال البلاد تضررت.",
    ],
)
def test_bilad_stays_the_articles_country_beside_a_side_phrase_abroad(text: str) -> None:
    e = _places(text)["شمال البلاد"]
    assert 34.5 < e["lat"] < 37.5 and 35.5 < e["lon"] < 42.5  # northern Syria


def test_bilad_is_the_country_of_an_army_acting_there() -> None:
    text = (
        "سيطرت القوات على مدينة غريان جنوب طرابلس بعد معارك عنيفة.\n"
        "وقال متحدث يقيم في إيطاليا إن الجيش الوطني الليبي يحشد قواته في شرق البلاد."
    )
    e = _places(text)["شرق البلاد"]
    assert 25 < e["lat"] < 34 and 15 < e["lon"] < 26  # eastern Libya, not Italy


def test_bilad_in_a_sentence_framed_by_another_country_despite_its_paragraph() -> None:
    text = "قتل مدنيان في مدينة أريحا بريف إدلب. وفي اليابان، ضرب زلزال قوي شمال البلاد صباح اليوم."
    e = _places(text)["شمال البلاد"]
    assert e["lon"] > 130  # Japan: the sentence opens on it


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات مواقع في ريف إدلب. وقالت روسيا إن طائراتها استهدفت مسلحين في شمال البلاد.",
        "وفي سوريا، قصفت الطائرات مواقع في شمال البلاد، فيما قالت وزارة الخارجية في تركيا إنها تراقب الوضع.",
    ],
)
def test_bilad_stays_the_articles_country_when_another_country_only_speaks(text: str) -> None:
    e = _places(text)["شمال البلاد"]
    assert 34.5 < e["lat"] < 37.5 and 35.5 < e["lon"] < 42.5  # northern Syria


@pytest.mark.parametrize(
    "text",
    [
        "قال الباحث إن الناصرية المصرية تركت أثرا عميقا في الحركات القومية.",
        "يتبنى الحزب أفكار القومية الناصرية منذ تأسيسه في الستينيات.",
        "انشقت الأحزاب الناصرية عن التحالف الانتخابي.",
    ],
)
def test_nasserism_is_no_town(text: str) -> None:
    assert "الناصرية" not in _places(text)


def test_nasiriyah_the_town_stays() -> None:
    assert "الناصرية" in _places("قتل متظاهر برصاص الشرطة في مدينة الناصرية جنوبي العراق.")
