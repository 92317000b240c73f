"""The events stage on a trigger spelled alike as a past verb and as its masdar (قصف، قتل), through the whole
pipeline, hand-written sentences: governed by a verbal noun (استمرار، إعلان X) or a verb of announcing, it is the
masdar, whose genitive is the one acted on; joined by و to open a clause, it stays the verb, whose subject
after it is the doer."""

from __future__ import annotations

from tests.conftest import event_roles, event_with


def test_a_verb_joined_by_wa_keeps_its_subject_as_doer() -> None:
    _t, a1, a2 = event_with("وقصف تنظيم داعش مواقع الجيش العراقي قرب الفلوجة.", "قصف")
    assert a1 == "isis"
    assert a2 != "isis"


def test_after_a_verbal_noun_the_genitive_is_the_target() -> None:
    _t, a1, a2 = event_with("وحذرت المنظمة من استمرار قصف تنظيم داعش في محيط الفلوجة.", "قصف")
    assert a1 != "isis"
    assert a2 == "isis"


def test_after_a_verbal_noun_and_its_own_genitive_the_genitive_is_the_target() -> None:
    _t, a1, a2 = event_with("ورحب المجلس بإعلان العراق قصف تنظيم داعش داخل الأراضي السورية.", "قصف")
    assert a1 != "isis"
    assert a2 == "isis"


def test_after_a_verb_of_announcing_the_genitive_is_the_target() -> None:
    _t, a1, a2 = event_with("وأعلنت وزارة الدفاع العراقية مساء الخميس قصف تنظيم داعش في الفلوجة.", "قصف")
    assert a1 != "isis"
    assert a2 == "isis"


def test_a_reported_clause_after_announcing_keeps_its_verb() -> None:
    # after أن the clause is a sentence of its own: قصف is a verb whose subject follows
    _t, a1, _a2 = event_with("وأعلنت وزارة الدفاع العراقية أن تنظيم داعش قصف مواقع للجيش في الفلوجة.", "قصف")
    assert a1 == "isis"


def test_a_common_noun_after_the_verbal_noun_lets_a_new_clause_open() -> None:
    # منذ بدء المظاهرات: a time phrase; the passive verb after it opens the clause and stays an event
    found = [r for r in event_roles("ومنذ بدء المظاهرات قتل أكثر من ثلاثين شخصا في البصرة.") if "قتل" in r[0]]
    assert found


def test_announcing_a_strike_on_a_thing_keeps_the_announcer_as_doer() -> None:
    _t, a1, a2 = event_with("وأعلن العراق قصف مواقع لتنظيم داعش داخل الأراضي السورية.", "قصف")
    assert (a1, a2) == ("iraq", "isis")
