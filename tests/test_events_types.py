"""The events stage on event types and claims of responsibility, hand-written sentences with hand-given
entities: a claim of responsibility names the doer of the attack told before however it is worded (مسؤوليته
عن ذلك الهجوم، تبنت مسؤولية الهجمات، a noun of responsibility well after the verb, مسؤوليته عنه after the
deed's noun); a threatening participle (مهددة بضربات، متوعدا بشن) makes the strike it governs a threat, not
the strike told before it; a pledge (تعهد باستعادة) makes its deed expected; the definite crowds (الحشود)
with no force or side named after them are people, not a deployment."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["تنظيم الدولة", "التنظيم"]),
    ("actor", "taliban", ["حركة طالبان", "طالبان"]),
    ("actor", "army", ["الجيش"]),
    ("actor", "usa", ["الولايات المتحدة"]),
    ("actor", "regime", ["قوات النظام"]),
    ("place", "kandahar", ["قندهار"]),
    ("place", "raqqa", ["الرقة"]),
    ("place", "idlib", ["إدلب"]),
]


@pytest.mark.parametrize("text,doer", [
    pytest.param("هاجم مسلحون مركزا للشرطة في قندهار مساء الاثنين. وأعلنت حركة طالبان مسؤوليتها عن ذلك الهجوم.",
                 "taliban", id="demonstrative"),
    pytest.param("انفجرت عبوة ناسفة بدورية للجيش قرب الرقة. وتبنى تنظيم الدولة مسؤولية التفجير.",
                 "isis", id="adopted_responsibility_genitive"),
    pytest.param("هاجم مسلحون مركزا للشرطة في قندهار مساء الاثنين. وأعلنت حركة طالبان في رسالة نشرتها على "
                 "حساباتها مسؤوليتها عن الهجوم.", "taliban", id="responsibility_far_from_verb"),
])
def test_claim_wordings_name_the_doer(text: str, doer: str) -> None:
    attacks = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert len(attacks) == 1
    assert attacks[0]["actor1"] == doer


def test_no_claim_leaves_the_doer_unknown() -> None:
    text = "هاجم مسلحون مركزا للشرطة في قندهار مساء الاثنين. ولم تعلن أي جهة مسؤوليتها عن الهجوم."
    assert next(e["actor1"] for e in event_records(text, ENTS) if e["type"] == "ATTACK") is None


def test_threatening_participle_makes_a_threat() -> None:
    text = "شنت الولايات المتحدة غارات على مواقع في إدلب، مهددة بضربات أوسع إذا تكرر الهجوم."
    recs = event_records(text, ENTS)
    assert [e["trigger"] for e in recs if e["type"] == "ATTACK"] == ["غارات"]
    assert any(e["type"] == "THREATEN" for e in recs)


def test_pledge_makes_the_deed_expected() -> None:
    text = "وتعهد الجيش باستعادة السيطرة على الرقة قبل نهاية الشهر."
    seized = [e for e in event_records(text, ENTS) if e["type"] == "SEIZE"]
    assert seized and all(e["modality"] == "expected" for e in seized)


@pytest.mark.parametrize("text", [
    "وألقى الوزير كلمة في الحشود التي ملأت الساحة الكبرى.",
    "واستخدمت الشرطة الغاز المسيل للدموع لتفريق الحشود قرب المبنى.",
    "ونصحت السفارة رعاياها بالابتعاد عن الحشود والأماكن المزدحمة.",
])
def test_definite_crowds_are_people(text: str) -> None:
    assert not [e for e in event_records(text, ENTS) if e["type"] == "DEPLOY"]


@pytest.mark.parametrize("text", [
    "ورصدت مصادر محلية الحشود التركية على الحدود مع إدلب.",
    "وتحدثت تقارير عن الحشود العسكرية لقوات النظام في ريف إدلب.",
])
def test_forces_massed_stay_a_deployment(text: str) -> None:
    assert [e for e in event_records(text, ENTS) if e["type"] == "DEPLOY"]


@pytest.mark.parametrize("text", [
    "وطالب الوفد برفع الحصار الاقتصادي عن البلاد بعد سنوات من الأزمة.",
    "وبعد انتهاء القتال في أغلب المحافظات بدأ السكان بالعودة إلى منازلهم.",
    "ويرجح مراقبون قيام تحالف انتخابي بين الكتلتين قبل موعد الاقتراع.",
])
def test_no_event_in_siege_of_trade_end_of_fighting_or_electoral_alliance(text: str) -> None:
    assert event_records(text, ENTS) == []


def test_feared_deed_is_expected() -> None:
    text = "ويقول شبان في المخيم إنهم يخشون التجنيد الإجباري في صفوف الجيش إذا رجعوا."
    assert all(e["modality"] == "expected" for e in event_records(text, ENTS))
