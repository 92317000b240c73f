"""Round 23 WH: a place named only as what another borders is a landmark, not the event's place.

A place under the ل or على of a participle of adjacency (المحاذية ل، المتاخمة ل، المجاورة ل، المطلة على; event_cues
place_adjacent_words), a list of such ل-phrases allowed between, locates the place named before it: when the
sentence names another place, the event takes that one. Guards: a landmark that is the sentence's only place stays
the event's place (the text gives no other); a seized or struck place named before the participle keeps its own
place. Sentences written for this test.
"""
from __future__ import annotations

import marsad


def _places(text: str, kind: str) -> list[str | None]:
    art = marsad.analyze(text).to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return [names.get(e["place"]) for e in art["events"] if e["type"] == kind]


def test_list_of_bordered_landmarks_yields_to_the_region() -> None:
    text = ("بدأت القوات الحكومية هجومها لاستعادة السيطرة على المناطق المحاذية للحدود الأردنية ولمرتفعات "
            "الجولان في جنوب غربي سوريا.")
    assert _places(text, "ATTACK") == ["southwest Syria"]


def test_single_bordered_landmark_yields_to_the_governorate() -> None:
    text = "اندلعت اشتباكات عنيفة مساء الخميس في القرى المتاخمة لمدينة حماة بريف إدلب الجنوبي."
    places = _places(text, "ATTACK")
    assert places and "Hama" not in places


def test_overlooked_landmark_after_ala() -> None:
    text = "قصفت المدفعية التلال المطلة على مدينة الباب في ريف حلب الشمالي."
    places = _places(text, "ATTACK")
    assert places and "Al-Bab" not in places


def test_landmark_that_is_the_only_place_stays() -> None:
    assert _places("قصفت المدفعية التركية القرى المجاورة لمدينة عفرين.", "ATTACK") == ["Afrin"]


def test_named_town_before_the_participle_keeps_its_place() -> None:
    assert _places("قصفت الطائرات قرية الزيارة المتاخمة لمدينة حماة أمس.", "ATTACK") == ["Al-Ziyara"]
