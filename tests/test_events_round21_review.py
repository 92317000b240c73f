"""Round 21 review: a verb of carrying out an operation that takes it through a preposition (قام/يقوم بها)
launches the operation only with that preposition, right after the verb or after its subject. Sentences written
for this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[str | None]:
    art = marsad.analyze(text, published="2018-03-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return [names.get(e["actor1"]) for e in art["events"] if e["type"] == "ATTACK"]


def test_carrying_verb_without_its_preposition_launches_nothing() -> None:
    # يقوم ... بالإشراف على تسويتها: the army oversees the settlement of the operation, it does not launch one
    assert not _attacks("وتحدث الوزير عن عملية حلب التي يقوم الجيش الروسي بالإشراف على تسويتها بين الطرفين.")


def test_preposition_after_the_subject_names_the_launcher() -> None:
    assert _attacks("وتحدث الوزير عن عملية حلب التي قام الجيش الروسي بها الشهر الماضي.") == ["Russian Armed Forces"]


def test_preposition_right_after_the_verb_still_launches() -> None:
    # guard: the form the rule was written for
    assert _attacks("وتحدث الوزير عن عملية حلب التي قام بها الجيش الروسي الشهر الماضي.") == ["Russian Armed Forces"]
