"""ناحية with a lam on it is the idiom 'as regards' (place_cues.json pattern_lam_idiom), not a subdistrict,
unless a word of belonging comes before it. Sentences written for these tests."""

import marsad


def _places(text: str) -> set[str]:
    art = marsad.analyze(text, published="2018-06-01")
    return {m.text for e in art.entities if e.type == "place" for m in e.mentions}


def test_lam_nahiya_is_an_idiom() -> None:
    assert not any("ناحية" in p for p in _places("وتحتل كندا المرتبة الأولى لناحية عدد الطلاب الوافدين إليها."))
    assert not any("ناحية" in p for p in _places("وبصرف النظر عن النتائج لناحية توزيع الحقائب بين الكتل."))


def test_belonging_keeps_the_subdistrict() -> None:
    # a subdistrict the gazetteer lacks is still read from its noun after a word of belonging
    assert any("ناحية" in p for p in _places("وسقطت قذيفة على قرية صغيرة تابعة لناحية زمردان."))
