"""The events stage on recent-style reporting (post-2024 Syria, Iraq, Lebanon), hand-written sentences with
hand-given entities: planned attacks, intercepted drones, background agreements, negation reaching over
fillers, dawn read as a time, unnamed gunmen of a named group, drones named by a state adjective."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["داعش", "خلايا داعش"]),
    ("actor", "sdf", ["قسد", "قوات سوريا الديمقراطية"]),
    ("actor", "general-security", ["الأمن العام"]),
    ("actor", "remnants", ["فلول النظام"]),
    ("actor", "interior", ["وزارة الداخلية"]),
    ("actor", "mod", ["وزارة الدفاع"]),
    ("actor", "turkey", ["تركيا"]),
    ("actor", "israel", ["إسرائيل"]),
    ("actor", "hezbollah", ["حزب الله"]),
    ("actor", "jordan-army", ["الجيش الأردني"]),
    ("actor", "militia", ["ميليشيا موالية لإيران"]),
    ("actor", "pmf", ["الحشد الشعبي"]),
    ("actor", "russia", ["روسيا"]),
    ("actor", "regime", ["قوات النظام"]),
    ("place", "homs-countryside", ["ريف حمص"]),
    ("place", "jableh", ["ريف جبلة"]),
    ("place", "hasakah", ["الحسكة"]),
    ("place", "tishrin", ["سد تشرين"]),
    ("place", "anbar", ["الأنبار"]),
]


def run(text: str) -> list[dict]:
    return event_records(text, ENTS)


def test_planned_attack_is_the_cells_group_not_the_teller() -> None:
    evs = run("أعلنت وزارة الداخلية تفكيك خلية تابعة لتنظيم داعش في ريف حمص كانت تخطط لتنفيذ هجمات "
              "ضد حواجز الأمن العام.")
    attacks = [e for e in evs if e["type"] == "ATTACK"]
    assert len(attacks) == 1
    assert attacks[0]["actor1"] == "isis" and attacks[0]["modality"] == "expected"


def test_planned_attack_in_a_reported_clause_keeps_its_planner() -> None:
    evs = run("قالت قسد إن خلايا داعش كانت تخطط لشن هجمات على سجون في الحسكة.")
    attacks = [e for e in evs if e["type"] == "ATTACK"]
    assert attacks and attacks[0]["actor1"] == "isis"


def test_planned_attack_by_an_unnamed_cell_has_no_doer() -> None:
    evs = run("كشفت وزارة الداخلية عن مجموعة كانت تخطط لتنفيذ هجوم على مقر الأمن العام في ريف حمص.")
    attacks = [e for e in evs if e["type"] == "ATTACK"]
    assert attacks and attacks[0]["actor1"] is None


@pytest.mark.parametrize(("text", "want", "want2"), [
    pytest.param("تخطط تركيا لشن هجوم جديد على مواقع قسد قرب سد تشرين.", "turkey", "sdf", id="named_planner_is_kept"),
    pytest.param("وتدور منذ أيام اشتباكات متقطعة بين قسد وفلول النظام قرب سد تشرين.", "sdf", "remnants",
                 id="since_a_length_of_time_dates_a_new_event"),
])
def test_the_one_event_is_an_attack_by_and_on(text: str, want: str, want2: str) -> None:
    evs = run(text)
    assert [(e["type"], e["actor1"], e["actor2"]) for e in evs] == [("ATTACK", want, want2)]


@pytest.mark.parametrize(("text", "key", "want"), [
    pytest.param(
        "أعلن الجيش الأردني أنه أسقط طائرتين مسيرتين أطلقتهما ميليشيا موالية لإيران باتجاه الحدود.",
        "actor1",
        "militia",
        id="intercepted_drones_are_a_foiled_attack_by_their_launcher"),
    pytest.param("اعترضت قوات سوريا الديمقراطية طائرة مسيرة في ريف الحسكة.", "actor2", "sdf",
                 id="intercepting_force_is_the_target"),
])
def test_intercepted_drones_are_one_foiled_attack(text: str, key: str, want: str) -> None:
    evs = run(text)
    assert len(evs) == 1
    assert evs[0]["type"] == "ATTACK" and evs[0]["modality"] == "foiled" and evs[0][key] == want


def test_background_agreement_is_no_new_event() -> None:
    assert run("ويأتي القصف بعد اتفاق وقف إطلاق النار الذي دخل حيز التنفيذ في تشرين الثاني بين إسرائيل "
               "وحزب الله.") == [e for e in run("ويأتي القصف بعد اتفاق وقف إطلاق النار الذي دخل حيز التنفيذ "
                                                "في تشرين الثاني بين إسرائيل وحزب الله.")
                                 if e["type"] != "COORDINATE"]


def test_agreement_told_as_news_stays() -> None:
    evs = run("دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ.")
    assert [(e["type"], e["actor1"], e["actor2"]) for e in evs] == [("COORDINATE", "israel", "hezbollah")]
    evs = run("وقعت قسد اتفاقا مع وزارة الدفاع لدمج قواتها.")
    assert [e["type"] for e in evs] == ["COORDINATE"]


@pytest.mark.parametrize(("text", "key", "want"), [
    pytest.param(
        "وتصاعد القصف بعد اتفاق التهدئة الذي دخل حيز التنفيذ بين تركيا وقسد. ورفضت إسرائيل الاتفاق.",
        "type",
        "COORDINATE",
        id="background_agreement_named_again_is_not_new"),
    pytest.param("ويسود الهدوء الحذر منذ بداية الهجوم على سد تشرين.", "type", "ATTACK",
                 id="since_an_event_refers_to_it"),
    pytest.param("أعلن الجيش الأردني اعتراض الصواريخ فوق الحدود.", "modality", "foiled",
                 id="missiles_told_before_are_not_a_new_interception"),
])
def test_no_event_with_the_field(text: str, key: str, want: str) -> None:
    evs = run(text)
    assert not [e for e in evs if e[key] == want]


def test_refusal_reaches_over_time_fillers() -> None:
    assert run("وكانت قسد قد رفضت في وقت سابق الانضمام إلى وزارة الدفاع.") == []
    assert run("ورفضت الفصائل مرارا الانضمام إلى وزارة الدفاع.") == []


@pytest.mark.parametrize(("text", "want", "want2"), [
    pytest.param("لم تعلق قسد على الخبر، وانشق عشرات العناصر عن فلول النظام في ريف جبلة.", "DEFECT", "remnants",
                 id="refusal_does_not_reach_across_a_clause"),
    pytest.param(
        "شن داعش هجوما على حاجز لقسد في الحسكة. وتساءل المسؤول عن الجهة التي أصدرت الأوامر بشن "
        "الهجوم.",
        "ATTACK",
        "isis",
        id="attack_named_under_an_order_is_the_one_told"),
])
def test_the_one_event_and_its_doer(text: str, want: str, want2: str) -> None:
    evs = run(text)
    assert [(e["type"], e["actor1"]) for e in evs] == [(want, want2)]


def test_dawn_is_a_time_not_a_bombing() -> None:
    evs = run("واستهدفت طائرات إسرائيلية فجر الخميس مواقع لحزب الله.")
    assert [(e["type"], e["trigger"]) for e in evs] == [("ATTACK", "استهدفت")]
    assert run("وصلت تعزيزات الحشد الشعبي إلى الأنبار فجر اليوم.")[0]["type"] == "DEPLOY"
    evs = run("فجر مسلحون عبوة ناسفة بدورية للحشد الشعبي في الأنبار.")
    assert [e["type"] for e in evs] == ["ATTACK"]


def test_unnamed_gunmen_of_a_named_group_are_that_group() -> None:
    evs = run("وهاجم مسلحون من فلول النظام حاجزا لقوات الأمن العام في ريف جبلة.")
    assert [(e["actor1"], e["actor2"], e["place"]) for e in evs] == [("remnants", "general-security", "jableh")]
    evs = run("وهاجم مسلحون تابعون لفلول النظام دورية لقوات الأمن العام في ريف جبلة.")
    assert [(e["actor1"], e["actor2"]) for e in evs] == [("remnants", "general-security")]


def test_unnamed_gunmen_stay_unnamed() -> None:
    evs = run("تواصل قسد حملتها في الحسكة. وهاجم مسلحون مجهولون حاجزا للأمن العام في ريف جبلة.")
    attacks = [e for e in evs if e["trigger"].endswith("هاجم")]
    assert attacks and attacks[0]["actor1"] is None


def test_drone_named_by_a_state_adjective() -> None:
    evs = run("تواصل تركيا تصعيدها. وقصفت مسيرة تركية موقعا لقوات سوريا الديمقراطية قرب سد تشرين.")
    assert [(e["actor1"], e["actor2"], e["place"]) for e in evs if e["type"] == "ATTACK"] == [
        ("turkey", "sdf", "tishrin")]


def test_patron_of_the_doer_is_no_target() -> None:
    evs = run("وقالت قسد إن قوات موالية لتركيا حاولت اقتحام قرية في ريف الحسكة.")
    assert evs and all(e["actor2"] != "turkey" for e in evs)


def test_state_adjective_on_an_attack_noun_names_its_doer() -> None:
    evs = run("تواصل روسيا دعم دمشق. وتقدمت قسد في ريف الحسكة رغم الضربات الجوية الروسية على مواقعها.")
    assert [e["actor1"] for e in evs if e["type"] == "ATTACK"] == ["russia"]


def test_disengagement_is_no_clash() -> None:
    assert run("وقالت قسد إن خط فض الاشتباك مع تركيا هادئ.") == []
    evs = run("قصفت قوات النظام مواقع في منطقة فض الاشتباك قرب سد تشرين.")
    assert [(e["type"], e["actor1"]) for e in evs] == [("ATTACK", "regime")]


