"""The events stage on a threat noun whose object is a thing of civil life (event_cues 110:
threat_civil_objects): a threat to the economy, health, the environment, food or democracy is a danger, no
armed threat, unless its sentence names an armed party or a force word; a bare threat noun, and a threat to a
state or by a side, stay THREATEN. Hand-written sentences with hand-given entities."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_record_types

ENTS = [
    ("actor", "army", ["الجيش", "قوات النظام"]),
    ("actor", "isis", ["تنظيم الدولة", "داعش"]),
    ("actor", "us", ["الولايات المتحدة", "واشنطن"]),
    ("place", "raqqa", ["الرقة"]),
]

types = partial(event_record_types, entities=ENTS)


@pytest.mark.parametrize("text", [
    pytest.param("وقال الخبير إن ارتفاع الديون تهديد للاقتصاد الوطني في السنوات المقبلة.", id="economy"),
    pytest.param("وحذر الأطباء من أن تلوث المياه بات تهديدا على الصحة العامة للسكان.", id="health_prep"),
    pytest.param("ويرى الباحثون أن الجفاف تهديد للأمن الغذائي في المنطقة.", id="food_security"),
    pytest.param("واعتبرت المنظمة أن النفايات البلاستيكية تهديد للبيئة والتربة.", id="environment"),
    pytest.param("وقال النائب إن شراء الأصوات تهديد للديمقراطية في البلاد.", id="democracy"),
])
def test_threat_to_civil_thing_is_no_threaten(text: str) -> None:
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقال المسؤول إن تهديدات داعش للاقتصاد تتزايد بعد هجماته على حقول النفط.", id="armed_party"),
    pytest.param("وقال إن تهديد الصواريخ للبيئة والسكان في الرقة كبير.", id="weapon_word"),
    pytest.param("وجددت واشنطن تهديدها بضرب داعش في الرقة.", id="threat_to_state"),
    pytest.param("وانتقد الوزير لغة التهديد التي يستخدمها الجيش.", id="bare_threat"),
])
def test_armed_or_bare_threat_stays(text: str) -> None:
    assert "THREATEN" in types(text)
