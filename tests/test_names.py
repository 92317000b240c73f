"""Names no pack knows (stage `names`): what starts, continues and ends a person's or a formation's name."""

from __future__ import annotations

import marsad


def _people(text: str) -> list[str]:
    return [e.name_ar for e in marsad.analyze(text, published="2019-03-01").entities if e.type == "person"]


def _actors(text: str) -> list[str]:
    return [e.name_ar for e in marsad.analyze(text, published="2019-03-01").entities if e.type == "actor"]


def test_circumstantial_accusative_ends_a_name() -> None:
    assert _people("وتحدث الباحث سامر يوسف قائلا إن الحصار مستمر.") == ["سامر يوسف"]
    assert "مازن خليل" in _people("وكانت الخلية قد قتلت المختار مازن خليل حرقا قبل عامين.")


def test_reported_speech_noun_ends_a_name() -> None:
    assert _people("ونقلت الإذاعة عن المحامي فراس حداد قوله إن المحكمة أجلت الجلسة.") == ["فراس حداد"]


def test_role_before_an_adjective_and_a_preposition_is_no_name() -> None:
    assert _people("ويتوقع أن يختار المجلس رئيس جديد للجنة الأمنية خلال أيام.") == []


def test_plural_or_dual_subject_of_a_speech_verb_is_no_name() -> None:
    assert _people("وتقول منظمات دولية إن المخيم يفتقر إلى المياه.") == []
    assert _people("وقالت كتلتان برلمانيتان كرديتان، الثلاثاء، إنهما ستقاطعان الجلسة.") == []


def test_preposition_and_genitive_after_a_verb_is_no_name() -> None:
    assert _people("وأكد أن المبنى تابع لمديرية الأوقاف، وليس للفصيل.") == []


def test_body_after_a_role_and_a_preposition_is_no_name() -> None:
    assert _people("وأمر المدعي العام لمحكمة الجنايات بتوقيف المتهمين.") == []


def test_quoted_name_after_an_operation_phrase_is_the_operations() -> None:
    text = "وأطلق الجيش عملية عسكرية واسعة في البادية باسم «فجر الصحراء» لملاحقة الخلايا."
    assert "فجر الصحراء" not in _actors(text)


def test_quoted_name_after_a_formation_noun_is_a_group() -> None:
    text = "وأعلن مقاتلون في ريف درعا تشكيل فصيل جديد تحت اسم «أحرار السهل» لمواجهة الخلايا."
    assert "أحرار السهل" in _actors(text)


def test_imperfect_verb_after_a_role_is_no_name() -> None:
    assert _people("وقال البيان إن رئيس الحكومة يأسف لسقوط ضحايا مدنيين.") == []
    assert _people("وقال الصحفي يعرب خليل إن اللجنة اجتمعت.") == ["يعرب خليل"]


def test_request_for_anonymity_ends_no_name() -> None:
    assert _people("وقال المسؤول طالبا عدم ذكر اسمه إن الاجتماع فشل.") == []


def test_unquoted_formation_after_a_unit_noun() -> None:
    actors = _actors("وتبنت كتيبة أنصار الحق الهجوم على الحاجز قرب البلدة.")
    assert "كتيبة أنصار الحق" in actors


def test_unit_by_its_arm_or_a_rank_is_no_new_formation() -> None:
    assert _actors("وقصفت كتيبة المدفعية التلال المحيطة بالقرية.") == []
    assert _actors("وعين ضابط برتبة لواء شهداء في القيادة.") == []


def test_quoted_name_under_which_operations_are_claimed_is_the_groups() -> None:
    text = "وتنشط خلايا في المنطقة تتبنى عمليات اغتيال وتفجيرات تحت اسم «سرايا الجنوب»."
    assert "سرايا الجنوب" in _actors(text)


def test_indefinite_official_after_a_speech_verb_is_no_name() -> None:
    assert _people("وقالت مسؤولة محلية بارزة إن المساعدات لم تصل بعد.") == []


def test_verb_that_is_also_a_given_name_starts_no_name_alone() -> None:
    assert _people("وما يزيد الوضع سوءا انقطاع الكهرباء عن المدينة.") == []


def test_appointment_object_and_role_are_no_name() -> None:
    people = _people("وأصدر الرئيس قرارا بتكليف سامر نور رئيسا للحكومة الجديدة.")
    assert people == ["سامر نور"]


def test_a_country_after_a_role_is_skipped_and_never_starts_a_name() -> None:
    import marsad

    text = ("وقال رئيس غواتيمالا خوسيه مارتينيز إن بلاده ستصوت. "
            "وأعلن المتحدث باسم حكومة ساحل العاج جان كوفي أن الحدود مغلقة.")
    people = {m.text for e in marsad.analyze(text).entities if e.type == "person" for m in e.mentions}
    assert people == {"خوسيه مارتينيز", "جان كوفي"}


def test_numbered_brigade_quoted_nickname_and_nationality_end_no_name_wrongly() -> None:
    import marsad

    text = ("وقال قائد اللواء الثالث حرس حدود إن الهجوم فشل. وأعلن المصدر أن القيادي المكنى \"أبو خالد\" "
            "قتل بانفجار عبوة. ومثلت المتهمة مريم الفلبينية أمام المحكمة.")
    people = {m.text for e in marsad.analyze(text).entities if e.type == "person" for m in e.mentions}
    assert "حرس حدود" not in people and "أبو خالد" in people
    assert not [p for p in people if "قتل" in p or "الفلبينية" in p]


def test_patron_after_a_naming_verb_is_the_named_body_not_the_nearest_party() -> None:
    text = ("قتل عنصران من قوات الأمن العام بهجوم شنته مجموعات مسلحة تابعة لما يسمى «المجلس العسكري» "
            "على حاجز قرب السويداء.")
    ents = marsad.analyze(text, published="2025-08-01").entities
    assert not any(e.name.startswith("forces backed by") for e in ents)
    known = "وانسحبت فصائل تابعة لما يعرف بـ«جيش سوريا الحرة» من محيط التنف."
    backed = [e for e in marsad.analyze(known, published="2025-08-01").entities if e.name.startswith("forces backed")]
    assert backed and "Syrian Free Army" in backed[0].name
