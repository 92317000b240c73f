"""The events stage on two readings that share a trigger's letters or frame: the conjunction and the flight
verb spell وفّر (provide) unvowelled, so a beneficiary or a thing provided after it (وفر لهم، وفرت الحكومة
المساعدات) and the hit-and-run idiom (كر وفر) tell no flight, while a flight told with its direction (وفر
المسلحون إلى، وفروا هاربين) still is one; and a threatening verb whose subject is a thing (ما يهدد، الأخطار التي
تهدد، ويهدد سوء التغذية، الجفاف يهدد) tells a danger, not a threat made, while a party as its subject, before it,
after it or dropped, still threatens; the verb of brandishing (لوّح) with no deed after ب, or with a flag or a
hand, is waving (لوحوا بالأعلام، لوح لأنصاره، تلوح في الأفق). Hand-written sentences with hand-given entities."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_record_types, event_records

ENTS = [
    ("actor", "army", ["الجيش", "قوات النظام"]),
    ("actor", "isis", ["التنظيم", "داعش", "عناصر التنظيم"]),
    ("actor", "turkey", ["تركيا", "أنقرة"]),
    ("actor", "houthis", ["الحوثيون", "الحوثيين", "ميليشيا الحوثي"]),
    ("actor", "government", ["الحكومة"]),
    ("person", "trump", ["ترامب"]),
    ("place", "raqqa", ["الرقة"]),
    ("place", "manbij", ["منبج"]),
    ("place", "deir", ["دير الزور"]),
]


types = partial(event_record_types, entities=ENTS)


@pytest.mark.parametrize("text", [
    pytest.param("وفرت الحكومة المساعدات الغذائية للنازحين في الرقة.", id="things_provided"),
    pytest.param("وقال إن الجيش وفر لهم ممرا آمنا نحو دير الزور.", id="beneficiary_first"),
    pytest.param("وفّر الجيش الغطاء الجوي للقوات المتقدمة قرب الرقة.", id="shadda_on_fa"),
    pytest.param("ويعتمد عناصر التنظيم على عمليات كر وفر في البادية.", id="hit_and_run"),
])
def test_provide_is_no_flight(text: str) -> None:
    assert "DEFECT" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وفر عناصر التنظيم من مواقعهم في الرقة بعد المعارك.", id="flight_from"),
    pytest.param("انهارت دفاعات التنظيم وفر مقاتلوه إلى دير الزور.", id="flight_to"),
    pytest.param("وقتل ثلاثة من المهاجمين وفر رابع.", id="bare_flight"),
    pytest.param("ترك المسلحون أسلحتهم وفروا هاربين نحو البادية.", id="fled_running"),
])
def test_flight_still_told(text: str) -> None:
    assert "DEFECT" in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقال المبعوث إن استمرار القتال في الرقة يهدد بانهيار الهدنة.", id="noun_before"),
    pytest.param("وانتشر الوباء في المخيمات، مما يهدد حياة آلاف النازحين.", id="what_threatens"),
    pytest.param("وحذر التقرير من الأخطار التي تهدد المدنيين في دير الزور.", id="relative_thing"),
    pytest.param("وفي الرقة، تهدد المجاعة آلاف العائلات.", id="thing_after_verb"),
    pytest.param("وذكرت الوكالة أن الجفاف يهدد المحاصيل في دير الزور.", id="drought"),
])
def test_thing_threatens_no_threat(text: str) -> None:
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text, doer", [
    pytest.param("وتهدد أنقرة بشن عملية عسكرية في منبج.", "turkey", id="party_after"),
    pytest.param("وقال المتحدث إن الحوثيين يهددون السفن في البحر الأحمر.", "houthis", id="party_before"),
    # an armed deed threatened: a threat to withdraw from a deal is a political measure (event_cues
    # threat_not_deeds), no threat of military action
    pytest.param("ويبقى الموقع الذي يهدد ترامب بضربه هدفا محتملا.", "trump", id="relative_with_subject_after"),
    pytest.param("وهذا ما تهدد به ميليشيا الحوثي منذ أشهر.", "houthis", id="pointer_with_resumptive"),
])
def test_party_still_threatens(text: str, doer: str) -> None:
    threats = [e for e in event_records(text, ENTS) if e["type"] == "THREATEN"]
    assert threats and threats[0]["actor1"] == doer


def test_relative_with_resumptive_keeps_the_threat() -> None:
    text = "وتستعد الفصائل في منبج لصد الهجمات التي هددت بها تركيا منذ أسابيع."
    assert "THREATEN" in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("واستقبل الأهالي الوفد في الرقة ولوحوا بالأعلام.", id="flags"),
    pytest.param("وخرج الوزير من القاعة ولوح بيده للحاضرين.", id="hand"),
    pytest.param("وقال المسؤول إن أزمة غذاء تلوح في الأفق في دير الزور.", id="looming"),
    pytest.param("وابتسم ترامب ولوح لأنصاره قبل أن يغادر.", id="waved_to"),
])
def test_waving_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("ولوحت أنقرة بالرد على أي هجوم يستهدف قواتها في منبج.", id="brandished_reply"),
    pytest.param("ولوحت تركيا، على لسان وزير دفاعها في مؤتمر صحفي، باستخدام القوة في منبج.", id="brandished_far"),
])
def test_brandishing_a_deed_threatens(text: str) -> None:
    assert "THREATEN" in types(text)
