"""Round 23 (DG3): a second state nisba joined by و after an indefinite force or strike noun (غارات سورية
وروسية، قوات أمريكية وبريطانية) names its state as the first does (entities._coordinated); the accusation
frame of أصابع الاتهام names the accused after إلى as the doer, not the accuser (triggers roles.accuse,
event_cues accuse_bare); a blame noun before a past-verb spelling (مسؤولية قتل) makes it the masdar the
blame frame governs (event_cues masdar_heads)."""
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


def test_fingers_of_accusation_name_the_accused_as_doer() -> None:
    got = _roles("ووجهت وزارة الدفاع العراقية أصابع الاتهام إلى تنظيم داعش بتفجير سيارة مفخخة في سوق ببغداد.")
    ev = [g for g in got if g[0] == "ATTACK"]
    assert ev and ev[0][1] == "isis", got


def test_fingers_of_accusation_accuser_is_no_doer() -> None:
    got = _roles("ووجه الجيش اللبناني أصابع الاتهام إلى إسرائيل بقصف بلدة حدودية في الجنوب.")
    ev = [g for g in got if g[0] == "ATTACK"]
    assert ev and ev[0][1] == "israel", got


def test_blame_noun_before_killing_names_the_blamed() -> None:
    got = _roles("وحمّلت الحكومة اليمنية جماعة الحوثي مسؤولية قتل خمسة مدنيين في مدينة تعز.")
    ev = [g for g in got if g[0] == "ATTACK"]
    assert ev and ev[0][1] == "houthis", got


def test_blame_with_unlisted_subject_names_the_lone_party_before_the_noun() -> None:
    # the subject is no party the packs list; the one name, right before مسؤولية, is the one blamed
    got = _roles("وحمّلت منظمة محلية للدفاع عن الصحفيين إسرائيل مسؤولية قتل المصور في قطاع غزة.")
    ev = [g for g in got if g[0] == "ATTACK"]
    assert ev and ev[0][1] == "israel", got


def test_blame_name_inside_subject_is_not_blamed() -> None:
    # the army is the speaker's own body, and the ones blamed are unnamed: no doer from the subject
    got = _roles("وحمّل المتحدث باسم الجيش الإسرائيلي المسلحين مسؤولية قتل الجنديين.")
    ev = [g for g in got if g[0] == "ATTACK"]
    assert ev and ev[0][1] != "idf", got
