"""Framing, second pass: a speaker's usual enemy, heads of a state before المحتلة, a bare العدو referring back,
invaders, gangs with a nisba and fighting words that keep an army off the terrorists it fights. Whole pipeline:
the rules read the claims and entity stages' output."""

from __future__ import annotations

import pytest

import marsad


def frames(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published="2018-05-01").to_dict()
    refs = {e["id"]: e.get("ref") or e.get("name") for e in art["entities"]}
    return [(f["term"], refs.get(f["target"])) for f in art["framing"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a Turkish body's bare terrorism word: the PKK the article names, never ISIS by default
    ("قالت وزارة الدفاع التركية في بيان إنها تمكنت من تحييد 12 إرهابيا في عمليات ضد حزب العمال الكردستاني "
     "شمالي العراق.", [("إرهابيا", "pkk")]),
    ("أكد الرئيس التركي رجب طيب أردوغان أن وحدات حماية الشعب الكردية تنظيم إرهابي. وقال أردوغان إن بلاده لن "
     "تسمح بوجود الإرهابيين على حدودها الجنوبية.", [("تنظيم إرهابي", "ypg"), ("الإرهابيين", "ypg")]),
])
def test_speaker_means_its_usual_enemy(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


def test_speaker_name_beside_the_term_wins() -> None:
    # a Turkish statement that names ISIS beside the word keeps it
    got = frames("وقالت وزارة الدفاع التركية إن قواتها قتلت إرهابيي داعش في ريف الباب، بعد أيام من قصف مواقع "
                 "حزب العمال الكردستاني.")
    assert ("إرهابيي", "isis") in got and ("إرهابيي", "pkk") not in got


def test_no_speaker_map_outside_a_claim() -> None:
    # the article's own words: the old fallback, not the Turkish enemy
    got = frames("شن حزب العمال الكردستاني هجوما على موقع للجيش التركي. وفي سوريا تمكن الإرهابيين من السيطرة على "
                 "قرية قرب دير الزور بعد معارك مع داعش.")
    assert ("الإرهابيين", "pkk") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال البيان إن الدولة التركية المحتلة تواصل قصف القرى الكردية في ريف الحسكة.", [("المحتلة", "turkey")]),
    # an occupied area: the head noun is no state's, so no nisba of it is the occupier
    ("وتقع القرية في الأراضي السورية المحتلة منذ عقود.", []),
])
def test_state_head_before_occupied(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


def test_bare_enemy_refers_back_to_the_enemy_family() -> None:
    got = frames("قالت المقاومة إن الكيان الصهيوني صعد اعتداءاته على الجنوب. وأضافت أن العدو استهدف منزلا في "
                 "بلدة حدودية.")
    assert got == [("الكيان الصهيوني", "israel"), ("العدو", "israel")]


def test_bare_enemy_alone_gives_no_record() -> None:
    assert frames("وقال القائد الميداني إن العدو تراجع إلى خطوطه الخلفية بعد الهجوم.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the force right before it; the state when the article names it (as for قوات الاحتلال)
    ("وطالبت دمشق القوات التركية الغازية بالانسحاب من ريف حلب.", [("الغازية", "turkish-army")]),
    ("وقالت سوريا إن تركيا تواصل التوغل وطالبت القوات التركية الغازية بالانسحاب من ريف حلب.",
     [("الغازية", "turkey")]),
    ("وارتفعت مبيعات المشروبات الغازية في الصيف.", []),
])
def test_invading(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


def test_gangs_of_evil_take_the_groups_nisba() -> None:
    assert frames("وقال مسؤول يمني إن عصابات الشر الحوثية قصفت الأحياء السكنية في المدينة.") == [
        ("عصابات الشر", "houthis")]


@pytest.mark.parametrize("text", [
    "وقالت مصادر عسكرية إن الجيش الوطني الليبي يواصل معركته لدحر الجماعات الإرهابية في المدينة.",
    "وتمكن الجيش الوطني الليبي من استعادة البلدة من قبضة الجماعات الإرهابية بعد قتال عنيف.",
])
def test_army_fighting_terrorists_is_not_them(text: str) -> None:
    assert ("الجماعات الإرهابية", "lna") not in frames(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the invading forces alone: the one occupier of the occupied area the article names, not the party before;
    # the state its army's nisba names (round 14b), as قوات الاحتلال التركي is Turkey's
    ("ونددت دمشق بالتوغل في عفرين الذي نفذه الجيش التركي، وطالبت القوات الغازية بالانسحاب.",
     [("القوات الغازية", "turkey")]),
    ("وتشمل صادرات إيران النفط الخام ومكثفاتها الغازية، في وقت تقصف فيه إسرائيل مواقع في الجولان المحتل.",
     [("المحتل", "israel")]),
])
def test_invading_forces_alone(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the designation verb far back: the one named right before بأنه is its object
    ("ووصف الرئيس التركي رجب طيب أردوغان في كلمة أمام أنصاره رئيس الوزراء الإسرائيلي بنيامين نتنياهو بأنه "
     "إرهابي.", [("إرهابي", "benjamin-netanyahu")]),
    # an act before بأنه: no party
    ("ووصف المتحدث باسم الشرطة الهجوم على المسجد بأنه إرهابي.", []),
])
def test_designation_by_that_pronoun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert frames(text) == expected


def test_army_shown_fighting_them_is_no_fallback_later() -> None:
    got = frames("ودخلت معركة الجيش الوطني الليبي لاستعادة مدينة درنة من قبضة الجماعات الإرهابية مراحلها الأخيرة. "
                 "وقال المسماري إن الجيش الوطني الليبي يتقدم في المدينة. وتعد درنة آخر مدينة تسيطر عليها الجماعات "
                 "الإرهابية.")
    assert ("الجماعات الإرهابية", "lna") not in got
