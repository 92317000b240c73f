"""Borders of the Maghreb (places.jsonl 23, place_cues.json 15): Algeria's borders with Morocco, Tunisia and
Libya, the Moroccan, Algerian and Mauritanian adjectives after الحدود, a border named by two adjectives after
الشريط الحدودي, and the neighbour a border's own sentence names when the article's country has no border with
it. Sentences written for these tests."""

import marsad


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    art = marsad.analyze(text, published="2018-06-01")
    return {e.name: (e.lat, e.lon) for e in art.entities if e.type == "place"}


def test_moroccan_and_algerian_adjectives_name_the_border() -> None:
    got = _places("أغلقت الرباط حدودها وعززت قوات الدرك انتشارها على الحدود الجزائرية بعد اشتباك في المغرب.")
    assert got.get("Algeria-Morocco border", (None,))[0] is not None
    got = _places("قال وزير الداخلية الجزائري إن الجيش ضبط شحنة مخدرات على الحدود المغربية قرب تلمسان في الجزائر.")
    assert got.get("Algeria-Morocco border", (None,))[0] is not None


def test_tunisian_border_with_algeria() -> None:
    got = _places("قتل ثلاثة من الحرس الوطني التونسي في كمين قرب الحدود مع الجزائر غربي تونس.")
    assert "Algeria-Tunisia border" in got
    got = _places("زرع مسلحون عبوة ناسفة على الشريط الحدودي التونسي الجزائري فأصابوا جنديين.")
    lat, lon = got["Algeria-Tunisia border"]
    assert lat is not None and 34 < lat < 37 and 7 < lon < 9.5


def test_two_adjectives_after_border_strip() -> None:
    got = _places("انتشرت دبابات على الشريط الحدودي السوري التركي قرب بلدة أطمة.")
    assert "Syria-Turkey border" in got


def test_a_border_of_a_country_without_its_record_is_unplaced() -> None:
    # «الحدود الموريتانية» in an article about Morocco: no Morocco-Mauritania record, and no point of either
    # country lies on that border
    got = _places("تسلل مهربون عبر الحدود الموريتانية إلى المغرب ليلا.")
    assert got.get("الحدود الموريتانية") == (None, None)


def test_the_neighbour_comes_from_the_borders_sentence() -> None:
    # an article about Mali: its border with Algeria has no record, and Morocco, named in another sentence, is
    # not the other side
    got = _places(
        "قتل جنديان ماليان في هجوم شمال مالي قرب الحدود مع الجزائر. وفي باماكو قال الوزير إن مالي طلبت دعم فرنسا."
        " وكان الوزير قد زار المغرب الشهر الماضي."
    )
    assert "Algeria-Morocco border" not in got
