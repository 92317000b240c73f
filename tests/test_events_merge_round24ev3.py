"""Round 24 (EV3): retellings folded into the deed told before (events.merge._told_again).

The same deed word told again with the same count, no time of its own and a place outside its clause
(borrowed from further on in the sentence) is that deed (_place_in_clause); one naming its own place, or
another count, stays. A definite dual noun (الهجومان، الانفجارين), even under a verb (وبدأ/شنت), names the
two happenings told before (_definite_dual, _dual_heads) unless it has its own day or place; a deed after a
time subordinator right after such a noun (ووقع الهجومان بعد ضربة جوية ...) is its own draft
(events.detect._dated_known_parts), so it stays its own event with its own parties and place."""

from __future__ import annotations

import marsad


def _count(text: str, kind: str) -> int:
    return sum(1 for e in marsad.analyze(text).events if e.type == kind)


def test_same_count_retold_with_a_borrowed_place_folds() -> None:
    text = ("شنت القوات الحكومية فجر الاثنين هجوما على مواقع المتمردين في بلدة الخوخة، أسفر عن أسر 6 مسلحين. "
            "وقال قائد ميداني إن الهجوم انتهى بأسر 6 مسلحين بيد القوات، أحدهم مصاب نقل للعلاج في مستشفى "
            "داخل الأردن.")
    assert _count(text, "ARREST") == 1


def test_same_count_in_another_named_place_stays() -> None:
    text = ("اعتقلت الشرطة 5 أشخاص في مدينة حلب يوم الأحد. "
            "وفي مدينة الموصل، اعتقلت قوات الأمن 5 أشخاص آخرين بتهمة التهريب.")
    assert _count(text, "ARREST") == 2


def test_another_count_stays() -> None:
    text = ("أسفرت العملية العسكرية في بلدة الخوخة عن أسر 6 مسلحين. "
            "وأدت اشتباكات لاحقة إلى أسر 3 مسلحين، نقل أحدهم إلى مستشفى داخل الأردن.")
    assert _count(text, "ARREST") == 2


def _triggers(text: str) -> list[str]:
    return [text[e.trigger.start:e.trigger.end] for e in marsad.analyze(text).events if e.type == "ATTACK"]


def test_definite_dual_under_a_verb_is_the_two_told_before() -> None:
    # وبدأ carries the dual noun: the two attacks are still the two told in the lead
    text = ("شن مسلحون هجومين على حاجز للشرطة ومقر للجيش في مدينة العريش فجر الثلاثاء. "
            "وبدأ الهجومان بعد منتصف الليل بقليل.")
    assert len(_triggers(text)) == 1


def test_definite_dual_folds_and_the_deed_it_is_dated_by_stays() -> None:
    text = ("شن مسلحون هجوما على حاجز للشرطة في مدينة العريش فجر الثلاثاء، وهجوما آخر على مقر للجيش في "
            "المدينة. ووقع الهجومان بعد ضربة جوية إسرائيلية على مواقع للتنظيم في رفح.")
    triggers = _triggers(text)
    assert len(triggers) == 2
    assert any(t.startswith("ضربة") for t in triggers)
    assert not any("الهجومان" in t for t in triggers)


def test_definite_dual_with_its_own_day_and_place_stays() -> None:
    text = ("قتل 3 جنود في هجوم على حاجز في العريش الثلاثاء. "
            "وفي رفح، شن مسلحون الهجومين على مركزين للشرطة الأربعاء.")
    assert len(_triggers(text)) == 2
