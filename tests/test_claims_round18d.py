"""Claims, round 18d: a bare outlet name that is also a place or a word (للجزيرة، للعربية) spoken to right
before أن/إن or a colon is the outlet; "في" and a date after a teller is when it spoke, no part of the teller."""

from tests.conftest import claim_chains


def test_bare_outlet_place_name_spoken_to_is_outlet() -> None:
    chains = claim_chains("وقال المتحدث باسم الهيئة للجزيرة إن المفاوضات توقفت منذ أسبوع.")
    assert chains == [[("outlet", "الجزيرة"), ("official", "المتحدث باسم الهيئة")]]


def test_bare_outlet_word_spoken_to_before_colon() -> None:
    chains = claim_chains("وقال سامر الخطيب للميادين: إن القصف لم يتوقف طوال الليل.")
    assert chains == [[("outlet", "الميادين"), ("person", "سامر الخطيب")]]


def test_bare_outlet_name_not_spoken_to_stays_no_outlet() -> None:
    # a place after ل with no أن/إن right after it is a destination, no outlet
    chains = claim_chains("وصل الوفد للجزيرة السورية أمس، وقال رئيسه إن الزيارة ناجحة.")
    assert all(kind != "outlet" for chain in chains for kind, _ in chain)


def test_date_after_body_teller_is_no_part_of_it() -> None:
    chains = claim_chains("وأعلنت السلطات في العاشر من أيار/مايو الماضي بدء حملة أمنية في المحافظة.")
    assert chains == [[("official", "السلطات")]]


def test_date_after_title_is_no_part_of_it() -> None:
    chains = claim_chains("وذكر قائد الشرطة في الخامس من يناير أن الهجوم على المخفر فشل.")
    assert chains == [[("official", "قائد الشرطة")]]


def test_place_after_title_still_part_of_it() -> None:
    chains = claim_chains("وقال رئيس المجلس المحلي في حلب إن المياه انقطعت عن الأحياء الشرقية.")
    assert chains == [[("official", "رئيس المجلس المحلي في حلب")]]
