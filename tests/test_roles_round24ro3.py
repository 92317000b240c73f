"""Round 24 (RO3): the borrowed-doer guard (roles._unattested_borrowed) spares a force the article shows telling
of its own operations (roles._tells_own_deeds, event_cues own_deed_tells): the subject of a verb of saying whose
report names its own forces or operations, or, for a force, opens with its own pronoun or the operation. A
named operation's owner (detect._operation_owners) is told by the name itself, not borrowed."""
from __future__ import annotations

from marsad.packs import load_json


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_army_that_tells_of_its_own_forces_is_still_lent_the_raid() -> None:
    # the army told of its forces' sweep in the sentence before: the raid after it is fairly lent to it
    got = _roles("قال الجيش العراقي إن قواته تواصل تمشيط المناطق الصحراوية غرب الأنبار. وهاجمت مخابئ لتنظيم داعش "
                 "قرب الحدود.")
    attacks = [g for g in got if g[0] == "ATTACK"]
    assert attacks and attacks[-1][1] == "iraq-army", got


def test_force_that_says_it_advances_is_still_lent_the_assault() -> None:
    got = _roles("أكدت الشرطة الاتحادية أنها تتقدم نحو المدينة القديمة. وهاجمت مواقع التنظيم في حي الشفاء.")
    attacks = [g for g in got if g[0] == "ATTACK"]
    assert attacks and attacks[-1][1] == "iraq-federal-police", got


def test_government_that_says_it_follows_is_no_doer_still() -> None:
    # a government's own pronoun after its verb of saying tells only of itself, not of a fight of its forces
    got = _roles("قالت الحكومة الأردنية إنها تراقب الوضع على الحدود. وأسفر الهجوم الذي استهدف المخفر عن مقتل جنديين.")
    assert got[-1][:2] == ("ATTACK", None), got


def test_the_cues_are_in_the_pack() -> None:
    tells = load_json("event_cues")["own_deed_tells"]
    assert {"قواتها", "عملياته"} <= set(tells["own_words"])
    assert "state_force" in tells["force_kinds"] and tells["reach"] > 0


def test_army_with_its_own_spokesman_is_still_lent_the_shelling() -> None:
    got = _roles("أعلن المتحدث العسكري باسم الجيش المصري مقتل عشرة مسلحين في شمال سيناء. وقصفت مخابئ للإرهابيين "
                 "قرب مدينة العريش.")
    attacks = [g for g in got if g[0] == "ATTACK"]
    assert attacks and attacks[-1][1] == "egypt-army", got
