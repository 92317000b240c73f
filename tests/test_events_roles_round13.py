"""Round 13 event roles: a light verb of committing (ارتكب) carries the massacre or crime noun before it, so the
party named after it is the doer, never the target."""

from __future__ import annotations

import pytest

from tests.conftest import event_with

# --- ارتكب carries the event noun like شنّ -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("ندد المتظاهرون في عمان بالمجزرة التي ارتكبتها إسرائيل في غزة.", "المجزرة", "israel"),
    ("استنكرت الحكومة المجزرة التي ارتكبها تنظيم داعش في قرية البوليل.", "المجزرة", "isis"),
    ("خرج آلاف المحتجين للتنديد بمجزرة ارتكبتها إسرائيل بحق المتظاهرين.", "مجزرة", "israel"),
])
def test_party_after_a_relative_verb_of_committing_is_the_doer(text: str, trigger: str, doer: str) -> None:
    assert event_with(text, trigger)[1:] == (doer, None)


def test_accused_of_committing_a_massacre_is_its_doer() -> None:
    text = "اتهمت المعارضة قوات النظام بارتكاب مجزرة في بلدة الحولة."
    assert event_with(text, "مجزرة")[1] == "syr-gov-assad"


def test_committing_without_an_event_noun_tells_no_event() -> None:
    from tests.conftest import event_roles

    assert event_roles("وأضاف أن الحكومة ارتكبت أخطاء كبيرة في إدارة الأزمة.") == []
