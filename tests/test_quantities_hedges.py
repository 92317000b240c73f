"""Quantities: a bare vague plural killed (people unless its own sentence names a force), a multiplier with
the article after a hedge, "their number" counts and sound plurals that a dual pronoun marks as two
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import make_doc
from marsad.stages import quantities


def q(text: str) -> list[tuple[float, str, str | None]]:
    return [(x.value, x.unit, x.approx) for x in quantities.find(make_doc(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # the force is named in the sentence before: the hundreds killed by the shelling are victims at large
    ("وتواصل قوات الجيش قصف مواقع الفصائل المسلحة في الريف. وأدى القصف إلى مقتل المئات بحسب ناشطين",
     [(100, "people", "hundreds")]),
    # the clause itself names the fighters
    ("اشتبكت قوات الجيش مع الفصائل في الريف ما أسفر عن مقتل العشرات", [(10, "fighters", "tens")]),
    # a count with a noun is untouched
    ("وتقدمت قوات الجيش في الريف. وقتل 12 منهم في الكمين", [(12, "fighters", None)]),
])
def test_bare_vague_plural_killed(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("نقل المصابون إلى المستشفيات ويقدر عددهم بحوالى الألف", [(1000, "people", "about")]),
    ("وتقدر الأضرار بنحو الألف دولار", [(1000, "USD", "about")]),
    ("وبلغ عددهم نحو 300 بحسب المنظمة", [(300, "people", "about")]),
    # no hedge: a multiplier with the article alone is no figure
    ("وقال إن الألف الثالثة بدأت", []),
    ("قتل الألف جندي في تلك الحرب", []),
])
def test_hedged_definite_multiplier_and_their_number(
        text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت الوزارة مقتل طيارين أمريكيين بعد تحطم مروحيتهما قرب الحدود", [(2, "fighters", None)]),
    ("وأوقفت الشرطة مسلحين وصادرت سيارتهما", [(2, "fighters", None)]),
    # no dual pronoun: the plural counts nobody in particular
    ("أعلنت الوزارة مقتل طيارين أمريكيين في الحرب", []),
    ("وأوقفت الشرطة مسلحين مهما كان انتماؤهم", []),
    ("وقتل 4 طيارين في تحطم الطائرة العسكرية", [(4, "fighters", None)]),
    ("وأعلن الجيش مقتل طيارين اثنين", [(2, "fighters", None)]),
])
def test_plural_written_as_dual(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == expected


def test_dual_pronoun_of_an_earlier_dual() -> None:
    # the pronoun takes up the two villages named before, not the plural of fighters
    assert q("وغادر السكان قريتين كانتا في يد مقاتلين من المعارضة وتحاصرهما قوات الجيش") == []


def test_vague_victims_after_a_sentence_of_persons() -> None:
    assert q("ويعيش نحو 500 ألف شخص في المنطقة. وتسببت المعارك بنزوح عشرات الآلاف نحو الحدود") == [
        (500000, "people", "about"), (10000, "people", "tens of thousands")]
