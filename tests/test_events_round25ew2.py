"""Round 25 (EW2): an awaited deed told by متوقع or مرتقب after its noun (ضربة غربية متوقعة، الهجوم العسكري
المتوقع) is expected, as one told by محتملة is (event_cues possible_words); من المتوقع أن after a noun opens a clause
of its own (اتفاقا من المتوقع أن ينهي القتال) and leaves the deed as told."""

from __future__ import annotations

import pytest

import marsad


def _modalities(text: str, kind: str) -> list[str]:
    return [e.modality for e in marsad.analyze(text).events if e.type == kind]


@pytest.mark.parametrize("text", [
    "وتتحدث تقارير إعلامية عن ضربة أمريكية متوقعة على مواقع القوات الحكومية.",
    "وتحاول أنقرة ثني موسكو عن المشاركة في الهجوم العسكري المتوقع على مواقع المعارضة في إدلب.",
])
def test_an_awaited_strike_is_expected(text: str) -> None:
    assert _modalities(text, "ATTACK") == ["expected"]


def test_a_strike_told_as_done_stays_asserted_beside_an_expected_toll() -> None:
    text = "وقتل ستة جنود في هجوم شنه مسلحون على حاجز للجيش، ومن المتوقع أن يرتفع عدد القتلى."
    assert _modalities(text, "ATTACK") == ["asserted"]


def test_an_agreement_signed_with_an_expected_outcome_stays_signed() -> None:
    text = "ووقعت الحكومة والمتمردون في جوبا الشهر الماضي اتفاقا من المتوقع أن ينهي القتال في البلاد."
    assert _modalities(text, "COORDINATE") == ["asserted"]
