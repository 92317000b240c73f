"""Framing, round 24 (FX): two narrowings of the people-forms rule of the hardline word (change 80).

1. The people-in-general guard (زوجات، أطفال، السجون within three words) is for a people-form standing as a noun of
   its own; an adjective right after a group or fighters noun (المسلحين المتشددين، عناصر ... ) already named the
   story's group before change 80 and keeps it, whatever stands around the pair.
2. An indefinite accusative people-form right after an indefinite accusative group noun (أنشأ تنظيما متشددا، شكلوا
   فصيلا متشددا) is that noun's adjective: a new, unnamed group, not the story's jihadist group.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def hardline(text: str) -> set[str | None]:
    return {target for term, target in framing_pairs(text, "2019-03-20") if "متشدد" in term}


@pytest.mark.parametrize("text", [
    # wives and children of the group's fighters: the fighters are still the story's group
    "وسيطر تنظيم داعش على البلدة لأشهر. ونقلت الشاحنات عشرين من أطفال المسلحين المتشددين إلى مخيم قرب الحدود.",
    "واستعاد الجيش العراقي القرية من تنظيم داعش. وقالت منظمة إغاثة إن زوجات المقاتلين المتشددين نقلن إلى مخيم.",
])
def test_adjective_after_fighters_noun_keeps_the_group_beside_a_people_word(text: str) -> None:
    assert "isis" in hardline(text)


@pytest.mark.parametrize("text", [
    # a new group founded: تنظيما متشددا is an unnamed group, whatever group the story names
    ("ونفذ تنظيم القاعدة هجمات كثيرة في البلاد خلال العقد الماضي. وكان الرجل قد درس الهندسة قبل أن يؤسس تنظيما "
     "متشددا مرتبطا بتنظيم القاعدة في بلده."),
    "وتبنى تنظيم داعش الهجوم على الحاجز. وقال الباحث إن شقيقه شكل فصيلا متشددا في الريف الشرقي قبل عامين.",
])
def test_adjective_after_indefinite_group_noun_is_no_story_group(text: str) -> None:
    assert hardline(text) & {"al-qaeda", "isis"} == set()


@pytest.mark.parametrize(("text", "who"), [
    # guards: a counted people-form and a bare indefinite one still name the story's group
    ("وتبنى تنظيم داعش الهجوم على الحاجز. وقال الجيش إنه قتل 30 متشددا في الريف الشرقي.", "isis"),
    ("وأعلنت حركة الشباب مسؤوليتها عن الانفجار. وبعد يومين اقتحم متشددون مقرا للشرطة.", "al-shabaab"),
])
def test_people_noun_of_its_own_still_names_the_group(text: str, who: str) -> None:
    assert who in hardline(text)


def test_people_noun_of_its_own_beside_a_people_word_stays_general() -> None:
    # the guard stays for the noun of its own: families of such people in general
    text = "وتبنى تنظيم داعش الهجوم على القرية. وتبحث الحكومة مصير عائلات متشددين في المخيمات."
    assert "isis" not in hardline(text)
