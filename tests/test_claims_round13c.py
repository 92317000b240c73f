"""Claims, round 13c (sentences written for the tests, in the styles of local Syrian and Iraqi outlets and pan-Arab
papers): the title after على لسان with no أن/إن, a possessed title serving in a place before a name, plural people
of a trade as anonymous tellers."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, inner", [
    ("أعلنت مديرية الشرطة على لسان الناطق باسمها تراجع عدد السرقات في المدينة خلال الشهر الماضي.",
     ("official", "الناطق باسمها")),
    ("نفت الإدارة المحلية على لسان المتحدث باسمها وجود أي معتقلين من أبناء البلدة لديها.",
     ("official", "المتحدث باسمها")),
])
def test_a_title_after_ala_lisan_ends_before_the_verbs_object(text: str, inner: tuple[str, str]) -> None:
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][-1] == inner


@pytest.mark.parametrize("text, teller", [
    ("أعلن الناطق باسم الدفاع المدني ارتفاع عدد الضحايا إلى سبعة.", ("official", "الناطق باسم الدفاع المدني")),
    ("وأكد مدير التربية انخفاض أعداد الطلاب في مدارس الريف هذا العام.", ("official", "مدير التربية")),
])
def test_a_rise_or_fall_after_a_title_is_the_object(text: str, teller: tuple[str, str]) -> None:
    assert _chains(text) == [[teller]]


def test_a_possessed_title_serving_in_a_place_before_a_name_is_that_person() -> None:
    chains = _chains("وقال ممثلها في بيروت محمود العلي إن الحركة لن تشارك في الاجتماع المقبل.")
    assert chains == [[("person", "ممثلها في بيروت محمود العلي")]]


@pytest.mark.parametrize("text, teller", [
    ("وقال المعلمون إن رواتبهم لم تصرف منذ ثلاثة أشهر.", "المعلمون"),
    ("ويقول المدرسون إن الامتحانات تأجلت بسبب القصف.", "المدرسون"),
])
def test_plural_people_of_a_trade_tell_as_anonymous(text: str, teller: str) -> None:
    assert _chains(text) == [[("anonymous", teller)]]


@pytest.mark.parametrize("text, body", [
    ("نفت الحركة على لسان ممثلها في بيروت محمود العلي وجود أي اتصالات مع الحكومة.", "الحركة"),
    ("وتوعدت الجماعة على لسان قائدها العسكري بمواصلة الهجمات على الطريق الدولي.", "الجماعة"),
    ("وطالبت المنظمة على لسان مديرها الإقليمي بفتح المعابر أمام قوافل المساعدات.", "المنظمة"),
    ("ورحبت الإدارة الذاتية على لسان المتحدث باسمها بالقرار الأخير.", "الإدارة الذاتية"),
])
def test_the_body_before_ala_lisan_is_the_outer_link(text: str, body: str) -> None:
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][0] == ("official", body) and len(chains[0]) == 2, chains


def test_what_came_on_the_tongue_of_is_no_body() -> None:
    chains = _chains("وأيد الحاضرون ما جاء على لسان المرشح في كلمته.")
    assert all(("official", "ما جاء") not in chain for chain in chains)


def test_a_verbal_noun_of_the_object_before_a_named_person_ends_the_title() -> None:
    chains = _chains("وأكد المحافظ مقتل قائد الكتيبة أبو خالد الحمصي في غارة على مقره.")
    assert chains == [[("official", "المحافظ")]], chains


@pytest.mark.parametrize("text, inner", [
    ("وأكدت الوزارة على لسان وزيرها أن المخيمات تحتاج إلى دعم عاجل.", ("official", "وزيرها")),
    ("وحذرت البلدية على لسان المتحدث باسمها من انهيار المباني المتضررة.", ("official", "المتحدث باسمها")),
])
def test_the_teller_after_ala_lisan_is_kept_whole_and_ends_at_the_object(text: str, inner: tuple[str, str]) -> None:
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][-1] == inner and len(chains[0]) == 2, chains
