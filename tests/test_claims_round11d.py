"""Claims, round 11 (fourth pass; sentences written for the tests): one name word no list knows, before a quote,
tells when the article names that person in full elsewhere (or a stage marked it); the bare surname of a person
named in full, right after a sentence's first verb, is that sentence's subject and the teller of a second verb
joined by و (وينفي فلان …، ويقول إن), never the last teller of the sentence before."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, teller", [
    ("وصلت ماجدة خوري إلى لندن قبل عامين. وقالت ماجدة \"لن نعود قبل أن تنتهي الحرب\".", "ماجدة"),
    ("وصل جورج صبرا إلى المدينة أمس. وقال صبرا \"لن نغادر المدينة مهما حدث\".", "صبرا"),
    ("وقال منير \"لن نغادر المدينة مهما حدث\".", "منير"),
])
def test_one_known_name_before_a_quote_tells(text: str, teller: str) -> None:
    chains = _chains(text)
    assert chains and chains[-1] == [("person", teller)], chains


@pytest.mark.parametrize("text", [
    "وقال طلاب \"لن نغادر المدينة مهما حدث\".",
    "وقالت ماجدة \"لن نغادر المدينة مهما حدث\".",  # one word seen nowhere else: no guess
])
def test_unknown_word_before_a_quote_no_teller(text: str) -> None:
    assert _chains(text) == []


def test_known_given_name_with_that_is_a_person() -> None:
    chains = _chains("وصلت ماجدة خوري إلى لندن قبل عامين. وقالت ماجدة إن القصف لم يتوقف.")
    assert chains and chains[-1] == [("person", "ماجدة")], chains


@pytest.mark.parametrize("text, teller", [
    ("وتتهم أنقرة الداعية فتح الله غولن بتدبير الانقلاب. وينفي غولن أي دور له، ويقول إن الحكومة تلاحق أنصاره.",
     "غولن"),
    ("وتتهم أنقرة الداعية فتح الله غولن بتدبير الانقلاب. وينفي غولن المقيم في الخارج هذه التهم، ويقول إن "
     "حركته سلمية.", "غولن"),
])
def test_own_subject_tells_second_verb(text: str, teller: str) -> None:
    chains = _chains(text)
    assert chains[-1] == [("person", teller)], chains
    assert all(c != [("official", "أنقرة")] for c in chains[1:]), chains


def test_bare_surname_denial_no_continuation_of_last_teller() -> None:
    chains = _chains("وتتهم أنقرة الداعية فتح الله غولن بتدبير الانقلاب. وينفي غولن الاتهامات.")
    assert chains == [[("official", "أنقرة")]], chains
