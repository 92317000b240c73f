"""Round 18 (EA, last): settlers and police named by a state's nisba (مستوطنون إسرائيليون، شرطي إسرائيلي) are
force nouns to the adjective-doer check (event_cues adjective_doer_heads): the state is the doer, not the
target."""

from tests.conftest import event_roles


def test_settlers_with_nisba_after_attack_verb_are_the_doer() -> None:
    got = event_roles("هاجم مستوطنون إسرائيليون مزرعة فلسطينية قرب قلقيلية مساء الثلاثاء.")
    assert ("هاجم", "israel", None) in got, got


def test_settlers_with_nisba_before_object_of_killing_are_the_doer() -> None:
    got = event_roles("قتل مستوطنون إسرائيليون شابا فلسطينيا قرب سلفيت صباح الخميس.")
    assert got and got[0][1] == "israel", got
