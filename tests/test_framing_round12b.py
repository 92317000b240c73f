"""Framing, round 12b: the party a teller's title names ends where the verb's object begins. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2022-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize("text", [
    "واتهم نائب عن تحالف السيادة الفصائل الولائية بقصف منازل في الأنبار، مطالبا بنزع سلاح الميليشيات المنفلتة.",
    "واتهم قيادي في تحالف السيادة الفصائل الولائية بتهديد مرشحيه، داعيا إلى لجم الميليشيات في المحافظة.",
])
def test_the_accused_right_after_a_tellers_party_is_not_the_teller(text: str) -> None:
    # the factions stand right after the deputy's party with nothing between: they are the ones accused, so the
    # militia word in his words is his for them, not a word a teller never uses of itself
    assert ("الميليشيات", "iraqi-armed-factions") in frames(text)


def test_a_tellers_own_party_still_never_takes_its_own_hostile_word() -> None:
    text = "وقال المتحدث باسم كتائب حزب الله إن الميليشيات الإرهابية تهدد أمن العراق."
    assert all(t[1] != "kataib-hezbollah" for t in frames(text))

