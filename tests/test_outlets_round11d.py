"""Round 11d (framing, quantities and one entity epithet on the wording of stance outlets that the ANT corpus lacks:
SANA, Al-Manar, Houthi, Amaq-style and opposition sites). Sentences written for these tests."""

from __future__ import annotations

import marsad


def refs_of(text: str, published: str) -> list[str | None]:
    art = marsad.analyze(text, published=published).to_dict()
    return [e.get("ref") for e in art["entities"]]


def test_deposed_president_before_a_mans_name_is_that_man() -> None:
    text = "وكان الرئيس المخلوع زين العابدين بن علي قد غادر تونس إلى جدة قبل سنوات."
    assert "bashar-al-assad" not in refs_of(text, "2025-03-01")


def test_fled_president_before_a_mans_name_is_that_man() -> None:
    text = "وقال الرئيس الفار عبدربه منصور هادي إن حكومته ستعود قريبا."
    assert "bashar-al-assad" not in refs_of(text, "2025-03-01")


def test_deposed_president_is_assad_only_after_his_fall() -> None:
    text = "وكشفت وثائق مسربة أن الرئيس المخلوع هرب إلى موسكو على متن طائرة روسية."
    assert "bashar-al-assad" in refs_of(text, "2025-01-20")
    assert "bashar-al-assad" not in refs_of(text, "2018-01-20")
