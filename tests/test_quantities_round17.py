"""Quantities, round 17: the accusative آلافاً/ألوفاً of the broken plural is the vague thousands as آلاف is;
a count of others after a word of company (مع، ومعه، برفقة) shares the fact a word earlier in its clause tells
of one person (قتل القيادي مع 6 آخرين). Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_accusative_thousands_before_min() -> None:
    assert quantities("خطفت العصابات آلافاً من النساء في الأرياف خلال الحرب.") == [(1000.0, "people")]
    assert quantities("هجّرت المعارك آلافا من المدنيين نحو الجبال.") == [(1000.0, "people")]


def test_accusative_thousands_of_a_force() -> None:
    assert quantities("جنّد التنظيم ألوفاً من المسلحين في معسكرات الصحراء.") == [(1000.0, "fighters")]


def test_others_killed_with_a_named_person() -> None:
    assert quantities("لقي الضابط مصرعه مع أربعة آخرين في كمين قرب الطريق.") == [(4.0, "people")]
    assert quantities("قتل المهرّب في اشتباك على الحدود مع 9 آخرين.") == [(9.0, "people")]


def test_others_arrested_with_a_named_person() -> None:
    assert quantities("اعتقلت المخابرات الصحفي ومعه ثلاثة آخرون في منزله.") == [(3.0, "people")]


def test_others_after_company_without_a_fact_count_nothing() -> None:
    assert quantities("سافر السفير مع ثلاثة آخرين إلى العاصمة.") == []


def test_others_after_a_fact_noun_with_a_pronoun() -> None:
    text = "وفي ريف المدينة الشرقي لقي المسؤول العسكري في الجماعة أبو خالد مصرعه مع 5 آخرين بقصف مدفعي."
    assert [q for q in quantities(text) if q[0] == 5.0] == [(5.0, "people")]
