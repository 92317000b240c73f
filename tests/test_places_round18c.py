"""Round 18c (places): «شمال البلاد» in an article that names no place of a country is the country of the
actor named before it in its sentence (or the sentence before), not the one the article names most."""

from __future__ import annotations


def _bilad_country(text: str) -> str | None:
    """The country marsad gives the place composed on البلاد in `text`."""
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    got = [e.get("country") for e in rec["entities"] if e["type"] == "place" and "البلاد" in e["name_ar"]]
    assert got, rec["entities"]
    return got[0]


_US_HEAVY = (
    "قالت الولايات المتحدة إنها تضغط على الحكومة الهندية. وأكدت واشنطن أن الولايات المتحدة لن تتراجع. "
    "وأضافت الولايات المتحدة أن الولايات المتحدة تنتظر ردا. "
)


def test_bilad_is_the_country_of_the_actor_in_its_sentence() -> None:
    text = _US_HEAVY + "وفي الأسبوع الماضي نقلت السلطات الهندية المعتقلين إلى سجن في شمال شرقي البلاد."
    assert _bilad_country(text) == "IN"


def test_bilad_takes_the_actor_of_the_sentence_before() -> None:
    text = _US_HEAVY + "وردت الحكومة الهندية برفض الطلب. وجرى نقل السجين إلى معتقل في جنوب البلاد."
    assert _bilad_country(text) == "IN"


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {e["name_ar"]: (e.get("lat"), e.get("lon")) for e in rec["entities"] if e["type"] == "place"}


def test_locality_in_sanhan_district_is_near_sanaa() -> None:
    got = _places("قصفت طائرات التحالف معسكرا في منطقة عمد بمديرية سنحان جنوب شرقي صنعاء.")
    lat, lon = got["مديرية سنحان"]
    assert lat is not None and lon is not None and abs(lat - 15.22) < 0.1 and abs(lon - 44.3) < 0.1
    lat, lon = got.get("عمد", (None, None))
    assert lon is None or lon < 45.0  # not the Hadramawt namesake


def test_new_pack_places_have_coordinates() -> None:
    got = _places(
        "نقل الجرحى إلى مدينة الحسين الطبية في عمان. وسقط صاروخ قرب بحيرة طبريا. وانسحبت القوات من بلدة بادمي."
    )
    assert got["مدينة الحسين الطبية"][0] is not None
    assert got["بحيرة طبريا"][0] is not None
    assert any(k.endswith("بادمي") and v[0] is not None for k, v in got.items())
