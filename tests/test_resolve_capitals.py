"""Resolve: a capital's name that is part of a name (an agreement, an institute) or a court's, a constituency's or
a summit's city, or that follows «العاصمة» (with a state's nisba or without), is no party acting."""

from __future__ import annotations

import marsad


def _types(text: str) -> dict[str, set[str]]:
    """Mention text → the entity types it was given."""
    out: dict[str, set[str]] = {}
    for e in marsad.analyze(text, published="2018-05-01").entities:
        for m in e.mentions:
            out.setdefault(m.text, set()).add(e.type)
    return out


def test_court_and_prosecution_city_is_a_place() -> None:
    t = _types("وأصدرت محكمة جنايات القاهرة حكمها على عشرين متهما، بينما باشرت نيابة باريس التحقيق مع الموقوفين.")
    assert t.get("القاهرة") == {"place"}
    assert t.get("باريس") == {"place"}


def test_agreement_and_institute_name_no_one() -> None:
    t = _types("وأكد الوزير التزام بلاده باتفاق باريس للمناخ، فيما رأى خبير في معهد واشنطن أن الخطوة متأخرة.")
    assert "باريس" not in t
    assert "واشنطن" not in t


def test_capital_after_the_word_capital_is_a_place() -> None:
    t = _types("وانطلقت المسيرة في العاصمة اللبنانية بيروت، ووصل المتظاهرون إلى العاصمة عمان مساء.")
    assert t.get("بيروت") == {"place"}
    assert t.get("عمان") == {"place"}


def test_city_noun_with_a_proclitic_is_a_place() -> None:
    t = _types("وتوجه الموكب لمدينة بيروت بعد انتهاء الزيارة.")
    assert t.get("بيروت") == {"place"}


def test_constituency_and_summit_city_is_a_place() -> None:
    t = _types("وحصدت اللائحة مقعدين في دائرة بيروت الثانية، وتحدث الأمير أمام قمة الرياض.")
    assert t.get("بيروت") == {"place"}
    assert t.get("الرياض") == {"place"}


def test_capital_as_a_speaking_party_stays_the_state() -> None:
    t = _types("وقالت القاهرة إنها ترفض أي تدخل، وردت أنقرة بأن موقفها ثابت.")
    assert t.get("القاهرة") == {"actor"}
    assert t.get("أنقرة") == {"actor"}
