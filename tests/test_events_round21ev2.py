"""Round 21 EV (second part), events merging: a telling of how an attack told before began (وبدأ الهجوم عندما
…، إن الهجوم بدأ حين …) is that attack, which keeps its first telling's span; a campaign with its own target,
a sentence going on with a clause of its own, a denial and a first telling stay apart."""
from __future__ import annotations

import pytest

from tests.conftest import event_types

LEAD = "قتل سبعة أشخاص الاثنين في هجوم انتحاري استهدف مركزا للشرطة في مدينة قندوز شمالي أفغانستان. "


@pytest.mark.parametrize("onset", [
    "وبدأ الهجوم عندما فجر مهاجم سيارة ملغومة قرب بوابة المركز.",
    "وقال ضابط في الشرطة إن الهجوم بدأ حين أطلق مسلحان النار على الحراس.",
    "وبدأ الهجوم بتفجير شاحنة ملغومة عند مدخل المركز.",
    "وأفاد أحد السكان بأن الهجوم بدأ عندما فجر رجل يرتدي حزاما ناسفا نفسه عند الحاجز.",
])
def test_onset_is_the_attack_told(onset: str) -> None:
    import marsad

    text = LEAD + onset
    events = marsad.analyze(text, published="2018-05-07").events
    assert [e.type for e in events] == ["ATTACK"]
    # the first telling keeps its span: annotators most often take it as the evidence
    assert events[0].start < len(LEAD)


@pytest.mark.parametrize("onset", [
    # a campaign named with its own doer and target is another happening
    "وبدأ الهجوم التركي على مدينة عفرين في كانون الثاني الماضي.",
    # the sentence goes on with a clause of its own: the forces' storming is told there
    "وبدأ الهجوم الساعة السابعة صباحا، وتمكنت القوات الخاصة لاحقا من دخول المبنى.",
])
def test_onset_with_more_stays(onset: str) -> None:
    assert event_types(LEAD + onset, published="2018-05-07").count("ATTACK") == 2


def test_onset_without_earlier_attack_stays() -> None:
    text = "وبدأ الهجوم عندما فجر مهاجم سيارة ملغومة قرب بوابة مركز الشرطة في مدينة قندوز."
    assert event_types(text, published="2018-05-07") == ["ATTACK"]


def test_onset_of_another_attack_stays() -> None:
    # الهجوم الثاني: an attack of its own, not the one told
    text = LEAD + "وبدأ الهجوم الثاني بعد ساعتين عندما فجر مهاجم آخر سيارة ملغومة قرب سوق المدينة."
    assert event_types(text, published="2018-05-07").count("ATTACK") == 2
