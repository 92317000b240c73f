"""Places, round 24 (PL2): a name that is also an ordinary word and needs a place noun (حرض 'incited')
counts right after a front noun or a direction word where the article names its area; al-Mazraq of
Hajjah (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import place_entity


def _place_names(text: str) -> list[str]:
    rec = marsad.analyze(text, published="2018-05-26").to_dict()
    return [e["name"] for e in rec["entities"] if e["type"] == "place"]


@pytest.mark.parametrize(("text", "surface"), [
    ("اشتدت المواجهات صباح اليوم في جبهة حرض الواقعة في محافظة حجة بعد هجوم واسع.", "حرض"),
    ("وتواصل القوات الحكومية زحفها على جبهتي حرض وميدي بمحافظة حجة منذ أيام.", "حرض"),
])
def test_front_noun_licenses_a_common_word_name(text: str, surface: str) -> None:
    e = place_entity(text, surface)
    assert e["country"] == "YE"
    assert abs(e["lat"] - 16.43) < 0.1 and abs(e["lon"] - 43.06) < 0.1


def test_direction_word_licenses_a_common_word_name() -> None:
    e = place_entity("استعاد الجنود قريتين شرق حرض بعد معارك في محافظة حجة.", "شرق حرض")
    assert e["country"] == "YE"
    assert 16.3 < e["lat"] < 16.6 and 43.0 < e["lon"] < 43.3


@pytest.mark.parametrize("text", [
    # the verb 'incited': no front noun or direction before it
    "حرض الخطيب أنصاره على التظاهر في محافظة حجة يوم الجمعة.",
    # a front, but the article names nothing of Hajjah: the held name stays out
    "قال المتحدث إن جبهة حرض تشهد هدوءا حذرا منذ مساء أمس.",
])
def test_common_word_name_stays_out_without_its_licence(text: str) -> None:
    assert "Harad" not in _place_names(text)


@pytest.mark.parametrize(("text", "surface"), [
    ("قصفت المدفعية مواقع للمسلحين في منطقة المزرق التابعة لمحافظة حجة.", "منطقة المزرق"),
    ("أصبح معسكر المزرق تحت نيران القوات المتقدمة من جهة الغرب.", "معسكر المزرق"),
])
def test_al_mazraq_is_in_hajjah(text: str, surface: str) -> None:
    e = place_entity(text, surface)
    assert e["country"] == "YE"
    assert abs(e["lat"] - 16.37) < 0.15 and abs(e["lon"] - 43.2) < 0.15


@pytest.mark.parametrize(("text", "name"), [
    ("قالت النساء اللواتي عدن إلى بيوتهن إن المسلحين أطلقوا سراحهن ليلا.", "Aden"),
    ("أوضح المتحدث أن الغارات لم تدمر مدرج المطار كما زعمت وسائل إعلام.", "Palmyra"),
    ("وأضاف أن الحصار الطويل قد تدمر آثاره المدن الصغيرة إن استمر.", "Palmyra"),
])
def test_a_verb_after_a_verb_particle_is_no_place(text: str, name: str) -> None:
    assert name not in _place_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وصل الرئيس إلى عدن قادما من الرياض بعد غياب طويل.", "Aden"),
    ("قالت مصادر محلية إن تدمر تعرضت لقصف جوي عنيف مساء الأحد.", "Palmyra"),
])
def test_the_place_stays_without_a_particle(text: str, name: str) -> None:
    assert name in _place_names(text)
