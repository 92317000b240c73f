"""Round 17b: كائنة (located) after a place noun is no name; واد, the Maghrebi spelling of وادي, heads a
two-word name (واد زم, Oued Zem in the pack)."""

from __future__ import annotations


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {e["name_ar"]: (e.get("lat"), e.get("lon")) for e in rec["entities"] if e["type"] == "place"}


def test_located_participle_is_no_name() -> None:
    found = _places("صادرت الشرطة أسلحة في مستودع كائن بقرية قريبة من محافظة البحيرة.")
    assert not any("كائن" in name for name in found), found
    found = _places("داهمت قوات الأمن مزرعة كائنة بمنطقة زراعية في محافظة البحيرة.")
    assert not any("كائن" in name for name in found), found


def test_oued_zem_is_placed() -> None:
    found = _places("أعلنت السلطات المغربية تفكيك شبكة تنشط بمدينتي واد زم والدار البيضاء.")
    assert "واد زم" in found, found
    lat, lon = found["واد زم"]
    assert lat is not None and lon is not None
    assert abs(lat - 32.86) < 0.1 and abs(lon + 6.57) < 0.1


def test_wad_heads_an_unknown_two_word_name() -> None:
    found = _places("اندلعت مواجهات في مدينة واد أمليل بين الشبان وقوات الأمن.")
    assert not any(name.endswith("واد") for name in found), found


def test_the_map_is_no_village() -> None:
    # الخريطة is a Deir ez-Zor village only after a place noun; after a preposition it is 'the map'
    assert not _places("تغيرت موازين القوى في الخريطة السياسية للمنطقة خلال العام.")
    assert "الخريطة" in _places("قصفت الطائرات قرية الخريطة في ريف دير الزور الغربي.")


def test_finance_is_no_male() -> None:
    # مالية ('finance') folds like ماليه (Malé): a proclitic ب is no cue for the Maldives' capital
    found = _places("ناقش النواب المسائل المتعلقة بمالية الدولة في لبنان.")
    assert "العاصمة المالديفية" not in found, found
