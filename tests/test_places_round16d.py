"""Round 16: a town where agreements are signed, right after an agreement's noun (اتفاقية جنيف، اتفاق سوتشي),
names the agreement, not a place; a town of the countries agreements are about still names its place."""

from __future__ import annotations

import pytest


def place_names(text: str, published: str = "2018-06-20") -> list[str]:
    """The Arabic surfaces of every place mention marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published=published).to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]]


@pytest.mark.parametrize(("text", "surface"), [
    ("اعتبرت اللجنة أن قصف المستشفيات خرق واضح لاتفاقية جنيف الرابعة.", "جنيف"),
    ("أكدت أنقرة التزامها باتفاق سوتشي الموقع مع موسكو.", "سوتشي"),
    ("تحدث الوزير عن فشل اتفاق أوسلو بعد ربع قرن على توقيعه.", "أوسلو"),
    ("دعا النائب إلى تطبيق اتفاق الطائف كاملا.", "الطائف"),
])
def test_venue_town_after_agreement_noun_is_no_place(text: str, surface: str) -> None:
    assert surface not in place_names(text)


@pytest.mark.parametrize(("text", "surface"), [
    ("خرقت قوات النظام اتفاق إدلب بقصف مدفعي على ريفها الجنوبي.", "إدلب"),
    ("نص اتفاق منبج على انسحاب المقاتلين الأكراد من المدينة.", "منبج"),
    ("عقدت جولة جديدة من المحادثات في جنيف يوم الاثنين.", "جنيف"),
])
def test_agreement_subject_and_plain_venue_stay_places(text: str, surface: str) -> None:
    assert surface in place_names(text)
