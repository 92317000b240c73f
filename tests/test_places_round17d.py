"""Round 17d: a name that a village and a far larger city share, with nothing in the article to choose between
them, is the city; a landmark word in the name's sentence (place_cues.json `landmarks`) locates it at its
place."""

from __future__ import annotations

import pytest


def _refs(text: str) -> dict[str, str | None]:
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {e["mentions"][0]["text"]: e.get("ref") for e in rec["entities"] if e["type"] == "place"}


@pytest.mark.parametrize(
    "text",
    [
        "التقط الزوار صورا تذكارية أمام الأهرامات في الجيزة صباح الجمعة.",
        "أغلقت السلطات الطريق المؤدي إلى أبو الهول بالجيزة لأعمال ترميم.",
        "انهار مبنى قديم من أربعة طوابق في الجيزة دون وقوع إصابات.",
    ],
)
def test_city_over_village_without_signs(text: str) -> None:
    assert _refs(text).get("الجيزة") == "eg-giza"


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت قوات النظام بلدة الجيزة في ريف درعا الشرقي بقذائف الهاون.",
        "اعتقلت قوات النظام السوري ثلاثة شبان في الجيزة فجر اليوم.",
        "دخلت فصائل المعارضة الجيزة وبصرى الشام بعد اشتباكات عنيفة.",
    ],
)
def test_syrian_village_keeps_its_signs(text: str) -> None:
    assert _refs(text).get("الجيزة") == "sy-jiza"


def test_landmark_outweighs_the_articles_country() -> None:
    # دمشق makes the article Syrian; the pyramids in the sentence of الجيزة still say Egypt's Giza
    text = "عاد الوفد إلى دمشق مساء أمس. وكان أعضاؤه قد زاروا الأهرامات في الجيزة قبل يومين."
    assert _refs(text).get("الجيزة") == "eg-giza"


def test_landmark_only_in_its_sentence() -> None:
    text = "زار وفد من السياح الأهرامات أمس. وفي سياق آخر قصفت قوات النظام بلدة الجيزة في ريف درعا."
    assert _refs(text).get("الجيزة") == "sy-jiza"
