"""Round 20b EM: one happening, one record, of the right modality.

- an arrest named again by its definite noun by the same party (الاعتقال after اعتقال) is the one told
  (event_cues definite_retold_types);
- a masdar under ل right after the masdar of what was launched, planted or used (تم إطلاقها لتحرير، تمت
  زراعتها لاستهداف) is an aim: expected (event_cues aim_carriers)."""

from __future__ import annotations

import marsad
from marsad.stages.events import merge


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in marsad.analyze(text, published="2019-05-01").events]


def test_arrest_retold_by_its_definite_noun_is_one_record() -> None:
    got = _events("اعتقلت السلطات التركية الصحفي الألماني يوهانس فرانك في إسطنبول الشهر الماضي. "
                  "وقالت برلين إن الاعتقال الظالم للصحفي من جانب السلطات التركية مرفوض.")
    assert [t for t, _ in got].count("ARREST") == 1


def test_planted_bomb_aim_is_expected() -> None:
    got = marsad.analyze("وقال الجيش إن طائرة مسيرة تم إطلاقها لقصف مطار أبها سقطت قبل وصولها.",
                         published="2019-05-01").events
    assert [(e.trigger.text, e.modality) for e in got] == [("قصف", "expected")]


def test_undergoing_after_a_passive_verb_stays_told() -> None:
    # تم التصدي لهجوم: the ل after a verb of confronting tells the attack that came
    got = _events("وتم التصدي لهجوم شنه مسلحون على حاجز للجيش في العريش.")
    assert got and all(m != "expected" for _, m in got)


def test_definite_retold_types_reach_the_arrest_only() -> None:
    # an arrest named again by its definite noun is retold as an attack is; a deployment may be a second one
    types = merge._definite_retold_types()
    assert {"ATTACK", "ARREST"} <= types and "DEPLOY" not in types
