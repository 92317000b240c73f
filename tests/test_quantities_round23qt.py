"""Round 23 (QT): a figure set alone in brackets with no noun after it («بمقتل (12) وجرح (9) آخرين»،
«إصابة (7) من الصيادين») is read as the same figure without brackets; a plural in -اء with a pronoun after من
(«ثلاثة من أبنائها»، «اثنان من أقربائه») counts its noun; the misspelling كليومترات is a kilometre; أقارب and
أقرباء count people."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def _texts(text: str) -> list[str]:
    return [q.text for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_bracketed_killed_and_wounded_with_no_noun_are_people() -> None:
    assert _q("وقال الطبيب إن القصف على الحي أدى إلى مقتل (12) وجرح (9) آخرين.") == [
        (12.0, "people"), (9.0, "people")]


def test_bracketed_figure_before_min_takes_the_noun_after_it() -> None:
    assert _q("وأعلنت البلدية إصابة (7) من الصيادين في الانفجار.") == [(7.0, "people")]


def test_bracketed_figure_evidence_keeps_both_brackets() -> None:
    assert "(9) آخرين" in _texts("وأدت الغارة إلى مقتل (12) وجرح (9) آخرين.")


def test_bracketed_article_number_stays_no_quantity() -> None:
    # a guard: the number of a legal article in brackets counts nothing, with or without من after it
    assert _q("وتنص المادة (40) من القانون على معاقبة المخالفين.") == []


def test_bracketed_hours_stay_no_quantity() -> None:
    # a guard: hours are no unit of ours, bracketed or not
    assert _q("وقال إن الطائرات قصفت الموقع قبل (5) ساعات من الانفجار.") == []


def test_hamza_plural_with_a_suffix_after_min_counts_people() -> None:
    assert _q("وخسرت الأم ثلاثة من أبنائها في الغارة الأخيرة.") == [(3.0, "people")]


def test_relatives_count_people() -> None:
    assert _q("وقال المحامي إن 15 من أقاربهم سيحصلون على تعويض.") == [(15.0, "people")]
    assert _q("وقتل اثنان من أقربائه في الاشتباك الليلي.") == [(2.0, "people")]


def test_misspelled_kilometres_are_kilometres() -> None:
    assert _q("وتقدمت الوحدات مسافة 9 كليومترات نحو البلدة.") == [(9.0, "kilometres")]


def test_vague_victims_after_dahiyataha_are_people() -> None:
    assert _q("وشهدت البلدة مجزرة مروعة راح ضحيتها المئات من سكانها.") == [(100.0, "people")]
    assert _q("ووقع انفجار في السوق ذهب ضحيته العشرات.") == [(10.0, "people")]


def test_bare_figure_after_dahiyatahu_is_people() -> None:
    assert _q("واستهدف الهجوم حافلة راح ضحيته أكثر من 20 وأصيب آخرون.") == [(20.0, "people")]


def test_dahiyataha_before_a_noun_we_know_keeps_its_unit() -> None:
    # a guard: a counted noun after the victims word gives the unit as before
    assert _q("ونصب المسلحون كمينا راح ضحيته ستة جنود.") == [(6.0, "fighters")]


def test_fans_after_min_are_people_not_the_passages_group() -> None:
    text = ("وقال إن نصف الأعضاء في الرابطة من الطلاب. "
            "وشهد الملعب حادثا راح ضحيته 40 من مشجعي الفريق.")
    assert (40.0, "people") in _q(text)
