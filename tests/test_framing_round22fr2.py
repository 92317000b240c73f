"""Framing, round 22 (FR2): a bare label that is the object of a word of fighting (طرد الميليشيات، تحرير منطقة من
الميليشيات) never lands on the actor named before that word in its sentence, the one doing the fighting, whether
the resolve stage read the word back to it, the article names no other armed group, or it is the nearest name
before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-06-10")


@pytest.mark.parametrize("text", [
    # the liberator is named before the word of fighting; the militias are the other side
    "نجح الجيش الليبي، في تحرير منطقة الهلال النفطي من الميليشيات المتشددة، والتي تتمتع بأهمية كبيرة.",
    "وتمكن الجيش الليبي من طرد الميليشيات المتشددة من منطقة الهلال النفطي.",
])
def test_label_fought_by_the_actor_named_before_is_not_that_actor(text: str) -> None:
    assert "lna" not in [who for _t, who in frames(text)]


@pytest.mark.parametrize(("text", "term", "who"), [
    # the actor is itself what the fighting before it acts on: the word is the same people again
    ("وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة، وتمكن الجيش من طرد الميليشيات من التلال.",
     "الميليشيات", "houthis"),
    # the word is no object of the fighting word (a clause's subject): the group of the story
    ("قتل عشرات الحوثيين في مواجهات وغارات للتحالف، في وقت استمر فيه المتمردون باتخاذ المدنيين دروعا.",
     "المتمردون", "houthis"),
    # the group labelled first keeps the bare word the army is shown fighting later
    ("وقال الجيش الوطني إن قواته تواصل التقدم في صعدة. وتكبدت ميليشيا الحوثي خسائر كبيرة، واستعاد الجيش "
     "مواقع من الميليشيات.", "الميليشيات", "houthis"),
])
def test_label_keeps_the_group_not_shown_fighting_it(text: str, term: str, who: str) -> None:
    assert (term, who) in frames(text)


def killer(text: str) -> list[str | None]:
    return [who for t, who in frames(text) if t == "القاتل"]


@pytest.mark.parametrize("text", [
    # a murder story: the killer it names right after the word is told of, not labelled
    "وقالت الشرطة إن القاتل محمود سالم طعن جاره بسكين بعد خلاف على قطعة أرض.",
    "واعترف القاتل سمير داود أمام المحكمة بأنه خنق زوجته بعد شجار.",
])
def test_the_killer_of_a_crime_story_is_no_label(text: str) -> None:
    assert killer(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("وقال المعارض إن نظام الأسد القاتل سيدفع ثمن جرائمه.", "syr-gov-assad"),
    ("ووصف الناشطون بشار الأسد بالقاتل في لافتات رفعوها.", "bashar-al-assad"),
    # the preposition written apart is no word between the name and the epithet
    ("ووصف الرئيس الفرنسي نظيره السوري بشار الأسد بـ\"القاتل\" في مؤتمر صحفي.", "bashar-al-assad"),
])
def test_the_killer_as_an_epithet_on_a_name_before_it_stays(text: str, who: str) -> None:
    assert killer(text) == [who]


def test_butcher_before_a_person_still_labels_that_person() -> None:
    assert ("السفاح", "bashar-al-assad") in frames("وقالت الصحيفة إن السفاح بشار الأسد قتل آلاف المدنيين.")


@pytest.mark.parametrize("text", [
    "وأعلن تنظيم داعش مسؤوليته عن الهجوم على الكنيسة. وكان الإرهابي قد سافر إلى تركيا قبل عامين ثم عاد إلى بلاده.",
    "وتبنى تنظيم القاعدة الاعتداء على الفندق. وقالت الشرطة إن الإرهابي فجر نفسه قرب مدخله.",
])
def test_a_bare_singular_terrorist_is_one_person_never_the_group(text: str) -> None:
    assert [who for t, who in frames(text) if t == "الإرهابي"] == []


def test_a_singular_terrorist_with_the_person_named_after_it_labels_that_person() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن الهجوم. وقالت السلطات إن الإرهابي أبو أحمد المصري فجر نفسه."
    assert [who for t, who in frames(text) if t == "الإرهابي"] == ["Abu Ahmad al-Masri"]
