"""Round 17c event roles: a deed told as done and one only feared in the same clause are two events. A word of
fear, warning or expectation between two triggers (event_cues fear_split_words), or a time subordinator after a
trigger such a word governs, parts the clause (events.detect._fear_parts): each part keeps its own modality and
parties."""

from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    art = marsad.analyze(text, published="2019-05-02")
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.trigger.text, ev.modality, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_a_done_shelling_before_a_feared_attack_stays_asserted() -> None:
    evs = _events("قصفت قوات النظام قرية الهبيط في ريف إدلب الجنوبي وسط مخاوف من هجوم بري وشيك على المنطقة.")
    assert len(evs) == 2, evs
    done, feared = evs
    assert done[1] == "asserted" and done[2] is not None, evs
    assert feared[1] == "expected", evs


def test_a_feared_attack_keeps_its_genitive_doer_not_the_fearing_side() -> None:
    evs = _events("تخشى فصائل المعارضة هجوما لقوات النظام على ريف حماة الشمالي بعد أن قصفت الطائرات "
                  "الروسية بلدة كفرزيتا.")
    assert len(evs) == 2, evs
    feared, done = evs
    assert feared[1] == "expected" and done[1] == "asserted", evs
    assert feared[2] == "syr-gov-assad", evs
    assert done[2] != "syr-opposition-factions", evs


def test_warnings_between_two_strikes_part_them() -> None:
    evs = _events("شنت الطائرات الإسرائيلية غارات على مواقع في غزة، وسط تحذيرات من تصعيد عسكري واسع.")
    mods = sorted(m for _t, m, _a, _b in evs)
    assert mods == ["asserted", "expected"], evs


def test_a_clause_with_no_fear_word_keeps_one_event() -> None:
    evs = _events("قصفت قوات النظام قرية الهبيط في ريف إدلب الجنوبي بعد هجوم للفصائل على مواقعها.")
    assert all(m == "asserted" for _t, m, _a, _b in evs), evs


def test_a_force_pronoun_after_a_feared_party_points_to_that_party() -> None:
    evs = _events("يخشى مقاتلو المعارضة هجوما لقوات النظام على مدينة اللطامنة بعد أن قصفت مدفعيتها "
                  "قرية معركبة بعشرات القذائف.")
    done = [e for e in evs if e[1] == "asserted"]
    assert done and done[-1][2] == "syr-gov-assad", evs


def test_a_teller_of_its_own_forces_stays_their_owner() -> None:
    evs = _events("قال الجيش الأردني إن قواته قصفت مواقع للمهربين قرب الحدود السورية.")
    assert [e[2] for e in evs] == ["jordan-army"], evs
