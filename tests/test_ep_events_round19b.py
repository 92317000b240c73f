"""Round 19b EP: attacks in words with the doer's pronoun (هجومه اللاذع، هجومه العلني على قوانين) and measures
that target (عقوبات تستهدف، حملة تستهدف) are no ATTACK; joining an alliance or a union of states is no DEFECT;
أسر with an owner's pronoun after a preposition (عن أسرهم، من أسرنا) is families, no ARREST. Armed offensives,
joining an armed side and captures stay."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_possessed_attack_in_words_is_no_attack() -> None:
    assert "ATTACK" not in types("وواصل الوزير هجومه اللاذع على معارضيه في البرلمان.")
    assert "ATTACK" not in types("وانتقدت المنظمة الرئيس بسبب هجومه العلني على قوانين اللجوء.")


def test_possessed_armed_offensive_stays() -> None:
    assert "ATTACK" in types("واستأنف الجيش هجومه على البلدة من الجهة الغربية.")
    assert "ATTACK" in types("وبدأ التنظيم هجومه على القرية بتفجير سيارة مفخخة.")


def test_measure_that_targets_is_no_attack() -> None:
    assert "ATTACK" not in types("وأعلنت الوزارة عقوبات جديدة تستهدف رجال أعمال مقربين من الحكومة.")
    assert "ATTACK" not in types("وأطلقت الحكومة حملة تستهدف الجمعيات الخيرية المرتبطة بالحزب.")


def test_armed_campaign_that_targets_stays() -> None:
    assert "ATTACK" in types("وشنت الطائرات غارات تستهدف مواقع المسلحين في الجبال.")


def test_joining_an_alliance_is_no_defection() -> None:
    assert "DEFECT" not in types("وتسعى جورجيا إلى الانضمام إلى حلف الناتو منذ سنوات.")
    assert "DEFECT" not in types("وبدأت صربيا مفاوضات انضمامها للاتحاد الأوروبي.")


def test_joining_an_armed_side_stays_a_defection() -> None:
    assert "DEFECT" in types("وانشق الضابط عن الجيش وانضم إلى صفوف الفصائل المسلحة.")


def test_owned_families_are_no_arrest() -> None:
    assert "ARREST" not in types("وقال اللاجئون إنهم انفصلوا عن أسرهم منذ شهور.")
    assert "ARREST" not in types("وأكدت أن كثيرا من أسرنا ما زالت في المخيمات.")


def test_capture_stays_an_arrest() -> None:
    assert "ARREST" in types("وقتل المسلحون جنديين وأسروا ثلاثة آخرين قرب الحدود.")



def test_road_cut_on_a_state_is_no_deploy() -> None:
    text = "وأضاف المبعوث أن واشنطن تريد قطع الطريق على إيران لمنعها من امتلاك صواريخ بعيدة المدى."
    assert "DEPLOY" not in types(text)


def test_road_cut_on_an_armed_group_stays() -> None:
    assert "DEPLOY" in types("قطع الطريق على الحوثيين بين الحديدة وصنعاء.")
