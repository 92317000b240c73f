"""Round 18c: a release asked for by a masdar of demand carrying its owner (مطالبته، مطالبتها) or by a verb of
request (طلب، طلبت، يطلب) is not done: no RELEASE event."""

from __future__ import annotations

from tests.conftest import event_parties


def test_renewed_demand_with_a_pronoun_is_no_release() -> None:
    got = event_parties("وجددت الخارجية الفرنسية مطالبتها بالإفراج الفوري عن الصحفي المحتجز لدى السلطات الإيرانية.")
    assert "RELEASE" not in [t for t, _a1, _a2 in got]


def test_a_lawyer_requesting_release_is_no_release() -> None:
    got = event_parties("وكان محامي الناشط قد طلب الأحد الإفراج عن موكله بكفالة، لكن المحكمة رفضت.")
    assert "RELEASE" not in [t for t, _a1, _a2 in got]


def test_a_release_done_by_its_verb_stays() -> None:
    got = event_parties("وأفرجت السلطات التركية عن الناشط بعد أن طلب محاميه ذلك.")
    assert "RELEASE" in [t for t, _a1, _a2 in got]
