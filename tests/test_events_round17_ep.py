"""Round 17 (events precision): a blow judged (شكلت استقالته ضربة للحكومة) is no strike; the period of a
detention already told, a warrant issued against someone and a country put under threat are no new event; a
threat of a state of emergency or of re-imposed measures threatens no armed deed; closing the door of
talks or candidacy closes no road; a death sentence passed kills no one, heat stroke strikes no one and
regaining strength captures nothing."""

from __future__ import annotations

import pytest


def _types(text: str) -> list[str]:
    import marsad

    return [ev["type"] for ev in marsad.analyze(text, published="2019-06-01").to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "وشكلت استقالة الوزير ضربة قوية للحكومة البريطانية.",
    "وقال محللون إن خسارة المدينة ستشكل ضربة موجعة لطموحات الحزب الحاكم.",
    "ويمثل انسحاب الشركة من السوق ضربة جديدة لخطط الحكومة الاقتصادية.",
])
def test_judged_blow_is_no_attack(text: str) -> None:
    assert "ATTACK" not in _types(text)


@pytest.mark.parametrize("text", [
    "وشكلت الغارات الجوية ضربة قاسية للمسلحين في ريف إدلب.",
    "ووجهت الطائرات الحربية ضربة جوية لمواقع التنظيم قرب الرقة.",
])
def test_strike_told_stays(text: str) -> None:
    assert "ATTACK" in _types(text)


@pytest.mark.parametrize("text", [
    "قالت المحكمة إن المتهم تعرض لسوء المعاملة خلال فترة احتجازه في مركز الشرطة.",
    "ويمدد القانون الجديد فترات الاحتجاز على ذمة التحقيق إلى أسبوعين.",
])
def test_detention_period_is_no_arrest(text: str) -> None:
    assert "ARREST" not in _types(text)


def test_arrest_told_stays() -> None:
    assert "ARREST" in _types("واعتقلت الشرطة ثلاثة رجال في المدينة مساء الأحد.")


def test_warrant_issued_is_no_seizure() -> None:
    types = _types("وأوقفت الشرطة الرجل بموجب مذكرة توقيف صادرة بحقه من النيابة العامة.")
    assert "SEIZE" not in types and "ARREST" in types


@pytest.mark.parametrize("text", [
    "وهدد وزير الداخلية بإعلان حالة الطوارئ في المدينة إذا استمرت الاحتجاجات.",
    "وهددت الحكومة بإعادة فرض الرسوم على الواردات الصينية.",
    "وهدد وزير المالية بتجميد الاستثمارات الأجنبية في البورصة.",
    "وقال الوزير إن هذا القرار يضع البلاد تحت التهديد.",
])
def test_threat_without_armed_deed(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_armed_threat_stays() -> None:
    assert "THREATEN" in _types("وهدد الجيش بشن هجوم واسع على مواقع المسلحين.")


def test_closed_door_is_no_closure() -> None:
    assert "DEPLOY" not in _types("وأعلن حزب النور أن الحكومة تعمدت إغلاق باب الحوار مع المعارضة.")


# --- a death sentence passed is no killing; heat stroke is no strike; regaining strength is no capture -------


@pytest.mark.parametrize("text", [
    "وأصدرت المحكمة الجنائية في بغداد حكما بإعدام ثلاثة متهمين بالانتماء إلى تنظيم داعش.",
    "وحكمت المحكمة العسكرية بإعدام خمسة من عناصر التنظيم.",
    "وقالت المنظمة إن مئات المعتقلين يواجهون الإعدام في سجون البلاد.",
    "وحذرت وزارة الصحة من خطر الإصابة بضربة شمس مع ارتفاع درجات الحرارة.",
])
def test_sentence_or_heat_stroke_is_no_attack(text: str) -> None:
    assert "ATTACK" not in _types(text)


def test_execution_done_stays() -> None:
    assert "ATTACK" in _types("وأعدم التنظيم ثلاثة شبان رميا بالرصاص في ساحة البلدة.")


def test_regained_strength_is_no_seizure() -> None:
    text = ("وأعلن الجيش أن المصابين سيبقون في المستشفى، وخلال هذه الأيام سيتلقون علاجا يجعلهم يستعيدون قواهم "
            "قبل نقلهم.")
    assert "SEIZE" not in _types(text)


# --- a crossing is smuggling only beside a word of smuggling, secrecy or payment --------------------------------


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة الرجل لدى عبوره الحدود بسيارته قادما من النمسا.",
    "وبدأ الجنود عبور النهر على جسور عائمة فجر السبت.",
])
def test_lawful_crossing_is_no_smuggling(text: str) -> None:
    assert "SMUGGLE" not in _types(text)


@pytest.mark.parametrize("text", [
    "وتتم عملية العبور بالتنسيق مع بعض عناصر الحواجز.",
    "وقالت مصادر إن عناصر داعش يدفعون مبالغ للمهربين مقابل عبور الحدود خلسة نحو تركيا.",
    "وأكدت المصادر أن عبور عائلات عناصر التنظيم يتم عبر طرق سرية بعيدة عن حواجز قسد.",
])
def test_illicit_crossing_stays(text: str) -> None:
    assert "SMUGGLE" in _types(text)


# --- ينذر warns of or portends; the past أنذر and the noun إنذار of a party stay threats -----------------------


@pytest.mark.parametrize("text", [
    "وصمم الطلاب تطبيقا ينذر السائقين عند اقتراب سيارة مسرعة.",
    "وطورت الشركة جهازا ينذر المزارعين قبل هطول الأمطار.",
])
def test_warning_device_is_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize("text", [
    "وأنذر الجيش المسلحين بضرورة مغادرة البلدة خلال 48 ساعة.",
    "وجه الجيش إنذارا أخيرا للمسلحين بمغادرة الحي.",
])
def test_ultimatum_stays(text: str) -> None:
    assert "THREATEN" in _types(text)
