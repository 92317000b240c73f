"""Entities, round 20: the misspelling ميلشيات/ميلشيا (one ي dropped) is matched like ميليشيات, in pack aliases
and as the bare labelled-group anaphor (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("قصفت ميلشيات الحوثي أحياء سكنية في مدينة تعز.", "ميلشيات الحوثي", "houthis"),
    ("وانسحبت ميلشيا حزب الله من بلدة القصير.", "ميلشيا حزب الله", "hezbollah"),
])
def test_misspelt_militia_word_matches_the_alias(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text).get(mention) == ref


def test_misspelt_bare_militias_refer_back_to_the_group_named() -> None:
    text = "هاجمت ميلشيات الحوثي مواقع الجيش في تعز، وقالت مصادر محلية إن الميلشيات انسحبت بعد ساعات."
    assert mention_refs(text).get("الميلشيات") == "houthis"
