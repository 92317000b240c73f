"""Round 19, places and event places: own Arabic sentences for each change."""

from __future__ import annotations

import marsad


def _event_place(text: str, trigger: str, published: str = "2018-06-15") -> str | None:
    """The place name of the (last) event whose trigger reads `trigger`."""
    art = marsad.analyze(text, published=published).to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    found = [ev for ev in art["events"] if ev["trigger"]["text"] == trigger]
    assert found, [ev["trigger"]["text"] for ev in art["events"]]
    return names.get(found[-1]["place"]) if found[-1]["place"] else None


def test_country_of_a_later_telling_does_not_replace_the_town() -> None:
    # the next sentence tells the battle again and names only the country it lies in: the town stays
    text = ("شنت القوات الحكومية هجوما على مدينة تعز فجر السبت.\n"
            "وتعد معركة تعز واحدة من أطول المعارك في اليمن.")
    assert _event_place(text, "هجوما") == "Taiz"
    text = ("بدأ الجيش اليمني هجوما على مدينة الحديدة مساء الأحد.\n"
            "وتعتبر معركة الحديدة واحدة من أكبر المعارك في اليمن.")
    assert _event_place(text, "هجوما") == "Al Hudaydah"


def _place(text: str, surface: str) -> dict:
    from tests.conftest import place_entity

    return place_entity(text, surface, published="2018-06-15")


def test_towns_and_spellings_added_to_the_pack() -> None:
    text = "غرق قارب يقل مهاجرين قبالة سواحل مدينة صفاقص جنوبي تونس فجر الأحد."
    sfax = _place(text, "صفاقص")
    assert sfax["name"] == "Sfax" and abs(sfax["lat"] - 34.74) < 0.1
    text = "خرج محتجون إلى الشوارع في الأحواز وعبادان والمحمرة احتجاجا على شح المياه."
    assert _place(text, "عبادان")["name"] == "Abadan"
    text = "قتل جنديان في هجوم مسلح في منطقة غار الدماء التابعة لولاية جندوبة قرب الحدود مع الجزائر."
    assert _place(text, "غار الدماء")["name"] == "Ghardimaou"
    text = "قالت القوات الحكومية اليمنية إنها تقدمت في مديرية الدريهيمي جنوب مدينة الحديدة."
    assert _place(text, "الدريهيمي")["name"] == "Ad Durayhimi"


def test_the_yarmouk_river_valley_is_the_basin_not_the_damascus_camp() -> None:
    text = "بسط فصيل مسلح سيطرته على قرى وادي نهر اليرموك في ريف درعا الغربي قرب الجولان."
    basin = _place(text, "وادي نهر اليرموك")
    assert basin["name"] == "Yarmouk Basin" and basin["lat"] < 33.0


def test_the_country_that_locates_a_place_of_origin_is_no_event_place() -> None:
    text = "احتجزت سلطات مطار القاهرة معارضا سودانيا لدى وصوله قادما من برلين بألمانيا بعد مشاركته في مؤتمر."
    assert _event_place(text, "احتجزت") == "Cairo airport"
    text = 'اعتقلت الشرطة المصرية صحفيا لدى وصوله قادما من "جنيف" بسويسرا.'
    assert _event_place(text, "اعتقلت") != "Switzerland"
