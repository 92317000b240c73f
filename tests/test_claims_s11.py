"""Claims, session 11: pluperfect reports by a document (sentences written for the tests)."""

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
