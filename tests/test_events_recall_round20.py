"""Round 20 (events recall): acts the trigger lexicon missed in their common split or inflected forms."""

from __future__ import annotations

from tests.conftest import event_roles, event_types


def test_fire_opened_with_subject_between() -> None:
    # the subject stands between the verb and النار: the contiguous phrase أطلق النار never met it
    text = "وأطلقت الشرطة العراقية النار على سيارة مسرعة قرب حاجز في كركوك."
    assert [r[0] for r in event_roles(text)] == ["أطلقت"]
    assert event_types(text) == ["ATTACK"]


def test_fire_opened_with_object_pronoun_between() -> None:
    assert event_types("وقال شهود إن مسلحين مجهولين أطلقوا عليه النار أمام منزله في حي العامرية.") == ["ATTACK"]


def test_open_fire_verb_with_subject_between() -> None:
    text = "وفتحت عناصر الحاجز النيران على شاحنة حاولت عبور الطريق الدولي قرب منبج."
    assert event_types(text) == ["ATTACK"]


def test_open_without_fire_is_no_event() -> None:
    # فتح alone opens a crossing, an inquiry, a road: no attack
    assert event_types("وفتحت السلطات التركية معبرا حدوديا جديدا أمام الشاحنات التجارية.") == []
    assert event_types("وفتح الادعاء العام تحقيقا في ملابسات الحادث.") == []


def test_release_verb_still_frees() -> None:
    assert event_types("وأطلقت السلطات العراقية سراح عشرين موقوفا من أهالي المدينة.") == ["RELEASE"]


def test_deploy_verb_with_subject_before_forces() -> None:
    # نشر with its subject between the verb and the forces: the phrase نشر قوات met only the adjacent pair
    assert event_types("ونشرت السلطات العراقية قوات إضافية من الشرطة الاتحادية في أحياء البصرة.") == ["DEPLOY"]


def test_deploy_verb_with_owned_forces_and_armour() -> None:
    assert event_types("ونشرت هيئة تحرير الشام عناصرها على مداخل مدينة إدلب.") == ["DEPLOY"]
    assert event_types("ونشر الجيش السوري دبابات ومدافع على أطراف بلدة خان شيخون.") == ["DEPLOY"]


def test_published_by_forces_is_no_deployment() -> None:
    # an object pronoun on the verb (the clip it published) makes قوات its subject: publishing, no deployment
    assert "DEPLOY" not in event_types("وأظهر مقطع مصور نشرته قوات البيشمركة آثار الدمار في القرية.")
    assert "DEPLOY" not in event_types("وكانت الشبكة تنشر مقاطع يصورها عناصرها في ريف حلب.")


def test_exchange_of_fire_is_an_attack() -> None:
    # the exchange of fire told as a noun, with no other word of fighting in its sentence
    assert event_types("ودار تبادل لإطلاق النار بين عناصر الحاجز ومسلحين مجهولين في بلدة الشحيل.") == ["ATTACK"]


def test_ceasefire_with_lam_is_an_agreement() -> None:
    # وقف لإطلاق النار is the ceasefire, as وقف إطلاق النار is
    assert event_types("وأعلنت الفصائل المسلحة وقفا لإطلاق النار مع القوات الحكومية في ريف درعا.") == ["COORDINATE"]
