"""Common phrases that stage names and the recogniser must not read as people: perfect and future verbs,
verbal nouns, participle plurals, a noun and its adjective, an idiom after an adjective given name, and ل
on a broken plural after a name (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names
from marsad.textnorm import fold_text


def _people(text: str) -> list[str]:
    art = marsad.analyze(text, published="2024-03-01")
    return [e.name_ar for e in art.entities if e.type == "person"]


@pytest.mark.parametrize("text", [
    "قال الطبيب حسن الحظ وحده أنقذ الجرحى من الموت.",  # an idiom after an adjective given name
    "وقال عاملون بمجال الصحة إن المستشفى خرج عن الخدمة.",  # a participle plural
    "وذكرت الصحيفة أن وزيرة داخلية سابقة ستقود اللجنة الجديدة.",  # a noun and its adjective
    "وكان القائد السابق للواء رفضوا أجزاء من الخطة.",  # a perfect verb after a role
    "ويعطي الدستور الرئيس سلطة إصدار أوامر بالاعتقال.",  # a verbal noun of the form إفعال
])
def test_common_phrases_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("words", [
    "رفضت المشاركه",  # a perfect verb, third person feminine
    "ستقول الوزيره",  # the future
    "ممثلو الادعاء",  # a sound plural in construct
    "داخليه سابقه",
    "حسن الحظ",
    "علي اضافه",  # a verbal noun of the form إفعالة
    "كمال لنواب",  # ل on a broken plural after a name
])
def test_not_a_person(words: str) -> None:
    assert names.not_a_person(fold_text(words).split())


@pytest.mark.parametrize("words", [
    "فاطمه عطيه", "مدحت باشا", "جودت يلماز", "اسامه حمدان", "حسن الخطيب", "ويليام جينينغز بريان",
    "رضوان لقديم", "ايمان عبد الله",
])
def test_names_stay_names(words: str) -> None:
    assert not names.not_a_person(fold_text(words).split())


def test_name_before_a_plural_object_keeps_its_span() -> None:
    got = _people("وقال رئيس الوزراء الكيني جمال أحمد لنواب البرلمان إن الحكومة ستفاوض.")
    assert "جمال أحمد" in got and not any("نواب" in p for p in got)


@pytest.mark.parametrize(("text", "want"), [
    ("وصرح وزير الداخلية الإيراني أمير ساعدي بأن الحدود مغلقة.", ["أمير ساعدي"]),
    ("وقالت الوكالة إن أمير شرعي في التنظيم قتل بالقصف.", []),
    ("وعين التنظيم أمير جديد للمنطقة الشرقية.", []),
])
def test_amir_before_a_family_name_is_a_given_name(text: str, want: list[str]) -> None:
    assert _people(text) == want


@pytest.mark.parametrize(("word", "first", "why"), [
    ("يمنحنا", True, "verb"),  # an imperfect with an object pronoun
    ("أرسلها", False, "possessive"),  # a perfect with an object pronoun, refused as a possessive is
    ("كمقاتل", False, "preposition"),  # ك on a common noun
    ("أطلقوا", False, "verb"),
    ("كيونغ", False, None),  # a Korean name, no ك + a word
])
def test_word_classes(word: str, first: bool, why: str | None) -> None:
    assert names._not_name_word(fold_text(word), first=first) == why
