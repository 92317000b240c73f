"""Framing, round 12 (framing pack 26–27): occupation verbs after a relative pronoun and an auxiliary, and loaded
terms of stance outlets the pack lacked. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize("text", [
    "وانسحبت الجيوش الأجنبية التي كانت تحتل إيران بعد انتهاء الحرب العالمية الثانية.",
    "وتحدث المؤرخ عن القوات التي ظلت تحتل العراق سنوات طويلة.",
    "وانتقد الكاتب الدول التي لا تزال تحتل سوريا بحجة محاربة الإرهاب.",
])
def test_an_occupation_verb_after_a_relative_and_an_auxiliary_is_the_antecedents(text: str) -> None:
    # the name after the verb is the occupied country, not its subject
    assert [t for t in frames(text) if t[0] in ("تحتل", "احتلت", "يحتل")] == []


def test_an_occupation_verb_with_its_subject_after_it_still_labels_the_subject() -> None:
    assert frames("وتحتل إسرائيل هضبة الجولان منذ عام 1967.") == [("تحتل", "israel")]


def test_sectarian_after_a_militia_term_shares_its_target() -> None:
    got = frames("وقصفت ميليشيا أسد الطائفية بلدة كفرنبل بالمدفعية الثقيلة صباح اليوم.")
    assert ("الطائفية", "syr-army-assad") in got or ("الطائفية", "syr-gov-assad") in got


@pytest.mark.parametrize("text", [
    "وطالب المحتجون بإلغاء المحاصصة الطائفية في توزيع المناصب الحكومية.",
    "وتحدث الباحث عن أجندة طهران الطائفية في المنطقة خلال ندوة في عمان.",
    "وحذر رجال الدين من العنف الطائفي في مدينة بعقوبة.",
])
def test_sectarian_after_no_armed_party_names_no_one(text: str) -> None:
    assert [t for t in frames(text) if t[0].startswith("الطائفي")] == []


def test_tails_of_a_patron_label_the_patron() -> None:
    assert ("ذيول", "iran") in frames("واتهم المتظاهرون ذيول إيران بإطلاق الرصاص الحي في ساحة الخلاني.")


def test_tails_of_a_matter_name_no_one() -> None:
    assert frames("وما زالت الحكومة تعالج ذيول الأزمة المالية التي ضربت البلاد العام الماضي.") == []


@pytest.mark.parametrize("text", [
    "وأحالت النيابة 20 عنصرا من تنظيم داعش إلى المحاكمة بتهمة ارتكاب 12 جريمة إرهابية في شمال سيناء.",
    "وقال المصدر إن عناصر تنظيم داعش فروا بعد أن داهمت قوات الأمن البؤر الإرهابية في الصحراء.",
])
def test_a_terrorism_adjective_on_a_crime_or_a_hideout_describes_it(text: str) -> None:
    assert frames(text) == []


def test_the_invited_are_not_the_so_called() -> None:
    assert frames("وكان من بين المدعوين جاستن ترودو رئيس وزراء كندا.") == []


def test_an_actor_shown_fighting_a_bare_term_is_not_its_nearest_target_elsewhere() -> None:
    text = ("وتواصل ألوية العمالقة منذ أسبوع حصار المتمردين في أطراف مدينة الخوخة. "
            "وقال قائد ميداني إن ألوية العمالقة أطبقت الخناق حول المتمردين من ثلاث جهات.")
    assert [t for t in frames(text) if t[0] == "المتمردين"] == []



def test_a_bare_term_still_takes_the_nearest_actor_the_article_does_not_show_fighting() -> None:
    text = "وقال قائد ميداني إن ألوية العمالقة أطبقت الخناق حول المتمردين من ثلاث جهات."
    assert frames(text) == [("المتمردين", "giants-brigades")]  # unchanged where nothing says otherwise



@pytest.mark.parametrize("text", [
    'وتبنى تنظيم "داعش ليبيا"، بقيادة الإرهابي الهارب محمود الزنتاني، الهجوم على الحاجز.',
    'وتبنى تنظيم "داعش ليبيا"، بقيادة الإرهابي المطلوب محمود الزنتاني، الهجوم على الحاجز.',
])
def test_an_epithet_takes_the_man_named_after_a_wanted_mans_adjective(text: str) -> None:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    kinds = {e["id"]: e["type"] for e in art["entities"]}
    got = [(f["term"], kinds.get(f["target"])) for f in art["framing"]]
    assert got == [("الإرهابي", "person")]


@pytest.mark.parametrize("text", [
    "وقصفت قوات الاحتلال التركية قرى ريف عين عيسى بالمدفعية الثقيلة.",
    "وقصفت قوات الاحتلال التركي قرى ريف عين عيسى بالمدفعية الثقيلة.",
])
def test_an_occupation_force_with_its_states_nisba_labels_the_state_named_nowhere_else(text: str) -> None:
    # as قوات الاحتلال الأميركي labels the USA: the occupier is the state, even when only the nisba names it
    assert frames(text) and all(t[1] == "turkey" for t in frames(text))


def test_a_field_noun_before_iraqi_groups_makes_the_term_general() -> None:
    text = "وشدد الوزير على ضرورة تجفيف منابع تمويل المجاميع الإرهابية في المنطقة بعد هزيمة تنظيم داعش."
    assert frames(text) == []


def test_an_extremism_adjective_after_iraqi_groups_takes_the_storys_group() -> None:
    text = "وقتلت القوات خمسة من عناصر داعش. وقال المصدر إن المجاميع المتطرفة تتحصن في جبال مكحول."
    assert frames(text) == [("المتطرفة", "isis")]
