"""Round 21 RO (4): an arrest whose object is members counted or singled out with no group in the phrase
(تم توقيف 4 قادة، احتجاز أحد مساعدي زعيم الحركة) took members of the group the sentence or the one before
names: that group is the target (actor2), never the doer. Sentences written for this test."""
from __future__ import annotations

from tests.conftest import kind_parties as _roles


def test_counted_leaders_passive_arrest_group_from_sentence_before() -> None:
    text = ("قال مسؤول أمني إن الشرطة العراقية فككت خلية تابعة لتنظيم داعش في الأنبار. "
            "وتم اعتقال 4 قادة ميدانيين خلال المداهمة.")
    roles = _roles(text, "ARREST")
    assert roles, "an arrest is read"
    assert any(a2 is not None and "ISIS" in a2 for _, a2 in roles)
    assert all(a1 is None or "ISIS" not in a1 for a1, _ in roles)


def test_one_of_the_leaders_aides_names_the_group_after() -> None:
    text = "وقال ضابط إن القوات العراقية تحتجز أحد مساعدي زعيم تنظيم داعش منذ شهرين."
    roles = _roles(text, "ARREST")
    assert roles
    a1, a2 = roles[0]
    assert a2 is not None and "ISIS" in a2
    assert a1 is None or "ISIS" not in a1


def test_counted_civilians_take_no_group() -> None:
    # civilians counted are no members: the group named before is not made the arrested side
    text = "وهاجم مسلحو تنظيم داعش قرية في الأنبار. واعتقلت الشرطة العراقية 3 مدنيين للتحقيق."
    roles = _roles(text, "ARREST")
    assert roles
    assert all(a2 is None or "ISIS" not in a2 for _, a2 in roles)


def test_group_named_as_arrester_keeps_the_deed() -> None:
    # the group is the clause's own subject: it arrested members of another side, it is no target
    text = "وفي تطور آخر، اعتقلت هيئة تحرير الشام 5 قادة في بلدة سرمدا بريف إدلب."
    roles = _roles(text, "ARREST")
    assert roles
    a1, a2 = roles[0]
    assert a1 is not None and "Tahrir" in a1
    assert a2 is None or "Tahrir" not in a2
