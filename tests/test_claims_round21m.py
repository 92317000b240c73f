"""Claims, round 21 (M3): a verb of documenting (وثق) with a definite outlet noun for subject and its object masdar
after it: an adverb of turn may stand between them (ووثق المرصد في المقابل مقتل …), and a bare outlet noun points
back to an earlier bare one of the same noun (وذكر المرصد أن … . ووثق المرصد مقتل …)."""

from __future__ import annotations

from tests.conftest import claim_chains, full_claims


def test_adverb_of_turn_between_outlet_and_documented_masdar() -> None:
    text = 'ووثق المرصد في المقابل سقوط ثلاثين قتيلا من عناصر الشرطة في الاشتباكات.'
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["ووثق"]
    assert claim_chains(text)[0] == [("outlet", "المرصد")]


def test_second_statement_of_the_same_bare_outlet() -> None:
    text = ('وذكر المرصد الخميس أن المعارك تواصلت طوال الليل قرب الجسر. '
            'ووثق المرصد مقتل سبعة من المسلحين خلال المعارك.')
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["وذكر", "ووثق"]
    chains = claim_chains(text)
    assert chains[1] == chains[0] == [("outlet", "المرصد")]


def test_second_statement_with_adverb_of_turn() -> None:
    text = ('وقالت الشبكة إن القصف طال سوقا شعبيا في البلدة. '
            'ووثقت الشبكة من جهتها مقتل أربعة أطفال في القصف.')
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] == chains[0] == [("outlet", "الشبكة")]


def test_unnamed_outlet_in_a_place_stays_anonymous() -> None:
    # في before a place still qualifies an unnamed outlet: no adverb of turn, so no named outlet
    text = 'وقالت صحيفة في بيروت إن الاجتماع تأجل إلى الأسبوع المقبل.'
    chains = claim_chains(text)
    assert chains == [[("anonymous", "صحيفة في بيروت")]]


def test_documenting_verb_with_plain_object_is_no_claim() -> None:
    # وثق with a thing documented and no teller noun after it: still nothing told
    text = 'ووثق الطلاب الرحلة بالصور.'
    assert full_claims(text) == []
