"""A place noun after the preposition ل refers back to a place only in its definite form: ل + المدينة is
written للمدينة (the preposition takes the article's alef); لمدينة، لنقطة are indefinite nouns, which name
no place told before (clitics.json place_anaphor, v2)."""

from __future__ import annotations

import pytest

import marsad


def _places(text: str) -> list[tuple[str, str | None]]:
    out = marsad.analyze(text, published="2018-03-01").to_dict()
    names = {e["id"]: e.get("name") for e in out["entities"]}
    return [(ev["type"], names.get(ev["place"]) if ev.get("place") else None) for ev in out["events"]]


@pytest.mark.parametrize("second", [
    "وقال شهود إن الشرطة طردت السكان الشاغلين للحي.",
    "وقال شهود إن قوات الاحتلال انتشرت في الشوارع الرئيسية للمدينة.",
])
def test_definite_noun_after_li_refers_back(second: str) -> None:
    places = _places("شهدت مدينة الخليل توترا أمس.\n" + second)
    assert places and places[-1][1] == "Hebron"


def test_indefinite_noun_after_li_is_no_place_told_before() -> None:
    places = _places("شهدت مدينة الخليل توترا أمس.\nوقال المتحدث إن ما تم قصفه هو هدف مشروع لنقطة تفتيش للمسلحين.")
    assert places == [("ATTACK", None)]


# the smuggling is disclosed as done (كشف عن): a smuggling only warned of (حذر من تهريب) is expected, and with no
# party named it is no event (ontology: modality expected; events drops a party-less expected event)
@pytest.mark.parametrize("last", [
    "وكشف المسؤول عن تهريب السلاح إلى البلاد.",
    "واندلعت اشتباكات عنيفة في البلاد بعد ذلك.",
])
def test_the_country_is_the_one_most_places_lie_in(last: str) -> None:
    # Lebanon is named last, in passing; Aleppo, Idlib and Syria make the article's country Syria
    text = "قصفت الطائرات مدينة حلب في سوريا أمس، وقتل عشرة مدنيين في ريف إدلب.\nوقال مسؤول في لبنان إن الحدود مغلقة.\n"
    assert _places(text + last)[-1][1] == "Syria"


def test_the_last_country_named_when_none_has_more_places() -> None:
    places = _places("زار الوزير الأردن ثم توجه إلى مصر.\nوكشف الوزير عن تهريب السلاح إلى البلاد.")
    assert places[-1] == ("SMUGGLE", "Egypt")
