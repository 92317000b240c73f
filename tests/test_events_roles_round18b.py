"""Round 18b: a titled victim of a passive killing with a person in apposition (or a nisba of his party) is
counted as the loss of his party (actor2), not read as the killer."""

from tests.conftest import event_parties


def test_candidate_of_a_list_with_his_name_in_apposition_is_the_lists_loss() -> None:
    got = event_parties("قتل المرشح عن قائمة الوطنية، سامي الدليمي، في هجوم مسلح وسط بغداد.")
    assert got and all(a1 != "al-Wataniya coalition" for _t, a1, _a2 in got)
    assert any(a2 == "al-Wataniya coalition" for _t, _a1, a2 in got)


def test_member_for_a_party_killed_by_gunmen_fire() -> None:
    got = event_parties("قتل العضو عن تحالف سائرون، كريم ناصر، برصاص مسلحين مجهولين في البصرة.")
    assert ("ATTACK", "Unidentified armed men", "Sairoon Alliance") in got


def test_leader_in_a_party_with_name_in_apposition_killed_by_a_strike() -> None:
    got = event_parties("قتل القيادي في حزب الله، حسن الموسوي، بغارة إسرائيلية قرب الحدود.")
    assert ("ATTACK", "Israel", "Hezbollah") in got


def test_nisba_of_a_party_after_the_title_names_the_side_that_lost_him() -> None:
    got = event_parties("قتل القيادي الحوثي، ناصر العمري، بغارة لطائرات التحالف في مأرب.")
    assert ("ATTACK", "Saudi-led coalition in Yemen", "Houthis (Ansar Allah)") in got
    assert all(a1 != "Houthis (Ansar Allah)" for _t, a1, _a2 in got)


def test_officer_in_an_army_killed_in_an_ambush_is_no_doer() -> None:
    got = event_parties("قتل الضابط في الجيش السوري، مازن العلي، في كمين قرب درعا.")
    assert got and all(a1 != "Syrian Arab Army (Assad era)" for _t, a1, _a2 in got)
