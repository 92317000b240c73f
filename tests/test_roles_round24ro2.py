"""Round 24 (RO2): a state, its government or forces lent to an attack as its doer (the party of the sentence
before, the article's main party) stays only when the article names that party doing an attack or a seizure in a
clause of its own (roles._unattested_borrowed, event_cues borrow_evidence_types): a state that only tells of,
warns of or follows the fighting is no doer to lend."""
from __future__ import annotations


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_state_that_only_raises_alert_is_no_doer_of_cells_attacks() -> None:
    got = _roles("أعلنت الجزائر رفع حالة التأهب في ولاياتها الجنوبية. وتقول السلطات الجزائرية إن وحدات الجيش تلاحق "
                 "خلايا نفذت عمليات استهدفت دوريات الأمن في الصحراء.")
    assert got[-1][:2] == ("ATTACK", None), got


def test_state_following_another_country_is_no_doer_of_its_attacks() -> None:
    got = _roles("أكدت وزارة الخارجية الفرنسية أن باريس تتابع الوضع في النيجر عن كثب. وأدت ثلاثة هجمات منفصلة إلى "
                 "مقتل 12 شخصا في النيجر خلال أسبوع.")
    assert got[-1][:2] == ("ATTACK", None), got


def test_state_warning_of_a_strike_is_not_its_doer() -> None:
    got = _roles("حذرت موسكو من أي عمل عسكري ضد حليفتها. ويترقب العالم توجيه ضربة عسكرية إلى دمشق ردا على الهجوم.")
    assert got[-1][:2] == ("ATTACK", None), got


def test_government_following_an_inquiry_is_no_doer_of_the_attack() -> None:
    got = _roles("قالت الحكومة الأردنية إنها تتابع التحقيق. وأسفر الهجوم الذي استهدف الحافلة عن مقتل ثلاثة أشخاص.")
    assert got[-1][:2] == ("ATTACK", None), got


def test_force_named_striking_before_still_lends_its_doer() -> None:
    got = _roles("قصفت القوات التركية قرى في ريف عفرين صباح اليوم. وقال مسؤول تركي إن العملية مستمرة. وفي المساء "
                 "استهدفت غارات جديدة بلدة جنديرس.")
    assert [g[:2] for g in got] == [("ATTACK", "turkish-army"), ("ATTACK", "turkish-army")], got
