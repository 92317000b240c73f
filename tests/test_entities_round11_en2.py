"""Entities, round 11 (EN, second pass): capitals that stand for their governments (كييف، طوكيو، مدريد), and
a visit's object that stays the city or country visited. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import marsad


def _entities(text: str) -> dict[str, set[tuple[str, str]]]:
    art = marsad.analyze(text, published="2018-06-01")
    out: dict[str, set[tuple[str, str]]] = {}
    for e in art.entities:
        for m in e.mentions:
            out.setdefault(m.text, set()).add((e.type, e.ref or e.name))
    return out


@pytest.mark.parametrize("text, capital, state", [
    ("واتهمت كييف الانفصاليين بخرق وقف إطلاق النار مجددا.", "كييف", "ukraine"),
    ("وأعلنت طوكيو أنها سترسل فريقا طبيا إلى المنطقة.", "طوكيو", "japan"),
    ("وطالبت مدريد السلطات المغربية بتسليم المتهمين.", "مدريد", "spain"),
])
def test_capitals_stand_for_their_governments(text: str, capital: str, state: str) -> None:
    assert ("actor", state) in _entities(text)[capital]


@pytest.mark.parametrize("text, capital", [
    ("وسجل ريال مدريد هدفين في الشوط الثاني.", "مدريد"),
    ("وفاز نادي روما على ضيفه بثلاثة أهداف.", "روما"),
    ("وصادقت الدولة على نظام روما الأساسي للمحكمة الجنائية الدولية.", "روما"),
    ("وخسر دينامو كييف مباراته الأخيرة.", "كييف"),
    ("وتعطلت حركة مترو طوكيو صباح الاثنين بسبب الإعصار.", "طوكيو"),
    ("وقال قائد شرطة كييف إن التحقيق مستمر.", "كييف"),
])
def test_a_capital_inside_a_club_or_statute_is_no_party(text: str, capital: str) -> None:
    assert not any(t == "actor" for t, _ in _entities(text).get(capital, set()))


@pytest.mark.parametrize("text, capital", [
    ("وزار الرئيس التركي موسكو الأسبوع الماضي لبحث الملف السوري.", "موسكو"),
    ("ويزور رئيس الوزراء لندن في الشهر المقبل.", "لندن"),
    ("وزار وزير الخارجية الأمريكي بيونغ يانغ مرتين هذا العام.", "بيونغ يانغ"),
    ("وسيزور المستشار الألماني كييف قبل نهاية العام.", "كييف"),
    ("وتأجلت زيارة واشنطن التي كانت مقررة في الربيع.", "واشنطن"),
])
def test_a_visited_capital_is_the_place(text: str, capital: str) -> None:
    kinds = _entities(text)[capital]
    assert {t for t, _ in kinds} == {"place"}


@pytest.mark.parametrize("text, capital", [
    # the capital acts: subject of its own verb, or named after a break in the visit's phrase
    ("وزار الوفد مقر البعثة في جنيف ثم قالت موسكو إنها ترحب بالنتائج.", "موسكو"),
    ("وقالت واشنطن إنها لن تزور أي مسؤول هناك.", "واشنطن"),
])
def test_a_capital_outside_a_visit_stays_the_party(text: str, capital: str) -> None:
    assert any(t == "actor" for t, _ in _entities(text)[capital])
