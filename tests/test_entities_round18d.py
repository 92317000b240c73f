"""Round 18d: false persons that a role cue opened on a verb, a verbal noun or a glued preposition."""

from __future__ import annotations

from tests.conftest import people


def test_verbal_noun_after_role_is_no_name() -> None:
    # ب on a common noun (the deed's verbal noun) right after the role opens no name; the genitive's name holds
    got = people("وأمر النائب العام بحبس سامر يوسف خليل على ذمة التحقيق.")
    assert "سامر يوسف خليل" in got
    assert not any(p.startswith("بحبس") for p in got)


def test_verb_and_its_prepositional_complement_after_role() -> None:
    got = people("وأكد أن رئيس بلدية المدينة السابق فاز بنسبة تجاوزت نصف الأصوات.")
    assert not any("بنسبة" in p for p in got)


def test_mufaala_verbal_noun_after_role() -> None:
    got = people("وطلب من قائد الشرطة والمدير العام للأمن الوطني معالجة الفوضى في طرابلس واتخاذ ما يلزم.")
    assert not any("معالجة" in p for p in got)


def test_glued_preposition_left_off_a_given_name() -> None:
    got = people("والتقى الوزير بعمر عبد الله في مكتبه صباح الأحد.")
    assert "عمر عبد الله" in got
    assert not any(p.startswith("بعمر") for p in got)


def test_passive_participle_after_given_name() -> None:
    got = people("ردا على تصريحات جاستن المغلوطة في مؤتمره الصحافي الأخير.")
    assert not any("المغلوطة" in p for p in got)


def test_real_names_hold() -> None:
    got = people("وقال وزير الخارجية البريطاني بوريس جونسون إن بلاده ستدعم الاتفاق.")
    assert "بوريس جونسون" in got
    got = people("وقال الوزير بلال الحسن إن الحكومة ستنظر في الطلب.")
    assert "بلال الحسن" in got


def test_glued_preposition_left_off_a_name_class_given_name() -> None:
    # رضا is also a common word (consent); the corpus writes it mostly as a name, so the ل glued on it is cut off
    got = people("وأصدر المكتب الإعلامي لرضا بهلوي بيانا حول الاحتجاجات في طهران.")
    assert "رضا بهلوي" in got
    assert not any(p.startswith("لرضا") for p in got)


def test_lam_on_common_noun_after_given_name() -> None:
    got = people("وكان الهجوم مصدر إلهام لمقاتليها في المدن الأخرى.")
    assert not any("لمقاتليها" in p for p in got)
    got = people("واستقبل الأمير سلمان لبحث سبل التعاون بين البلدين.")
    assert not any("لبحث" in p for p in got)


def test_foreign_family_name_in_lam_holds() -> None:
    got = people("وقالت الكاتبة نادية لوران إن الرواية ستصدر قريبا.")
    assert "نادية لوران" in got
    got = people("وقال الصحفي يوسف لبيب إن الحكومة لم ترد.")
    assert "يوسف لبيب" in got
