"""Round 22, integration: a source's retelling of the lede's attack that joins a further act to it («اقتحم أحد
المسلحين المقر ونفذ تفجيرا انتحاريا», after «اقتحم مسلحان المقر») tells news: the bombing is a record of its own,
not folded into the storming (events.merge._retells). A retelling of the act alone still folds."""
from __future__ import annotations

import marsad

_LEDE = ("اقتحم مسلحان صباح الأحد مقر البلدية في مدينة الموصل واحتجزا موظفين، كما أفادت مصادر أمنية. "
         "وقال رئيس البلدية إن قوات الأمن تطوق المقر. ")


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text)
    return [text[ev.trigger.start:ev.trigger.end] for ev in art.events if ev.type == "ATTACK"]


def test_a_further_act_joined_to_the_retold_storming_is_its_own_record() -> None:
    got = _attacks(_LEDE + "وبحسب شاهد ومصادر في الشرطة فإن أحد المسلحين اقتحم مقر البلدية الأحد ونفذ تفجيرا "
                           "انتحاريا.")
    assert got == ["اقتحم", "تفجيرا"]


def test_the_storming_told_again_alone_still_folds() -> None:
    got = _attacks(_LEDE + "وبحسب شاهد ومصادر في الشرطة فإن المسلحين اقتحما مقر البلدية الأحد.")
    assert got == ["اقتحم"]
