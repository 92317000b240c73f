"""Metadata from the credit styles of outlets outside the ANT corpus: Gulf and Levant agencies that date
their credit, Iraqi slash credits, an outlet and the agencies it copied, an unnamed reporter, a writer's
trade or town after the last paragraph, a region as the dateline, and the parties to the conflict that stand
where a credit would. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad import pipeline
from tests.conftest import metadata_doc, metadata_fields

TITLE = "اشتباكات في ريف المحافظة الشرقي توقع جرحى"
BODY = ("قالت مصادر محلية إن اشتباكات اندلعت بين مجموعتين مسلحتين في ريف المحافظة الشرقي مساء الأحد، وأسفرت "
        "عن سقوط عدد من الجرحى بين المدنيين.")
BODY2 = ("وأضافت المصادر أن التوتر ما زال يسود المنطقة وسط انتشار أمني كثيف، فيما لم يصدر أي تعليق رسمي حتى "
         "ساعة إعداد هذا التقرير.")


run = metadata_doc
fields = metadata_fields


def head(line: str) -> pipeline.Doc:
    return run(f"{TITLE}\n{line}\n{BODY}\n{BODY2}")


def tail(line: str) -> pipeline.Doc:
    return run(f"{TITLE}\n{BODY}\n{BODY2}\n{line}")


@pytest.mark.parametrize(("opening", "ref", "name", "dateline"), [
    ("الكويت - 15 - 1 (كونا) -- ", "kuna", "كونا", "الكويت"),
    ("أبوظبي في 15 يناير / وام / ", "wam", "وام", "أبوظبي"),
    ("عمان 15 كانون الثاني (بترا) - ", "petra", "بترا", "عمان"),
    ("الدوحة في 3 مارس /قنا/ ", "qna", "قنا", "الدوحة"),
])
def test_agency_credit_with_the_filing_date(opening: str, ref: str, name: str, dateline: str) -> None:
    doc = run(f"{TITLE}\n{opening}{BODY}\n{BODY2}")
    assert fields(doc) == (name, None, dateline)
    assert doc.outlet is not None and doc.outlet.ref == ref


def test_dated_credit_on_a_line_of_its_own() -> None:
    assert fields(head("دمشق – 12 أيار 2024 (سانا)")) == ("سانا", None, "دمشق")


def test_iraqi_slash_credit_with_a_closing_slash() -> None:
    assert fields(head("الموصل/ نينا/")) == ("نينا", None, "الموصل")
    assert fields(run(f"{TITLE}\nبغداد/ نينا/ {BODY}\n{BODY2}")) == ("نينا", None, "بغداد")


@pytest.mark.parametrize(("line", "name"), [
    ("فرانس 24/ أ ف ب", "فرانس 24"),
    ("فرانس24/ أ ف ب/ رويترز", "فرانس24"),
    ("الجزيرة نت - رويترز", "الجزيرة نت"),
])
def test_outlet_then_the_agencies_it_copied(line: str, name: str) -> None:
    doc = tail(line)
    assert fields(doc) == (name, None, None)
    assert fields(head(line)) == (name, None, None)
    # the outlets named there are mentions the annotators count, so the line stays body
    assert line not in [doc.text[a:b] for a, b in doc.furniture]


def test_agencies_alone_name_no_publisher() -> None:
    assert fields(tail("رويترز - أ ف ب")) == (None, None, None)


def test_a_generic_word_then_the_outlet() -> None:
    assert fields(head("وكالات - الخليج أونلاين")) == ("الخليج أونلاين", None, None)


@pytest.mark.parametrize("line", ["حلب - مراسل الوطن", "حلب - مراسلنا", "مراسلنا - حلب"])
def test_an_unnamed_reporter_gives_the_dateline_only(line: str) -> None:
    assert fields(head(line)) == (None, None, "حلب")


@pytest.mark.parametrize(("line", "author"), [
    ("ليلى حداد - كاتبة سورية", "ليلى حداد"),
    ("سامر يوسف - صحافي", "سامر يوسف"),
    ("وزير الخارجية - صحافي", None),  # a title, no name
])
def test_a_writer_and_their_trade_at_the_end(line: str, author: str | None) -> None:
    assert fields(tail(line)) == (None, author, None)


def test_a_writer_and_a_town_at_the_end() -> None:
    assert fields(tail("سامر الحلبي - حلب")) == (None, "سامر الحلبي", "حلب")


def test_a_leader_and_a_town_is_no_byline() -> None:
    assert fields(tail("أحمد الشرع - دمشق")) == (None, None, None)  # a caption
    assert fields(head("أحمد الشرع - دمشق")) == (None, None, None)


@pytest.mark.parametrize(("line", "author"), [
    ("سامر يوسف", "سامر يوسف"),
    ("سامر يوسف/ ليلى حداد", "سامر يوسف"),
    ("رئيس الولايات المتحدة", None),
])
def test_the_writers_name_alone_after_the_last_paragraph(line: str, author: str | None) -> None:
    assert fields(tail(line)) == (None, author, None)


@pytest.mark.parametrize(("line", "author"), [
    ("متابعة: نور الهدى كريم", "نور الهدى كريم"),
    ("تقرير: رامي الأحمد", "رامي الأحمد"),
    ("تقرير: الحرب تدمر ما تبقى من اقتصاد البلاد", None),  # a headline
])
def test_desk_words_before_a_persons_name(line: str, author: str | None) -> None:
    doc = head(line)
    assert fields(doc) == (None, author, None)


def test_a_region_after_an_outlet_name_that_is_a_word() -> None:
    assert fields(head("المنار – جنوب لبنان")) == ("المنار", None, "جنوب لبنان")


@pytest.mark.parametrize("line", ["حلب - قوات النظام", "إدلب - هيئة تحرير الشام"])
def test_a_party_to_the_conflict_is_no_author_or_outlet(line: str) -> None:
    assert fields(head(line)) == (None, None, None)


def test_a_generic_credit_is_no_dateline() -> None:
    assert head("وكالات - الخليج أونلاين").dateline is None


def test_a_name_ending_in_ikhbariya_is_an_outlet() -> None:
    assert fields(head("القاهرة - القاهرة الإخبارية")) == ("القاهرة الإخبارية", None, "القاهرة")


@pytest.mark.parametrize(("line", "ref"), [
    ("بيروت - البناء", "al-binaa"),
    ("الرياض - سبق", "sabq"),
    ("السليمانية - خندان", "xendan"),
    ("موقع عرب 48", "arab48"),
    ("بغداد - موازين نيوز", "mawazin"),
])
def test_outlets_added_to_the_pack(line: str, ref: str) -> None:
    doc = head(line)
    assert doc.outlet is not None and doc.outlet.ref == ref


@pytest.mark.parametrize("line", ["صورة أرشيفية - رويترز", "أرشيفية - أ ف ب", "صورة تعبيرية"])
def test_a_photo_caption_names_no_outlet_or_dateline(line: str) -> None:
    assert fields(head(line)) == (None, None, None)
    assert fields(tail(line)) == (None, None, None)


def test_a_headline_opening_with_a_caption_word_stays_a_headline() -> None:
    text = f"صور تكشف حجم الدمار في أحياء المدينة القديمة\n{BODY}\n{BODY2}"
    assert run(text).furniture == []


def test_exclusive_and_the_outlet_after_the_place() -> None:
    assert fields(head("حمص - خاص عنب بلدي")) == ("عنب بلدي", None, "حمص")


def test_a_quoted_outlet_after_the_place() -> None:
    assert fields(head("دمشق ـ «الوطن العربي»")) == ("الوطن العربي", None, "دمشق")


def test_the_outlets_short_name_in_brackets() -> None:
    doc = head("بغداد - وكالة الأنباء العراقية (واع)")
    assert fields(doc) == ("وكالة الأنباء العراقية", None, "بغداد")


def test_written_and_edited_by() -> None:
    assert fields(head("إعداد وتحرير: سامر يوسف")) == (None, "سامر يوسف", None)
