"""Round 12, which events exist: progress made by nobody's forces (لم يحرز المنقذون تقدما) is no capture; shops
closing their doors with a subject between (أغلقت المتاجر الكبيرة أبوابها) close no road; an arrest and the
handing over or bringing back of the same person joined by و is one act; and the count after a time aside
(استهدفت المدفعية، صباح الأحد، ثلاثة مدنيين) belongs to the verb before the aside."""

from __future__ import annotations

from functools import partial

from marsad import pipeline
from tests.conftest import event_record_types

ENTS = [
    ("actor", "regime", ["قوات النظام"]),
    ("actor", "sdf", ["قسد"]),
    ("actor", "interior", ["وزارة الداخلية"]),
    ("place", "homs", ["حمص"]),
    ("place", "daraa", ["درعا"]),
]


types = partial(event_record_types, entities=ENTS)


def test_negated_progress_with_a_subject_between_is_no_capture() -> None:
    assert "SEIZE" not in types("لم تحرز فرق الدفاع المدني تقدما يذكر في انتشال الجثث من تحت الركام في حمص.")


def test_progress_of_talks_is_no_capture() -> None:
    assert "SEIZE" not in types("وأحرزت المفاوضات بين الطرفين تقدما ملموسا خلال الجولة الأخيرة.")


def test_progress_of_a_named_force_stays_a_capture() -> None:
    assert "SEIZE" in types("وأحرزت قوات النظام تقدما على محور ريف حمص الشرقي.")


def test_shops_closing_their_doors_with_a_subject_between_is_no_deployment() -> None:
    assert "DEPLOY" not in types("وأغلقت المتاجر الكبيرة في درعا أبوابها حدادا على الضحايا.")


def test_a_force_closing_a_road_stays_a_deployment() -> None:
    assert "DEPLOY" in types("وأغلقت قوات النظام الطريق الدولي قرب حمص أمام المدنيين.")


def test_arrest_and_handing_over_of_the_same_person_is_one_act() -> None:
    ts = types("أعلنت وزارة الداخلية القبض على شاب مطلوب بتهمة السرقة وتسليمه إلى القضاء المختص.")
    assert ts.count("ARREST") == 1 and "TRANSFER" not in ts


def test_a_handover_in_a_clause_of_its_own_stays() -> None:
    ts = types("اعتقلت قسد شابا في الشدادي، وجرى لاحقا تسليمه إلى قوات النظام في حمص.")
    assert "ARREST" in ts


def quantities_of(text: str) -> list[list[float]]:
    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    return [[q.value for q in e.quantities] for e in doc.events]


def test_a_count_after_a_time_aside_belongs_to_the_verb() -> None:
    qs = quantities_of("استهدفت مدفعية قوات النظام، صباح الأحد، ثلاثة مدنيين في بلدة تلبيسة بريف حمص.")
    assert [3.0] in qs


def test_a_count_in_a_new_clause_after_the_aside_stays_apart() -> None:
    qs = quantities_of("قصفت مدفعية قوات النظام، صباح الأحد، وفي المساء خرج ثلاثة مدنيين من البلدة.")
    assert all(3.0 not in q for q in qs)
