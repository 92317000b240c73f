"""Claims: bodies headed by a programme, fund, company, service, hospital, team, institute …
(grammar.office_heads; sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, teller", [
    pytest.param("وقال برنامج الأغذية العالمي إن شحنات القمح لم تصل إلى المخيمات منذ شهرين.",
                 ("official", "برنامج الأغذية العالمي"), id="programme"),
    pytest.param("وقال صندوق النقد الدولي في تقرير إن التضخم سيبقى مرتفعا هذا العام.",
                 ("official", "صندوق النقد الدولي"), id="fund"),
    pytest.param("وأكدت شركة الكهرباء الوطنية أن التيار سيعود إلى الأحياء الشرقية غدا.",
                 ("official", "شركة الكهرباء الوطنية"), id="company"),
    pytest.param("وقالت خدمة الإسعاف المحلية إن ثلاثة مصابين نقلوا إلى المستشفى.",
                 ("official", "خدمة الإسعاف المحلية"), id="service"),
    pytest.param("وذكر مستشفى الرازي أن معظم الجرحى من الأطفال.",
                 ("official", "مستشفى الرازي"), id="hospital"),
    pytest.param("وقال فريق الإنقاذ إن البحث عن المفقودين سيستمر طوال الليل.",
                 ("official", "فريق الإنقاذ"), id="team"),
    pytest.param("واعتبر معهد الدراسات الاستراتيجية أن المفاوضات وصلت إلى طريق مسدود.",
                 ("official", "معهد الدراسات الاستراتيجية"), id="institute"),
    pytest.param("وأعلنت دار الإفتاء أن أول أيام العيد سيكون الأحد.",
                 ("official", "دار الإفتاء"), id="dar"),
    pytest.param("وقالت جامعة الدول العربية إن القمة ستعقد في موعدها.",
                 ("official", "جامعة الدول العربية"), id="league"),
])
def test_office_head_body_tells(text: str, teller: tuple[str, str]) -> None:
    assert _chains(text) == [[teller]]


@pytest.mark.parametrize("text, teller", [
    # a rank that shares the word (الفريق) stays a person's title
    pytest.param("وقال الفريق الركن سامي الأحمد إن القوات استعادت التلال.",
                 ("person", "الفريق الركن سامي الأحمد"), id="rank-kept"),
    # a programme on television is no body
    pytest.param("وقال برنامج تلفزيوني إن المفاوضات فشلت.",
                 ("anonymous", "برنامج تلفزيوني"), id="tv-programme"),
])
def test_office_head_lookalikes(text: str, teller: tuple[str, str]) -> None:
    assert _chains(text) == [[teller]]


@pytest.mark.parametrize("text, teller", [
    # a definite head alone, then an aside or a phrase before إن: the body named before
    pytest.param("وقالت المجموعة، وهي أكبر شركة اتصالات في البلد، إن الشبكة ستعود خلال ساعات.",
                 ("official", "المجموعة"), id="definite-aside"),
    pytest.param("وذكرت الشركة بموقعها إن الرحلات ستستأنف الأسبوع المقبل.",
                 ("official", "الشركة"), id="definite-phrase"),
    # a body's name the entity stage reads as a person's: its office head makes it a body
    pytest.param("وقال منتدى الإعلام الحر إن ثلاثة مراسلين اعتقلوا في المدينة.",
                 ("official", "منتدى الإعلام الحر"), id="forum-not-person"),
])
def test_definite_and_misread_bodies(text: str, teller: tuple[str, str]) -> None:
    assert _chains(text) == [[teller]]
