"""Round 17b event roles: a counter-deed is the other side's. A verb of replying whose subject no name gives
(وردت الفصائل بقصف ...) does not lend its deed the doer of the deed replied to, and is not merged with it; a
clause that strikes the doer of the clause before has a subject of its own, never that doer handed on."""

from __future__ import annotations

from tests.conftest import event_roles


def test_an_unnamed_replier_is_not_the_party_replied_to() -> None:
    text = ("قصفت قوات النظام بلدة كفرنبودة بالمدفعية الثقيلة. "
            "وردت الفصائل بقصف مدينة السقيلبية بالصواريخ.")
    roles = event_roles(text)
    assert len(roles) == 2, roles
    assert roles[0][1] is not None and roles[1][1] is None


def test_a_reply_in_the_same_sentence_is_an_event_of_its_own() -> None:
    text = ("قصفت قوات النظام بلدة كفرنبودة بالمدفعية الثقيلة، "
            "وردت الفصائل باستهداف مواقع قوات النظام في ريف حماة الشمالي.")
    roles = event_roles(text)
    assert len(roles) == 2, roles
    assert roles[0][1] == roles[1][2] is not None
    assert roles[1][1] is None


def test_a_clause_striking_the_doer_before_has_its_own_subject() -> None:
    text = ("قصفت قوات النظام بلدة كفرنبودة بالمدفعية الثقيلة، "
            "واستهدفت الفصائل مواقع قوات النظام في ريف حماة الشمالي.")
    roles = event_roles(text)
    assert len(roles) == 2, roles
    assert roles[1][1] != roles[0][1]
    assert roles[1][2] == roles[0][1] is not None


def test_a_named_replier_still_does_the_deed() -> None:
    text = ("قصفت قوات النظام بلدة كفرنبودة بالمدفعية الثقيلة، "
            "وردت هيئة تحرير الشام باستهداف مواقع قوات النظام في ريف حماة الشمالي.")
    roles = event_roles(text)
    assert len(roles) == 2, roles
    assert roles[1][1] not in (None, roles[0][1])


def test_a_dropped_subject_still_continues_the_clause_before() -> None:
    text = "قصفت قوات النظام بلدة كفرنبودة بالمدفعية الثقيلة، واستهدفت مواقع الفصائل في ريف حماة."
    roles = event_roles(text)
    assert roles[-1][1] == roles[0][1] is not None
