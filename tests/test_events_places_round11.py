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


# ---- a time subordinator that opens on another trigger: what follows is the earlier happening that dates the
# event, with its own place

def dated(text: str) -> list[dict]:
    """The events of a text through the whole pipeline (the gazetteer finds «مدينة دوما» as one name), each
    with its trigger and the English name of its place."""
    from marsad import pipeline

    doc = pipeline.make_doc(text)
    pipeline.run(doc)

    def name(eid: str | None) -> str | None:
        ent = doc.entity(eid)
        return ent.name if ent else None

    return [{"trigger": e.trigger.text, "place": name(e.place)} for e in doc.events]


def test_the_strike_keeps_its_own_place_not_the_one_of_what_dates_it() -> None:
    text = "قصفت القوات الأمريكية مواقع عسكرية في سوريا بعد هجوم كيماوي استهدف مدينة دوما."
    strike = [e for e in dated(text) if e["trigger"] == "قصفت"]
    assert [e["place"] for e in strike] == ["Syria"]


def test_a_strike_noun_dated_by_reports_of_another_attack() -> None:
    text = ("أعلنت الولايات المتحدة شن ضربات استهدفت مواقع في سوريا عقب تقارير عن هجوم بالغازات السامة "
            "استهدف مدينة دوما.")
    events = dated(text)
    assert events and events[0]["place"] == "Syria"
    assert all(e["place"] != "Douma" for e in events if e["trigger"] in ("شن", "ضربات"))


def test_a_killing_keeps_the_place_of_its_cause() -> None:
    # the dead fell where the raid that killed them struck: one happening, one place
    text = "قتل خمسة مدنيين بعد غارة جوية شنتها قوات النظام على مدينة إدلب."
    assert [e["place"] for e in dated(text)] == ["Idlib"]


def test_a_time_word_before_no_trigger_dates_nothing() -> None:
    text = "قصفت قوات النظام مدينة دوما بعد منتصف الليل بالصواريخ."
    assert [e["place"] for e in dated(text)] == ["Douma"]
