"""The places stages on sentences written for these tests: what is found, and where it is put."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import marsad
from marsad.gazetteer import haversine_km
from marsad.pipeline import Doc, EntityDraft, make_doc
from marsad.stages import places as P


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # no user gazetteers; a GeoNames slice shared by this module's tests
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path_factory.getbasetemp() / "places-home"))
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path_factory.getbasetemp() / "places-cache"))
    P.reset()


def _resolve(doc: Doc) -> None:
    """A stand-in for the resolve stage: longest candidate wins, one entity per ref set or surface."""
    taken: list[tuple[int, int]] = []
    keyed: dict[object, EntityDraft] = {}
    for c in sorted(doc.candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if any(a < c.end and c.start < b for a, b in taken):
            continue
        taken.append((c.start, c.end))
        key = tuple(sorted(c.refs)) or c.name_ar or doc.text[c.start : c.end]
        ent = keyed.get(key)
        if ent is None:
            ent = doc.new_entity(
                c.type,
                c.name or "",
                c.name_ar or doc.text[c.start : c.end],
                c.refs[0] if c.refs else None,
                refs=c.refs,
                **c.attrs,
            )
            keyed[key] = ent
        ent.add(c.start, c.end, doc.text[c.start : c.end], c.how)


def analyse(text: str) -> Doc:
    doc = make_doc(text)
    P.candidates(doc)
    _resolve(doc)
    P.geocode(doc)
    return doc


def place(doc: Doc, surface: str) -> EntityDraft:
    for e in doc.entities:
        if e.type == "place" and any(m.text == surface for m in e.mentions):
            return e
    raise AssertionError(f"no place {surface!r} in {[m.text for e in doc.entities for m in e.mentions]}")


def surfaces(doc: Doc) -> set[str]:
    return {m.text for e in doc.entities if e.type == "place" for m in e.mentions}


def near(e: EntityDraft, lat: float, lon: float, km: float = 25.0) -> bool:
    return e.attrs.get("lat") is not None and haversine_km(e.attrs["lat"], e.attrs["lon"], lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("قصفت طائرات مسيّرة مواقع في مدينة الحسكة صباح اليوم.", "الحسكة", 36.50, 40.75),
        ("شهدت القامشلي توتراً أمنياً بعد منتصف الليل.", "القامشلي", 37.05, 41.23),
        ("انسحبت الحافلات من الطبقة مساء الأحد.", "الطبقة", 35.84, 38.55),
        ("وصلت تعزيزات عسكرية إلى منبج قادمة من الشرق.", "منبج", 36.53, 37.95),
        ("أغلقت المعابر قرب تل أبيض منذ أسبوع.", "تل أبيض", 36.70, 38.95),
        ("تعرضت نقاط الحراسة في محيط تدمر لهجوم ليلي.", "تدمر", 34.55, 38.27),
        ("نقل المحتجزون إلى مخيم الهول شرقي الحسكة.", "مخيم الهول", 36.38, 41.15),
        ("استهدفت الغارة محيط سد تشرين.", "سد تشرين", 36.38, 38.18),
        ("وقعت الاشتباكات في ديرالزور ومحيطها.", "ديرالزور", 35.34, 40.14),
        ("ترددت أنباء عن تحركات في يبرود وجوارها.", "يبرود", 33.97, 36.66),  # a GeoNames town
    ],
)
def test_towns_and_facilities_are_found_and_placed(text: str, surface: str, lat: float, lon: float) -> None:
    e = place(analyse(text), surface)
    assert near(e, lat, lon), (e.name, e.attrs)
    assert e.attrs["precision"] == "place"
    assert e.name and not any("\u0600" <= ch <= "\u06ff" for ch in e.name)  # English name


def test_clitics_and_repeated_mentions_make_one_entity() -> None:
    doc = analyse("دخلت الدوريات بالحسكة، ثم عادت إلى الحسكة وللقامشلي.")
    hasakah = [e for e in doc.entities if e.attrs.get("place_id") == "sy-hasakah" and e.mentions]
    assert len(hasakah) == 1 and len(hasakah[0].mentions) == 2
    assert any("قامشلي" in s for s in surfaces(doc))  # ل + القامشلي is written للقامشلي


def test_countries_and_regions() -> None:
    doc = analyse(
        "تصاعد التوتر في شمال شرقي سوريا وعلى الحدود السورية التركية، كما امتدت الهجمات إلى البادية السورية."
    )
    assert place(doc, "شمال شرقي سوريا").attrs["precision"] == "region"
    border = place(doc, "الحدود السورية التركية")
    assert border.name == "Syria-Turkey border"
    assert near(place(doc, "البادية السورية"), 34.8, 38.5)
    doc = analyse("وصل وفد من العراق إلى سورية عبر كردستان العراق.")
    assert place(doc, "سورية").attrs["precision"] == "country"
    assert place(doc, "كردستان العراق").name == "Iraqi Kurdistan"


def test_syria_as_adjective_is_not_a_place() -> None:
    assert "سورية" not in surfaces(analyse("قالت مصادر أمنية سورية إن الوضع هادئ."))


@pytest.mark.parametrize(
    ("text", "phrase", "lat", "lon", "direction_word"),
    [
        ("تدور معارك عنيفة في ريف حلب الشرقي منذ يومين.", "ريف حلب الشرقي", 36.35, 37.6, "eastern"),
        ("انتشرت الخلايا بريف ديرالزور الغربي.", "ريف ديرالزور الغربي", 35.5, 39.8, "western"),
        ("هاجم مسلحون حاجزاً في ريف الحسكة الشمالي.", "ريف الحسكة الشمالي", 36.75, 40.85, "northern"),
        ("تجددت الاشتباكات في ريف حمص الشرقي.", "ريف حمص الشرقي", 34.6, 37.6, "eastern"),
    ],
)
def test_countryside_spans_the_phrase(
    text: str, phrase: str, lat: float, lon: float, direction_word: str
) -> None:
    e = place(analyse(text), phrase)
    assert e.attrs["precision"] == "region"
    assert near(e, lat, lon), e.attrs
    assert direction_word in e.name.lower()


def test_countryside_of_a_town_the_pack_does_not_list_is_composed() -> None:
    doc = analyse("دارت اشتباكات في ريف منبج الشمالي قرب خطوط التماس.")
    e = place(doc, "ريف منبج الشمالي")
    assert e.attrs["compose"] == "countryside" and e.attrs["precision"] == "region"
    # a town's countryside lies within some 20 km of it: short of the Turkish border (about 36.83 N)
    assert 36.53 + 0.1 < e.attrs["lat"] < 36.53 + 0.25 and abs(e.attrs["lon"] - 37.95) < 0.05
    assert e.name == "northern Manbij countryside"


def test_facility_and_governorate_of_a_town() -> None:
    doc = analyse("نقلت السلطات السجناء إلى سجن منبج، وأعلنت محافظة حلب حظر التجول.")
    f = place(doc, "سجن منبج")
    assert f.attrs["kind"] == "prison" and near(f, 36.53, 37.95)
    g = place(doc, "محافظة حلب")
    assert g.attrs["precision"] == "admin_area" and g.attrs["kind"] == "governorate"


def test_pattern_village_inherits_the_nearest_place() -> None:
    doc = analyse("هاجم مسلحون نقطة في قرية المشيرفة، شرقي منطقة الهول في ريف الحسكة.")
    v = place(doc, "قرية المشيرفة")
    assert v.attrs["geo_source"] == "inherited" and v.attrs["precision"] == "admin_area"
    assert near(v, 36.38, 41.15, 20)
    assert v.attrs["lon"] > 41.15  # east of al-Hol, as the sentence says
    assert v.name.startswith("al-")


def test_pattern_needs_a_name() -> None:
    doc = analyse("تقع قرية صغيرة على الطريق، وهي قرية حدودية.")
    assert not surfaces(doc)


def test_generic_facility_takes_the_town_of_its_sentence() -> None:
    doc = analyse("تجمع العناصر داخل المربع الأمني في الطبقة قبل نقلهم.")
    sq = place(doc, "المربع الأمني")
    assert near(sq, 35.84, 38.55) and "Tabqa" in sq.name


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("فتح هذا القرار الباب أمام مفاوضات جديدة.", False),
        ("سيطرت فصائل المعارضة على مدينة الباب بعد معارك.", True),
        ("توجهت الأرتال نحو الباب من جهة الغرب.", True),
        ("نشرت الصفحة الصور على مواقع التواصل.", False),
        ("تمركزت القوات في بلدة الصور شمال دير الزور.", True),
    ],
)
def test_common_word_names_need_a_cue(text: str, expect: bool) -> None:
    found = {m.text for e in analyse(text).entities for m in e.mentions}
    assert bool(found & {"الباب", "الصور"}) is expect, found


def test_coordination_counts_as_a_cue() -> None:
    doc = analyse("تبعد منغ عن نبل والزهراء نحو عشرة كيلومترات.")
    z = place(doc, "والزهراء" if "والزهراء" in surfaces(doc) else "الزهراء")
    assert near(z, 36.38, 36.98)


def test_ambiguous_name_follows_the_article_country() -> None:
    doc = analyse("في ليبيا، تجددت الاشتباكات في طرابلس بين فصيلين مسلحين.")
    assert place(doc, "طرابلس").attrs["country"] == "LY"
    doc = analyse("شهدت طرابلس شمالي لبنان احتجاجات، وامتدت إلى عكار وبيروت.")
    assert place(doc, "طرابلس").attrs["country"] == "LB"


def test_ambiguous_name_follows_nearby_places() -> None:
    # أريحا is a town in Idlib and Jericho in the West Bank; the other places decide
    doc = analyse("قصفت المدفعية أريحا وجسر الشغور وسراقب.")
    assert place(doc, "أريحا").attrs["country"] == "SY"
    assert near(place(doc, "أريحا"), 35.81, 36.61)


def test_geocoder_reads_country_of_from_the_resolver() -> None:
    doc = make_doc("دخلت القوات إلى تركيا.")
    ent = doc.new_entity("place", "Turkey", "تركيا", None, country_of="tr")
    ent.add(16, 21, "تركيا")
    P.geocode(doc)
    assert ent.attrs["precision"] == "country" and ent.attrs["country"] == "TR"


def test_large_text_without_punctuation_is_fast() -> None:
    chunk = "وقالت المصادر إن القوات دخلت مدينة الحسكة وريف حلب الشرقي وقرية المشيرفة ثم الباب والصور "
    text = chunk * (1_000_000 // len(chunk))
    t = time.process_time()
    doc = make_doc(text)
    P.candidates(doc)
    took = time.process_time() - t
    assert len(doc.candidates) > 10000
    assert took < 20, took


def test_no_places_no_crash() -> None:
    doc = analyse("هذا نص قصير لا يذكر أي مكان.")
    assert not surfaces(doc)
    P.geocode(make_doc(""))


def test_pack_file_is_well_formed() -> None:
    import json

    path = Path(P.__file__).resolve().parents[1] / "data" / "places.jsonl"
    lines = path.read_text("utf-8").splitlines()
    meta = json.loads(lines[0])["_meta"]
    assert {"version", "licence", "sources", "about"} <= set(meta)
    ids = set()
    for line in lines[1:]:
        d = json.loads(line)
        assert d["id"] not in ids
        ids.add(d["id"])
        assert -90 <= d["lat"] <= 90 and -180 <= d["lon"] <= 180
        assert d["precision"] in {"place", "admin_area", "region", "country"}
    assert len(ids) > 500


# ------------------------------------------------------------------ generalisation fixes (sentences written here)


def test_landform_named_after_a_far_place_is_its_own_place() -> None:
    # a wadi named like a Syrian region, in an article about Iraq: placed by its Iraqi context
    doc = analyse("استهدفت غارة جوية مخبأ في وادي حوران غربي محافظة الأنبار، وقال مسؤول في بغداد إن العملية مستمرة.")
    e = place(doc, "وادي حوران")
    assert e.attrs["country"] == "IQ" and near(e, 33.70, 41.60, 200)
    assert "حوران" not in surfaces(doc)


def test_unknown_landform_head_composes_a_new_place() -> None:
    # جبل + a town no landform record knows: a new place, inheriting its context when the town is far
    doc = analyse("تمركزت دورية للجيش العراقي قرب جبل الحسكة على الطريق إلى الموصل.")
    e = place(doc, "جبل الحسكة")
    assert e.attrs.get("country") == "IQ"
    assert "الحسكة" not in surfaces(doc)


def test_river_bank_is_not_the_west_bank() -> None:
    doc = analyse("عبرت عائلات نازحة إلى الضفة الغربية لنهر الفرات قرب بلدة ذيبان.")
    e = place(doc, "الضفة الغربية لنهر الفرات")
    assert e.attrs["country"] == "SY"
    # a river the pack has no bank record for: still not the West Bank
    doc = analyse("انتشرت قوات على الضفة الغربية لنهر دجلة جنوب الموصل.")
    assert all(e.attrs.get("country") != "PS" for e in doc.entities if e.type == "place")
    # and the West Bank stays the West Bank
    doc = analyse("اقتحمت قوات إسرائيلية مدناً في الضفة الغربية فجر اليوم.")
    assert place(doc, "الضفة الغربية").attrs["country"] == "PS"


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("قال مجلس محافظة صلاح الدين إن الطريق أعيد فتحه.", "محافظة صلاح الدين", 34.61, 43.68),
        ("نفذت القوات عمليات في الأنبار ونينوى وصلاح الدين خلال الأسبوع.", "صلاح الدين", 34.61, 43.68),
        ("عاد النازحون إلى محافظات ديالى وكركوك وصلاح الدين.", "صلاح الدين", 34.61, 43.68),
        ("أعلنت محافظة حلبجة الحداد.", "محافظة حلبجة", 35.18, 45.99),
        ("وصلت قافلة إلى محافظة القنيطرة.", "محافظة القنيطرة", 33.13, 35.82),
    ],
)
def test_governorates_win_over_towns_of_the_same_name(text: str, surface: str, lat: float, lon: float) -> None:
    e = place(analyse(text), surface)
    assert near(e, lat, lon), (e.name, e.attrs.get("lat"), e.attrs.get("lon"))


def test_every_iraqi_and_syrian_governorate_is_in_the_pack() -> None:
    from marsad import gazetteer as gz

    govs = [r for r in gz.place_records() if r.kind == "governorate"]
    assert len([r for r in govs if r.country == "IQ"]) >= 19  # 18 + Halabja
    assert len([r for r in govs if r.country == "SY"]) + 1 >= 14  # ريف دمشق is a region record


def test_ambiguous_name_follows_the_articles_country() -> None:
    # الحمدانية: an Aleppo neighbourhood and an Iraqi town; the other places of the article decide
    doc = analyse("سقطت قذائف على حيي حلب الجديدة والحمدانية في مدينة حلب.")
    assert near(place(doc, "الحمدانية"), 36.18, 37.12)
    doc = analyse("عاد مسيحيون إلى الحمدانية قرب الموصل بعد سنوات من النزوح.")
    assert place(doc, "الحمدانية").attrs["country"] == "IQ"


def test_generic_words_never_match_gazetteer_towns_alone() -> None:
    from marsad import gazetteer as gz

    for w in ("تل", "عين", "بئر", "دير", "كفر", "جسر", "سوق", "حي", "باب", "خان", "قصر", "التل"):
        assert not gz.usable_name(w), w
    assert not gz.usable_name("عب")  # fewer than three letters
    assert gz.usable_name("تل أبيض") and gz.usable_name("منبج")
    table = gz.alias_table()
    for w in ("تل", "عين", "بئر", "جسر"):
        info = table.get(P._f(w))
        assert info is None or not any(i.startswith("geonames:") for i in info.ids), w


def test_words_that_are_also_geonames_towns_need_a_cue() -> None:
    from marsad import gazetteer as gz

    assert gz._auto_cue("زهيرات", 20000, "SY") == "cue"  # a big enough town: still a cue
    assert gz._auto_cue("قنوات", 20000, "SY") == "noun"  # "channels", listed as a common word
    doc = analyse("قطعت قنوات الأخبار بثها، وكانت سفيرة الدولة حاضرة.")
    assert not surfaces(doc)


def test_place_inside_an_organisation_or_outlet_name_is_not_a_place() -> None:
    doc = analyse('قال قيادي سابق في "جيش الحسكة" إن الهجوم وقع ليلاً.')
    assert "الحسكة" not in surfaces(doc)
    doc = analyse('وقال مراسل «درعا 24» إن الطريق مغلق.')
    assert "درعا" not in surfaces(doc)
    doc = analyse("خاص - درعا 24\n\nقتل شاب في مدينة طفس.")
    assert "درعا" not in surfaces(doc) and "طفس" in surfaces(doc)
    # a number after a place in a sentence is a count, not an outlet
    doc = analyse("سجلت في درعا 24 حالة خلال شهر.")
    assert "درعا" in surfaces(doc)


def test_dual_noun_yields_both_names() -> None:
    doc = analyse("سيطرت فصائل على بلدتي كفرزيبان وتلعيسون في ريف إدلب.")
    names = {e.name_ar for e in doc.entities if e.type == "place"}
    assert any("كفرزيبان" in n for n in names) and "تلعيسون" in names
    e = place(doc, "تلعيسون")
    assert e.attrs["geo_source"] == "inherited" and near(e, 35.93, 36.63, 60)


def test_plural_noun_list_yields_every_name() -> None:
    doc = analyse("قصفت المدفعية قرى تل زعرور وأم الحناجر والمخروم قرب تل تمر.")
    s = surfaces(doc)
    assert {"أم الحناجر", "المخروم"} <= s
    assert any("تل زعرور" in x for x in s)
    # a plural noun before a verb or an indefinite adjective is no name
    doc = analyse("سيطرت القوات على قرى عديدة وبلدات تسيطر عليها الفصائل قرب منبج.")
    assert surfaces(doc) == {"منبج"}


def test_pattern_place_without_a_place_in_its_sentence_inherits_from_before() -> None:
    doc = analyse("اندلعت اشتباكات في مدينة الميادين صباح اليوم. ولجأ نازحون إلى بلدة الزعيترة المجاورة.")
    e = place(doc, "بلدة الزعيترة")
    assert e.attrs["geo_source"] == "inherited" and near(e, 35.02, 40.45, 40)


def test_counted_noun_is_no_pattern() -> None:
    doc = analyse("سيطرت القوات على تسعين قرية تقع شمال حلب.")
    assert not any("تقع" in x for x in surfaces(doc))


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("تقدمت القوات نحو تلمنس شرق معرة النعمان.", "تلمنس", 35.63, 36.72),
        ("قتل مدني بقصف على أورم الجوز.", "أورم الجوز", 35.78, 36.52),
        ("عاد الإيزيديون إلى سنوني شمال جبل سنجار.", "سنوني", 36.46, 41.91),
        ("اعتقلت القوات مطلوبين في بلدة الشميطية غرب دير الزور.", "الشميطية", 35.42, 39.90),
        ("انفجرت عبوة في مركز العلم شمال تكريت.", "العلم", 34.70, 43.72),
        ("فرض حظر تجول في قضاء الدور.", "الدور", 34.45, 43.79),
    ],
)
def test_added_towns(text: str, surface: str, lat: float, lon: float) -> None:
    e = place(analyse(text), surface)
    assert near(e, lat, lon), (e.name, e.attrs.get("lat"), e.attrs.get("lon"))


def test_governorate_sits_at_its_centroid_not_its_seat() -> None:
    e = place(analyse("نزح آلاف المدنيين داخل محافظة دير الزور هذا الشهر."), "محافظة دير الزور")
    assert e.attrs["precision"] == "admin_area"
    assert near(e, 35.05, 40.4, 10) and not near(e, 35.34, 40.14, 20)


def test_name_without_its_article_after_a_place_noun() -> None:
    doc = analyse("سيطرت الفصائل على بلدتي باغوز وشعفة بعد معارك عنيفة.")
    assert near(place(doc, "باغوز"), 34.47, 40.96)
    assert near(place(doc, "شعفة"), 34.62, 40.88)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("تقدمت الدبابات غرب عفرين صباح اليوم.", "غرب عفرين", 36.51, 36.75),
        ("تشهد محافظة حمص جنوبي البلاد هدوءا حذرا في سوريا.", "جنوبي البلاد", 32.8, 36.3),
        ("تدور اشتباكات في شمال غرب سوريا منذ أيام.", "شمال غرب سوريا", 36.0, 36.7),
        ("امتدت سيطرة التنظيم على شمال وغرب العراق قبل سنوات.", "شمال وغرب العراق", 34.7, 42.5),
    ],
)
def test_directional_regions(text: str, surface: str, lat: float, lon: float) -> None:
    e = place(analyse(text), surface)
    assert near(e, lat, lon, 40), (e.name, e.attrs.get("lat"), e.attrs.get("lon"))


def test_direction_after_a_town_only_places_it() -> None:
    doc = analyse("دخلت القوات قرية كفرجنة شمال عفرين.")
    assert "شمال عفرين" not in surfaces(doc)


def test_borders_named_by_a_neighbour() -> None:
    doc = analyse("تسلل مسلحون من الحدود مع العراق إلى ريف دير الزور، وأغلقت السلطات الحدود العراقية.")
    a, b = place(doc, "الحدود مع العراق"), place(doc, "الحدود العراقية")
    assert a.attrs.get("place_id") == b.attrs.get("place_id") == "border-sy-iq"


def test_pronoun_countryside_is_of_the_governorate_just_named() -> None:
    doc = analyse("تسيطر القوات الحكومية على معظم محافظة إدلب لكن المعارضة باقية في ريفها الغربي.")
    e = place(doc, "ريفها الغربي")
    assert e.attrs.get("place_id") == "sy-idlib-countryside-west"


def test_suburbs_of_a_city() -> None:
    e = place(analyse("استهدف القصف ضواحي دمشق الشرقية."), "ضواحي دمشق")
    assert near(e, 33.51, 36.29)


def test_foreign_town_gets_no_coordinates_rather_than_wrong_ones() -> None:
    # تومسك is in no list of the pack: the region or the adjective after it stops it from taking Deir ez-Zor's
    # point, and the GeoNames towns abroad give it its own (places._world_town)
    doc = analyse("قتل جنود في دير الزور، وشيعت جنازاتهم في مدينة تومسك في سيبيريا.")
    assert near(place(doc, "مدينة تومسك"), 56.5, 84.97)
    doc = analyse("قتل جنود في دير الزور، ونقلت جثثهم إلى مدينة تومسك الروسية.")
    assert near(place(doc, "مدينة تومسك"), 56.5, 84.97)
    # a town no list knows at all stays without coordinates
    doc = analyse("قتل جنود في دير الزور، ونقلت جثثهم إلى مدينة زيلوفارسك الروسية.")
    assert place(doc, "مدينة زيلوفارسك").attrs.get("lat") is None
    doc = analyse("قتل جنود في دير الزور، ونقلت جثثهم إلى مدينة أومسك الروسية.")
    assert near(place(doc, "أومسك"), 54.99, 73.37)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("سيطرت القوات على قرى الشجلة والبوبدران شرق الفرات.", "الشجلة", 34.48, 40.95),
        ("تقدمت القوات التركية إلى قرية موساكو في ناحية راجو.", "موساكو", 36.68, 36.70),
        ("هاجم مسلحون منطقة السعدونية قرب الحويجة.", "السعدونية", 35.30, 43.80),
        ("قصفت المدفعية بلدة حيط في حوض اليرموك.", "حيط", 32.77, 35.93),
    ],
)
def test_more_added_villages(text: str, surface: str, lat: float, lon: float) -> None:
    e = place(analyse(text), surface)
    assert near(e, lat, lon), (e.name, e.attrs.get("lat"), e.attrs.get("lon"))


def test_article_on_an_alias_is_no_place_cue() -> None:
    # a ب/ل proclitic is a cue, the article of a common word is not: الصور are pictures, not Tyre
    doc = analyse("نشر ناشطون الصور على مواقع التواصل، وقال إن للصور دلالة واضحة.")
    assert not any(e.ref == "lb-tyre" for e in doc.entities)
    assert place(analyse("وصلت الوفود إلى مدينة صور جنوبي لبنان."), "مدينة صور").ref == "lb-tyre"


def test_country_nisba_after_an_indefinite_noun_is_an_adjective() -> None:
    for text in ("قصفت طائرات إسرائيلية قواعد جوية سورية قرب الحدود.",
                 "سقطت القذائف على مدينة سورية حدودية."):
        assert "سورية" not in surfaces(analyse(text)), text
    # after a cue word it is the country
    assert "سورية" in surfaces(analyse("عاد آلاف اللاجئين إلى سورية هذا العام."))


def test_unknown_town_in_a_later_sentence_takes_no_coordinates() -> None:
    # (زيلوفارسك is a name no list has; كاتوفيتسه, once the example here, is a GeoNames town abroad)
    doc = analyse("اندلعت اشتباكات في مدينة الميادين صباح اليوم. وفي سياق آخر، شهدت مدينة زيلوفارسك احتجاجات.")
    e = place(doc, "مدينة زيلوفارسك")
    assert e.attrs.get("lat") is None and e.attrs.get("geo_source") != "inherited"
    doc = analyse("اندلعت اشتباكات في مدينة الميادين صباح اليوم. وفي سياق آخر، شهدت مدينة كاتوفيتسه البولندية مظاهرات.")
    e = place(doc, "مدينة كاتوفيتسه")
    assert near(e, 50.26, 19.02) and e.attrs.get("geo_source") != "inherited"


def test_unknown_town_after_a_listed_place_takes_no_coordinates() -> None:
    # a place named before X in its sentence is another item of the list, not where X lies
    doc = analyse("أدان البيان الهجوم في ريف الحسكة، وحادث إطلاق النار في مدينة زيلوفارسك البولندية.")
    assert place(doc, "مدينة زيلوفارسك").attrs.get("lat") is None


def test_unknown_village_takes_the_place_the_text_ties_it_to() -> None:
    doc = analyse("قتل مدنيان في قرية الفرخمانية شمال غرب منبج.")
    e = next(e for e in doc.entities if e.type == "place" and "الفرخمانية" in e.name_ar)
    assert e.attrs["geo_source"] == "inherited" and near(e, 36.53, 37.95, 40)


def _full(text: str) -> list[EntityDraft]:
    from marsad import pipeline

    doc = pipeline.run(pipeline.make_doc(text))
    return [e for e in doc.entities if e.type == "place"]


def _country_of(places: list[EntityDraft], surface: str) -> str | None:
    for e in places:
        if any(m.text == surface for m in e.mentions):
            return e.attrs.get("country")
    raise AssertionError(f"no place {surface!r}")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the article names Libya's places, or only Libyan actors: Libya's Tripoli
        ("تجددت الاشتباكات في طرابلس بعد يوم من هدوء نسبي في مصراتة وبنغازي.", "LY"),
        ("أعلنت قوات المشير خليفة حفتر تقدمها نحو طرابلس من محاور عدة.", "LY"),
        # Lebanon's places: Lebanon's Tripoli
        ("نظم ناشطون وقفة في طرابلس شمالي لبنان تضامنا مع أهالي بيروت.", "LB"),
        # no evidence at all: the larger, far more often reported capital
        ("عاد الهدوء إلى شوارع طرابلس مساء أمس.", "LY"),
    ],
)
def test_tripoli_is_decided_by_the_article(text: str, country: str) -> None:
    assert _country_of(_full(text), "طرابلس") == country


def test_giza_local_context_beats_the_global_default() -> None:
    # a town in the Daraa countryside, though the article also names Egypt
    doc = analyse("استعادت فصائل المعارضة بلدة الجيزة في ريف درعا الشرقي، بحسب مصادر في مصر.")
    assert place(doc, "الجيزة").attrs["country"] == "SY"
    assert place(analyse("سيطرت القوات على الجيزة بريف درعا."), "الجيزة").attrs["country"] == "SY"
    # Egypt's governorate beside Cairo
    giza = place(analyse("انهار مبنى سكني في حي الهرم بالجيزة قرب القاهرة."), "الجيزة")
    assert giza.attrs["country"] == "EG" and near(giza, 30.01, 31.21)


def test_alexandria_is_egypts_unless_the_article_is_in_iraq() -> None:
    assert _country_of(_full("افتتح مسؤولون مصنعا جديدا في الإسكندرية أمس."), "الإسكندرية") == "EG"
    iraq = _full("انفجرت عبوة ناسفة في الإسكندرية شمالي الحلة وجنوب بغداد.")
    assert _country_of(iraq, "الإسكندرية") == "IQ"


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # towns outside Syria and Iraq that regional news names after a preposition only
        ("اقتحمت القوات الإسرائيلية مخيم المدينة ثم انسحبت من جنين باتجاه نابلس.", "نابلس", 32.22, 35.25),
        ("وسقطت قذائف على كريات شمونة صباح اليوم.", "كريات شمونة", 33.21, 35.57),
        ("وتواصل القصف على خان يونس ورفح في جنوب القطاع.", "خان يونس", 31.34, 34.31),
        ("وهاجم مسلحون نقطة تفتيش في الشيخ زويد شمالي سيناء.", "الشيخ زويد", 31.22, 34.11),
    ],
)
def test_regional_towns_after_a_preposition(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(place(analyse(text), surface), lat, lon)


def test_namesake_is_decided_by_the_articles_country() -> None:
    jordan = analyse("قتل دركي في اشتباك مع مطلوبين في مدينة الكرك، وامتدت المطاردة إلى معان قرب العقبة.")
    assert near(place(jordan, "معان"), 30.2, 35.73)
    syria = analyse("قصفت المدفعية بلدة معان في ريف حماة الشمالي، وقرية كوكب قرب مدينة حماة.")
    assert near(place(syria, "معان"), 35.36, 36.8)


def test_town_name_that_is_a_common_word_needs_a_cue() -> None:
    assert "العقبة" not in surfaces(analyse("وقال الوزير إن العقبة الأساسية أمام الاتفاق هي التمويل."))
    assert "الخليل" not in surfaces(analyse("وقال الخليل إبراهيم إن العائلة غادرت."))


def test_subdistrict_no_gazetteer_knows_is_placed_by_the_town_after_it() -> None:
    doc = analyse("وداهم مسلحون منزل المرشح في ناحية الفضيلة بقضاء الحويجة غربي كركوك.")
    assert "ناحية الفضيلة" in surfaces(doc)


def test_indefinite_adjective_after_a_neighbourhood_noun_is_no_name() -> None:
    assert not any("سكني" in s for s in surfaces(analyse("وسقطت قذيفة على حي سكني في مدينة حلب.")))


def test_aspect_idiom_with_the_subdistrict_noun_is_no_place() -> None:
    assert not any("الإدارة" in s for s in surfaces(analyse("والمشروع متعثر من ناحية الإدارة والتمويل.")))


def test_small_foreign_namesake_is_not_placed_in_another_countrys_article() -> None:
    # the only village of that name in the slice lies in Israel; the article is about Baghdad
    doc = analyse("وشنت قوات الأمن حملة دهم في منطقة العامرية غربي بغداد بحثا عن مطلوبين.")
    assert place(doc, "العامرية").attrs.get("lat") is None
    assert near(place(doc, "بغداد"), 33.31, 44.36)


def test_an_unknown_village_spelt_with_and_without_a_prosthetic_alif_is_one_place() -> None:
    a = marsad.analyze(
        "قال رئيس المجلس المحلي لقرية كفريتة جنوب تكريت إن عبوة انفجرت قرب المقبرة. "
        "وكان مسلحون قد هاجموا قرية اكفريتة ليل أمس."
    )
    places = [e for e in a.entities if e.type == "place" and any("كفريتة" in m.text for m in e.mentions)]
    assert len(places) == 1, [(e.name, [m.text for m in e.mentions]) for e in places]
    assert places[0].lat is not None
    assert {m.text for m in places[0].mentions} >= {"قرية كفريتة", "قرية اكفريتة"}



def test_world_countries_capitals_and_their_spellings() -> None:
    doc = analyse("زار الوزير طوكيو وهانوي ثم بيونغيانغ، وأكد أن إثيوبيا والحبشة اسمان لبلد واحد، "
                  "قبل أن يصل إلى واشنطون.")
    assert near(place(doc, "طوكيو"), 35.69, 139.69)
    assert near(place(doc, "هانوي"), 21.02, 105.84)
    assert place(doc, "بيونغيانغ").name == "Pyongyang"
    assert place(doc, "الحبشة").name == place(doc, "إثيوبيا").name == "Ethiopia"
    assert place(doc, "واشنطون").name == "Washington"
    assert place(doc, "إثيوبيا").attrs["precision"] == "country"


def test_foreign_names_that_are_also_words_need_a_cue() -> None:
    # مالي 'financial', سيول 'floods', صوفيا a given name
    doc = analyse("قدمت المنظمة دعما مالي للمزارعين بعد أن جرفت سيول الأمطار الطرق، وشكرتها صوفيا الأحمد.")
    assert not {"مالي", "سيول", "صوفيا"} & surfaces(doc)
    doc = analyse("وصل الجنود إلى مالي، ثم انتقل الوفد إلى سيول.")
    assert place(doc, "مالي").name == "Mali"
    assert place(doc, "سيول").name == "Seoul"


def test_a_capital_that_shares_its_country_name_is_the_country_alone() -> None:
    doc = analyse("عقد الاجتماع في العاصمة التونسية، وقالت تونس إنها ترحب بالاتفاق.")
    assert place(doc, "العاصمة التونسية").name == "Tunis"
    assert place(doc, "تونس").name == "Tunisia"


def test_a_town_abroad_far_from_the_article_places_is_a_namesake() -> None:
    # حي المغار in an article about Benghazi: no town of Israel, however big
    doc = analyse("تقدمت القوات في بنغازي ووصلت إلى حي المغار وسط بنغازي قرب البحر المتوسط.")
    e = place(doc, "المغار")
    assert e.attrs.get("lat") is None or not near(e, 32.89, 35.41, 100)


def test_a_place_after_a_group_word_in_an_organisation_s_name_is_no_place() -> None:
    # the place names the group or the outlet, not where anything happened
    for text in ("نقلت شبكة أحرار حوران عن ناشطين أن الطريق أغلق.",
                 "أعلن لواء ثوار الرقة انضمامه إلى التشكيل الجديد."):
        doc = analyse(text)
        assert not [e for e in doc.entities if e.type == "place"], text
    # the people of a place are still of that place
    assert place(analyse("قال ناشطون من أبناء حوران إن الطريق أغلق."), "حوران")
