"""Framing, round 16c: a patron's collective that names its own members (الميليشيات الموالية لإيران، خاصة …) is many
groups, not the one militia the article earlier called Iranian; the bare occupation of a state by its nisba
(الاحتلال التركي، الاحتلال الروسي) is the state, one entity, as الاحتلال الإسرائيلي is. Sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import framing_pairs, mention_refs


def frames(text: str, published: str = "2019-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_collective_with_its_members_named_is_no_earlier_militia() -> None:
    got = frames("وقصفت ميليشيا بدر الإيرانية مواقع في ديالى. وقال مسؤول محلي إن الميليشيات الموالية لإيران، خاصة "
                 "عصائب أهل الحق وكتائب حزب الله، تنتشر في المدينة.")
    assert ("الميليشيات", "iran-backed-militias") in got
    assert ("الميليشيات", "badr") not in got


def test_a_collective_with_its_members_after_la_siyyama_or_mithl() -> None:
    for between in ("ولا سيما", "مثل"):
        got = frames("وهاجمت ميليشيا بدر الإيرانية قرية قرب بعقوبة. وتنتشر الميليشيات الإيرانية، " + between
                     + " عصائب أهل الحق وكتائب حزب الله، على الطريق الدولي.")
        assert ("الميليشيات", "badr") not in got, between


def test_a_collective_used_again_after_its_members_stays_the_collective() -> None:
    got = frames("وقصفت ميليشيا بدر الإيرانية مواقع في ديالى. وقال مسؤول إن الميليشيات الموالية لإيران، خاصة "
                 "عصائب أهل الحق، تنتشر في المدينة. وتسيطر الميليشيات الموالية لإيران على المعابر الحدودية.")
    assert ("الميليشيات", "badr") not in got


def test_a_collective_without_members_is_still_the_group_described_before() -> None:
    got = frames("وقصفت ميليشيات الحوثي الإيرانية أحياء في تعز. وقال مسؤول إن الميليشيات الإيرانية تحشد مقاتليها "
                 "في صعدة.")
    assert ("ميليشيات", "houthis") in got
    assert ("الميليشيات", "iran-backed-militias") not in got


def test_the_turkish_occupation_is_turkey_alone() -> None:
    refs = mention_refs("قصف الاحتلال التركي قرية في ريف عفرين صباح اليوم، ما أدى إلى إصابة مدنيين.",
                        types=("actor",))
    assert refs.get("الاحتلال التركي") == "turkey"
    assert "turkish-army" not in refs.values()
    assert frames("قصف الاحتلال التركي قرية في ريف عفرين صباح اليوم.") == [("الاحتلال", "turkey")]


def test_the_russian_occupation_is_russia_alone() -> None:
    refs = mention_refs("وقصف الاحتلال الروسي بلدات في ريف إدلب الجنوبي.", types=("actor",))
    assert refs.get("الاحتلال الروسي") == "russia"
    assert "russian-forces" not in refs.values()


def test_the_turkish_occupations_army_stays_the_army() -> None:
    refs = mention_refs("وقصف جيش الاحتلال التركي قرية في ريف عفرين.", types=("actor",))
    assert refs.get("جيش الاحتلال التركي") == "turkish-army"
    assert ("جيش الاحتلال التركي", "turkey") in frames("وقصف جيش الاحتلال التركي قرية في ريف عفرين.")
