"""Round 17 (ER, follow-up): victims given as doers. The owner under ل of vehicles an attack destroyed
(event_cues target_holdings) is its target, never its doer; a partitive subject before a passive قتلوا followed by
من جراء (a word of cause opened by من) is the victim, not the killer."""
from __future__ import annotations

import pytest

from tests.conftest import event_roles


@pytest.mark.parametrize("text", [
    "دمرت الطائرات الحربية أربع مركبات للحوثيين شرق المدينة.",
    "ودمرت المدفعية دبابات للحوثيين قرب الحدود.",
    "استهدفت الغارات شاحنات للحوثيين على الطريق الساحلي.",
])
def test_owner_of_struck_vehicles_is_the_target(text: str) -> None:
    roles = event_roles(text)
    assert roles and all(a1 != "houthis" for _t, a1, _a2 in roles), roles
    assert any(a2 == "houthis" for _t, _a1, a2 in roles), roles


@pytest.mark.parametrize("text", [
    "وذكرت المصادر أن 12 من مسلحي الحوثيين قتلوا من جراء قصف مدفعي على مواقعهم.",
    "وأكد المراسل أن سبعة من عناصر الحوثيين قتلوا من جراء غارة جوية غرب المدينة.",
])
def test_partitive_subject_killed_from_a_cause_is_the_victim(text: str) -> None:
    roles = event_roles(text)
    assert roles and all(a1 != "houthis" for _t, a1, _a2 in roles), roles
    assert any(a2 == "houthis" for _t, _a1, a2 in roles), roles



@pytest.mark.parametrize("text", [
    "أفادت مصادر محلية بمقتل 14 من مسلحي الحوثيين في جبهة صعدة.",
    "أعلن الجيش مصرع نحو 20 مسلحا من الحوثيين شمال المحافظة.",
])
def test_counted_dead_after_a_casualty_noun_are_no_borrowed_doer(text: str) -> None:
    """بمقتل 14 من X: the dead (a count, a person noun, من) are the struck; the only party named lends no doer."""
    roles = event_roles(text)
    assert roles and all(a1 != "houthis" for _t, a1, _a2 in roles), roles
    assert any(a2 == "houthis" for _t, _a1, a2 in roles), roles


def test_a_lead_toll_with_a_time_reference_to_clashes_is_kept() -> None:
    """خلال المواجهات marks the clashes as a time told before; in the lead nothing of the type was told, so the
    clause's toll is the happening itself (events.merge._repeats)."""
    roles = event_roles("أفادت مصادر ميدانية، الأحد، بمقتل 22 من مسلحي الحوثيين خلال المواجهات مع القوات الحكومية"
                        " في جبهة حرض.")
    assert [(t, a2) for t, _a1, a2 in roles] == [("مقتل", "houthis")], roles


def test_a_later_toll_during_clashes_told_before_stays_folded() -> None:
    roles = event_roles("اندلعت مواجهات عنيفة بين الحوثيين والقوات الحكومية في حرض. وأفادت مصادر بمقتل 22 من"
                        " مسلحي الحوثيين خلال المواجهات.")
    assert len(roles) == 1, roles


@pytest.mark.parametrize("text", [
    "قتل عشرون من مسلحي الحوثيين في معارك استعادت فيها قوات الجيش اليمني السيطرة على تلال في مأرب.",
    "اندلعت اشتباكات استعادت خلالها قوات الجيش اليمني مواقع للحوثيين في مأرب.",
])
def test_a_resumptive_pronoun_between_verb_and_subject_leaves_the_subject_the_doer(text: str) -> None:
    """استعادت فيها القوات: فيها points back to the battles; the force after it is the verb's subject."""
    roles = dict((t, a1) for t, a1, _a2 in event_roles(text))
    assert roles.get("استعادت") == "yemen-army", event_roles(text)


def test_a_counted_object_after_the_resumptive_keeps_the_verb_active() -> None:
    roles = event_roles("سيطر الجيش اليمني على البلدة وقتل فيها مسلحين من الحوثيين.")
    assert ("قتل", "yemen-army", "houthis") in roles, roles
