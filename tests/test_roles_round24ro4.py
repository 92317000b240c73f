"""Round 24 (RO4): the borrowed-doer guard (roles._unattested_borrowed) keeps a lent doer whose side announces
the deed in the deed's own sentence (event_cues announce_verbs), whose pronoun a complementizer carries as the
verb's subject (own_deed_tells pronoun_openers), or that the article names threatening the struck
(borrow_threat_types)."""
from __future__ import annotations

from marsad.packs import load_json


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_an_army_announcing_the_raids_keeps_them() -> None:
    got = _roles("وأعلن الجيش العراقي تدمير أوكار لتنظيم داعش بغارات قرب الحدود مع سوريا.")
    attacks = [g for g in got if g[0] == "ATTACK"]
    assert attacks and attacks[0][1] == "iraq-army", got


def test_a_pronoun_after_the_complementizer_keeps_the_party() -> None:
    got = _roles("دخلت قوات الأمن العراقية ساحة الاعتصام. وأكد شهود أنهم اقتحموا خيام المحتجين ليلا.")
    attacks = [g for g in got if g[0] == "ATTACK"]
    assert attacks and attacks[-1][1] == "iraq-isf", got


def test_a_state_that_threatened_keeps_the_strike_it_threatened() -> None:
    got = _roles("هددت تركيا بالرد على أي هجوم. وقصفت مدفعية مواقع لحزب العمال الكردستاني شمال دهوك.")
    attacks = [g for g in got if g[0] == "ATTACK"]
    assert attacks and attacks[-1][1] in ("turkey", "turkish-army"), got


def test_a_state_that_only_warns_is_still_no_doer() -> None:
    got = _roles("حذرت الأردن من تصاعد العنف في المنطقة. وأسفر الهجوم على الحافلة عن مقتل أربعة أشخاص.")
    assert got[-1][:2] == ("ATTACK", None), got


def test_a_threat_against_another_party_vouches_for_nothing() -> None:
    got = _roles("هددت تركيا بمهاجمة القوات الأمريكية في منبج. وقالت مصادر إن غارات جديدة استهدفت مواقع لتنظيم داعش.")
    attacks = [g for g in got if g[0] == "ATTACK" and g[2] == "isis"]
    assert attacks and attacks[-1][1] is None, got


def test_the_cues_are_in_the_pack() -> None:
    data = load_json("event_cues")
    assert "THREATEN" in data["borrow_threat_types"]["ATTACK"]
    assert "إنهم" in data["own_deed_tells"]["pronoun_openers"]
