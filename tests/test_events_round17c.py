"""Round 17c (events precision): a naval threat beside trade words (boats, warships, closing a strait) stays a
threat; waving flags, buying arms or closing airports and schools is no threat of military action; a dot inside
an abbreviation spelled with Arabic letter names (إم.آي، بي.بي.سي) ends no sentence."""

from __future__ import annotations

import pytest

from marsad.textnorm import split_sentences


def _types(text: str) -> list[str]:
    import marsad

    return [ev["type"] for ev in marsad.analyze(text, published="2019-06-01").to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "وذكرت البحرية أن الزوارق كانت تهدد السفن التجارية قرب الساحل.",
    "وقال الضابط إن الزورقين كانا يهددان الناقلات التجارية العابرة للخليج.",
    "وهددت طهران مرارا بإغلاق مضيق هرمز أمام حركة التجارة العالمية.",
])
def test_naval_threat_beside_trade_stays(text: str) -> None:
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize("text", [
    "وكانت حشود المشجعين تلوح بالأعلام في شوارع المدينة بعد الفوز.",
    "ولوحت الحكومة باقتناء طائرات مدنية جديدة لشركة الطيران الوطنية.",
    "وهدد الوزير بإغلاق المطارات أمام الرحلات القادمة من الدول الموبوءة.",
    "وهددت النقابة بإغلاق المدارس إذا لم ترفع الرواتب.",
])
def test_threat_of_no_armed_deed_is_no_threaten(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_closing_the_borders_stays_a_threat() -> None:
    assert "THREATEN" in _types("وهدد الجيش بإغلاق الحدود مع الجارة الشمالية ردا على التسلل.")


@pytest.mark.parametrize("text", [
    "وقال جهاز إم.آي 5 إن الخطر قائم.",
    "ونقلت بي.بي.سي عن مسؤول قوله إن المحادثات انتهت.",
    "وأكد مكتب الإف.بي.آي اعتقال المشتبه به.",
    "وبثت سي.إن.إن صورا للقصف.",
])
def test_letter_name_abbreviation_ends_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_full_stop_before_a_word_still_ends() -> None:
    text = "وانسحب الجيش من المدينة.وقال المتحدث إن العملية انتهت."
    assert len(split_sentences(text)) == 2
