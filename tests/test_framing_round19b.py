"""Framing, round 19b (FR): a bare rebel word means the armed group the article names several times as often as any
other; a teller's bare terrorism word means the party the same teller already labelled so before the term's usual
target named elsewhere; Hamas's, Islamic Jihad's and the Houthis' bare العدوان in their own claim means their usual
enemy. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


DOMINANT = ("قالت جماعة الحوثي إن مقاتليها سيطروا على مواقع في الحديدة. وأكد زعيم جماعة الحوثي أن قواته ستواصل "
            "التقدم. واتهمت الحكومة جماعة الحوثي بخرق الهدنة. وفي سياق آخر قتل عنصران من قوات الحزام الأمني في "
            "عدن. ويقول سكان محليون إن المتمردين يرفضون الانسحاب من الميناء.")


def test_rebels_mean_the_group_named_three_times_as_often_as_the_other() -> None:
    assert ("المتمردين", "houthis") in frames(DOMINANT)


def test_rebels_with_two_groups_named_as_often_mean_no_one() -> None:
    text = ("قالت جماعة الحوثي إن مقاتليها سيطروا على مواقع في الحديدة. وفي سياق آخر قتل عنصران من قوات الحزام "
            "الأمني في عدن. ويقول سكان محليون إن المتمردين يرفضون الانسحاب من الميناء.")
    assert [p for p in frames(text) if p[0] == "المتمردين"] == []


def test_rebels_never_fall_on_a_dominant_jihadist_group() -> None:
    text = ("أعلن تنظيم داعش مسؤوليته عن الهجوم. وقال بيان لتنظيم داعش إن عناصره قتلوا جنودا. وتوعد تنظيم داعش "
            "بهجمات أخرى. وتقاتل هيئة تحرير الشام في إدلب. ويقول سكان محليون إن المتمردين يرفضون التسوية.")
    assert ("المتمردين", "isis") not in frames(text)


def test_same_teller_terrorists_keep_the_party_it_labelled_before() -> None:
    text = ("دخلت قوات الجيش السوري أحياء في درعا كان يسيطر عليها مقاتلو فصائل المعارضة المسلحة بعد اتفاق. "
            "وكانت فصائل المعارضة المسلحة قد وافقت على الاتفاق. "
            "وقالت وكالة سانا إن الاتفاق يقضي بتسليم \"المجموعات الإرهابية\" أسلحتها الثقيلة. "
            "وأضافت الوكالة أن الاتفاق ينص على \"خروج الإرهابيين\" الرافضين للتسوية إلى الشمال. "
            "ولا يزال تنظيم الدولة الإسلامية يسيطر على جيب في حوض اليرموك غرب المحافظة.")
    got = frames(text)
    assert ("الإرهابيين", "isis") not in got
    assert ("الإرهابيين", "syr-opposition-factions") in got


def test_hamas_bare_aggression_is_israel_named_elsewhere() -> None:
    text = ("شنت إسرائيل غارات على مواقع في قطاع غزة ليلة أمس. وقال متحدث باسم حركة حماس إن \"المقاومة ستتصدى "
            "للعدوان بكل الوسائل\".")
    assert ("عدوان", "israel") in frames(text) or ("العدوان", "israel") in frames(text)


def test_hamas_bare_aggression_with_no_enemy_named_is_no_one() -> None:
    text = "أكدت حركة حماس أن العدوان المتواصل على غزة لن يكسر إرادة الشعب الفلسطيني."
    assert [p for p in frames(text) if "عدوان" in p[0]] == []


def test_houthi_bare_aggression_is_the_coalition() -> None:
    text = ("شن التحالف بقيادة السعودية غارات على صنعاء. وقال المتحدث باسم جماعة الحوثي إن \"قواتنا ستواصل "
            "التصدي للعدوان في الساحل الغربي\".")
    got = [p for p in frames(text) if "عدوان" in p[0]]
    assert got and all(t in ("saudi-coalition-yemen", "saudi-arabia") for _, t in got)


def test_hezbollah_bare_aggression_is_not_given_a_usual_enemy() -> None:
    # Hezbollah's العدوان is Israel's or the US-led strike's as often: its own claim names no one
    text = ("قصفت الولايات المتحدة مواقع في سوريا. وتحدثت تقارير عن غارات إسرائيلية سابقة. وقال حزب الله في بيان "
            "إن \"آلة العدوان لن تكسر محور المقاومة\".")
    assert ("العدوان", "israel") not in frames(text)
