"""The verb and masdar of spreading (انتشر، تنتشر، انتشار) are a deployment only when a force spreads: pictures,
news, a disease, fire or ideas that spread are no troops (event_cues.json spread_not_subjects)."""

from __future__ import annotations

import pytest

import marsad


def _deploys(text: str) -> list[str]:
    return [e.trigger.text for e in marsad.analyze(text, published="2019-03-02").events if e.type == "DEPLOY"]


@pytest.mark.parametrize("text", [
    "وانتشرت صور على الإنترنت تظهر الدخان فوق السوق القديم.",
    "انتشر مقطع مصور يظهر رجالا يحملون أعلاما في ساحة البلدة.",
    "وانتشرت شائعات عن فرار المحافظ إلى خارج البلاد.",
    "وينتشر الوباء بسرعة في المخيمات المكتظة شرق البلاد.",
    "وحذر الأطباء من انتشار الكوليرا في القرى المنكوبة.",
    "وساعدت الرياح على انتشار النيران في المستودعات المجاورة.",
    "وانتشرت على نطاق واسع صورة الطفل الجريح في المستشفى.",
    "وتحدث المسؤول عن المخاوف التي انتشرت بين السكان بعد الزلزال.",
    "وتعيش العائلات في أحياء تنتشر فيها الجريمة والفقر.",
    "ودعا الوزير إلى احترام معاهدة حظر الانتشار النووي.",
])
def test_what_spreads_is_no_force(text: str) -> None:
    assert _deploys(text) == []


@pytest.mark.parametrize("text", [
    "وانتشرت قوات الجيش في شوارع المدينة بعد منتصف الليل.",
    "وتنتشر عناصر الشرطة على مداخل البلدة منذ الصباح.",
    "وأكد شهود أن مسلحين من العشيرة انتشروا حول المبنى الحكومي.",
    "وأظهرت الصور انتشار القوات الخاصة في محيط المطار.",
])
def test_a_force_still_deploys(text: str) -> None:
    assert _deploys(text)
