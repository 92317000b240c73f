"""Round 14c, the doer (actor1) and target (actor2) of a passive killing told with مع after the verb."""

from __future__ import annotations

from tests.conftest import event_with


def test_killed_with_companions_by_a_strike_gives_the_striker_as_doer() -> None:
    # القيادي ... قتل مع ثلاثة من مرافقيه: killed along with them, a passive; the strike's owner killed him
    text = ("وأفادت مصادر محلية أن القيادي الحوثي أبو علي الشامي قتل مع 3 من مرافقيه بغارة جوية "
            "لطائرات التحالف العربي في مديرية نهم.")
    assert event_with(text, "قتل")[1:] == ("saudi-coalition-yemen", "houthis")


def test_killed_with_others_is_passive_with_a_count_word_after_with() -> None:
    text = ("وقالت المصادر إن قائدا ميدانيا في جماعة الحوثي قتل مع عدد من مرافقيه بغارة لمقاتلات "
            "تحالف دعم الشرعية في محافظة صعدة.")
    assert event_with(text, "قتل")[1:] == ("saudi-coalition-yemen", "houthis")


def test_killed_with_others_and_no_strike_named_has_no_doer() -> None:
    # nobody is named as killer: the victim's side is not the doer
    text = "وأكدت مصادر عسكرية أن قياديا في حزب الله قتل مع اثنين من رفاقه في ريف القنيطرة."
    assert event_with(text, "قتل")[1] != "hezbollah"
