"""Round 18b: an event set in a former ruler's or regime's era (في عهد الرئيس السابق، إبان عهد النظام البائد،
في عهد سلفه) is background history, not news; an era with no word of former may be the present one."""

from __future__ import annotations

from tests.conftest import event_parties


def test_arrest_in_a_former_presidents_era_is_background() -> None:
    assert event_parties("واعتقل الصحفي مرتين في عهد الرئيس السابق عمر البشير قبل أن يغادر البلاد.") == []


def test_strikes_in_the_predecessors_era_are_background() -> None:
    assert event_parties("وكانت المقاتلات الأمريكية قد قصفت مواقع لتنظيم داعش إبان عهد سلفه باراك أوباما.") == []


def test_an_era_with_no_word_of_former_stays() -> None:
    got = event_parties("قصفت المقاتلات الأمريكية مواقع لتنظيم داعش في سوريا في عهد الرئيس ترامب أمس.")
    assert [t for t, _a1, _a2 in got] == ["ATTACK"]


def test_an_era_in_a_relative_clause_after_the_trigger_stays() -> None:
    got = event_parties("هاجم مسلحو تنظيم داعش القاعدة العسكرية التي أنشئت في عهد الرئيس السابق قرب مدينة كركوك.")
    assert [t for t, _a1, _a2 in got] == ["ATTACK"]
