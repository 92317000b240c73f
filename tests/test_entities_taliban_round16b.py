"""Round 16b (EC): the Taliban's forces before and after their 2021 takeover."""

from __future__ import annotations

from tests.conftest import mention_refs


def test_taliban_forces_before_takeover_are_the_movement() -> None:
    refs = mention_refs("وقال مسؤولون إن قوات طالبان هاجمت مواقع الجيش الأفغاني في ولاية غزنة.", published="2018-06-01")
    assert refs.get("الجيش الأفغاني") == "afghanistan-army"
    assert "afghanistan-taliban-forces" not in refs.values()
    assert "taliban" in refs.values()


def test_taliban_forces_after_takeover_are_the_emirates_army() -> None:
    refs = mention_refs("وقال مسؤولون إن قوات طالبان انتشرت في ولاية غزنة.", published="2022-06-01")
    assert refs.get("قوات طالبان") == "afghanistan-taliban-forces"
