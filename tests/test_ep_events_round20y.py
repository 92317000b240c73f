"""Round 20 EP (y): what a closing verb or noun (أغلق، إغلاق) shuts that is no ground is no deployment (event_cues
220, closed_institutions, read by events.detect._closed_institution): eyes, a phone or an alarm, shares or an
index closing a session, accounts, shops and markets of traders on strike, and weather as the closer of a road."""

from __future__ import annotations

import pytest

from tests.conftest import event_types

# an armed party named in the article keeps the weak types in their conflict sense (events.detect._civil_senses)
_WAR = "قصفت قوات النظام السوري بلدة في ريف إدلب. "


def types(sentence: str) -> list[str]:
    return event_types(_WAR + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الشاهدة إنها أغلقت عينيها حين بدأ الصراخ في القاعة.",
        "وأغلق الموظف هاتفه فور انتهاء المكالمة مع الصحفي.",
        "وكان العامل قد أغلق جهاز الإنذار في المستودع قبل الحريق.",
        "وأغلقت الأسهم الأوروبية مرتفعة في ختام جلسة الخميس.",
        "وأغلق المؤشر الرئيسي منخفضا بنسبة واحد في المئة.",
        "وأغلق الكاتب المعروف حسابه على موقع تويتر بعد الانتقادات.",
        "وأغلق التجار محلاتهم في البلدة القديمة احتجاجا على الضرائب.",
        "ودعت النقابة الباعة إلى إغلاق متاجرهم يوم الإضراب العام.",
        "وتقطعت السبل بالمسافرين في الطرقات التي أغلقها هطول الثلوج الكثيفة.",
    ],
)
def test_closing_what_is_no_ground_is_no_deployment(sentence: str) -> None:
    assert types(sentence) == ["ATTACK"]


def test_roads_crossings_and_entrances_closed_by_forces_stay_deployments() -> None:
    assert "DEPLOY" in types("وأغلقت قوات الأمن الطرق المؤدية إلى ساحة الاعتصام.")
    assert "DEPLOY" in types("وأغلق الجيش معبر باب الهوى بعد الهجوم.")
    assert "DEPLOY" in types("وأغلقت القوات مداخل المدينة ونشرت الحواجز فيها.")
