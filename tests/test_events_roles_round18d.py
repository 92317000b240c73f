"""Round 18d: an indefinite accusative people word right after «قتل + noun + nisba» (قتل جندي إسرائيلي فلسطينيا)
makes the killing active, the adjective's state its doer (event_cues 170); a bridge destroyed by strikes is an
attack as a depot is (triggers 66)."""

from tests.conftest import event_parties


def test_soldier_with_an_accusative_victim_after_him_is_the_doer() -> None:
    got = event_parties("قتل جندي إسرائيلي شابا فلسطينيا بالرصاص عند حاجز قرب نابلس صباح اليوم.")
    assert ("ATTACK", "Israel", None) in got
    assert all(a2 != "Israel" for _t, _a1, a2 in got)


def test_plural_soldiers_with_a_nisba_accusative_are_the_doers() -> None:
    got = event_parties("قتل جنود إسرائيليون فلسطينيين اثنين خلال اقتحام مخيم جنين فجر الثلاثاء.")
    assert any(a1 == "Israel" for _t, a1, _a2 in got)
    assert all(a2 != "Israel" for _t, _a1, a2 in got)


def test_soldier_killed_with_no_object_stays_the_victim() -> None:
    got = event_parties("قتل جندي تركي في هجوم بقذائف الهاون على نقطة مراقبة في ريف إدلب.")
    assert any(a2 == "Turkey" for _t, _a1, a2 in got)
    assert all(a1 != "Turkey" for _t, a1, _a2 in got)


def test_a_civilian_joined_by_wa_is_killed_beside_the_soldier_not_his_victim() -> None:
    got = event_parties("قتل جندي تركي ومدني سوري بانفجار عبوة ناسفة قرب مدينة الباب.")
    assert all(a1 != "Turkey" for _t, a1, _a2 in got)


def test_bridge_destroyed_by_coalition_jets_is_an_attack() -> None:
    got = event_parties("دمرت مقاتلات التحالف الدولي جسرا على نهر الفرات قرب مدينة الرقة.")
    assert any(t == "ATTACK" and a1 == "Global Coalition against ISIS (US-led)" for t, a1, _a2 in got)


def test_bridges_destroyed_by_russian_planes_are_an_attack() -> None:
    got = event_parties("دمرت الطائرات الروسية الجسور الرئيسية في مدينة دير الزور.")
    assert any(t == "ATTACK" for t, _a1, _a2 in got)
