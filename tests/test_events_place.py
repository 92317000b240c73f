"""The events stage on where a happening was: the place a verb of attack takes as object, a place noun after
the trigger that points back (المطار، المدينة), and places that are no site (a time zone)."""

from __future__ import annotations

from tests.conftest import event_records

ENTS = [
    ("actor", "israel", ["الإسرائيلية", "إسرائيل"]),
    ("actor", "regime", ["قوات النظام", "النظام"]),
    ("actor", "turkey", ["تركية", "تركيا"]),
    ("actor", "factions", ["الفصائل"]),
    ("place", "mezzeh", ["مطار المزة"]),
    ("place", "damascus", ["دمشق"]),
    ("place", "kweires", ["مطار كويرس"]),
    ("place", "aleppo", ["حلب"]),
    ("place", "turkey_land", ["الأراضي التركية"]),
    ("place", "iraq", ["العراق"]),
    ("place", "ain_issa", ["عين عيسى"]),
    ("place", "raqqa_cs", ["ريف الرقة"]),
]


def places(text: str, typ: str) -> list[str | None]:
    return [e["place"] for e in event_records(text, ENTS) if e["type"] == typ]


def test_the_object_of_an_attack_verb_is_where_it_struck() -> None:
    assert places("قصفت الطائرات الإسرائيلية مطار المزة العسكري غرب دمشق ليلة أمس.", "ATTACK") == ["mezzeh"]


def test_a_place_noun_right_after_an_attack_verb_points_back() -> None:
    got = places("سيطرت قوات النظام على مطار كويرس شرق حلب. وبعد يومين قصفت طائرات تركية المطار من الأراضي "
                 "التركية.", "ATTACK")
    assert got == ["kweires"]


def test_a_time_zone_is_no_site() -> None:
    assert places("هاجم مسلحون مبنى البلدية عند الساعة السابعة صباحا بتوقيت العراق.", "ATTACK") == [None]


def test_a_town_noun_points_back_within_its_sentence() -> None:
    # المدينة refers to the town named earlier in the sentence, not the countryside that places it
    got = places("انشق عشرات العناصر وفروا إلى عين عيسى بريف الرقة، فيما قامت الفصائل بإغلاق مداخل المدينة.",
                 "DEPLOY")
    assert got == ["ain_issa"]


def test_a_place_noun_under_a_preposition_further_on_points_back() -> None:
    ents = [("actor", "regime", ["قوات النظام"]), ("place", "quneitra", ["القنيطرة"]),
            ("place", "syria", ["سوريا"])]
    text = ("سيطرت قوات النظام على أجزاء من محافظة القنيطرة الشهر الماضي. وتشن قوات النظام منذ أيام قصفا مدفعيا "
            "متواصلا يهدف إلى إنهاك الفصائل في المحافظة الواقعة جنوب سوريا.")
    got = [e["place"] for e in event_records(text, ents) if e["type"] == "ATTACK"]
    assert got == ["quneitra"]
