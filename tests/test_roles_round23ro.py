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


def test_machines_tied_to_owner_after_verb_name_the_doer() -> None:
    # VSO: the subject is machines tied to their owner by تابعة ل; the army of the sentence before lends nothing
    got = _roles("قال الجيش اليمني إن قواته تقدمت نحو الحديدة. "
                 "وقصفت طائرات حربية تابعة للتحالف العربي مواقع للحوثيين في صعدة.")
    assert got[-1][:2] == ("ATTACK", "saudi-coalition-yemen"), got


def test_two_machines_joined_and_tied_to_owner() -> None:
    got = _roles("قال الجيش اليمني إن قواته تقدمت نحو الحديدة. "
                 "وقصفت مروحيات ومقاتلات تابعة للتحالف العربي مواقع للحوثيين في صعدة.")
    assert got[-1][:2] == ("ATTACK", "saudi-coalition-yemen"), got


def test_hostile_adjective_is_no_tie_of_ownership() -> None:
    # معادية ل names whom the machines are against, never their owner
    got = _roles("قال الجيش اليمني إن قواته تقدمت نحو الحديدة. "
                 "وقصفت طائرات حربية معادية للتحالف العربي مواقع في صعدة.")
    assert got[-1][1] != "saudi-coalition-yemen", got
