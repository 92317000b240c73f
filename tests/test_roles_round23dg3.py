"""Round 23 (DG3): a second state nisba joined by و after an indefinite force or strike noun (غارات سورية
وروسية، قوات أمريكية وبريطانية) names its state as the first does (entities._coordinated)."""
from __future__ import annotations


def _analyze(text: str):  # type: ignore[no-untyped-def]
    import marsad

    return marsad.analyze(text)


def _refs(text: str) -> list[str]:
    return [e.ref or e.name for e in _analyze(text).entities]


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    art = _analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


def test_second_indefinite_nisba_after_strike_noun_names_its_state() -> None:
    got = _refs("سقط عشرات الجرحى في غارات تركية وروسية على قرية قرب مدينة الباب.")
    assert "russia" in got and "turkey" in got, got


def test_second_indefinite_nisba_after_force_noun() -> None:
    got = _refs("وصلت قوات أمريكية وبريطانية إلى قاعدة عسكرية شرقي البلاد.")
    assert "uk" in got and "usa" in got, got


def test_second_indefinite_nisba_after_civilian_noun_names_no_party() -> None:
    # the shared head must be a force or strike noun: companies of two nations are no party
    got = _refs("وقعت الحكومة العراقية عقودا مع شركات أمريكية وبريطانية لإعادة إعمار الموصل.")
    assert "uk" not in got, got
