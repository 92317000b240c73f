"""Claims: a body's modifier before أن/إن, and what pictures show (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chains", [
    # a transliterated body no list knows, then its modifier: the teller is the body alone
    pytest.param("وقالت منظمة هيومن رايتس ووتش المعنية بحقوق الإنسان إن المعتقلين حرموا من الزيارات.",
                 [[("official", "منظمة هيومن رايتس ووتش")]], id="hrw-maniya-bi"),
    # an office read up to the modifier: the modifier and its complement are cut off
    pytest.param("وأعلنت المفوضية السامية لشؤون اللاجئين التابعة للأمم المتحدة أن قوافل العودة توقفت.",
                 [[("official", "المفوضية السامية لشؤون اللاجئين")]], id="unhcr-tabia-li"),
    pytest.param("وقال مركز الدفاع المدني التابع للمعارضة في بيان إن فرقه انتشلت جثث خمسة أطفال.",
                 [[("official", "مركز الدفاع المدني")]], id="office-tabi-then-statement"),
    pytest.param("وقالت الهيئة التابعة له إن التحقيق ما زال جاريا.",
                 [[("official", "الهيئة")]], id="tabia-pronoun"),
])
def test_body_modifier_is_skipped(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


@pytest.mark.parametrize("text, teller", [
    # a person's title keeps its modifier, and so does a bare "المعنية" (the relevant ones)
    pytest.param("وقال الباحث المتخصص بالشؤون العسكرية سامر الخليل إن الهجوم كان متوقعا.",
                 ("person", "الباحث المتخصص بالشؤون العسكرية سامر الخليل"), id="person-title-kept"),
    pytest.param("وقالت السلطات المعنية في المحافظة إن الطريق أعيد فتحه.",
                 ("official", "السلطات المعنية في المحافظة"), id="bare-maniya-kept"),
    # an unnamed source keeps the side its modifier names
    pytest.param("وقالت مصادر في الفصائل المدعومة من أنقرة إن الهدنة انهارت.",
                 ("anonymous", "مصادر في الفصائل المدعومة من أنقرة"), id="anonymous-kept"),
])
def test_modifier_kept(text: str, teller: tuple[str, str]) -> None:
    assert _chains(text) == [[teller]]


@pytest.mark.parametrize("text", [
    pytest.param('وتظهر بعض التسجيلات "رجالا مسلحين يطلقون النار على حافلة".', id="partitive-records-quote"),
    pytest.param("وأظهرت صور نشرها ناشطون دمارا واسعا في السوق الشعبي.", id="pictures-scene"),
    pytest.param("ويظهر أحد المقاطع عناصر من الشرطة يفتشون المارة.", id="partitive-clip"),
    pytest.param("وأظهرت الحكومة تشددا في المفاوضات الأخيرة.", id="stance-shown"),
])
def test_depiction_is_no_claim(text: str) -> None:
    assert full_claims(text) == []


@pytest.mark.parametrize("text, teller", [
    # with أن a picture still tells, and a report tells what it shows
    pytest.param("وتظهر بعض التسجيلات أن القصف استهدف سوقا شعبيا.", ("document", "بعض التسجيلات"),
                 id="records-with-an"),
    pytest.param("وأظهر التقرير ارتفاعا في أعداد النازحين خلال الشهر الماضي.", ("document", "التقرير"),
                 id="report-shows"),
])
def test_depiction_that_tells(text: str, teller: tuple[str, str]) -> None:
    chains = _chains(text)
    assert chains and chains[0] == [teller]
