"""Words that look like places and are not: the dual of a region's name after a plural place noun, and a
town whose name is also a foreign given name before a surname; and a foreign city in another spelling.
The sentences are written for these tests."""

import marsad
from tests.conftest import people


def _places(text: str) -> dict[str, str | None]:
    art = marsad.analyze(text, published="2018-06-01")
    return {m.text: e.ref for e in art.entities if e.type == "place" for m in e.mentions}


def test_the_dual_of_a_region_name_is_no_new_town() -> None:
    # «الغوطتين» are the two Ghoutas (East and West), not a village named after a plural noun
    found = _places("وأعلن الجيش استعادة جميع قرى الغوطتين بعد معارك استمرت أسابيع.")
    assert not any("الغوطتين" in t for t in found)
    found = _places("وتمتد المزارع بين بلدات القلمونين والغوطتين.")
    assert not any("الغوطتين" in t for t in found)


def test_a_dual_that_is_itself_a_town_stays() -> None:
    # القريتين is a town of the Homs desert, listed under its own name
    found = _places("وانسحب المسلحون من بلدتي القريتين ومهين باتجاه البادية.")
    assert found.get("القريتين") == "sy-qaryatayn"


def test_a_town_named_like_a_foreign_given_name_needs_a_cue() -> None:
    # Derik (al-Malikiyah) is also Derek: bare before a surname it begins a person's name
    text = "وقال ديريك ماكلين، مدير المنظمة، إن فرق الإغاثة وصلت صباحا."
    assert "sy-malikiyah" not in _places(text).values()
    assert any("ديريك" in t for t in people(text))
    # after a preposition or a place noun it is the town
    assert "sy-malikiyah" in _places("وتظاهر المئات في ديريك ضد الحصار.").values()
    assert "sy-malikiyah" in _places("ووصلت التعزيزات إلى مدينة ديريك أمس.").values()


def test_menagh_needs_a_cue_but_its_air_base_does_not() -> None:
    assert "sy-menagh" not in _places("والتقى منغ جيان مسؤولين في الوزارة.").values()
    assert "sy-menagh" in _places("وتقدمت الفصائل نحو بلدة منغ شمال حلب.").values()
    assert "fac-menagh-airbase" in _places("وسقطت قذائف على مطار منغ العسكري.").values()


def test_munich_in_its_other_spelling() -> None:
    found = _places("وألقى الوزير كلمة أمام مؤتمر ميونيخ للأمن يوم السبت.")
    assert "de-munich" in found.values()
    assert "de-munich" in _places("ووصل الوفد إلى ميونخ مساء الجمعة.").values()


def test_place_nouns_that_name_no_place() -> None:
    # بلده 'his country' is no town noun where the text writes ة for the noun
    found = _places("وقالت الوزارة إن الجندي الذي خدم بلده طويلا سقط في المعركة قرب القرية.")
    assert not any(t.startswith("بلده") for t in found)
    # an adjective in ة that agrees with the noun (خاضعة، masculine خاضع) is no name
    assert not _places("وسقطت القذائف على بلدة خاضعة لسيطرة الفصائل.")
    # two nouns joined before one name: the port's record, no town «وميناء»
    found = _places("وتقدمت القوات نحو مدينة وميناء الحديدة.")
    assert not any("وميناء" in t for t in found) and "fac-hodeidah-port" in found.values()
    # a village nobody lists, in ة without a masculine beside it, keeps its pattern
    assert any("كفرحوشة" in t for t in _places("ونزح الأهالي من قرية كفرحوشة بعد القصف."))


def test_a_name_that_needs_a_place_noun_counts_in_its_list() -> None:
    # مشهد is also 'a scene': it names Mashhad only after a place noun, and a list after مدينتي is one
    found = _places("وخرجت مظاهرات في مدينتي شيراز ومشهد.")
    assert "ir-mashhad" in found.values() and "ir-shiraz" in found.values()
    assert "ir-mashhad" not in _places("وبث التلفزيون مشهد الدمار في الحي.").values()


def test_foreign_towns_of_2018_reports() -> None:
    found = _places("ونفذ المهاجم هجومه في بلدة تريب القريبة من مدينة كاركاسون، بعد هجوم مدينة لييج.")
    assert {"fr-trebes", "fr-carcassonne", "be-liege"} <= set(found.values())
    assert "gb-lewes" not in _places("وقال لويس إنريكي إن فريقه جاهز.").values()
    found = _places("وقصفت الطائرات بلدة أورم الكبرى، وتقدمت القوات في بيت سوا.")
    assert {"sy-urum-kubra", "sy-beit-sawa"} <= set(found.values())


def test_russian_cities_get_coordinates() -> None:
    # a foreign town no list held stayed without coordinates, however plainly its country was named
    found = _places("واحتجزت السلطات صحفيا في مدينة شيتا الروسية، ثم نقلته إلى كالينينغراد.")
    assert {"ru-chita", "ru-kaliningrad"} <= set(found.values())
    # سامارا is also a given name: only after a cue
    assert "ru-samara" not in _places("وقالت سامارا إن أسرتها بخير.").values()
