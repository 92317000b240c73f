"""Round 24 (RO5): the claimer of a deed told as an indefinite noun right in its claim (أعلنت الحركة مسؤوليتها
عن هجوم المدينة) is that deed's doer (events.merge._claimed_back, _responsibility_object); a claim denied or not
made gives nobody. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_claimer_of_an_indefinite_deed_noun_is_its_doer() -> None:
    text = ("اندلعت معارك عنيفة بين الجيش الأفغاني ومسلحين في ولاية غزني أمس. "
            "وأعلنت حركة طالبان مسؤوليتها عن هجوم غزني في بيان لاحق.")
    assert ("ATTACK", "taliban", None) in _roles(text)


@pytest.mark.parametrize("text", [
    "اندلعت معارك عنيفة بين الجيش الأفغاني ومسلحين في ولاية غزني أمس. "
    "ونفت حركة طالبان مسؤوليتها عن هجوم غزني في بيان لاحق.",
    "اندلعت معارك عنيفة بين الجيش الأفغاني ومسلحين في ولاية غزني أمس. "
    "ولم تعلن حركة طالبان مسؤوليتها عن هجوم غزني حتى الآن.",
])
def test_a_denied_or_unmade_claim_names_no_doer(text: str) -> None:
    assert all(a1 != "taliban" for _t, a1, _a2 in _roles(text))
