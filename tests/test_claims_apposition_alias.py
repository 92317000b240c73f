"""Claims: a bare title after an apposition title points back to its person, a possessed title after a relay
verb is an inner link, a body's parenthesised short name is no person, an outlet noun heads an outlet, and a
title's complement may stand between the title and the named person (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _kinds(text: str) -> list[list[str]]:
    return [[s.kind for s in c.sources] for c in full_claims(text)]


@pytest.mark.parametrize("text", [
    pytest.param("وقال يوسف الأحمد، المتحدث باسم وزارة الصحة، إن المستشفى استقبل عشرين جريحا. "
                 "وأضاف المتحدث أن بين الجرحى أطفالا.", id="spokesman"),
    pytest.param("قالت سلمى الخطيب، المتحدثة باسم المنظمة، إن المساعدات توقفت. وأضافت المتحدثة أن الطرق مغلقة.",
                 id="spokeswoman"),
])
def test_bare_title_after_apposition_is_the_person(text: str) -> None:
    assert _kinds(text) == [["person"], ["person"]]


def test_other_title_after_apposition_stays_an_office() -> None:
    got = full_claims("وقال يوسف الأحمد، مدير المستشفى، إن عشرين جريحا وصلوا. "
                "وأضاف المتحدث باسم الدفاع المدني أن الطرق مغلقة.")
    assert [claim_chain(c) for c in got][1] == [("official", "المتحدث باسم الدفاع المدني")]


@pytest.mark.parametrize("text, chain", [
    pytest.param("ونقل سفير فرنسا لدى المنظمة جان دوبوا، عن مديرها العام أن فرق التحقيق لم تصل بعد إلى المدينة.",
                 [("person", "سفير فرنسا لدى المنظمة جان دوبوا"), ("official", "مديرها العام")],
                 id="comma-before-an"),
    pytest.param("ونقلت الوكالة عن رئيسها التنفيذي أن الشركة ستوقف أعمالها في البلاد.",
                 [("outlet", "الوكالة"), ("official", "رئيسها التنفيذي")], id="possessed-title"),
    pytest.param("ونقلت صحيفة الأخبار، عن مصادر أمنية أن الاعتقالات طالت عشرات.",
                 [("outlet", "صحيفة الأخبار"), ("anonymous", "مصادر أمنية")], id="comma-before-an-sources"),
])
def test_relay_inner_link(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == chain, [claim_chain(c) for c in got]


def test_parenthesised_short_name_of_a_body_is_no_person() -> None:
    got = full_claims("وأعلن جهاز الأمن العام الإسرائيلي (شين بيت)، الأحد، أن الشرطة اعتقلت رجلين في القدس. "
                "وقال \"شين بيت\" في بيان إن الرجلين خططا لهجوم.")
    assert [[s.kind for s in c.sources] for c in got] == [["official"], ["official"]], [claim_chain(c) for c in got]


def test_person_in_parentheses_after_a_title_stays_a_person() -> None:
    got = full_claims("التقى وزير الخارجية (سامح شكري) نظيره الأردني. وقال شكري إن اللقاء كان مثمرا.")
    assert got and claim_chain(got[-1]) == [("person", "شكري")], [claim_chain(c) for c in got]


def test_outlet_noun_heads_an_outlet() -> None:
    got = full_claims("وقالت مجلة فوربس إن الشركة تضاعفت قيمتها. وبحسب مجلة فوربس، تبلغ قيمة الشركة مليار دولار.")
    assert [claim_chain(c) for c in got] == [[("outlet", "مجلة فوربس")]] * 2


@pytest.mark.parametrize("text, name", [
    pytest.param("قال الطبيب المشرف على العلاج، ياسر أبو صفية، اليوم الأحد، إن المريض بخير.", "ياسر أبو صفية",
                 id="complement-comma-name"),
    pytest.param("وذكر مدير الشرطة بالمدينة خوان بيريز إن خمسة جثث انتشلت من بين الأنقاض.", "خوان بيريز",
                 id="complement-name-no-comma"),
    pytest.param("حسب ما نقلت رويترز عن مسؤول بالجماعة المسلحة، عبد العزيز أبو مصعب.", "عبد العزيز أبو مصعب",
                 id="name-closes-sentence"),
])
def test_title_complement_then_named_person(text: str, name: str) -> None:
    got = full_claims(text)
    last = got[0].sources[-1] if got else None
    assert last is not None and last.kind == "person" and last.text.endswith(name), [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال مسؤول في الوزارة، الأحد، إن المفاوضات ستستأنف.", [("official", "مسؤول في الوزارة")],
                 id="date-aside"),
    pytest.param("وقال مصدر في الشرطة، طلب عدم ذكر اسمه، إن الانفجار وقع ليلا.", [("anonymous", "مصدر في الشرطة")],
                 id="clause-aside"),
    pytest.param("وقال مدير المستشفى، الأحد، إن المريض بخير.", [("official", "مدير المستشفى")], id="title-date"),
])
def test_no_name_after_the_title(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == chain, [claim_chain(c) for c in got]


def test_short_name_after_a_body_no_stage_named() -> None:
    got = full_claims("أعلن جهاز المخابرات الداخلية (شين بيت)، الخميس، أن شابا اعتقل في الخليل. "
                "وقال \"شين بيت\" إن الشاب اعترف بالتخطيط لهجوم.")
    assert got and [s.kind for s in got[-1].sources] == ["official"], [claim_chain(c) for c in got]


def test_possessed_title_after_a_conjunction() -> None:
    got = full_claims("أصدرت الجمعية بيانا حول الفيضانات. ومديرها التنفيذي قال إن المتطوعين بخير.")
    assert got and claim_chain(got[-1])[-1][0] == "official", [claim_chain(c) for c in got]


def test_bare_outlet_noun_points_back_to_the_outlet_named_before() -> None:
    got = full_claims("وأثيرت القضية أول مرة في صحيفة \"المستقبل\"، وهي أكبر صحيفة يومية في البلاد. "
                "وذكرت الصحيفة أن التحقيق استمر عاما.")
    assert got and claim_chain(got[-1]) == [("outlet", "صحيفة \"المستقبل\"")], [claim_chain(c) for c in got]


def test_bare_outlet_noun_after_an_unnamed_outlet_stays_unnamed() -> None:
    got = full_claims("وتحدثت صحيفة محلية عن الحادث. وذكرت الصحيفة أن التحقيق بدأ.")
    assert got and claim_chain(got[-1]) == [("anonymous", "الصحيفة")], [claim_chain(c) for c in got]


def test_feminine_title_is_no_possessed_title() -> None:
    # the folded feminine ending looks like the pronoun ه: نائبة is a deputy, no «his deputy»
    got = full_claims("وقالت نائبة رئيس البلدية إن المياه ستعود.")
    assert got and claim_chain(got[0]) == [("official", "نائبة رئيس البلدية")], [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وأكدت مديرة المدرسة أن الدروس ستستأنف الأحد.", [("official", "مديرة المدرسة")], id="director-f"),
    pytest.param("وقالت القاضية سعاد المرزوقي إن الجلسة تأجلت.", [("person", "القاضية سعاد المرزوقي")],
                 id="judge-f-named"),
])
def test_feminine_titles(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == chain, [claim_chain(c) for c in got]
