"""Framing, round 14c: a loaded term quoted as a word (مصطلح، عبارة، ما يسمى بـ) is mentioned, not used; a hashtag
the outlet writes is its own word wherever the term stands in it. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2021-03-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_phrase_quoted_after_a_word_for_term_is_mentioned_not_used() -> None:
    got = frames('وأعلنت الحكومة الإسرائيلية حذف مصطلح "الأراضي المحتلة" من كتب الجغرافيا، '
                 'وقال الجيش الإسرائيلي إنه قصف مواقع في غزة.')
    assert not [t for t, _ in got if t == "المحتلة"]


def test_a_word_quoted_after_عبارة_names_no_one() -> None:
    got = frames('واعترض حزب الله على عبارة «الإرهابيين» في مسودة البيان، وقال إن مقاتليه يدافعون عن لبنان.')
    assert ("الإرهابيين", "hezbollah") not in got


def test_so_called_with_a_detached_ba_names_no_one_but_a_later_use_counts() -> None:
    got = frames('وسخر الناطق من ما يسمى بـ"الدواعش التائبين"، فيما قصفت الميليشيات الحوثية أحياء في مأرب.')
    assert not [t for t, _ in got if t == "الدواعش"]
    assert ("الميليشيات", "houthis") in got


def test_a_bare_term_after_كلمة_is_mentioned() -> None:
    got = frames("وطالب نواب بحذف كلمة الإرهابيين من بيان الحكومة عن هجوم تنظيم داعش على السجن.")
    assert not [t for t, _ in got if t == "الإرهابيين"]


def test_a_term_in_quotes_with_no_holder_still_counts() -> None:
    got = frames('وقال الجيش الإسرائيلي إن "الإرهابيين" في حماس أطلقوا صواريخ على عسقلان.')
    assert ("الإرهابيين", "hamas") in got


def test_a_term_after_the_underscore_of_the_outlets_hashtag_counts() -> None:
    got = frames("وقالت القناة في منشورها: #الحوثي_الإرهابي يقصف الأحياء السكنية في مأرب بالصواريخ.")
    assert ("الإرهابي", "houthis") in got


def test_a_term_opening_the_outlets_hashtag_counts() -> None:
    assert ("ميليشيات", "houthis") in frames("وأكدت الوكالة أن #ميليشيات_الحوثي قصفت أحياء مأرب بالصواريخ.")


def test_a_hashtag_others_launched_is_mentioned_through_its_last_word() -> None:
    got = frames("وتداول ناشطون وسم #ميليشيات_الحوثي_الإرهابية بعد قصف أحياء مأرب بالصواريخ.")
    assert not [t for t, _ in got if t in ("ميليشيات", "الإرهابية")]
