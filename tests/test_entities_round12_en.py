"""Entities, round 12 (EN): one function tells the name علي from the preposition على, numbered army units,
tribes and clans of eastern Syria and Iraq (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.pipeline import make_doc as Doc
from marsad.stages import names


def _entities(text: str, published: str = "2018-06-01") -> list[tuple[str, str, str | None]]:
    art = marsad.analyze(text, published=published)
    return [(e.type, e.name_ar, e.ref) for e in art.entities]


def _named(text: str, type_: str, published: str = "2018-06-01") -> list[str]:
    return [name for t, name, _ref in _entities(text, published) if t == type_]


# ---------------------------------------------------------------- علي / على


@pytest.mark.parametrize(("text", "word", "reading"), [
    ("وصل علي إلى المدينة وسيطر الجيش على الحي.", "علي", names.ALI_NAME),
    ("وصل علي إلى المدينة وسيطر الجيش على الحي.", "على", names.ALI_PREPOSITION),
    ("وصل علي إلى المدينة وسيطر الجيش علي الحي.", "علي", None),  # both written with ي: no letter tells
    ("وصل عليّ إلى المدينة وسيطر الجيش على الحي.", "عليّ", None),  # a final diacritic: no letter tells
])
def test_ali_reading(text: str, word: str, reading: str | None) -> None:
    assert names.ali_reading(Doc(text), word) == reading


def test_names_ali_at_uses_the_one_reading() -> None:
    doc = Doc("قال العقيد علي حسن إن القوات سيطرت على البلدة وإن علي الآخر غادر.")
    got = names.names_ali_at(doc)
    assert len(got) == 2 and all(doc.folded.text[i:i + 3] == "علي" for i in got)
    assert names.names_ali_at(Doc("قال العقيد علي حسن إن القوات سيطرت علي البلدة.")) == frozenset()


def test_preposition_before_a_family_name_group_is_no_person() -> None:
    # الحوثي after the preposition على (written with ى) is the group; after the name علي, the man
    assert "Houthis (Ansar Allah)" in [e.name for e in marsad.analyze(
        "وأعلنت القبائل الثورة على الحوثي في المديرية.", published="2018-06-01").entities]


# ---------------------------------------------------------------- numbered units


def _actors(text: str, published: str = "2018-06-01") -> dict[str, tuple[str | None, str | None, list[str]]]:
    art = marsad.analyze(text, published=published)
    return {e.name: (e.kind, e.parent, [m.text for m in e.mentions]) for e in art.entities if e.type == "actor"}


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("وقصفت قوات اللواء 63 مواقع المسلحين شرق المدينة.", "63rd Brigade", "اللواء 63"),
    ("وتقدمت الفرقة الخامسة نحو البلدة بعد معارك عنيفة.", "5th Division", "الفرقة الخامسة"),
    ("وأعلن الناطق باسم الكتيبة ١١٢ أن الهجوم فشل.", "112th Battalion", "الكتيبة ١١٢"),
    ("وانسحب الفوج الثالث من التلال المحيطة بالقرية.", "3rd Regiment", "الفوج الثالث"),
    ("وتمركز الفيلق 11 على الحدود منذ أسابيع.", "11th Corps", "الفيلق 11"),
])
def test_numbered_unit_is_an_actor(text: str, name: str, mention: str) -> None:
    got = _actors(text)
    assert name in got and got[name][2] == [mention]


def test_numbered_unit_parent_is_the_army_after_it() -> None:
    got = _actors("وقال قائد اللواء 31 مشاة في الجيش اليمني إن قواته تقدمت، وإن قوات اللواء 31 سيطرت على التلة.")
    kind, parent, mentions = got["31st Brigade"]
    assert parent == "Yemeni army (government forces)" and kind == "state_force" and len(mentions) == 2


def test_numbered_unit_without_army_after_it_has_no_parent() -> None:
    got = _actors("واستهدفت الغارة مقر الكتيبة 40 قرب المطار.")
    assert got["40th Battalion"][:2] == (None, None)


def test_rank_before_a_name_is_no_unit_nor_anaphor() -> None:
    # اللواء before a man's name is his rank: no numbered unit, and no anaphor of the brigade named before
    got = _actors("وسيطرت الفصائل على مقر اللواء 93 أمس، وقال اللواء سمير حداد إن الجيش سيرد.")
    assert got["93rd Brigade"][2] == ["اللواء 93"]
    got = _actors("وقاتل لواء القدس في حلب، وقال اللواء ماهر سليم إن المعركة انتهت.")
    assert got["Liwa al-Quds"][2] == ["لواء القدس"]


def test_pack_unit_of_the_same_span_wins() -> None:
    got = _actors("وانتشرت الفرقة الرابعة على أطراف دمشق.", published="2018-06-01")
    assert "4th Armoured Division" in got and "4th Division" not in got


# ---------------------------------------------------------------- tribes and clans


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("واتهم وجهاء عشيرة الشعيطات التنظيم بقتل العشرات من أبنائها.", "Al-Shaitat clan", "عشيرة الشعيطات"),
    ("وعقد وجهاء من العكيدات اجتماعا في بلدة ذيبان.", "Al-Ougaidat (Akidat) tribe", "العكيدات"),
    ("وانضم مقاتلون من قبيلة شمر إلى القوات المحلية في ربيعة.", "Shammar tribe", "قبيلة شمر"),
    ("وطالب شيوخ عشائر الجبور الحكومة بحماية مناطقهم في صلاح الدين.", "Al-Jabour tribe", "عشائر الجبور"),
    ("وأعدم المسلحون عددا من أبناء البو نمر قرب هيت.", "Albu Nimr clan", "أبناء البو نمر"),
])
def test_tribe_is_an_actor(text: str, name: str, mention: str) -> None:
    got = _actors(text)
    assert name in got and got[name][2] == [mention]


def test_clan_parent_and_anaphor() -> None:
    art = marsad.analyze("وهاجم مسلحون من الشعيطات حاجزا قرب النهر، وقالت العشيرة إنها لن تتراجع.",
                         published="2018-06-01")
    clan = next(e for e in art.entities if e.name == "Al-Shaitat clan")
    assert clan.parent == "Al-Ougaidat (Akidat) tribe" and [m.text for m in clan.mentions] == ["الشعيطات", "العشيرة"]


def test_common_word_tribe_names_need_a_clan_noun() -> None:
    # شمر is also a verb, العزة a common noun: only after a clan noun are they the tribe
    assert _actors("وقال الوزير إنه شمر عن ساعديه لخدمة العزة والكرامة.") == {}


def test_baggara_of_sudan_is_not_the_syrian_tribe() -> None:
    got = _actors("واندلعت اشتباكات بين عشيرة البقارة ومسلحين في جنوب دارفور بالسودان.")
    assert "Al-Baggara tribe (Syria)" not in got


def test_tribe_sheikh_is_no_person_named_so() -> None:
    # a clan noun ends a person's name: «شيخ قبيلة X» is a title, no man's name
    art = marsad.analyze("وقال شيخ قبيلة الحويطات إن أبناء القبيلة يرفضون التهجير.", published="2018-06-01")
    assert [e for e in art.entities if e.type == "person"] == []


# ---------------------------------------------------------------- a city as the place spoken from, a club


def _kinds(text: str) -> list[tuple[str, str]]:
    art = marsad.analyze(text, published="2018-06-01")
    return [(e.type, e.name) for e in art.entities if e.type in ("actor", "place")]


@pytest.mark.parametrize(("text", "place"), [
    ("وقال لافروف في مؤتمر صحفي من موسكو إن الحوار مستمر.", "Moscow"),
    ("وأعلن الرئيس في كلمة متلفزة ألقاها من طهران أن بلاده لن تتراجع.", "Tehran"),
    ("وتتخذ المنظمة من بيروت مقرا رئيسيا لها منذ سنوات.", "Beirut"),
])
def test_capital_spoken_from_is_the_place(text: str, place: str) -> None:
    got = _kinds(text)
    assert ("place", place) in got and not any(t == "actor" for t, _n in got)


def test_capital_asked_is_still_the_government() -> None:
    assert ("actor", "Russia") in _kinds("وطلبت المعارضة من موسكو الضغط على حلفائها.")


@pytest.mark.parametrize("text", [
    "وتغلب روما الإيطالي على ضيفه بثلاثة أهداف نظيفة.",
    "ويستضيف فريق روما منافسه في الجولة المقبلة.",
    "وخسر نادي برشلونة أمام منافسه بهدفين.",
])
def test_club_named_after_its_town_is_no_place(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "entity"), [
    ("واستضافت روما الإيطالية اجتماعا لوزراء الخارجية.", ("place", "Rome")),
    ("وقصفت الطائرات مطار الشعيرات السوري فجر اليوم.", ("place", "Shayrat air base")),
    ("وقال العراق الرسمي إن الحرب انتهت.", ("actor", "Iraq")),
])
def test_town_with_feminine_adjective_or_facility_or_state_stays(text: str, entity: tuple[str, str]) -> None:
    assert entity in _kinds(text)


# ---------------------------------------------------------------- Iranian, Turkish, PMF and AANES bodies


@pytest.mark.parametrize(("text", "name", "parent"), [
    ("وصادق البرلمان الإيراني على الموازنة الجديدة.", "Islamic Consultative Assembly (Iranian parliament)", "Iran"),
    ("وأعلنت وزارة الاستخبارات الإيرانية تفكيك شبكة تجسس.", "Ministry of Intelligence (Iran)", "Iran"),
    ("واحتجزت القوة البحرية للحرس الثوري سفينة أجنبية في الخليج.", "IRGC Navy",
     "Islamic Revolutionary Guard Corps (IRGC)"),
    ("وأنقذ خفر السواحل التركي عشرات المهاجرين في بحر إيجة.", "Turkish Coast Guard", "Turkish Ministry of Interior"),
    ("وشاركت حركة الأوفياء في المعارك قرب الحدود.", "Harakat al-Awfiya", "Popular Mobilisation Forces (PMF)"),
    ("وقرر مجلس الرقة المدني فتح المدارس.", "Raqqa Civil Council",
     "Autonomous Administration of North and East Syria (AANES)"),
])
def test_new_bodies(text: str, name: str, parent: str) -> None:
    got = _actors(text)
    assert name in got and got[name][1] == parent


def test_turkish_communications_directorate_only_from_2018() -> None:
    text = "ونفت دائرة الاتصال في الرئاسة التركية صحة الخبر."
    assert "Directorate of Communications (Turkish Presidency)" in _actors(text, published="2019-03-01")
    assert "Directorate of Communications (Turkish Presidency)" not in _actors(text, published="2018-03-01")


def test_reported_is_no_disaster_agency() -> None:
    # AFAD's bare acronym آفاد folds as أفاد (reported): only its full name is the agency
    assert _actors("وأفاد مصدر محلي بأن القصف استمر ساعات.") == {}
