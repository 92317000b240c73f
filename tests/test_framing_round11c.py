"""Framing, round 11, third part (framing pack 24): a term passes its target to a term right after it only as an
adjective or apposition (same definiteness, no و), so المارقة can be added; a term inside a description the entity
stage took for a person's name; a party's slur where the article names only a person of that party; the bare
الحوثي after the preposition على. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_noun_joined_by_waw_to_a_term_does_not_take_its_target() -> None:
    # المجرمين is a second group of people, not another word for the militias
    got = frames("وقال المتحدث إن الحكومة لن تتهاون مع الميليشيات الإرهابية والمجرمين في المدينة.")
    assert ("الإرهابية", "militias-unspecified") in got
    assert not any(term == "المجرمين" for term, _ in got)


def test_an_adjective_of_the_same_definiteness_still_takes_its_target() -> None:
    got = frames("وتصدت القوات الحكومية للمليشيات المارقة والمجرمين الذين هاجموا الحقول النفطية.")
    assert ("المارقة", "militias-unspecified") in got
    assert not any(term == "المجرمين" for term, _ in got)


def test_rogue_names_no_one_after_a_noun_of_no_party() -> None:
    assert not any(term == "المارقة" for term, _ in frames(
        "وقال الوزير إن الدرع الصاروخية مصممة للتصدي للصواريخ الباليستية والتهديدات المارقة."))


@pytest.mark.parametrize("text", [
    "وقال إن الذين ذبحوا الضابط بلترام إرهابيون إسلاميون، ولا أعتقد غير ذلك.",
    "وأفرج عن رئيس كاتالونيا الانفصالي المقال كارلس بيغديمونت في ألمانيا.",
])
def test_a_term_inside_a_description_taken_for_a_name_is_not_that_name_s(text: str) -> None:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    people = {e["id"] for e in art["entities"] if e["type"] == "person" and not e.get("ref")}
    assert not any(f["target"] in people for f in art["framing"])


def test_an_epithet_opening_a_name_is_still_the_person_s() -> None:
    assert frames("وألقت الشرطة القبض على الإرهابي هشام عشماوي في درنة.") == [("الإرهابي", "hisham-ashmawi")]


def test_a_party_s_slur_goes_to_the_party_of_the_one_person_named() -> None:
    assert frames("وقال الرئيس بشار الأسد إن الحرب مستمرة، فيما وصف معارضون قواته بالنصيرية.") == [
        ("النصيرية", "syr-gov-assad")]


def test_the_slur_with_no_person_of_the_party_named_has_no_target() -> None:
    assert frames("وكتب ناشطون على مواقع التواصل أن النصيرية يحتفلون بالعيد في القرى الساحلية.") == []


@pytest.mark.parametrize("text", [
    "ودعا الشيخ القبلي إلى الثورة على الحوثي في صنعاء.",
    "وأضافت المصادر أن الضغط على الحوثي يتزايد في الحديدة.",
])
def test_the_bare_houthi_after_the_preposition_ala_is_the_group(text: str) -> None:
    ents = marsad.analyze(text, published="2018-06-01").to_dict()["entities"]
    assert any(e.get("ref") == "houthis" for e in ents)


def test_ali_before_al_houthi_after_a_given_name_is_still_the_man() -> None:
    ents = marsad.analyze("وقال محمد على الحوثي إن الهجمات ستستمر.", published="2018-06-01").to_dict()["entities"]
    assert not any(e.get("ref") == "houthis" for e in ents)


def test_a_term_after_a_group_s_epithet_on_the_houthis() -> None:
    assert frames("ودعا الشيخ القبلي إلى الثورة على الحوثي الكهنوتي في صنعاء.") == [("الكهنوتي", "houthis")]
