"""Round 18c: the party named as subject (or agent) of a relative verb whose pronoun points back to a struck
holding («مواقع تديرها X»، «المخازن التي يستخدمها X»، «مواقع يتم تشغيلها من قبل X») owns what was hit: it is
the target (actor2), never the doer."""

from tests.conftest import event_parties


def test_agent_of_a_passive_masdar_over_the_struck_sites_is_the_target() -> None:
    got = event_parties("قصفت طائرات إسرائيلية مواقع يتم تشغيلها من قبل حزب الله في جنوب لبنان.")
    assert ("ATTACK", "Israel", "Hezbollah") in got


def test_subject_of_a_relative_clause_after_a_definite_holding_is_the_target() -> None:
    got = event_parties("دمرت الطائرات الروسية المخازن التي تستخدمها هيئة تحرير الشام في إدلب.")
    assert ("ATTACK", "Russian Armed Forces", "Hay'at Tahrir al-Sham (HTS)") in got


def test_holder_of_the_struck_camps_is_the_target_of_the_shelling() -> None:
    got = event_parties("قصفت المدفعية التركية المعسكرات التي تستخدمها وحدات حماية الشعب قرب تل رفعت.")
    assert ("ATTACK", "Turkish Armed Forces", "People's Protection Units (YPG)") in got


def test_holder_under_an_agent_marker_is_never_the_doer_of_the_drone_strike() -> None:
    got = event_parties("استهدفت طائرة مسيرة مواقع يتم استخدامها من قبل الحوثيين في الحديدة.")
    assert got and all(a1 != "Houthis (Ansar Allah)" for _t, a1, _a2 in got)
    assert any(a2 == "Houthis (Ansar Allah)" for _t, _a1, a2 in got)


# the coalition's other craft and guns (مقاتلات، مدفعية، مروحيات، بوارج التحالف) name it as طائرات التحالف does,
# in Yemen the Saudi-led one (actors 1.68.0, anaphora 1.24.0)


def test_coalition_fighter_jets_are_the_doer_in_yemen() -> None:
    got = event_parties("دمرت مقاتلات التحالف مخزنا للأسلحة في صنعاء.")
    assert ("ATTACK", "Saudi-led coalition in Yemen", None) in got


def test_coalition_artillery_shelling_houthi_positions() -> None:
    got = event_parties("قصفت مدفعية التحالف مواقع للحوثيين في مديرية حرض.")
    assert ("ATTACK", "Saudi-led coalition in Yemen", "Houthis (Ansar Allah)") in got


def test_coalition_fighter_jets_in_iraq_are_the_us_led_coalition() -> None:
    got = event_parties("قصفت مقاتلات التحالف مقرا لتنظيم داعش في الموصل.")
    assert ("ATTACK", "Global Coalition against ISIS (US-led)", "Islamic State (ISIS)") in got


def test_warships_spelled_with_a_proclitic_like_letter_still_take_the_theatre() -> None:
    got = event_parties("قصفت بوارج التحالف مواقع في الحديدة.")
    assert ("ATTACK", "Saudi-led coalition in Yemen", None) in got
