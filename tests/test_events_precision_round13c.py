"""Round 13c, events marsad recorded that no reader would: a general verb that yielded to a trigger which a
later filter dropped (so no event at all was left), a transliterated name spelled like a present-tense light
verb right after a verb of saying (the Chinese تشن), and a dawn time set off by commas read as "detonated"."""

from __future__ import annotations

from tests.conftest import event_types


def test_verb_does_not_yield_to_a_dropped_trigger() -> None:
    # the attack noun after بعد is a time reference, dropped: the strike verb before it is the event
    assert event_types("استهدفت الطائرات بعد الهجوم مواقع التنظيم في ريف دير الزور.") == ["ATTACK"]
    assert event_types("استهدف الجيش قبيل المعركة مواقع المسلحين قرب المطار.") == ["ATTACK"]


def test_verb_still_yields_to_a_kept_trigger() -> None:
    assert event_types("استهدفت الطائرات بغارات مكثفة مواقع التنظيم في ريف دير الزور.") == ["ATTACK"]


def test_name_after_verb_of_saying_is_no_light_verb() -> None:
    text = "التقى وزير الخارجية الصيني نظيره الياباني في بكين. وحذر تشن من أن الخلافات التجارية تهدد النمو."
    assert "ATTACK" not in event_types(text)
    assert "ATTACK" not in event_types("وقال تشن إن بلاده ستواصل الحوار مع الجانب الأمريكي.")


def test_masdar_after_verb_of_saying_stays() -> None:
    assert "DEPLOY" in event_types("وما زال المسؤولون ينفون نشر متعاقدين عسكريين في البلاد.")
    assert "ATTACK" in event_types("أعلن الجيش شن هجوم واسع على مواقع التنظيم.")
    assert "ATTACK" in event_types("وقالت الوزارة إن الطائرات تشن غارات يومية على مواقع التنظيم.")


def test_dawn_set_off_by_commas_is_a_time() -> None:
    assert event_types("وصل الرئيس إلى العاصمة، فجر اليوم، في زيارة رسمية.") == []
    assert event_types("وصلت دفعة من المهجرين إلى الشمال، فجر الأحد.") == []


def test_detonation_after_comma_stays() -> None:
    assert "ATTACK" in event_types("وقالت المصادر إن انتحاريا، فجر نفسه قرب الحاجز العسكري.")


def test_civil_article_drops_weak_civil_senses() -> None:
    # an oil-price report: no armed party, no force word; closing prices and deliveries are no events
    text = ("ارتفعت أسعار النفط اليوم الأربعاء في الأسواق العالمية. وأغلق سعر خام برنت على ارتفاع بمقدار دولار. "
            "وقالت الشركة إنها زودت المصافي بكميات إضافية من الخام خلال الشهر الماضي.")
    assert [t for t in event_types(text) if t in ("DEPLOY", "SUPPLY")] == []


def test_civil_article_keeps_weak_type_with_force_word() -> None:
    text = ("شهدت المدينة احتجاجات على تردي الخدمات. وفرضت قوات الشرطة حظر تجوال في وسط المدينة مساء أمس.")
    assert "DEPLOY" in event_types(text)


def test_conflict_article_keeps_weak_types() -> None:
    text = ("أغلق تنظيم داعش الطرق المؤدية إلى البلدة. وزودت الولايات المتحدة قوات سوريا الديمقراطية بأسلحة جديدة.")
    got = event_types(text)
    assert "DEPLOY" in got and "SUPPLY" in got


def test_journey_with_pronoun_is_no_deportation() -> None:
    assert "TRANSFER" not in event_types("واصل المهاجرون رحلتهم نحو الحدود الأمريكية وسط حراسة مشددة من قوات الأمن.")
    assert "TRANSFER" in event_types("رحلت السلطات الفرنسية المتهم إلى الجزائر بعد انتهاء محكوميته.")


def test_agreeing_with_a_view_is_no_pact() -> None:
    assert "COORDINATE" not in event_types("وقال مسؤول ثان في الوزارة إنه اتفق مع هذا الرأي بشأن الأزمة.")
    assert "COORDINATE" not in event_types("واتفق عدد من المحللين مع تقييم الجيش للوضع في الجبهة الشمالية.")


def test_agreeing_with_a_party_stays_a_pact() -> None:
    assert "COORDINATE" in event_types("واتفقت الفصائل مع الحكومة على وقف إطلاق النار في المدينة.")
