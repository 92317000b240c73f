"""Round 13c, events that were missed (recall): destruction verbs with a military thing or site after them
(دمرت الطائرات منصة صواريخ), receiving a hand-over of a place (تسلمت القوات البلدة), and an aim told by an aim
verb with إلى (تهدف الحملة إلى اعتقال) as expected."""

from __future__ import annotations

import marsad


def events_of(text: str) -> list[tuple[str, str, str]]:
    return [(ev.type, ev.trigger.text, ev.modality) for ev in marsad.analyze(text).events]


def test_destroying_a_depot_is_an_attack() -> None:
    text = "ودمرت الطائرات الحربية مستودعا للذخيرة تابعا للمتمردين شرقي البلدة."
    assert [e for e in events_of(text) if e[0] == "ATTACK" and e[1] == "دمرت"]


def test_destroying_vehicles_in_the_present_is_an_attack() -> None:
    text = "وقال الضابط إن الجيش يدمر يوميا آليات للمسلحين على خطوط التماس."
    assert [e for e in events_of(text) if e[0] == "ATTACK"]


def test_the_town_of_tadmur_is_no_destruction() -> None:
    text = "وعاد الأهالي إلى مدينة تدمر بعد أشهر من الغياب."
    assert not [e for e in events_of(text) if e[0] == "ATTACK"]


def test_destroying_no_military_thing_is_no_event() -> None:
    text = "ودمرت السيول المحاصيل الزراعية في السهل الساحلي."
    assert not events_of(text)


def test_the_masdar_of_destruction_after_a_strike_toll_adds_no_event() -> None:
    text = "وأسفرت الضربة عن تدمير آليات كانت متوقفة قرب المستودع."
    assert not [e for e in events_of(text) if e[1].endswith("تدمير")]


def test_receiving_a_town_is_a_capture() -> None:
    text = "وتسلمت وحدات الجيش البلدة من المسلحين بعد اتفاق برعاية الوجهاء."
    assert ("SEIZE", "تسلمت", "asserted") in events_of(text)


def test_receiving_posts_is_a_capture() -> None:
    text = "واستلمت الشرطة المحلية مقرات الفصائل في المدينة صباح الأحد."
    assert [e for e in events_of(text) if e[0] == "SEIZE" and e[1] == "استلمت"]


def test_receiving_a_letter_is_no_capture() -> None:
    text = "واستلمت الوزارة رسالة رسمية تطالب بتوضيح الموقف."
    assert not [e for e in events_of(text) if e[0] == "SEIZE"]


def test_an_aim_after_an_aim_verb_is_expected() -> None:
    text = "وتهدف حملة الجيش العراقي الجديدة إلى اعتقال المطلوبين في الأحياء الشرقية."
    got = [e for e in events_of(text) if e[0] == "ARREST"]
    assert got and all(e[2] == "expected" for e in got)


def test_an_aim_with_the_subject_before_ila_is_expected() -> None:
    text = "وترمي مفاوضات حركة حماس مع مصر إلى الإفراج عن الأسرى."
    got = events_of(text)
    assert [e for e in got if e[0] == "RELEASE"] and all(e[2] == "expected" for e in got if e[0] == "RELEASE")
    # the talks are the aim verb's subject: they are going on, not aimed at
    assert all(e[2] != "expected" for e in got if e[0] == "COORDINATE")
