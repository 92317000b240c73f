"""Framing, third pass: the Saudi-led coalition behind العدوان السعودي, a term that takes the target of the aggression
term after it, a demonstrative that refers back to the groups just named, the enemy a party means by a bare العدو,
names after a fighting word and the epithet الإجرامية. Whole pipeline: the rules read the entity and claims stages'
output. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import marsad


def frames(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published="2018-05-01").to_dict()
    refs = {e["id"]: e.get("ref") or e.get("name") for e in art["entities"]}
    return [(f["term"], refs.get(f["target"])) for f in art["framing"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the article names the coalition: the Saudi nisba after العدوان names it, and the mercenaries' patron with it
    ("أعلن التحالف العربي أنه اعترض صاروخا أطلق من صعدة. وقالت قناة المسيرة إن قوات الجيش واللجان الشعبية كسرت "
     "زحفا لمرتزقة العدوان السعودي على جبهة نجران.",
     [("مرتزقة", "saudi-coalition-yemen"), ("العدوان", "saudi-coalition-yemen")]),
    # no coalition named: the state, as before
    ("وقالت قناة المسيرة إن غارات العدوان السعودي استهدفت سوقا شعبيا في مديرية مجز.",
     [("العدوان", "saudi-arabia")]),
    # a second nisba in the row: the coalition and the other state
    ("وذكرت وكالة سبأ التابعة للحوثيين أن غارة للتحالف العربي قتلت مدنيين، وحملت العدوان الأمريكي السعودي "
     "المسؤولية.", [("العدوان", "usa"), ("العدوان", "saudi-coalition-yemen")]),
])
def test_saudi_aggression_is_the_coalition_when_named(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a proxy force's own name in the packs still wins (مرتزقة الاحتلال التركي as one name of the proxies)
    ("وقالت الوحدات الكردية إن مرتزقة الاحتلال التركي قصفوا قرى في ريف عفرين.",
     [("مرتزقة", "sna"), ("الاحتلال", "turkey")]),
    ("وقالت الوحدات الكردية إن مرتزقة الغزو التركي قصفوا قرى في ريف عفرين.",
     [("مرتزقة", "turkey"), ("الغزو", "turkey")]),
])
def test_mercenaries_of_the_occupation_take_its_state(text: str,
                                                      expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the teller's words run on after وأضاف (no claim the stage ties to the Iranian minister): the group just
    # named, never the story's most-named group, Iran's ally
    ("قاتل حزب الله إلى جانب الجيش السوري في القصير، ويقول حزب الله إنه يحمي الحدود. وقال وزير الخارجية "
     "الإيراني إن واشنطن تمول جبهة النصرة في ريف إدلب. وأضاف أن هذه الجماعات الإرهابية تهدد أمن المنطقة كلها.",
     [("الجماعات الإرهابية", "nusra")]),
    # the group named in the sentence before, for a demonstrative after a full stop
    ("وأعلنت السلطات الإيرانية مقتل عنصرين من حرس الحدود في هجوم تبنته جماعة جيش العدل. وتتهم طهران دولا "
     "إقليمية بدعم هذه الجماعات الإرهابية.", [("الجماعات الإرهابية", "jaysh-al-adl")]),
])
def test_demonstrative_refers_back_to_the_group_just_named(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize("text", [
    # the claim's teller and the side pursuing them are passed over for the group named in the sentence before
    "هاجم تنظيم داعش نقاطا عسكرية في ريف دير الزور الشرقي. وقالت قوات سوريا الديمقراطية إن هذه الجماعات الإرهابية "
    "تسعى إلى استعادة نفوذها.",
    "هاجم تنظيم داعش نقاطا عسكرية في ريف دير الزور الشرقي. وقالت قوات سوريا الديمقراطية في بيان إنها ستواصل ملاحقة "
    "هذه الجماعات الإرهابية.",
])
def test_demonstrative_passes_over_the_teller_and_the_fighter(text: str) -> None:
    assert frames(text) == [("الجماعات الإرهابية", "isis")]


def test_demonstrative_never_reaches_the_side_fighting_them() -> None:
    got = frames("وأرسل الجيش العراقي تعزيزات إلى الحدود. وتلاحق قوات الحشد الشعبي هذه الجماعات الإرهابية في "
                 "صحراء الأنبار.")
    assert all(t != "pmf" for _term, t in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("شنت إسرائيل غارات على مواقع في قطاع غزة ليلا. وقالت حركة حماس في بيان إن العدو سيدفع ثمن جرائمه بحق "
     "أهالي القطاع.", [("العدو", "israel")]),
    # only the force named: the force
    ("قصفت الطائرات الإسرائيلية مواقع قرب دمشق. وقال الأمين العام لحزب الله في خطاب إن العدو لن يجرؤ على شن "
     "حرب جديدة.", [("العدو", "idf")]),
    ("وقال المتحدث باسم الجيش اليمني إن قوات الجيش تقدمت في جبهة الجوف، مؤكدا أن العدو تكبد خسائر كبيرة في "
     "المعارك مع جماعة الحوثي.", [("العدو", "houthis")]),
    # a party with no usual enemy in the map: still no record
    ("قصفت الطائرات الإسرائيلية مواقع في غزة. وقال متحدث عسكري إسرائيلي إن العدو أطلق صواريخ على المستوطنات.", []),
])
def test_bare_enemy_in_a_partys_mouth(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


def test_a_name_after_a_fighting_word_is_not_designated() -> None:
    got = frames("ومنذ بداية الحرب اعتبرت طهران كل من يحمل السلاح ضد الأسد إرهابيا، ودعمت الحكومة السورية.")
    assert not any(t in ("bashar-al-assad", "syr-gov-assad") for _term, t in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال محافظ المحافظة إن ميليشيا الحوثي الإجرامية فجرت عشرات المنازل في المدينة.",
     [("ميليشيا", "houthis"), ("الإجرامية", "houthis")]),
    ("وتدعم إيران نظام الأسد الإجرامي بالمال والسلاح منذ سنوات.", [("الإجرامي", "syr-gov-assad")]),
    # an act, not a group
    ("ودانت الحكومة اليمنية الأعمال الإجرامية التي ترتكبها جماعة الحوثي في تعز.", []),
])
def test_criminal_epithet(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


def test_the_statement_going_on_keeps_its_teller() -> None:
    # «وأضاف البيان» right after the Qassam Brigades' claim: still their statement, so their bare العدو is Israel's
    # force
    got = frames("قصفت طائرات الجيش الإسرائيلي موقعا في شمال قطاع غزة فجر اليوم. وقالت كتائب القسام في بيان إن "
                 "اثنين من عناصرها قتلا في القصف. وأضاف البيان أن العدو سيتحمل نتائج هذه الجريمة.")
    assert ("العدو", "idf") in got


def test_an_occupation_noun_takes_no_label_from_the_term_before() -> None:
    # احتلال right after «التنظيمات الإرهابية» is what they attempt, not a second word for them
    got = frames("وأكدت الإدارة الذاتية عزمها إفشال محاولة أنقرة ومرتزقتها من التنظيمات الإرهابية احتلال المنطقة.")
    assert not any(term == "احتلال" for term, _t in got)
