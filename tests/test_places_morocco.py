"""«المغرب» is Morocco (places.jsonl), except in the Maghreb, the sunset prayer and its time
(place_cues.json not_followed_by and not_preceded_by). Sentences written for these tests."""

import marsad


def _countries(text: str) -> dict[str, tuple[float | None, float | None]]:
    art = marsad.analyze(text, published="2018-06-01")
    return {e.name: (e.lat, e.lon) for e in art.entities if e.type == "place"}


def test_bare_name_is_morocco() -> None:
    got = _countries("أعلنت الشرطة في المغرب توقيف ثلاثة متهمين بالتخطيط لهجمات.")
    assert "Morocco" in got and got["Morocco"][0] is not None
    assert "Morocco" in _countries("وقرر المغرب استدعاء سفيره لدى طهران للتشاور.")
    assert "Morocco" in _countries("وصل الوفد إلى الرباط قادما من تونس والمغرب.")


def test_the_maghreb_is_no_country() -> None:
    assert "Morocco" not in _countries("ناقش وزراء الداخلية في دول المغرب العربي ملف الهجرة.")
    assert "Morocco" not in _countries("أعلن فرع تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته عن الكمين.")
    assert "Morocco" not in _countries("كانت المدينة عاصمة المغرب الأوسط قبل قرون.")


def test_sunset_prayer_is_no_country() -> None:
    assert "Morocco" not in _countries("سقطت قذيفتان على سوق البلدة قبيل أذان المغرب بدقائق.")
    assert "Morocco" not in _countries("خرج المصلون من الجامع بعد صلاة المغرب فاستهدفتهم طائرة مسيرة.")
    assert "Morocco" not in _countries("استمر الاشتباك من الظهيرة وبعد المغرب عاد الهدوء إلى الحي.")
    assert "Morocco" not in _countries("تجمع الأهالي في الساحة بين العصر والمغرب كل يوم.")
    assert "Morocco" not in _countries("يحظر التجول بين المغرب والعشاء في الأحياء الشرقية.")
    assert "Morocco" not in _countries("عرفت القبيلة في المشرق والمغرب على السواء.")


def test_town_abroad_located_by_a_region_keeps_its_own_point() -> None:
    # a GeoNames town abroad stays at its own point when the text locates it by a region of its country
    art = marsad.analyze(
        "تظاهر مئات في كولومبيا أمس. وقتل شرطي في مدينة بيريرا في غرب البلاد.", published="2018-06-01"
    )
    town = next(e for e in art.entities if e.type == "place" and any("بيريرا" in m.text for m in e.mentions))
    assert town.lat is not None and abs(town.lat - 4.81) < 0.2 and abs(town.lon + 75.69) < 0.2


def test_a_street_named_after_a_place_is_no_place_there() -> None:
    got = _countries("انفجرت سيارة مفخخة في شارع فلسطين وسط بغداد صباح اليوم.")
    assert "Palestine" not in got and "Baghdad" in got
    assert "Aleppo" not in _countries("أغلقت الشرطة جادة حلب في حي المزة بدمشق.")
    assert "Palestine" in _countries("اعترفت دول أوروبية بدولة فلسطين هذا العام.")


def test_heliopolis_is_a_district_of_cairo() -> None:
    got = _countries("تجمع المحتجون أمام قصر الرئاسة في حي مصر الجديدة شرقي القاهرة.")
    assert "Heliopolis" in got and "Egypt" not in got
