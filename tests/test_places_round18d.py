"""Round 18d: a town abroad against the unit the text puts it in (X بمحافظة Y)."""

from __future__ import annotations

from tests.conftest import place_entity


def test_city_keeps_its_country_against_a_namesake_governorate() -> None:
    # the pack's only «محافظة الشرقية» is Egypt's; Dammam is Saudi and the article speaks of Saudi Arabia
    text = "أعلنت السلطات السعودية ضبط مستودع أسلحة بمدينة الدمام بمحافظة الشرقية بعد مداهمة ليلية."
    town = place_entity(text, "الدمام")
    assert town["country"] == "SA" and abs(town["lat"] - 26.43) < 0.1
    gov = place_entity(text, "محافظة الشرقية")
    assert gov["country"] == "SA" and abs(gov["lon"] - 50.1) < 0.5


def test_city_stands_when_neither_country_is_spoken_of() -> None:
    text = "اندلع حريق في مستودع تجاري في مدينة الدمام بمحافظة الشرقية دون إصابات."
    assert place_entity(text, "الدمام")["country"] == "SA"


def test_the_governorate_of_its_own_country_is_unchanged() -> None:
    text = "قتل شخصان في انفجار عبوة بمدينة الزقازيق بمحافظة الشرقية شمال القاهرة."
    gov = place_entity(text, "محافظة الشرقية")
    assert gov["country"] == "EG" and abs(gov["lat"] - 30.7) < 0.1


def test_a_town_of_a_country_the_article_never_names_yields_to_the_unit() -> None:
    # Jordan's Aqaba is a front's name in Yemen's al-Jawf here: the article speaks of Yemen
    text = "دارت معارك عنيفة في جبهة العقبة بمحافظة الجوف شمال اليمن بين الجيش والحوثيين."
    assert place_entity(text, "العقبة")["country"] == "YE"


def test_a_country_named_before_a_governorate_stays_the_country() -> None:
    # at its country point (the GeoNames country feature, places 60), not at the governorate's
    text = "تقدمت القوات الحكومية المدعومة من التحالف في اليمن في محافظة الحديدة يوم الاثنين."
    yemen = place_entity(text, "اليمن")
    assert yemen["precision"] == "country" and abs(yemen["lon"] - 47.5) < 0.1


def test_coxs_bazar_is_the_bangladeshi_town() -> None:
    text = "وصل مئات اللاجئين الروهينجا الفارين من ميانمار إلى بلدة كوكس بازار خلال الأسبوع الماضي."
    town = place_entity(text, "كوكس بازار")
    assert town["country"] == "BD" and abs(town["lat"] - 21.44) < 0.1 and abs(town["lon"] - 92.01) < 0.1
