"""Places round 9: the GeoNames towns of Yemen, names that are also ordinary words, a town joined by و to a
located one, a quarter named before a region, and «البلاد» after a foreign town. Sentences written for
these tests."""

import marsad


def _places(text: str) -> list[tuple[str, str | None, float | None, float | None, str | None]]:
    art = marsad.analyze(text, published="2018-06-01")
    return [(m.text, e.ref, e.lat, e.lon, getattr(e, "country", None))
            for e in art.entities if e.type == "place" for m in e.mentions]


def _texts(text: str) -> list[str]:
    return [t for t, *_ in _places(text)]


def _one(text: str, surface: str) -> tuple[str | None, float | None, float | None]:
    for t, ref, lat, lon, _ in _places(text):
        if surface in t:
            return ref, lat, lon
    raise AssertionError(f"no place {surface}: {_texts(text)}")


def _near(lat: float | None, lon: float | None, want_lat: float, want_lon: float, tol: float = 0.2) -> bool:
    return lat is not None and lon is not None and abs(lat - want_lat) < tol and abs(lon - want_lon) < tol


# ------------------------------------------------------------------ Yemen from GeoNames


def test_yemeni_districts_and_towns_have_points() -> None:
    text = "وتقدمت القوات الحكومية في مديرية الصلو جنوب شرقي محافظة تعز، وسيطرت على أطراف مدينة التربة."
    _, lat, lon = _one(text, "الصلو")
    assert _near(lat, lon, 13.33, 44.22)
    _, lat, lon = _one(text, "التربة")
    assert _near(lat, lon, 13.21, 44.12)
    _, lat, lon = _one("ونزحت عشرات الأسر إلى مدينة حديبو في جزيرة سقطرى.", "حديبو")
    assert _near(lat, lon, 12.65, 54.02)


def test_yemeni_village_names_that_are_words_name_no_place() -> None:
    # GeoNames has Yemeni villages called الحكومة، التحالف، البلاد: after a plural place noun they are words
    assert not any("الحكومة" in t for t in _texts("وتقدمت القوات في مناطق الحكومة بعد معارك في مديرية الصلو."))
    assert not any("البلاد" in t for t in _texts("وعادت الحياة إلى مناطق البلاد كافة بعد معارك في مدينة التربة."))


# ------------------------------------------------------------------ names that are words


def test_words_that_look_like_villages_are_no_places() -> None:
    for text in (
        "وبدأت حملة لقاح ضد الحصبة في المدارس.",  # ل + قاح
        "وقال الوزير إنه سيقوم بالزيارة الأسبوع المقبل.",  # the visit
        "وللعلم فإن الاجتماع تأجل إلى الخميس.",  # for the record
        "ووضعت الحكومة خطة على المدى القصير.",  # the short term
        "واستخدم المسلحون الأسرى درعا بشريا أمام الهجوم.",  # a human shield
        "وسجل أنخل دي ماريا هدفا في المباراة.",  # a given name
        "وانتقد الكاتب هذا التحالف الهجين بين الحزبين.",  # hybrid
        "وطالب المحتجون بالكرامة والعدالة، ورفعوا شعار الكرامة أولا.",  # dignity
    ):
        assert _texts(text) == [], text


def test_the_towns_keep_their_names_after_a_cue() -> None:
    assert _one("وقصفت الطائرات بلدة قاح قرب الحدود التركية.", "قاح")[0] == "sy-qah"
    assert _one("واندلعت اشتباكات عنيفة في القصير جنوب غرب حمص.", "القصير")[0] == "sy-qusayr"
    assert _one("وسيطرت قوات النظام على مدينة درعا بعد أسابيع من القصف.", "درعا")[0] == "sy-daraa"
    assert _one("ودخلت القوات بلدة الزيارة في سهل الغاب.", "الزيارة")[0] == "sy-ziyara"


def test_a_conjunction_after_a_quarter_noun_starts_no_name() -> None:
    # بحارة وجنود 'sailors and soldiers': no quarter called وجنود
    assert _texts("وكان على متن السفينة بحارة وجنود وأطباء.") == []


# ------------------------------------------------------------------ placing new towns


def test_a_new_town_joined_to_a_located_one_lies_beside_it() -> None:
    ref, lat, lon = _one("وبقيت مدينة نوى وبلدة الكرم الغربي خارج الاتفاق.", "الكرم")
    assert ref is None and _near(lat, lon, 32.89, 36.04)


def test_daraa_front_towns() -> None:
    text = "وسيطرت قوات النظام على مدينة الحارة وبلدة الشيخ سعد في ريف درعا."
    assert _one(text, "الحارة")[0] == "sy-harra"
    assert _one(text, "الشيخ سعد")[0] == "sy-sheikh-saad"


def test_a_qalamoun_list_keeps_its_syrian_nasiriyah() -> None:
    ref, _, _ = _one("وتتجمع الفصائل في بلدات الرحيبة وجيرود والناصرية شمال شرق دمشق.", "الناصرية")
    assert ref == "sy-nasiriyah-qalamoun"
    assert _one("وخرجت تظاهرات في مدينة الناصرية جنوب العراق.", "الناصرية")[0] == "iq-dhiqar-city"


def test_the_t4_base_without_its_article_or_in_quotes() -> None:
    assert _one("واستهدفت غارة مطار تيفور العسكري في ريف حمص.", "تيفور")[0] == "fac-t4-airbase"
    assert _one('وقصفت طائرات قاعدة "تيفور" الجوية شرق حمص.', "تيفور")[0] == "fac-t4-airbase"


def test_a_quarter_named_before_a_region_keeps_its_own_point() -> None:
    # the region's centre is no town the quarter could lie in
    ref, lat, lon = _one("ودخلت الحافلات إلى حي درعا البلد، جنوبي سوريا، لنقل المقاتلين.", "درعا البلد")
    assert ref == "sy-daraa-balad" and _near(lat, lon, 32.61, 36.1, tol=0.05)


def test_the_country_after_a_foreign_town_is_that_towns() -> None:
    text = ("وقتل ثلاثة عسكريين إيرانيين في غارة على مطار تيفور في سوريا، أحدهم من مدينة الأحواز جنوب غربي "
            "البلاد. وتتمركز القوات الإيرانية في سوريا منذ سنوات.")
    _, lat, lon = _one(text, "جنوب غربي البلاد")
    assert _near(lat, lon, 31.3, 48.7, tol=1.0)


# ------------------------------------------------------------------ towns abroad, coasts


def test_a_new_town_abroad_takes_the_geonames_point_of_its_country() -> None:
    _, lat, lon = _one("وأعلنت الشرطة الألمانية توقيف لاجئ في مدينة فيسبادن بعد أيام من البحث.", "فيسبادن")
    assert _near(lat, lon, 50.09, 8.24)
    # two towns of that name in two countries: the nationality adjective after it decides
    _, lat, lon = _one("وأقيمت المباراة في مدينة سمارا الروسية أمام جمهور كبير.", "سمارا")
    assert _near(lat, lon, 53.21, 50.14)
    # and without any sign of the country the place keeps no point
    _, lat, _ = _one("وأقيم المهرجان السنوي في مدينة سمارا هذا الأسبوع.", "سمارا")
    assert lat is None


def test_yemens_west_coast_is_not_the_syrian_coast() -> None:
    ref, _, _ = _one("وتواصل القوات الحكومية تقدمها في الساحل الغربي من اليمن باتجاه مدينة الحديدة.", "الساحل")
    assert ref == "region-yemen-west-coast"


def test_a_coast_abroad_is_no_syrian_region() -> None:
    assert not any("الساحل" in t for t in _texts(
        "ووصل الإعصار إلى الساحل الشمالي الغربي لولاية فلوريدا في الولايات المتحدة، وتعرضت مدينة تامبا لأمطار."))
    assert not any("الساحل" in t for t in _texts("وتشهد المدن في الساحل الشرقي المزدهر نموا سريعا في الصين."))
    # in an article about Syria the bare word stays the Syrian coast
    ref, _, _ = _one("وقصفت الطائرات ريف اللاذقية، فيما عززت قوات النظام مواقعها في الساحل.", "الساحل")
    assert ref == "syr-coast"
