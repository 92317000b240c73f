"""Quantities, round 16b: a figure the article's list keeps once (its first statement) is still the count of
the event of the later sentence that tells it again; a transitive change verb (رفع، خفض) may have its subject
between it and عدد, and the noun after عدد may carry a pronoun (رفع الجيش عدد جنوده إلى 3000); أنصار and
أتباع with a pronoun count people after من, أنصار الله stays a name; a range of years in brackets after no
persons is a term (بالسجن (بين 3 و5 سنوات)), after persons their ages. Sentences written for these tests."""

from __future__ import annotations

import marsad


def analyze(text: str):  # type: ignore[no-untyped-def]
    return marsad.analyze(text, published="2025-04-06")


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in analyze(text).quantities]


def test_restated_figure_stays_the_later_events_count() -> None:
    text = ("تظاهر الآلاف في المدينة بعد تصعيد عسكري أدى إلى مقتل أربعة فلسطينيين. وكان الجيش قد قتل أربعة "
            "فلسطينيين، بينهم ثلاثة ناشطين، في قصف على الحدود الشرقية لغزة.")
    art = analyze(text)
    # the article's list states the figure once (تظاهر الآلاف is a crowd of people, round 17b)
    assert [(q.value, q.unit) for q in art.quantities] == [(1000.0, "people"), (4.0, "people"), (3.0, "people")]
    second = text.index("وكان")
    later = [e for e in art.events if e.start >= second]
    assert later
    counts = [(q.value, q.unit, q.start > second) for q in later[0].quantities]
    assert (4.0, "people", True) in counts and (3.0, "people", True) in counts


def test_restated_figure_in_a_later_appeal() -> None:
    text = ("ودعت المفوضية إلى ممر آمن لنحو 50 ألف محاصر في الجنوب. وناشدت المفوضية الأطراف الجمعة لتوفير "
            "ممر آمن لنحو 50 ألف مدني محاصر بسبب المعارك في الجنوب.")
    art = analyze(text)
    assert [(q.value, q.unit) for q in art.quantities] == [(50000.0, "people")]
    second = text.index("وناشدت")
    later = [e for e in art.events if e.start >= second]
    assert later and [(q.value, q.start >= second) for q in later[0].quantities] == [(50000.0, True)]


def test_restated_figure_is_not_added_twice_to_one_event() -> None:
    from marsad import model
    from marsad.pipeline import make_doc
    from marsad.stages.quantities import RESTATED, restated_in

    doc = make_doc("قتل 3 جنود و3 جنود")
    a = model.Quantity(3.0, "fighters", 4, 10, "3 جنود")
    b = model.Quantity(3.0, "fighters", 13, 19, "3 جنود")
    doc.scratch[RESTATED] = [b]
    assert restated_in(doc, 0, 19, (a,)) == ()
    assert restated_in(doc, 11, 19, ()) == (b,)
    assert restated_in(doc, 0, 12, ()) == ()


def test_change_verb_with_its_subject_before_the_number() -> None:
    assert quantities("ورفع الجيش الأمريكي عدد جنوده في العراق إلى 3000.") == [(3000.0, "fighters")]


def test_lowering_verb_with_its_subject_before_the_number() -> None:
    assert quantities("وخفضت واشنطن عدد قواتها في سوريا إلى 900.") == [(900.0, "fighters")]


def test_intransitive_change_verb_with_a_suffixed_noun() -> None:
    assert quantities("وارتفع عدد مقاتليها في المنطقة إلى 700.") == [(700.0, "fighters")]


def test_preposition_after_the_change_verb_is_no_subject() -> None:
    assert quantities("ورفعت الحكومة الحظر على عدد من الشركات إلى 30 بالمئة.") == []


def test_supporters_with_a_pronoun_count_people() -> None:
    assert quantities("وخرج آلاف من أنصاره إلى الشوارع مطالبين بالإفراج عنه.") == [(1000.0, "people")]


def test_followers_with_a_pronoun_count_people() -> None:
    assert quantities("واعتقلت الشرطة العشرات من أتباعها في العاصمة.") == [(10.0, "people")]


def test_ansar_allah_stays_a_name() -> None:
    assert quantities("وتظاهر آلاف من أنصار الله في صنعاء.") == []


def test_ansar_al_sharia_stays_a_name() -> None:
    assert quantities("وانضم المئات من أنصار الشريعة إلى التنظيم.") == []


def test_range_of_years_in_brackets_is_a_term() -> None:
    assert quantities("وقضت المحكمة بسجنهم (بين 3 و5 سنوات) بتهمة الإرهاب.") == [(3.0, "years"), (5.0, "years")]


def test_range_of_years_in_brackets_after_persons_is_their_ages() -> None:
    assert quantities("واعتقلت القوات شبانا (بين 18 و25 عاماً) في المدينة.") == []
