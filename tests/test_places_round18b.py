"""Round 18b (event places): a launch point or a direction of approach (قادما من اتجاه X، انطلاقا من X) is
where a missile, convoy or push came from, no place of the strike or fight told."""

from __future__ import annotations

import pytest


def _event_places(text: str) -> list[str | None]:
    """The pack id of each event's place, in the order of the events marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    refs = {e["id"]: e.get("ref") for e in rec["entities"] if e["type"] == "place"}
    return [refs.get(ev["place"]) for ev in rec["events"]]


def test_missile_coming_from_a_direction_is_placed_where_it_was_going() -> None:
    got = _event_places("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون قادما من اتجاه صعدة نحو جازان.")
    assert got and "ye-saada" not in got
    assert "sa-jazan" in got


def test_attack_launched_from_a_town_is_placed_at_its_target() -> None:
    got = _event_places("شن التنظيم هجوما انطلاقا من بلدة هجين على مواقع قسد في قرية الباغوز.")
    assert got == ["sy-baghuz"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("قصفت الطائرات مواقع للمسلحين انطلاقا من قاعدة حميميم.", "fac-hmeimim"),
        ("دمرت غارة جوية شاحنة محملة بالأسلحة قادمة من اتجاه مدينة الحديدة.", "ye-hodeidah"),
    ],
)
def test_origin_alone_is_no_event_place(text: str, origin: str) -> None:
    got = _event_places(text)
    assert got and origin not in got


def test_place_after_direction_of_approach_stays_when_event_is_there() -> None:
    # the fight's own place (في مديرية نهم) is kept; only the place it came from is left out
    assert _event_places("هاجمت قوات الجيش مواقع الحوثيين في مديرية نهم من اتجاه محافظة مأرب.") == ["ye-nihm"]


def _refs(text: str) -> set[str | None]:
    """The pack ids of all places marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {e.get("ref") for e in rec["entities"] if e["type"] == "place"}


def test_common_word_town_two_countries_off_is_the_word() -> None:
    # الباب 'the door' in a story of Jerusalemites at a Greek airport: nothing Syrian named, Jerusalem 550 km off
    refs = _refs("احتجزت الشرطة زوجين من القدس في مطار أثينا، وعندما وصلت إلى الباب شاهدت رجل أمن يركض نحوها.")
    assert "sy-al-bab" not in refs
    assert "ps-jerusalem" in refs


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت فصائل المعارضة على مدينة الباب بعد معارك مع تنظيم الدولة قرب بلدة قباسين.",
        # a town across the border lies near: al-Bab may be told with it
        "قال مسؤول في غازي عنتاب إن القوات وصلت إلى الباب صباح اليوم.",
    ],
)
def test_common_word_town_with_support_stays(text: str) -> None:
    assert "sy-al-bab" in _refs(text)
