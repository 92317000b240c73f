"""Events roles, round 19d: a passive arrest (تم/جرى + masdar) or a masdar whose patient is a count of people with
the party under من (تم اعتقال ستة مسلحين من التنظيم، جرى توقيف عشرة من عناصر الحزب، تم القبض على أربعة من
مقاتلي الحركة) has that party as the arrested side (actor2), never as the doer; a doer named stays the doer.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_parties


def test_passive_light_arrest_of_counted_fighters() -> None:
    got = event_parties('وتم اعتقال ستة مسلحين من تنظيم داعش قرب مدينة تكريت.')
    assert got == [('ARREST', None, 'Islamic State (ISIS)')], got


def test_passive_arrest_under_ala_with_partitive_before_the_noun() -> None:
    got = event_parties('وتم القبض على أربعة من عناصر جبهة النصرة في ريف إدلب.')
    assert got == [('ARREST', None, 'Jabhat al-Nusra')], got


def test_passive_detention_of_a_count_whose_name_opens_with_the_noun() -> None:
    got = event_parties('وجرى توقيف سبعة من عناصر حزب الله في مدينة صيدا.')
    assert got == [('ARREST', None, 'Hezbollah')], got


def test_named_arresting_force_stays_the_doer() -> None:
    got = event_parties('وقامت قوات الأمن العراقية باعتقال ستة مسلحين من تنظيم داعش في تكريت.')
    assert got == [('ARREST', 'Iraqi Security Forces', 'Islamic State (ISIS)')], got


def test_passive_arrest_of_leaders_in_construct_with_the_group() -> None:
    got = event_parties('وتم القبض على ستة من قادة تنظيم داعش في محافظة الأنبار.')
    assert got == [('ARREST', None, 'Islamic State (ISIS)')], got


def test_counted_relatives_of_an_attacker_name_no_side() -> None:
    got = event_parties('وتم اعتقال أربعة من أقارب منفذ الهجوم في مدينة الخليل.')
    assert got[0][0] == 'ARREST' and got[0][2] is None, got
