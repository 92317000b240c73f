"""Round 19c: leaders and figures as counted nouns (numbers pack 36: units.people + قيادي/قادة/قيادات/شخصية,
dual_nouns, leader_nouns)."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_leaders_of_an_armed_party_killed_are_fighters() -> None:
    assert (6.0, "fighters") in _q("قتل ستة قيادات حوثية بضربة جوية قرب الحديدة.")
    assert (30.0, "fighters") in _q("أعلنت القوات مقتل 30 شخصية حوثية في المواجهات.")


def test_dual_leaders_with_party_nisba() -> None:
    assert (2.0, "fighters") in _q("لقي قياديان داعشيان مصرعهما بانفجار عبوة في الموصل.")


def test_leaders_of_a_party_arrested_stay_people() -> None:
    assert (7.0, "people") in _q("اعتقلت السلطات سبعة قادة من حزب معارض في العاصمة.")
    assert (2.0, "people") in _q("اغتيل قياديان في حزب سياسي وسط المدينة.")


def test_figures_counted_are_people() -> None:
    assert (25.0, "people") in _q("وقع 25 شخصية عامة على بيان يطالب بوقف الحرب.")


def test_leaders_and_fighters_together_are_fighters() -> None:
    assert (40.0, "fighters") in _q("قتل أكثر من 40 قيادياً وعنصراً من الجماعة في الغارة.")


def test_leaders_among_fighters_told_before() -> None:
    got = _q("سقط قتلى من المسلحين في الاشتباك، بينهم ثلاثة من القادة.")
    assert (3.0, "fighters") in got


def test_leaders_of_a_force_after_them() -> None:
    assert (4.0, "fighters") in _q("قتل الجيش أربعة قياديين في تنظيم إرهابي خلال العملية.")


def test_number_after_a_genitive_of_states_counts_no_leaders() -> None:
    assert not any(u == "people" for _v, u in _q("واجتمع قادة الدول الخمس في القمة أمس."))
    assert (4.0, "fighters") in _q("قتل عناصر الدورية الأربعة في الكمين.")
