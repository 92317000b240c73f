"""Last round 18 (PL): Qatif and al-Awamiyah in the pack; «بكابل» / «كابل معدني» as a cable, not Kabul."""

from __future__ import annotations

import marsad
from tests.conftest import place_entity


def _place_names(text: str) -> list[str]:
    rec = marsad.analyze(text, published="2018-03-01").to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]]


def test_qatif_is_placed_in_the_eastern_province() -> None:
    text = "داهمت قوات الأمن السعودية منازل في مدينة القطيف واعتقلت عددا من الشبان."
    town = place_entity(text, "القطيف")
    assert town["country"] == "SA" and abs(town["lat"] - 26.56) < 0.05 and abs(town["lon"] - 50.01) < 0.05


def test_awamiyah_is_placed_beside_qatif() -> None:
    text = "قتل عنصران من الشرطة في اشتباك مع مسلحين في العوامية شرقي المملكة."
    town = place_entity(text, "العوامية")
    assert town["country"] == "SA" and abs(town["lat"] - 26.59) < 0.05 and abs(town["lon"] - 49.99) < 0.05


def test_a_cable_after_a_verb_of_tying_is_no_kabul() -> None:
    text = "قال المحققون في بروكسل إن العبوة تتألف من جزأين ربطا بكابل يحمله المشتبه به."
    assert "كابل" not in " ".join(_place_names(text))


def test_a_metal_cable_is_no_kabul() -> None:
    text = "أفاد السجين في لندن بأن الحراس اعتدوا عليه بكابل معدني أثناء التحقيق."
    assert "كابل" not in " ".join(_place_names(text))


def test_kabul_itself_still_counts() -> None:
    text = "قتل عشرة أشخاص في تفجير انتحاري استهدف حيا دبلوماسيا في كابل صباح الثلاثاء."
    assert place_entity(text, "كابل")["country"] == "AF"
    text = "انفجرت سيارة مفخخة بكابل قرب مقر وزارة الداخلية الأفغانية."
    assert place_entity(text, "كابل")["country"] == "AF"  # بكابل with no word of tying before it
