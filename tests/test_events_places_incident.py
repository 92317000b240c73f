"""The events stage on the article's incident place: the place the lead puts its incident in goes to the later
events of that incident that name no place of their own, and to nothing once the story turns elsewhere."""

from __future__ import annotations

from tests.conftest import event_places

#: (type, ref, surfaces, geography): places carry what the gazetteer would give them
ENTS: list[tuple[str, str, list[str], dict[str, object]]] = [
    ("actor", "isis", ["داعش", "التنظيم"], {}),
    ("actor", "asayish", ["الأسايش"], {}),
    ("actor", "regime", ["قوات النظام"], {}),
    ("place", "kirkuk", ["كركوك"], {"precision": "place", "lat": 35.47, "lon": 44.39, "country": "IQ",
                                     "admin1": "Kirkuk"}),
    ("place", "hawija", ["الحويجة"], {"precision": "place", "lat": 35.32, "lon": 43.77, "country": "IQ",
                                       "admin1": "Kirkuk"}),
    ("place", "kirkuk_gov", ["محافظة كركوك"], {"precision": "admin_area", "lat": 35.4, "lon": 44.2,
                                                "country": "IQ", "admin1": "Kirkuk"}),
    ("place", "iraq", ["العراق"], {"precision": "country", "lat": 33.0, "lon": 44.0, "country": "IQ"}),
    ("place", "basra", ["البصرة"], {"precision": "place", "lat": 30.5, "lon": 47.8, "country": "IQ",
                                     "admin1": "Basra"}),
    ("place", "syria", ["سوريا"], {"precision": "country", "lat": 35.0, "lon": 38.5, "country": "SY"}),
]


def places(text: str) -> list[tuple[str, str | None]]:
    return event_places(text, ENTS, ())


LEAD = "هاجم مسلحون من داعش نقطة أمنية في الحويجة فجر اليوم.\n"


def test_later_events_of_the_incident_take_the_lead_place() -> None:
    got = places(LEAD + "وقال مصدر أمني إن اشتباكات عنيفة دارت لساعتين.\nوجرى نشر تعزيزات إضافية حول النقطة.\n")
    assert got[0][1] == "hawija"
    assert [p for t, p in got[1:]] == ["hawija", "hawija"]


def test_a_place_of_the_same_governorate_keeps_the_story_on_the_incident() -> None:
    got = places(LEAD + "وأغلقت القوات مداخل محافظة كركوك.\nوقال مصدر إن اشتباكات دارت لساعتين.\n")
    assert got[-1][1] == "hawija"


def test_background_opened_by_kana_lends_nothing() -> None:
    got = places(LEAD + "وكان داعش قد شن هجمات مماثلة العام الماضي.\n")
    assert got[-1][1] is None


def test_a_story_that_moved_to_another_town_lends_nothing_until_it_comes_back() -> None:
    text = (LEAD + "وفي البصرة اعتقلت الشرطة ثلاثة مطلوبين.\nوجرى نشر تعزيزات إضافية.\n"
            "وقصف التنظيم مواقع للجيش في الحويجة مساء.\nوقال مصدر إن عناصر الأسايش اعتقلوا مطلوبين.\n")
    assert places(text) == [("هاجم", "hawija"), ("اعتقلت", "basra"), ("تعزيزات", None), ("قصف", "hawija"),
                            ("اعتقلوا", "hawija")]


def test_a_threatened_strike_is_not_the_incident() -> None:
    got = places(LEAD + "وقال مسؤول إن القوات ستشن هجوما واسعا.\n")
    assert got[-1][1] is None


def test_talks_take_no_incident_place() -> None:
    got = places(LEAD + "وعقد مسؤولون اجتماعا لبحث الوضع.\n")
    assert all(p is None for _t, p in got[1:])


def test_a_country_lead_lends_nothing() -> None:
    got = places("هاجم مسلحون من داعش نقطة أمنية في العراق فجر اليوم.\nوقال مصدر إن اشتباكات دارت لساعتين.\n")
    assert got[0][1] == "iraq"
    assert got[-1][1] is None
