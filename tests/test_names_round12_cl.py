"""Names, round 12 (CL; sentences written for the tests): محور, a military front or axis, is a noun before the
unknown place it names (given_names.json nouns_before_non_persons), so «قائد محور X» holds no person «محور X»."""

from __future__ import annotations

import pytest

from tests.conftest import people


@pytest.mark.parametrize("text", [
    "ونقلت شبكة محلية عن قائد محور كرميان، إن الهجوم صد بعد ساعتين.",
    "وقال آمر محور خانقين في تصريح صحفي إن الطريق آمن.",
    "وتقدمت القوات على محور دارتو صباح اليوم.",
])
def test_front_noun_names_no_person(text: str) -> None:
    assert not any(p.startswith("محور") for p in people(text))
