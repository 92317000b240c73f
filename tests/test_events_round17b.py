"""Round 17b (events precision): threats a person or a newspaper receives are no party's threat of armed
action; the press attacking someone attacks in words; threatening what was agreed, a truce, talks or the
economy tells a danger, no threat made."""

from __future__ import annotations

import pytest


def _types(text: str) -> list[str]:
    import marsad

    return [ev["type"] for ev in marsad.analyze(text, published="2019-06-01").to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "وقالت الكاتبة إنها تلقت تهديدات بالقتل بعد نشر روايتها الأخيرة.",
    "ويتعرض المراسلون في البلدات الصغيرة لضغوط مستمرة وتهديدات مباشرة من رجال الأعمال.",
    "وأكد المدرب أنه يتلقى تهديدات عبر الهاتف منذ خسارة الفريق.",
])
def test_received_threat_is_no_threaten(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_armed_party_threat_stays() -> None:
    assert "THREATEN" in _types("وهدد تنظيم داعش بشن هجمات جديدة على مراكز الاقتراع في بغداد.")


@pytest.mark.parametrize("text", [
    "وهاجمت الصحافة البريطانية رئيس الوزراء بسبب تعامله مع الأزمة المالية.",
    "وهاجمت صحف المعارضة وزير المالية في افتتاحياتها صباح الثلاثاء.",
])
def test_press_attack_is_no_attack(text: str) -> None:
    assert "ATTACK" not in _types(text)


def test_armed_attack_stays() -> None:
    assert "ATTACK" in _types("وهاجم مسلحون نقطة تفتيش للشرطة جنوب المدينة فجر الأحد.")


@pytest.mark.parametrize("text", [
    "وحذر الوزير من أن التصعيد الأخير يهدد ما تم التوصل إليه من تفاهمات في المحادثات.",
    "وقال المبعوث إن هذه الخروقات تهدد الهدنة الهشة في الجنوب.",
])
def test_endangered_agreement_is_no_threaten(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize("text", [
    "وقال التجار إن تهديدات الرئيس الأخيرة أضرت بالأسواق وخفضت قيمة الليرة.",
    "ولوّح الوزير مجددا بتهديداته بعد ارتفاع الرسوم على الصادرات الزراعية.",
    "وجاءت الخطوة تنفيذا لتهديدات البيت الأبيض في سياق الحرب التجارية مع بكين.",
])
def test_trade_threat_is_no_threaten(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_armed_threat_beside_trade_stays() -> None:
    text = "وهددت قوات الحوثيين بقصف السفن التجارية في البحر الأحمر."
    assert "THREATEN" in _types(text)
