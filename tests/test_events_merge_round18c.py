"""Round 18c: a fight noun after a word of sequence (بعد معارك، إثر اشتباكات) in a sentence that tells a seizure
before it is the fight the seizer won: its own ATTACK (as coders code it), with the seizure's parties where its
own reading reversed the sides or named no doer."""

from __future__ import annotations

from tests.conftest import event_parties


def test_expelled_after_fierce_battles_keeps_the_seizers_sides() -> None:
    assert event_parties("وطرد الجيش العراقي مسلحي تنظيم داعش من قرية البوعيثة بعد معارك عنيفة استمرت يومين.") == [
        ("SEIZE", "Iraqi Army", "Islamic State (ISIS)"), ("ATTACK", "Iraqi Army", "Islamic State (ISIS)")]


def test_a_fight_not_after_a_sequence_word_keeps_its_own_reading() -> None:
    got = event_parties("طرد الجيش العراقي مسلحي تنظيم داعش من القرية، "
                        "فيما هاجم التنظيم نقطة للجيش العراقي قرب الحدود.")
    assert ("ATTACK", "Islamic State (ISIS)", "Iraqi Army") in got
