"""Outlets pack 1.15: Syrian, Iraqi and Lebanese outlets the pack lacked; bare names that are common words need
a cue. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def outlets(text: str) -> list[tuple[str, list[str]]]:
    art = marsad.analyze(text, published="2025-03-16")
    return [(e.name, [m.text for m in e.mentions]) for e in art.entities if e.type == "outlet"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال محافظ المدينة لقناة التغيير الفضائية إن الطرق أعيد فتحها.", "Al-Taghier TV"),
    ("ونقلت وكالة أنباء براثا عن مصدر في الشرطة أن الموقوفين أحيلوا إلى القضاء.", "Buratha News Agency"),
    ("وذكر موقع سيريا ستيبس أن الحكومة رفعت أسعار المحروقات.", "Syria Steps"),
    ("وقالت قناة بلادي إن البرلمان أرجأ جلسته.", "Biladi TV"),
    ("وكشف تحقيق نشره موقع درج عن شبكة لتهريب السلاح.", "Daraj"),
])
def test_new_outlets_are_found(text: str, name: str) -> None:
    assert [n for n, _ in outlets(text)] == [name]


@pytest.mark.parametrize("text", [
    "ووصلت القافلة الرابعة من المساعدات إلى المخيم صباح اليوم.",
    "وطالب المتظاهرون بالتغيير وإنهاء الفساد في مؤسسات الدولة.",
    "وسقط الطفل عن الدرج أثناء القصف على الحي.",
])
def test_common_words_are_no_outlets(text: str) -> None:
    assert outlets(text) == []


def test_outlet_from_its_domain() -> None:
    art = marsad.analyze("وقال مصدر أمني إن دورية للشرطة تعرضت لإطلاق نار قرب الحدود من دون إصابات.",
                         published="2025-03-16", url="https://www.yesiraq.com/news/123")
    assert art.outlet is not None and art.outlet.name == "يس عراق"
