"""The events stage on who did a deed and to whom, hand-written sentences with hand-given entities: the
subject of a verb of undergoing (تعرض لـ) is the target and the deed's genitive or the name after من its doer;
an attack noun followed by من X, or by بقيادة X, names X as doer, unless X is a civil body; «قتل أفراد من
X اثنين من Y» is active (a subject, then an object), while «قتل أفراد من X في ...» stays passive; a definite
unnamed subject after the verb (قصف المسلحون) borrows no party; an accuser's object named by its side
(القوات الحكومية) or a name described as accused (X المتهمة بشن) is the doer; a relative verb whose next
name follows ضد took that name as its target, its subject being the name it hangs on; a backer named after
بدعم من is no party."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "syr-gov-assad", ["الحكومة السورية"]),
    ("actor", "syr-opposition-factions", ["فصائل المعارضة"]),
    ("actor", "hts", ["هيئة تحرير الشام"]),
    ("actor", "isis", ["تنظيم داعش"]),
    ("actor", "sdf", ["قوات سوريا الديمقراطية"]),
    ("actor", "iraq-army", ["الجيش العراقي", "القوات العراقية"]),
    ("actor", "global-coalition", ["التحالف الدولي"]),
    ("actor", "usa", ["الولايات المتحدة"]),
    ("actor", "us-congress", ["الكونغرس"]),
    ("actor", "russia", ["روسيا"]),
]


def roles(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    ents = [e for e in ENTS if any(s in text for s in e[2])]
    return [(e["actor1"], e["actor2"]) for e in event_records(text, ents) if e["type"] == kind]


@pytest.mark.parametrize(("text", "kind", "want"), [
    pytest.param(
        "رفضت الحكومة السورية دعوات التهدئة. وتعرضت فصائل المعارضة لقصف القوات الحكومية في ريف المدينة أمس.",
        "ATTACK", ("syr-gov-assad", "syr-opposition-factions"), id="undergoer_is_the_target_genitive_the_doer"),
    pytest.param(
        "وقالت شبكة محلية إن قرية الصفا تتعرض منذ يومين لقصف عنيف من قوات سوريا الديمقراطية.",
        "ATTACK", ("sdf", None), id="attack_noun_then_min_names_the_doer"),
    pytest.param(
        "وقالت مصادر إن تنظيم داعش تعرض لهجوم واسع شنته قوات سوريا الديمقراطية قرب الحدود.",
        "ATTACK", ("sdf", "isis"), id="undergoer_with_a_relative_light_verb"),
    pytest.param(
        "وقتل عناصر من تنظيم داعش اثنين من قوات سوريا الديمقراطية عند أطراف القرية ليلا.",
        "ATTACK", ("isis", "sdf"), id="active_killing_subject_then_object"),
    pytest.param(
        "وقتل مسلحون من هيئة تحرير الشام ثلاثة عناصر من فصائل المعارضة في ريف المدينة.",
        "ATTACK", ("hts", "syr-opposition-factions"), id="active_killing_with_a_count_object"),
    pytest.param(
        "وتقدمت قوات سوريا الديمقراطية في القرى الشرقية بعد معارك طويلة خاضتها ضد تنظيم داعش.",
        "ATTACK", ("sdf", "isis"), id="relative_verb_then_did_against"),
    pytest.param(
        "ودانت روسيا ما جرى، بعد أن أدى الحادث إلى شن ضربات صاروخية بقيادة الولايات المتحدة.",
        "ATTACK", ("usa", None), id="led_by_names_the_doer"),
])
def test_roles(text: str, kind: str, want: tuple[str | None, str | None]) -> None:
    got = roles(text, kind)
    assert got, f"no {kind} event"
    assert got[-1] == want


def test_passive_killing_stays_passive() -> None:
    got = roles("وقتل عناصر من قوات سوريا الديمقراطية في هجوم لتنظيم داعش على حاجز قرب القرية.", "ATTACK")
    assert got and got[0] == ("isis", "sdf")


def test_undergoer_without_a_named_doer_is_not_the_doer() -> None:
    text = "سيطرت هيئة تحرير الشام على التلة أمس. وقال ناشطون إن فصائل المعارضة تعرضت لهجوم عند المعبر."
    got = roles(text, "ATTACK")
    assert got and got[-1][0] != "syr-opposition-factions"
    assert got[-1][1] == "syr-opposition-factions"


def test_definite_unnamed_subject_after_the_verb_borrows_no_doer() -> None:
    text = "سيطرت هيئة تحرير الشام على التلة أمس. وهاجم المسلحون نقطة عسكرية عند المعبر."
    got = roles(text, "ATTACK")
    assert got and got[-1][0] is None


@pytest.mark.parametrize("text", [
    pytest.param("رفضت الحكومة السورية التقرير. واتهم مسعفون القوات الحكومية بشن هجوم بالغاز على الحي.",
                 id="accuser_then_forces_named_by_side"),
    pytest.param("رفضت الحكومة السورية التقرير، وقالت مصادر إن الحكومة السورية المتهمة بشن هجوم بالغاز "
                 "على الحي تنفي ذلك.", id="a_name_described_as_accused"),
])
def test_accused_doer(text: str) -> None:
    got = roles(text, "ATTACK")
    assert got and got[-1][0] == "syr-gov-assad"


def test_backer_is_no_party() -> None:
    got = roles("وتمكنت القوات العراقية بدعم من التحالف الدولي من السيطرة على البلدة بعد أسبوع.", "SEIZE")
    assert got and got[-1][0] == "iraq-army"
    assert "global-coalition" not in got[-1]


def test_civil_body_after_min_is_no_doer() -> None:
    text = "وقالت روسيا إن الولايات المتحدة لم تحصل على تفويض بالضربات الجوية من الكونغرس."
    assert all(a1 != "us-congress" for a1, _a2 in roles(text, "ATTACK"))


def test_no_agreement_reached_is_no_event() -> None:
    text = "وعقد الوفدان جولة جديدة، لكن لم يتم التوصل إلى اتفاق بشأن المعابر. وتم التوصل إلى اتفاق بشأن الأسرى."
    triggers = [e["trigger"] for e in event_records(text, []) if e["type"] == "COORDINATE"]
    assert triggers.count("اتفاق") == 1
