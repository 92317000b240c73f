"""Round 21 DG3, events modality and non-events: the terms a deal lays down (اتفاق يقضي باستعادة السيطرة) are
no deed done; a deed named by a claim its subject rejects (رفض ادعاءات بقصف) is denied, not asserted nor
dropped as negated; حاليا between a negation and the deed does not break the negation; a possible clash
(اشتباك محتملة) is expected."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


def _events(text: str) -> list[tuple[str, str]]:
    import marsad

    return [(e.type, e.modality) for e in marsad.analyze(text, published="2018-04-01").events]


@pytest.mark.parametrize("text", [
    "وتوصل الطرفان إلى اتفاق يقضي باستعادة الجيش السيطرة على البلدة وخروج المسلحين منها.",
    "وأعلنت اللجنة عن تسوية تقضي بعودة سيطرة الدولة على القرى الثلاث خلال شهر.",
    "ووقع الوسطاء مذكرة تنص على استعادة القوات الحكومية السيطرة على المعبر الحدودي.",
])
def test_deal_terms_no_seizure(text: str) -> None:
    assert "SEIZE" not in event_types(text)


def test_term_opened_by_that_covers_its_clause() -> None:
    # a manner word after the verb, and أن opening a term whose second attack noun lies beyond the short reach
    text = "وقال الوزير إن الميثاق ينص صراحة على أن أي هجوم على دولة عضو سيعد هجوما على كل الأعضاء."
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "وسيطر الجيش على البلدة بعد اتفاق مع المسلحين أمس.",
    # يقضي على: eliminates, no stipulating
    "وقال القائد إن الهجوم سيقضي على آخر جيوب التنظيم، بعد أن سيطرت القوات على الجسر.",
])
def test_seizures_outside_deal_terms_stay(text: str) -> None:
    assert "SEIZE" in event_types(text)


@pytest.mark.parametrize("text", [
    "رفضت الوزارة ادعاءات بقصف مستشفى في المدينة.",
    "ورفض الجيش الاتهامات بقصف السوق الشعبي وسط البلدة.",
    "رفضت وزارة الدفاع مزاعم بأن طائراتها قصفت قافلة مساعدات قرب الحدود.",
])
def test_rejected_claim_is_denied(text: str) -> None:
    assert ("ATTACK", "denied") in _events(text)


@pytest.mark.parametrize("text", [
    # a refusal to do the deed is no event; التعليق is no claim noun
    "وقصفت الطائرات مستشفى في المدينة، ورفضت الوزارة التعليق.",
])
def test_rejection_without_claim_noun_changes_nothing(text: str) -> None:
    assert _events(text) == [("ATTACK", "asserted")]


def test_refused_deed_still_dropped() -> None:
    assert event_types("رفضت الحكومة شن هجوم على المدينة.") == []


def test_negation_with_current_filler() -> None:
    assert "ATTACK" not in event_types("وقال المسؤول إنه لا تجري حاليا عمليات قصف جوي على المدينة.")


def test_possible_clash_is_expected() -> None:
    assert _events("وتعد البلدة نقطة اشتباك محتملة بين القوات التركية والقوات الأمريكية.") == [
        ("ATTACK", "expected")]
