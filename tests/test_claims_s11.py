"""Claims, session 11: pluperfect reports by a document, and continuations whose teller was named further back
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chains", [
    # a document after كان/كانت, its description running on to the verb of telling
    pytest.param("وكان استطلاع للرأي أجراه معهد مستقل في الربيع الماضي أظهر أن أغلب السكان يرفضون الحرب.",
                 [[("document", "استطلاع")]], id="kana-poll-relative-date-azhar"),
    pytest.param("وكانت دراسة أعدتها جامعة الموصل عام 2016 قد كشفت أن نصف الآبار ملوثة.",
                 [[("document", "دراسة")]], id="kanat-study-relative-year-qad-kashafat"),
    pytest.param("وكان تقرير لمنظمة حقوقية محلية، صدر الشهر الماضي، أوضح أن مئات المعتقلين بلا محاكمة.",
                 [[("document", "تقرير")]], id="kana-report-lam-genitive-apposition"),
])
def test_kana_document_teller(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


@pytest.mark.parametrize("text", [
    # the relative's antecedent tells, not the document
    "وكان تقرير اللجنة محل انتقاد النائب الذي قال إن أرقامه مبالغ فيها.",
    # a verb of the other gender than كان/كانت is no predicate of the document
    "وكانت دراسة الجامعة محل جدل طويل أعلن بعده الوزير أن المشروع توقف.",
])
def test_kana_document_not_the_teller(text: str) -> None:
    assert all(src[0] != "document" for chain in _chains(text) for src in chain)


def test_kana_document_verbal_noun_after_preposition() -> None:
    # قد جعل من نشر …: the word after من is a verbal noun, no verb of telling
    assert _chains("وكان قانون صادر في 2015 قد جعل من نشر أخبار عن الهجمات جريمة يعاقب عليها.") == []


_SCENE = " وتسيطر القوات على المدينة منذ عامين. وشهدت المدينة معارك عنيفة العام الماضي. وقتل عشرة أشخاص في المعارك."


def test_continuation_past_scene_sentences() -> None:
    # four sentences that name no one else: the bare وأضاف goes on for the minister named before them
    text = "وقال وزير الداخلية أحمد سالم إن الهجوم فشل." + _SCENE + " وأضاف أن التحقيق مستمر."
    assert _chains(text) == [[("person", "وزير الداخلية أحمد سالم")]] * 2


def test_continuation_with_medium_past_scene_sentences() -> None:
    # وقال في المؤتمر إن: a medium between the verb and إن, the same teller still
    text = "وقال وزير الداخلية أحمد سالم إن الهجوم فشل." + _SCENE + " وقال في المؤتمر إن التحقيق مستمر."
    assert _chains(text) == [[("person", "وزير الداخلية أحمد سالم")]] * 2


@pytest.mark.parametrize("gap", [
    # another person named between
    " وشهدت المدينة معارك عنيفة. وقتل عشرة أشخاص في المعارك. والتقى الرئيس السوري بشار الأسد بالسفير.",
    # a party opening a sentence as its subject
    " وشهدت المدينة معارك عنيفة. وقتل عشرة أشخاص في المعارك. وتسيطر قوات سوريا الديمقراطية على الريف.",
    # seven sentences: too far
    _SCENE + _SCENE,
])
def test_no_continuation_past_another_subject_or_too_far(gap: str) -> None:
    text = "وقال وزير الداخلية أحمد سالم إن الهجوم فشل." + gap + " وأضاف أن التحقيق مستمر."
    assert _chains(text) == [[("person", "وزير الداخلية أحمد سالم")]]


def test_no_continuation_of_the_other_gender_far_back() -> None:
    text = "وقال وزير الداخلية أحمد سالم إن الهجوم فشل." + _SCENE + " وأضافت أن التحقيق مستمر."
    assert _chains(text) == [[("person", "وزير الداخلية أحمد سالم")]]
