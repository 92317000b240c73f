"""Round 22 (DG): a truce, ceasefire or talks noun that a word of demand or appeal asks for (دعا إلى وقف إطلاق
النار، طالب بهدنة) is no agreement told, unless a resolution makes the demand (قرارا يطالب بهدنة: the resolution
passed is the agreement) or the noun belongs to the demander's own phrase. Sentences written for this test."""

from __future__ import annotations

import marsad


def _coordinations(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-03-01").to_dict()
    return [art["text"][e["start"]:e["end"]] for e in art["events"] if e["type"] == "COORDINATE"]


def test_call_for_a_ceasefire_is_no_agreement() -> None:
    # the minister asks for a ceasefire: none was agreed
    assert not _coordinations("وفي أنقرة، دعا وزير الخارجية التركي إلى وقف إطلاق النار في ريف إدلب الجنوبي.")


def test_call_for_a_truce_under_a_purpose_masdar() -> None:
    assert not _coordinations("وكانت فرنسا قد دعت موسكو لاستخدام نفوذها لضمان هدنة في حلب.")


def test_demand_under_b_is_no_agreement() -> None:
    assert not _coordinations("وطالبت المعارضة السورية بهدنة إنسانية في درعا لإجلاء الجرحى.")


def test_resolution_that_demands_a_truce_is_still_the_agreement() -> None:
    # the council passed a resolution: that is the agreement told, the truce its content
    assert _coordinations("واعتمد مجلس الأمن الدولي أمس قرارا في جلسة طارئة يطالب بهدنة في اليمن لمدة أسبوعين.")


def test_agreement_in_the_demanders_phrase_stays() -> None:
    # the agreement exists; a boycott of the vote is what its opponents ask for
    assert _coordinations("ودعا منتقدو اتفاق السلام مع المتمردين إلى مقاطعة الاستفتاء.")


def test_ceasefire_agreed_stays() -> None:
    # guard: an agreement told as done
    assert _coordinations("واتفقت الحكومة والمتمردون على وقف إطلاق النار في المدينة.")
