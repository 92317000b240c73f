"""The events stage on a deed told again far down the article: a definite noun naming the same deed (القصف)
with no time, toll or place of its own under في/ب is the deed told before, even when the sentence before it
names another town from which the noun would borrow its place; one that names its own place (في درعا، استهدف
القصف مدينة درعا) is another happening. Hand-written sentences with hand-given entities."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "army", ["قوات النظام"]),
    ("place", "kafranbel", ["كفرنبل"], {"lat": 35.53, "lon": 36.56, "precision": "city", "country": "SY"}),
    ("place", "gaziantep", ["غازي عنتاب"], {"lat": 37.06, "lon": 37.38, "precision": "city", "country": "TR"}),
    ("place", "daraa", ["درعا"], {"lat": 32.62, "lon": 36.10, "precision": "city", "country": "SY"}),
]

TOLD = ("قصفت قوات النظام مشفى بلدة كفرنبل مساء السبت. ونزح مئات من السكان نحو المخيمات القريبة من الحدود. "
        "وأغلقت المدارس أبوابها حتى إشعار آخر. ووصل عشرات الجرحى إلى مشاف في غازي عنتاب. ")


@pytest.mark.parametrize("tail", [
    pytest.param("ولم يصب أي من الممرضين في القصف.", id="in_the_deed"),
    pytest.param("وأدان ناشطون القصف.", id="object"),
    pytest.param("وجاء القصف بعد أسبوع من هدوء نسبي.", id="came_after"),
])
def test_definite_noun_far_down_is_the_deed_told(tail: str) -> None:
    attacks = [e for e in event_records(TOLD + tail, ENTS) if e["type"] == "ATTACK"]
    assert [(e["trigger"], e["place"]) for e in attacks] == [("قصفت", "kafranbel")]


@pytest.mark.parametrize("tail", [
    pytest.param("وتواصل القصف في درعا.", id="own_place"),
    pytest.param("واستهدف القصف مدينة درعا.", id="own_target_place"),
])
def test_definite_noun_with_its_own_place_is_another(tail: str) -> None:
    attacks = [e for e in event_records(TOLD + tail, ENTS) if e["type"] == "ATTACK"]
    assert [(e["trigger"], e["place"]) for e in attacks] == [("قصفت", "kafranbel"), ("القصف", "daraa")]
