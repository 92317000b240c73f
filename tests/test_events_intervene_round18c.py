"""Round 18c: the verb of intervening (تدخّل، تدخلت، يتدخل، تتدخل) is a deployment (DEPLOY) when عسكريا follows
within three words, its subject between (triggers.json conditional); the masdar and the verb with no عسكريا
stay out, and a negated one is no deed told. Sentences written for these tests."""

from __future__ import annotations

import marsad

#: a first sentence of fighting, so the article is one of conflict (events._civil_senses)
_LEAD = "قصفت قوات النظام مواقع المسلحين في حلب. "


def _events(text: str) -> list[tuple[str, str, str]]:
    art = marsad.analyze(_LEAD + text, published="2018-05-01")
    return [(e.type, e.trigger.text, e.modality) for e in art.events if e.start >= len(_LEAD)]


def test_intervening_militarily_with_the_subject_between_is_a_deployment() -> None:
    assert _events("وتدخلت تركيا عسكريا في شمال العراق الأسبوع الماضي.") == [("DEPLOY", "تدخلت", "asserted")]
    assert _events("تدخل الجيش المصري عسكريا في سيناء.") == [("DEPLOY", "تدخل", "asserted")]


def test_the_present_is_a_deployment_too() -> None:
    assert [t for t, _, _ in _events("ويتدخل التحالف عسكريا في اليمن لدعم الحكومة.")] == ["DEPLOY"]


def test_no_military_word_no_masdar_no_negated_deed() -> None:
    assert _events("وتدخلت الشرطة لفض الشجار بين العشيرتين.") == []
    assert _events("وحذر الرئيس من التدخل عسكريا في ليبيا.") == []
    assert _events("وقال الوزير إن فرنسا لن تتدخل عسكريا في ليبيا.") == []


def test_a_pronoun_on_the_intransitive_verb_is_the_masdar_owner() -> None:
    assert _events("وطالب الوزير بمعاقبة موسكو على تدخلها عسكريا في أوكرانيا.") == []
