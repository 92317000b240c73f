"""Round 19e: a masdar that is no trigger alone tells a deed right after a passive light verb (تمت مهاجمة،
تم تحييد، تم تحرير), also after a verb of saying, and a convoy after it is the attack's target, no deployment."""

from tests.conftest import event_types, event_with

_LEAD = "قالت فصائل المعارضة السورية إن مقاتليها تقدموا في ريف حماة. "


def test_passive_attack_masdar_after_saying() -> None:
    assert "ATTACK" in event_types(_LEAD + "وأضاف تمت مهاجمة مخفر للجيش في بلدة اللطامنة.")
    assert event_with(_LEAD + "وأكد أنه تمت مهاجمة مخفر للجيش في بلدة اللطامنة.", "مهاجمة")


def test_passive_attack_on_convoy_is_no_deployment() -> None:
    types = event_types(_LEAD + "وأضاف تمت مهاجمة رتل لقوات النظام قرب صوران.")
    assert "ATTACK" in types and "DEPLOY" not in types


def test_passive_neutralising_and_liberating() -> None:
    assert "ATTACK" in event_types("أعلن الجيش التركي أنه تم تحييد ستة مسلحين من الوحدات الكردية في منبج.")
    assert "SEIZE" in event_types("قال متحدث باسم القوات الحكومية اليمنية إنه تم تحرير تلة استراتيجية من الحوثيين.")


def test_bare_masdar_and_other_senses_stay_no_event() -> None:
    # alone the masdar is an aim or a threat; drawn up, تحرير is a report
    assert "ATTACK" not in event_types("حشدت القوات التركية آلياتها استعدادا لمهاجمة مواقع الوحدات الكردية.")
    assert "SEIZE" not in event_types("قالت الشرطة المصرية إنه جرى تحرير محضر بالواقعة بعد اشتباك مع مسلحين.")


def test_present_passive_is_an_aim() -> None:
    assert "SEIZE" not in event_types("تعهد قائد المنطقة باستمرار الدعم حتى يتم تحرير كافة المديريات من الحوثيين.")


def test_convoy_carried_by_a_passive_verb_needs_motion() -> None:
    # the masdar between is no trigger: تمت carries the convoy, but a passive verb moves nothing
    assert "DEPLOY" not in event_types(_LEAD + "وأضاف تمت ملاحقة رتل لقوات النظام قرب صوران.")
    assert "DEPLOY" in event_types(_LEAD + "وأضاف تم إدخال رتل لقوات النظام إلى صوران.")
