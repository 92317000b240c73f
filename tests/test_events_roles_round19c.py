"""Events roles, round 19c: a shelling masdar whose genitive is what it struck (قصف المدينة) names its owner, the
doer, under ل right after it (قصف مدفعي لقوات النظام على البلدة), and no doer is borrowed over it; in a passive
killing the ل-owner of the attack it happened in is its doer, never the killed. The owner of a struck thing (قصف
لمواقع X) and the object of استهداف under ل stay what they were. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_parties, event_with


def test_lam_owner_of_artillery_shelling_is_the_doer() -> None:
    text = ('سيطرت فصائل المعارضة على قرية في ريف إدلب. ونزح مئات السكان بعد قصف مدفعي لقوات النظام السوري على '
            'بلدة كفرنبل.')
    got = event_with(text, 'قصف')
    assert got[1] == 'syr-gov-assad' and got[2] is None, got


def test_lam_owner_before_a_comma_and_the_struck_after_it() -> None:
    text = ('قصفت ميليشيات الحوثي مدينة جازان السعودية. وتزامن ذلك مع قصف مدفعي للتحالف العربي، على مواقع '
            'الحوثيين، في منطقة حرض.')
    got = event_with(text, 'قصف مدفعي')
    assert got[1] == 'saudi-coalition-yemen', got


def test_passive_killing_after_shelling_owned_under_lam() -> None:
    got = event_with('وقتل خمسة مدنيين بعد قصف للجيش العراقي على حي سكني في الموصل.', 'قتل')
    assert got[1] == 'iraq-army' and got[2] is None, got


def test_passive_killing_after_raids_owned_under_lam() -> None:
    got = event_with('وقتل عشرة مدنيين بعد غارات للتحالف الدولي على قرية قرب الرقة.', 'قتل')
    assert got[1] == 'global-coalition' and got[2] is None, got


def test_owner_of_struck_positions_stays_the_target() -> None:
    got = event_parties('وعاد الهدوء إلى البلدة بعد قصف لمواقع الحوثيين في صعدة.')
    assert got == [('ATTACK', None, 'Houthis (Ansar Allah)')], got


def test_lam_object_of_targeting_is_no_doer() -> None:
    got = event_with('وقتل ثلاثة مدنيين بعد استهداف للحوثيين في تعز.', 'قتل')
    assert got[1] != 'houthis', got
