"""A role noun followed by a relative pronoun opens a relative clause: the clause's verb is no name."""

import marsad


def _persons(text: str) -> list[str]:
    art = marsad.analyze(text, published="2019-05-01")
    return [e.name_ar for e in art.entities if e.type == "person"]


def test_relative_clause_after_role_is_no_person() -> None:
    assert _persons("وقال المسؤول الذي تعرضت له القافلة للهجوم إن الطريق مغلق.") == []
    assert _persons("واعتبر الناشط الذي لقي حتفه بإطلاق نار رمزا للاحتجاجات.") == []


def test_modifier_before_name_still_skipped() -> None:
    assert "سامر الحلبي" in _persons("وقال الناشط الإعلامي سامر الحلبي إن القصف طال السوق.")
