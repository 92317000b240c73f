"""The verbs and masdars of spreading (انتشر، انتشار) and gathering (حشد، حشود) are a deployment only when a force
spreads or gathers: pictures, news, a disease, fire or ideas that spread are no troops (event_cues.json
spread_not_subjects), nor is a crowd of people (crowd_*)."""

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


@pytest.mark.parametrize("text", [
    "وقال الرئيس أمام حشد من أنصاره في العاصمة إن الانتخابات نزيهة.",
    "ودهست شاحنة حشدا من المارة في وسط المدينة.",
    "وتجمعت حشود غفيرة في الساحة الرئيسية للمطالبة بالإصلاح.",
    "وأظهرت الصور حشودا كبيرة تتجمع أمام مبنى البلدية.",
    "ويسعى الوزير إلى حشد التأييد الدولي لخطته.",
    "وفرقت الشرطة الحشود بالغاز المسيل للدموع.",
    "وفجر انتحاري نفسه وسط حشد من المشيعين في القرية.",
    "ويحشد التيار المحافظ الرأي العام ضد الحكومة.",
    "وحاول حشد غاضب منع عناصر الشرطة من دخول القرية.",
    "وكان حشد غاضب قد أحرق سيارة المسؤول.",
])
def test_a_crowd_of_people_is_no_deployment(text: str) -> None:
    """حشد، حشود (event_cues.json crowd_*): a crowd of people or support rallied is no force gathering."""
    assert _deploys(text) == []


@pytest.mark.parametrize("text", [
    "وحشدت تركيا قوات كبيرة على الحدود مع سوريا.",
    "ورصدت المصادر حشودا عسكرية للنظام في ريف إدلب الجنوبي.",
    "وتواصل الميليشيات حشد مقاتليها نحو جبهة الساحل.",
    "وتحدث المرصد عن حشد القوات السورية قرب دير الزور.",
    "وتحشد القوات الحكومية حول المدينة منذ أيام.",
    "وانتشرت وسط البلدة حشود عسكرية كبيرة.",
])
def test_a_force_gathering_still_deploys(text: str) -> None:
    assert _deploys(text)
