"""An undated article's capital (دمشق) stands for the government of the era its own latest written year
points to, when nothing it names dates it (entities.py `_undated_era`). Sentences written for these tests."""

import marsad


def _refs(text: str, published: str | None = None) -> dict[str, str]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref or "" for e in art.entities if e.type == "actor" for m in e.mentions}


def test_publication_date_decides() -> None:
    text = "وردت دمشق على البيان الأمريكي بالرفض."
    assert _refs(text, "2019-03-01")["دمشق"] == "syr-gov-assad"
    assert _refs(text, "2025-03-01")["دمشق"] == "syr-gov-new"


def test_undated_article_dated_by_its_latest_year() -> None:
    assert _refs("وقالت دمشق في بيان صدر في أيار 2016 إنها ترفض أي وجود أجنبي.")["دمشق"] == "syr-gov-assad"
    # a later year, or none at all, keeps the present-day meaning
    assert _refs("وقالت دمشق في بيان صدر في أيار 2025 إنها ترفض أي وجود أجنبي.")["دمشق"] == "syr-gov-new"
    assert _refs("وقالت دمشق في بيان إنها ترفض أي وجود أجنبي.")["دمشق"] == "syr-gov-new"
