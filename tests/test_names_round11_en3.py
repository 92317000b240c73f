"""Names, round 11 (EN, third pass): the name Ali written علي where the article writes the preposition على with
its alif maqsura (both fold to علي), and خلف, a preposition that is also a given name, before a pack person's
family name after a role. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names


def _people(text: str) -> dict[str, str | None]:
    art = marsad.analyze(text, published="2018-06-01")
    return {m.text: e.name for e in art.entities if e.type == "person" for m in e.mentions}


@pytest.mark.parametrize("text, name", [
    ("وقال محمد علي إن القصف استمر على الأحياء الشرقية طوال الليل.", "محمد علي"),
    ("وأكد المتحدث علي الشامي أن الهجوم على المعسكر فشل.", "علي الشامي"),
    ("وقال يوسف علي الشامي إن الضغط على الحكومة مستمر.", "يوسف علي الشامي"),
])
def test_ali_written_with_ya_is_a_name(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    # the preposition as written: no name runs into it
    "وقال محمد على إن القصف استمر على الأحياء الشرقية.",
    # an article that writes the preposition with ي too tells nothing by the letter
    "وقال محمد علي إن القصف استمر علي الأحياء الشرقية.",
])
def test_ali_not_told_apart_stays_a_preposition(text: str) -> None:
    assert "محمد علي" not in _people(text) and "محمد على" not in _people(text)


def test_not_a_person_reads_marked_ali_as_the_name() -> None:
    assert names.not_a_person(["محمد", "علي"])
    assert not names.not_a_person(["محمد", "علي"], frozenset({1}))


@pytest.mark.parametrize("text", [
    "وقال الشيخ خلف الحلبوسي إن العشائر تدعم الحكومة.",
    "وقال الوزير خلف الحلبوسي إن الوزارة ستدعم المحافظة.",
])
def test_khalaf_after_a_role_opens_the_name(text: str) -> None:
    people = _people(text)
    assert "خلف الحلبوسي" in people and people["خلف الحلبوسي"] != "Mohammed al-Halbousi"


def test_khalaf_with_no_role_is_the_preposition() -> None:
    people = _people("ووقف النواب خلف الحلبوسي في الجلسة.")
    assert "خلف الحلبوسي" not in people


@pytest.mark.parametrize("text, phrase", [
    # عليّ (on me) before its object, and على misspelt with ي in an article that writes it right elsewhere
    ("وقال الضابط إن واجبه يحتم علي الرد على كل من يهاجم بلدي.", "علي الرد"),
    ("ولن أتوقف عن الكتابة مهما انهالت علي الانتقادات على مواقع التواصل.", "علي الانتقادات"),
])
def test_ali_before_common_words_is_no_name(text: str, phrase: str) -> None:
    assert not any(phrase in m for m in _people(text))
