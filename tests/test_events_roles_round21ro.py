"""Round 21 (RO): the agent of a passive or masdar after على يد / على أيدي / من قبل may be named through a
partitive من after a head noun (على يد عناصر من حزب الله، على أيدي مجموعة من مسلحي التنظيم): the side named
after من is the doer."""
from __future__ import annotations

from tests.conftest import event_with


def test_partitive_after_head_names_the_agent() -> None:
    assert event_with("قتل رجل مسن على يد عناصر من حزب الله قرب مدينة صور.", "قتل")[1] == "hezbollah"


def test_partitive_after_two_word_head_names_the_agent() -> None:
    got = event_with("قتل راع على يد مجموعة من عناصر تنظيم داعش في بادية الرقة.", "قتل")
    assert got[1] == "isis"


def test_partitive_after_gunmen_names_the_agent() -> None:
    got = event_with("قتل أربعة مزارعين على أيدي مسلحين من تنظيم داعش في ريف دير الزور الشرقي.", "قتل")
    assert got[1] == "isis"


def test_partitive_without_agent_marker_makes_no_doer() -> None:
    # من after a head with no على يد / من قبل before it is no agent: the killed are the group's members
    got = event_with("قتل خمسة عناصر من تنظيم داعش في ريف دير الزور الشرقي.", "قتل")
    assert got[1] != "isis"
