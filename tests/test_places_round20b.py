"""Round 20b: a capital struck after a strike verb with its subject or a count between is the city, not the
state as a party; «في وجدة» is Oujda where the article names Morocco, never و + Jeddah after a preposition."""
from __future__ import annotations

import marsad


def _run(text: str) -> tuple[dict, list[dict]]:
    a = marsad.analyze(text, id="t").to_dict()
    return {e["id"]: e for e in a["entities"]}, a["events"]


def _places(text: str) -> list[str]:
    ents, _ = _run(text)
    return [e["name_ar"] for e in ents.values() if e["type"] == "place"]


def test_capital_after_count_of_them_is_the_city_struck() -> None:
    ents, events = _run("أطلقت الجماعة خمسة صواريخ نحو المملكة، واستهدف اثنان منها الرياض مساء أمس.")
    assert "الرياض" in [e["name_ar"] for e in ents.values() if e["type"] == "place"]
    assert any(ev["place"] and ents[ev["place"]]["name_ar"] == "الرياض" for ev in events)


def test_capital_after_feminine_verb_count_is_the_city() -> None:
    assert "الرياض" in _places("رصدت الدفاعات أربعة صواريخ، استهدفت 2 منها الرياض دون إصابات.")


def test_capital_after_feminine_verb_and_its_subject_is_the_city() -> None:
    ents, events = _run("قصفت المقاتلات الإسرائيلية دمشق فجر الخميس.")
    assert "دمشق" in [e["name_ar"] for e in ents.values() if e["type"] == "place"]
    ev = next(ev for ev in events if ev["trigger"]["text"] == "قصفت")
    assert ev["actor2"] is None or ents[ev["actor2"]]["name_ar"] != "الحكومة السورية الانتقالية"


def test_capital_right_after_feminine_verb_stays_the_state() -> None:
    # the capital is the verb's subject: the state acts
    ents, _ = _run("استهدفت واشنطن مواقع لجماعة مسلحة في العراق أمس.")
    assert "واشنطن" not in [e["name_ar"] for e in ents.values() if e["type"] == "place"]


def test_waw_after_preposition_is_the_name_oujda() -> None:
    places = _places("قالت وزارة الداخلية في المغرب إن الشرطة اعتقلت رجلين في وجدة قرب الحدود.")
    assert "مدينة وجدة" in places
    assert "مدينة جدة" not in places


def test_oujda_without_its_country_is_no_jeddah() -> None:
    assert "مدينة جدة" not in _places("وصل الوفد صباح اليوم إلى وجدة لحضور الاجتماع.")


def test_jeddah_after_another_place_is_still_and_jeddah() -> None:
    assert "مدينة جدة" in _places("قتل شخصان في انفجارين بالرياض وجدة أمس.")


def test_capital_after_warplanes_is_the_place_of_the_strike() -> None:
    ents, events = _run("قصفت الطائرات الحربية طهران.")
    ev = next(ev for ev in events if ev["trigger"]["text"] == "قصفت")
    assert ev["actor2"] is None
    assert ev["place"] and ents[ev["place"]]["name_ar"] == "طهران"
