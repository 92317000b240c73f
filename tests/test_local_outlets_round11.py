"""Round 11 (PL3): failures found on short articles written in the style of local Syrian and Iraqi outlets."""

from __future__ import annotations

import pytest

from tests.conftest import mention_types


@pytest.mark.parametrize(
    "text, surname",
    [
        ("تدخل وجهاء من عشيرة المقداد لإنهاء الخلاف بين عائلتين في بلدة بصرى الشام.", "المقداد"),
        ("اعتقلت دورية أمنية شابين من آل المقداد على حاجز قرب مدينة درعا.", "المقداد"),
        ("أقام أبناء قبيلة المقداد خيمة عزاء في ريف درعا الشرقي.", "المقداد"),
    ],
)
def test_a_family_name_after_a_clan_noun_is_no_person(text: str, surname: str) -> None:
    assert "person" not in mention_types(text, published="2021-05-01").get(surname, set())


def test_the_bare_family_name_still_names_the_man() -> None:
    text = "قال المقداد في مؤتمر صحفي بدمشق إن حكومته ترفض العقوبات الجديدة."
    assert "person" in mention_types(text, published="2021-05-01").get("المقداد", set())
