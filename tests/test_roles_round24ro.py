"""Round 24 (RO): a foiled or repelled deed (تصدت، أحبطت) whose attacker no name after it tells has that attacker
named by a state adjective on the deed (تصدت الفصائل للهجوم التركي): the adjective's state is the doer, the foiler
the target (roles._framed_roles, foiling frame)."""
from __future__ import annotations


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_repelled_attack_with_state_adjective_has_that_state_as_doer() -> None:
    got = _roles("أكدت أنقرة أن عملياتها مستمرة. وتصدت فصائل المعارضة للهجوم التركي على قرية قرب عفرين.")
    assert got[-1] == ("ATTACK", "turkey", "syr-opposition-factions"), got


def test_repelled_raids_with_indefinite_adjective() -> None:
    got = _roles("اتهمت دمشق إسرائيل بتهديد المنطقة. وتصدت الفصائل لغارات إسرائيلية استهدفت ريف درعا ليلا.")
    assert got[-1][:2] == ("ATTACK", "israel"), got


def test_named_attacker_after_the_deed_still_wins() -> None:
    got = _roles("أكدت أنقرة أن عملياتها مستمرة. وتصدت الوحدات الكردية لهجوم الجيش التركي على قرية قرب عفرين.")
    assert got[-1] == ("ATTACK", "turkish-army", "ypg"), got
