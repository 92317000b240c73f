"""Framing, round 21 (FR): a describing verb carrying its object as a masculine singular pronoun (ووصفه بالإرهابي)
labels the man named right before it, not the group or state named earlier, unless a noun of an act stands between
(the attack he called terrorist); the Iranian opposition's own terrorism words (the NCRI's and the MEK's statements)
mean the Islamic Republic, never the opposition itself. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize(("text", "who"), [
    ("وهاجم الرئيس التركي رجب طيب أردوغان في خطاب أمام البرلمان الرئيس السوري بشار الأسد ووصفه بالإرهابي.",
     "bashar-al-assad"),
    ("وردت وزارة الخارجية السورية على تصريحات أردوغان ووصفته بالإرهابي الذي يرعى الفصائل المسلحة.",
     "erdogan"),
    ("وانتقد مسؤولون أتراك الزعيم الكردي صلاح الدين دميرتاش أمس ووصفه أردوغان بالإرهابي في كلمة متلفزة.",
     "selahattin-demirtas"),
])
def test_a_man_named_before_a_describing_verb_is_its_pronoun_object(text: str, who: str) -> None:
    assert ("الإرهابي", who) in frames(text)


def test_the_man_is_preferred_to_the_group_whose_leader_he_is() -> None:
    got = frames("وانتقد المتحدث الإيراني زعيم حزب العمال الكردستاني عبد الله أوجلان ووصفه بالإرهابي.")
    assert ("الإرهابي", "abdullah-ocalan") in got
    assert ("الإرهابي", "pkk") not in got


@pytest.mark.parametrize("text", [
    "وندد الرئيس الفرنسي إيمانويل ماكرون بالتفجير ووصفه بالإرهابي.",
    "وزار رئيس الوزراء البريطاني بوريس جونسون مكان الاعتداء ووصفه بالإرهابي الجبان.",
])
def test_an_act_between_the_man_and_the_verb_is_what_the_pronoun_means(text: str) -> None:
    assert [who for t, who in frames(text) if "إرهاب" in t] == []


def test_what_a_man_called_is_no_label_on_him() -> None:
    got = frames('وتعهد الرئيس السوري بشار الأسد بما وصفه بسحق "الإرهاب" المدعوم من الخارج.')
    assert [t for t, who in got if who == "bashar-al-assad"] == []


@pytest.mark.parametrize("text", [
    'وقال المجلس الوطني للمقاومة الإيرانية، الذي تنتمي إليه منظمة مجاهدي خلق، في بيان إن "الإرهابيين الذين أرسلتهم '
    'طهران إلى ألبانيا اعتقلوا".',
    'وقالت منظمة مجاهدي خلق في بيان إن "الإرهابيين الذين أرسلتهم إيران حاولوا تفجير مقرنا في باريس".',
])
def test_the_iranian_oppositions_terrorists_are_the_regimes_men(text: str) -> None:
    got = frames(text)
    assert ("الإرهابيين", "iran") in got
    assert [t for t, who in got if who in ("mek", "ncri")] == []


def test_the_opposition_still_labels_a_group_it_names() -> None:
    got = frames("وقالت منظمة مجاهدي خلق إن مسلحين من تنظيم داعش الإرهابي هاجموا معسكرا على الحدود العراقية.")
    assert ("الإرهابي", "isis") in got


def test_a_term_inside_the_label_is_not_the_mans() -> None:
    got = frames('وأعلن الجيش مقتل المسلح خالد المنصوري، الذي وصفه بـ"أمير التنظيم الإرهابي" في المنطقة.')
    assert [t for t, who in got if who and "منصوري" in who] == []


@pytest.mark.parametrize(("text", "term", "who"), [
    ("واندلعت اشتباكات في عدن بين القوات الحكومية والمجلس الانتقالي الجنوبي، وقال وزير إن انفصاليين اقتحموا "
     "مقر البنك المركزي.", "انفصاليين", "stc"),
    ("وسيطر انفصاليون جنوبيون على معظم أحياء عدن، فيما دعا المجلس الانتقالي الجنوبي أنصاره إلى التظاهر.",
     "انفصاليون", "stc"),
    ("وأعلنت وزارة الدفاع التركية أن انفصاليين من حزب العمال الكردستاني استهدفوا مخفرا حدوديا.", "انفصاليين",
     "pkk"),
])
def test_separatists_name_the_separatist_party_the_article_names(text: str, term: str, who: str) -> None:
    assert (term, who) in frames(text)


def test_separatists_with_no_known_party_named_stay_unlabelled() -> None:
    assert frames("وقتل الجيش الأوكراني خمسة انفصاليين في شرق البلاد خلال الليل.") == []


# Round 21 FR follow-up: a label a teller gives to what a relative ما stands for (ضد ما وصفه بالمنظمات الإرهابية)
# is the unnamed thing's, never the teller's party.
@pytest.mark.parametrize("text", [
    "وقال الرئيس التركي رجب طيب أردوغان أمام أنصار حزب العدالة والتنمية إن بلاده ستتحرك بحزم ضد ما وصفه بالمنظمات "
    "الإرهابية.",
    "وتعهد رئيس الوزراء العراقي في مؤتمر لحزب الدعوة بملاحقة ما وصفه بـ\"الجماعات الإرهابية\" حتى آخر معاقلها.",
])
def test_what_a_teller_calls_terrorist_is_not_his_party(text: str) -> None:
    assert [who for t, who in frames(text) if "إرهاب" in t] == []


def test_an_aggression_word_after_what_keeps_its_nisba_state() -> None:
    got = frames("ودفعت الحكومة السورية بقوات إلى الحدود لمواجهة ما وصفته بـ\"العدوان\" التركي على المنطقة.")
    assert ("العدوان", "turkey") in got


def test_a_term_that_is_the_callers_own_name_keeps_its_group() -> None:
    # لما يسميه المتمردون: the rebels are the ones who call, the term no label given by ب
    got = frames("وأصدرت الميليشيات المتمردة في الحديدة تعميما يحشد لما يسميه المتمردون مسيرة البنادق.")
    assert ("المتمردون", "houthis") in got
