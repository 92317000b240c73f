"""Round 22 EW: events that are no events, and wrong types. A flight of civilians with a force named further
off is no defection; prisoners fleeing a prison are a release; a threat noun that is confronted or countered
(لمواجهة التهديدات، لأدنى تهديد) names a danger, not a threat made. Sentences written for this test."""

from __future__ import annotations

import marsad


def _types(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-03-01").to_dict()
    return [e["type"] for e in art["events"]]


def test_civilians_flee_with_a_force_named_after_them() -> None:
    # the army is the one advancing, the civilians are the ones fleeing: no defection
    types = _types("بدأ آلاف المدنيين الفرار من البلدة الشرقية مع تقدم القوات الحكومية نحو أطرافها.")
    assert "DEFECT" not in types


def test_residents_flee_after_a_force_shells_them() -> None:
    types = _types("قصفت قوات النظام البلدة بالمدفعية ففر السكان نحو الحقول المجاورة.")
    assert "DEFECT" not in types
    assert "ATTACK" in types


def test_members_nearer_than_civilians_still_defect() -> None:
    # guard: the fighters stand right after the verb; the civilians are further off
    assert "DEFECT" in _types("فر عناصر الميليشيا من مواقعهم مع وصول المدنيين إلى القرية.")


def test_prisoners_fleeing_a_prison_are_a_release() -> None:
    types = _types("وفر نحو 300 سجين من سجن المدينة خلال الاشتباكات.")
    assert "RELEASE" in types
    assert "DEFECT" not in types


def test_a_threat_confronted_is_no_threat_made() -> None:
    assert "THREATEN" not in _types("أكد الوزير أن الجيش سيتحرك في مواجهة تهديد تنظيم داعش في المحافظات الغربية.")


def test_the_least_threat_is_no_threat_made() -> None:
    assert "THREATEN" not in _types("قال الرئيس إن أنقرة لن تتردد في الرد على أدنى تهديد لأمنها يأتي من الحدود.")


def test_a_threat_made_still_counts() -> None:
    # guard: a party threatening an armed deed
    assert "THREATEN" in _types("هدد الرئيس التركي بشن عملية عسكرية ضد المقاتلين الأكراد في منبج.")


def test_a_video_spreading_is_no_deployment() -> None:
    assert "DEPLOY" not in _types("وتعرض الوزير لانتقادات حادة إثر انتشار شريط فيديو يظهر أحد الجنود وهو يضرب متظاهرا.")


def test_a_video_spreading_under_lam_is_no_deployment() -> None:
    # the masdar's subject under ل after an adjective of manner
    assert "DEPLOY" not in _types("وتعرض الوزير لانتقادات حادة إثر انتشار واسع لشريط مصور يظهر الجنود في الشارع.")


def test_forces_spreading_under_lam_still_deploy() -> None:
    # guard: a force under ل is the one deployed
    assert "DEPLOY" in _types("وأعلن الجيش انتشار واسع لقواته على طول الحدود الشمالية.")


def test_fighters_sent_to_fight_is_no_attack() -> None:
    # the fighting is the aim of the sending: the sending is the event
    types = _types("وأرسلت إيران مقاتلين للقتال في حلب.")
    assert "DEPLOY" in types
    assert "ATTACK" not in types


def test_fighters_recruited_to_fight_is_no_attack() -> None:
    types = _types("وجند الحرس الثوري آلاف الأفغان للقتال إلى جانب قوات النظام.")
    assert "RECRUIT" in types
    assert "ATTACK" not in types


def test_an_attack_after_reinforcements_still_counts() -> None:
    # guard: an attack not under purpose ل is one told
    assert "ATTACK" in _types("وأرسل الجيش تعزيزات إلى البلدة بعد هجوم شنه المسلحون على حاجز.")


def test_an_attack_on_a_town_reinforcements_went_to_still_counts() -> None:
    # guard: under ل after a relative clause's verb (تعرضت لهجوم), the attack is one told, not an aim
    assert "ATTACK" in _types("وأرسل الجيش تعزيزات إلى البلدة التي تعرضت لهجوم واسع فجر اليوم.")


def test_a_training_camp_struck_is_no_recruitment() -> None:
    types = _types("وقصفت الطائرات معسكر تدريب تابعا للتنظيم في ريف المدينة.")
    assert "RECRUIT" not in types
    assert "ATTACK" in types


def test_a_training_camp_described_is_no_recruitment() -> None:
    # the camp is an appositive describing a base; nobody is recruited
    assert "RECRUIT" not in _types(
        "وأعلن الجيش التركي سيطرته على اللواء 135، وهو معسكر تدريب لوحدات حماية الشعب الكردية قرب عفرين.")


def test_a_training_camp_opened_is_a_recruitment() -> None:
    # guard: opening a camp is the event
    assert "RECRUIT" in _types("وافتتحت الميليشيا معسكر تدريب جديدا لتجنيد الأطفال في المحافظة.")
    assert "RECRUIT" in _types("وكشفت تقارير عن فتح الميليشيا لأربعة معسكرات تدريب في المحافظة.")


def test_a_named_deed_under_lam_after_a_push_stays() -> None:
    # guard: only the fighting itself is an aim; a named strike may be a plan told
    assert "ATTACK" in _types("وقال إنه يمكن تقديم تسهيلات للخلايا ودفعها لاستهداف القوات الأميركية.")
