"""A neighbourhood name that several cities share (حي الأشرفية، حي الخالدية، حي الزهراء) is placed in the
city the article names, and the entity's ref names the record chosen."""

import marsad


def _place(text: str, name_ar: str) -> tuple[str | None, float | None, float | None]:
    art = marsad.analyze(text, published="2018-03-01")
    for e in art.entities:
        if e.type == "place" and name_ar in [m.text for m in e.mentions]:
            return e.ref, e.lat, e.lon
    raise AssertionError(f"no place {name_ar}")


def test_ashrafieh_follows_the_article_city() -> None:
    ref, lat, _ = _place("وتقدمت الفصائل داخل مدينة عفرين وسيطرت على حي الأشرفية بعد معارك.", "حي الأشرفية")
    assert ref == "nb-ashrafieh-afrin" and lat is not None and abs(lat - 36.51) < 0.1
    ref, _, _ = _place("وسقطت قذائف على حي الأشرفية قرب حي الشيخ مقصود في حلب.", "حي الأشرفية")
    assert ref == "nb-ashrafieh-aleppo"
    ref, _, _ = _place("وانفجرت عبوة في منطقة الأشرفية شرق بيروت.", "الأشرفية")
    assert ref == "lb-ashrafieh-beirut"


def test_khalidiya_and_zahraa_in_homs_or_aleppo() -> None:
    assert _place("وخرج المحتجون في حي الخالدية وسط حمص.", "حي الخالدية")[0] == "nb-khalidiya-homs"
    assert _place("واستهدفت القذائف حي الخالدية شمالي حلب.", "حي الخالدية")[0] == "nb-khalidiya-aleppo"
    assert _place("وانفجرت سيارة مفخخة في حي الزهراء بمدينة حمص.", "حي الزهراء")[0] == "nb-zahraa-homs"
    assert _place("وقصفت الفصائل حي الزهراء في غرب حلب.", "حي الزهراء")[0] == "nb-zahraa-aleppo"


def test_bare_names_keep_their_towns() -> None:
    # the bare names stay the Aleppo town and the Anbar town
    assert _place("ونزح الأهالي نحو بلدتي نبل والزهراء شمال حلب.", "الزهراء")[0] == "sy-zahraa"
    assert _place("وقتل جنديان في قضاء الخالدية شرقي الرمادي.", "الخالدية")[0] == "iq-khalidiyah"
