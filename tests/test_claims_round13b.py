"""Claims, round 13b: a body speaking through its spokesman (على لسان), sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chain", [
    # the verb takes a noun for its object, no أن: the body before على لسان is still the outer teller
    ('ونفت جبهة "التحرير الوطني" على لسان المتحدث باسمها، بشكل قاطع، التقارير عن مشاركتها في المعارك.',
     [("official", 'جبهة "التحرير الوطني"'), ("official", "المتحدث باسمها")]),
    ('ونفى تحالف "الفتح" على لسان المتحدث باسمه، الأنباء عن انسحاب مقاتليه من المدينة.',
     [("official", 'تحالف "الفتح"'), ("official", "المتحدث باسمه")]),
])
def test_the_body_before_ala_lisan_stays_the_outer_teller(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text)[0] == chain


@pytest.mark.parametrize("text, chain", [
    # a date between the verb and على لسان
    ("وأعلنت الشرطة المحلية يوم السبت على لسان مديرها أن الطريق الدولي أغلق بالكامل.",
     [("official", "الشرطة المحلية"), ("official", "مديرها")]),
    ("وكانت وزارة الصحة أعلنت خلال الشهر الجاري على لسان ناطقها الرسمي أن المستشفى خرج عن الخدمة.",
     [("official", "وزارة الصحة"), ("official", "ناطقها الرسمي")]),
])
def test_a_date_may_stand_before_ala_lisan(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text)[0] == chain


def test_a_date_set_off_by_commas_before_ala_lisan_keeps_the_body_first() -> None:
    text = "ونفت الحكومة، الأحد، على لسان المتحدث الرسمي باسمها، أن تكون قواتها قد قصفت المخيم."
    assert _chains(text)[0] == [("official", "الحكومة"), ("official", "المتحدث الرسمي باسمها")]


@pytest.mark.parametrize("text, chain", [
    # عنها after قال is what is spoken about: the teller comes after it
    ("وقالت عنها مديرة المدرسة السابقة، سلمى الحسن، إنها كانت طالبة مجتهدة.",
     [("person", "مديرة المدرسة السابقة، سلمى الحسن")]),
    ("ويقول عنه الأهالي إنه كان يساعد الجرحى في الليل.", [("anonymous", "الأهالي")]),
])
def test_an_about_pronoun_after_a_saying_verb_is_no_part_of_the_teller(
        text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


def test_revealed_it_takes_the_pronoun_for_its_object() -> None:
    # كشف عنه: the pronoun is what was revealed, no teller follows and no content either
    assert _chains("وهو المشروع الذي كشفت عنه الحكومة في غضون أسابيع، بعد تأخير طويل.") == []


def test_a_lady_with_no_name_is_no_office() -> None:
    chains = _chains("وقالت السيدة التي التقيناها في المخيم إن أطفالها لم يأكلوا منذ يومين.")
    assert chains and chains[0][0][0] == "anonymous"
