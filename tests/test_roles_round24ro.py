"""Round 24 (RO): a foiled or repelled deed (تصدت، أحبطت) whose attacker no name after it tells has that attacker
named by a state adjective on the deed (تصدت الفصائل للهجوم التركي): the adjective's state is the doer, the foiler
the target (roles._framed_roles, foiling frame). And a deed verb after «سبق لـX أن» has X, the name under ل, as its
doer (roles._lam_subject), not a party borrowed from the sentence before."""
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


# سبق لـX أن + verb (roles._lam_subject, event_cues lam_subject_verbs): the ل-name before أن is the deed's doer


def test_precedence_verb_lam_name_is_the_doer_not_the_party_before() -> None:
    got = _roles("قصفت روسيا مدينة إدلب صباح اليوم. وسبق لتركيا أن قصفت مواقع للوحدات الكردية في ريف حلب.")
    assert got[-1][:2] == ("ATTACK", "turkey"), got


def test_negated_precedence_verb_lam_name_is_the_doer() -> None:
    got = _roles("قصفت روسيا مدينة إدلب صباح اليوم. ولم يسبق لتركيا أن استهدفت الوحدات الكردية في منبج.")
    assert got[-1] == ("ATTACK", "turkey", "ypg"), got


def test_lam_name_without_precedence_verb_is_no_subject() -> None:
    # a ل-name before أن under a verb of telling (أكد لـ) is whom it was told to, never the doer
    got = _roles("وأكد المتحدث لقوات التحالف أن قصفت الطائرات الروسية مدينة إدلب.")
    assert got and all(a1 != "global-coalition" for _t, a1, _a2 in got), got


def test_precedence_verb_seizure_by_the_lam_name() -> None:
    got = _roles("قصف الحوثيون مدينة تعز بدعم من إيران. وسبق لتحالف دعم الشرعية أن ضبط سفينة أسلحة قادمة من إيران.")
    assert got[-1][:2] == ("SEIZE", "saudi-coalition-yemen"), got
