"""Round 24 (EV2): a deed told as a custom (عادة ما يستهدف، دأبت على استهداف، اعتادت اعتقال) is a series in
general, no one event (event_cues habitual before_phrases/before_reach); a deed urged or incited (يحرض على قتل،
تشجيعهم على خطف) is not done, no event (event_cues undone_governors, events.detect._undone);
a ل-masdar a past verb of leading to takes (وأدت العملية لأسر) is an outcome, not a purpose
(event_cues result_lam_verbs, events.modality._result_lam)."""

from __future__ import annotations

import pytest

import marsad


def _types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text).events]


@pytest.mark.parametrize("text", [
    "وعادة ما يستهدف المتمردون نقاط التفتيش على الطريق الساحلي بالعبوات الناسفة.",
    "ودأبت الجماعة المسلحة على استهداف القرى الحدودية بقذائف الهاون.",
    "واعتادت قوات الأمن اعتقال الناشطين قبل كل انتخابات في البلاد.",
    "ودأب المسلحون على خطف الصيادين قرب السواحل الجنوبية.",
])
def test_a_deed_told_as_a_custom_is_no_event(text: str) -> None:
    types = _types(text)
    assert "ATTACK" not in types and "ARREST" not in types and "SEIZE" not in types


@pytest.mark.parametrize("text", [
    "واستهدف المتمردون صباح الأحد نقطة تفتيش على الطريق الساحلي بعبوة ناسفة.",
    "واعتقلت قوات الأمن أمس ثلاثة ناشطين في العاصمة.",
    # the custom belongs to another clause: the deed after the comma is told as news
    "وكانت الجماعة قد اعتادت التهديد، وهاجم مسلحوها فجر الخميس مركزا للشرطة في البلدة.",
])
def test_a_deed_told_as_news_stays(text: str) -> None:
    types = _types(text)
    assert "ATTACK" in types or "ARREST" in types


@pytest.mark.parametrize("text", [
    "وقالت الحكومة إن الإذاعة المحلية تحرض على قتل أبناء الطائفة الأخرى في المدينة.",
    "وقال المسؤول إن الخطيب يشجع أتباعه على قتل رجال الشرطة.",
    "ونشر التنظيم تسجيلا يحرض فيه على خطف الأجانب في المدينة.",
])
def test_an_incited_deed_is_no_event(text: str) -> None:
    types = _types(text)
    assert "ATTACK" not in types and "ARREST" not in types


def test_a_deed_done_after_a_call_to_it_stays() -> None:
    # the incitement governs its own masdar only; a deed told in its own clause is news
    text = "وحرض الخطيب أتباعه على العنف، ثم هاجم مسلحون مركز الشرطة في البلدة مساء الجمعة."
    assert "ATTACK" in _types(text)


def test_the_custom_covers_the_deed_named_again_in_its_clause() -> None:
    # عادة ما … في هجماتهم: the noun later in the same clause is the same series, no event of its own
    text = "وعادة ما يستهدف المتمردون مراكز الشرطة ومباني البلديات في هجماتهم على المدن الصغيرة."
    assert "ATTACK" not in _types(text)


def _modalities(text: str, etype: str) -> list[str]:
    return [e.modality for e in marsad.analyze(text).events if e.type == etype]


@pytest.mark.parametrize("text", [
    "وخرج آلاف المتظاهرين إلى شوارع المدينة، وأدت المواجهات لاعتقال عشرين محتجا.",
    "وأدى التوغل لأسر ثلاثة جنود من الكتيبة المرابطة على الحدود.",
])
def test_a_lam_masdar_a_past_verb_of_leading_to_takes_is_an_outcome(text: str) -> None:
    # أدت ... لاعتقال: the arrest is what came of it, told as done, not a purpose
    assert _modalities(text, "ARREST") and "expected" not in _modalities(text, "ARREST")

