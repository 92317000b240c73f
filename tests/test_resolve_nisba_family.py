"""A new person's family name that is a state's nisba (محمد المصري) is found again only as the subject of a
speech verb: elsewhere the same word is the adjective of a title or body («السفير المصري»)."""

from __future__ import annotations

import marsad


def _mentions(text: str, name_word: str) -> list[str]:
    doc = marsad.analyze(text)
    people = [e for e in doc.entities if e.type == "person" and name_word in e.name_ar]
    assert len(people) == 1, [(e.name_ar, e.type) for e in doc.entities]
    return [m.text for m in people[0].mentions]


def test_the_nisba_after_a_title_is_not_the_person_again() -> None:
    text = ("وقال الباحث سامر المصري إن المفاوضات تعثرت مرة أخرى. "
            "وفي القاهرة، التقى السفير المصري وفدا من الحكومة لبحث ملف الأسرى.")
    assert _mentions(text, "سامر") == ["سامر المصري"]


def test_the_nisba_after_a_speech_verb_is_the_person_again() -> None:
    text = ("وقال الباحث سامر المصري إن المفاوضات تعثرت مرة أخرى. "
            "وأضاف المصري أن الوسطاء سيعودون الأسبوع المقبل.")
    assert _mentions(text, "سامر") == ["سامر المصري", "المصري"]


def test_a_groups_name_as_family_name_is_not_its_adjective() -> None:
    text = ("وقال القيادي يحيى الحوثي إن الهدنة انتهت. "
            "وانتقد ناشطون التعميم الحوثي الأخير بشأن المدارس.")
    assert _mentions(text, "يحيى") == ["يحيى الحوثي"]
