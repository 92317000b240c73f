"""Clitic-aware phrase matching."""

from __future__ import annotations

from marsad.matcher import PhraseIndex
from marsad.textnorm import fold


def _found(index: PhraseIndex, text: str) -> list[str]:
    f = fold(text)
    return [text[slice(*f.span(m.start, m.end))] for m in index.find(f.text)]


def test_proclitics_and_lam_alef() -> None:
    idx = PhraseIndex()
    for name in ("الحسكة", "القامشلي", "الجزيرة نت", "قسد", "الوطن"):
        idx.add(name, name)
    text = "وصل إلى الحسكة ثم بالحسكة والقامشلي، وقال للجزيرة نت إن قسد وبقسد لـ«الوطن»"
    assert _found(idx, text) == ["الحسكة", "الحسكة", "القامشلي", "جزيرة نت", "قسد", "قسد", "الوطن"]


def test_no_match_inside_words() -> None:
    idx = PhraseIndex()
    idx.add("الرقة", "raqqa")
    idx.add("رقة", "raqqa-bare")
    assert _found(idx, "محترقة وزرقة") == []
    assert _found(idx, "في مدينة الرقة") == ["الرقة"]


def test_longest_match_wins() -> None:
    idx = PhraseIndex()
    idx.add("وحدات حماية الشعب", "ypg")
    idx.add("وحدات حماية الشعب الكردية", "ypg-long")
    idx.add("الشعب", "people")
    f = fold("قالت وحدات حماية الشعب الكردية إن")
    (m,) = idx.find(f.text)
    assert m.payloads == ("ypg-long",)


def test_spelling_variants_match_the_same_key() -> None:
    idx = PhraseIndex()
    idx.add("قوات سوريا الديمقراطية", "sdf")
    assert _found(idx, "قوات سوريّة الديمقراطيّة") == []  # سورية ≠ سوريا: variants are data
    idx.add("قوات سورية الديمقراطية", "sdf")
    assert _found(idx, "قوات سوريّة الديمقراطيّة") == ["قوات سوريّة الديمقراطيّة"]


def test_latin_names() -> None:
    idx = PhraseIndex()
    idx.add("SY24", "sy24")
    assert _found(idx, "خاص - SY24") == ["SY24"]
    assert _found(idx, "XSY24") == []


def test_repeated_scan_of_one_text() -> None:
    # one index scanning the same text twice answers from its memo; the caller's list is its own
    idx = PhraseIndex()
    idx.add("الرقة", "raqqa")
    text = fold("في الرقة وبالرقة").text
    first = idx.find_all(text)
    first.clear()
    again = idx.find_all(text)
    assert [m.prefix for m in again] == ["", "وب"]
    idx.add("في", "in")  # a changed index scans again
    assert len(idx.find_all(text)) == 3
    assert idx.find_all(fold("حلب").text) == []
