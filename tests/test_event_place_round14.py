"""Round 14 event places: which place mention of its sentence an event gets."""

from __future__ import annotations

import pytest


def place_of(text: str, trigger: str, published: str = "2018-05-08") -> str | None:
    """The English name of the place of the last event whose trigger contains `trigger` (whole pipeline)."""
    import marsad

    art = marsad.analyze(text, published=published)
    names = {e.id: e.name for e in art.entities}
    found = [ev for ev in art.events if trigger in ev.trigger.text]
    assert found, [(ev.type, ev.trigger.text) for ev in art.events]
    return names.get(found[-1].place) if found[-1].place else None


# --- a place under في/ب locates the place named right before it: the event is at the more specific ------------


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a Yemeni district (مديرية marks nothing) located by its governorate under ب
    ("وشنت مقاتلات التحالف غارات على تجمعات للحوثيين في مديرية المراوعة بمحافظة الحديدة.", "غارات",
     "Al Marāwi‘ah"),
    # an airport's town, located by the region under في
    ("قتل ثلاثة جنود في تفجير انتحاري استهدف دورية قرب مطار ولاية قندهار في جنوب أفغانستان.", "قتل",
     "Kandahar"),
    # a locating participle and the governorate's head noun between
    ("واستهدفت الطائرات مخازن أسلحة في قرى التابعة لمديرية التحيتا بمحافظة الحديدة.", "استهدفت", "At Tuhayta"),
])
def test_the_place_located_beats_the_wider_place_locating_it(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_nisba_adjective_may_stand_between_the_place_and_the_one_locating_it() -> None:
    text = ("سقطت قذائف صاروخية الأحد على قاعدة حميميم الروسية في غرب سوريا ما أدى إلى مقتل جنديين.")
    # since round 18 the shells falling tell the attack (event_cues fired_weapons) and the killing joins it
    assert place_of(text, "سقطت") == "Hmeimim air base"


def test_a_place_of_origin_locates_nothing() -> None:
    # وفد من دمشق: where the delegation came from, not the town located by حمص
    text = "واستهدف مسلحون مجهولون وفدا حكوميا قادما من دمشق في مدينة حمص."
    assert place_of(text, "استهدف") == "Homs"


# --- a place of origin or belonging is no site of the event ---------------------------------------------------


@pytest.mark.parametrize(("text", "trigger"), [
    ("وقالت المصادر إن عناصر الميليشيا الذين ينتمون إلى محافظة صعدة فروا من جبهات القتال.", "فروا"),
    ("وأعلنت الشرطة أن المشتبه به في الهجوم شاب ولد في الشيشان.", "الهجوم"),
    ("وقال إن المهاجم، وهو من مواليد الشيشان، نفذ الهجوم بسكين.", "الهجوم"),
])
def test_a_place_of_origin_is_not_where_the_event_was(text: str, trigger: str) -> None:
    assert place_of(text, trigger) is None


def test_the_event_keeps_its_own_place_beside_an_origin() -> None:
    text = "وقتل الجنود شابا ينحدر من بلدة كفرنبل خلال اشتباكات في مدينة إدلب."
    assert place_of(text, "قتل") == "Idlib"


# --- the head nouns of districts, provinces and republics stand for the preposition before them ------------------


def test_a_district_under_its_head_noun_beats_the_country_named_before_it() -> None:
    text = "وشنت الطائرات في اليمن غارات على مواقع للمتمردين في مديرية حيس."
    assert place_of(text, "غارات") == "Hays"


def test_a_birthplace_after_the_head_noun_of_a_republic_is_no_site() -> None:
    text = "وأعلنت الشرطة أن المشتبه به في الهجوم شاب ولد في جمهورية الشيشان."
    assert place_of(text, "الهجوم") is None


# --- of two places as precise in a locating chain, the event is at the one located -------------------------------


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # since round 18 the shell falling tells the attack (event_cues fired_weapons) and the killing joins it
    ("وأدى سقوط قذيفة هاون على حي باب توما بدمشق إلى مقتل مدنيين اثنين.", "سقوط", "Bab Touma (Damascus)"),
    ("وفي حي الشعار بحلب، قتل طفلان جراء القصف.", "قتل", "Al-Shaar (Aleppo)"),
])
def test_a_quarter_beats_the_city_that_locates_it(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


# --- an apposition (، كبرى / عاصمة / أكبر مدن) places the town in the wider place after it ----------------------


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("وفي مدينة الناصرية، كبرى محافظة ذي قار، قال مسؤول في الصحة إن مواجهات اندلعت بين المتظاهرين والشرطة.",
     "مواجهات", "Nasiriyah"),
    ("وفي دوما، أكبر مدن الغوطة الشرقية، قتل خمسة مدنيين في قصف.", "قتل", "Douma"),
])
def test_a_town_beats_the_wider_place_of_its_apposition(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place
