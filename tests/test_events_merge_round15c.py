"""Round 15c (EV3): a killing and the attack it happened in, told in the clause after it (، في هجوم على …),
are one event also when the count of the killed is in أفراد: فردا is no فـ + ردا (a reply word), so it does
not make the attack one that the killing replied to, nor the places after it the places of a happening
replied to."""

from __future__ import annotations

import marsad


def types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text, published="2019-05-02").events]


def test_count_in_afrad_does_not_split_killing_from_its_attack() -> None:
    text = ("أفاد مصدر أمني بأن مسلحين مجهولين قتلوا 9 أفراد من عائلة واحدة، بينهم أطفال، "
            "في هجوم على مزرعتهم قرب مدينة كركوك.")
    assert types(text) == ["ATTACK"]
    text = ("أفاد مصدر أمني بأن مسلحين مجهولين قتلوا 9 فردا من عائلة واحدة، بينهم أطفال، "
            "في هجوم على مزرعتهم قرب مدينة كركوك.")
    assert types(text) == ["ATTACK"]


def test_a_real_reply_still_keeps_the_attack_replied_to_apart() -> None:
    text = ("قصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة، وردا على هجوم صاروخي استهدف مستوطنة "
            "سديروت قتل فيه مستوطن.")
    assert len(types(text)) >= 2


def test_count_in_afrad_keeps_the_place_after_it() -> None:
    a = marsad.analyze("قتل مسلحون 7 فردا من عشيرة واحدة في محافظة ديالى شرقي العراق.", published="2019-05-02")
    names = {e.id: e.name for e in a.entities}
    assert [names.get(e.place) for e in a.events] == ["Diyala Governorate"]
