"""Places, round 21 (PL): a distance before a direction (على بعد 40 ميلا شرق X) names no part of X; a name
the text puts in a country (بلدة X بالعراق) is that country's namesake; a direction with the locative ب right
after a town (الحلة بجنوب بغداد) only says where the town is. Text written for these tests."""

from __future__ import annotations

import marsad


def _places(text: str) -> dict[str, tuple[float | None, float | None, str | None]]:
    art = marsad.analyze(text, published="2018-05-02")
    return {e.name: (e.lat, e.lon, e.country) for e in art.entities if e.type == "place"}


def test_distance_in_miles_before_a_direction_makes_no_region() -> None:
    found = _places("أقامت القوات التركية نقطة مراقبة على بعد 40 ميلا شرق عفرين، بحسب ما أفاد مصدر محلي.")
    assert "Afrin" in found
    assert not any(n.startswith("eastern") for n in found)


def test_distance_in_kilometres_without_a_place_before_it_makes_no_region() -> None:
    found = _places("سقطت قذيفة على بعد نحو 12 كيلومترا شمال غرب حلب صباح اليوم.")
    assert "Aleppo" in found
    assert not any(n.startswith(("northwest", "north-west")) for n in found)


def test_distance_before_bilad_makes_no_region() -> None:
    found = _places("قالت الشرطة السورية إن الانفجار وقع على بعد 3 كلم جنوب البلاد قرب مدينة حمص.")
    assert not any(n.startswith("southern") for n in found)


def test_a_direction_without_distance_is_still_a_region() -> None:
    found = _places("قصفت الطائرات التركية مواقع شرق عفرين صباح اليوم.")
    assert "eastern Afrin" in found


def test_a_name_put_in_a_country_is_that_countrys_namesake() -> None:
    text = "قال مسؤولون في حمص وحماة إن اللاجئين الإيزيديين وصلوا من بلدة سنجار بالعراق إلى مخيمات في الحسكة."
    lat, lon, cc = _places(text)["Sinjar"]
    assert cc == "IQ"
    assert lat is not None and lon is not None and abs(lon - 41.88) < 0.2


def test_locative_direction_after_a_town_makes_no_region() -> None:
    found = _places("أقيم المهرجان في مدينة الحلة بجنوب بغداد يوم الجمعة.")
    assert "Hillah" in found
    assert "southern Baghdad" not in found


def test_coordinated_direction_after_a_town_is_still_a_region() -> None:
    found = _places("أقيم المهرجان في مدينة الحلة وجنوب بغداد يوم الجمعة.")
    assert "southern Baghdad" in found


def test_a_town_far_from_its_anchor_takes_not_the_anchors_point() -> None:
    lat, lon, _ = _places("قالت السلطات الكوبية إن الطائرة كانت متجهة إلى مدينة هولغوين التي تقع على بعد 500 ميل "
                          "شرق هافانا.")["Holguín"]
    assert lat is not None and lon is not None
    assert lon > -78.0  # Holguín, 700 km east of Havana (-82.4)


def test_a_village_near_its_anchor_still_takes_its_point() -> None:
    found = _places("قالت مصادر محلية إن بلدة الزيادية التي تقع على بعد 10 كلم شمال حمص تعرضت لقصف مدفعي.")
    assert any(n != "Homs" and lat is not None and abs(lat - 34.8) < 0.2 for n, (lat, _, _) in found.items())


def test_a_village_far_from_its_anchor_takes_no_point_near_it() -> None:
    found = _places("قالت مصادر محلية إن بلدة الزيادية التي تقع على بعد 60 كلم شمال حمص تعرضت لقصف مدفعي.")
    near = [n for n, (lat, lon, _) in found.items() if n != "Homs" and lat is not None and lon is not None
            and abs(lat - 34.73) < 0.25 and abs(lon - 36.71) < 0.25]
    assert not near  # 60 km north of Homs: a point beside Homs is 60 km off


def test_a_point_a_distance_is_told_from_does_not_end_the_incident() -> None:
    text = ("اعتقلت الشرطة الألمانية عشرة متظاهرين في مدينة كيمنتس مساء الأحد بعد أعمال شغب.\n"
            "وحذرت الشرطة المحتجين في المدينة الواقعة على بعد 190 كم جنوب برلين من أنهم يصورون.\n"
            "واعتقلت الشرطة خمسة آخرين صباح الاثنين.")
    art = marsad.analyze(text, published="2018-08-28")
    names = {e.id: e.name for e in art.entities}
    arrests = [ev for ev in art.events if ev.type == "ARREST"]
    assert len(arrests) >= 2
    assert names.get(arrests[-1].place or "") == "Chemnitz"
