"""Quantities, round 19: a singular عام/سنة before a year in digits dates a count (no span of years); a
definite vague number with no noun, the object of a killing or wounding verb whose subject stands between,
counts people (never the subject's force); the escorts of a commander (مرافقين) are fighters; a force
named before اثنين/واحد is its subject, not the two or one counted. Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, text[q.start:q.end])
            for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_year_after_singular_year_noun_dates_the_count() -> None:
    assert quantities("وبلغ عدد الشكاوى 75 عام 2016 في المحافظة.") == []
    assert all(u != "years" for _, u, _ in quantities("تراجع عدد المعامل من 31 عام 2009 إلى 12 عام 2019."))


def test_span_of_years_without_a_year_after_it_still_counts() -> None:
    assert [(v, u) for v, u, _ in quantities("أغلق المعبر منذ 40 عام ولم يفتح بعد.")] == [(40.0, "years")]
    assert [(v, u) for v, u, _ in quantities("وقضى في السجن 15 عاما منذ عام 2003.")] == [(15.0, "years")]


def test_definite_vague_object_after_verb_and_subject_counts_people() -> None:
    assert [(v, u) for v, u, _ in quantities("وقتلت ميليشيات النظام العشرات في ريف حماة.")] == [(10.0, "people")]
    assert [(v, u) for v, u, _ in quantities("أصابت قنابل الغاز المئات خلال الاحتجاج.")] == [(100.0, "people")]
    assert [(v, u) for v, u, _ in quantities("وقتلت الغارات الروسية الآلاف.")] == [(1000.0, "people")]


def test_definite_vague_object_with_a_noun_after_is_left_to_the_noun() -> None:
    assert quantities("ودمرت الغارات المئات من المنازل في البلدة.") == []
    assert quantities("وأصابت القذائف المئات من المحال التجارية.") == []


def test_others_after_a_vague_object_are_people_not_the_subjects_force() -> None:
    found = [(v, u) for v, u, _ in quantities("قتلت قوات الأمن العشرات وأصابت ثلاثمئة آخرين في الساحة.")]
    assert found == [(10.0, "people"), (300.0, "people")]


def test_escorts_of_a_commander_are_fighters() -> None:
    assert [(v, u) for v, u, _ in quantities("قتل قائد الكتيبة مع أربعة من مرافقيه في كمين.")] == [(4.0, "fighters")]
    assert [(v, u) for v, u, _ in quantities("وأصيب ستة مرافقين للمحافظ في الانفجار.")] == [(6.0, "fighters")]


def test_force_before_two_is_its_subject() -> None:
    found = quantities("وداهمت القوات الحي واعتقلت القوات اثنين من المطلوبين قرب السوق.")
    assert [(v, u) for v, u, _ in found] == [(2.0, "people")]
    assert found[0][2].startswith("اثنين")
    assert [(v, u) for v, u, _ in quantities("وقتل حارسين اثنين في الهجوم.")] == [(2.0, "fighters")]


def test_plural_others_are_persons_across_a_sentence() -> None:
    text = "غرق قارب يقل مهاجرين قبالة الساحل ونجا 40 شخصا. ويعتقد أن 15 آخرين كانوا على متنه."
    assert [(v, u) for v, u, _ in quantities(text)] == [(40.0, "people"), (15.0, "people")]
    text = "قتل 6 جنود في الكمين. وما زال 4 آخرون في عداد المفقودين."
    assert [(v, u) for v, u, _ in quantities(text)] == [(6.0, "fighters"), (4.0, "fighters")]


def test_others_of_things_are_no_persons() -> None:
    found = [(v, u) for v, u, _ in quantities("واستلم الجيش 12 دبابة وصلت مع 5 أخرى.")]
    assert found == [(12.0, "vehicles"), (5.0, "vehicles")]


def test_a_flight_of_thousands_counts_people() -> None:
    assert [(v, u) for v, u, _ in quantities("وفر نحو 90 ألفا من أبناء الطائفة إلى الإقليم.")] == [(90000.0, "people")]
    assert [(v, u) for v, u, _ in quantities("وهرب أكثر من مليون من المحافظة باتجاه الحدود.")] == [
        (1000000.0, "people")]
    assert [(v, u) for v, u, _ in quantities("نزح قرابة 300 ألف إلى المخيمات.")] == [(300000.0, "people")]


def test_a_few_who_flee_still_need_the_passage_to_say_who() -> None:
    assert quantities("وهرب أربعة إلى الوادي القريب.") == []


def test_facilities_are_no_escorts() -> None:
    text = "وخرج 12 مرفقا صحيا عن الخدمة، من بينها 3 مرافق في ريف المدينة."
    assert all(u != "fighters" for _, u, _ in quantities(text))


def test_others_take_no_force_named_before_them() -> None:
    assert quantities("وغرق مركب قبالة الشاطئ، واعتقلت قوات خفر السواحل 9 آخرين.") == []


def test_iraqi_vehicle_word_boats_and_explosive_belts() -> None:
    assert [(v, u) for v, u, _ in quantities("ودمرت طائرات الجيش 4 عجلات للتنظيم في الصحراء.")] == [(4.0, "vehicles")]
    assert [(v, u) for v, u, _ in quantities("وفجرت القوة الهندسية عجلتين مفخختين.")] == [(2.0, "vehicles")]
    assert [(v, u) for v, u, _ in quantities("واعترضت البحرية خمسة زوارق سريعة.")] == [(5.0, "vehicles")]
    assert [(v, u) for v, u, _ in quantities("وعثرت الشرطة على أربعة أحزمة ناسفة في المخبأ.")] == [(4.0, "weapons")]
    assert quantities("ودفعت الحكومة عجلة الإعمار في المدينة.") == []
