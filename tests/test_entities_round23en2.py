"""Entities, round 23 (EN2): the rebels (الثوار) are Syria's armed opposition where the article names something
else Syrian, and nobody's in a story on Libya or Cuba; a nationality plural after officials or negotiators in the
nominative (مسؤولون أتراك، مفاوضون روس) names its state as a party (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام السوري أحياء مدينة دوما، وقال ناشطون إن الثوار ردوا بقصف مواقع للجيش في محيط المدينة.",
    "تعهد الثوار في ريف إدلب بمواصلة القتال بعد أن دخلت قوات الأسد بلدة خان شيخون.",
])
def test_the_rebels_in_a_syrian_story_are_the_syrian_opposition(text: str) -> None:
    assert mention_refs(text).get("الثوار") == "syr-opposition-factions"


@pytest.mark.parametrize("text", [
    # Libya and Cuba: nothing Syrian named
    "حاول الثوار إسعاف العقيد القذافي بعد أن أصيب في سرت، بحسب ما روى أحد قادة مصراتة.",
    "دخل الثوار مدينة هافانا بعد أن فر الرئيس باتيستا من كوبا مطلع العام.",
    # a Libyan story that names Syria once: its places lie in Libya, its rebels are Libya's
    "حاول الثوار في ليبيا إسعاف العقيد القذافي بعد أن أصيب قرب سرت، ثم نقلوا جثته إلى مصراتة، وسافر بعضهم "
    "لاحقا إلى بنغازي ودرنة قبل أن ينتقل عدد منهم إلى سوريا.",
    # a Syrian story that speaks of Libya's rebels by their nisba
    "قال ضابط في الجيش السوري الحر إن الثوار الليبيين أرسلوا أسلحة إلى حلب قبل سنوات.",
])
def test_the_rebels_elsewhere_are_not_the_syrian_opposition(text: str) -> None:
    refs = mention_refs(text)
    assert refs.get("الثوار") != "syr-opposition-factions"
    assert "الثوار الليبيين" not in refs


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("قال مسؤولون أتراك إن بلادهم لن تسمح بإقامة أي كيان على حدودها الجنوبية.", "أتراك", "turkey"),
    ("وصل مفاوضون روس إلى بلدة بصرى الشام للقاء قادة الفصائل المسلحة.", "روس", "russia"),
    ("أكد مفاوضين أتراك أن المحادثات مستمرة في أنقرة.", "أتراك", "turkey"),
])
def test_a_nationality_plural_after_officials_or_negotiators_names_the_state(text: str, mention: str,
                                                                            ref: str) -> None:
    assert mention_refs(text).get(mention) == ref


def test_a_nationality_plural_after_civilians_still_names_no_state() -> None:
    # the head list grew by officials and negotiators only: tourists of a nationality remain people
    text = "وصل سياح روس إلى مدينة شرم الشيخ بعد استئناف الرحلات الجوية."
    assert "russia" not in mention_refs(text).values()


def test_the_rebels_as_the_whole_mention_keep_their_framing() -> None:
    # the legitimising word is now the party's mention itself: the article's choice of name, still framed
    from tests.conftest import framing_pairs

    text = ("شنت قوات النظام السوري غارات على بلدات الغوطة الشرقية، فيما أكد ناشطون أن الثوار صدوا محاولة "
            "تقدم على أطراف حرستا.")
    assert ("الثوار", "syr-opposition-factions") in framing_pairs(text, "2018-06-01")


def test_the_syrian_rebels_by_their_nisba_keep_the_word_framed() -> None:
    from tests.conftest import framing_pairs

    text = "قصفت قوات النظام السوري بلدة دوما، فيما قدمت دول غربية للثوار السوريين مساعدات غير قتالية."
    # للثوار: the article's lam merged into the preposition, the term is read as ثوار
    assert [ref for term, ref in framing_pairs(text, "2018-06-01")
            if term in ("الثوار", "ثوار")] == ["syr-opposition-factions"]


def test_a_legitimising_word_inside_a_group_s_name_stays_unframed() -> None:
    from tests.conftest import framing_pairs

    text = "سيطرت هيئة تحرير الشام على قرية جديدة في ريف إدلب الجنوبي بعد معارك مع قوات النظام السوري."
    assert not [t for t, _ in framing_pairs(text, "2018-06-01") if "تحرير" in t]


@pytest.mark.parametrize(("text", "ref"), [
    # a Saudi story: the Saudi daily, not the Syrian one the pack lists first
    ('عين الصحفي رئيسا لتحرير صحيفة "الوطن" في جدة بعد سنوات في صحيفة عكاظ، ثم عمل مستشارا للأمير تركي '
     'الفيصل في الرياض.', "alwatan-saudi"),
    # a Syrian story keeps the Syrian daily
    ('قالت صحيفة "الوطن" المقربة من الحكومة إن قوات النظام السوري دخلت بلدة دوما بعد خروج المسلحين.',
     "alwatan-syria"),
])
def test_a_shared_paper_name_is_the_paper_of_the_country_the_story_names(text: str, ref: str) -> None:
    assert mention_refs(text).get("الوطن") == ref
