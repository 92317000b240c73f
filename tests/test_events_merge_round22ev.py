"""Round 22 (EV): a source's retelling of an attack the article told before (events.merge._source_retold) is that
attack, not a new record: «قتل مسلحون الصحفي ... وقال مسؤول إن حداد قتل بسبب تحقيقاته». It folds into the first
telling only when nothing in it tells another happening: no also-word (event_cues source_retold_also), no
others counted, no doer against the first's, no place or day of its own, no target striking back."""
from __future__ import annotations

import marsad

_LEDE = ("قتل مسلحون مجهولون الصحفي سامر حداد أمام منزله في مدينة الموصل مساء الأحد.\n"
         "وكان حداد يعمل مراسلا لصحيفة محلية منذ سنوات.\n")


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text)
    return [text[ev.trigger.start:ev.trigger.end] for ev in art.events if ev.type == "ATTACK"]


def test_a_named_victim_killed_told_again_by_the_police_is_one_killing() -> None:
    got = _attacks(_LEDE + "وقال مسؤول في الشرطة إن حداد قتل بسبب تحقيقاته الصحفية.")
    assert got == ["قتل"]


def test_an_assassination_told_again_by_officials_keeps_the_first_telling() -> None:
    text = ("أدانت منظمات حقوقية اغتيال الناشط المدني علي الربيعي في محافظة البصرة.\n"
            "وأفاد مسؤولون محليون بأن الربيعي قُتل داخل سيارته بعد خروجه من اجتماع.")
    assert _attacks(text) == ["اغتيال"]


def test_a_killing_told_with_also_is_another() -> None:
    # guard: كذلك marks one more happening of the kind
    got = _attacks(_LEDE + "وقال مسؤول في الشرطة إن مسلحين قتلوا كذلك شرطيا في حي آخر.")
    assert len(got) == 2


def test_others_killed_are_another_killing() -> None:
    # guard: آخرين after a count names others than the victim told, whatever the count
    got = _attacks(_LEDE + "وقالت الشرطة إن أربعة آخرين قتلوا في المدينة.")
    assert len(got) == 2


def test_a_killing_by_another_named_doer_stays_apart() -> None:
    got = _attacks(_LEDE + "وقال مسؤول في الشرطة إن عناصر من تنظيم داعش قتلوا حداد بسبب تحقيقاته.")
    assert len(got) == 2


def test_a_killing_with_its_own_place_and_year_stays_apart() -> None:
    got = _attacks(_LEDE + "وقال مسؤول في الشرطة إن حداد قتل في مدينة كركوك قبل عامين.")
    assert len(got) == 2


def test_the_target_striking_back_is_another_attack() -> None:
    # guard: a source tells the side struck in the lede shelling the town: a deed of its own
    text = ("شنت طائرات التحالف غارة على مواقع للحوثيين في مدينة صعدة يوم الأحد.\n"
            "وأفاد سكان محليون أن الحوثيين قصفوا أحياء المدينة بالمدفعية.")
    assert len(_attacks(text)) == 2


def test_a_storming_tried_is_not_the_shelling_told_before() -> None:
    # guard: a foiled deed is no telling of a strike done
    text = ("قصفت طائرات حربية مستشفى في بلدة كفربطنا بريف دمشق يوم الاثنين.\n"
            "وقال ناشطون إن قوات موالية للحكومة حاولت اقتحام البلدة من عدة محاور.")
    assert len(_attacks(text)) == 2


def test_shelling_told_alongside_is_another_happening() -> None:
    # guard: فيما opens a happening going on beside what the clause tells, not the strike told again
    text = ("قصفت المدفعية التركية أحياء مدينة عفرين يوم السبت.\n"
            "وقال المرصد إن المدنيين فروا من بيوتهم فيما قصفت المدفعية أحياء المدينة.")
    assert len(_attacks(text)) == 2


def test_shelling_since_the_operation_began_is_not_the_strike_told_again() -> None:
    # guard: منذ gives the telling a stretch of its own, a campaign, not the day's strike
    text = ("قصفت المدفعية التركية أحياء مدينة عفرين يوم السبت.\n"
            "وقال مسؤول محلي إن المدفعية قصفت المدينة منذ بدء العملية.")
    assert len(_attacks(text)) == 2


def test_shelling_told_again_by_an_official_is_one() -> None:
    text = ("قصفت المدفعية التركية أحياء مدينة عفرين يوم السبت.\n"
            "وقال مسؤول محلي إن المدفعية قصفت أحياء المدينة.")
    assert len(_attacks(text)) == 1


def test_unnamed_gunmen_after_a_named_doer_are_another_attack() -> None:
    # guard: a retelling whose doer is unnamed gunmen (event_cues unnamed_doers) after an army named
    text = ("قصف الجيش العراقي مواقع في صحراء الأنبار يوم الأحد.\n"
            "وقال شهود إن المسلحين الذين هاجموا نقطة التفتيش انسحبوا بعد ساعتين.")
    assert len(_attacks(text)) == 2
