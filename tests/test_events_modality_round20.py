"""Round 20 EM: an event noun right after the future of a verb of starting or going on (ستستأنف القوات هجومها،
سنواصل قصف، سيبدأ عملية عسكرية) is announced for later: expected, not told as done. The present and the past of
the same verbs (تواصل القوات قصف، استأنفت القوات هجومها، بدأ عملية) tell the deed going on or begun."""

from __future__ import annotations

import marsad


def _modalities(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.modality) for e in marsad.analyze(text, published="2018-05-01").events]


def test_future_resume_verb_makes_the_attack_expected() -> None:
    got = _modalities("قال التلفزيون الرسمي السوري إن القوات الحكومية ستستأنف هجومها ضد تنظيم داعش جنوبي العاصمة دمشق.")
    assert got == [("هجومها", "expected")]


def test_first_person_future_before_a_masdar_spelled_as_a_verb() -> None:
    # قصف after سنواصل is the masdar, whatever its spelling; the speaker's «we will go on» is a plan
    got = _modalities('وقال قائد الجيش الليبي: "سنواصل قصف مواقع تنظيم القاعدة في درنة".')
    assert got == [("قصف", "expected")]


def test_future_light_verb_of_starting() -> None:
    got = _modalities("وقال الجيش التركي إنه سيبدأ عملية عسكرية ضد وحدات حماية الشعب الكردية في منبج.")
    assert got == [("عملية عسكرية", "expected")]


def test_past_light_verb_of_starting_stays_told() -> None:
    got = _modalities("وقال الجيش التركي إنه بدأ عملية عسكرية ضد وحدات حماية الشعب الكردية في منبج.")
    assert got == [("عملية عسكرية", "reported")]


def test_present_resume_verb_stays_told() -> None:
    got = _modalities("وتواصل القوات الحكومية السورية قصف مواقع تنظيم داعش في ريف دير الزور.")
    assert got and all(m != "expected" for _t, m in got), got


def test_past_resume_verb_stays_told() -> None:
    got = _modalities("واستأنفت القوات الحكومية السورية هجومها على مواقع تنظيم داعش جنوبي دمشق.")
    assert got and all(m != "expected" for _t, m in got), got
