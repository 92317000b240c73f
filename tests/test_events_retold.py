"""The events stage on one happening told again (event_cues.json incident_marks, result_verbs): a later telling
that singles the happening out as the first did (its weapon, a massacre, its place in construct), or a definite
event noun whose outcome is told (أسفرت الغارات عن), is that happening, not a new one; a telling that calls
itself another stays apart."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "regime", ["قوات النظام", "النظام"]),
    ("actor", "isis", ["داعش", "التنظيم"]),
    ("actor", "coalition", ["التحالف الدولي"]),
    ("actor", "russia", ["روسية"]),
    ("actor", "hts", ["هيئة تحرير الشام"]),
    ("actor", "ahrar", ["أحرار الشام"]),
    ("place", "kafrzita", ["كفرزيتا"]),
    ("place", "lataminah", ["اللطامنة"]),
    ("place", "hajin", ["هجين"]),
    ("place", "salhiya", ["الصالحية"]),
]


def attacks(text: str) -> list[dict]:
    return [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]


@pytest.mark.parametrize("text", [
    pytest.param("شنت قوات النظام هجوما كيماويا على بلدة كفرزيتا مساء الخميس. وقال مسعفون إن عشرات المدنيين "
                 "أصيبوا بالاختناق في قصف بغاز الكلور على البلدة.", id="weapon_told_again"),
    pytest.param("هاجم مسلحو داعش قرية الصالحية قبل الفجر. وقال أحد السكان إن هجوم الصالحية استمر ساعتين كاملتين.",
                 id="named_by_its_place"),
    pytest.param("شنت طائرات روسية غارات على مقرات لهيئة تحرير الشام في بلدة كفرزيتا. وأسفرت الغارات عن مقتل "
                 "عنصر من أحرار الشام وجرح آخرين.", id="outcome_of_the_strikes"),
])
def test_a_retelling_is_one_event(text: str) -> None:
    assert len(attacks(text)) == 1


def test_another_chemical_attack_stays_apart() -> None:
    evs = attacks("شنت قوات النظام هجوما كيماويا على بلدة كفرزيتا. وبعد أسبوع شن النظام هجوما كيماويا جديدا "
                  "على بلدة اللطامنة.")
    assert len(evs) == 2


def test_what_a_chemical_attack_struck_is_no_mark() -> None:
    # the second strike targets chemical plants: it is not the chemical attack told again
    evs = attacks("شنت قوات النظام هجوما كيماويا على بلدة كفرزيتا. وقال التحالف الدولي إن ضرباته استهدفت "
                  "المنشآت الكيماوية التابعة للنظام.")
    assert len(evs) == 2
