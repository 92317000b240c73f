"""Round 21 (RO): the agent of a passive or masdar after على يد / على أيدي / من قبل may be named through a
partitive من after a head noun (على يد عناصر من حزب الله، على أيدي مجموعة من مسلحي التنظيم): the side named
after من is the doer."""
from __future__ import annotations

from tests.conftest import event_with


def test_partitive_after_head_names_the_agent() -> None:
    assert event_with("قتل رجل مسن على يد عناصر من حزب الله قرب مدينة صور.", "قتل")[1] == "hezbollah"


def test_partitive_after_two_word_head_names_the_agent() -> None:
    got = event_with("قتل راع على يد مجموعة من عناصر تنظيم داعش في بادية الرقة.", "قتل")
    assert got[1] == "isis"


def test_partitive_after_gunmen_names_the_agent() -> None:
    got = event_with("قتل أربعة مزارعين على أيدي مسلحين من تنظيم داعش في ريف دير الزور الشرقي.", "قتل")
    assert got[1] == "isis"


def test_partitive_without_agent_marker_makes_no_doer() -> None:
    # من after a head with no على يد / من قبل before it is no agent: the killed are the group's members
    got = event_with("قتل خمسة عناصر من تنظيم داعش في ريف دير الزور الشرقي.", "قتل")
    assert got[1] != "isis"


def _places(text: str) -> list[tuple[str, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.place)) for ev in art.events]


def test_sentence_opening_on_another_governorate_is_a_new_front() -> None:
    # «وفي X» turns the report to another scene: its definite event noun is a happening there, not the
    # attack told before in another governorate
    got = _places("هاجمت قوات الجيش اليمني مواقع الحوثيين في مدينة تعز صباح الثلاثاء.\n"
                  "وقال مصدر عسكري إن القوات تقدمت في أحياء المدينة.\n"
                  "وفي الحديدة اندلعت المعارك بين القوات والحوثيين قرب المطار.")
    assert ("ATTACK", "ye-taiz") in got and ("ATTACK", "ye-hodeidah") in got, got


def test_sentence_opening_on_the_same_place_retells() -> None:
    # the same town named again at the opening: the shelling told again, one event
    got = _places("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.\n"
                  "وفي كفرنبل استمر القصف على الأحياء السكنية.")
    assert [p for t, p in got if t == "ATTACK"] == ["sy-kafranbel"], got
