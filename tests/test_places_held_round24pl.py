"""Places, round 24 (PL): a held village name of the villages pack (a kunya or given name first, `gz.person_cue`:
أبو طلحة) right after a person's role (roles `person_roles`), or after a role and its adjective (القائد العسكري),
is the person the role names, not the village, though a place of the village's area stands near (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import place_mention_texts


@pytest.fixture(autouse=True)
def _no_import(plain_home):  # type: ignore[no-untyped-def]
    yield


@pytest.mark.parametrize("text", [
    "قتل في الغارة على بلدة دركوش القائد العسكري أبو طلحة مع اثنين من مرافقيه في ريف إدلب الغربي.",
    "قتل في الغارة على بلدة دركوش القيادي أبو طلحة مع اثنين من مرافقيه في ريف إدلب الغربي.",
])
def test_kunya_after_a_role_is_the_person(text: str) -> None:
    places = place_mention_texts(text)
    assert any("دركوش" in t for t in places)
    assert not any("طلحة" in t for t in places)


def test_kunya_village_in_a_list_stays() -> None:
    # the same name joined to a list of villages of its area is still the village
    assert any("طلحة" in t for t in place_mention_texts("قصفت الطائرات بلدات دركوش وأبو طلحة في ريف إدلب الغربي."))
