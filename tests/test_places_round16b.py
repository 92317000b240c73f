"""Round 16: «بعقوبة» 'with a penalty of' in a sentencing report is the word, not Baqubah."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


def place_names(text: str, published: str = "2018-06-20") -> list[str]:
    """The Arabic surfaces of every place mention marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published=published).to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]]


# --- «بعقوبة» in a sentencing report is the word, not Baqubah ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "قضت محكمة فرنسية على المتهم بعقوبة السجن خمسة عشر عاما بتهمة القتل.",
    "طالبت النيابة العامة بعقوبة أشد بحق المتهمين الثلاثة.",
    "حكم القاضي على الرجل بعقوبة أقصاها السجن المؤبد.",
    "أعادت الحكومة العمل بعقوبة الإعدام في جرائم الإرهاب.",
])
def test_penalty_word_is_no_baqubah(text: str) -> None:
    assert "بعقوبة" not in place_names(text)


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة في سوق مدينة بعقوبة مركز محافظة ديالى.",
    "وصلت تعزيزات عسكرية إلى بعقوبة (شمال شرق بغداد) مساء الخميس.",
    "قتل شرطيان في هجوم مسلح على حاجز في بعقوبة أمس.",
])
def test_baqubah_still_found(text: str) -> None:
    assert place_entity(text, "بعقوبة")["country"] == "IQ"
