"""Round 23 (EV4): a seizure a source tells again (state TV, a news agency quoting a military source) is the
first seizure when it names the same place or one inside it (events.merge._retells, _place_within); a seizure
of another town, or one with no place of its own, is another happening."""
from __future__ import annotations


def _seizures(text: str) -> list[tuple[str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.modality, refs.get(ev.place)) for ev in art.events if ev.type == "SEIZE"]


def test_state_tv_naming_a_town_inside_the_advance_just_told_is_one_seizure() -> None:
    # fails before round 23 EV4: the retelling was a second SEIZE
    got = _seizures("حققت القوات الحكومية السورية يوم الأحد تقدما كبيرا في ريف إدلب الجنوبي. "
                    "وأعلن التلفزيون الرسمي سيطرة الجيش على مدينة خان شيخون.")
    assert len(got) == 1, got


def test_town_inside_the_region_after_other_news_is_a_later_stage() -> None:
    got = _seizures("حققت القوات الحكومية السورية يوم الأحد تقدما كبيرا في ريف إدلب الجنوبي. "
                    "وقصفت الطائرات الروسية مواقع الفصائل في جبل الزاوية. "
                    "وأعلن التلفزيون الرسمي سيطرة الجيش على مدينة خان شيخون.")
    assert len(got) == 2, got


def test_agency_quoting_military_source_on_same_town_is_one_seizure() -> None:
    got = _seizures("استعادت القوات الحكومية السورية مدينة خان شيخون يوم الأربعاء. "
                    "ونقلت الوكالة الرسمية عن مصدر عسكري قوله إن الجيش استعاد مدينة خان شيخون.")
    assert len(got) == 1, got


def test_source_telling_a_second_town_keeps_two_seizures() -> None:
    got = _seizures("سيطرت قوات الجيش السوري صباح الثلاثاء على مدينة معرة النعمان بعد معارك عنيفة مع الفصائل. "
                    "وأعلن التلفزيون الرسمي سيطرة القوات على مدينة سراقب.")
    assert len(got) == 2, got


def test_source_telling_a_seizure_with_no_place_keeps_two() -> None:
    got = _seizures("سيطرت قوات الجيش السوري صباح الثلاثاء على مدينة معرة النعمان بعد معارك عنيفة مع الفصائل. "
                    "وقالت مصادر محلية إن مسلحين وصلوا إلى الحاجز واستولوا على شاحنة محملة بالذخيرة.")
    assert len(got) == 2, got
