"""Entities behind framing, round 12 (FR): an occupation force with another state's nisba is not the Israeli army,
actors stance outlets frame (the Gülen movement, حالش, the Hijri factions), and a bare «الميليشيات» that no
labelled group precedes. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def refs(text: str, published: str = "2019-06-01") -> set[str]:
    art = marsad.analyze(text, published=published).to_dict()
    return {e["ref"] for e in art["entities"] if e["type"] == "actor" and e.get("ref")}


def mentions_of(text: str, ref: str, published: str = "2018-06-01") -> list[str]:
    art = marsad.analyze(text, published=published).to_dict()
    return [m["text"] for e in art["entities"] if e.get("ref") == ref for m in e["mentions"]]


@pytest.mark.parametrize(("text", "state"), [
    ("وقال ناشطون إن قوات الاحتلال الأمريكية نقلت معدات عسكرية إلى قاعدة في ريف الحسكة.", "usa"),
    ("وشنت طائرات الاحتلال الروسي عشر غارات على بلدات ريف إدلب الجنوبي.", "russia"),
    ("وأطلق جيش الاحتلال الأميركي سراح معتقلين من سجن في الأنبار.", "usa"),
])
def test_an_occupation_force_with_another_states_nisba_is_that_states(text: str, state: str) -> None:
    got = refs(text)
    assert "idf" not in got
    assert state in got or f"{state}n-forces" in got or "russian-forces" in got


@pytest.mark.parametrize("text", [
    "واقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس واعتقلت ثلاثة شبان.",
    "وقصفت طائرات الاحتلال الإسرائيلية منزلا في خان يونس جنوب قطاع غزة.",
])
def test_a_bare_occupation_force_in_palestine_stays_the_israeli_army(text: str) -> None:
    assert "idf" in refs(text)


@pytest.mark.parametrize("text", [
    "واعتقلت السلطات التركية 25 شخصا يشتبه بصلتهم بمنظمة غولن الإرهابية في أنقرة.",
    "وأكد الوزير أن تنظيم فيتو تسلل إلى مؤسسات الدولة قبل محاولة الانقلاب.",
    "وفصلت الحكومة التركية آلاف الموظفين بتهمة الانتماء إلى جماعة فتح الله غولن.",
])
def test_the_gulen_movement_is_an_actor(text: str) -> None:
    assert "gulen-movement" in refs(text, "2017-03-01")


def test_halesh_is_hezbollah() -> None:
    assert "hezbollah" in refs("وتقدمت ميليشيا حالش نحو أطراف الزبداني تحت غطاء ناري كثيف.", "2015-07-10")


def test_the_hijri_factions_are_the_druze_factions() -> None:
    assert "druze-factions" in refs("واستهدف مسلحو الهجري دورية لقوى الأمن الداخلي على طريق السويداء.", "2025-08-10")


def test_militias_after_lam_take_the_theatres_group() -> None:
    text = ("وتواصل قوات الجيش اليمني تقدمها في محافظة الحديدة غرب اليمن. وقال قائد ميداني إن الطريق الساحلي "
            "كان خط الإمداد الرئيسي للميليشيات المتمردة، وإن الحوثيين فقدوا السيطرة عليه.")
    assert any("ميليشيات" in m for m in mentions_of(text, "houthis"))


def test_militias_take_the_one_militia_in_their_sentence() -> None:
    text = ("وقال نائب عن محافظة نينوى إن عصائب أهل الحق نشرت حواجز جديدة في سهل نينوى، مطالبا الحكومة "
            "بإخراج الميليشيات من المنطقة.")
    assert any("ميليشيات" in m for m in mentions_of(text, "asaib", "2022-03-01"))


def test_militias_stay_unresolved_beside_two_groups() -> None:
    text = ("وقال نائب إن عصائب أهل الحق وكتائب حزب الله نشرتا حواجز في سهل نينوى، مطالبا الحكومة "
            "بإخراج الميليشيات من المنطقة.")
    assert not any("ميليشيات" in m for m in mentions_of(text, "asaib", "2022-03-01"))
    assert not any("ميليشيات" in m for m in mentions_of(text, "kataib-hezbollah", "2022-03-01"))


def test_militias_coordinated_with_a_party_are_not_the_sentences_group() -> None:
    text = ("وقال الباحث إن قسد والنظام أعلنا هزيمة التنظيم، لكن الفساد داخل قوات النظام والميليشيات المحلية "
            "في ريف حمص سمح له بشراء السلاح.")
    assert not any("ميليشيات" in m for m in mentions_of(text, "sdf", "2022-03-01"))
