"""A bare definite title, then «في» and a place: where the teller spoke, not part of the teller (round 18z)."""
from tests.conftest import claim_chains


def test_place_after_bare_title_is_where_he_spoke() -> None:
    assert claim_chains("وقال الوزير في حمص وحماة إن الطريق أغلق أمس.") == [[("official", "الوزير")]]
    assert claim_chains("وأوضح المتحدث في بغداد أن الاشتباكات انتهت.") == [[("official", "المتحدث")]]


def test_place_of_a_title_with_its_own_complement_stays() -> None:
    assert claim_chains("وقال رئيس المجلس المحلي في إدلب إن الطريق أغلق أمس.") == [
        [("official", "رئيس المجلس المحلي في إدلب")]]


def test_indefinite_teller_keeps_its_place() -> None:
    assert claim_chains("وقال مسؤول في حمص إن الطريق أغلق أمس.") == [[("official", "مسؤول في حمص")]]
