"""Framing, round 16: the coup government or authorities (حكومة الانقلاب، سلطات الانقلاب) name the Houthis where the
article names them, and no one in a story of another coup. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_the_coup_government_names_the_houthis() -> None:
    got = frames("التقى المبعوث الأممي وزير الخارجية في حكومة الانقلاب بصنعاء، بعد هجوم لجماعة الحوثي على مأرب.")
    assert ("حكومة الانقلاب", "houthis") in got


def test_the_coup_authorities_name_the_houthis_named_in_another_sentence() -> None:
    got = frames("تسيطر جماعة الحوثي على العاصمة منذ أربع سنوات. واحتجزت سلطات الانقلاب شحنة أدوية في ميناء الحديدة.")
    assert ("سلطات الانقلاب", "houthis") in got


def test_the_coup_government_of_the_putschists_names_the_houthis() -> None:
    got = frames("وسيطر الحوثيون على الوزارات، وبات وزير الصحة في حكومة الانقلابيين غير المعترف بها من أقارب زعيمهم.")
    assert ("حكومة الانقلابيين", "houthis") in got


def test_another_coups_authorities_name_no_one() -> None:
    assert frames("قال المتحدث باسم الجماعة إن سلطات الانقلاب في الخرطوم اعتقلت عشرات المحتجين.") == []
    assert frames("وأكد البيان أن حكومة الانقلاب في القاهرة تواصل حملة الاعتقالات منذ سنوات.") == []


def test_an_extremism_adjective_on_websites_names_no_one() -> None:
    got = frames("وقال مركز سايت، الذي يرصد المواقع الجهادية على الإنترنت، إن تنظيم القاعدة بث تسجيلا جديدا.")
    assert got == []
    got = frames("ونشر تنظيم داعش بيانا تداولته المنتديات المتطرفة بعد ساعات من الهجوم.")
    assert ("المتطرفة", "isis") not in got


def test_an_extremism_adjective_on_accounts_names_no_one() -> None:
    assert frames("ونقلت الحسابات الجهادية على تطبيق تلغرام بيانا لتنظيم داعش يعلن فيه مسؤوليته عن التفجير.") == []


def test_the_positions_of_jihadists_and_terrorist_positions_stay_labels() -> None:
    got = frames("وقصفت الطائرات العراقية مواقع الجهاديين قرب الحدود بعد هجوم لتنظيم داعش على بلدة مجاورة.")
    assert ("الجهاديين", "isis") in got
    got = frames("وقال الجيش الإسرائيلي إن طائراته قصفت ثمانية مواقع إرهابية تابعة لحركة حماس في غزة.")
    assert ("إرهابية", "hamas") in got


def test_a_jihadist_alliance_in_apposition_names_the_group() -> None:
    got = frames("وتبنى التفجير الانتحاري جماعة نصرة الإسلام والمسلمين، وهو أكبر تحالف جهادي في منطقة الساحل.")
    assert ("جهادي", "jnim") in got


def test_a_jihadist_attack_names_no_one() -> None:
    got = frames("وقتل ثلاثة جنود في هجوم جهادي جديد على قاعدة عسكرية في شمال مالي.")
    assert got == []


def test_militias_of_a_sect_backed_by_iran_are_the_iran_backed_militias() -> None:
    got = frames("وذكر المرصد أن ميليشيات شيعية مدعومة من إيران تقدمت نحو البوكمال.")
    assert ("ميليشيات", "iran-backed-militias") in got
    got = frames("وأكد الناشطون أن ميليشيات عراقية تدعمها طهران انتشرت على الحدود.")
    assert ("ميليشيات", "iran-backed-militias") in got


def test_militias_of_two_origins_loyal_to_iran_are_the_iran_backed_militias() -> None:
    got = frames("وقتل في الغارة عشرة مسلحين من ميليشيات أفغانية وباكستانية موالية لإيران قرب دير الزور.")
    assert ("ميليشيات", "iran-backed-militias") in got


def test_militias_within_a_named_force_stay_that_force() -> None:
    got = frames("وأقر البرلمان رواتب أكبر لقوات الحشد الشعبي، وبضمنها ميليشيات شيعية مدعومة من إيران.")
    assert ("ميليشيات", "pmf") in got
    assert ("ميليشيات", "iran-backed-militias") not in got


def test_militias_loyal_to_a_patron_with_no_known_collective_name_no_one() -> None:
    assert frames("وانتشرت ميليشيات قبلية موالية للحكومة في أطراف البلدة.") == []


def test_the_so_called_caliphate_names_the_islamic_state() -> None:
    got = frames("وخسر تنظيم داعش مدينة الرقة التي اتخذها عاصمة لخلافته المزعومة منذ أربع سنوات.")
    assert ("خلافته المزعومة", "isis") in got
    got = frames("وقال المبعوث إن انهيار الخلافة المزعومة لا يعني نهاية تنظيم داعش في العراق.")
    assert ("الخلافة المزعومة", "isis") in got


def test_the_so_called_caliphate_with_no_islamic_state_named_names_no_one() -> None:
    assert frames("وكتب المؤرخ أن الخلافة المزعومة لم تكن سوى وهم في خيال أصحابها.") == []
