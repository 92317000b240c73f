"""Round 13d: a clause pointing back with «وذلك في/خلال/إثر …» to a deed of its type told before it in the
sentence tells how that deed was done: one event, not a second one of the same type."""

from __future__ import annotations

import marsad


def events(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published="2018-04-01")
    names = {e.id: e.name for e in art.entities}
    return [(e.type, names.get(e.actor1) if e.actor1 else None) for e in art.events]


def test_pointed_back_strikes_are_the_killing_told() -> None:
    evs = events("وقتل سبعة مسلحين ودمرت ثلاث آليات، وذلك في غارات جوية للتحالف الدولي قرب مدينة الرقة.")
    assert [t for t, _ in evs] == ["ATTACK"]
    assert evs[0][1] is not None  # the doer named in the وذلك clause goes to the deed


def test_pointed_back_with_during_and_after() -> None:
    assert [t for t, _ in events(
        "قتل أربعة عناصر من الشرطة وجرح آخرون، وذلك خلال هجوم نفذه مسلحون من داعش على حاجز في كركوك.")] == [
        "ATTACK"]
    assert [t for t, _ in events(
        "قتل مدنيان ودمر منزل، وذلك إثر قصف شنته الطائرات التركية على قرية في ريف عفرين.")] == ["ATTACK"]


def test_a_later_deed_without_pointing_back_stays_apart() -> None:
    # no وذلك: the strikes are their own happening, as before
    evs = events("واعتقلت الشرطة خمسة مطلوبين في الموصل، وفي اليوم التالي شنت طائرات التحالف غارات على هجين.")
    assert sorted(t for t, _ in evs) == ["ARREST", "ATTACK"]


def test_pointing_back_joins_every_deed_of_its_type_before() -> None:
    evs = events("قتل 12 من مسلحي الحوثي، وأصيب 9 آخرون، ودمرت 3 مركبات قتالية، الجمعة، وذلك في غارات لمقاتلات "
                 "التحالف العربي في مديرية نهم.")
    assert [t for t, _ in evs] == ["ATTACK"]
