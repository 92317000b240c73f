"""Round 18d: a casualty noun (مقتل، مصرع) with a lone victim right after it in the genitive singular or dual
(event_cues lone_victim_nouns: مقتل شخص، مصرع ضابط، مقتل شخصين) tells a killing, as its accusative victims do
(مقتل 12 شخصا); the same singular after a count of a hundred or more (a war's toll, most often) still does not
meet the condition. Sentences written for these tests."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[tuple[str, str]]:
    art = marsad.analyze(text, published="2018-05-01")
    return [(e.type, e.trigger.text) for e in art.events]


def test_a_lone_victim_in_the_genitive_is_a_killing() -> None:
    assert _attacks("وأفاد التلفزيون الرسمي بمقتل شخص في بلدة جرابلس.") == [("ATTACK", "مقتل")]
    assert _attacks("وتجدد إطلاق النار ليلا ما أسفر عن مقتل مسلح.") == [("ATTACK", "مقتل")]
    assert _attacks("وأعلنت الوزارة مصرع ضابط وإصابة اثنين من مرافقيه.") == [("ATTACK", "مصرع")]


def test_a_dual_victim_is_a_killing() -> None:
    assert _attacks("وأعلن مسؤول محلي مقتل شخصين على الأقل في القرية.") == [("ATTACK", "مقتل")]


def test_a_counted_singular_is_no_lone_victim() -> None:
    # a hundred or more take the genitive singular: the toll of a whole war, no happening told
    assert _attacks("وتشير تقديرات إلى مقتل أكثر من مئتي ألف شخص في البلاد.") == []
    assert _attacks("وأحصت المنظمة مقتل 1500 مدني في المنطقة خلال عقد.") == []
