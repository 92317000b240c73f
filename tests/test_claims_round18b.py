"""Claims, round 18b: the accused after a verb of accusing runs through a conjunct or a relative clause to its بـ
(so it is never the teller), وكان قد opens such a verb's clause, a correspondent spoken to gives the outlet as the
outer link, and علم after a title or a preposition is the noun "science" (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize("second", [
    pytest.param("واتهم تركيا وحزب العمال الكردستاني بإشعال الحرائق.", id="conjunct-name"),
    pytest.param("واتهم الجيش والميليشيات بإشعال الحرائق.", id="conjunct-word"),
    pytest.param("وكان قد اتهم تركيا وحزب العمال الكردستاني بإشعال الحرائق.", id="kana-qad"),
])
def test_accused_conjunct_is_no_teller(second: str) -> None:
    got = claim_chains("وقال النائب سمير الحلبي إن الغابات احترقت. " + second)
    assert got == [[("person", "النائب سمير الحلبي")]] * 2


def test_accused_with_relative_clause_is_no_teller() -> None:
    got = claim_chains("وتقول روسيا إنها تحمي قواعدها، وتتهم جبهة النصرة التي قاتلتها منذ عام 2015 بقصف المطار.")
    assert got and all(chain == [("official", "روسيا")] for chain in got)


def test_subject_relative_clause_ending_on_a_name_keeps_the_subject() -> None:
    """The subject's own relative clause ends on the accused, a name right before the بـ."""
    assert claim_chains("واتهم الرئيس الذي يزور باريس إيران بتسليح الحوثيين.") == [[("official", "الرئيس")]]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال قائد ميداني لمراسل وكالة الأناضول إن الهجوم صُدّ.",
                 [("outlet", "وكالة الأناضول"), ("official", "قائد ميداني")], id="agency"),
    pytest.param("وقالت مصادر طبية في المستشفى الوطني لمراسل وكالة الأنباء الفرنسية إن الجرحى كثيرون.",
                 [("outlet", "وكالة الأنباء الفرنسية"), ("anonymous", "مصادر طبية في المستشفى الوطني")],
                 id="long-source"),
])
def test_correspondent_spoken_to_gives_outlet(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال أستاذ علم الاجتماع في جامعة حلب سامر الأحمد إن البطالة ارتفعت.",
                 [("person", "أستاذ علم الاجتماع في جامعة حلب سامر الأحمد")], id="title-field"),
    pytest.param("وقالت الباحثة في علم النفس ريم الخطيب إن الأطفال خائفون.",
                 [("person", "الباحثة في علم النفس ريم الخطيب")], id="after-preposition"),
])
def test_ilm_after_title_is_a_noun(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]


def test_ilm_verb_still_tells() -> None:
    got = claim_chains("وعلم المرصد من مصادر محلية أن القصف استمر.")
    assert got and got[0][0] == ("outlet", "المرصد")
