"""Events, last round 18: the senses of ضبط that seize nothing (border control, restraint, keeping order, control
posts, an arrest warrant, arms control) are not_events phrases; seizures of arms and goods stay SEIZE (sentences
written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    pytest.param("واستعانت الحكومة بالجيش في ضبط الحدود الشمالية مع تركيا خلال العام الماضي.", id="border"),
    pytest.param("وانتشرت وحدات الشرطة في المدينة لمؤازرة البلديات في ضبط أمن الحدود الجنوبية.", id="border-security"),
    pytest.param("وأشاد الوسيط بما وصفه بضبط نفس من جانب قوات الأمن خلال التظاهرات.", id="restraint-indefinite"),
    pytest.param("وقال المتحدث إن الجيش يدير المعارك في الريف الغربي بحذر وضبط للنفس.", id="restraint-lam"),
    pytest.param("وتدخل الجيش العراقي في الحي القديم إلى ضبط الأمور بعد الاشتباكات بين العشائر.", id="order"),
    pytest.param("وأقامت الشرطة نقاط ضبط أمنية على مداخل البلدة الشمالية.", id="control-posts"),
    pytest.param("وحضر رجال الأمن إلى منزله ومعهم أمر ضبط وإحضار صادر عن النيابة.", id="warrant"),
    pytest.param("وأبدى الوزيران قلقهما على جهود ضبط منظومات الأسلحة في أوروبا.", id="arms-control"),
])
def test_dabt_sense_seizes_nothing(text: str) -> None:
    assert "SEIZE" not in event_types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وضبطت قوات الأمن العراقية مخزنا للأسلحة في حي الجامعة غربي بغداد.", id="verb"),
    pytest.param("وتمكن حرس الحدود من ضبط شحنة أسلحة قرب الحدود مع الأردن.", id="masdar"),
    pytest.param("وأعلنت وزارة الداخلية ضبط 40 قطعة سلاح في حملة أمنية بمدينة البصرة.", id="count"),
])
def test_dabt_of_arms_stays_seize(text: str) -> None:
    assert "SEIZE" in event_types(text)
