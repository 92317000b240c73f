"""Events roles, round 20b: the owner of the fire after a passive killing is its doer also with a time between
(قتل جندي مساء السبت برصاص X), with one of a group as the killed (قتل أحد المحتجين برصاص X) and with a
partitive after the fighters' noun (برصاص عناصر من X); a co-doer joined by و to a masdar's genitive leaves it the
doer (قصف قوات النظام وروسيا لمدن); a side believed to have struck (غارات يعتقد أنها إسرائيلية) is the doer.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_with


def test_time_between_the_killed_and_the_fire() -> None:
    got = event_with('وقتل جندي أميركي مساء السبت برصاص حركة طالبان.', 'قتل')
    assert got[1:] == ('taliban', 'usa')


def test_one_of_a_group_killed_by_fire_is_passive() -> None:
    got = event_with('قتل أحد المصلين برصاص عصائب أهل الحق في البصرة.', 'قتل')
    assert got[1:] == ('asaib', None)


def test_partitive_after_the_fighters_noun_keeps_the_owner_of_the_fire() -> None:
    got = event_with('قتل جندي أميركي برصاص عناصر من حركة طالبان في قندهار.', 'قتل')
    assert got[1:] == ('taliban', 'usa')


def test_co_doer_after_a_masdar_genitive_keeps_it_the_doer() -> None:
    got = event_with('تواصل قصف قوات النظام وروسيا لمدن وبلدات ريف إدلب.', 'قصف')
    assert got[1] == 'syr-gov-assad' and got[2] != 'syr-gov-assad'


def test_side_believed_to_have_struck_is_the_doer() -> None:
    text = ('نفت تركيا أي دور لها. وكانت غارات يعتقد أنها إسرائيلية قد استهدفت مواقع قرب دمشق، '
            'وفق ما ذكرت إسرائيل في بيان.')
    assert event_with(text, 'استهدفت')[1] == 'israel'

