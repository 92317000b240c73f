"""Framing, round 18c: a loaded adjective between a militia word and the nisba that names its group
(المليشيات الانقلابية الحوثية), and a patron's nisba after a bare militia word and such adjectives
(الميليشيات الطائفية الإيرانية: the patron's militias, no proxy label of its own). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize(("text", "adjective"), [
    ("وأكد المحافظ أن المليشيات الانقلابية الحوثية استهدفت مدرسة في ريف المحافظة.", "الانقلابية"),
    ("وأكد المحافظ أن الميليشيات الانقلابية الحوثية استهدفت مدرسة في ريف المحافظة.", "الانقلابية"),
    ("وذكر البيان أن الميليشيا الانقلابية الحوثية زرعت ألغاما في الطريق الساحلي.", "الانقلابية"),
])
def test_a_loaded_adjective_between_the_militia_word_and_the_groups_nisba(text: str, adjective: str) -> None:
    got = frames(text)
    assert (adjective, "houthis") in got
    assert any(term.endswith(("يات", "يا")) and ref == "houthis" for term, ref in got)


@pytest.mark.parametrize("text", [
    "وقال الناشط إن الميليشيات الطائفية الإيرانية هجّرت سكان البلدة الواقعة قرب الحدود.",
    "وأضاف أن المليشيات الإرهابية الإيرانية نصبت حواجز على طريق البادية.",
])
def test_a_patrons_nisba_after_a_bare_militia_word_is_their_own_not_a_proxy_label(text: str) -> None:
    got = frames(text)
    assert [p for p in got if p[0] in ("الإيرانية", "الايرانية")] == []
    # the militia word and the adjective both describe the patron's militias, not the unnamed placeholder
    assert {ref for _term, ref in got} == {"iran-backed-militias"}
    assert len(got) == 2


def test_a_named_group_between_keeps_the_proxy_label() -> None:
    got = frames("وقال الوزير إن ميليشيات الحوثي الانقلابية الإيرانية أطلقت طائرة مسيرة نحو الساحل.")
    assert ("الإيرانية", "houthis") in got
    assert ("الانقلابية", "houthis") in got


@pytest.mark.parametrize("text", [
    "ودعا الوزير الروسي إلى الفصل بين الإرهابيين وفصائل المعارضة المعتدلة في ريف حماة.",
    "وقال المبعوث إن على الجميع التمييز بين \"المتطرفين\" ومقاتلي المعارضة في المدينة.",
])
def test_the_party_a_term_is_set_apart_from_after_bayna_is_not_its_target(text: str) -> None:
    assert [ref for _term, ref in frames(text) if ref == "syr-opposition-factions"] == []
