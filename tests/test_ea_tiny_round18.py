"""Round 18 (EA, tiny): a masdar whose genitive is its patient, followed by a soldier noun and a state's nisba
(مقتل جندي تركي، اختطاف جندي إسرائيلي), names that state as the target, never as the doer."""

from tests.conftest import event_roles


def test_killed_soldier_nisba_after_masdar_is_the_target() -> None:
    got = event_roles("أفادت مصادر محلية بمقتل جندي تركي بنيران قناص قرب الحدود مساء السبت.")
    assert got and got[0][1:] == (None, "turkey"), got


def test_kidnapped_soldier_nisba_after_masdar_is_the_target() -> None:
    got = event_roles("تحدثت وسائل إعلام عن اختطاف جندي إسرائيلي قرب رام الله فجر اليوم.")
    assert got and got[0][2] == "israel" and got[0][1] != "israel", got


def test_state_adjective_right_after_attack_noun_stays_the_doer() -> None:
    got = event_roles("استهدفت غارة تركية مواقع للمسلحين شمال العراق.")
    assert got and got[0][1] == "turkey", got
