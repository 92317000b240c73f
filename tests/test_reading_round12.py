"""Reading, round 12 (boilerplate 3): the headlines a page lists under «اقرأ أيضاً» or «مقالات ذات صلة» are
links to other articles, not body. Text written for these tests."""

from __future__ import annotations

from pathlib import Path

import marsad
from marsad.reading import read_paths, remove_boilerplate

BODY1 = "وقال مسؤول محلي إن القصف استهدف أطراف البلدة ليلاً، وأدى إلى تضرر عدد من المنازل وخزان المياه الرئيسي."
BODY2 = "وأضاف أن فرق الإسعاف نقلت المصابين إلى مستشفى المدينة، وأن حالة اثنين منهم خطرة."


def test_listed_headlines_under_read_also_are_removed() -> None:
    text = f"{BODY1}\nاقرأ أيضاً\nاعتقال ثلاثة مطلوبين في ريف حمص\n\nانفجار عبوة ناسفة في سوق الباب\n{BODY2}"
    out, removed = remove_boilerplate(text)
    assert removed == 3
    assert "اعتقال" not in out and "الباب" not in out
    assert BODY1 in out and BODY2 in out


def test_body_after_the_list_stays() -> None:
    text = f"مقالات ذات صلة\nقصف مدفعي على قرى جبل الزاوية\n{BODY1}\nغارات جوية على البادية السورية"
    out, removed = remove_boilerplate(text)
    assert removed == 2
    assert out.splitlines()[-1] == "غارات جوية على البادية السورية"  # a headline line after body is kept


def test_a_short_sentence_under_the_head_is_body() -> None:
    out, removed = remove_boilerplate(f"اقرأ أيضاً\nوقتل في الهجوم ثلاثة أشخاص.\n{BODY2}")
    assert removed == 1 and "ثلاثة أشخاص" in out


def test_analyze_treats_listed_headlines_as_furniture() -> None:
    art = marsad.analyze(f"{BODY1}\n{BODY2}\nاقرأ أيضاً\nاعتقال ثلاثة مطلوبين في ريف حمص", published="2025-04-02")
    assert [q.value for q in art.quantities] == [2.0]  # the three of the listed headline are not counted


def test_tag_lines_are_furniture() -> None:
    text = f"{BODY1}\n{BODY2}\nالمزيد عن: لبنان|الحدود|الجيش\nالكلمات المفتاحية: حمص، القصير\nإعلان"
    out, removed = remove_boilerplate(text)
    assert removed == 3 and out == f"{BODY1}\n{BODY2}"


def test_a_body_line_opening_with_a_tag_word_stays() -> None:
    line = "المزيد عن تفاصيل الهجوم نشرته الوزارة في بيان لاحق مساء الأحد."
    assert remove_boilerplate(line) == (line, 0)


def test_tag_line_is_cut_when_a_file_is_read(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"{BODY1}\n{BODY2}\nالمزيد عن: لبنان|إدلب\n", "utf-8")
    (art,) = list(read_paths([str(f)]))
    assert "إدلب" not in art.text  # type: ignore[union-attr]
