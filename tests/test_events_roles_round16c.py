"""Round 16b: an event noun that the sufferers' noun governs takes no doer from the names before it; the party a
place is freed from is the target, never the doer."""

from tests.conftest import event_roles


def test_survivors_of_attack_take_no_doer_from_another_verbs_object() -> None:
    text = ("أطلق مسلح النار داخل مدرسة في ولاية فلوريدا. "
            "وطلبت محطة تلفزيونية من أعضاء الكونغرس الأمريكي حضور لقاء مع الناجين من الهجوم.")
    roles = event_roles(text)
    assert all(a1 != "us-congress" for trig, a1, _a2 in roles if "الهجوم" in trig or "أطلق" in trig), roles


def test_victims_of_attack_keep_a_doer_named_after_the_noun() -> None:
    text = "نقل ضحايا الهجوم الذي شنه تنظيم داعش على قرية في محافظة نينوى إلى المستشفى."
    roles = event_roles(text)
    assert roles and all(a1 == "isis" for _t, a1, _a2 in roles), roles


def test_party_freed_from_is_target_not_doer() -> None:
    text = "أطلقت القوات الحكومية عملية عسكرية لتحرير مدينة تعز من سيطرة ميليشيا الحوثي."
    roles = event_roles(text)
    assert roles and all(a1 != "houthis" for _t, a1, _a2 in roles), roles
    assert any(a2 == "houthis" for _t, _a1, a2 in roles), roles


def test_party_freed_from_hands_is_target() -> None:
    text = "شنت القوات العراقية هجوما لتحرير مدينة الموصل من أيدي تنظيم داعش."
    roles = event_roles(text)
    assert any(a2 == "isis" for _t, _a1, a2 in roles), roles
    assert all(a1 != "isis" for _t, a1, _a2 in roles), roles
