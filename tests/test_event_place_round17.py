"""Round 17: where people or goods come from (قادمين من، نازحين من، المهجرين من) is no place of the event."""

from __future__ import annotations

import pytest


def _event_places(text: str) -> list[tuple[str, str | None]]:
    import marsad

    rec = marsad.analyze(text, published="2019-03-01").to_dict()
    names = {e["id"]: e.get("name_ar") for e in rec["entities"]}
    return [(ev["trigger"]["text"], names.get(ev.get("place"))) for ev in rec["events"]]


@pytest.mark.parametrize(("text", "origin"), [
    ("قتل مسلحون قادمون من العراق عشرة جنود في هجوم على حاجز للجيش.", "العراق"),
    ("أوقفت الشرطة الألمانية الزعيم الانفصالي بعد دخوله البلاد قادما من الدنمارك.", "الدنمارك"),
    ("قصفت الطائرات الحربية مخيما يؤوي نازحين من ريف حماة فجر اليوم.", "ريف حماة"),
    ("ضبطت قوات الأمن شاحنة محملة بالذخائر قادمة من تركيا.", "تركيا"),
])
def test_origin_of_people_or_goods_is_no_event_place(text: str, origin: str) -> None:
    found = _event_places(text)
    assert found and all(p != origin for _t, p in found), found


def test_the_event_keeps_the_place_it_is_told_in() -> None:
    found = _event_places("قتل شاب من المهجرين من الغوطة الشرقية برصاص مجهولين في مدينة الباب.")
    assert found and found[0][1] == "الباب", found


def test_a_place_left_under_min_alone_still_counts() -> None:
    # انسحاب من: a place left with no word of coming before من is still where the withdrawal was
    found = _event_places("انسحبت قوات النظام من بلدة خان شيخون بعد معارك عنيفة.")
    assert any(p == "خان شيخون" for _t, p in found), found
