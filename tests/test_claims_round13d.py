"""Claims, round 13d (sentences written for the tests, in the styles of local Syrian and Iraqi outlets and pan-Arab
papers): an outlet's own correspondent written with a pronoun (مراسلها، مراسله), with or without the place he
reports from, is an anonymous inner teller speaking for the outlet the pronoun points back to."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, outlet, inner", [
    ("ذكرت وكالة سانا أن القصف طال أحياء المدينة. وقال مراسلها في حمص إن ثلاثة مدنيين أصيبوا بجروح.",
     "وكالة سانا", ("anonymous", "مراسلها في حمص")),
    ("أفاد المرصد السوري لحقوق الإنسان بسقوط قذائف على البلدة. وقال مراسله في إدلب إن الطيران عاد إلى التحليق.",
     "المرصد السوري لحقوق الإنسان", ("anonymous", "مراسله في إدلب")),
    ("بثت قناة الجزيرة صورا للدمار. وأضاف مراسلها أن فرق الإنقاذ ما زالت تبحث عن ناجين.",
     "قناة الجزيرة", ("anonymous", "مراسلها")),
])
def test_a_possessed_correspondent_speaks_for_the_outlet_named_before(
        text: str, outlet: str, inner: tuple[str, str]) -> None:
    chains = _chains(text)
    assert len(chains) == 2
    assert chains[1][-1] == inner
    assert ("outlet", outlet) in chains[1]


def test_a_possessed_correspondent_after_an_is_the_inner_link_of_the_relaying_outlet() -> None:
    chains = _chains("ونقلت الوكالة عن مراسلها في الموصل أن الاشتباكات توقفت مساء أمس.")
    assert len(chains) == 1
    assert chains[0] == [("outlet", "الوكالة"), ("anonymous", "مراسلها في الموصل")]


@pytest.mark.parametrize("text, name", [
    ("وقال أحد سكان الحي، سامر الحمصي، إن القذائف سقطت قرب المدرسة.", "سامر الحمصي"),
    ("وقالت إحدى الممرضات، سلمى العبد الله، إن المستشفى استقبل عشرات الجرحى.", "سلمى العبد الله"),
])
def test_one_of_a_group_set_off_from_a_name_is_that_person(text: str, name: str) -> None:
    claims = full_claims(text)
    assert len(claims) == 1
    teller = claims[0].sources[-1]
    assert teller.kind == "person" and teller.text.endswith(name)


def test_one_of_a_group_with_no_name_stays_unnamed() -> None:
    chains = _chains("وقال أحد السكان، إن القذائف سقطت قرب المدرسة.")
    assert len(chains) == 1 and chains[0][-1][0] == "anonymous"


@pytest.mark.parametrize("text, teller", [
    ("أدانت الحكومة العراقية القصف. وقال مندوبها في مجلس الأمن إن بلاده لن تقبل بانتهاك سيادتها.",
     ("official", "مندوبها في مجلس الأمن")),
    ("أصدرت منظمة الهلال الأحمر بياناً. وقال مديرها في حلب إن القوافل وصلت إلى الأحياء الشرقية.",
     ("official", "مديرها في حلب")),
])
def test_a_possessed_title_keeps_the_body_or_place_it_serves_in(text: str, teller: tuple[str, str]) -> None:
    chains = _chains(text)
    assert chains and chains[-1][-1] == teller
