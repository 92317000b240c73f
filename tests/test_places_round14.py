"""Places, round 14: the country «البلاد» means is not the home of a wire agency quoted from afar, while a state
agency of the country the story is about still speaks from there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


@pytest.mark.parametrize(("text", "cc"), [
    # a foreign wire quoted on a Cuban crash: its desk is in Paris, the crash east of Cuba
    ("غادرت الطائرة العاصمة هافانا صباح الجمعة. وسقطت بعد دقائق قرب مدينة صغيرة شرقي البلاد. "
     "ونقلت وكالة الأنباء الفرنسية عن شهود أن النيران اشتعلت في المحرك.", "CU"),
    ("غمرت الفيضانات قرى في جنوب البلاد بعد أيام من الأمطار. وقالت وكالة رويترز إن الأمطار هطلت بغزارة على "
     "العاصمة هافانا.", "CU"),
])
def test_a_wire_agency_quoted_from_afar_is_not_the_country_of_bilad(text: str, cc: str) -> None:
    surface = "شرقي البلاد" if "شرقي البلاد" in text else "جنوب البلاد"
    assert place_entity(text, surface)["country"] == cc


def test_a_state_agency_on_its_own_country_still_places_bilad() -> None:
    text = ("ذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون أمر بتفكيك موقع التجارب النووية. "
            "وبحسب الوكالة، ستدمر الأنفاق في شمال شرقي البلاد بالتفجير. ويلتقي كيم الرئيس الأميركي في سنغافورة "
            "الشهر المقبل.")
    assert place_entity(text, "شمال شرقي البلاد")["country"] == "KP"
