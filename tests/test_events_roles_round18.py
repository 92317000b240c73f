"""Round 18, events roles, through the whole pipeline, hand-written sentences: a passive قتل with a people subject
and fire after it (قتل فلسطينيان برصاص الجيش); backers and partners (المسنودة ب، دعما ل، إلى جانب) are no targets;
a statement's owner (بيان للجيش أن طائراته) owns the forces its pronoun points to; a definite holding under
ل (المواقع التابعة لX) names the target; على الأقل after the counted dead is no cause and no reach."""

from __future__ import annotations

from tests.conftest import event_parties, event_with


def test_a_dual_nisba_before_the_fire_is_the_killed() -> None:
    _t, a1, a2 = event_with("قتل لبنانيان برصاص الجيش الإسرائيلي قرب الحدود الجنوبية.", "قتل")
    assert a1 == "idf"
    assert a2 is None or "israel" not in a2


def test_a_people_noun_and_its_nisba_before_an_agent_marker() -> None:
    parties = event_parties("قتل متظاهرون عراقيون على يد قوات الأمن العراقية في البصرة أمس.")
    assert parties and parties[0][1] == "Iraqi Security Forces"
    assert parties[0][2] is None


def test_a_plural_nation_adjective_names_no_government_as_victim() -> None:
    # سوريون are people of Syria, not its government: the government shot them, it is no victim
    parties = event_parties("قتل سوريون برصاص قوات النظام في ريف درعا.")
    assert parties and parties[0][1] == "Syrian government (Assad era)"
    assert parties[0][2] != "Syrian government (Assad era)"


def test_a_definite_subject_keeps_the_verb_active() -> None:
    _t, a1, _a2 = event_with("قتل الجيش الإسرائيلي فلسطينيين في غزة يوم الجمعة.", "قتل")
    assert a1 == "idf"


# backing words: the participles of إسناد and دعما name a backer or the backed, never the target


def test_the_coalition_backing_the_army_is_no_target_of_the_battle() -> None:
    parties = event_parties("ودارت معارك عنيفة بين قوات الجيش اليمني المسنودة بطيران التحالف العربي "
                            "وميليشيا الحوثي في مديرية حيس.")
    assert parties == [("ATTACK", "Yemeni army (government forces)", "Houthis (Ansar Allah)")]


def test_the_side_fought_for_is_no_target() -> None:
    parties = event_parties("وشارك حزب الله في القتال دعما لقوات النظام السوري في ريف حلب.")
    assert parties and parties[0][1] == "Hezbollah"
    assert parties[0][2] != "Syrian government (Assad era)"


# إلى جانب after a fight: a partner, never the target


def test_the_side_fought_beside_is_no_target() -> None:
    parties = event_parties("وقاتل عناصر حزب الله إلى جانب قوات النظام السوري في ريف حلب الجنوبي.")
    assert parties and parties[0][1] == "Hezbollah"
    assert parties[0][2] != "Syrian government (Assad era)"


# a statement's owner (بيان للجيش) owns the forces its pronoun points to, and is never the patient


def test_the_owner_of_a_statement_owns_the_forces_with_its_pronoun() -> None:
    parties = event_parties("وذكر بيان للجيش الإسرائيلي أن طائراته قصفت عشرات المخازن التابعة لحزب الله قرب "
                            "دمشق. وقال حزب الله إنه سيرد على الهجوم.")
    assert parties[0][1] == "Israel Defense Forces"
    assert parties[0][2] != "Israel Defense Forces"


def test_after_bihasab_the_statement_owner_owns_the_forces() -> None:
    parties = event_parties("وبحسب بيان الجيش التركي فإن قواته قصفت مواقع حزب العمال الكردستاني في جبال قنديل. "
                            "وقال حزب العمال الكردستاني إن الحزب سيرد.")
    assert parties[0][1] == "Turkish Armed Forces"


# a definite held thing under ل (المواقع التابعة لX) makes X the target


def test_a_definite_holding_tied_by_tabia_names_the_target() -> None:
    parties = event_parties("وقصفت الطائرات المخازن التابعة لميليشيا الحوثي في صعدة.")
    assert parties == [("ATTACK", None, "Houthis (Ansar Allah)")]


# على الأقل after the counted dead: no cause, and outside the reach from the casualty noun to the victims' side


def test_at_least_keeps_the_victims_side_of_a_death_noun() -> None:
    parties = event_parties("وأفاد ناشطون عن مقتل 15 عنصرا على الأقل من قوات النظام في ريف حماة.")
    assert parties == [("ATTACK", None, "Syrian government (Assad era)")]


def test_at_least_opens_no_cause_after_a_passive_killing() -> None:
    parties = event_parties("وقتل عنصران على الأقل من قوات النظام في قصف لتنظيم داعش على دير الزور.")
    assert parties and parties[0][2] == "Syrian government (Assad era)"
    assert parties[0][1] == "Islamic State (ISIS)"


def test_at_least_keeps_the_counted_side_of_an_active_killing() -> None:
    parties = event_parties("وقتلت القوات التركية عشرة مسلحين على الأقل من وحدات حماية الشعب في عفرين.")
    assert parties == [("ATTACK", "Turkish Armed Forces", "People's Protection Units (YPG)")]
