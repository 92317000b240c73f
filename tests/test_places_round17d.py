"""Round 17d: a name that a village and a far larger city share, with nothing in the article to choose between
them, is the city; a landmark word in the name's sentence (place_cues.json `landmarks`) locates it at its
place; `_word_after` is a compiled match with the answers of the loop it replaced."""

from __future__ import annotations

import random
import re
import sys

import pytest

from marsad.matcher import is_word_char
from marsad.stages.places import _word_after


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


def _old_word_after(text: str, pos: int) -> tuple[int, int] | None:
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
        if i - pos > 2:
            return None
    j = i
    while j < len(text) and is_word_char(text[j]):
        j += 1
    return (i, j) if i < j else None


def test_word_regex_is_word_char() -> None:
    rx = re.compile(r"\w")
    bad = [c for c in range(sys.maxunicode + 1)
           if not 0xD800 <= c <= 0xDFFF and bool(rx.match(chr(c))) != is_word_char(chr(c))]
    assert bad == []


def test_word_after_same_answers() -> None:
    rng = random.Random(17)
    alphabet = " \u0627\u0644\u0628 _1a.،\u064b\n«"
    for _ in range(5000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for p in range(len(t) + 1):
            assert _word_after(t, p) == _old_word_after(t, p), (t, p)
