"""Round 15 event roles: a retelling keeps lending the parties of the attack it retells. A bare another-word
that is the adjective of a discourse or manner noun (من جهة أخرى، طابعا جديدا) says nothing of the happening,
so the retelling is not taken for an attack of its own with a target lost. A blast names what went off, not
who set it off, so it borrows no doer; Boko Haram written as one word is that group."""

from __future__ import annotations

import pytest

from tests.conftest import event_roles

FIRST = "شن تنظيم داعش هجمات على مواقع قوات سوريا الديمقراطية في ريف دير الزور الشرقي. "


@pytest.mark.parametrize("second", [
    "وقالت مصادر إن الهجمات التي شنها التنظيم مؤخرا حملت طابعا جديدا من حيث التخطيط.",
    "ومن جهة أخرى قالت مصادر إن الهجمات التي شنها التنظيم أوقعت قتلى.",
    "وكشف مسؤول تفاصيل جديدة عن الهجمات التي نفذها التنظيم.",
])
def test_another_word_of_a_discourse_noun_keeps_the_retelling(second: str) -> None:
    assert event_roles(FIRST + second) == [("هجمات", "isis", "sdf")]


def test_an_attack_called_new_is_still_another() -> None:
    roles = event_roles(FIRST + "وقالت مصادر إن التنظيم شن هجمات جديدة على مواقع القوات.")
    assert len(roles) == 2


# --- a blast names what went off, not who set it off -------------------------------------------------------


@pytest.mark.parametrize("second", [
    "وقال شهود إن انفجارا كبيرا وقع قرب كنيسة في وسط المدينة.",
    "وأفادت مصادر محلية بسماع دوي انفجارين في حي سكني.",
])
def test_a_bare_blast_borrows_no_doer(second: str) -> None:
    first = "أعلنت الشرطة الإندونيسية اعتقال ثلاثة مشتبه بهم في مدينة سورابايا. "
    blasts = [r for r in event_roles(first + second) if "انفجار" in r[0]]
    assert blasts and blasts[-1][1] is None


def test_a_blast_whose_clause_names_its_doer_keeps_it() -> None:
    text = "وقالت الشرطة إن انفجارا نفذه تنظيم داعش استهدف مركزا للناخبين في كابل."
    assert any(r[1] == "isis" for r in event_roles(text))


def test_boko_haram_written_as_one_word_is_the_doer() -> None:
    text = "قالت وزارة الدفاع إن موقعا عسكريا في جنوب شرق البلاد تعرض لهجوم من قبل جماعة بوكوحرام."
    assert event_roles(text) == [("هجوم", "boko-haram", None)]


# --- who fired the weapon that did the harm did it ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "قتل خمسة مدنيين جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي على سوق شعبي في تعز.",
    "قتل طفلان بصاروخ كاتيوشا أطلقته ميليشيا الحوثي على قرية في محافظة الجوف.",
])
def test_the_launcher_of_the_killing_weapon_is_the_doer(text: str) -> None:
    assert event_roles(text)[0][1] == "houthis"


def test_a_launcher_far_from_its_weapon_is_not_read() -> None:
    # the launching verb has no weapon noun before it: the party after it fired something else
    text = "قتل خمسة مدنيين في سوق شعبي في تعز، بعد أيام من حملة أطلقتها ميليشيا الحوثي."
    assert event_roles(text)[0][1] is None
