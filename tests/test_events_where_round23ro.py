"""Round 23 (RO): a bare area noun (في المنطقة, no demonstrative) after a country named earlier in its own
sentence tells the region at large, not a district named a sentence before (where._region_antecedent)."""
from __future__ import annotations


def _places(text: str) -> list[tuple[str, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.place)) for ev in art.events]


def test_country_in_own_sentence_stops_bare_region_pointing_back() -> None:
    got = _places("شنت طائرات أمريكية غارة على منطقة الجفرة الأحد. "
                  "وقال البيان إن القيادي كان يدرب عناصر التنظيم في ليبيا لشن هجمات في المنطقة.")
    assert got[0] == ("ATTACK", "ly-jufra-district"), got
    # the later attack is told "in the region" after Libya: not the district of the sentence before
    assert got[-1][0] == "ATTACK" and got[-1][1] != "ly-jufra-district", got


def test_without_a_country_the_region_still_points_back() -> None:
    got = _places("شنت طائرات أمريكية غارة على منطقة الجفرة الأحد. "
                  "وقال البيان إن القيادي كان يدرب عناصر التنظيم لشن هجمات في المنطقة.")
    assert got[-1] == ("ATTACK", "ly-jufra-district"), got


def test_demonstrative_still_points_back_to_the_named_area() -> None:
    got = _places("اندلعت اشتباكات عنيفة في منطقة عفرين يوم الأحد. "
                  "وقال المرصد إن الجيش التركي في سوريا قصف قرى في هذه المنطقة.")
    assert got[-1] == ("ATTACK", "sy-afrin"), got
