"""Round 23 (RO2): a doer borrowed from the sentences before where the clause names its own. A definite soldier
noun with its definite nisba after a verb of killing, followed by a counted accusative object, is the active
verb's subject (events.roles._kill_object_after); a nominative dual of an unnamed attacker (مهاجمان، مسلحان) is
its own nameless doer, as the plurals are (event_cues unnamed_doers)."""
from __future__ import annotations


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


_IRAN = "قصفت إيران مواقع في العراق يوم السبت. "
_THREAT = "هددت إيران بالرد على العقوبات الأمريكية. "


def test_definite_soldiers_with_count_object_are_the_killers() -> None:
    got = _roles(_IRAN + "وقتل الجنود الإسرائيليون 120 فلسطينيا خلال الاحتجاجات.")
    assert got[-1][:2] == ("ATTACK", "israel"), got
    assert got[-1][2] != "israel", got


def test_definite_soldiers_with_count_word_object() -> None:
    got = _roles(_IRAN + "وقتل الجنود الإسرائيليون ثلاثة مدنيين قرب الحدود.")
    assert got[-1][:2] == ("ATTACK", "israel"), got


def test_indefinite_soldiers_with_count_object_are_the_killers() -> None:
    got = _roles(_IRAN + "وقتل جنود إسرائيليون 12 فلسطينيا قرب الحدود.")
    assert got[-1][:2] == ("ATTACK", "israel"), got


def test_killed_soldiers_without_object_stay_victims() -> None:
    # no object after them: the unvowelled verb is passive, the soldiers were killed
    got = _roles(_IRAN + "وقتل جنديان إسرائيليان في انفجار عبوة.")
    assert all(a1 != "israel" for _t, a1, _a2 in got[1:]), got


def test_dual_attackers_are_their_own_doer() -> None:
    got = _roles(_THREAT + "وفي حادث آخر، أطلق مهاجمان النار على مركز للشرطة في كابول.")
    assert got[-1][0] == "ATTACK" and got[-1][1] is None, got


def test_dual_gunmen_are_their_own_doer() -> None:
    got = _roles(_THREAT + "وفي حادث آخر، هاجم مسلحان مركزا للشرطة في كابول.")
    assert got[-1][0] == "ATTACK" and got[-1][1] is None, got


def test_named_doer_still_wins_over_dual() -> None:
    got = _roles(_THREAT + "وقال الجيش الأفغاني إن مسلحين من طالبان هاجموا مركزا للشرطة في كابول.")
    assert got[-1][0] == "ATTACK" and got[-1][1] == "taliban", got
