"""Round 15b (EV3): a killed person told again as the definite subject of a passive killing verb (راعيا قتل …
ثم الراعي قتل) is the incident told before, even when the first naming was a telling merged into the lead;
a killing verb with a counted object after it is active when its subject stands before it, a plural (إن عناصر
التنظيم، قتلوا 7 رعاة) or a name (إن قوات النظام قتلت 9 مدنيين): that subject is the doer."""

from __future__ import annotations

from tests.conftest import event_parties, event_types


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_parties(text, published="2019-05-02")


def types(text: str) -> list[str]:
    return event_types(text, published="2019-05-02")


RETOLD = ("قتل شاب، صباح الأحد، بقصف إسرائيلي على قطاع غزة. "
          "وذكرت مصادر طبية في غزة أن راعيا قتل، وأصيب طفل آخر، بقذيفة مدفعية إسرائيلية. "
          "ولم يعلق الجيش الإسرائيلي على الحادث، وأفادت المصادر بأن الراعي قتل وأصيب الطفل شرق مدينة رفح.")


def test_victim_told_again_as_definite_subject_is_one_event() -> None:
    assert types(RETOLD) == ["ATTACK"]


def test_another_victim_named_definite_stays_its_own() -> None:
    # the definite subject names nobody told before: a killing of its own
    text = ("قتل شاب، صباح الأحد، بقصف إسرائيلي على قطاع غزة. "
            "وذكرت مصادر طبية في غزة أن راعيا قتل، وأصيب طفل آخر، بقذيفة مدفعية إسرائيلية. "
            "ولم يعلق الجيش الإسرائيلي على الحادث، وأفادت المصادر بأن الصياد قتل وأصيب الطفل شرق مدينة رفح.")
    assert types(text).count("ATTACK") == 2


def test_plural_killing_verb_with_count_after_comma_is_active() -> None:
    text = "وقال مسؤول محلي، إن مسلحي تنظيم داعش، قتلوا 7 رعاة من عشيرة واحدة قرب مدينة الحويجة."
    got = events(text)
    assert got and got[0][0] == "ATTACK"
    assert got[0][1] is not None and "Islamic State" in got[0][1]
    assert got[0][2] is None or "Islamic State" not in got[0][2]


def test_plural_passive_killing_verb_keeps_its_victims() -> None:
    # no counted object after the verb: the plural before it were killed
    text = "وقال مسؤول محلي، إن مسلحي تنظيم داعش، قتلوا في غارة جوية قرب مدينة الحويجة."
    got = events(text)
    assert got and all(a1 is None or "Islamic State" not in a1 for _t, a1, _a2 in got)


def test_killing_verb_right_after_a_name_with_count_is_active() -> None:
    got = events("وقال المرصد إن قوات النظام قتلت 9 مدنيين في بلدة سقبا.")
    assert got and got[0][1] is not None and "Syrian government" in got[0][1]
    assert got[0][2] is None or "Syrian government" not in got[0][2]


def test_killing_verb_right_after_a_name_without_count_stays_passive() -> None:
    # nothing counted after the verb: the forces named before it were the killed
    got = events("وقال المرصد إن قوات النظام قتلت في كمين قرب بلدة سقبا.")
    assert got and all(a1 is None or "Syrian government" not in a1 for _t, a1, _a2 in got)
