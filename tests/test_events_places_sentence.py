"""The events stage on which place of its own sentence an event takes: not where its teller spoke, not the
place a meeting talked about, not the event it replied to, not a theatre of several countries, and after حيث
the place named right before it."""

from __future__ import annotations

from marsad.stages import claims
from tests.conftest import event_places

#: (type, ref, surfaces, geography): places carry what the gazetteer would give them
ENTS: list[tuple[str, str, list[str], dict[str, object]]] = [
    ("actor", "isis", ["داعش", "التنظيم"], {}),
    ("actor", "army", ["الجيش"], {}),
    ("person", "minister", ["وزير الدفاع"], {}),
    ("place", "ankara", ["أنقرة"], {"precision": "place", "lat": 39.93, "lon": 32.86, "country": "TR",
                                     "admin1": "Ankara"}),
    ("place", "geneva", ["جنيف"], {"precision": "place", "lat": 46.2, "lon": 6.14, "country": "CH"}),
    ("place", "mosul", ["الموصل"], {"precision": "place", "lat": 36.34, "lon": 43.13, "country": "IQ",
                                     "admin1": "Nineveh"}),
    ("place", "tikrit", ["تكريت"], {"precision": "place", "lat": 34.6, "lon": 43.68, "country": "IQ",
                                     "admin1": "Salah ad Din"}),
    ("place", "moscow", ["موسكو"], {"precision": "place", "lat": 55.75, "lon": 37.62, "country": "RU"}),
    ("place", "london", ["لندن"], {"precision": "place", "lat": 51.5, "lon": -0.12, "country": "GB"}),
    ("place", "syria", ["سوريا"], {"precision": "country", "lat": 35.0, "lon": 38.5, "country": "SY"}),
    ("place", "iraq", ["العراق"], {"precision": "country", "lat": 33.0, "lon": 44.0, "country": "IQ"}),
]


def places(text: str) -> list[tuple[str, str | None]]:
    return event_places(text, ENTS, (claims.run,))


def test_where_the_teller_spoke_is_not_the_event_place() -> None:
    got = places("وقال وزير الدفاع في مؤتمر صحفي عقده في أنقرة إن الجيش قصف مواقع التنظيم في الموصل.")
    assert ("قصف", "mosul") in got
    got = places("وقال وزير الدفاع في مؤتمر صحفي عقده في أنقرة إن الجيش قصف مواقع التنظيم.")
    assert all(p != "ankara" for _, p in got)
    got = places("وأضاف وزير الدفاع متحدثا من جنيف \"نرى قصفا عنيفا على مواقع المدنيين\".")
    assert all(p != "geneva" for _, p in got)


def test_a_tellers_own_place_stays() -> None:
    # a local source is most often where the event was
    got = places("وقال مصدر أمني في الموصل إن الجيش اعتقل خمسة من عناصر التنظيم.")
    assert ("اعتقل", "mosul") in got


def test_a_bodys_seat_is_no_site() -> None:
    got = places("وقال المرصد ومقره لندن إن 12 عنصرا من التنظيم قتلوا.")
    assert all(p != "london" for _, p in got)


def test_the_place_of_the_event_replied_to() -> None:
    got = places("ونفذ الجيش ضربات جوية على مواقع التنظيم، ردا على هجوم انتحاري في تكريت.")
    first = [p for t, p in got if t.startswith("ضربات")]
    assert first and first[0] != "tikrit"


def test_a_meeting_topic_is_no_venue() -> None:
    got = places("واجتمع وزير الدفاع مع نظيره أمس لبحث الوضع في سوريا.")
    assert all(p != "syria" for _, p in got)
    # the place of the meeting itself still counts
    got = places("واجتمع وزير الدفاع مع نظيره في موسكو أمس لبحث الوضع في سوريا.")
    assert ("اجتمع", "moscow") in got


def test_a_theatre_of_several_countries_is_no_site() -> None:
    got = places("وأعلن التحالف الدولي في سوريا والعراق مقتل ثلاثة مدنيين في ضربات جوية.")
    assert all(p not in ("syria", "iraq") for _, p in got)
    got = places("وشن الجيش غارات على مواقع التنظيم في العراق.")
    assert ("غارات", "iraq") in got


def test_a_where_clause_takes_the_town_before_it() -> None:
    got = places("ويفر السكان من الموصل في العراق حيث قصف الجيش مواقع التنظيم.")
    assert ("قصف", "mosul") in got


def test_a_place_head_noun_stands_for_its_preposition() -> None:
    # the town under its head noun (مدينة تكريت), not the country that locates it
    got = places("وقتل قيادي في التنظيم، أثناء اشتباكات في مدينة تكريت بالعراق في تموز الماضي.")
    assert ("قتل", "tikrit") in got


def test_a_point_a_distance_is_told_from_is_no_site() -> None:
    got = places("وهاجم عناصر التنظيم قرية صغيرة تقع على بعد 20 كيلومترا من الموصل.")
    assert all(p != "mosul" for _, p in got)
    # without a length, من names where the event was left from or done in
    got = places("وطرد الجيش عناصر التنظيم من الموصل.")
    assert ("طرد", "mosul") in got
