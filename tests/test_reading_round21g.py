"""Reading, round 21 (boilerplate 5): a teaser line that links another story (اقرأ.. / اقرأ: / أيضاً.. /
للمزيد: and its headline) is page furniture, not article body. Text written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.reading import remove_boilerplate

BODY1 = "قالت مصادر محلية إن قوات الجيش قصفت قرى في ريف حماة الشمالي صباح اليوم."
BODY2 = "وأضافت المصادر أن القصف أدى إلى أضرار في عدد من المنازل دون وقوع إصابات."


@pytest.mark.parametrize(
    "teaser",
    [
        "اقرأ.. مقتل خمسة مسلحين في هجوم على حاجز قرب تدمر",
        "اقرأ: اعتقال قيادي في تنظيم داعش شمال بغداد",
        "أيضاً.. الجيش التركي يرسل تعزيزات إلى الحدود مع سوريا",
        "أيضا.. اشتباكات عنيفة في ريف إدلب الجنوبي",
        "للمزيد: غارات جوية على مواقع المعارضة في درعا",
    ],
)
def test_teaser_lines_are_furniture(teaser: str) -> None:
    out, removed = remove_boilerplate(f"{BODY1}\n{teaser}\n{BODY2}")
    assert removed == 1
    assert out == f"{BODY1}\n{BODY2}"


@pytest.mark.parametrize(
    "line",
    [
        "أيضا قال المسؤول إن الهجوم استهدف موقعا عسكريا قرب الحدود.",  # a body line opening with أيضا
        "للمزيد من الضغط على الفصائل، أغلق الجيش الطرق المؤدية إلى البلدة.",  # للمزيد without the colon
    ],
)
def test_body_lines_with_the_same_openings_stay(line: str) -> None:
    assert remove_boilerplate(line) == (line, 0)


def test_analyze_takes_no_entity_or_event_from_a_teaser() -> None:
    teaser = "اقرأ.. جيش الإسلام يعلن الانسحاب من الغوطة خلال يومين"
    art = marsad.analyze(f"{BODY1}\n{teaser}\n{BODY2}", published="2018-04-09")
    # analyze keeps the text whole and marks the teaser as furniture: nothing is read from it
    mentions = {m.text for e in art.entities for m in e.mentions}
    assert not mentions & {"جيش الإسلام", "الغوطة"}
    assert all("الانسحاب" not in art.text[ev.start:ev.end] for ev in art.events)
