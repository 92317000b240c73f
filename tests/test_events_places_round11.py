"""The events stage on where an event happened: a dateline that opens the text («دبي، الإمارات العربية المتحدة
(CNN)--», «واشنطن (رويترز) -») names where the story was filed, an outlet's desk, never the site of what it tells;
a place the text names itself still is."""

from __future__ import annotations

from tests.conftest import event_records

ENTS = [
    ("actor", "houthis", ["الحوثيين", "الحوثيون"]),
    ("actor", "isis", ["داعش", "التنظيم"]),
    ("place", "dubai", ["دبي"]),
    ("place", "washington", ["واشنطن"]),
    ("place", "marib", ["مأرب"]),
    ("outlet", "cnn", ["CNN"]),
]


def places(text: str) -> list[str | None]:
    return [e["place"] for e in event_records(text, ENTS)]


def test_a_dateline_desk_is_no_site() -> None:
    text = "دبي، الإمارات العربية المتحدة (CNN)-- أطلق الحوثيون صاروخا باليستيا على المملكة فجر الاثنين."
    assert places(text) == [None]


def test_a_dateline_without_a_dash_is_no_site() -> None:
    text = "واشنطن (CNN) قال مسؤولون إن مسلحي داعش هاجموا حاجزا للجيش ليلة الأحد."
    assert places(text) == [None]


def test_the_dateline_gives_way_to_the_place_named_later() -> None:
    text = ("دبي، الإمارات العربية المتحدة (CNN)-- قتل خمسة جنود في هجوم شنه الحوثيون صباح اليوم. وكان الهجوم "
            "قد وقع قرب مدينة مأرب.")
    assert "dubai" not in places(text)


def test_a_town_named_in_the_text_itself_stays_the_site() -> None:
    # the same town named again inside the sentence is where the event was
    text = "دبي، الإمارات العربية المتحدة (CNN)-- اعتقلت شرطة دبي رجلا بتهمة تهريب أسلحة إلى الحوثيين."
    assert "dubai" in places(text)


def test_a_town_opening_a_sentence_is_no_dateline() -> None:
    text = "مأرب شهدت اليوم هجوما شنه الحوثيون على مواقع الجيش."
    assert places(text) == ["marib"]
