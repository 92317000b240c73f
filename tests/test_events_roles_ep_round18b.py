"""Round 18b: a definite force noun right after the verb (طرد الجيش، اعتقل الأمن) is its subject, naming no party;
the head noun in construct after it (مسلحي، عناصر من) opens the object, so the group it governs is the struck side,
never a doer borrowed for the verb."""

from __future__ import annotations

from tests.conftest import event_parties


def test_expelled_fighters_after_a_bare_army_are_the_target() -> None:
    assert event_parties("طرد الجيش مسلحي تنظيم داعش من القرية بعد ظهر الأحد.") == [
        ("SEIZE", None, "Islamic State (ISIS)")]


def test_arrested_members_with_a_partitive_after_bare_security() -> None:
    got = event_parties("اعتقل الأمن عناصر من تنظيم داعش في حي الميدان بدمشق.")
    assert [(t, a2) for t, _a1, a2 in got] == [("ARREST", "Islamic State (ISIS)")]
    assert all(a1 != "Islamic State (ISIS)" for _t, a1, _a2 in got)


def test_the_army_told_before_is_still_the_doer() -> None:
    got = event_parties("بدأ الجيش العراقي هجوما واسعا في محافظة نينوى. وطرد الجيش مقاتلي تنظيم داعش من البلدة.")
    assert ("SEIZE", "Iraqi Army", "Islamic State (ISIS)") in got


def test_head_noun_right_after_the_verb_still_opens_the_subject() -> None:
    # هاجم مسلحو التنظيم: no force noun before the head, the group is the doer
    got = event_parties("هاجم مسلحو تنظيم داعش نقطة للجيش العراقي قرب الحدود.")
    assert got and got[0][:2] == ("ATTACK", "Islamic State (ISIS)")
