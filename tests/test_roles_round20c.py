"""Events roles, round 20c: a time set off by commas between the killed and the fire (قتل أحد المحتجين، السبت،
برصاص X) ends their clause only in punctuation: the killing is still passive and the owner of the fire its doer.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_with


def test_comma_bounded_day_between_one_of_a_group_and_the_fire() -> None:
    got = event_with('وقتل أحد المحتجين، السبت، برصاص قوات الأمن العراقية في البصرة.', 'قتل')
    assert got[1] == 'iraq-isf'


def test_comma_bounded_time_after_another_party_named() -> None:
    got = event_with('تظاهر أنصار حركة طالبان في قندهار. وقتل أحد المتظاهرين، الأحد، برصاص قوات الأمن العراقية.',
                     'قتل')
    assert got[1] == 'iraq-isf'


def test_comma_bounded_two_word_time_before_an_agent_marker() -> None:
    got = event_with('تظاهر أنصار حركة طالبان في قندهار. وقتل أحد المتظاهرين، مساء الأحد، على يد قوات الأمن '
                     'العراقية.', 'قتل')
    assert got[1] == 'iraq-isf'


def test_active_killing_with_a_comma_bounded_time_keeps_its_subject() -> None:
    got = event_with('قتلت حركة طالبان، الأحد، ثلاثة جنود في ولاية قندهار.', 'قتلت')
    assert got[1] == 'taliban'
