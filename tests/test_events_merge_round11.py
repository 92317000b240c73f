"""The events stage on a happening named again by a definite general noun of one strike (event_cues recall_nouns,
recall_sentences): «الهجوم»، «الضربة»، «الغارة» a sentence or two after the strike was told, with nothing of its
own, is that strike, whatever word told it first; a noun with its own time, weapon or word of another stays
apart, and so does one after a campaign rather than a strike."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "regime", ["قوات النظام", "النظام"]),
    ("actor", "isis", ["داعش", "التنظيم"]),
    ("actor", "turkey", ["الجيش التركي"]),
    ("actor", "coalition", ["التحالف الدولي"]),
    ("place", "kafrzita", ["كفرزيتا"]),
    ("place", "lataminah", ["اللطامنة"]),
    ("place", "jinderes", ["جنديرس"]),
]


def attacks(text: str) -> list[dict]:
    return [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]


@pytest.mark.parametrize("text", [
    pytest.param("استهدف الجيش التركي بلدة جنديرس بالمدفعية مساء الثلاثاء. ونددت منظمات حقوقية محلية بالقصف "
                 "وطالبت بتحقيق مستقل.", id="verb_then_noun"),
    pytest.param("قصفت قوات النظام بلدة كفرزيتا بالبراميل المتفجرة. وقال ناشطون من البلدة إن الغارة دمرت "
                 "مدرسة ومنزلين.", id="other_noun_next_sentence"),
    pytest.param("هاجم مسلحو داعش حاجزا عسكريا قرب اللطامنة فجرا. ولم تعلق دمشق على الأمر. واستنكر نواب "
                 "في البرلمان الهجوم.", id="two_sentences_on"),
])
def test_a_definite_strike_noun_names_the_strike_told(text: str) -> None:
    assert len(attacks(text)) == 1


def test_a_weapon_of_its_own_keeps_another_happening() -> None:
    # the chemical attack named later is not the shelling told first
    evs = attacks("قصفت قوات النظام بلدة كفرزيتا بالمدفعية الثقيلة. وندد الأهالي بالهجوم الكيماوي.")
    assert len(evs) == 2


def test_a_strike_of_past_years_stays_apart() -> None:
    evs = attacks("قصفت قوات النظام بلدة كفرزيتا بالمدفعية الثقيلة. وذكّر الناشطون بالضربة التي شنها "
                  "التحالف الدولي خلال الأعوام الماضية.")
    assert len(evs) == 2


def test_a_campaign_is_no_strike_to_name_again() -> None:
    evs = attacks("يتركز دور التحالف الدولي في سوريا على قتال داعش. وأشار المتحدث إلى الضربة التي نفذت في "
                  "كفرزيتا.")
    assert len(evs) == 2


@pytest.mark.parametrize("text", [
    pytest.param("شنت طائرات التحالف الدولي غارات على مواقع داعش قرب اللطامنة. وقال مسؤول إن سفينتين حربيتين "
                 "شاركتا في الغارات على المنطقة.", id="plural_noun"),
    pytest.param("قصف الجيش التركي مواقع قرب جنديرس ليل الجمعة. ونشرت وزارة الدفاع صورا قالت إنها لتنفيذ "
                 "الضربة.", id="light_verb_carries_it"),
])
def test_the_strikes_named_again(text: str) -> None:
    assert len(attacks(text)) == 1


def test_a_count_of_strikes_is_no_recall() -> None:
    evs = attacks("هاجم مسلحو داعش حاجزا لقوات النظام قرب اللطامنة. ونفذ التنظيم عشرات الهجمات المعاكسة على "
                  "المنطقة.")
    assert len(evs) == 2


def test_an_hour_of_its_own_keeps_the_noun() -> None:
    evs = attacks("هاجم مسلحو داعش حاجزا لقوات النظام قرب اللطامنة. وبدأ الهجوم الساعة السابعة صباحا.")
    assert len(evs) == 2


def test_the_dead_named_as_known_are_those_told() -> None:
    evs = attacks("قال الجيش التركي إن 4 جنود قتلوا في اشتباكات قرب جنديرس. ووثق ناشطون مقتل الجنود خلال "
                  "هجوم مضاد شنه مسلحو داعش.")
    assert len(evs) == 1


def test_the_dead_with_no_killing_told_before_stay() -> None:
    evs = attacks("قصفت قوات النظام بلدة كفرزيتا. ووثق ناشطون مقتل الجنود خلال هجوم شنه مسلحو داعش.")
    assert len(evs) == 2


def test_a_party_named_elsewhere_in_the_recall_is_no_target() -> None:
    # قوات النظام is what the official speaks of, not what the shelling hit: the noun recalls the strike
    evs = attacks("استهدفت طائرات الجيش التركي مواقع لداعش قرب جنديرس. وقال مسؤول إن القصف يؤكد أن قوات النظام "
                  "عاجزة عن حماية المنطقة.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("turkey", "isis")]


def test_a_recall_lends_no_target_it_does_not_name() -> None:
    evs = attacks("استهدفت طائرات الجيش التركي قرية قرب جنديرس. وقال مسؤول إن القصف يؤكد أن قوات النظام عاجزة "
                  "عن حماية المنطقة.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("turkey", None)]


def test_a_target_of_its_own_keeps_another_strike() -> None:
    evs = attacks("استهدفت طائرات الجيش التركي مواقع لداعش قرب جنديرس. وأدان مسؤول القصف التركي على قوات "
                  "النظام.")
    assert len(evs) == 2


def test_a_toll_with_no_attack_word_is_the_attack_it_implies() -> None:
    evs = attacks("أعلنت وزارة الدفاع التركية مقتل 8 من جنودها قرب جنديرس.")
    assert [e["trigger"] for e in evs] == ["مقتل"]


@pytest.mark.parametrize("text", [
    pytest.param("أسفر القصف على كفرزيتا عن مقتل 12 مدنيا.", id="beside_an_attack_word"),
    pytest.param("وثق المرصد مقتل 5 عناصر من داعش في اشتباكات قرب اللطامنة.", id="beside_clashes"),
])
def test_a_toll_beside_an_attack_word_is_its_outcome(text: str) -> None:
    assert len(attacks(text)) == 1


@pytest.mark.parametrize("text", [
    pytest.param("أحيا الأهالي في جنديرس ذكرى مقتل 6 مدنيين قبل سنوات.", id="remembrance"),
    pytest.param("أدانت المحكمة المتهمين بمقتل 3 أشخاص في كفرزيتا.", id="charge"),
    pytest.param("أعلنت الوزارة مقتل الرئيس السابق للبلدية.", id="no_count_of_the_dead"),
])
def test_a_death_that_tells_no_attack(text: str) -> None:
    assert attacks(text) == []
