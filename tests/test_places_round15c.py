"""Places, round 15c: a plural or dual place noun heading a list is the place-noun cue of each و- or
comma-joined item, so names that count only after such a noun count there too; the list stops at the first
word that is no place (sentences written for these tests)."""

from __future__ import annotations

import marsad


def _places(text: str) -> set[str]:
    rec = marsad.analyze(text, published="2019-03-01").to_dict()
    return {m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]}


def test_third_item_of_a_plural_list_needs_no_noun_of_its_own() -> None:
    got = _places("استهدفت المدفعية بلدات المسيفرة وكحيل والسهوة شرقي درعا صباح اليوم.")
    assert {"المسيفرة", "كحيل", "السهوة"} <= got, got


def test_second_item_after_a_known_town_of_a_plural_list() -> None:
    got = _places("دخلت الدوريات إلى بلدات الحسكة وسلوك بعد الظهر.")
    assert "سلوك" in got, got


def test_comma_joined_items_after_a_plural_neighbourhood_noun() -> None:
    got = _places("اندلعت اشتباكات في أحياء التضامن، القدم ومخيم اليرموك جنوب دمشق.")
    assert {"التضامن", "القدم"} <= got, got


def test_a_dual_takes_two_items_only() -> None:
    got = _places("قصفت الطائرات قريتي المسيفرة وكحيل والسهوة أمس.")
    assert {"المسيفرة", "كحيل"} <= got, got
    assert "السهوة" not in got, got


def test_the_list_stops_at_a_word_that_is_no_place() -> None:
    got = _places("تضررت بلدات المنطقة وسكانها والسهوة من الجفاف.")
    assert "السهوة" not in got, got


def test_no_list_noun_no_cue() -> None:
    got = _places("قال المسؤول إن الحسكة وسلوك تحتاجان إلى الماء.")
    assert "سلوك" not in got, got
