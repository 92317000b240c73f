"""Events roles, round 20x: a party inside a clause describing the struck or seized holding (مواقع كانت الميليشيا
تتحصن فيها) held it, so it is the target, never the doer borrowed for the main verb; a past-verb spelling joined
by و to one just read as a masdar (في قتل وأسر عناصر) is a masdar too, its genitive the patient; a particle
or time word (أيضا، مجددا) between a verb and its subject is no distance.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_with


def test_kana_clause_party_is_the_seized_holdings_holder() -> None:
    got = event_with('طهرت القوات المشتركة مواقع كانت ميليشيات الحوثي تتحصن فيها جنوبي الحديدة.', 'طهرت')
    assert got[1] is None
    assert got[2] == 'houthis'


def test_kana_clause_after_a_relative_with_an_object_suffix() -> None:
    got = event_with('قصفت المدفعية مقرات عسكرية التي كانت جماعة الحوثي تستخدمها في صعدة.', 'قصفت')
    assert got[1] != 'houthis'
    assert got[2] == 'houthis'


def test_kana_clause_subject_named_before_the_verb_stays_doer() -> None:
    got = event_with('اقتحم الجيش السوري مواقع كان تنظيم داعش يسيطر عليها في البادية.', 'اقتحم')
    assert got[1:] == ('syr-army-new', 'isis')


def test_masdar_joined_by_waw_after_a_masdar_takes_its_patient() -> None:
    got = event_with('شنت قوات ألوية العمالقة هجوما في حيس نجحت في قتل وأسر عناصر حوثية.', 'أسر')
    assert got[1] == 'giants-brigades'
    assert got[2] == 'houthis'


def test_verb_joined_by_waw_after_a_definite_noun_stays_a_verb() -> None:
    got = event_with('قصف الجيش السوري المدينة وقتل عناصر من تنظيم داعش.', 'قصف')
    assert got[1] is not None


def test_particle_between_verb_and_subject_is_no_distance() -> None:
    got = event_with('أسر عدد كبير من عناصر الحوثي. وشنت أيضا قوات ألوية العمالقة عمليات في حيس.', 'شنت')
    assert got[1] == 'giants-brigades'


def test_time_word_between_verb_and_subject_keeps_the_subject() -> None:
    got = event_with('وقصفت مجددا طائرات التحالف العربي مواقع في صعدة.', 'قصفت')
    assert got[1] == 'saudi-coalition-yemen'
