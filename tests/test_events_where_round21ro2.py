"""Round 21 (RO, second engineer): a firing told by its weapon that names both its launch site (من) and where it
was aimed (باتجاه، نحو، على: event_cues fired_weapons destinations) happened where it was aimed; the launch site
is only where it came from."""
from __future__ import annotations


def _places(text: str) -> list[tuple[str, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.place)) for ev in art.events]


def test_missile_from_one_governorate_towards_another_city() -> None:
    got = _places("أطلقت ميليشيا الحوثي صاروخا باليستيا من محافظة صعدة باتجاه جازان.")
    assert got == [("ATTACK", "sa-jazan")], got


def test_launch_masdar_from_town_towards_city() -> None:
    got = _places("وتم إطلاق الصاروخ من صعدة نحو نجران مساء الخميس.")
    assert got == [("ATTACK", "sa-najran")], got


def test_shells_from_a_town_on_a_city_with_head_nouns() -> None:
    got = _places("أطلق مسلحون قذائف هاون من بلدة كفرزيتا على مدينة حماة.")
    assert got == [("ATTACK", "sy-hama")], got


def test_no_origin_keeps_the_place_it_fell_in() -> None:
    # no launch site named: the rules before choose, the quarter's city
    got = _places("سقطت قذيفة على حي سكني في مدينة حماة.")
    assert got == [("ATTACK", "sy-hama")], got
