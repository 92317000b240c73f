"""Claims, round 24 (DG2): a participle of saying that opens its sentence (a full stop closed the quote or clause
before it: «… ". مضيفاً أن …») goes on for the teller of the claim right before it, as a bare «وأضاف أن» does;
one of the other gender, or one with no claim close before it, stays unread."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize("text", [
    'وقال وزير الداخلية سامي الخطيب إن الطريق أغلق ليلا. مضيفا أن القوافل توقفت عند الجسر.',
    'وقال وزير الداخلية سامي الخطيب "أغلقنا الطريق ليلا". مضيفاً أن القوافل توقفت عند الجسر.',
    'وقال وزير الداخلية سامي الخطيب إن الطريق أغلق ليلا. مشيرا إلى أن القوافل توقفت عند الجسر.',
])
def test_sentence_opening_participle_goes_on_for_the_last_teller(text: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] == chains[0] == [("person", "وزير الداخلية سامي الخطيب")]


def test_participle_after_a_body_keeps_its_chain() -> None:
    text = ('وقالت مصادر أمنية لوكالة الأنباء الرسمية إن المسلحين انسحبوا من الحي. '
            'مضيفة أن الدوريات عادت إلى الشوارع.')
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] == chains[0]


def test_participle_of_the_other_gender_is_not_the_last_teller() -> None:
    # a woman spoke last: a masculine participle is someone else going on, whom nothing names
    text = 'وقالت الوزيرة ليلى حداد إن الطريق أغلق ليلا. مضيفا أن القوافل توقفت عند الجسر.'
    assert len(claim_chains(text)) == 1


def test_participle_with_no_claim_before_is_no_claim() -> None:
    text = 'وأغلقت الشرطة الطريق ليلا. مضيفا أن القوافل توقفت عند الجسر.'
    assert claim_chains(text) == []


def test_participle_far_from_the_last_claim_is_no_claim() -> None:
    text = ('وقال وزير الداخلية سامي الخطيب إن الطريق أغلق ليلا. وتقع المدينة على النهر. '
            'وتعيش فيها عائلات كثيرة. مضيفا أن القوافل توقفت عند الجسر.')
    assert len(claim_chains(text)) == 1
