"""Round 22, integration: when two pack metropolises abroad share a name a small village's record also bears,
`places._metropolis_over_village` takes the larger one (then the first id), whatever order the pack lists them."""

from __future__ import annotations

from marsad.gazetteer import PlaceRecord
from marsad.pipeline import EntityDraft, make_doc
from marsad.stages import places


def _rec(id_: str, pop: int, country: str, source: str) -> PlaceRecord:
    return PlaceRecord(id_, id_, "المدينة", (), 30.0, 40.0, country, None, "city", "town", pop, source)


def test_the_larger_metropolis_wins_in_either_order() -> None:
    doc = make_doc("وصل الوفد إلى المدينة أمس.")
    village = PlaceRecord("v", "v", "المدينة", (), 31.0, 35.0, "PS", None, "village", "town", 4000, "geonames")
    small, large = _rec("a-small", 1_200_000, "QA", "pack"), _rec("b-large", 3_000_000, "QA", "pack")
    ent = EntityDraft("e1", "place", "v", "المدينة", None)
    for recs in ([small, large, village], [large, small, village]):
        assert places._metropolis_over_village(doc, ent, recs, village, [], []) is large
