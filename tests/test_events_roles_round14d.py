"""Round 14d, the side of a count of people under a partitive after a killing verb (عشرة مسلحين من التنظيم)."""

from __future__ import annotations

from tests.conftest import event_roles, event_with


def test_counted_group_after_active_verb_with_partners_is_the_target() -> None:
    # the bare force noun before مع did it; the group the counted gunmen belong to was struck
    text = "وقتل الجيش مع حلفائه عشرة مسلحين من تنظيم داعش في محافظة الأنبار."
    assert event_with(text, "قتل")[1:] == (None, "isis")


def test_counted_group_after_feminine_verb_is_never_the_doer() -> None:
    text = "وقتلت القوات الأمنية خمسة عناصر من حركة الشباب قرب مقديشو."
    assert event_with(text, "قتلت")[1:] == (None, "al-shabaab")


def test_a_named_subject_keeps_its_deed() -> None:
    text = "وقتل الجيش العراقي مع حلفائه عشرين مسلحا من تنظيم داعش غرب الموصل."
    assert event_with(text, "قتل")[1:] == ("iraq-army", "isis")


def test_comma_before_a_passive_killing_keeps_the_victim_before_it() -> None:
    # the victim's name and titles end in a comma; قتل مع after it is still his passive killing
    text = "وذكرت مصادر قبلية أن القيادي الحوثي أبو حسين المداني، قتل مع اثنين من حراسه في قصف على مديرية صرواح."
    assert event_with(text, "قتل")[2] == "houthis"


def test_comma_then_a_joined_killing_takes_no_victim_from_before() -> None:
    # وقتل after a comma is a clause of its own: the attackers named before are not its victims
    text = "وهاجم مسلحو حركة الشباب قاعدة عسكرية، وقتل ثلاثة جنود في الاشتباكات."
    assert all(r[2] != "al-shabaab" for r in event_roles(text))
