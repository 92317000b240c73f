"""Round 20 (follow-up): event nouns joined by و after a verb of managing (تمكن من، نجح في) are all the
managing subject's deeds; the genitive of their «عناصر من X» object is the target."""
from __future__ import annotations

from tests.conftest import event_roles, event_with


def _by_trigger(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {t: (a1, a2) for t, a1, a2 in event_roles(text)}


def test_second_conjunct_after_managing_verb_is_the_subjects_deed() -> None:
    got = _by_trigger("تمكنت القوات العراقية من قتل وأسر مسلحين من تنظيم داعش شمال بغداد.")
    assert got["أسر"] == ("iraq-army", "isis")
    assert got["قتل"] == ("iraq-army", "isis")


def test_conjunct_after_arrest_masdar_is_no_victim_reading() -> None:
    # without the chain, the managing verb's subject was read as the one killed
    got = _by_trigger("تمكن الجيش السوري من اعتقال وقتل مسلحين من جبهة النصرة.")
    assert got["اعتقال"] == ("syr-army-new", "nusra")
    assert got["قتل"] == ("syr-army-new", "nusra")


def test_managed_masdars_with_unnamed_subject_keep_the_group_as_target() -> None:
    # an unnamed subject (القوات، a pronoun in the verb): the group after من is what both deeds were done to
    for text in ("وتمكنت القوات أمس من قتل وأسر مقاتلين من تنظيم داعش قرب الحدود.",
                 "وقال البيان إنها تمكنت من قتل واعتقال عناصر من تنظيم داعش."):
        got = event_roles(text)
        assert got and all(a1 != "isis" and a2 == "isis" for _t, a1, a2 in got), got


def test_relative_who_after_a_preposition_is_no_managed_masdar() -> None:
    # من after على is the relative (who): the managing verb governs القبض, not the killing
    got = _by_trigger("ونجحت الشرطة في القبض على من قتل الجندي داخل الثكنة.")
    assert "قتل" in got


def test_fortifications_owner_is_the_target_of_a_managed_shelling() -> None:
    got = event_roles("وأكد المتحدث أن القوات تمكنت من دك تحصينات تنظيم داعش جنوب الموصل.")
    assert got and all(a1 != "isis" and a2 == "isis" for _t, a1, a2 in got), got


def test_fortifications_are_held_targets() -> None:
    # event_cues 220: the owner of fortifications struck is the target, never the doer
    for text in ("تمكنت القوات من دك وتدمير تحصينات تنظيم داعش جنوب الموصل.",
                 "واستأنف الطيران قصف تحصينات تنظيم داعش في هجين.",
                 "وشن الجيش هجوما على تحصينات تنظيم داعش في هجين."):
        got = event_roles(text)
        assert got and all(a1 != "isis" and a2 == "isis" for _t, a1, a2 in got), (text, got)


def test_defences_may_be_the_doer() -> None:
    # air defences act: دفاعات is no held target, so the army that owns them is no target of their shelling
    assert event_with("وقصفت دفاعات الجيش السوري مواقع تنظيم داعش في البادية.", "قصف")[2] == "isis"
