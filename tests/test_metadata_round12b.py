"""Metadata, round 12b (bylines 7; calendar unchanged): a writer and the town filed from joined by a bar
(NAME | حلب), ISO 8601 and English-month page stamps as the publication date. Sentences written for these tests."""

from __future__ import annotations

import marsad
from marsad.stages.metadata import date_line
from tests.conftest import metadata_doc, metadata_fields

BODY = ("وقال مصدر في مديرية الصحة إن فرق الإسعاف نقلت ثلاثة مصابين إلى المستشفى الوطني بعد انفجار "
        "قارورة غاز في مطعم وسط السوق، وإن حالتهم مستقرة.")


def test_writer_bar_town_under_the_title() -> None:
    doc = metadata_doc("انفجار قارورة غاز في مطعم وسط السوق\nمحمد الخطيب | حلب\n" + BODY)
    assert metadata_fields(doc)[1:] == ("محمد الخطيب", "حلب")


def test_town_bar_writer_at_the_end() -> None:
    doc = metadata_doc("انفجار قارورة غاز في مطعم وسط السوق\n" + BODY + "\nحمص | محمد الخطيب")
    assert metadata_fields(doc)[1:] == ("محمد الخطيب", "حمص")


def test_bar_between_two_tags_is_no_byline() -> None:
    doc = metadata_doc("انفجار قارورة غاز في مطعم وسط السوق\nحلب | اقتصاد\n" + BODY)
    assert metadata_fields(doc)[1] is None


def test_iso_stamp_is_a_date_line() -> None:
    got = date_line("2025-03-11T08:45:00+02:00")
    assert got is not None and got[0].isoformat() == "2025-03-11"
    got = date_line("تاريخ النشر: 2025-03-11T08:45:00Z")
    assert got is not None and got[0].isoformat() == "2025-03-11"


def test_english_month_stamps_are_date_lines() -> None:
    for line in ("Mar 11, 2025", "March 11, 2025 08:45 AM", "11 March 2025"):
        got = date_line(line)
        assert got is not None and got[0].isoformat() == "2025-03-11", line


def test_english_words_are_no_date_line() -> None:
    assert date_line("May 11 people join, 2025 plan") is None


def test_stamp_in_the_page_text_gives_the_publication_date() -> None:
    art = marsad.analyze("انفجار قارورة غاز في مطعم وسط السوق\nMar 11, 2025\n" + BODY)
    assert art.published == "2025-03-11"
