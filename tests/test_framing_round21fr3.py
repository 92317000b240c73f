"""Framing, round 21 (FR3): an insult that dehumanises a leader (الحيوان) labels the person it is said of, and the
sympathetic word for the rebels (الثوار/ثوار) labels the Syrian armed opposition the article names; the literal
animal and rebels of a country whose opposition the article does not name stay out. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-04-10")


@pytest.mark.parametrize("text", [
    'وكتب الرئيس الأميركي في تغريدة صباح اليوم أن الرئيس السوري بشار الأسد "الحيوان" سيدفع الثمن.',
    'وهاجم السيناتور في مقابلة تلفزيونية الرئيس السوري بشار الأسد ووصفه بـ"الحيوان" بعد الهجوم.',
])
def test_the_animal_said_of_a_leader_labels_him(text: str) -> None:
    assert any(t.endswith("الحيوان") and who == "bashar-al-assad" for t, who in frames(text))


@pytest.mark.parametrize("text", [
    "وافتتح الرئيس السوري بشار الأسد حديقة الحيوان الجديدة في دمشق أمس.",
    "ودعت منظمة دولية إلى حماية الحيوان في مناطق القتال شمالي سوريا.",
])
def test_the_literal_animal_names_no_one(text: str) -> None:
    assert [t for t, _who in frames(text) if "حيوان" in t] == []


@pytest.mark.parametrize("text", [
    "وعقد وفد من ثوار الشمال لقاء مع ضباط روس في إدلب، بحسب بيان للجيش السوري الحر.",
    "وقال قائد في الجيش السوري الحر إن الثوار استعادوا ثلاث قرى في ريف حماة.",
    "واتهمت المعارضة السورية الطائرات الروسية بقصف مواقع للثوار في ريف درعا.",
])
def test_the_rebels_word_labels_the_syrian_opposition_named(text: str) -> None:
    got = [who for t, who in frames(text) if "ثوار" in t]
    assert got and set(got) <= {"fsa", "syr-opposition", "syr-opposition-factions"}


@pytest.mark.parametrize("text", [
    "وقال مسؤول ليبي إن ثوار مصراتة دخلوا مدينة سرت بعد معارك عنيفة.",
    "ونشر ناشط عراقي صورة لمدينة الموصل وكتب أن ثوار العراق أعادوا إليها الحياة.",
])
def test_rebels_with_no_syrian_opposition_named_stay_out(text: str) -> None:
    assert [who for t, who in frames(text) if "ثوار" in t] == []


@pytest.mark.parametrize(("text", "term"), [
    ('وكتب الرئيس الأميركي دونالد ترامب تغريدة وصف فيها الرئيس السوري بشار الأسد بـ "الحيوان".', "الحيوان"),
    ('ووصف الرئيس الأميركي دونالد ترامب الرئيس السوري بشار الأسد بـ "القاتل" في خطاب.', "القاتل"),
])
def test_a_man_named_after_a_describing_verb_and_its_subject_takes_the_epithet(text: str, term: str) -> None:
    got = frames(text)
    assert any(t.endswith(term) and who == "bashar-al-assad" for t, who in got)
    assert not any(who == "donald-trump" for _t, who in got)


def test_the_describing_subject_never_takes_the_epithet_said_of_unnamed_men() -> None:
    got = frames('ووصف الرئيس التركي رجب طيب أردوغان المسلحين في عفرين بـ"المجرمين" في كلمة متلفزة.')
    assert not any(who == "erdogan" for _t, who in got)


@pytest.mark.parametrize("text", [
    'واتهم مسؤول ليبي ميليشيات "ثوار طرابلس" بإغلاق الطريق إلى المطار أمس.',
    "وأعلن لواء ثوار الرقة انسحابه من صفوف قوات سوريا الديمقراطية بعد خلاف على القيادة.",
])
def test_the_rebels_word_inside_a_group_name_is_no_label(text: str) -> None:
    assert [who for t, who in frames(text) if "ثوار" in t] == []
