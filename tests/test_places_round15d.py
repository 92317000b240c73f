"""Round 15d: Daraa's al-Tayyibah and Saida beside their namesakes, and the event place of a list of places."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


def place_of(text: str, trigger: str, published: str = "2018-06-20") -> str | None:
    """The English name of the place of the last event whose trigger contains `trigger` (whole pipeline)."""
    import marsad

    art = marsad.analyze(text, published=published)
    names = {e.id: e.name for e in art.entities}
    found = [ev for ev in art.events if trigger in ev.trigger.text]
    assert found, [(ev.type, ev.trigger.text) for ev in art.events]
    return names.get(found[-1].place) if found[-1].place else None


# --- Daraa's namesakes: the place the text puts them in chooses ------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "ref"), [
    ("دخلت قوات النظام بلدات صيدا، الطيبة، الجيزة في ريف درعا الشرقي بعد اتفاق التسوية.", "الطيبة",
     "sy-tayyibah-daraa"),
    ("دخلت قوات النظام بلدات صيدا، الطيبة، الجيزة في ريف درعا الشرقي بعد اتفاق التسوية.", "صيدا",
     "sy-saida-daraa"),
    ("قال ناشطون إن اشتباكات عنيفة دارت في بلدة الطيبة بريف درعا.", "الطيبة", "sy-tayyibah-daraa"),
])
def test_a_daraa_town_in_a_daraa_list(text: str, surface: str, ref: str) -> None:
    assert place_entity(text, surface)["ref"] == ref


@pytest.mark.parametrize(("text", "surface", "ref"), [
    ("أغار الطيران الإسرائيلي على أطراف بلدة الطيبة في قضاء مرجعيون جنوب لبنان.", "الطيبة", "lb-taybeh"),
    ("تظاهر المئات في صيدا جنوب لبنان احتجاجا على انقطاع الكهرباء.", "صيدا", "lb-sidon"),
])
def test_the_namesakes_abroad_keep_their_place(text: str, surface: str, ref: str) -> None:
    assert place_entity(text, surface)["ref"] == ref


def test_a_bare_saida_is_no_daraa_village() -> None:
    # صيدا alone (no place noun) names only Sidon: the Daraa village needs بلدة/قرية before it
    import marsad

    rec = marsad.analyze("وصل وفد من حركة فتح إلى صيدا أمس.", published="2018-06-20").to_dict()
    refs = {e.get("ref") for e in rec["entities"] if e["type"] == "place"}
    assert "sy-saida-daraa" not in refs


# --- the event place of a list: its first item, not the one next to the trigger ---------------------------------


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the trigger after the list: the item nearest it was the event's place
    ("وتجددت المواجهات في مديريتي حيس والخوخة بعد طردهم منها.", "المواجهات", "Hays"),
    ("قطعت فصائل المعارضة الطريق الواصل بين بلدتي نوى وجاسم بعد اشتباكات عنيفة.", "اشتباكات", "Nawa"),
    # و and the second item's place noun
    ("تدور منذ الصباح في مدينة نوى وبلدة جاسم اشتباكات عنيفة.", "اشتباكات", "Nawa"),
])
def test_the_event_is_at_the_first_item_of_a_list(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_wider_first_item_gives_way_to_the_town_after_it() -> None:
    text = "في ريف إدلب وبلدة سراقب قتل خمسة مدنيين بغارات روسية."
    assert place_of(text, "قتل") == "Saraqib"

