"""Round 23 (QT2): a force named as the attacker (هجوم من قوات …، قصف قوات …، هجوم شنته قوات …، قصفت قوات …)
is not the group a bare casualty count after it counts: the victims are people. A force named as the target
(هجوم على قوات …) or counted out of (مقتل 20 من قوات …) still gives its fighters. A nationality counted in
the singular after an arrest, abduction or deportation word (اعتقال، توقيف، اختطاف; القبض على) counts people.
A count of years after a name and a comma that closes the sentence (فلان، 41 عاماً.) is an age."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_attack_from_a_force_leaves_bare_victims_people() -> None:
    assert _q("وقال سكان إن هجوماً من قوات الحكومة على سوق الخضار أسفر عن مقتل 18 وجرح 11 آخرين.") == [
        (18.0, "people"), (11.0, "people")]


def test_attack_carried_out_by_a_force_leaves_bare_victims_people() -> None:
    assert _q("وأدى هجوم نفذته القوات الخاصة على الحي إلى مقتل 7 وإصابة 13.") == [
        (7.0, "people"), (13.0, "people")]


def test_shelling_by_a_force_in_construct_leaves_bare_victims_people() -> None:
    assert _q("وتسبب قصف قوات الجيش للقرية في مقتل 6.") == [(6.0, "people")]


def test_force_as_subject_of_an_attack_verb_leaves_bare_victims_people() -> None:
    assert _q("وقصفت قوات المعارضة الأحياء الشرقية ما أدى إلى مقتل 4 وإصابة 9.") == [
        (4.0, "people"), (9.0, "people")]


def test_force_as_target_of_an_attack_still_gives_fighters() -> None:
    # a guard: the force after على is the one hit, and a bare count of its dead counts its fighters
    assert _q("وشن المسلحون هجوماً على قوات الأمن أسفر عن مقتل 8.") == [(8.0, "fighters")]


def test_count_out_of_a_force_still_gives_fighters() -> None:
    # a guard: the force's own men counted with من stay fighters, and آخرون after them too
    assert _q("وقتل 15 من قوات الحكومة وأصيب 6 آخرون في الهجوم.") == [(15.0, "fighters"), (6.0, "fighters")]


def test_nationality_after_arrest_on_counts_people() -> None:
    assert _q("وأعلنت الداخلية القبض على 12 إيرانياً عند المعبر الحدودي.") == [(12.0, "people")]


def test_nationality_after_arrest_noun_counts_people() -> None:
    assert _q("وأكدت الشرطة توقيف 17 مغربياً في المدينة.") == [(17.0, "people")]


def test_nationality_after_abduction_counts_people() -> None:
    assert _q("وطالبت الأسر بالكشف عن مصير المختطفين بعد اختطاف 19 تركياً قرب الحدود.") == [(19.0, "people")]


def test_nationality_after_an_unrelated_ala_stays_nothing() -> None:
    # a guard: على after a verb that is no arrest word leaves the singular nisba no count of persons
    assert _q("وحصل المنتخب على 14 ذهبية في البطولة.") == []


def test_age_after_a_name_closing_the_sentence_counts_nothing() -> None:
    # «الاسم، 41 عاماً.»: a count of years set off by a comma after a name at the sentence end is an age
    assert _q("وأوقفت الشرطة المشتبه به ويدعى سامر خليل، 41 عاماً. وقال الجيران إنه هادئ.") == []


def test_years_closing_a_sentence_with_no_comma_stay_years() -> None:
    # a guard: a span of years that ends the sentence with no comma before it is still counted
    assert _q("وقال المتحدث إن الحصار على المدينة استمر 12 عاماً.") == [(12.0, "years")]


def test_noun_after_a_definite_attack_noun_is_no_attacker() -> None:
    # a guard: a definite attack noun heads no construct, so the force noun after it is the one hit
    assert _q("وقتل في القصف رجل شرطة وأصيب أربعة آخرون.") == [(4.0, "fighters")]
