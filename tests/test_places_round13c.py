"""Places, round 13c: a noun of place with a nationality adjective (العاصمة العراقية، المدن السورية) is a sign of
that country, so that a small village abroad that shares a quarter's name is no reading; with no sign of any
country such a village abroad is no reading either; quarters of Homs, Hama, Latakia, Daraa, Qamishli, Kirkuk,
Basra and Mosul, and Ankawa (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


@pytest.mark.parametrize("text", [
    # the city is named only by its description: no Israeli village of the quarter's name
    "قتل ثلاثة أشخاص بانفجار عبوة ناسفة في منطقة العامرية غربي العاصمة العراقية مساء الثلاثاء.",
    "أصيب عامل بجروح في منطقة العامرية، وقالت مصادر إن الأمن يطوق المناطق العراقية المحيطة.",
    # no sign of any country at all: a small village abroad is a guess
    "سقطت قذيفة في منطقة العامرية وأصابت ثلاثة مدنيين بجروح.",
])
def test_no_small_village_abroad_without_its_country(text: str) -> None:
    e = place_entity(text, "العامرية")
    assert e.get("lat") is None or e.get("country") == "IQ"


def test_described_country_is_a_sign() -> None:
    from marsad.pipeline import make_doc
    from marsad.stages.places import _described_countries

    doc = make_doc("تظاهر المئات وسط العاصمة العراقية، وامتدت الاحتجاجات إلى المدن العراقية والأراضي السورية.")
    assert _described_countries(doc) == ["IQ", "SY"]
    # an adjective not right after a place noun is no sign (الحكومة is an actor, read elsewhere)
    assert _described_countries(make_doc("قالت الحكومة العراقية إن الوضع مستقر.")) == []


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("قتل مدني برصاص قناص في حي الإنشاءات بمدينة حمص.", "حي الإنشاءات", "Al-Inshaat (Homs)"),
    ("سقطت قذائف هاون على حي باب السباع وسط حمص.", "حي باب السباع", "Bab al-Sibaa (Homs)"),
    ("اعتقلت قوات الأمن شبانا في حي الحاضر بمدينة حماة.", "حي الحاضر", "Al-Hader (Hama)"),
    ("اندلعت اشتباكات في حي الصليبة في اللاذقية.", "حي الصليبة", "Al-Sulaybah (Latakia)"),
    ("قصفت الطائرات درعا المحطة بالبراميل المتفجرة.", "درعا المحطة", "Daraa al-Mahatta"),
    ("اشتباكات متقطعة في حي الحلكو في القامشلي.", "حي الحلكو", "Al-Halko (Qamishli)"),
    ("انفجرت عبوة في حي رحيم آوه شمالي كركوك.", "حي رحيم آوه", "Rahimawa (Kirkuk)"),
    ("أطلق مسلحون النار على محل في منطقة العشار وسط البصرة.", "منطقة العشار", "Al-Ashar (Basra)"),
    ("وصل مئات النازحين إلى عنكاوة في أربيل.", "عنكاوة", "Ankawa (Erbil)"),
    ("تقدمت القوات في حي النبي يونس شرقي الموصل.", "حي النبي يونس", "Al-Nabi Yunus (Mosul)"),
])
def test_quarters_of_secondary_cities(text: str, surface: str, name: str) -> None:
    assert place_entity(text, surface)["name"] == name


def test_quarter_only_after_its_noun() -> None:
    text = "قال ناشطون إن الطيران قصف حي سجنة في مدينة درعا."
    assert place_entity(text, "حي سجنة")["name"] == "Sijneh (Daraa)"
    # سجنه 'his prison' is no quarter, even after في
    import marsad

    rec = marsad.analyze("قالت السلطات إن المتهم انتحر في سجنه بعد اعترافه.").to_dict()
    assert not any(e["type"] == "place" for e in rec["entities"])
