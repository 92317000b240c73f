"""Places, round 22 (PL): a bare umbrella region (الغوطة، القلمون) in an article that names exactly one of its
parts is a short mention of that part, not a second place (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import place_entity


def _places(text: str) -> list[dict]:
    return [e for e in marsad.analyze(text, published="2018-03-01").to_dict()["entities"] if e["type"] == "place"]


@pytest.mark.parametrize(("text", "short", "long"), [
    ("قصفت الطائرات الحربية بلدات في الغوطة الشرقية صباح الأحد، وقال ناشطون إن مئات المدنيين فروا من الغوطة نحو دمشق.",
     "الغوطة", "الغوطة الشرقية"),
    ("تواصل القوات الحكومية حصار الغوطة منذ أشهر، ويعيش في الغوطة الشرقية قرابة أربعمئة ألف نسمة.",
     "الغوطة", "الغوطة الشرقية"),
    ("انسحب المسلحون من جرود القلمون الغربي، وقالت مصادر إن آخر قافلة غادرت القلمون مساء الجمعة.",
     "القلمون", "القلمون الغربي"),
])
def test_short_form_is_a_mention_of_the_part_named(text: str, short: str, long: str) -> None:
    e = place_entity(text, short)
    assert long in {m["text"] for m in e["mentions"]}
    assert len([p for p in _places(text) if any(m["text"] == short for m in p["mentions"])]) == 1


def test_umbrella_stays_when_both_parts_are_named() -> None:
    # both halves named: the bare name is the whole region, its own place
    text = ("سقطت قذائف على الغوطة الشرقية والغوطة الغربية، وقال الدفاع المدني إن الغوطة تعيش أسوأ أيامها.")
    e = place_entity(text, "الغوطة")
    assert {m["text"] for m in e["mentions"]} == {"الغوطة"}


def test_umbrella_stays_alone() -> None:
    e = place_entity("وصلت قافلة مساعدات إلى الغوطة بعد أسابيع من الحصار.", "الغوطة")
    assert e["name"] == "Ghouta"


@pytest.mark.parametrize(("text", "surface", "country"), [
    # a capital, not the small GeoNames village of the country the article is about
    ("وصل وفد من حركة حماس إلى الدوحة قادما من قطاع غزة لبحث ملف المصالحة.", "الدوحة", "QA"),
    ("اجتمع المبعوث الأميركي مع ممثلين عن حركة طالبان في الدوحة، ثم زار قطاع غزة ورام الله.", "الدوحة", "QA"),
    ("نشرت صحف تل أبيب والقدس الصادرة اليوم أن هجمات متزامنة ضربت كابول وقندهار أمس.", "كابول", "AF"),
])
def test_metropolis_over_village_abroad(text: str, surface: str, country: str) -> None:
    assert place_entity(text, surface)["country"] == country


@pytest.mark.parametrize(("text", "surface", "country"), [
    # the text calls it a village or town: the village stands
    ("اقتحمت قوات الاحتلال بلدة الدوحة غرب بيت لحم واعتقلت شابين.", "الدوحة", "PS"),
    # told among local names the gazetteers lack: a list of villages
    ("تظاهر فلسطينيو الداخل في إسرائيل ضد مصادرة أراضي عرابة وطرعان وكابول وغيرها من القرى.", "كابول", "IL"),
])
def test_village_stands_where_the_text_makes_it_one(text: str, surface: str, country: str) -> None:
    assert place_entity(text, surface)["country"] == country


def test_direction_of_a_stray_namesake_has_no_point_abroad() -> None:
    # a Yemeni report: the pack's الحسينية is a Deir ez-Zor village 1,700 km off, so its west is no point there
    text = ("تواصل المقاومة اليمنية زحفها نحو مزارع غربي الحسينية في محافظة الحديدة، "
            "بالتزامن مع معارك في زبيد والتحيتا.")
    assert place_entity(text, "غربي الحسينية").get("country") != "SY"


def test_direction_of_a_namesake_at_home_keeps_its_point() -> None:
    e = place_entity("قصفت قوات النظام مزارع غربي الحسينية في ريف دير الزور الشرقي.", "غربي الحسينية")
    assert e["country"] == "SY" and e["lat"] is not None


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    # the governorate's building stands in the city of its name, not at the province's centre
    ("اقتحم مسلحان مبنى محافظة أربيل صباح الاثنين، وقالت مصادر أمنية إن قوات الأمن طوقت المبنى.",
     "محافظة أربيل", 36.19, 44.01),
    ("تجمع المتظاهرون أمام مقر محافظة البصرة للمطالبة بالكهرباء والماء.", "محافظة البصرة", 30.51, 47.81),
])
def test_seat_building_at_the_city(text: str, surface: str, lat: float, lon: float) -> None:
    e = place_entity(text, surface)
    assert abs(e["lat"] - lat) < 0.05 and abs(e["lon"] - lon) < 0.05


def test_governorate_itself_stays_the_province() -> None:
    e = place_entity("قتل ثلاثة جنود في هجوم على قرية في محافظة أربيل.", "محافظة أربيل")
    assert e["name"] == "Erbil Governorate"
