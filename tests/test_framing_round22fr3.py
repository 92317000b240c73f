"""Framing, round 22 (FR3): a terrorism or extremism term with no group of its sentence that it describes labels the
group a word of loyalty or link right after it names (المتشددين الموالين للقاعدة، الجماعات المتطرفة المرتبطة
بتنظيم داعش), never a state so named, and a group named before it keeps the term; the Iranian statements' «الزمر
الإرهابية» is a spelling of «الجماعات الإرهابية»; a force named after the term past a word of advance (تمهيدا
لتقدم) is the side advancing on them, never the nearest target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-06-10")


@pytest.mark.parametrize(("text", "term", "who"), [
    ("وشنت القوات الحكومية حملة واسعة على المتشددين الموالين للقاعدة في محافظة أبين.", "المتشددين", "al-qaeda"),
    ("وتمكن الجيش من إخراج الجهاديين المرتبطين بالقاعدة من البلدات الشمالية قبل عامين.", "الجهاديين", "al-qaeda"),
    ("وقال الضابط إن وحداته طردت المجموعات المتطرفة المرتبطة بتنظيم داعش من القرى الحدودية.", "المتطرفة", "isis"),
    ("واستعاد الجنود قرية جبلية بعد يومين من سيطرة متشددين موالين لتنظيم داعش عليها.", "متشددين", "isis"),
])
def test_term_labels_the_group_its_people_are_loyal_or_linked_to(text: str, term: str, who: str) -> None:
    assert (term, who) in frames(text)


def test_a_state_they_are_loyal_to_is_no_target() -> None:
    # a state patron is not of the term's kinds: the people are not named
    text = "وقتل عشرات المتطرفين الموالين لإيران في اشتباكات قرب الحدود."
    assert ("المتطرفين", "iran") not in frames(text)


def test_a_group_named_before_keeps_the_term() -> None:
    # the alliance named before is what the linked extremists make up; al-Qaeda is their patron
    text = "وتنشط في المدينة هيئة تحرير الشام، وهي ائتلاف من المقاتلين المتشددين المرتبطين بالقاعدة."
    assert ("المتشددين", "al-qaeda") not in frames(text)


@pytest.mark.parametrize("text", [
    "وشن الطيران التركي غارات على مواقع حزب العمال الكردستاني في قنديل، وقالت أنقرة إنها ستلاحق الزمر الإرهابية "
    "أينما كانت.",
    "وأعلن الحرس الثوري أنه قصف مقرات الزمر الإرهابية التابعة لحزب الحياة الحرة الكردستاني في شمال العراق.",
])
def test_the_terrorist_cliques_are_the_terrorist_groups(text: str) -> None:
    got = frames(text)
    assert "الزمر الإرهابية" in [t for t, who in got if who is not None]
    # the same target as the usual spelling finds
    same = [(t.replace("الجماعات", "الزمر"), who) for t, who in frames(text.replace("الزمر", "الجماعات"))]
    assert got == same


@pytest.mark.parametrize(("text", "term", "who"), [
    # the force whose advance the strikes prepare is the one fighting the terrorists, not them
    ("وسيطر تنظيم داعش على البلدات الشرقية قبل عامين. وتقصف طائرات التحالف الدولي مواقع الإرهابيين هناك، تمهيدا "
     "لتقدم قوات سوريا الديمقراطية نحو الحدود.", "الإرهابيين", "isis"),
])
def test_the_force_advancing_after_the_term_is_not_its_target(text: str, term: str, who: str) -> None:
    got = frames(text)
    assert (term, "sdf") not in got
    assert (term, who) in got


def test_a_force_named_after_the_term_with_no_advance_between_still_counts() -> None:
    # no word of advance between: the group named right after the terrorists' word is still the nearest
    text = "وقالت أنقرة إنها ستواصل ملاحقة الإرهابيين من وحدات حماية الشعب في عفرين."
    assert ("الإرهابيين", "ypg") in frames(text)


@pytest.mark.parametrize("text", [
    # the group named only after the lede that calls them rebels
    "قتل سبعة مقاتلين في مواجهات بين القوات الحكومية والمتمردين المدعومين من إيران قرب ميناء المخا. وقال متحدث "
    "باسم الحوثيين إن مقاتليهم صدوا الهجوم.",
    # the force routing them stands nearer than any name of theirs
    "وتقدمت قوات المقاومة الوطنية على جبهة الساحل، وسط تراجع في صفوف المتمردين الموالين لإيران. وقال الحوثيون إنهم "
    "استعادوا موقعين.",
])
def test_rebels_backed_by_iran_are_the_houthis_the_article_names(text: str) -> None:
    got = frames(text)
    assert ("المتمردين", "houthis") in got
    assert all(who in ("houthis", None) for _t, who in got)


def test_rebels_another_state_backs_are_not_the_houthis() -> None:
    text = "ويخوض الجيش الأوكراني معارك مع المتمردين المدعومين من روسيا في الشرق. وقال الحوثيون إنهم يؤيدون موسكو."
    assert ("المتمردين", "houthis") not in frames(text)
