"""Round 21 EV, events detection: a blow named by a verb of constituting is a figure, no strike; an event noun
after من that a word of protecting governs is a harm guarded against, no event told."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "ومثل قرار المحكمة ضربة قوية لآمال المعارضة في العودة إلى البرلمان.",
    "ومثل انسحاب الوفد ضربة للمفاوضات الجارية بين الطرفين.",
    "وشكل رفض الطلب ضربة لجهود الوساطة التي تقودها الأمم المتحدة.",
])
def test_blow_as_figure_no_attack(text: str) -> None:
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "وجهت الطائرات الحربية ضربة قوية لمواقع المسلحين شرق البلدة.",
    "قتل أربعة مدنيين في ضربة جوية استهدفت سوقا شعبيا في البلدة.",
    "ونفذت المقاتلات ضربات على مخازن الأسلحة قرب الحدود.",
    "وشكلت الضربات الجوية على المطار أول رد عسكري منذ بدء الأزمة.",
])
def test_real_strikes_stay(text: str) -> None:
    assert "ATTACK" in event_types(text)


@pytest.mark.parametrize("text", [
    "وطالب المجلس بتوفير الحماية للصحفيين من الاعتداءات خلال تغطية المظاهرات.",
    "وتعمل اللجنة على حماية المدنيين من المزيد من الهجمات في المنطقة.",
    "ودعت المنظمة الحكومة إلى حماية اللاجئين من الترحيل القسري.",
])
def test_guarded_harm_no_event(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize("text", [
    "شنت القوات هجوما على المسلحين لحماية القرية، وقتل خمسة منهم.",
    "وهرب السكان من القصف الذي استهدف الحي قبل أن تصل قوة لحماية المدرسة.",
    "واعتقلت الشرطة ثلاثة رجال كانوا يحاولون سرقة المخازن التي أقامت الشركة سياجا لحمايتها.",
])
def test_protection_nearby_keeps_events(text: str) -> None:
    assert event_types(text)
