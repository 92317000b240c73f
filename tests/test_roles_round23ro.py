"""Round 23 (RO): a verb trigger with no subject before it in its clause and an agent phrase after it (من قبل،
على يد) is an unvowelled passive: the agent is the doer, not a party borrowed from the sentences before
(events.roles._assign_roles)."""
from __future__ import annotations


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_passive_arrest_light_verb_takes_agent_not_borrowed_doer() -> None:
    got = _roles("شنت إسرائيل غارات على غزة يوم الأحد. وألقي القبض على الرجلين من قبل قوات سوريا الديمقراطية.")
    assert got[-1][0] == "ARREST" and got[-1][1] == "sdf", got


def test_agent_after_partitive_members() -> None:
    got = _roles("شنت إسرائيل غارات على غزة يوم الأحد. وألقي القبض على الرجلين من قبل عناصر من قوات سوريا الديمقراطية.")
    assert got[-1][0] == "ARREST" and got[-1][1] == "sdf", got


def test_verb_with_its_own_subject_keeps_it() -> None:
    # the subject named before the verb stays the doer
    got = _roles("قالت مصادر إن قوات سوريا الديمقراطية اعتقلت الرجلين في الرقة.")
    assert got[-1][:2] == ("ARREST", "sdf"), got
