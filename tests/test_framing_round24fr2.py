"""Framing, round 24 (FR2): a bare plural noun of people of the hardline word (متشددون، المتشددين، متشددا) names the
story's jihadist group where the article leaves no doubt which: the only one named in the term's sentence or the one
before it, or the only one the article names when the story is about it. Never an adjective on a plural noun
(إسلاميين متشددين), never beside a word of people in general (السجون، الأجانب), never with two jihadist groups in
play. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def hardline(text: str) -> set[str | None]:
    return {target for term, target in framing_pairs(text, "2018-06-10") if "متشدد" in term}


@pytest.mark.parametrize(("text", "who"), [
    # the group named in the sentence before
    ("وتبنى تنظيم داعش الهجوم على نقطة للجيش قرب الحدود. وقال مسؤول محلي إن المتشددين انسحبوا إلى الوديان.",
     "isis"),
    # an indefinite plural, the group named in the sentence before
    ("وأعلنت حركة الشباب مسؤوليتها عن تفجير السوق. وفي الصباح التالي هاجم متشددون مركزا للشرطة في المدينة.",
     "al-shabaab"),
    # a lead naming no group, the body naming the one group twice
    ("قتل تسعة جنود في كمين نصبه متشددون في ولاية بورنو.\n"
     "وتنشط جماعة بوكو حرام في المنطقة منذ سنوات.\n"
     "وقال الجيش إن جماعة بوكو حرام خسرت معظم معاقلها.", "boko-haram"),
])
def test_bare_plural_names_the_story_jihadist_group(text: str, who: str) -> None:
    assert who in hardline(text)


@pytest.mark.parametrize("text", [
    # an adjective on a plural noun of people: people of a kind, not the group
    "وتبنى تنظيم داعش الهجوم على القرية. وحذر الباحث من تأثير رجال الدين المتشددين في المنطقة.",
    # prisoners and foreigners: people in general
    "وتبنى تنظيم داعش الهجوم على القرية. وقالت الوزارة إن متشددين في السجون يجندون سجناء آخرين.",
    "وتبنى تنظيم داعش الهجوم على القرية. وتناقش الحكومة مصير المتشددين الأجانب العائدين إلى بلدانهم.",
    # two jihadist groups in the sentence before: which one is not told
    "وتتقاسم هيئة تحرير الشام وتنظيم داعش السيطرة على المنطقة. وقال السكان إن المتشددين أغلقوا الطريق.",
])
def test_bare_plural_in_general_or_ambiguous_gets_no_group(text: str) -> None:
    assert hardline(text) & {"isis", "hts"} == set()


def test_group_named_once_later_in_passing_is_not_the_story() -> None:
    text = ("وشهدت العاصمة احتجاجات ضد الحكومة، واتهمت المعارضة متشددين بالاعتداء على المحتجين.\n"
            "وقال المتحدث إن الشرطة تلاحق المعتدين.\n"
            "وكان تنظيم القاعدة قد هدد البلاد قبل سنوات.")
    assert "al-qaeda" not in hardline(text)


def test_jihadists_leaving_prisons_are_not_the_group_labelled_before() -> None:
    # a policy story's الجهاديين beside a word of people in general is not the group an earlier term labelled
    text = ("وأعلن تنظيم القاعدة المتطرف مسؤوليته عن الهجوم قبل سنوات.\n"
            "ويتساءل الباحثون كيف ستتعامل الحكومة مع الجهاديين الذين سيغادرون السجون خلال العامين المقبلين.")
    pairs = framing_pairs(text, "2018-06-10")
    assert ("المتطرف", "al-qaeda") in pairs
    assert [p for p in pairs if "جهادي" in p[0]] == []


def test_jihadists_of_the_story_still_fall_back() -> None:
    text = ("وأعلن تنظيم القاعدة المتطرف مسؤوليته عن الهجوم على الثكنة.\n"
            "وقال الجيش إن الجهاديين انسحبوا بعد ساعات من القتال.")
    assert ("الجهاديين", "al-qaeda") in framing_pairs(text, "2018-06-10")
