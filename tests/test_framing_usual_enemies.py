"""Framing: the usual enemies of Damascus (Assad era), Moscow and Tehran and of the Yemeni government's side, the
state outlets that speak for a party, and how a party's enemies named in the article are told apart (the term's
sentence, then how often, then how near). Whole pipeline: the rules read the claims and entity stages' output."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize("text", [
    # a Russian minister on Ghouta: the faction the article names, not the Kurdish group the story is also about
    "واصل الجيش التركي عملياته ضد حزب العمال الكردستاني قرب الحدود، وقال مسؤول إن حزب العمال الكردستاني خسر "
    "مواقع كثيرة. وفي ريف دمشق، قال وزير الدفاع الروسي سيرغي شويغو إن معظم البلدات تم تحريرها من الإرهابيين. "
    "وكان فيلق الرحمن يسيطر على البلدات قبل الهجوم.",
    # Iran's foreign ministry spokesman on Idlib
    "قال المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي إن بلاده ستساعد دمشق على طرد الإرهابيين من آخر "
    "معاقلهم في الشمال. وتسيطر فصائل المعارضة المسلحة على أجزاء واسعة من المحافظة.",
])
def test_assad_axis_terrorists_are_the_armed_opposition(text: str) -> None:
    got = frames(text)
    assert [t for term, t in got if term == "الإرهابيين"] in (["faylaq-al-rahman"], ["syr-opposition-factions"])


def test_assad_axis_terrorists_never_its_allies() -> None:
    # the militias fighting beside the army are the sentence's nearest group, never what Damascus calls terrorists
    got = frames("تقدمت القوات الرديفة مع الجيش السوري في ريف حماة. وقال بيان للقيادة العامة للجيش إن وحداتها "
                 "قضت على عشرات الإرهابيين في المنطقة بعد معارك مع هيئة تحرير الشام.")
    assert ("الإرهابيين", "pro-regime-militias") not in got


def test_state_outlet_speaks_for_its_government_in_its_time() -> None:
    # the story's most named group is the PKK; SANA's terrorists in Daraa are the opposition named after them
    text = ("قصفت المدفعية التركية مواقع حزب العمال الكردستاني. واتهمت أنقرة حزب العمال الكردستاني بهجمات جديدة. "
            "وذكرت وكالة سانا أن وحدات الجيش دمرت أوكار الإرهابيين في ريف درعا. وكانت فصائل المعارضة المسلحة "
            "تسيطر على البلدة.")
    assert ("الإرهابيين", "syr-opposition-factions") in frames(text, "2018-06-25")
    # the same agency after December 2024 speaks for another government: not the Assad-era enemy list
    assert ("الإرهابيين", "syr-opposition-factions") not in frames(text, "2025-03-01")


def test_party_named_before_and_is_set_apart() -> None:
    # لافروف: بين المعارضة و"الإرهابيين" - the opposition is the other party, the terrorists are the jihadists
    got = frames("قال وزير الخارجية الروسي سيرغي لافروف إن على أنقرة التمييز بين المعارضة المسلحة و\"الإرهابيين\" "
                 "في إدلب. وتسيطر هيئة تحرير الشام على معظم المحافظة، وقالت هيئة تحرير الشام إنها لن تنسحب.")
    assert ("الإرهابيين", "syr-opposition-factions") not in got


def test_act_word_takes_no_usual_enemy() -> None:
    # هجوم إرهابي in a Tehran statement describes an attack, it labels no group
    got = frames("قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تسكت عن أي هجوم إرهابي جديد. وكان تنظيم "
                 "داعش قد تبنى هجوما سابقا، وقال تنظيم داعش إنه سيواصل.")
    assert got == []


def test_name_beside_the_term_stays_even_an_ally() -> None:
    # a claim given to Iran that names Hezbollah right before the word is another voice's label: kept
    got = frames("وقالت إيران في بيان: \"إن حزب الله الإرهابي لا يمثلنا\"، بحسب وكالة محلية.")
    assert ("الإرهابي", "hezbollah") in got


def test_tie_is_broken_by_the_terms_sentence() -> None:
    # PKK and SDF named as often: the one named in the term's sentence, not the pack's order
    got = frames("قصفت المدفعية التركية مواقع حزب العمال الكردستاني شمالي العراق. وقالت قوات سوريا الديمقراطية إن "
                 "القصف طال قرى حدودية. وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تسمح بممر إرهابي على حدودها "
                 "في إشارة إلى قوات سوريا الديمقراطية، كما قصفت المدفعية حزب العمال الكردستاني مجددا.")
    assert ("إرهابي", "sdf") in got


def test_tie_is_broken_by_distance() -> None:
    # neither in the sentence, both named twice: the one named nearer the term
    got = frames("قال مسؤولون أتراك إن حزب العمال الكردستاني يسيطر على الجبال. ويتهم الأتراك حزب العمال الكردستاني "
                 "بشن هجمات. وتحالفت وحدات حماية الشعب مع واشنطن. وتنفي وحدات حماية الشعب الاتهامات. وقالت وزارة "
                 "الدفاع التركية إن قواتها حيدت الإرهابيين في عمليات جديدة.")
    assert ("الإرهابيين", "ypg") in got and ("الإرهابيين", "pkk") not in got


def test_coalition_militia_is_the_houthis() -> None:
    # a bare الميليشيا in the coalition spokesman's words: the Houthis the article names, not the placeholder
    got = frames("اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون باتجاه جازان. وقال المتحدث باسم التحالف "
                 "العقيد الركن تركي المالكي إن الميليشيا تعمدت استهداف الأحياء السكنية.")
    assert ("الميليشيا", "militias-unspecified") not in got
