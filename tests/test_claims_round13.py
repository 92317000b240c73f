"""Claims, round 13 (sentences written for the tests, in the styles of local Syrian and Iraqi outlets and pan-Arab
papers)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("وأكد مدير المستشفى مقتل ثلاثة مدنيين بقصف مدفعي على البلدة.", ("official", "مدير المستشفى")),
    ("وأكد مدير الدفاع المدني وقوع أربعة قتلى بغارة جوية على السوق.", ("official", "مدير الدفاع المدني")),
    ("ونفى قائد الشرطة المحلية سقوط قذائف داخل المدينة خلال الليل.", ("official", "قائد الشرطة المحلية")),
    ("وأكد رئيس المجلس البلدي اعتقال خمسة شبان من أبناء الحي.", ("official", "رئيس المجلس البلدي")),
])
def test_verbal_noun_after_a_title_opens_the_object_not_a_name(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


@pytest.mark.parametrize("text, source", [
    ("وأعلنت الوكالة الرسمية سيطرة الجيش على بلدة جديدة في ريف درعا.", ("outlet", "الوكالة الرسمية")),
    ("وأعلن التلفزيون الرسمي السوري سيطرة القوات على تل استراتيجي.", ("outlet", "التلفزيون الرسمي السوري")),
])
def test_an_unnamed_outlet_ends_at_its_adjectives_before_the_object(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


def test_an_outlet_known_by_its_short_name_after_its_adjective_keeps_it() -> None:
    chain = _chains("وقالت وكالة الأنباء السورية سانا إن وحدات الجيش دمرت مقرا للمسلحين.")
    assert len(chain) == 1 and chain[0][0][0] == "outlet" and chain[0][0][1].startswith("وكالة الأنباء السورية")


@pytest.mark.parametrize("text, teller", [
    ("وأفاد مصدر ميداني لإذاعة الشام المحلية بتوقع بدء الهجوم على البلدة خلال أيام.", "إذاعة الشام المحلية"),
    ("وأفاد مصدر عسكري للقناة الرسمية السورية بتوقع وصول التعزيزات خلال أيام.", "القناة الرسمية السورية"),
    ("وذكر الموقع الإلكتروني بيلينجكات أن الضابط سافر باسم مستعار.", "الموقع الإلكتروني بيلينجكات"),
    ("وقال مرصد الفتاوى التكفيرية والآراء المتشددة إن الجماعة تنشر الأكاذيب.",
     "مرصد الفتاوى التكفيرية والآراء المتشددة"),
])
def test_outlet_run_keeps_foreign_and_joined_names(text: str, teller: str) -> None:
    got = full_claims(text)
    assert got and got[0].sources[0].kind == "outlet" and got[0].sources[0].text.startswith(teller)
    assert not got[0].sources[0].text.endswith(("بتوقع", "بدء", "وصول"))


@pytest.mark.parametrize("text, chain", [
    ("ونفت وزارة الدفاع التركية، على لسان المتحدث باسمها، أن تكون طائراتها قصفت مواقع مدنية.",
     [("official", "وزارة الدفاع التركية"), ("official", "المتحدث باسمها")]),
    ("ونفى الجيش العراقي، على لسان الناطق باسمه يحيى رسول، أن تكون قواته انسحبت من القضاء.",
     [("official", "الجيش العراقي"), ("person", "الناطق باسمه يحيى رسول")]),
])
def test_a_body_speaking_through_a_spokesman_set_off_by_commas_comes_first(
        text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


@pytest.mark.parametrize("text, source", [
    ("وقالت الرئيسة المشتركة لهيئة الخارجية إن القصف استهدف مدرسة.", ("official", "الرئيسة المشتركة لهيئة الخارجية")),
    ("وقال الرئيس المشترك لهيئة الدفاع إن التعزيزات وصلت.", ("official", "الرئيس المشترك لهيئة الدفاع")),
])
def test_a_body_after_a_title_with_lam_is_no_name(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


@pytest.mark.parametrize("text", [
    "وقال وزير الصحة إن الأوضاع صعبة. وأضاف لمراسلنا إن المساعدات تأخرت.",
    "وقال وزير الصحة إن الأوضاع صعبة. وأضاف لدى وصوله إلى المخيم إن المساعدات تأخرت.",
])
def test_a_time_phrase_or_the_one_spoken_to_after_the_verb_leaves_the_last_teller(text: str) -> None:
    assert _chains(text) == [[("official", "وزير الصحة")], [("official", "وزير الصحة")]]


@pytest.mark.parametrize("text", [
    "وفازت الكاتبة بالجائزة الأولى. وقالت لدى تسلمها الجائزة في كلمة مقتضبة إن الرواية كتبت في المنفى.",
    "وهاجم المرشح خصومه في المناظرة. وقال لنائبة في البرلمان إنه لن يتراجع عن برنامجه.",
])
def test_no_teller_is_made_of_a_time_phrase_or_an_addressee(text: str) -> None:
    for chain in _chains(text):
        assert all(not src.startswith(("لدى", "لنائبة")) for _, src in chain)


@pytest.mark.parametrize("text, chain", [
    ("ونددت الحكومة على لسان المتحدث باسمها بالهجوم على القافلة.",
     [("official", "الحكومة"), ("official", "المتحدث باسمها")]),
    ("ونددت الخارجية الأردنية على لسان الناطق باسمها باستهداف المدنيين في القطاع.",
     [("official", "الخارجية الأردنية"), ("official", "الناطق باسمها")]),
])
def test_the_bi_object_of_a_verb_of_condemning_is_no_part_of_the_spokesman(
        text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


@pytest.mark.parametrize("text, source", [
    ("واعتبر مدير البرامج بمنظمة العفو الدولية، فيليب لوثر، أن الحكم جائر.",
     ("person", "مدير البرامج بمنظمة العفو الدولية، فيليب لوثر")),
])
def test_a_body_with_bi_inside_a_title_stays_in_it(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]
