"""Framing, round 22 (FR): the possessed occupation noun (احتلالها، احتلاله، احتلالهم) labels its possessor only when
the act's object follows it (the pronoun is otherwise the one occupied, or the noun a rank held), and an occupation
verb opening a relative clause with no subject after it has its antecedent for subject, never a state named later in
the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-06-10")


def occupation(text: str) -> list[str | None]:
    return [who for t, who in frames(text) if "حتل" in t]


@pytest.mark.parametrize(("text", "who"), [
    ("وتفرض إسرائيل قيودا على حركة السكان منذ احتلالها للضفة الغربية عام 1967.", "israel"),
    ("وقال الوزير البريطاني إن على روسيا أن تدفع ثمن احتلالها غير الشرعي لأوكرانيا.", "russia"),
    ("ودعا البيان إلى إنهاء تسلط الميليشيات الحوثية واحتلالها للعاصمة صنعاء.", "houthis"),
    ("وتتهم المعارضة الأحوازية إيران بتغيير هوية الإقليم منذ احتلالها إقليم الأحواز.", "iran"),
])
def test_possessed_occupation_with_its_object_labels_the_possessor(text: str, who: str) -> None:
    assert who in occupation(text)


@pytest.mark.parametrize("text", [
    # the pronoun is the place occupied, its occupier told after من قبل or not at all
    "وحذر مسؤولون أكراد من تهجير سكان عفرين واحتلالها من قبل تركيا والفصائل الموالية لها.",
    "وقال الرئيس التركي إن بلاده تريد تطهير منبج من الراغبين في احتلالها.",
    # a rank held, no occupation
    "وسجلت الإمارات أداء لافتا في التعليم مع احتلالها المرتبة الأولى بين دول الخليج.",
])
def test_possessed_occupation_with_no_object_names_no_occupier(text: str) -> None:
    assert [who for t, who in frames(text) if "احتلال" in t] == []


def test_relative_occupation_verb_takes_its_antecedent_not_a_later_state() -> None:
    text = "وانتقدت فرنسا تركيا التي تحتلها منذ سنوات، وقالت روسيا إنها لن تتدخل في الأمر."
    assert occupation(text) == ["turkey"]


def test_relative_occupation_verb_with_no_named_antecedent_names_no_later_state() -> None:
    text = ("كانت الجزيرة جزءا من الإمبراطورية اليابانية التي احتلتها منذ عام 1910، ثم دخلت الولايات المتحدة "
            "الحرب في المحيط الهادئ.")
    assert "usa" not in occupation(text)


def test_relative_occupation_verb_with_its_subject_after_it_keeps_that_subject() -> None:
    assert occupation("وانسحبت القوات الدولية من الهضبة التي تحتلها إسرائيل منذ عام 1967.") == ["israel"]


def separatists(text: str) -> list[str | None]:
    return [who for t, who in frames(text) if "انفصالي" in t]


@pytest.mark.parametrize(("text", "who"), [
    # the definite plural names its group by itself, though the group is named in another sentence
    ("تنشط جبهة البوليساريو في مخيمات تندوف منذ عقود. وهاجم الانفصاليون مواقع للجيش المغربي قرب الجدار.",
     "polisario"),
    ("ويتخذ الحزب الديمقراطي الكردستاني الإيراني من إقليم كردستان العراق مقرا له. وقالت طهران إن الانفصاليين "
     "نفذوا هجمات على حرس الحدود.", "kdpi"),
    ("وشنت الطائرات التركية غارات على مواقع حزب العمال الكردستاني في جبال قنديل. ويقول الجيش إن الانفصاليين "
     "الأكراد فقدوا عشرات المقاتلين.", "pkk"),
])
def test_definite_separatists_name_the_known_group_of_the_story(text: str, who: str) -> None:
    assert separatists(text) == [who]


@pytest.mark.parametrize("text", [
    ("وتقاتل قوات سوريا الديمقراطية تنظيم داعش شرقي الفرات. وكان المقاتلون الروس قد حاربوا إلى جانب "
     "الانفصاليين الأوكرانيين قبل وصولهم إلى سوريا."),
    ("وتدعم واشنطن قوات سوريا الديمقراطية في الرقة. وفرضت واشنطن عقوبات على موسكو لدعمها الانفصاليين الموالين "
     "لها في شرق أوكرانيا."),
    "وتقول الصين إنها تواجه خطر انفصاليين مسلمين في شينجيانغ، فيما تنفي وحدات حماية الشعب أي صلة بالمنطقة.",
])
def test_separatists_described_as_another_people_are_not_the_known_group(text: str) -> None:
    assert separatists(text) == []


@pytest.mark.parametrize("text", [
    # the army is named right before the fighting word, within the words that lead to the term
    ("وتقترب المدينة من التحرير بفضل معارك الجيش الليبي ضد الإرهابيين. وتقدم الجيش الليبي السريع لن يرضي "
     "الإرهابيين أنفسهم."),
    # who fights the extremists is not whom the article calls terrorists either
    ("وتقترب المدينة من التحرير بفضل معارك الجيش الليبي ضد المتطرفين. وتقدم الجيش الليبي السريع لن يرضي "
     "الإرهابيين أنفسهم."),
])
def test_an_army_shown_fighting_them_is_not_the_terrorists_elsewhere(text: str) -> None:
    assert "lna" not in [who for t, who in frames(text) if "رهابي" in t]


@pytest.mark.parametrize(("text", "who"), [
    ("ويرى محللون أن الانسحاب سيفتح الطريق أمام الميليشيات المدعومة من إيران، لاحتلال مناطق يتركها المقاتلون "
     "الأكراد.", "iran-backed-militias"),
    ("وتساءل الوزير اليمني عما إذا كان المجتمع الدولي يمنح الحوثيين فرصة للعودة لاحتلال اليمن من جديد.", "houthis"),
    ("وقال قيادي كردي إن تركيا تخطط لاحتلال منبج بعد أن سيطرت على عفرين.", "turkey"),
])
def test_purpose_occupation_of_a_place_labels_the_actor_told_of(text: str, who: str) -> None:
    assert who in occupation(text)


@pytest.mark.parametrize("text", [
    # the word of a body that recognises or condemns is its own, not its act
    "ولا تعترف الأمم المتحدة باحتلال القدس الشرقية وتعتبرها أرضا محتلة.",
    # a rank, no place
    "وتسعى الإمارات لاحتلال مراكز متقدمة في مؤشرات التنمية العالمية.",
])
def test_occupation_noun_with_no_purpose_place_names_no_doer_before(text: str) -> None:
    assert [who for t, who in frames(text) if t == "احتلال"] == []
