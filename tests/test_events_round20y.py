"""Round 20 (follow-up): a single bullet or shrapnel (برصاصة، برصاصات، بشظايا، بشظية) is a fire like برصاص: the
side named after it, after a sniper noun, after من or after a relative verb of firing, is the doer of the
killing or wounding, never its target."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize(("text", "doer"), [
    # the owner of the bullet right after it (a passive killing: the killed end at the bullet)
    ("قتل طفل برصاصة قوات النظام في حي الوعر بحمص.", "Syrian government (Assad era)"),
    ("قتل ثلاثة مدنيين بشظايا قوات النظام في درعا.", "Syrian government (Assad era)"),
    # a sniper is a head noun of the side he shoots for
    ("قتل شابان برصاص قناصة الجيش الإسرائيلي شرق غزة.", "Israel Defense Forces"),
    # who fired the bullet, after a relative verb carrying its pronoun
    ("قتل الفتى إثر إصابته برصاصة في الصدر أطلقها جنود الاحتلال الإسرائيلي عليه شرق غزة.", "Israel"),
    # من right after the fire opens its owner
    ("قتل مدني بنيران من قوات النظام في درعا.", "Syrian government (Assad era)"),
])
def test_bullet_owner_is_doer(text: str, doer: str) -> None:
    attacks = [p for p in event_parties(text) if p[0] == "ATTACK"]
    assert attacks, event_parties(text)
    assert attacks[0][1] == doer
    assert attacks[0][2] != doer


def test_bullet_in_the_body_names_no_doer_of_its_own() -> None:
    # بـ + a body part after the bullet: no side named, none taken from the victim
    parties = [p for p in event_parties("قتل الشاب المصري برصاصة في الرأس.") if p[0] == "ATTACK"]
    assert all(p[2] is None or p[1] != p[2] for p in parties)
