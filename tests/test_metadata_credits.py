"""Metadata from credit lines in the formats of Syrian and regional sites of 2024-2025: several credits on one
line, a reporter in brackets, a writer line at the end, a site naming itself before a colon, and the first line
of an article pasted without its headline. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import metadata_doc, metadata_fields

TITLE = "انفجار لغم أرضي بسيارة مدنية على طريق زراعي"
BODY = ("قالت مصادر أهلية إن سيارة تقل عمالاً زراعيين انفجر بها لغم من مخلفات الحرب على طريق ترابي قرب القرية "
        "صباح الثلاثاء، ما أدى إلى إصابة ثلاثة منهم.")
BODY2 = ("وأضافت المصادر أن فرق الإسعاف نقلت المصابين إلى مستشفى المدينة، وسط مطالبات بتسريع عمليات نزع الألغام من "
         "الأراضي الزراعية.")


run = metadata_doc
fields = metadata_fields


@pytest.mark.parametrize(("line", "author"), [
    ("إعداد: ريم الخالد – تحرير: سامر يوسف", "ريم الخالد"),  # the writer, not the editor
    ("إعداد: ريم الخالد | تحرير: سامر يوسف", "ريم الخالد"),
    ("حرر بواسطة: نادر العمر", "نادر العمر"),
])
def test_writer_and_editor_on_one_line(line: str, author: str) -> None:
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\n{line}")
    assert doc.author == author
    assert doc.outlet is None
    assert line in [doc.text[a:b] for a, b in doc.furniture]


def test_outlet_credit_then_its_writer() -> None:
    doc = run(f"{TITLE}\nأورينت نت – إعداد: ريم الخالد\n{BODY}\n{BODY2}")
    assert fields(doc) == ("أورينت نت", "ريم الخالد", None)


def test_place_and_outlet_then_writer_and_editor() -> None:
    doc = run(f"{TITLE}\nالحسكة – نورث برس\n{BODY}\n{BODY2}\nإعداد: ريم الخالد – تحرير: سامر يوسف")
    assert fields(doc) == ("نورث برس", "ريم الخالد", "الحسكة")


def test_a_headline_with_a_credit_word_is_no_credit() -> None:
    """A cue after a dash names no person here ("فريق الرصد" is a team): the line stays a headline."""
    doc = run(f"حصيلة ضحايا الألغام - إعداد: فريق الرصد\n{BODY}\n{BODY2}")
    assert fields(doc) == (None, None, None)


def test_reporter_in_brackets_after_the_credit() -> None:
    doc = run(f"{TITLE}\nبلدي نيوز - إدلب (ريم الخالد)\n{BODY}\n{BODY2}")
    assert fields(doc) == ("بلدي نيوز", "ريم الخالد", "إدلب")


def test_place_writer_and_outlet_on_the_very_first_line() -> None:
    doc = run(f"أنطاكيا/ ريم الخالد/ الأناضول\n{BODY}\n{BODY2}")
    assert fields(doc) == ("الأناضول", "ريم الخالد", "أنطاكيا")


@pytest.mark.parametrize("line", [
    "حمص - محمد العلي - الأسواق",  # a headline of three parts without an outlet
    "الأخبار - سوريا",  # a name that is also a word ("the news") before a country: a breadcrumb
])
def test_first_line_without_a_sure_outlet(line: str) -> None:
    doc = run(f"{line}\n{BODY}\n{BODY2}")
    assert doc.outlet is None


def test_name_that_is_a_word_before_a_town_on_the_first_line() -> None:
    """An article pasted without its headline opens on its credit: a cue-only name counts before a town."""
    doc = run(f"الميادين - حمص\n{BODY}\n{BODY2}")
    assert fields(doc) == ("الميادين", None, "حمص")


def test_writer_line_at_the_end() -> None:
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\nحمص - محمد العلي")
    assert (doc.author, doc.dateline) == ("محمد العلي", "حمص")


def test_a_closing_phrase_at_the_end_is_no_writer() -> None:
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\nحمص - شكرا للمتابعة")
    assert (doc.author, doc.dateline) == (None, None)


@pytest.mark.parametrize(("opening", "outlet"), [
    ("حرية برس: ", "حرية برس"),
    ("ستيب نيوز: ", "ستيب نيوز"),
])
def test_site_named_before_a_colon_opening_the_first_paragraph(opening: str, outlet: str) -> None:
    doc = run(f"{opening}{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.name == outlet


def test_a_monitor_quoted_before_a_colon_is_not_the_publisher() -> None:
    doc = run(f"المرصد السوري لحقوق الإنسان: {BODY}\n{BODY2}")
    assert doc.outlet is None


def test_section_label_after_the_outlet() -> None:
    doc = run(f"{TITLE}\nالمدن - عرب وعالم\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.name == "المدن"


def test_a_breadcrumb_on_the_first_line_is_no_credit() -> None:
    doc = run(f"الأخبار - سياسة\n{BODY}\n{BODY2}")
    assert doc.outlet is None


@pytest.mark.parametrize(("line", "ref"), [
    ("Levant24", "levant24"),
    ("خاص - ليفانت 24", "levant24"),
    ("نداء بوست", "nedaa-post"),
    ("الوطن أون لاين", "alwatan-syria"),
])
def test_new_outlets(line: str, ref: str) -> None:
    doc = run(f"{TITLE}\n{line}\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == ref


def test_reporter_named_ali_after_place_and_colon() -> None:
    """"علي" folds to the preposition "على"; as a reporter's first name it is a name."""
    doc = run(f"{TITLE}\nبيروت: علي الحسن\n{BODY}\n{BODY2}")
    assert (doc.author, doc.dateline) == ("علي الحسن", "بيروت")


def test_the_sites_desk_is_no_author() -> None:
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\nنشر بواسطة: فريق التحرير")
    assert doc.author is None
