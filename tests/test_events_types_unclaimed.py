"""The events stage on claims nobody made: a negated claim of responsibility (ولم تعلن أي جهة مسؤوليتها عن
الهجوم، لم تتبن أي جماعة التفجير) is about the deed the article told before it, so its noun makes no second
event; it names no claimer either, even when a party is its subject; a deed first told in such a sentence
stays an event. Hand-written sentences with hand-given entities."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["تنظيم الدولة", "التنظيم"]),
    ("actor", "taliban", ["حركة طالبان", "طالبان"]),
    ("actor", "army", ["الجيش"]),
    ("place", "kandahar", ["قندهار"]),
    ("place", "raqqa", ["الرقة"]),
]

TOLD = ("انفجرت سيارة مفخخة قرب سوق شعبي في قندهار صباح الأحد. وقال مسؤول في الشرطة إن عدد الجرحى مرشح "
        "للارتفاع. ونقلت سيارات الإسعاف المصابين إلى مستشفى المدينة. وأغلقت الشرطة الطرق المؤدية إلى السوق. ")


@pytest.mark.parametrize("tail", [
    pytest.param("ولم تعلن أي جهة حتى الآن مسؤوليتها عن التفجير.", id="announce_with_time"),
    pytest.param("ولم تعلن أي جهة مسؤوليتها بعد عن هذا الهجوم.", id="filler_and_demonstrative"),
    pytest.param("ولم تتبن أي جماعة الهجوم حتى مساء الأحد.", id="adopt"),
    pytest.param("ولم يعلن أحد مسؤوليته عن الاعتداء.", id="nobody"),
])
def test_unclaimed_deed_is_the_one_told(tail: str) -> None:
    attacks = [e for e in event_records(TOLD + tail, ENTS) if e["type"] == "ATTACK"]
    assert len(attacks) == 1
    assert attacks[0]["trigger"] in ("انفجرت", "سيارة مفخخة")


def test_negated_claim_names_no_claimer() -> None:
    text = "هاجم مسلحون مركزا للشرطة في قندهار مساء الاثنين. ولم تعلن حركة طالبان مسؤوليتها عن الهجوم."
    attacks = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert attacks and all(e["actor1"] != "taliban" for e in attacks)


def test_deed_first_told_in_the_unclaimed_sentence_stays() -> None:
    text = "ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي استهدف حاجزا للجيش قرب الرقة فجر الجمعة."
    assert [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]


@pytest.mark.parametrize("tail", [
    pytest.param("ولم تعلن أي جهة مسؤوليتها عن الهجوم على حاجز للجيش في الرقة.", id="own_target"),
    pytest.param("ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي استهدف حاجزا للجيش في الرقة.", id="own_verb"),
])
def test_deed_told_with_its_own_target_stays(tail: str) -> None:
    attacks = [e for e in event_records(TOLD + tail, ENTS) if e["type"] == "ATTACK"]
    assert len(attacks) == 2
