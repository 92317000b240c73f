"""Round 15c, event roles: backers named after a filler or a word of membership are no target; the object of a
purpose masdar (لدحر، لطرد، لتحرير ... من) is the target, never the doer; the owner of a partitive pronoun
after a harm verb (فقتل منه 40 مسلحا) is the target of the strikes that did it."""

from tests.conftest import event_with


def test_backer_after_a_conjunct_and_an_adjective_is_no_target() -> None:
    got = event_with("قتل 15 مسلحا من تنظيم داعش في غارات نفذتها القوات العراقية بمساندة وغطاء جوي من "
                     "التحالف الدولي.", "غارات")
    assert got[1:] == ("iraq-army", "isis")


def test_party_after_dimna_right_after_the_doer_is_no_target() -> None:
    got = event_with("اقتحمت قوات سوريا الديمقراطية ضمن التحالف الدولي مواقع تنظيم داعش قرب الطبقة.", "اقتحمت")
    assert got[2] == "isis"


def test_dimna_with_no_party_before_keeps_the_party_a_victim_side() -> None:
    # no party right before ضمن: the coalition is not made a backer, the attack's doer stays ISIS
    got = event_with("قتل جندي أمريكي ضمن التحالف الدولي في هجوم شنه تنظيم داعش قرب الموصل.", "هجوم")
    assert got[1] == "isis"


def test_object_of_a_purpose_masdar_is_the_target_not_the_doer() -> None:
    got = event_with("وأكد المتحدث أن الحملة العسكرية التي تشنها لدحر المتمردين الحوثيين تتواصل في الحديدة.",
                     "تشنها")
    assert got[1:] == (None, "houthis")


def test_party_freed_from_after_li_tahrir_is_the_target() -> None:
    got = event_with("تواصل القوات الحكومية هجومها لتحرير مدينة الفلوجة من تنظيم داعش.", "هجوم")
    assert got[1] != "isis"
    assert got[2] == "isis"


def test_purpose_masdar_that_is_the_trigger_keeps_its_doer() -> None:
    got = event_with("أعلنت القوات العراقية أن العملية التي تخوضها لطرد تنظيم داعش من تلعفر تتقدم.", "طرد")
    assert got[1:] == ("iraq-army", "isis")


def test_owner_of_a_partitive_pronoun_is_the_strikes_target() -> None:
    got = event_with("وأفاد ناشطون أن تنظيم داعش خسر كثيرا فقتل منه 40 مسلحا في الضربات التي ينفذها التحالف "
                     "الدولي على دير الزور.", "الضربات")
    assert got[1:] == ("global-coalition", "isis")


def test_party_after_lil_qada_ala_is_the_target() -> None:
    got = event_with("وأكد المتحدث أن الحملة التي تشنها للقضاء على المتمردين الحوثيين تتواصل في الحديدة.", "تشنها")
    assert got[1:] == (None, "houthis")
