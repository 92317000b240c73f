"""A state's bare name that the words around it make a place, not a party (roles.json place_context).
The sentences are written for these tests."""

from tests.conftest import mention_types


def _is_place(types: dict[str, set[str]], word: str) -> bool:
    hits = [t for text, t in types.items() if word in text]
    return bool(hits) and all(t == {"place"} for t in hits)


def test_visit_goal_with_li_is_a_place() -> None:
    assert _is_place(mention_types("وتأتي زيارة رئيس الوزراء لكندا بعد أشهر من التوتر."), "كندا")


def test_definite_capital_noun_with_li_is_a_place() -> None:
    assert _is_place(mention_types("وتعد تورنتو العاصمة الاقتصادية لكندا وأكبر مدنها."), "كندا")


def test_movement_then_min_is_a_place() -> None:
    assert _is_place(mention_types("وقالت الشرطة إن الرجال دخلوا البلاد من فنزويلا قبل أسبوع."), "فنزويلا")


def test_compass_adjective_after_a_state_makes_a_region() -> None:
    types = mention_types("واندلعت مواجهات في بلفاست عاصمة إيرلندا الشمالية مساء السبت.")
    assert not any("actor" in t for text, t in types.items() if "إيرلندا" in text)


def test_the_state_acting_stays_a_party() -> None:
    types = mention_types("ورفضت كندا الانتقادات السعودية، وقالت إن زيارة الوزير جاءت في موعدها.")
    assert "actor" in types.get("كندا", set())
    # a delegation from a state is sent by it
    types = mention_types("ووصل وفد من روسيا إلى دمشق أمس.")
    assert "actor" in types.get("روسيا", set())


def test_north_korea_is_still_the_state() -> None:
    types = mention_types("وأطلقت كوريا الشمالية صاروخين باتجاه البحر.")
    assert "actor" in types.get("كوريا الشمالية", set())
