"""Entities and places, round 23 (EN): the generic names of the Syrian armed opposition count as Syria's only
where the article names something else Syrian; a leader's title keeps a bare المعارضة from the Syrian
default; the conjunctions وإن، وأن are no Turkish Van (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs

_FOREIGN_OPPOSITION = [
    # South Sudan, Libya and Armenia: nothing Syrian named anywhere
    "اندلعت اشتباكات بين الجيش وقوات المعارضة في ولاية أعالي النيل بدولة جنوب السودان، وقال متحدث عسكري "
    "في جوبا إن مسلحي المعارضة هاجموا ثلاثة مواقع.",
    "كان القائد العسكري واحدا من أبرز قادة المعارضة المسلحة في شرق ليبيا قبل أن يعود إلى مدينة بنغازي.",
    "خرج آلاف المتظاهرين في يريفان عاصمة أرمينيا بعدما دعت فصائل المعارضة في البرلمان إلى انتخاب رئيس "
    "جديد للوزراء.",
]


@pytest.mark.parametrize("text", _FOREIGN_OPPOSITION)
def test_a_generic_opposition_name_abroad_is_not_syria_s(text: str) -> None:
    assert "syr-opposition-factions" not in mention_refs(text).values()


@pytest.mark.parametrize(("text", "mention"), [
    ("قصفت قوات النظام السوري بلدة كفرنبل جنوبي إدلب، وقالت مصادر إن قوات المعارضة ردت بقصف مواقع للجيش.",
     "قوات المعارضة"),
    # a CNN dateline in Dubai: Douma and the Syrian regime still make it a Syrian story
    ("دبي، الإمارات العربية المتحدة (CNN)-- قال متحدث باسم جماعة مسلحة إن مسلحي المعارضة ما زالوا يتفاوضون "
     "مع الروس على البقاء في مدينة دوما، واتهم النظام السوري بخرق الهدنة.", "مسلحي المعارضة"),
])
def test_a_generic_opposition_name_in_a_syrian_story_stays_syria_s(text: str, mention: str) -> None:
    assert mention_refs(text).get(mention) == "syr-opposition-factions"


def test_a_leader_s_title_keeps_bare_opposition_from_the_syrian_default() -> None:
    text = ("قصفت قوات النظام بلدة معرة النعمان في ريف إدلب، وسيطرت على قرية التمانعة في ريف حماة، وقصفت مدينة "
            "خان شيخون. وفي أنقرة قال زعيم المعارضة كمال كليتشدار أوغلو إن الحكومة أخطأت في سياستها.")
    assert "syr-opposition" not in mention_refs(text).values()


@pytest.mark.parametrize("text", [
    # a Turkish story: Van's province is the article's area, so only the hamza tells the word from the city
    "اشتد القصف على عفرين، حتى وإن قالت أنقرة إن عملياتها تستهدف المسلحين فقط.",
    "تقدمت القوات التركية نحو عفرين، حتى وأن أعلنت أنقرة أنها لا تنوي البقاء فيها.",
])
def test_a_conjunction_with_hamza_is_not_the_city_of_van(text: str) -> None:
    assert "tr-van" not in mention_refs(text).values()


def test_van_itself_is_still_found() -> None:
    assert "tr-van" in mention_refs("قتل جنديان تركيان في هجوم استهدف دورية في مدينة وان شرقي تركيا.").values()


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("انتقد السيناتور جون ماكين قرار البيت الأبيض، وقال ماكين إن الانسحاب من سوريا خطأ.", "ماكين", "john-mccain"),
    ("دعا جيرمي كوربن زعيم حزب العمال إلى التريث قبل أي ضربة في سوريا.", "جيرمي كوربن", "jeremy-corbyn"),
    ("أعلن نيكول باشينيان أن حكومته ستجري انتخابات مبكرة، وأضاف باشينيان أن البرلمان سيحل.", "باشينيان",
     "nikol-pashinyan"),
    ("قال مستشار الأمن القومي جون بولتن إن العقوبات على طهران ستشتد.", "جون بولتن", "john-bolton"),
    ("التقى رئيس جنوب السودان سالفا كير بزعيم المتمردين في الخرطوم.", "سالفا كير", "salva-kiir"),
    ("دعا البابا فرانسيس إلى وقف القتال في اليمن وإغاثة المدنيين.", "البابا فرانسيس", "pope-francis"),
])
def test_people_the_corpus_names_often_are_linked(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text, types=("person",)).get(mention) == ref


def test_the_german_foreign_minister_title_names_maas_in_his_term_only() -> None:
    text = "زار وزير الخارجية الألماني العاصمة الأردنية عمان وبحث ملف اللاجئين السوريين."
    assert mention_refs(text, published="2019-05-01", types=("person",)).get("وزير الخارجية الألماني") \
        == "heiko-maas"
    assert mention_refs(text, published="2023-05-01", types=("person",)).get("وزير الخارجية الألماني") \
        != "heiko-maas"


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("قال قائد سلاح الجو الأميركي إن المقاتلات الجديدة ستصل إلى قاعدة العديد.", "سلاح الجو الأميركي", "us-forces"),
    ("نفذ سلاح الجو التركي غارات على مواقع في جبال قنديل شمالي العراق.", "سلاح الجو التركي", "turkish-army"),
    ("شاركت طائرات سلاح الجو الملكي البريطاني في الضربات على مواقع التنظيم.", "سلاح الجو الملكي البريطاني", "uk"),
])
def test_air_forces_by_name(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text).get(mention) == ref

