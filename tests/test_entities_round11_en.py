"""Entities, round 11 (EN): a phrase of common words after a role is no person (the corpus-measured
`mostly_common_words` of given_names.json), and the real names next to them stay. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names
from tests.conftest import people


@pytest.mark.parametrize("text, phrase", [
    ("وكان أول رئيس منتخب ديمقراطيا في البلاد قد تعهد بإصلاحات واسعة.", "منتخب ديمقراطيا"),
    ("ويملك الرئيس صلاحية إعداد الموازنة وإصدار المراسيم وحده.", "صلاحية إعداد"),
    ("وخاض اللواء معارك عديدة مع المسلحين في الجبال الشرقية.", "معارك عديدة"),
    ("وفي كتابه الأخير يروي الكاتب تفاصيل قتل الصحفيين في السجن.", "تفاصيل قتل"),
    ("وقالت الصحيفة إن الأمير ناصر وصل إلى العاصمة مساء الأحد.", "ناصر وصل"),
    ("ومنح القانون نائب الوزير مقعدا دائما في اللجنة.", "مقعدا دائما"),
])
def test_common_words_after_a_role_are_no_person(text: str, phrase: str) -> None:
    assert not any(phrase in m for m in people(text))


@pytest.mark.parametrize("text, name", [
    # a given name that is also a word keeps a family name, even one that is a word too
    ("وقال وزير الصحة أشرف القدرة إن المستشفيات تعاني نقصا حادا.", "أشرف القدرة"),
    # a first word the corpus uses mostly as a word, before a nisba no feminine is in use: a family name
    ("واعتقلت السلطات الداعية الشيخ سفر الحوالي وعددا من أبنائه.", "سفر الحوالي"),
    # a foreign name the corpus does not know
    ("وقال المتحدث باسم الحكومة يماني غيبريسوس إن الحدود ستفتح قريبا.", "يماني غيبريسوس"),
])
def test_real_names_after_a_role_stay(text: str, name: str) -> None:
    assert name in people(text)


def test_common_phrase_reads_the_words() -> None:
    # the measured common words: المدة/مدته are as frequent as مدة
    assert names.common_phrase(["مده", "طويله"])
    # a verb after an ambiguous given name; a definite word after it is a family name
    assert names.common_phrase(["راشد", "وصل"])
    assert not names.common_phrase(["راشد", "الغنوشي"])
    # a plain given name always opens a name, and a word the corpus does not know is a family name
    assert not names.common_phrase(["محمد", "الكتاب"])
    assert not names.common_phrase(["جناح", "كوستوفيتش"])
    assert not names.common_phrase(["معارك"])


def _entities(text: str) -> dict[str, set[tuple[str, str]]]:
    art = marsad.analyze(text, published="2018-06-01")
    out: dict[str, set[tuple[str, str]]] = {}
    for e in art.entities:
        for m in e.mentions:
            out.setdefault(m.text, set()).add((e.type, e.name))
    return out


@pytest.mark.parametrize("text, body", [
    ("وعقد مجلس الأمن القومي الأمريكي اجتماعا طارئا في البيت الأبيض.", "مجلس الأمن"),
    ("وناقش مجلس الأمن الروسي برئاسة بوتين الوضع في أوكرانيا.", "مجلس الأمن"),
    ("وقرر مجلس الأمن الوطني العراقي تشديد الإجراءات على الحدود.", "مجلس الأمن"),
])
def test_a_national_security_council_is_not_the_un_one(text: str, body: str) -> None:
    got = _entities(text)
    assert ("actor", "UN Security Council") not in got.get(body, set())


def test_the_un_security_council_stays() -> None:
    got = _entities("ودعا مجلس الأمن إلى وقف فوري لإطلاق النار في اليمن.")
    assert ("actor", "UN Security Council") in got["مجلس الأمن"]


@pytest.mark.parametrize("text, country", [
    ("وبعد وصولهم إيطاليا نقل المهاجرون إلى مراكز الإيواء.", "إيطاليا"),
    ("ومنذ دخوله ألمانيا قبل ثلاث سنوات لم يغادرها.", "ألمانيا"),
    ("وصرح الوزير قبل مغادرته روسيا بأن المحادثات كانت مثمرة.", "روسيا"),
])
def test_a_state_after_a_movement_masdar_with_its_pronoun_is_a_place(text: str, country: str) -> None:
    assert {t for t, _ in _entities(text)[country]} == {"place"}


def test_a_state_after_a_bare_movement_masdar_is_its_doer() -> None:
    # «دخول تركيا الحرب»: the bare masdar's genitive is who enters
    assert "actor" in {t for t, _ in _entities("وانتقدت الصحيفة دخول تركيا الحرب إلى جانب الفصائل.")["تركيا"]}


def test_ladai_says_who_has_it_not_where() -> None:
    # سلمى is a Syrian town that needs a cue; لدى is no place cue
    got = _entities("لكن لدى سلمى خططا أخرى للعام المقبل بعد تخرجها.")
    assert "place" not in {t for t, _ in got.get("سلمى", set())}


@pytest.mark.parametrize("text, name, bad", [
    ("وقال وزير الخارجية كمال داود عقب الاجتماع إن المحادثات كانت صريحة.", "كمال داود", "عقب"),
    ("وأوضح المتحدث سامر حداد ضمن مؤتمر صحفي أن الوفد سيعود غدا.", "سامر حداد", "ضمن"),
])
def test_a_preposition_ends_a_name(text: str, name: str, bad: str) -> None:
    got = people(text)
    assert name in got
    assert not any(bad in m for m in got)


def test_a_preposition_opens_no_name() -> None:
    assert not any("إبان" in m for m in people("وكان قد شغل منصب قائد الحرس إبان حكم الرئيس الراحل."))


def test_the_korean_capitals_stand_for_their_governments() -> None:
    got = _entities("وأعلنت بيونغ يانغ أنها ستعلق تجاربها الصاروخية، فيما رحبت سيول بالقرار.")
    assert ("actor", "North Korea") in got["بيونغ يانغ"]
    assert ("actor", "South Korea") in got["سيول"]


def test_a_korean_capital_after_a_locative_is_the_town() -> None:
    got = _entities("وقال متحدث باسم مكتب الرئاسة في سيول إن الاجتماع سيعقد غدا.")
    assert {t for t, _ in got["سيول"]} == {"place"}
