"""Framing: a designation verb with its object as a pronoun before بأنه, a teller's own party named only inside the
source's words, a term opening a clause after أن, Israel's usual enemies, a party counted among those a term names
(وغيرهم من), a term whose people belong to a party a loaded name names (من نظام الملالي), a description by ب of a
state's act (وصفتها بالعدوان), a militia term whose genitive says whose it is (ميليشيا القرى), a demonstrative
militia term whose group was named further back, and conspiracies as acts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_pronoun_verb_before_that_pronoun_designates_the_antecedent() -> None:
    # تصنفه carries its object; واشنطن between the verb and بأنه is the subject, not the one designated (the
    # opinion verb ويعتبر further back is no designation of the name before بأنه)
    got = frames('ويعتبر حزب الله، الذي تصنفه واشنطن بأنه "منظمة إرهابية"، أقوى قوة مسلحة في لبنان.')
    assert got == [("منظمة إرهابية", "hezbollah")]


def test_verb_with_named_object_before_that_pronoun_still_designates_it() -> None:
    got = frames('ووصف الرئيس التركي رجب طيب أردوغان وحدات حماية الشعب بأنها "منظمة إرهابية".')
    assert got == [("منظمة إرهابية", "ypg")]


def test_teller_named_inside_source_words_is_never_the_terrorists() -> None:
    # the source span holds the commander's name without the claims stage tying it; his army is his own side
    got = frames('أعلن الجيش الوطني الليبي أن قواته تتقدم في الجبل الأخضر. وأعلن المشير الليبي خليفة حفتر في '
                 'كلمة مساء الأحد "تحرير" بلدة الخروبة من "الإرهابيين" بعد أسابيع من القتال.')
    assert ("الإرهابيين", "lna") not in got


def test_term_after_complementizer_is_not_the_object_of_the_fight_before() -> None:
    # the attackers named before the fighting words are the ones the clause after أن speaks of
    got = frames('قال المرصد إن تنظيم داعش هاجم مواقع للجيش قرب السخنة.\nوأوضح مدير المرصد أن "عناصر التنظيم '
                 'شنوا هجوما فجر اليوم على مواقع للقوات الحكومية قبل أن تندلع اشتباكات عنيفة"، مشيرا إلى أن '
                 'المتطرفين تسللوا من البادية.')
    assert ("المتطرفين", "isis") in got


def test_term_right_after_fighting_word_still_skips_the_fighter() -> None:
    got = frames("وقال قائد ميداني إن قوات سوريا الديمقراطية تواصل طرد المتطرفين من القرى الشرقية.")
    assert ("المتطرفين", "sdf") not in got


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الجيش الإسرائيلي إن المتشددين أطلقوا قذائف على البلدات المحاذية لقطاع غزة الذي تحكمه حركة "
    "حماس.",
    "وقالت الحكومة الإسرائيلية إن إرهابيين حاولوا عبور السياج من قطاع غزة. وتحكم حركة حماس القطاع منذ سنوات.",
])
def test_israel_usual_enemy_is_hamas(text: str) -> None:
    got = frames(text)
    assert [t for _term, t in got] == ["hamas"]


def test_party_counted_among_extremists() -> None:
    got = frames("وتتهم الدول الأربع الدوحة بدعم جماعة الإخوان المسلمين وغيرهم من المتطرفين في المنطقة.")
    assert ("المتطرفين", "muslim-brotherhood") in got


def test_terrorists_of_a_regime_a_loaded_name_names() -> None:
    got = frames('وقالت المعارضة الإيرانية في بيان إن "الإرهابيين من نظام الملالي خططوا لتفجير مؤتمرنا في باريس".')
    assert ("الإرهابيين", "iran") in got


@pytest.mark.parametrize(("text", "ref"), [
    ('ونددت دمشق بالغارات الإسرائيلية على ريف حماة، ووصفتها بـ"العدوان".', "israel"),
    ("وزراء خارجية روسيا وسوريا وإيران يصفون القصف الأمريكي على مطار الشعيرات بالعدوان.", "usa"),
    ("وأدانت الخارجية السورية الضربة التركية على منبج واصفة إياها بالعدوان السافر.", "turkey"),
])
def test_description_by_bi_of_a_states_act(text: str, ref: str) -> None:
    assert ("العدوان", ref) in frames(text)


def test_description_without_a_states_act_names_no_one() -> None:
    # the only nisba is the speaker's: no act of a state is described
    assert frames("ووصف وزير الخارجية الإيراني الضربات بالعدوان على سوريا.") == []


def test_militia_of_the_villages_is_not_the_speakers_enemy() -> None:
    got = frames("قالت وكالة أنباء الأناضول إن جنديين واثنين من ميليشيا القرى أصيبوا في هجوم لحزب العمال الكردستاني.")
    assert ("ميليشيا", "pkk") not in got


def test_demonstrative_militia_refers_to_the_one_group_named_further_back() -> None:
    got = frames("هاجم الحوثيون ناقلة نفط في البحر الأحمر صباح الأربعاء. وأعلنت الشركة وقف شحناتها عبر المضيق. "
                 "وقالت الشركة إن طاقم الناقلة بخير. وأكد مسؤول في الشركة أن الأضرار طفيفة. وقال المتحدث باسم "
                 'التحالف إن "استمرار هذه الهجمات يثبت خطر هذه الميليشيا على الملاحة الدولية".')
    assert ("الميليشيا", "houthis") in got


def test_terrorist_conspiracy_is_an_act() -> None:
    got = frames("وقال الادعاء البلجيكي إن دبلوماسيا اعتقل بتهمة التخطيط لمؤامرة إرهابية ضد تجمع لمنظمة مجاهدي خلق "
                 "في فرنسا.")
    assert ("إرهابية", "mek") not in got


@pytest.mark.parametrize(("text", "term"), [
    # names the packs know: the test is of the term's target, not of the recogniser
    ("وأعلن تنظيم داعش مقتل الجهادي السوري أبو محمد العدناني في غارة قرب الباب.", "الجهادي"),
    ("وكان تنظيم داعش قد تبنى هجوم برلين الذي نفذه المتطرف التونسي أنيس العمري قبل فراره إلى إيطاليا.", "المتطرف"),
])
def test_jihadist_before_a_nisba_and_a_person_labels_the_person(text: str, term: str) -> None:
    got = frames(text)
    assert [(t, ref) for t, ref in got if t == term] and all(ref != "isis" for t, ref in got if t == term)


def test_far_right_before_a_person_stays_unlabelled() -> None:
    assert frames("وقالت زعيمة اليمين المتطرف الفرنسي مارين لوبان إن حزبها سيغير اسمه.") == []


def test_activity_of_terrorist_groups_is_generic() -> None:
    got = frames("وقال فريق أممي يرصد نشاط الجماعات الإرهابية إن قياديا في تنظيم القاعدة قتل في اليمن.")
    assert ("الجماعات الإرهابية", "al-qaeda") not in got
