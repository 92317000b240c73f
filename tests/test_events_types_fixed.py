"""The events stage on words that share a trigger's letters but tell no deed, and on a light verb that carries
its own object: a bare tunnel (نفق، أنفاق) is a road, a metaphor, spending (الإنفاق folds to الانفاق) or an
expense (نفقة), while a secret, smuggling or border-crossing tunnel is smuggling; the names of bodies and
offices (مجلس التعاون، منظمة التعاون، وزارة الخارجية والتعاون الدولي), a broadcast interview (لقاء تلفزيوني)
and the fight against terror financing (مكافحة تمويل الإرهاب) are no agreement, meeting or supply; a light
verb with an inquiry or a call of its own (طالب بإجراء تحقيق في …) does not carry the deed the inquiry is
about, whose own subject then names its doer. Hand-written sentences with hand-given entities."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_record_types, event_records

ENTS = [
    ("actor", "army", ["الجيش"]),
    ("actor", "isis", ["تنظيم الدولة", "داعش"]),
    ("actor", "un", ["الأمم المتحدة"]),
    ("actor", "qatar", ["قطر"]),
    ("actor", "iran", ["إيران"]),
    ("place", "mosul", ["الموصل"]),
    ("place", "rafah", ["رفح"]),
]


types = partial(event_record_types, entities=ENTS)


@pytest.mark.parametrize("text", [
    pytest.param("وقال الوزير إن البلاد دخلت في نفق مظلم منذ سنوات.", id="dark_tunnel"),
    pytest.param("ولم تخرج المفاوضات بعد من النفق المسدود.", id="dead_end_tunnel"),
    pytest.param("وطالب الرئيس الحلفاء بزيادة الإنفاق العسكري إلى اثنين في المئة.", id="spending"),
    pytest.param("وتحمل التلفزيون نفقة تصوير المشاهد الجديدة.", id="expense"),
    pytest.param("وتصادمت حافلتان عند الخروج من نفق يربط المدينة بضواحيها.", id="road_tunnel"),
    pytest.param("ونفق آلاف الأسماك في النهر بسبب الحر.", id="fish_died"),
])
def test_bare_tunnel_words_are_no_smuggling(text: str) -> None:
    assert "SMUGGLE" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وحفر مسلحو داعش نفقا سريا قرب الحدود.", id="secret_tunnel"),
    pytest.param("ودمرت قوات حرس الحدود أنفاق التهريب قرب رفح.", id="smuggling_tunnels"),
    pytest.param("وكشف الجيش عن أنفاق عابرة للحدود قرب رفح.", id="cross_border"),
])
def test_named_smuggling_tunnels_still_count(text: str) -> None:
    assert "SMUGGLE" in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("ودعا مجلس التعاون الخليجي إلى التهدئة في المنطقة.", id="gcc"),
    pytest.param("وتراجعت قطر إلى المرتبة الأخيرة بين دول التعاون الخليجي.", id="gcc_short"),
    pytest.param("ودانت منظمة التعاون الإسلامي الهجمات على المدنيين.", id="oic_name"),
    pytest.param("وقال وزير الخارجية والتعاون الدولي إن بلاده تتابع الوضع.", id="ministry_name"),
    pytest.param("وقال قائد الجيش في لقاء تلفزيوني إن الوضع مستقر.", id="tv_interview"),
    pytest.param("وصادق البرلمان على قانون لمكافحة تمويل الإرهاب.", id="counter_financing"),
])
def test_names_and_fixed_phrases_are_no_events(text: str) -> None:
    assert not {"COORDINATE", "SUPPLY"} & set(types(text))


def test_meeting_words_outside_the_phrases_still_count() -> None:
    assert "COORDINATE" in types("وعقد قائد الجيش لقاء مع وفد الأمم المتحدة في الموصل.")


@pytest.mark.parametrize("text", [
    pytest.param("ودعت الأمم المتحدة إلى إجراء تحقيق في قتل الجيش 15 متظاهرا قرب الموصل.", id="call_for_inquiry"),
    pytest.param("وطالبت الأمم المتحدة بإجراء تحقيق مستقل في قتل الجيش 15 متظاهرا قرب الموصل.", id="demand_inquiry"),
])
def test_inquiry_light_verb_leaves_the_deed_to_its_own_subject(text: str) -> None:
    kills = [e for e in event_records(text, ENTS) if e["type"] == "ATTACK"]
    assert len(kills) == 1
    assert kills[0]["actor1"] == "army"
    assert kills[0]["actor2"] != "army"
