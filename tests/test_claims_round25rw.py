"""Claims, round 25 (RW review): «بينه وبين X، <time>، أن» is "between him and X", never X explaining: the
comma-set time a strict verb (بيّن) may now reach past must not turn the second term of "between" into a teller."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_second_term_of_between_with_a_comma_set_time_tells_nothing() -> None:
    text = ("وقال الرئيس إنه استنتج من الحديث الذي دار بينه وبين العاهل الأردني، الملك عبد الله الثاني، "
            "الإثنين، أن الاتفاق قريب.")
    assert _tellers(text) == [[("official", "الرئيس")]]


def test_between_her_and_a_minister_is_no_claim() -> None:
    assert _tellers("وجرى لقاء بينها وبين وزير الخارجية، مساء الأحد، أن الطرفين اتفقا.") == []


def test_strict_verb_after_a_comma_set_time_still_tells() -> None:
    text = "وبينت وزارة الداخلية الأردنية، مساء الأحد، أن المهاجم اعتقل قرب الحدود."
    assert _tellers(text) == [[("official", "وزارة الداخلية الأردنية")]]
