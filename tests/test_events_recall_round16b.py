"""Round 16 (follow-up) events: the side a campaign masdar acts on, a group's nisba after a projectile noun,
the maker's nisba (إيرانية الصنع), and the sweep noun تمشيط (own Arabic sentences)."""
from __future__ import annotations

from tests.conftest import event_roles, event_types


def test_campaign_masdar_genitive_is_the_side_fought() -> None:
    # معركة تحرير X من Y: Y is the side the battle is against, never its doer, even with no doer named.
    roles = event_roles("وأعلن المتحدث أن معركة تحرير البلدة من تنظيم داعش بدأت فجرا.")
    assert [(a1, a2) for t, a1, a2 in roles if t == "معركة"] == [(None, "isis")]


def test_campaign_noun_then_defeat_masdar_keeps_the_campaigner() -> None:
    # معركة دحر X: the genitive of the purpose masdar is the target; the force before it runs the battle.
    roles = event_roles("يواصل الجيش اليمني معركة دحر ميليشيا الحوثي في صعدة منذ أسابيع.")
    assert ("دحر", "yemen-army", "houthis") in roles


def test_made_in_nisba_names_no_party() -> None:
    # إيرانية الصنع tells where the drone was made: Iran is no doer and no entity of the sentence.
    roles = event_roles("وأسقطت الدفاعات الجوية طائرة مسيرة إيرانية الصنع فوق المدينة.")
    assert all(a1 != "iran" and a2 != "iran" for _t, a1, a2 in roles)


def test_made_in_nisba_does_not_hide_the_launcher() -> None:
    roles = event_roles("وأسقطت الدفاعات الجوية طائرة مسيرة إيرانية الصنع أطلقها الحوثيون نحو المطار.")
    assert [a1 for _t, a1, _a2 in roles] == ["houthis"]


def test_group_nisba_after_a_shell_names_the_doer() -> None:
    # بقذيفة حوثية: the Houthis fired the shell that killed; no other party is named in the clause.
    roles = event_roles("وقتل طفلان بقذيفة حوثية سقطت على حي سكني في تعز.")
    assert [a1 for _t, a1, _a2 in roles] == ["houthis"]


def test_nisba_after_a_missile_subject_names_the_state_that_fired() -> None:
    # صواريخ إسرائيلية as the subject: the state of the nisba fired them (roles.json adjective_strike_heads).
    roles = event_roles("واستهدفت صواريخ إسرائيلية مواقع عسكرية قرب دمشق فجر اليوم.")
    assert roles[0][1] == "israel"


def test_sweep_is_a_deployment_whose_genitive_is_no_doer() -> None:
    assert event_types("وبدأت وحدات من الجيش العراقي عمليات تمشيط واسعة في صحراء الأنبار.") == ["DEPLOY"]
    roles = event_roles("وتواصل القوات الحكومية تمشيط جيوب الميليشيات الحوثية في مديرية حيس.")
    assert [(t, a2) for t, _a1, a2 in roles] == [("تمشيط", "houthis")]
