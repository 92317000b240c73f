"""Round 19c: Jeddah after any place cue (في جدة، بجدة، من جدة), not the kinship noun written with ه
(لجده 'to his grandfather'); a capital named after «العاصمة» and a nisba that is also the state's name
(العاصمة السعودية الرياض) or before a capital the actors pack names as its state (العاصمة العمانية مسقط)."""

from __future__ import annotations

import pytest

import marsad


def _places(text: str, published: str = "2018-06-15") -> list[str]:
    rec = marsad.analyze(text, published=published).to_dict()
    return [e["name"] for e in rec["entities"] if e["type"] == "place"]


@pytest.mark.parametrize("text", [
    "اختتم وزراء الخارجية اجتماعهم في جدة مساء الخميس.",
    "هبطت طائرة الركاب اضطراريا في مطار الملك عبدالعزيز الدولي بجدة.",
    "أقلعت الرحلة من جدة متجهة إلى القاهرة صباح اليوم.",
])
def test_jeddah_after_a_place_cue(text: str) -> None:
    assert "Jeddah" in _places(text)


@pytest.mark.parametrize("text", [
    "عثر الباحث على رسالة كتبها لجده قبل الحرب بسنوات.",
    "ورث الأمير الحكم عن والده وجده من قبله.",
    "يرى الزعيم نفسه أقوى من جده في مواجهة خصومه.",
])
def test_his_grandfather_is_no_jeddah(text: str) -> None:
    assert "Jeddah" not in _places(text)


def test_capital_after_a_nisba_that_is_the_state_name() -> None:
    assert "Riyadh" in _places("اعترضت الدفاعات صاروخا أطلق باتجاه العاصمة السعودية الرياض فجر الأحد.")


@pytest.mark.parametrize(("text", "city", "country"), [
    ("وصل المبعوث الأممي إلى العاصمة العمانية مسقط لإجراء محادثات.", "Muscat", "Oman"),
    ("تظاهر المئات في العاصمة البحرينية المنامة مساء الجمعة.", "Manama", "Bahrain"),
])
def test_capital_noun_and_nisba_cue_the_city_not_the_country(text: str, city: str, country: str) -> None:
    got = _places(text)
    assert city in got
    assert country not in got
