"""Places, round 24 (PL): a preposition or adverb of cause, way or time right after a place noun names no place
(place_cues.json not_names 51): «بلدة عبر الريف» is 'towns across the countryside', «قرية إثر قصف» 'a village
after shelling', not villages called Abr or Ithr (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import place_mention_texts


@pytest.fixture(autouse=True)
def _no_import(plain_home):  # type: ignore[no-untyped-def]
    yield


@pytest.mark.parametrize(("text", "word"), [
    ("خرج المحتجون إلى الشوارع في أربعين قرية وبلدة عبر الريف الشمالي مطالبين بالإفراج عن المعتقلين.", "عبر"),
    ("قتل شخصان وجرح خمسة آخرون في قرية إثر قصف مدفعي استمر ساعات.", "إثر"),
])
def test_preposition_after_a_place_noun_is_no_name(text: str, word: str) -> None:
    assert not any(word in t for t in place_mention_texts(text))


def test_a_named_village_after_the_noun_stays() -> None:
    # the rule is about the word after the noun: a real name there is still a place
    text = "قتل شخصان في قرية كفرنبودة إثر قصف مدفعي على ريف حماة."
    assert any("كفرنبودة" in t for t in place_mention_texts(text))
