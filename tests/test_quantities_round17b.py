"""Quantities, round 17 (follow-up): a count never runs across a line break; «آخرين من» + a noun we do not
know falls through to the other readings of «others»; a vague crowd with no noun after a verb of protest or
gathering counts people; a digit run glued to the word before it is its own token. Sentences written for these
tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, text[q.start:q.end])
            for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_vague_number_ending_a_title_counts_nothing_on_the_next_line() -> None:
    text = "رحلة الملايين\nرجل يروي كيف نجا من الحصار بعد أن قتل 5 مدنيين في الحي."
    assert quantities(text) == [(5.0, "people", "5 مدنيين")]


def test_number_at_a_line_end_is_read_as_if_its_line_ended_the_text() -> None:
    text = "أسفر القصف عن مقتل 12\nشخصا بحسب مصادر محلية."
    assert all("\n" not in span for _, _, span in quantities(text))


def test_others_of_an_unknown_body_fall_through() -> None:
    assert [(v, u) for v, u, _ in quantities("قتل الحارس برفقة 4 آخرين من الكتيبة في الكمين.")] != []
    assert [(v, u) for v, u, _ in quantities("اعتقل الناشط مع ثلاثة آخرين من البلدة.")] == [(3.0, "people")]


def test_others_of_a_known_noun_keep_it() -> None:
    assert [(v, u) for v, u, _ in quantities("قتل القائد مع 13 آخرين من عناصر الميليشيا.")] == [(13.0, "fighters")]


def test_crowd_without_a_noun_after_protest_verbs() -> None:
    assert [(v, u) for v, u, _ in quantities("تظاهر الآلاف في وسط العاصمة ضد الغلاء.")] == [(1000.0, "people")]
    assert [(v, u) for v, u, _ in quantities("وخرج المئات إلى الساحات مساء الجمعة.")] == [(100.0, "people")]
    assert [(v, u) for v, u, _ in quantities("شاركت عشرات الآلاف في تشييع الضحايا.")] == [(10000.0, "people")]
    assert [(v, u) for v, u, _ in quantities("احتشد الآلاف أمام مبنى المحافظة.")] == [(1000.0, "people")]
    # the definite vague number takes no noun, so any word may follow it
    assert [(v, u) for v, u, _ in quantities("واعتصم المئات السبت قرب الوزارة.")] == [(100.0, "people")]


def test_crowd_verb_before_an_unknown_noun_is_no_crowd() -> None:
    assert all(u != "people" for _, u, _ in quantities("خرجت مئات الجرافات من الميناء."))


def test_digits_glued_to_the_word_before() -> None:
    text = "أعلنت الوزارة مصرع55 شخصا في الهجوم."
    assert quantities(text) == [(55.0, "people", "55 شخصا")]
    assert [(v, u) for v, u, _ in quantities("وقتل3 عناصر من الشرطة في الكمين.")] == [(3.0, "fighters")]
