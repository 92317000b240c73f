"""Round 17 (ER): events recall. A conditional trigger whose words must follow it (triggers.json conditional) is
checked twice, once to keep it and once (event_cues unmet_not_triggers) to drop it as no trigger at all; both
checks now skip the words of a count, so a count before the awaited word no longer cuts the reach short."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize(("text", "typ"), [
    ("دمرت الطائرات الحربية للتحالف 12 آلية عسكرية في ريف المحافظة.", "ATTACK"),
    ("ودمرت المدفعية الثقيلة للجيش 3 مدرعات قرب الحدود.", "ATTACK"),
])
def test_count_words_do_not_cut_the_reach_of_a_conditional_verb(text: str, typ: str) -> None:
    assert typ in event_types(text), event_types(text)


@pytest.mark.parametrize("text", [
    "دمرت العاصفة الثلجية مئات المنازل في القرى الجبلية.",
    "أرسلت الوزارة الجديدة 300 رسالة إلى المواطنين.",
])
def test_a_count_before_other_words_still_meets_no_condition(text: str) -> None:
    assert event_types(text) == [], event_types(text)


@pytest.mark.parametrize("text", [
    "وأفادت مصادر محلية، الأحد، بمقتل 12 من الميليشيات المسلحة في ريف المحافظة.",
    "أفاد مصدر عسكري بمصرع سبعة من المتمردين في جبهة الساحل.",
    "واعترفت الجماعة بمقتل ثلاثة من مقاتليها في الكمين.",
])
def test_toll_under_b_after_a_verb_of_reporting_tells_its_attack(text: str) -> None:
    """بمقتل after أفاد/اعترف (event_cues casualty_report_verbs): the ب is the verb's, the killing is news."""
    assert "ATTACK" in event_types(text), event_types(text)


@pytest.mark.parametrize("text", [
    "اتهم الوزير الجماعة بمقتل ثلاثة جنود في المدينة.",
    "خرج المئات في مسيرة تنديدا بمقتل خمسة مدنيين.",
])
def test_toll_under_b_after_other_words_stays_a_charge_or_cause(text: str) -> None:
    assert "ATTACK" not in event_types(text), event_types(text)


@pytest.mark.parametrize("text", [
    "أعلن الجيش مقتل 20 من الميليشيات خلال الأيام الماضية.",
    "وأكدت المصادر مصرع عدد من المتمردين في ريف المدينة.",
    "أعلنت القيادة مقتل العشرات من مسلحي التنظيم في الصحراء.",
])
def test_death_noun_before_militias_rebels_or_fighters_of_a_group(text: str) -> None:
    assert "ATTACK" in event_types(text), event_types(text)


@pytest.mark.parametrize("text", [
    "قمعت قوات الأمن المتظاهرين في ساحة المدينة بالقوة.",
    "وقمعت الشرطة مسيرة سلمية خرجت في وسط العاصمة.",
    "خرجت احتجاجات عمالية قمعتها السلطات بالرصاص.",
])
def test_repression_verb_in_the_past_is_an_attack(text: str) -> None:
    assert "ATTACK" in event_types(text), event_types(text)


def test_repression_verb_in_the_present_describes_no_deed() -> None:
    assert event_types("وهو نظام يقمع مواطنيه منذ عقود طويلة.") == []
