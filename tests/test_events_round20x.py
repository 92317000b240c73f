"""Round 20x: a wounding by fire (أصيب/إصابة … برصاص، بنيران، بشظايا، بقذيفة) is the attack it tells."""

from __future__ import annotations

from tests.conftest import event_roles, event_types


def test_wounded_by_fire_is_an_attack_by_the_owner_of_the_fire() -> None:
    roles = event_roles("أصيب شاب فلسطيني برصاص الجيش الإسرائيلي شرق مدينة خان يونس.")
    assert [(t, a1) for t, a1, _a2 in roles] == [("أصيب", "idf")]


def test_wound_masdar_with_sniper_fire_is_an_attack() -> None:
    assert event_types("أفادت مصادر طبية بإصابة أربعة مدنيين بنيران قناص في حي الروضة بمدينة تعز.") == ["ATTACK"]


def test_wounded_by_shrapnel_is_an_attack() -> None:
    assert event_types("أصيبت امرأتان بشظايا قذيفة سقطت قرب سوق البلدة صباح الأحد.") == ["ATTACK"]


def test_wound_without_fire_is_no_event() -> None:
    assert event_types("أصيب وزير المالية بوعكة صحية مفاجئة أثناء الاجتماع.") == []
    assert event_types("أصيب لاعب المنتخب في ركبته خلال مباراة الأمس.") == []


def test_wound_beside_a_killing_gives_one_attack_told_by_the_killing() -> None:
    roles = event_roles("قتل شابان وأصيب أكثر من خمسين آخرين برصاص الجيش الإسرائيلي قرب السياج شرق غزة.")
    assert [(t, a1) for t, a1, _a2 in roles] == [("قتل", "idf")]


def test_wound_masdar_beside_a_death_noun_leaves_the_doer_after_the_fire() -> None:
    roles = event_roles("أعلنت وزارة الصحة مقتل فلسطينيين اثنين وإصابة ثلاثين آخرين برصاص الجيش الإسرائيلي.")
    assert [(t, a1) for t, a1, _a2 in roles] == [("مقتل", "idf")]
