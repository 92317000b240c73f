"""Round 23 (RO4): a state adjective on an event noun names its doer though the article calls that state by
another name (الحكومة السورية, no mention on the adjective itself); a second state adjective joined to it by و
(القصف السوري والروسي) then names a co-doer, never what was struck (events.roles._doer_adjective_end, read in
_patient_after beside _conjoined_doer)."""

from __future__ import annotations

import pytest

import marsad

LEAD = "قالت منظمة إغاثة إن الحكومة السورية تمنع دخول القوافل إلى الغوطة. "


def _attack(text: str) -> tuple[str | None, str | None]:
    art = marsad.analyze(text)
    names = {e.id: e.name for e in art.entities}
    ev = next(e for e in art.events if e.type == "ATTACK")
    return names.get(ev.actor1 or ""), names.get(ev.actor2 or "")


@pytest.mark.parametrize("text", [
    LEAD + "ويعيش الأهالي بين رصاص المسلحين، والقصف السوري والروسي الذي يحرمهم من النوم.",
    LEAD + "وفرّ مئات السكان هربا من القصف الجوي السوري والروسي المتواصل منذ أيام.",
])
def test_a_state_adjective_joined_to_the_doer_adjective_is_no_target(text: str) -> None:
    a1, a2 = _attack(text)
    assert a1 is not None and a1.startswith("Syrian") and "government" in a1  # the lead's الحكومة السورية
    assert a2 != "Russia"


def test_a_target_nisba_after_a_preposition_stays_the_target() -> None:
    # الضربات على المواقع الإيرانية: the adjective is on the place struck, after على, not on the event noun
    text = LEAD + "وقال المرصد إن الضربات الإسرائيلية استهدفت المواقع الإيرانية قرب مطار دمشق."
    a1, _a2 = _attack(text)
    assert a1 != "Iran"
