"""Framing, round 15b: a counted extremism word in a later paragraph names the only jihadist group the article
names; armed groups of Asia, Africa and Latin America the packs lacked keep their labels. Sentences written for
these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_counted_extremism_word_in_a_later_paragraph_names_the_only_jihadist_group() -> None:
    # named once, a paragraph back: still the story's jihadist group when it is the only one the article names
    got = frames("وقال المرصد إن تنظيم داعش شن هجوما على مواقع في البادية.\n"
                 "وتخوض قوات النظام معارك عنيفة في المنطقة منذ أسابيع.\n"
                 "ويقدر عدد المحاصرين في الجيب بنحو ألفي متشدد.")
    assert ("متشدد", "isis") in got


def test_a_counted_extremism_word_with_two_jihadist_groups_named_once_far_back_names_no_one() -> None:
    got = frames("وقال المرصد إن تنظيم داعش وهيئة تحرير الشام تبادلا الاتهامات.\n"
                 "وتخوض قوات النظام معارك عنيفة في المنطقة منذ أسابيع.\n"
                 "ويقدر عدد المحاصرين في الجيب بنحو ألفي متشدد.")
    assert not [p for p in got if p[0] == "متشدد"]


def test_armed_groups_the_packs_lacked_keep_their_labels() -> None:
    assert ("الإرهابية", "abu-sayyaf") in frames("وقتل جنديان في هجوم شنته جماعة أبو سياف الإرهابية في جزيرة جولو.")
    assert ("المتشددة", "jnim") in frames(
        "وتبنت جماعة نصرة الإسلام والمسلمين المتشددة الهجوم على قاعدة للجيش المالي قرب تمبكتو.")
    assert ("الإرهابي", "lashkar-e-taiba") in frames("واتهمت نيودلهي تنظيم عسكر طيبة الإرهابي بالوقوف وراء الهجوم.")
    assert ("المتمرد", "arakan-army") in frames("واشتبك الجيش البورمي مع جيش أراكان المتمرد في ولاية راخين.")


def test_a_counted_extremism_word_names_a_sahel_jihadist_group_named_earlier() -> None:
    got = frames("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.\n"
                 "وقال الجيش المالي إن عملياته في الشمال مستمرة.\n"
                 "وأضاف أنه قتل 15 متشددا في غارات جوية.")
    assert ("متشددا", "jnim") in got


def test_a_libyan_national_liberation_army_is_not_colombias() -> None:
    got = frames("وقال رئيس أركان جيش التحرير الوطني الليبي في طرابلس إن المتمردين في بنغازي انسحبوا.")
    assert not [p for p in got if p[1] == "eln-colombia"]


def test_a_plural_group_word_in_a_later_paragraph_does_not_reach_the_group_named_far_back() -> None:
    got = frames("وقال المرصد إن حركة أحرار الشام رحبت بالاتفاق.\n"
                 "وتخوض قوات النظام معارك عنيفة في المنطقة منذ أسابيع.\n"
                 "وينص الاتفاق على انسحاب الفصائل المتشددة من المنطقة العازلة.")
    assert not [p for p in got if p[1] == "ahrar-al-sham"]


def test_the_philippine_groups_keep_their_own_epithets() -> None:
    got = frames("وقال الجيش إن حركة أبو سياف خطفت بحارة. واشتبك الجنود مع حركة تحرير بانغسا مورو المتشددة في القرية.")
    assert ("المتشددة", "biff") in got and ("المتشددة", "abu-sayyaf") not in got


def test_an_occupation_word_said_of_a_states_presence_labels_that_state() -> None:
    # the predicate of a nominal sentence, the second object of a verb of deeming, the word after بأنه
    assert ("احتلالا", "usa") in frames("وتعتبر الحكومة السورية الوجود العسكري الأمريكي احتلالا لأراضيها.")
    assert ("احتلال", "turkey") in frames("وقال الوزير إن التواجد التركي احتلال يجب أن ينتهي.")
    assert ("احتلال", "russia") in frames("ووصف المعارض البارز التدخل الروسي بأنه احتلال.")


def test_an_occupation_word_after_a_nisba_of_no_act_or_with_no_verb_of_describing_labels_no_one() -> None:
    assert not [p for p in frames("وقال الجندي الأمريكي إن ما جرى احتلال.") if p[1] == "usa"]
    assert not [p for p in frames("والتقى الوزير الأمريكي نظيره التركي بعد أيام، وقال إنه احتلال.")
                if p[1] in ("usa", "turkey")]
