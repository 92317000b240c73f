"""Round 19b: ordinary words, institution names and a person's family name taken as places; the Al-Awja
crossing beside Rafah; a state's base in another country; Doha's size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from tests.conftest import place_entity


def _record(text: str, published: str = "2018-06-15") -> dict:
    return marsad.analyze(text, published=published).to_dict()


def _places(text: str, published: str = "2018-06-15") -> list[str]:
    return [e["name"] for e in _record(text, published)["entities"] if e["type"] == "place"]


def _event_places(text: str, published: str = "2018-06-15") -> list[str | None]:
    rec = _record(text, published)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [names.get(v["place"]) if v["place"] else None for v in rec["events"]]


@pytest.mark.parametrize("text", [
    "وكان الجو في المخيم حارا، وكانت الليلة حارة جدا على النازحين في ريف إدلب.",
    "وقالت الأمم المتحدة إن القرية أيضا تعرضت للقصف في ريف حماة.",
])
def test_adverb_after_place_noun_is_no_name(text: str) -> None:
    names = _places(text)
    assert all(n not in ("Jda", "Ayda", "Ayza") for n in names), names
    assert not any(len(n) <= 4 and n.lower().startswith(("jd", "ay")) for n in names), names


def test_royal_title_after_place_noun_starts_an_institution() -> None:
    names = _places("ونقل المصابون إلى مدينة الملك سعود الطبية في الرياض بعد الحادث.")
    assert not any("Mlk" in n or "Malik" in n for n in names), names
    assert "Riyadh" in names


def test_common_word_under_bare_lam_is_no_place() -> None:
    names = _places("وافتتح المحافظ قصرا للعلم والثقافة في بغداد بعد سنوات من الحرب.")
    assert "Al-Alam" not in names, names
    assert "Baghdad" in names


def test_common_word_after_cue_noun_stays_a_place() -> None:
    assert place_entity("وقصفت طائرات مسيرة بلدة العلم شرقي تكريت فجر اليوم.", "العلم")["name"] == "Al-Alam"


def test_prime_minister_family_name_is_no_mountain() -> None:
    rec = _record("وقالت حكومة هشام قنديل إنها ستعوض المتضررين من السيول في أسوان.", "2013-03-01")
    places = [e["name"] for e in rec["entities"] if e["type"] == "place"]
    assert "Qandil Mountains" not in places, places
    people = [e["name"] for e in rec["entities"] if e["type"] == "person"]
    assert "Hisham Qandil" in people, people


def test_qandil_mountains_still_found() -> None:
    assert "Qandil Mountains" in _places("وقصفت الطائرات التركية مواقع للحزب في جبال قنديل شمالي العراق.")


def test_awja_beside_rafah_is_the_crossing() -> None:
    e = place_entity("وأعلنت القاهرة فتح معبري رفح والعوجة أمام الشاحنات لمدة أسبوع.", "العوجة")
    assert e["name"] == "Al-Awja (Nitzana) crossing"
    assert abs(e["lat"] - 30.88) < 0.2 and abs(e["lon"] - 34.42) < 0.2


def test_awja_in_iraq_stays() -> None:
    assert place_entity("وانتشرت القوات الأمنية في العوجة جنوبي تكريت.", "العوجة")["name"] == "Al-Awja"


def test_state_base_in_another_country_event_is_in_that_country() -> None:
    assert _event_places("وقتل ثلاثة جنود في انفجار داخل قاعدة تركيا بالصومال أمس.")[0] == "Somalia"


def test_doha_is_a_large_city() -> None:
    path = Path(marsad.__file__).parent / "data" / "places.jsonl"
    doha = next(json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if '"qa-doha"' in ln)
    assert doha["population"] > 1_000_000


def test_iron_dome_misspelt_is_not_hodeidah() -> None:
    names = _places("وقال الجيش الإسرائيلي إن القبة الحديدة اعترضت صاروخين أطلقا من شمال غزة.")
    assert "Al Hudaydah" not in names, names


def test_hodeidah_after_other_nouns_stays() -> None:
    assert "Al Hudaydah" in _places("وتواصلت المعارك في أحياء الحديدة الشرقية منذ الصباح.")
