"""Framing, FR pass: denied labels, counted accusative forms, the sponsor-of-terrorism epithet, a group named by
the word after a militia term that no mention holds there, and a ministry referred back to by its head noun as a
claim's teller. Whole pipeline: the rules read the entity and claims stages' output."""

from __future__ import annotations

import pytest

import marsad


def frames(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published="2018-05-01").to_dict()
    refs = {e["id"]: e.get("ref") or e.get("name") for e in art["entities"]}
    return [(f["term"], refs.get(f["target"])) for f in art["framing"]]


@pytest.mark.parametrize("text", [
    # a denial names no one the label is applied to: not the group the speaker sets them apart from
    "وأكد قائد ميداني أن المقاتلين في الريف الغربي ينتمون إلى الجيش السوري الحر وليسوا إرهابيين كما تزعم دمشق.",
    "وقال أحد وجهاء البلدة في اتصال هاتفي: نحن لسنا إرهابيين، بل فلاحون. وكان تنظيم داعش قد انسحب من البلدة.",
])
def test_denied_label_gives_no_record(text: str) -> None:
    assert not [t for t, _ in frames(text) if "رهاب" in t]


def test_denial_is_only_right_before_the_term() -> None:
    # ليسوا سوى: "nothing but" applies the label; the group is named right before it
    got = frames("وقال المتحدث إن عناصر تنظيم داعش الإرهابي ليسوا سوى عصابة، وإن القوات ستلاحقهم في البادية.")
    assert ("الإرهابي", "isis") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("وأفاد المرصد بمقتل 40 متشددا من تنظيم داعش في غارات على بلدة قرب الحدود العراقية.",
     ("متشددا", "isis")),
    ("وأعلن الجيش أنه قتل 12 جهاديا من تنظيم القاعدة خلال اشتباكات في الصحراء.", ("جهاديا", "al-qaeda")),
])
def test_counted_accusative_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in frames(text)


def test_sponsor_epithet_on_the_name_before() -> None:
    got = frames("وقال الوزير في كلمته إن النظام الإيراني الراعي للإرهاب يواصل تهريب الصواريخ إلى المنطقة.")
    assert ("الراعي للإرهاب", "iran") in got


def test_sponsor_list_title_names_no_one() -> None:
    # the designation list's title with no name beside it: no record
    got = frames("وطالبت الخرطوم واشنطن برفع اسمها من قائمة الدول الراعية للإرهاب خلال محادثات جرت في الخرطوم.")
    assert not [t for t, _ in got if "للإرهاب" in t]


def test_militia_spelling_without_alias_takes_the_group_named_after_it() -> None:
    # ميليشات (a misspelling no alias holds): the Houthis named after it, not the coalition nearest to it
    got = frames("قصفت طائرات التحالف العربي مواقع ميليشيات الحوثي في صعدة. كما قصفت مقاتلات التحالف العربي "
                 "مواقع ميليشات الحوثي قرب صنعاء.")
    assert ("ميليشات", "houthis") in got
    assert ("ميليشات", "saudi-coalition-yemen") not in got


def test_nisba_past_another_loaded_adjective() -> None:
    got = frames("هاجم الحوثيون سفينة في البحر الأحمر. وقال المندوب إن طهران تزود الميليشيات الإرهابية الحوثية "
                 "بالصواريخ.")
    assert ("الميليشيات", "houthis") in got and ("الإرهابية", "houthis") in got


def test_ministry_referred_back_is_the_teller() -> None:
    # وقالت الوزارة: the Turkish ministry named before tells it, so its bare terrorism word means the PKK
    got = frames("أعلنت وزارة الدفاع التركية تحييد عشرة عناصر من حزب العمال الكردستاني شمالي العراق. وفي سوريا "
                 "قتل عناصر من تنظيم داعش قرب دير الزور. وقالت الوزارة في بيان إن القوات التركية حيدت الإرهابيين "
                 "في مناطق العمليات.")
    assert ("الإرهابيين", "pkk") in got and ("الإرهابيين", "isis") not in got


def test_enemy_of_an_unplaced_teller_is_the_sole_usual_enemy() -> None:
    # a field commander the packs do not know: the only usual enemy the story names is Israel's side
    got = frames("قصفت المدفعية الإسرائيلية أطراف بلدة حدودية في جنوب لبنان. وقال قائد ميداني يدعى أبو حسن إن "
                 "العدو سيدفع ثمن اعتداءاته.")
    assert got == [("العدو", "israel")]


def test_enemy_of_an_unplaced_teller_with_an_armed_group_named_is_no_one() -> None:
    # the Houthis named: the commander may be on either side, so no guess
    got = frames("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة. وقال قائد ميداني إن العدو تكبد "
                 "خسائر كبيرة في المعارك.")
    assert ("العدو", "houthis") not in got and ("العدو", "saudi-coalition-yemen") not in got


@pytest.mark.parametrize("text", [
    "يتناول التقرير دور تنظيم داعش في البادية. ويرى الكاتب أن المستفيد من الفوضى هم الإخوان والجماعات الإرهابية.",
    "يتناول التقرير أموال تنظيم داعش في العراق. وتسعى باريس إلى تعاون دولي لوقف تمويل الجماعات المتشددة.",
])
def test_generic_group_words_do_not_fall_back_to_the_main_group(text: str) -> None:
    assert frames(text) == []


def test_specific_group_words_still_fall_back_to_the_main_group() -> None:
    got = frames("سيطر تنظيم داعش على قرى في البادية. وقال المصدر إن الجماعات الإرهابية قصفت المدينة بالهاون.")
    assert ("الجماعات الإرهابية", "isis") in got


@pytest.mark.parametrize(("text", "expected"), [
    # a count between the army and the term: the term is the counted noun, its group named after من
    ("حيدت القوات التركية 15 إرهابياً من حزب العمال الكردستاني في منطقة جبلية شمالي العراق.",
     [("إرهابياً", "pkk")]),
    # no group after it: still no record (the army is the one fighting them)
    ("قتلت القوات التركية 30 جهاديا في ريف المدينة الشمالي.", []),
])
def test_counted_term_takes_the_group_after_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert frames(text) == expected
