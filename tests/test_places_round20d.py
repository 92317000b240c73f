"""Round 20d: a group's nisba after a land noun (أراضي حوثية) names land the group holds, not a place."""
from __future__ import annotations

from tests.conftest import mention_types


def test_land_of_a_group_is_no_place() -> None:
    types = mention_types("أطلق صاروخ من أراضي حوثية في اليمن باتجاه جيزان مساء الأحد.")
    assert "place" not in types.get("حوثية", set())
    assert "place" in types.get("اليمن", set())


def test_the_groups_land_alone_gives_no_place() -> None:
    types = mention_types("استعادت الألوية الحكومية الأراضي الحوثية المطلة على الطريق الساحلي.")
    assert not any("place" in t for t in types.values())


def test_a_states_land_stays_a_place() -> None:
    types = mention_types("توغلت دبابات في الأراضي السورية قرب الحدود ليلة الجمعة.")
    assert "place" in types.get("الأراضي السورية", set())
