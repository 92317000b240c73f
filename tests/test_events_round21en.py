"""Round 21 (EN), events missed or misread: the ل-phrase after a noun of giving arms names the receiver, and the
subject of the verb governing the noun the giver (event_cues lam_receiver_types); a named operation told by a
relative of launching (عملية "غصن الزيتون" التي أطلقتها أنقرة، عملية الرقة التي نفذتها قسد) is an attack by the
relative's subject (event_cues operation_launch_verbs, operation_place_verbs); a strike told by its weapon under
ب (ضربت القاعدة بعدة صواريخ) is an attack (triggers.json conditional ضرب). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import event_parties, event_roles, event_types


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("وتواصل روسيا تقديم الأسلحة للجيش السوري رغم العقوبات.", "russia", "syr-army-new"),
    ("وأرسلت إيران شحنة أسلحة لحزب الله عبر الأراضي العراقية.", "iran", "hezbollah"),
])
def test_receiver_of_arms_is_no_giver(text: str, giver: str, receiver: str) -> None:
    found = [(a1, a2) for t, a1, a2 in event_roles(text) if "أسلحة" in t]
    assert found, event_roles(text)
    a1, a2 = found[0]
    assert a2 == receiver
    assert a1 != receiver


def test_arms_with_no_giver_named_keep_the_receiver() -> None:
    found = [p for p in event_parties("وأكدت التقارير تقديم الأسلحة لقوات سوريا الديمقراطية منذ سنوات.")
             if p[0] == "SUPPLY"]
    assert found and found[0][1] is None and found[0][2] == "Syrian Democratic Forces (SDF)"


def test_shelling_owner_under_lam_is_still_the_doer() -> None:
    # the ل of a shelling noun names its owner (lam_owner_masdars), unlike the ل of a noun of giving
    found = [p for p in event_parties("وتجدد قصف مدفعي للجيش التركي على القرى الحدودية.") if p[0] == "ATTACK"]
    assert found and found[0][1] == "Turkish Armed Forces"


@pytest.mark.parametrize(("text", "doer"), [
    ('وتقدمت القوات في الريف الشمالي خلال عملية "درع الفرات" العسكرية التي أطلقتها أنقرة قبل عام.', "turkey"),
    ("وقال المحلل إن عملية الرقة التي نفذتها قوات سوريا الديمقراطية كلفت المدينة كثيرا.", "sdf"),
    ("وذكرت الصحيفة أن عملية منبج، التي قامت بها وحدات الجيش التركي، أغضبت الحلفاء.", "turkish-army"),
])
def test_operation_told_by_a_relative_of_launching(text: str, doer: str) -> None:
    found = [r for r in event_roles(text) if r[0] == "عملية"]
    assert found, event_roles(text)
    assert found[0][1] == doer


@pytest.mark.parametrize("text", [
    "وقال الوزير إن عملية أستانا التي أطلقتها روسيا وإيران حققت تقدما.",
    "وقال إن عملية جنيف التي بدأتها الأمم المتحدة متعثرة منذ شهور.",
    "وأشار إلى أن عملية حمص التي قام بها لم تنته.",
])
def test_process_or_unnamed_launcher_is_no_operation(text: str) -> None:
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "وقال المصدر إن المطار العسكري ضرب بعدة صواريخ قبل منتصف الليل.",
    "وأكد الناشطون أن مخازن الذخيرة ضربت بالصواريخ أمس.",
])
def test_strike_told_by_its_weapon(text: str) -> None:
    assert "ATTACK" in event_types(text)


@pytest.mark.parametrize("text", [
    "وضرب الوزير بعرض الحائط كل التحذيرات.",
    "وضربت عاصفة ثلجية المدينة أمس وأغلقت الطرق.",
])
def test_blow_with_no_weapon_is_no_strike(text: str) -> None:
    assert "ATTACK" not in event_types(text)
